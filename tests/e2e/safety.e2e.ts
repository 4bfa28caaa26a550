/// <reference types="chrome" />
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { ResultPage, tabIdOf } from './support/pages';
import { startFixtureServer, type FixtureServer } from './support/server';

let ext: ExtensionBrowser;
let server: FixtureServer;
/** Every request made by an extension page or the service worker. */
const extensionRequests: string[] = [];
const consoleMessages: string[] = [];

function fromExtension(request: Request): boolean {
  if (request.serviceWorker()) return true;
  try {
    return request.frame().page().url().startsWith('chrome-extension://');
  } catch {
    return false;
  }
}

beforeAll(async () => {
  mkdirSync('test-results', { recursive: true });
  server = await startFixtureServer();
  ext = await launchWithExtension();
  ext.context.on('request', (r) => {
    if (fromExtension(r)) extensionRequests.push(r.url());
  });
  ext.context.on('page', (p) => p.on('console', (m) => consoleMessages.push(`${p.url()}: ${m.text()}`)));
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('hostile pages', () => {
  it('renders payloads in title, byline, headings and body as text and runs none of them', async () => {
    const article = await ext.context.newPage();
    await article.goto(server.url('hostile.html'));
    const view = await ResultPage.open(ext, 'popup', await tabIdOf(ext, server.url('hostile.html')));
    await view.screenshot('popup-hostile');
    const flag = await view.page.evaluate(() => (window as unknown as { __kontextPwned?: string }).__kontextPwned);
    expect(flag).toBeUndefined();
    // The encoded tags survive as visible text, not as elements.
    const text = (await view.page.locator('.analysis').textContent()) ?? '';
    expect(text).toContain('onerror');
    await expect(view.page.locator('.analysis img, .analysis svg:not(.lucide), .analysis script, .analysis a').count()).resolves.toBe(0);
    // The side panel renders the same result safely too.
    const panel = await ResultPage.open(ext, 'sidepanel', await tabIdOf(ext, server.url('hostile.html')));
    expect(await panel.page.evaluate(() => (window as unknown as { __kontextPwned?: string }).__kontextPwned)).toBeUndefined();
    expect(consoleMessages.filter((m) => m.startsWith('chrome-extension://') && /pwned|error/i.test(m))).toEqual([]);
  });
});

describe('pages Kontext cannot or should not read', () => {
  it('handles an iframe-heavy page: the article only, no frame content', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('frames.html'));
    const view = await ResultPage.open(ext, 'popup', await tabIdOf(ext, server.url('frames.html')));
    await expect(view.title().textContent()).resolves.toBe('Harbour tunnel opens after six years of work');
    const text = (await view.page.locator('.analysis').textContent()) ?? '';
    expect(text).not.toMatch(/Advertisement|opening ceremony|sign up/);
  });

  it('stays usable when the page navigates away during the analysis', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('article-en.html'));
    const tabId = await tabIdOf(ext, server.url('article-en.html'));
    const view = await ext.context.newPage();
    const opening = view.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
    await page.goto(server.url('article-de.html'));
    await opening;
    const result = new ResultPage(view);
    await result.settled();
    // Either page's analysis or a clear message — never a stuck spinner or a crash.
    const shown = (await view.locator('.article-title, .state-title').first().textContent()) ?? '';
    expect(shown).toMatch(/Port city bets|Straßenbahn|went wrong|schiefgegangen|not look like|nicht nach/);
    await view.getByRole('button').first().waitFor();
    // A retry then shows the page the tab is on now.
    await view.reload();
    await result.settled();
    await expect(result.title().textContent()).resolves.toContain('Straßenbahn');
  });
});

describe('state that survives', () => {
  it('falls back to defaults when the stored settings are corrupt', async () => {
    await ext.worker.evaluate(() => chrome.storage.local.set({ settings: { summarySentences: 'many', perspectives: 42, theme: null } }));
    await (await ext.context.newPage()).goto(server.url('article-en.html'));
    const view = await ResultPage.open(ext, 'popup', await tabIdOf(ext, server.url('article-en.html')));
    await expect(view.summarySentences()).resolves.toHaveLength(4);
    await expect(view.panel('investor').count()).resolves.toBe(1);
    await ext.worker.evaluate(() => chrome.storage.local.remove('settings'));
  });

  it('gives popup and side panel one result when both ask at once', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('article-en.html'));
    const tabId = await tabIdOf(ext, server.url('article-en.html'));
    const [a, b] = await Promise.all([ResultPage.open(ext, 'popup', tabId), ResultPage.open(ext, 'sidepanel', tabId)]);
    await expect(a.summarySentences()).resolves.toEqual(await b.summarySentences());
  });
});

describe('privacy', () => {
  it('made no network request from any extension page or the service worker', () => {
    const outside = extensionRequests.filter((url) => !url.startsWith(`chrome-extension://${ext.extensionId}/`));
    expect(extensionRequests.length).toBeGreaterThan(0); // the recorder saw the extension's own files
    expect(outside).toEqual([]);
  });
});

// Last in the file: ext.worker is the stopped worker afterwards, so nothing after this may use it.
describe('a stopped service worker', () => {
  it('works again after the service worker was stopped (MV3 stops idle workers)', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('article-de.html'));
    const tabId = await tabIdOf(ext, server.url('article-de.html'));
    // An id the E2E build's worker draws at every start (utils/e2e-hooks.ts), asked by message.
    const instanceSeenFrom = (p: Page) =>
      p.evaluate((type) => chrome.runtime.sendMessage({ type, timestamp: Date.now() }) as Promise<string>, 'kontextE2eInstance');
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const before = await instanceSeenFrom(options);
    expect(before).toMatch(/^[0-9a-f-]{36}$/);
    // Stop it and wait for Chrome to report it stopped. (Waiting for its DevTools target to vanish
    // raced: a restarted worker can come back under the same target id.)
    const cdp = await ext.context.newCDPSession(page);
    const stopped = new Promise<void>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((v) => v.scriptURL.includes(ext.extensionId) && v.runningStatus === 'stopped')) resolve();
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    // The popup's message wakes the worker; the analysis comes as if nothing had happened.
    const view = await ResultPage.open(ext, 'popup', tabId);
    await expect(view.title().textContent()).resolves.toContain('Straßenbahn');
    // And it came from a fresh start of the worker: start-up ran again and drew a new id.
    const after = await instanceSeenFrom(view.page);
    expect(after).toMatch(/^[0-9a-f-]{36}$/);
    expect(after).not.toBe(before);
  });
});
