/**
 * Issue 7 point 4 in a real browser: a generated ~10 MB page is summarised within a time budget,
 * and the page itself stays responsive while Kontext reads it (extraction runs on the page's
 * main thread, so a long extraction would freeze it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { ResultPage, tabIdOf } from './support/pages';
import { startFixtureServer, type FixtureServer } from './support/server';
import { bigPage, type BigPage, type BigPageShape } from '../support/big-page';
import { heartbeatScript } from '../support/heartbeat';

/** ~10 MB of HTML: the size issue 7 names. */
const PAGE_BYTES = 10_000_000;
/**
 * From opening the popup to the first summary sentence on screen. Measured with this test on the
 * shared 2-core machine, three runs at load average 5–8 (docs/performance.md, "A 10 MB page in
 * Chromium"): 3.1–4.6 s for the comments page, 4.5–6.5 s for the live blog (1.2 million
 * characters to analyse); without the size guard the live blog took 21 s.
 */
const SUMMARY_BUDGET_MS = 15_000;
/**
 * The longest the page's main thread may be held up: the largest gap between ticks of a 20 ms
 * heartbeat in the page. Measured as above: 0.8–1.2 s (comments) and 0.96–1.02 s (live blog) with
 * the guard; 18 s for the live blog without it, when Readability and our cleaning ran on all of
 * its text.
 */
const PAGE_BLOCK_BUDGET_MS = 5_000;

const shapes: BigPageShape[] = ['comments', 'liveblog'];
const pages = new Map<BigPageShape, BigPage>(shapes.map((s) => [s, bigPage(s, PAGE_BYTES)]));

let ext: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer(Object.fromEntries(shapes.map((s) => [`big-${s}.html`, pages.get(s)!.html])));
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** Heartbeat in the page (tests/support/heartbeat.ts). */
const HEARTBEAT = heartbeatScript();

interface Beat {
  maxGapMs: number;
  ticks: number;
  visible: string;
}

describe('a 10 MB page', () => {
  it.each(shapes)('(%s) is summarised within the budget and the page keeps responding', async (shape) => {
    const big = pages.get(shape)!;
    const url = server.url(`big-${shape}.html`);
    const article = await ext.context.newPage();
    await article.goto(url, { timeout: 60_000 });
    const tabId = await tabIdOf(ext, url);
    await article.evaluate(HEARTBEAT);
    // Let the heartbeat settle after the load (a first gap could be the page's own layout).
    await article.waitForTimeout(300);
    await article.evaluate(() => {
      const beat = (window as unknown as { __kontextHeartbeat: { maxGapMs: number } }).__kontextHeartbeat;
      beat.maxGapMs = 0;
    });

    const t0 = Date.now();
    const view = await ResultPage.open(ext, 'popup', tabId);
    await view.page.locator('.summary .sentence').first().waitFor({ timeout: SUMMARY_BUDGET_MS });
    const elapsedMs = Date.now() - t0;
    const beat = await article.evaluate(() => {
      const b = (window as unknown as { __kontextHeartbeat: { maxGapMs: number; ticks: number } }).__kontextHeartbeat;
      return { maxGapMs: b.maxGapMs, ticks: b.ticks, visible: document.visibilityState };
    }) as Beat;
    console.log(`10 MB ${shape} page: summary after ${elapsedMs} ms; page's longest pause ${beat.maxGapMs.toFixed(0)} ms (${beat.ticks} ticks, ${beat.visible})`);

    expect(elapsedMs).toBeLessThan(SUMMARY_BUDGET_MS);
    // The heartbeat ran (the page was alive) and was never held up longer than the budget.
    expect(beat.ticks).toBeGreaterThan(0);
    expect(beat.maxGapMs).toBeLessThan(PAGE_BLOCK_BUDGET_MS);

    // The right article, said honestly: title, summary from the article's own sentences, the notice.
    await expect(view.title().textContent()).resolves.toBe(big.title);
    const summary = await view.summarySentences();
    expect(summary.length).toBeGreaterThan(0);
    const articleSentences = new Set(big.articleSentences);
    for (const s of summary) expect(articleSentences.has(s.trim())).toBe(true);
    await expect(view.page.locator('[data-notice="large-page"]').count()).resolves.toBe(1);
    // The live blog has more text than the analysis reads; the reader is told its end was left out.
    if (shape === 'liveblog') await expect(view.page.getByText(/first part|ersten Teil/).count()).resolves.toBe(1);
  }, 180_000);
});
