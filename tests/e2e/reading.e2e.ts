/// <reference types="chrome" />
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { ResultPage, tabIdOf } from './support/pages';
import { hasSeedPage, startFixtureServer, type FixtureServer } from './support/server';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let ext: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  mkdirSync('test-results', { recursive: true });
  server = await startFixtureServer();
  ext = await launchWithExtension();
  // Chrome grants no clipboard permission to extension origins from the DevTools protocol, so
  // the tests record what the page hands to navigator.clipboard.writeText.
  await ext.context.addInitScript(() => {
    if (!location.protocol.startsWith('chrome-extension')) return;
    const w = window as unknown as { __copied: string[] };
    w.__copied = [];
    const original = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = (text: string) => {
      w.__copied.push(text);
      return original(text).catch(() => undefined);
    };
  });
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function openArticle(name: string) {
  const page = await ext.context.newPage();
  await page.goto(server.url(name));
  return { page, tabId: await tabIdOf(ext, server.url(name)) };
}

/** The text inside the page's Kontext highlight, from the CSS Custom Highlight registry. */
function highlightedText(page: import('playwright-core').Page): Promise<string | null> {
  return page.evaluate(() => {
    const h = CSS.highlights.get('kontext-sentence');
    if (!h) return null;
    return [...h].map((r) => r.toString()).join('');
  });
}

describe('provenance', () => {
  it.each(['article-en.html', 'article-de.html', ...(hasSeedPage ? ['seed.html'] : [])])('a click on a summary sentence highlights it in %s', async (name) => {
    const { page, tabId } = await openArticle(name);
    const popup = await ResultPage.open(ext, 'popup', tabId);
    const first = popup.page.locator('.summary .sentence-button').nth(1);
    const text = (await first.textContent())!;
    await first.click();
    await expect.poll(() => highlightedText(page)).toBe(text);
    // A panel sentence works the same way, and replaces the previous highlight.
    const panelSentence = popup.page.locator('.panel .sentence-button').first();
    const panelText = (await panelSentence.textContent())!;
    await panelSentence.click();
    await expect.poll(() => highlightedText(page)).toBe(panelText);
    // Escape in the page removes it.
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await expect.poll(() => highlightedText(page)).toBeNull();
    await popup.page.close();
    await page.close();
  });
});

describe('cache', () => {
  it('never analyses an unchanged page twice', async () => {
    const { tabId } = await openArticle('article-de.html');
    const first = await ResultPage.open(ext, 'popup', tabId);
    const second = await ResultPage.open(ext, 'popup', tabId);
    await expect(second.page.locator('.analysis').getAttribute('data-cached')).resolves.toBe('true');
    await expect(second.summarySentences()).resolves.toEqual(await first.summarySentences());
  });
});

describe('side panel in a single-page app', () => {
  it('follows a URL change made with the History API', async () => {
    const { page } = await openArticle('article-en.html');
    const panel = await ext.context.newPage();
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
    await page.bringToFront();
    await ext.worker.evaluate(async (u) => {
      const [tab] = await chrome.tabs.query({ url: u });
      await chrome.tabs.update(tab.id!, { active: true });
    }, server.url('article-en.html'));
    const view = new ResultPage(panel);
    await expect.poll(async () => ((await view.title().count()) ? view.title().textContent() : '')).toContain('Port city');
    // The page swaps its content and URL without loading, as single-page apps do.
    await page.evaluate(() => {
      document.querySelector('h1')!.textContent = 'Ferry operator doubles its fleet';
      document.title = 'Ferry operator doubles its fleet';
      history.pushState({}, '', '/article-en.html?story=ferry');
    });
    await expect.poll(async () => view.title().textContent(), { timeout: 20_000 }).toContain('Ferry operator');
  });
});

