/**
 * Extraction in Chromium by page size (issue 7 point 4): how long Readability and Kontext's
 * extraction take per element count with a browser's DOM, on generated pages up to ~10 MB and on
 * the real pages of the two extraction data sets. The figures justify `READABILITY_MAX_ELEMENTS`
 * (lib/extract/page-size.ts). Runs a plain headless Chromium (no extension): the extraction code is
 * bundled with esbuild and injected into the page, where it runs on the main thread just as the
 * content script does.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM } from '../../tests/e2e/support/browser';
import { bigPage, type BigPageShape } from '../../tests/support/big-page';
import type { StepTimes } from './extract-browser-entry';
import type { PageInput } from './extraction';
import { max, median, ms, percentile, type Table } from './stats';

export interface SizeRow extends StepTimes {
  shape: BigPageShape;
  bytes: number;
}

export interface RealRow {
  dataset: string;
  id: string;
  bytes: number;
  elements: number;
  textChars: number;
  readabilityMs: number;
  unguardedMs: number;
}

interface BenchApi {
  live(skipUnguarded: boolean): StepTimes;
  parsed(html: string): StepTimes;
}
/** What the bundled script puts on the page; the calls below are serialised into the page, so they spell it out. */
type OnPage = { __kontextBench: BenchApi };

async function bundle(): Promise<string> {
  const out = await build({
    entryPoints: ['scripts/bench/extract-browser-entry.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    minify: true,
  });
  return out.outputFiles[0].text;
}

/** Medians per field over `runs` samples of the same page. */
function medianRow(samples: StepTimes[]): StepTimes {
  const m = (k: keyof StepTimes) => median(samples.map((s) => Number(s[k])));
  return {
    ...samples[0],
    countMs: m('countMs'), readerableMs: m('readerableMs'), cloneMs: m('cloneMs'), readabilityMs: m('readabilityMs'),
    largestBlockMs: m('largestBlockMs'), unguardedMs: m('unguardedMs'), guardedMs: m('guardedMs'),
  };
}

export async function benchExtractInBrowser(
  sizes: readonly number[],
  runs: number,
  real: { dataset: string; pages: PageInput[] }[],
  log: (s: string) => void,
): Promise<{ sizes: SizeRow[]; real: RealRow[] }> {
  const script = await bundle();
  const pages = new Map<string, string>();
  const server = createServer((req, res) => {
    const html = pages.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname.slice(1));
    if (html === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const sizeRows: SizeRow[] = [];
  const realRows: RealRow[] = [];
  try {
    const page: Page = await browser.newPage();
    for (const shape of ['comments', 'liveblog'] as const) {
      for (const bytes of sizes) {
        const name = `${shape}-${bytes}.html`;
        pages.set(name, bigPage(shape, bytes).html);
        const samples: StepTimes[] = [];
        // Readability on the biggest pages takes minutes; one sample is enough to show that.
        const n = bytes > 3e6 ? 1 : runs;
        for (let r = 0; r < n; r++) {
          await page.goto(`http://127.0.0.1:${port}/${name}`, { timeout: 120_000 });
          await page.addScriptTag({ content: script });
          samples.push(await page.evaluate(() => (globalThis as unknown as OnPage).__kontextBench.live(false)));
        }
        const row = { shape, bytes, ...medianRow(samples) };
        log(`extract-browser: ${shape} ${bytes} B: ${row.elements} elements, Readability ${row.readabilityMs.toFixed(0)} ms, guarded ${row.guardedMs.toFixed(0)} ms`);
        sizeRows.push(row);
        pages.delete(name);
      }
    }
    await page.goto('about:blank');
    await page.addScriptTag({ content: script });
    for (const set of real) {
      log(`extract-browser: ${set.dataset} (${set.pages.length} pages) ...`);
      for (const p of set.pages) {
        const t = await page.evaluate((html) => (globalThis as unknown as OnPage).__kontextBench.parsed(html), p.html);
        realRows.push({ dataset: set.dataset, id: p.id, bytes: Buffer.byteLength(p.html), elements: t.elements, textChars: t.textChars, readabilityMs: t.readabilityMs, unguardedMs: t.unguardedMs });
      }
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  return { sizes: sizeRows, real: realRows };
}

const fmt = (x: number) => ms(x);

export function sizeTable(rows: SizeRow[], runs: number): Table {
  return {
    title: `Extraction in headless Chromium by page size (ms; median of ${runs} runs, 1 run above 3 MB)`,
    columns: ['page', 'HTML MB', 'elements', 'text chars', 'count', 'readerable check', 'clone', 'Readability (clone + parse)', 'Kontext without guard', 'largest block', 'Kontext with guard', 'fast path', 'chars handed on'],
    rows: rows.map((r) => [r.shape, (r.bytes / 1e6).toFixed(1), r.elements, r.textChars, fmt(r.countMs), fmt(r.readerableMs), fmt(r.cloneMs), fmt(r.readabilityMs),
      fmt(r.unguardedMs), fmt(r.largestBlockMs), fmt(r.guardedMs), r.guardedLargePage ? 'yes' : 'no', r.guardedChars]),
    note: 'Generated pages (tests/support/big-page.ts): "comments" = a 40-paragraph article and reader comments of 8 elements each; "liveblog" = one article of many paragraphs. Every step runs on the page\'s main thread, as in the content script. "Kontext" = extractArticle(doc, { force: true }); "without guard" sets both limits (maxElements, maxChars) to Infinity.',
  };
}

export function realPageTable(rows: RealRow[]): Table {
  const sets = [...new Set(rows.map((r) => r.dataset))];
  const out: (string | number)[][] = [];
  for (const set of [...sets, 'all']) {
    const rs = rows.filter((r) => set === 'all' || r.dataset === set);
    const els = rs.map((r) => r.elements);
    const perK = rs.map((r) => (r.unguardedMs / r.elements) * 1000);
    const chars = rs.map((r) => r.textChars);
    out.push([set, rs.length, percentile(els, 50).toFixed(0), percentile(els, 95).toFixed(0), percentile(els, 99).toFixed(0), max(els),
      fmt(median(rs.map((r) => r.readabilityMs))), fmt(max(rs.map((r) => r.readabilityMs))),
      fmt(median(rs.map((r) => r.unguardedMs))), fmt(percentile(rs.map((r) => r.unguardedMs), 95)), fmt(max(rs.map((r) => r.unguardedMs))),
      fmt(median(perK)), fmt(percentile(perK, 95)), percentile(chars, 99).toFixed(0), max(chars)]);
  }
  return {
    title: 'Real pages in headless Chromium: elements per page and extraction time (ms)',
    columns: ['data set', 'pages', 'elements p50', 'p95', 'p99', 'max', 'Readability median', 'max', 'Kontext median', 'p95', 'max', 'Kontext ms / 1,000 elements median', 'p95', 'text chars p99', 'max'],
    rows: out,
    note: 'Each page parsed with DOMParser in the page (inert: no script runs), then timed on the main thread. Kontext = extractArticle(doc, { force: true, maxElements: Infinity }), i.e. Readability, our cleaning and recovery without the guard. Text chars = body text outside scripts and styles.',
  };
}
