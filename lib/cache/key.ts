import type { ExtractedArticle } from '../types';

/**
 * FNV-1a, 32 bit (Fowler–Noll–Vo): a fast, well-spread hash; collisions only cost a stale cache
 * hit for two different articles under the same URL and settings, which the URL makes unlikely.
 */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * The cache key of an analysis: the page URL, a hash of the extracted text and of the settings
 * that shape the result. An unchanged page is never analysed twice; an edited one is.
 */
export function analysisKey(article: ExtractedArticle, options: unknown): string {
  const content = fnv1a([article.title, ...article.paragraphs].join('\n'));
  return `${article.url ?? ''}#${content}:${fnv1a(JSON.stringify(options))}`;
}
