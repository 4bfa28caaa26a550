/**
 * Bundled by scripts/bench/extract-browser.ts into one script for a Chromium page: times each
 * step of extraction on a document the page holds, with the browser's own DOM (not jsdom).
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { extractArticle } from '../../lib/extract/index';
import { largestTextBlock } from '../../lib/extract/largest-block';
import { elementCount, textLength } from '../../lib/extract/page-size';
import { MAX_CHARS } from '../../lib/text/cap';

export interface StepTimes {
  elements: number;
  /** Body text outside scripts and styles, the guard's second measure. */
  textChars: number;
  countMs: number;
  readerableMs: number;
  cloneMs: number;
  /** `new Readability(doc.cloneNode(true)).parse()`: what Kontext ran before the guard. */
  readabilityMs: number;
  largestBlockMs: number;
  /** `extractArticle(doc, { force: true })` with both limits off: Readability plus our cleaning. */
  unguardedMs: number;
  /** `extractArticle(doc, { force: true })` with the shipped limit. */
  guardedMs: number;
  guardedLargePage: boolean;
  guardedChars: number;
}

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const v = f();
  return [v, performance.now() - t0];
}

function measure(doc: Document, skipUnguarded: boolean): StepTimes {
  const [elements, countMs] = time(() => elementCount(doc));
  const textChars = textLength(doc);
  // The shipped path first: after the clones below, garbage collection would be charged to it.
  const [guarded, guardedMs] = time(() => extractArticle(doc, { force: true }));
  const [, readerableMs] = time(() => isProbablyReaderable(doc));
  const [, cloneMs] = time(() => doc.cloneNode(true));
  const [, readabilityMs] = skipUnguarded ? [null, NaN] : time(() => new Readability(doc.cloneNode(true) as Document).parse());
  const [, largestBlockMs] = time(() => largestTextBlock(doc, doc.URL, 2 * MAX_CHARS));
  const [, unguardedMs] = skipUnguarded ? [null, NaN] : time(() => extractArticle(doc, { force: true, maxElements: Infinity, maxChars: Infinity }));
  const article = guarded.ok ? guarded.article : null;
  return {
    elements, textChars, countMs, readerableMs, cloneMs, readabilityMs, largestBlockMs, unguardedMs, guardedMs,
    guardedLargePage: article?.largePage === true,
    guardedChars: article ? article.paragraphs.reduce((n, p) => n + p.length, 0) : 0,
  };
}

(globalThis as unknown as { __kontextBench: unknown }).__kontextBench = {
  /** Times the steps on the page's own document. */
  live: (skipUnguarded: boolean) => measure(document, skipUnguarded),
  /** Parses `html` with DOMParser (inert: no script runs) and times the steps on it. */
  parsed: (html: string) => measure(new DOMParser().parseFromString(html, 'text/html'), false),
};
