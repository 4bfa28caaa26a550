import { describe, expect, it } from 'vitest';
import { analysisKey, fnv1a } from '../../lib/cache/key';
import { emptyLru, lruFrom, lruGet, lruSet } from '../../lib/cache/lru';
import type { ExtractedArticle } from '../../lib/types';

describe('LRU cache state', () => {
  it('evicts the least recently used entry beyond capacity', () => {
    let s = emptyLru<number>();
    s = lruSet(s, 'a', 1, 2);
    s = lruSet(s, 'b', 2, 2);
    s = lruGet(s, 'a').state; // a is now most recent
    s = lruSet(s, 'c', 3, 2);
    expect(Object.keys(s.entries).sort()).toEqual(['a', 'c']);
    expect(s.order).toEqual(['a', 'c']);
  });
  it('overwrites without growing', () => {
    let s = lruSet(emptyLru<number>(), 'a', 1, 3);
    s = lruSet(s, 'a', 2, 3);
    expect(s).toEqual({ order: ['a'], entries: { a: 2 } });
  });
  it.each([undefined, null, 3, 'x', { order: 'no' }, { order: ['a'], entries: null }])('reads corrupt storage %j as empty', (v) => {
    expect(lruFrom(v)).toEqual(emptyLru());
  });
  it('drops keys without entries when reading', () => {
    expect(lruFrom({ order: ['a', 'b'], entries: { b: 1 } })).toEqual({ order: ['b'], entries: { b: 1 } });
  });
});

describe('analysis key', () => {
  const article: ExtractedArticle = {
    title: 'T',
    byline: null,
    siteName: null,
    lang: 'de',
    publishedTime: null,
    excerpt: null,
    paragraphs: ['Ein Absatz.'],
    url: 'https://example.org/a',
  };
  it('changes with the text, the URL and the settings, and only with them', () => {
    const k = analysisKey(article, { n: 4 });
    expect(analysisKey({ ...article }, { n: 4 })).toBe(k);
    expect(analysisKey({ ...article, paragraphs: ['Ein anderer Absatz.'] }, { n: 4 })).not.toBe(k);
    expect(analysisKey({ ...article, url: 'https://example.org/b' }, { n: 4 })).not.toBe(k);
    expect(analysisKey(article, { n: 5 })).not.toBe(k);
  });
  it('fnv1a matches the published test vectors', () => {
    // FNV-1a 32-bit reference values (Fowler/Noll/Vo test suite).
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
    expect(fnv1a('foobar')).toBe('bf9cf968');
  });
});
