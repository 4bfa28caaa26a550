/**
 * Extraction benchmark: plain Mozilla Readability against Kontext's `extractArticle` on the
 * same parsed pages of two public extraction benchmarks. Both run in jsdom, which is slower
 * than a browser's DOM, so the absolute numbers are an upper bound for the content script; the
 * ratio between the two systems is the useful figure.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../lib/extract/index';
import { decodeHtml } from '../eval/extraction-shared';
import { max, median, percentile } from './stats';

export interface PageInput {
  id: string;
  url: string;
  html: string;
}

export interface PageTiming {
  id: string;
  /** UTF-8 bytes of the page's HTML. */
  bytes: number;
  elements: number;
  parseMs: number;
  readabilityMs: number;
  oursMs: number;
  /** CPU time of the same calls (user + system), less disturbed by other processes. */
  readabilityCpuMs: number;
  oursCpuMs: number;
}

export interface DatasetTimings {
  dataset: string;
  pages: PageTiming[];
}

export function zytePages(dataDir: string, limit?: number): PageInput[] {
  const dir = path.join(dataDir, 'article-extraction-benchmark');
  const truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  return Object.keys(truth)
    .sort()
    .slice(0, limit)
    .map((id) => ({
      // Page ids are SHA-256 hex; 12 digits name a page unambiguously in a table.
      id: id.slice(0, 12),
      url: truth[id].url,
      html: gunzipSync(readFileSync(path.join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
    }));
}

export function trafilaturaPages(dataDir: string, limit?: number): PageInput[] {
  const dir = path.join(dataDir, 'trafilatura-eval');
  const data = JSON.parse(readFileSync(path.join(dir, 'evaldata-de-en.json'), 'utf8')) as Record<string, { path: string }>;
  return Object.entries(data)
    .slice(0, limit)
    .map(([url, page]) => ({ id: page.path, url, html: decodeHtml(readFileSync(path.join(dir, page.path))) }));
}

/**
 * Times one page. Readability alone runs on `document.cloneNode(true)`, as a content script
 * must (Readability's README: it mutates the document it gets), clone included. Ours is the
 * content script's call with `force: true`, so that non-article pages do the full work too.
 * The order alternates from page to page so that neither system always runs on a warm cache.
 */
export function timePage(page: PageInput, oursFirst: boolean): PageTiming {
  const t0 = performance.now();
  const dom = new JSDOM(page.html, { url: page.url, virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const parseMs = performance.now() - t0;
  const timed = (fn: () => unknown) => {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    const wall = performance.now() - t;
    const cpu = process.cpuUsage(c);
    return { wall, cpu: (cpu.user + cpu.system) / 1000 };
  };
  const readability = () => timed(() => new Readability(doc.cloneNode(true) as Document).parse());
  const ours = () => timed(() => extractArticle(doc, { url: page.url, force: true }));
  let r: { wall: number; cpu: number };
  let o: { wall: number; cpu: number };
  if (oursFirst) {
    o = ours();
    r = readability();
  } else {
    r = readability();
    o = ours();
  }
  const elements = doc.getElementsByTagName('*').length;
  dom.window.close();
  return {
    id: page.id,
    bytes: Buffer.byteLength(page.html),
    elements,
    parseMs,
    readabilityMs: r.wall,
    oursMs: o.wall,
    readabilityCpuMs: r.cpu,
    oursCpuMs: o.cpu,
  };
}

export function benchExtraction(dataset: string, pages: PageInput[]): DatasetTimings {
  // One untimed pass over the first page: the first call of each code path pays JIT compilation.
  if (pages[0]) timePage(pages[0], true);
  return { dataset, pages: pages.map((p, i) => timePage(p, i % 2 === 0)) };
}

export interface Summary {
  median: number;
  p95: number;
  max: number;
}

export const summarize = (xs: number[]): Summary => ({ median: median(xs), p95: percentile(xs, 95), max: max(xs) });