describe('export', () => {
  it('copies the summary and panels as Markdown with title and URL, and as plain text', async () => {
    const { tabId } = await openArticle('article-en.html');
    const popup = await ResultPage.open(ext, 'popup', tabId);
    const lastCopied = () => popup.page.evaluate(() => (window as unknown as { __copied: string[] }).__copied.at(-1) ?? '');
    await popup.page.locator('.chip-button[data-format="markdown"]').click();
    // The check mark confirms the copy once the clipboard write has resolved.
    await popup.page.locator('.chip-button[data-format="markdown"] .lucide-check').waitFor({ timeout: 10_000 });
    const markdown = await lastCopied();
    expect(markdown).toMatch(/^# Port city bets \$2\.4bn on a battery plant/);
    expect(markdown).toContain(server.url('article-en.html'));
    expect(markdown).toContain('## Summary');
    const summary = await popup.summarySentences();
    for (const s of summary) expect(markdown).toContain(`- ${s.replace(/([\\`*_[\]<>#|])/g, '\\$1')}`);
    await popup.page.locator('.chip-button[data-format="text"]').click();
    const text = await lastCopied();
    expect(text.split('\n')[0]).toBe('Port city bets $2.4bn on a battery plant as dockworkers push back');
    expect(text).toContain(summary[0]);
  });
});

describe('shortcuts and menus', () => {
  it('registers Alt+Shift+K for the popup and Alt+Shift+S for the side panel', async () => {
    const commands = await ext.worker.evaluate(() => chrome.commands.getAll());
    const byName = Object.fromEntries(commands.map((c) => [c.name, c.shortcut]));
    expect(byName._execute_action).toBe('Alt+Shift+K');
    expect(byName['toggle-side-panel']).toBe('Alt+Shift+S');
  });

  it('summarises a selection from the context menu into the side panel', async () => {
    const { tabId } = await openArticle('article-en.html');
    const selection =
      'Hart warned that average wages at the factory would be 20 percent lower than on the docks. ' +
      'Voltera chief executive Priya Nandakumar said the company would offer retraining to every dockworker who applies.';
    await ext.worker.evaluate(
      ([text, id]) =>
        (globalThis as unknown as { __kontextE2e: { summariseSelection(t: string, tab: object): Promise<void> } }).__kontextE2e.summariseSelection(
          text,
          { id, title: 'Selection test', url: 'http://127.0.0.1/article-en.html' },
        ),
      [selection, tabId] as const,
    );
    const panel = await ext.context.newPage();
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
    const view = new ResultPage(panel);
    await view.settled();
    await view.screenshot('sidepanel-selection');
    await expect(panel.locator('.notice').first().textContent()).resolves.toMatch(/selection|Auswahl/);
    const summary = await view.summarySentences();
    expect(summary.length).toBeGreaterThan(0);
    for (const s of summary) expect(selection).toContain(s);
  });
});

describe('interface language', () => {
  it('follows the setting: German headings, the article text stays English', async () => {
    await ext.worker.evaluate(() => chrome.storage.local.set({ settings: { uiLanguage: 'de' } }));
    const { tabId } = await openArticle('article-en.html');
    const view = await ResultPage.open(ext, 'popup', tabId);
    await expect(view.page.locator('#summary-title').textContent()).resolves.toBe('Zusammenfassung');
    await expect(view.panel('investor').locator('.panel-title').textContent()).resolves.toMatch(/Investor:innen/);
    await expect(view.page.locator('html').getAttribute('lang')).resolves.toBe('de');
    await expect(view.page.locator('.summary .sentences').getAttribute('lang')).resolves.toBe('en');
    expect((await view.summarySentences())[0]).toMatch(/^The city council of Northbay/);
    await ext.worker.evaluate(() => chrome.storage.local.remove('settings'));
  });
});

describe('badge', () => {
  it('marks an analysed tab', async () => {
    const { tabId } = await openArticle('article-de.html');
    await ResultPage.open(ext, 'popup', tabId);
    // The badge is set beside the answer, not before it: it may land a moment after the summary.
    await expect
      .poll(() => ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), { timeout: 2_000 })
      .toBe('✓');
  });
});

describe('accessibility (axe-core)', () => {
  async function violations(page: import('playwright-core').Page) {
    // Evaluated over the DevTools protocol, which the extension pages' CSP does not block.
    await page.evaluate(AXE_SOURCE);
    const result = await page.evaluate(async () => {
      // @ts-expect-error axe is injected above
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v: { id: string; impact: string; nodes: unknown[] }) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    return result.filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical');
  }

  it.each(['popup', 'sidepanel'] as const)('%s has no serious or critical violations, light and dark', async (surface) => {
    const { tabId } = await openArticle('article-en.html');
    const view = await ResultPage.open(ext, surface, tabId);
    expect(await violations(view.page)).toEqual([]);
    await view.page.emulateMedia({ colorScheme: 'dark' });
    expect(await violations(view.page)).toEqual([]);
    await view.screenshot(`${surface}-dark`);
  });

  it('options page has no serious or critical violations', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.locator('#summary-sentences').waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it('every control is reachable by keyboard', async () => {
    const { tabId } = await openArticle('article-en.html');
    const view = await ResultPage.open(ext, 'popup', tabId);
    // Controls inside closed panels are hidden, and rightly not in the tab order.
    const controls = await view.page.locator('button:visible, summary:visible, a[href]:visible').count();
    const reached = new Set<string>();
    for (let i = 0; i < controls + 2; i++) {
      await view.page.keyboard.press('Tab');
      reached.add(await view.page.evaluate(() => {
        const el = document.activeElement;
        return el ? String([...document.querySelectorAll('button, summary, a[href]')].indexOf(el)) : '';
      }));
    }
    expect(reached.size).toBeGreaterThanOrEqual(controls);
  });
});
