import { describe, expect, it } from 'vitest';
import { analysisKey, fnv1a } from '../../lib/cache/key';
import { orderFrom, touch } from '../../lib/cache/lru';
import type { ExtractedArticle } from '../../lib/types';

describe('LRU cache order', () => {
  it('evicts the least recently used keys beyond capacity', () => {
    let order: string[] = [];
    order = touch(order, 'a', 2).order;
    order = touch(order, 'b', 2).order;
    order = touch(order, 'a', 2).order; // a is now the most recent
    const last = touch(order, 'c', 2);
    expect(last).toEqual({ order: ['a', 'c'], evicted: ['b'] });
  });
  it('moves a key it already has instead of growing', () => {
    expect(touch(['a', 'b'], 'a', 3)).toEqual({ order: ['b', 'a'], evicted: [] });
  });
  it('evicts several at once when the capacity shrinks', () => {
    expect(touch(['a', 'b', 'c'], 'd', 2)).toEqual({ order: ['c', 'd'], evicted: ['a', 'b'] });
  });
  it.each([undefined, null, 3, 'x', { order: ['a'] }])('reads corrupt storage %j as empty', (v) => {
    expect(orderFrom(v)).toEqual([]);
  });
  it('keeps only string keys, each once', () => {
    expect(orderFrom(['a', 1, 'b', 'a', null])).toEqual(['a', 'b']);
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
