import { Readability } from '@mozilla/readability';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHtml } from '../../cli/parse-html';
import { analyze } from '../../lib/analyze';
import { extractArticle } from '../../lib/extract';
import {
  elementCount,
  READABILITY_MAX_CHARS,
  READABILITY_MAX_ELEMENTS,
  textLength,
} from '../../lib/extract/page-size';
import { MAX_CHARS } from '../../lib/text/cap';
import { bigPage, type BigPageShape } from '../support/big-page';

// Extraction must scale linearly with the page (issue 7 point 4): a search per paragraph or an
// indexed walk over a live HTMLCollection (quadratic in jsdom) turns a large page into minutes.
const page = (n: number) =>
  `<html><head><title>Big</title></head><body><article><h1>A long page</h1>${Array.from(
    { length: n },
    (_, i) =>
      `<p>The council approved budget line ${i} on Tuesday after a long debate about schools, roads and taxes.</p>`,
  ).join('\n')}</article></body></html>`;

function cpuMs(html: string): { ms: number; paragraphs: number } {
  const doc = parseHtml(html, null);
  const before = process.cpuUsage();
  const result = extractArticle(doc, { maxElements: Infinity, maxChars: Infinity });
  const used = process.cpuUsage(before);
  return {
    ms: (used.user + used.system) / 1000,
    paragraphs: result.ok ? result.article.paragraphs.length : 0,
  };
}

/**
 * CPU time of the small and the large page, each the least of `rounds` runs taken in turn. Load
 * from other processes only ever adds time, so the least run is the one closest to the work
 * itself, and taking the two pages in turn spreads a busy spell over both: one slow run under
 * load no longer makes a linear extraction look quadratic.
 */
