/**
 * Issue 7 point 4 in Firefox ESR: the generated ~10 MB pages of the Chromium test
 * (tests/e2e/large-page.e2e.ts) are summarised within the same budgets, and the page keeps
 * responding while the content script reads it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../e2e/support/server';
import { bigPage, type BigPage, type BigPageShape } from '../support/big-page';
import { heartbeatScript } from '../support/heartbeat';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './support/firefox';
import { PopupTab } from './support/popup-tab';

const PAGE_BYTES = 10_000_000;
/**
 * The Chromium test's budgets (see there for how they were measured). Here the clock starts
 * when the page has loaded, since the E2E build opens the popup on load.
 */
const SUMMARY_BUDGET_MS = 15_000;
const PAGE_BLOCK_BUDGET_MS = 5_000;

/**
 * A 20 ms heartbeat written into the page itself (the popup opens, and extraction starts, as soon
 * as the page has loaded, before a test could inject it). Its largest gap is reset at `load`, so
 * the browser's own parsing of 10 MB does not count, only what happens afterwards. The article
 * is a background tab once the popup tab opens, and Firefox runs background timers at most once a
 * second, so gaps of ~1 s are throttling, not blocking: the check is coarser than Chromium's but
 * still catches a page held up for seconds. First runs (load ~2, 2026-11-29): summary 2.5 s
 * (comments) and 4.0 s (live blog) after load, longest pause 2.2 s and 1.4 s.
 */
const HEARTBEAT = `<script>${heartbeatScript({ resetAtLoad: true })}</script>`;

const shapes: BigPageShape[] = ['comments', 'liveblog'];
const pages = new Map<BigPageShape, BigPage>(shapes.map((s) => [s, bigPage(s, PAGE_BYTES)]));

let ff: FirefoxWithExtension;
let server: FixtureServer;

beforeAll(async () => {
  const files = Object.fromEntries(
    shapes.map((s) => [
      `big-${s}.html`,
      pages.get(s)!.html.replace('</head>', `${HEARTBEAT}</head>`),
    ]),
  );
  server = await startFixtureServer(files);
  ff = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

describe('Firefox: a 10 MB page', () => {
  it.each(shapes)(
    '(%s) is summarised within the budget and the page keeps responding',
    async (shape) => {
      const big = pages.get(shape)!;
      const view = await PopupTab.open(ff, server.url(`big-${shape}.html`));
      await view.popup.waitForSelector('.summary .sentence', { timeout: SUMMARY_BUDGET_MS });
      const beat = await view.article.evaluate(() => {
        const b = (
          window as unknown as {
            __kontextHeartbeat: { maxGapMs: number; ticks: number; loadedAt: number };
          }
        ).__kontextHeartbeat;
        return {
          maxGapMs: b.maxGapMs,
          ticks: b.ticks,
          sinceLoadMs: performance.now() - b.loadedAt,
        };
      });
      console.log(
        `Firefox, 10 MB ${shape} page: summary ${beat.sinceLoadMs.toFixed(0)} ms after load; page's longest pause ${beat.maxGapMs.toFixed(0)} ms (${beat.ticks} ticks)`,
      );
      expect(beat.sinceLoadMs).toBeLessThan(SUMMARY_BUDGET_MS);
      expect(beat.ticks).toBeGreaterThan(0);
      expect(beat.maxGapMs).toBeLessThan(PAGE_BLOCK_BUDGET_MS);

      expect((await view.title()).trim()).toBe(big.title);
      const summary = await view.summarySentences();
      expect(summary.length).toBeGreaterThan(0);
      const articleSentences = new Set(big.articleSentences);
      for (const s of summary) expect(articleSentences.has(s.trim())).toBe(true);
      expect(await view.popup.$$eval('[data-notice="large-page"]', (els) => els.length)).toBe(1);
      await view.close();
    },
    120_000,
  );
});
