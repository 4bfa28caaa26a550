/**
 * Click to summary in headless Chromium with the E2E build of the extension
 * (`npm run build:e2e`, which may read pages served from 127.0.0.1). Two measurements per page:
 *
 * - `action popup`: from `chrome.action.openPopup()` (what a click on the toolbar button does)
 *   to the first frame after a summary sentence is in the popup's DOM. Both instants are read
 *   from the browser's own clocks (`performance.timeOrigin + performance.now()` in the worker
 *   and in the popup; one machine, one wall clock). The popup is reached through the DevTools
 *   protocol only after it opened; if the summary is already there at that moment, the time we
 *   saw it is an upper bound, and the row says how often that happened.
 * - `popup.html?tab=ID`: the popup page opened in a tab, from its navigation start to the same
 *   frame, read in the page.
 *
 * Every run serves the article under a new URL, so the analysis cache (keyed by URL and text,
 * utils/analysis-cache.ts) misses and the run pays extraction and analysis; a second open of the
 * same tab is then timed as the cached case.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ActionPopup } from '../../tests/e2e/support/action-popup';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../../tests/e2e/support/browser';
import { tabIdOf } from '../../tests/e2e/support/pages';
import { median } from './stats';

export interface BenchPage {
  name: string;
  html: string;
  words: number;
}

export interface ClickTiming {
  page: string;
  words: number;
  mode: 'action popup' | 'popup.html?tab=ID';
  /** Milliseconds from the action (or navigation start) to the summary on screen, one per run. */
  coldMs: number[];
  /** Re-open of the same tab: the analysis comes from the cache. */
  cachedMs: number[];
  /** Runs in which the summary was already on screen when we first looked (value is an upper bound). */
  upperBounds: number;
  failures: string[];
}

/**
 * Resolves once a summary sentence (or a state message, so that a failure does not hang) is in
 * the DOM and one more frame has been produced, with the wall-clock instant of that frame.
 */
const SUMMARY_ON_SCREEN = `new Promise((resolve) => {
  const already = !!document.querySelector('.summary .sentence');
  const check = () => {
    const hit = document.querySelector('.summary .sentence, .state');
    if (!hit) return false;
    requestAnimationFrame(() => resolve({
      at: performance.timeOrigin + performance.now(),
      sinceNavigation: performance.now(),
      state: hit.classList.contains('state') ? (hit.textContent || 'state') : null,
      already,
    }));
    return true;
  };
  if (check()) return;
  const mo = new MutationObserver(() => { if (check()) mo.disconnect(); });
  mo.observe(document, { childList: true, subtree: true, characterData: true });
})`;

interface OnScreen {
  at: number;
  sinceNavigation: number;
  state: string | null;
  already: boolean;
}

export const hasE2eBuild = () => existsSync(`${EXTENSION_DIR}/manifest.json`);

async function serve(pages: BenchPage[]) {
  const byName = new Map(pages.map((p) => [p.name, p.html]));
  const server = createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://127.0.0.1').pathname.slice(1);
    const html = byName.get(name);
    if (html === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (name: string, run: number) => `http://127.0.0.1:${port}/${name}?run=${run}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function viaActionPopup(ext: ExtensionBrowser, anyPage: import('playwright-core').Page): Promise<OnScreen & { clickAt: number }> {
  const clickAt = await ext.worker.evaluate(() => performance.timeOrigin + performance.now());
  const popup = await ActionPopup.open(ext, anyPage);
  const seen = await popup.evaluate<OnScreen>(SUMMARY_ON_SCREEN);
  await popup.evaluate('window.close()').catch(() => {});
  // Wait until Chrome has really closed it, so that the next openPopup() is not refused.
  const cdp = await ext.context.newCDPSession(anyPage);
  for (let i = 0; i < 50; i++) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    if (!targetInfos.some((t) => t.url.startsWith(`chrome-extension://${ext.extensionId}/popup.html`) && t.type !== 'page')) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await cdp.detach();
  return { ...seen, clickAt };
}

export async function benchClickToSummary(pages: BenchPage[], runs: number, log: (s: string) => void): Promise<ClickTiming[]> {
  const server = await serve(pages);
  const ext = await launchWithExtension();
  const out: ClickTiming[] = [];
  try {
    let run = 0;
    for (const p of pages) {
      const action: ClickTiming = { page: p.name, words: p.words, mode: 'action popup', coldMs: [], cachedMs: [], upperBounds: 0, failures: [] };
      const inTab: ClickTiming = { page: p.name, words: p.words, mode: 'popup.html?tab=ID', coldMs: [], cachedMs: [], upperBounds: 0, failures: [] };
      for (let r = 0; r < runs; r++) {
        // Action popup: a fresh URL, the article tab in front, then "click" twice.
        const article = await ext.context.newPage();
        const url = server.url(p.name, run++);
        await article.goto(url);
        await article.bringToFront();
        try {
          for (const target of [action.coldMs, action.cachedMs]) {
            // openPopup() needs a focused window; closing the popup can leave none focused.
            await article.bringToFront();
            const seen = await viaActionPopup(ext, article);
            if (seen.state) throw new Error(`popup showed a state: ${seen.state.slice(0, 80)}`);
            if (seen.already) action.upperBounds++;
            target.push(seen.at - seen.clickAt);
          }
        } catch (err) {
          action.failures.push(String(err));
        }
        // The popup page in a tab, on another fresh URL.
        const url2 = server.url(p.name, run++);
        await article.goto(url2);
        const tabId = await tabIdOf(ext, url2);
        for (const target of [inTab.coldMs, inTab.cachedMs]) {
          const view = await ext.context.newPage();
          try {
            await view.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`, { waitUntil: 'commit' });
            const seen = (await view.evaluate(SUMMARY_ON_SCREEN)) as OnScreen;
            if (seen.state) throw new Error(`popup showed a state: ${seen.state.slice(0, 80)}`);
            target.push(seen.sinceNavigation);
          } catch (err) {
            inTab.failures.push(String(err));
          } finally {
            await view.close();
          }
        }
        await article.close();
        log(`  ${p.name} run ${r + 1}/${runs}: action ${fmt(action.coldMs.at(-1))} ms, tab ${fmt(inTab.coldMs.at(-1))} ms`);
      }
      out.push(action, inTab);
    }
  } finally {
    await ext.close();
    await server.close();
  }
  return out;
}

const fmt = (x: number | undefined) => (x === undefined ? '–' : x.toFixed(0));

/** An article page of about `words` words: real paragraphs in a plain news-like template. */
export function articlePage(title: string, lang: string, paragraphs: string[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title></head>
<body><header><nav><a href="/">Start</a></nav></header><main><article><h1>${esc(title)}</h1>
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article></main><footer><p>Impressum</p></footer></body></html>`;
}

export function seedPage(file: string): BenchPage | null {
  if (!existsSync(file)) return null;
  const html = readFileSync(file, 'utf8');
  const text = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/g, ' ');
  return { name: 'seed-article-de.html', html, words: text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0 };
}

export const medianOf = (xs: number[]) => (xs.length ? median(xs) : Number.NaN);
