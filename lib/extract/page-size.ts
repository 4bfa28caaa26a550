/**
 * The size guard in front of Readability (issue 7 point 4). Readability walks every element of
 * the page several times and reads its text over and over, synchronously, on the page's own main
 * thread (the content script shares it), so its cost grows with the number of elements and with
 * the amount of text, and nothing can interrupt it. Above either limit extraction skips it and
 * takes the largest text block instead, a single pass over the paragraphs.
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
  for (const el of Array.from(body.querySelectorAll('script, style'))) n -= el.textContent?.length ?? 0;
  return n;
}

export interface SizeLimits {
  maxElements?: number;
  maxChars?: number;
}

/** True when the page is over either limit (the cheap element count first). */
export function tooLargeForReadability(doc: Document, limits: SizeLimits = {}): boolean {
  return (
    elementCount(doc) > (limits.maxElements ?? READABILITY_MAX_ELEMENTS) ||
    textLength(doc) > (limits.maxChars ?? READABILITY_MAX_CHARS)
  );
}
