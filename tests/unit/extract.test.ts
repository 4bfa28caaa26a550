import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/index';

const FIXTURES = path.resolve(__dirname, '../fixtures');

function load(slug: string) {
  const html = readFileSync(path.join(FIXTURES, `extract-${slug}`, 'source.html'), 'utf8');
  const expected = JSON.parse(
    readFileSync(path.join(FIXTURES, `extract-${slug}`, 'expected.json'), 'utf8'),
  );
  const doc = new JSDOM(html, {
    url: `https://example.org/${slug}`,
    virtualConsole: new VirtualConsole(),
  }).window.document;
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

/** `extractArticle` on a page given as HTML, at https://example.org/<slug>. */
function extractHtml(html: string, slug: string) {
  const url = `https://example.org/${slug}`;
  return extractArticle(
    new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document,
  );
}

describe('a paragraph Readability splits at a double <br>', () => {
  const sentence = (n: number) =>
    `Satz ${n} erzählt, was am Dienstag im Stadtrat über den neuen Radweg entschieden wurde.`;
  const paragraphs = [1, 2, 3, 4, 5].map(
    (n) => `<p>${sentence(n)} ${sentence(n + 10)} ${sentence(n + 20)}</p>`,
  );
  // A first part shorter than the key recovery compares by (60 characters), as on a Zyte page.
  const question = 'Was heißt das für die Stadt?';
  const split = `<p>${question}<br><br>${sentence(7)} ${sentence(8)}<br><br>${sentence(9)}</p>`;
  const html = `<!DOCTYPE html><html lang="de"><head><title>Radweg</title></head><body><article><h1>Radweg</h1>${paragraphs.join('')}${split}${paragraphs.join('').replace(/Satz (\d+)/g, 'Satz 3$1')}</article></body></html>`;

  it('keeps its text once, not again as a recovered gap paragraph', () => {
    const result = extractHtml(html, 'radweg');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const text = result.article.paragraphs.join(' ');
    expect(text.split(question).length - 1).toBe(1);
    for (const n of [7, 8, 9]) expect(text.split(sentence(n)).length - 1).toBe(1);
  });
});

describe('a <style> block inside a paragraph (a WordPress gallery)', () => {
  const para = (n: number) =>
    `<p>Absatz ${n}: ${'Der neue Wagen fährt elektrisch und soll im kommenden Jahr auf den Markt kommen. '.repeat(3)}</p>`;
  const gallery = `<p><style type="text/css">#gallery-1 { margin: auto; } #gallery-1 .gallery-item { float: left; margin-top: 10px; text-align: center; width: 33%; }</style><div id="gallery-1"><img src="a.jpg" alt=""></div></p>`;
  const html = `<!DOCTYPE html><html lang="de"><head><title>Wagen</title></head><body><article><h1>Wagen</h1>${para(1)}${para(2)}<div class="bigboy"><img src="x.jpg" alt=""></div>${para(3)}${gallery}${para(4)}${para(5)}</article></body></html>`;

  it('gives no CSS as text', () => {
    const result = extractHtml(html, 'wagen');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.paragraphs.join(' ')).not.toContain('gallery-item');
    expect(result.article.paragraphs.join(' ')).toContain('Absatz 5');
  });
});
