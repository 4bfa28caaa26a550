/**
 * The size guard in front of Readability (issue 7 point 4). Readability walks every element of
 * the page several times and reads its text over and over, synchronously, on the page's own main
 * thread (the content script shares it), so its cost grows with the number of elements and with
 * the amount of text, and nothing can interrupt it. Above either limit extraction skips it and
 * takes the largest text block instead, a single pass over the paragraphs. The same holds for
 * pages nested too deep (`READABILITY_MAX_DEPTH`), where Readability's time explodes.
 */
import { MAX_CHARS } from '../text/cap';

/**
 * Elements beyond which Readability is skipped. Measured in headless Chromium on this 2-core
 * machine (`npm run bench -- --only extract-browser`, docs/performance.md): the 734 real pages of
 * the two extraction data sets have at most 10,112 elements (p99 2,820); a generated page of
 * 33,500 elements took 0.12–0.16 s through Readability and our cleaning, 100,800 elements
 * 0.22–0.46 s and 334,000 elements (10 MB) 1.4–2.8 s. 50,000 is five times the largest real page
 * and keeps the full path in the low tenths of a second. Firefox's reader view once stopped at
 * 3,000 (mozilla/readability#138), which would send ordinary pages (p99 above) to the fast path.
 */
export const READABILITY_MAX_ELEMENTS = 50_000;

/**
 * Elements in the document: the same measure Readability's own `maxElemsToParse` option uses
 * (`getElementsByTagName('*').length` in `parse()` of @mozilla/readability 0.6.0), taken on the page
 * before it is cloned, so that an oversized page does not pay for the clone either.
 */
export function elementCount(doc: Document): number {
  return doc.getElementsByTagName('*').length;
}

/**
 * Text beyond which Readability is skipped: the text the analysis reads at all (`MAX_CHARS`).
 * A page with more text is cut anyway, and text is what made the biggest pages slow: a generated
 * 10 MB live blog has only 33,000 elements, but Readability alone took 1.4–2.4 s on it in
 * Chromium and our full extraction 8.3–10.6 s (docs/performance.md).
 */
export const READABILITY_MAX_CHARS = MAX_CHARS;

/** Characters of text in the body outside scripts and styles (whose text Readability drops first). */
export function textLength(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  let n = body.textContent?.length ?? 0;
  for (const tag of ['script', 'style']) {
    for (const el of Array.from(body.getElementsByTagName(tag))) n -= el.textContent?.length ?? 0;
  }
  return n;
}

/**
 * Nesting beyond which Readability is skipped (issue 15: never hang). Readability's time grows
 * with the cube of the nesting depth: one paragraph inside 250 nested `<div>`s took 2.4 s in
 * jsdom, 500 took 11 s and 1,000 took 71 s, which is a hung tab in a browser. Real pages are far
 * shallower: a quarter of the WCXB dev pages (236) nest at most 45 deep (median 19, p99 38), the
 * extraction data sets alike. 150 is three times that.
 */
export const READABILITY_MAX_DEPTH = 150;

/** True when some element of `doc` lies deeper than `limit` below the root (stops there). */
export function deeperThan(doc: Document, limit: number): boolean {
  const root = doc.documentElement;
  if (!root) return false;
  // Iterative depth-first walk: a page nested thousands deep must not exhaust the stack here.
  let el: Element | null = root;
  let depth = 1;
  while (el) {
    if (depth > limit) return true;
    const child: Element | null = el.firstElementChild;
    if (child) {
      el = child;
      depth++;
      continue;
    }
    while (el && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
      if (el === root || depth <= 0) return false;
    }
    el = el?.nextElementSibling ?? null;
  }
  return false;
}

export interface SizeLimits {
  maxElements?: number;
  maxChars?: number;
  maxDepth?: number;
}

/** True when the page is over any limit (the cheap element count first). */
export function tooLargeForReadability(doc: Document, limits: SizeLimits = {}): boolean {
  return (
    elementCount(doc) > (limits.maxElements ?? READABILITY_MAX_ELEMENTS) ||
    textLength(doc) > (limits.maxChars ?? READABILITY_MAX_CHARS) ||
    deeperThan(doc, limits.maxDepth ?? READABILITY_MAX_DEPTH)
  );
}
