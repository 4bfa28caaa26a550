import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/index';

const FIXTURES = path.resolve(__dirname, '../fixtures');

function load(slug: string) {
  const html = readFileSync(path.join(FIXTURES, `extract-${slug}`, 'source.html'), 'utf8');
  const expected = JSON.parse(readFileSync(path.join(FIXTURES, `extract-${slug}`, 'expected.json'), 'utf8'));
  const doc = new JSDOM(html, { url: `https://example.org/${slug}`, virtualConsole: new VirtualConsole() }).window.document;
  return { doc, expected, html };
}

describe.each(['de-news', 'en-blog', 'en-lead'])('extractArticle on %s', (slug) => {
  const { doc, expected } = load(slug);
  const before = doc.documentElement.outerHTML;
  const result = extractArticle(doc, { url: `https://example.org/${slug}` });

  it('finds an article', () => {
    expect(result.ok).toBe(true);
  });
  if (!result.ok) return;
  const a = result.article;

  it('returns the body blocks and their kinds, in reading order', () => {
    expect(a.paragraphs).toEqual(expected.paragraphs);
    expect(a.kinds).toEqual(expected.kinds);
  });

  it('keeps no boilerplate', () => {
    const text = a.paragraphs.join('\n');
    for (const s of expected.absent) expect(text).not.toContain(s);
  });

  it('reads title, byline, language, site name and date', () => {
    expect(a.title).toBe(expected.title);
    expect(a.byline).toBe(expected.byline);
    expect(a.lang).toBe(expected.lang);
    expect(a.siteName).toBe(expected.siteName);
    expect(a.publishedTime?.slice(0, 10)).toBe(expected.publishedDay);
    expect(a.readerable).toBe(expected.readerable);
    expect(a.url).toBe(`https://example.org/${slug}`);
  });

  it('returns plain text, never markup', () => {
    for (const p of a.paragraphs) expect(p).not.toMatch(/<\/?[a-z][^>]*>/i);
  });

  it('leaves the page untouched', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('a page that is not an article', () => {
  const { doc, expected } = load('en-listing');

  it('says so and offers the largest text block', () => {
    const result = extractArticle(doc);
    expect(result).toEqual({
      ok: false,
      reason: 'not-article',
      readerable: expected.readerable,
      title: expected.title,
      fallbackParagraphs: expected.fallbackParagraphs,
    });
  });

  it('extracts anyway with force', () => {
    const result = extractArticle(doc, { force: true });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.article.readerable).toBe(false);
      expect(result.article.paragraphs.join(' ')).toContain('library will close early');
    }
  });
});
