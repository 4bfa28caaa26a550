/// <reference types="chrome" />
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { ResultPage, tabIdOf } from './support/pages';
import { startFixtureServer, type FixtureServer } from './support/server';
import { runOne } from '../../lib/cli/run-one';
import { parseHtml } from '../../cli/parse-html';
import type { Settings } from '../../lib/settings/schema';

let ext: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  mkdirSync('test-results', { recursive: true });
  server = await startFixtureServer();
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** The stored settings, as the service worker reads them. */
const storedSettings = () =>
  ext.worker.evaluate(
    async () => (await chrome.storage.local.get('settings')).settings as Settings | undefined,
  );

/** Opens a fixture page in a tab, then the popup or the side panel on that tab. */
async function openOn(file: string, view: 'popup' | 'sidepanel'): Promise<ResultPage> {
  const article = await ext.context.newPage();
  await article.goto(server.url(file));
  return ResultPage.open(ext, view, await tabIdOf(ext, server.url(file)));
}

/** The English fixture's summary from the same pipeline in Node, to compare the extension's with. */
function nodeSummary(sentences: number, share: number | null): string[] {
  const html = readFileSync(path.resolve('tests/fixtures/article-en/source.html'), 'utf8');
  const a = runOne({ html, url: server.url('article-en.html') }, { sentences, share, parseHtml });
  return a.summary.map((s) => s.text);
}

describe('side panel', () => {
  it('shows the same view and follows the active tab', async () => {
    const panel = await openOn('article-de.html', 'sidepanel');
    await expect(panel.title().textContent()).resolves.toContain('Straßenbahn');
    await panel.screenshot('sidepanel-article-de');
    await panel.page.close();

    // Unpinned: the panel follows the active tab when it changes.
    const follower = await ext.context.newPage();
    await follower.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
    const view = new ResultPage(follower);
    const other = await ext.context.newPage();
    await other.goto(server.url('article-en.html'));
    await other.bringToFront();
    await ext.worker.evaluate(async (u) => {
      const [tab] = await chrome.tabs.query({ url: u });
      await chrome.tabs.update(tab.id!, { active: true });
    }, server.url('article-en.html'));
    await expect
      .poll(async () => ((await view.title().count()) ? view.title().textContent() : ''), {
        timeout: 20_000,
      })
      .toContain('Port city bets');
  });
});

describe('options page', () => {
  it('saves settings that change the popup: summary length and a custom lens', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.locator('#summary-sentences').waitFor();
    await options.locator('#summary-sentences').fill('3');
    await options.locator('#summary-sentences').dispatchEvent('change');
    await options.locator('input[name="lens-name"]').fill('Energy transition');
    await options
      .locator('textarea[name="lens-cues"]')
      .fill('battery, electric cars, lithium, energy');
    await options.getByRole('button', { name: /Add perspective|Perspektive hinzufügen/ }).click();
    await options.locator('.lens[data-lens="energy-transition"]').waitFor({ timeout: 10_000 });
    await options.screenshot({ path: 'test-results/options.png', fullPage: true });

    const popup = await openOn('article-en.html', 'popup');
    await expect(popup.summarySentences()).resolves.toHaveLength(3);
    const lens = popup.panel('custom:energy-transition');
    await expect(lens.locator('.panel-title').textContent()).resolves.toBe('Energy transition');
    expect((await popup.panelSentences('custom:energy-transition')).join(' ')).toMatch(/batter/i);
    // The side panel shows the same custom lens.
    const panel = await ResultPage.open(
      ext,
      'sidepanel',
      await tabIdOf(ext, server.url('article-en.html')),
    );
    await expect(
      panel.panel('custom:energy-transition').locator('.panel-title').textContent(),
    ).resolves.toBe('Energy transition');
  });

  it('condenses the article when the length is a share of it', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.locator('input[name="summary-length"][value="share"]').check();
    await expect.poll(() => options.locator('#summary-share').isDisabled()).toBe(false);
    await options.locator('#summary-share').fill('50');
    await options.locator('#summary-share').dispatchEvent('change');
    await expect.poll(storedSettings).toMatchObject({ summaryLength: 'share', summaryShare: 50 });
    await expect(options.locator('#summary-sentences').isDisabled()).resolves.toBe(true);

    // The extension's summary is the pipeline's for half of this article, in Node.
    const expected = nodeSummary(4, 50);
    expect(expected.length).toBeGreaterThan(4);
    const popup = await openOn('article-en.html', 'popup');
    await expect(popup.summarySentences()).resolves.toEqual(expected);
    await expect(popup.page.locator('.summary .section-hint').textContent()).resolves.toMatch(
      /condensed to about 50 %|verdichtet auf etwa 50 %/,
    );

    // Back to a number of sentences for the tests that follow.
    await options.locator('input[name="summary-length"][value="sentences"]').check();
    await expect.poll(async () => (await storedSettings())?.summaryLength).toBe('sentences');
  });

  it('switches between the news and the condensed article from the popup', async () => {
    const { summarySentences, summaryShare } = (await storedSettings())!;
    const popup = await openOn('article-en.html', 'popup');
    const toggle = (mode: string) => popup.page.locator(`.length-toggle [data-length="${mode}"]`);
    await expect(toggle('sentences').getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(toggle('share').textContent()).resolves.toContain(`${summaryShare} %`);

    await toggle('share').click();
    await expect
      .poll(() => popup.summarySentences(), { timeout: 15_000 })
      .toEqual(nodeSummary(summarySentences, summaryShare));
    await expect(toggle('share').getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(storedSettings()).resolves.toMatchObject({ summaryLength: 'share' });

    await toggle('sentences').click();
    await expect
      .poll(() => popup.summarySentences(), { timeout: 15_000 })
      .toEqual(nodeSummary(summarySentences, null));
    await expect(storedSettings()).resolves.toMatchObject({ summaryLength: 'sentences' });
  });

  it('rejects an invalid summary length with a message and keeps the stored value', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.locator('#summary-sentences').fill('99');
    await options.locator('#summary-sentences').dispatchEvent('change');
    await expect(options.locator('.errors').textContent()).resolves.toMatch(/1 (to|bis) 12/);
    expect((await storedSettings())?.summarySentences).not.toBe(99);
  });
});
