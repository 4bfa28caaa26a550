/**
 * What the three extraction suites (`zyte`, `trafilatura`, `readability`) share: building a
 * quiet jsdom document, decoding bytes by the page's declared charset, and running plain
 * Readability and Kontext's extraction on the same page with timings.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../lib/extract/index';
import type { ExtractedArticle } from '../../lib/types';

/**
 * A jsdom document with no scripts, no sub-resources and a silent console: extraction needs
 * only the parsed tree, and loading anything else would make the runs slow and non-repeatable.
 */
export function parseHtml(html: string, url: string): Document {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  return dom.window.document;
}

/**
 * Closes a page's window and lets the event loop turn: jsdom frees a closed window only then,
 * so a synchronous loop over hundreds of pages would otherwise keep every page in memory
 * (measured: about 5 MB a page on the trafilatura set, until the heap limit slows it to a crawl).
 */
export async function releasePage(doc: Document): Promise<void> {
  doc.defaultView?.close();
  await new Promise((resolve) => setImmediate(resolve));
}

/**
 * Decodes page bytes with the charset the page declares in a `<meta>` (the HTML standard's
 * prescan looks at the first 1024 bytes; some pages put it later, so we look at 4096), UTF-8
 * when it declares none or a label the platform does not know.
 */
export function decodeHtml(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  const label = m?.[1]?.toLowerCase() ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

export interface SystemOutput {
  text: string;
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  siteName: string | null;
  readerable?: boolean;
  /** Wall time for the page, including any document clone the system needs. */
  ms: number;
  /** Plain Readability only: `parse()` without the clone. */
  parseMs?: number;
}

export interface BothOutputs {
  readability: SystemOutput;
  ours: SystemOutput;
  article: ExtractedArticle | null;
}

/**
 * Runs Kontext's extraction (with `force`, as the eval scores every page) and plain Readability
 * on the same parsed page, timing both. Plain Readability is timed the way a content script
 * has to run it, on `document.cloneNode(true)` (Readability's README: it modifies the document
 * it gets, so pass a clone to keep the page intact); `parseMs` is its `parse()` alone, for
 * reference. Ours includes its own clone, the readerable check and the cleaning.
 */
export function runBoth(
  doc: Document,
  url: string,
  options: { cloneForReadability?: boolean; readabilityFirst?: boolean } = {},
): BothOutputs {
  const runReadability = (): SystemOutput => {
    const t1 = performance.now();
    // Without a clone Readability takes the page itself: fine once ours is done with it, and
    // faster for suites that report no timing.
    const clone = options.cloneForReadability === false ? doc : (doc.cloneNode(true) as Document);
    const t2 = performance.now();
    const parsed = new Readability(clone).parse();
    const t3 = performance.now();
    return {
      text: parsed?.textContent ?? '',
      title: parsed?.title ?? null,
      byline: parsed?.byline ?? null,
      publishedTime: parsed?.publishedTime ?? null,
      lang: parsed?.lang ?? null,
      excerpt: parsed?.excerpt ?? null,
      siteName: parsed?.siteName ?? null,
      ms: t3 - t1,
      parseMs: t3 - t2,
    };
  };
  // Whoever runs first on a fresh jsdom page pays for its lazily built caches; the timing suite
  // alternates the order so that neither system always pays.
  const early = options.readabilityFirst && options.cloneForReadability !== false ? runReadability() : null;
  const t0 = performance.now();
  const result = extractArticle(doc, { url, force: true });
  const oursMs = performance.now() - t0;
  const article = result.ok ? result.article : null;
  const ours: SystemOutput = article
    ? {
        text: article.paragraphs.join('\n\n'),
        title: article.title,
        byline: article.byline,
        publishedTime: article.publishedTime,
        lang: article.lang,
        excerpt: article.excerpt,
        siteName: article.siteName,
        readerable: article.readerable,
        ms: oursMs,
      }
    : {
        text: '',
        title: result.ok ? null : result.title,
        byline: null,
        publishedTime: null,
        lang: null,
        excerpt: null,
        siteName: null,
        readerable: result.ok ? undefined : result.readerable,
        ms: oursMs,
      };
  return { readability: early ?? runReadability(), ours, article };
}

export function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function fmt(x: number, digits = 3): string {
  return x.toFixed(digits);
}