function scaling(small: string, large: string, rounds = 3) {
  let s = { ms: Infinity, paragraphs: 0 };
  let l = { ms: Infinity, paragraphs: 0 };
  for (let i = 0; i < rounds; i++) {
    const a = cpuMs(small);
    const b = cpuMs(large);
    if (a.ms < s.ms) s = a;
    if (b.ms < l.ms) l = b;
  }
  return { small: s, large: l };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('extraction on large pages', () => {
  it('keeps every paragraph and grows about linearly (4× the page, well under 16× the time)', () => {
    cpuMs(page(200)); // warm up the JIT
    const { small, large } = scaling(page(2000), page(8000));
    expect(small.paragraphs).toBeGreaterThanOrEqual(2000);
    expect(large.paragraphs).toBeGreaterThanOrEqual(8000);
    // Linear is 4×; quadratic would be 16×. 9× leaves room for GC and a noisy machine.
    expect(large.ms / small.ms).toBeLessThan(9);
  }, 240_000);

  it('stays linear through Readability when many paragraphs start alike (a live blog)', () => {
    // Paragraph starts repeat here; the lead/gap recovery once matched them all to the first one
    // and searched the whole text per paragraph (a 1 MB page took 76 s in Chromium).
    cpuMs(bigPage('liveblog', 50_000).html);
    const { small, large } = scaling(
      bigPage('liveblog', 150_000).html,
      bigPage('liveblog', 600_000).html,
    );
    expect(large.paragraphs).toBeGreaterThan(3 * small.paragraphs);
    expect(large.ms / small.ms).toBeLessThan(9);
  }, 120_000);
});

/** Calls to Readability's parse() during `f`: proof of which path extraction took. */
function readabilityCalls<T>(f: () => T): { value: T; calls: number } {
  const spy = vi.spyOn(Readability.prototype, 'parse');
  const value = f();
  const calls = spy.mock.calls.length;
  spy.mockRestore();
  return { value, calls };
}

function articleOf(result: ReturnType<typeof extractArticle>) {
  if (!result.ok) throw new Error(`extraction failed: ${result.reason}`);
  return result.article;
}

describe('the size guard in front of Readability', () => {
  it.each([
    // [what, limit relative to the page's element count, Readability runs]
    ['a page right at the limit goes through Readability', 0, 1],
    ['a page one element over the limit skips it', -1, 0],
  ])('%s', (_, offset, expectedCalls) => {
    const { html, articleSentences } = bigPage('comments', 60_000);
    const doc = parseHtml(html, null);
    const limit = elementCount(doc) + offset;
    const { value, calls } = readabilityCalls(() => extractArticle(doc, { maxElements: limit }));
    const article = articleOf(value);
    expect(calls).toBe(expectedCalls);
    expect(article.largePage === true).toBe(expectedCalls === 0);
    // Either way the article's text comes back.
    const text = article.paragraphs.join('\n');
    for (const s of articleSentences) expect(text).toContain(s);
  });

  it.each<[BigPageShape, string, () => number]>([
    // A page of many small elements passes the element limit; a live blog passes the text limit first.
    ['comments', 'elements', () => READABILITY_MAX_ELEMENTS],
    ['liveblog', 'text', () => READABILITY_MAX_CHARS],
  ])(
    'a %s page over the shipped %s limit takes the fast path and still returns the article',
    (shape, measure, limit) => {
      // Bytes per unit of this generator, measured on a small page, scaled to pass the limit by 20 %.
      const probe = bigPage(shape, 50_000);
      const size = (doc: Document) =>
        measure === 'elements' ? elementCount(doc) : textLength(doc);
      const perUnit = probe.html.length / size(parseHtml(probe.html, null));
      const { html, title, articleSentences, commentSentences } = bigPage(
        shape,
        Math.ceil(limit() * 1.2 * perUnit),
      );
      const doc = parseHtml(html, null);
      expect(size(doc)).toBeGreaterThan(limit());
      const { value, calls } = readabilityCalls(() => extractArticle(doc, {}));
      const article = articleOf(value);
      expect(calls).toBe(0);
      expect(article.largePage).toBe(true);
      expect(article.title).toBe(title);
      const text = article.paragraphs.join('\n');
      // All of the article up to the text cap, in order; the end of a live blog is cut.
      const found = new Set(article.paragraphs.flatMap((p) => p.split(/(?<=\.)\s+/)));
      const kept = articleSentences.filter((s) => found.has(s));
      expect(kept).toEqual(articleSentences.slice(0, kept.length));
      expect(kept.length).toBeGreaterThan(
        articleSentences.length * (article.truncated ? 0.7 : 0.999),
      );
      // The largest block is the article: no reader comment is in it.
      expect(commentSentences.filter((s) => found.has(s))).toEqual([]);
      expect(text).not.toContain('says reader number');
    },
    120_000,
  );

  it('a page under the shipped limit still goes through Readability', () => {
    const { html, articleSentences, commentSentences } = bigPage('comments', 100_000);
    const doc = parseHtml(html, null);
    expect(elementCount(doc)).toBeLessThan(READABILITY_MAX_ELEMENTS);
    const { value, calls } = readabilityCalls(() => extractArticle(doc, {}));
    const article = articleOf(value);
    expect(calls).toBe(1);
    expect(article.largePage).toBeUndefined();
    const text = article.paragraphs.join('\n');
    for (const s of articleSentences) expect(text).toContain(s);
    expect(commentSentences.some((s) => text.includes(s))).toBe(false);
  });

  it('hands on at most MAX_CHARS characters, says so, and the analysis reports it', () => {
    const { html, articleSentences } = bigPage('liveblog', Math.ceil(MAX_CHARS * 1.3));
    const article = articleOf(extractArticle(parseHtml(html, null), {}));
    expect(article.truncated).toBe(true);
    const chars = article.paragraphs.reduce((n, p) => n + p.length + 2, 0);
    expect(chars).toBeLessThanOrEqual(MAX_CHARS + 2);
    expect(chars).toBeGreaterThan(MAX_CHARS * 0.99);
    // The beginning is kept, the end is cut.
    const text = article.paragraphs.join('\n');
    expect(text).toContain(articleSentences[0]);
    expect(text).not.toContain(articleSentences[articleSentences.length - 1]);
    expect(analyze(article, { summarySentences: 3 }).truncated).toBe(true);
  }, 120_000);

  it('a page under both limits is not cut and not marked', () => {
    const article = articleOf(
      extractArticle(parseHtml(bigPage('liveblog', 200_000).html, null), {}),
    );
    expect(article.truncated).toBeUndefined();
    expect(article.largePage).toBeUndefined();
  });
});
