import type { ExtractedArticle } from '../types';

/**
 * Plain text (a CLI input, a batch line, a selection from the context menu) as an article: blank lines separate paragraphs; the first line becomes the title
 * when no title is given and it is short and has no final full stop (a headline).
 */
export function articleFromText(
  text: string,
  meta: { title?: string | null; lang?: string | null; url?: string | null } = {},
): ExtractedArticle {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  let title = meta.title?.trim() ?? '';
  if (!title && blocks.length > 1 && blocks[0].length <= 150 && !/[.!?:]$/.test(blocks[0])) {
    title = blocks.shift()!;
  }
  return {
    title,
    byline: null,
    siteName: null,
    lang: meta.lang ?? null,
    publishedTime: null,
    excerpt: null,
    paragraphs: blocks,
    kinds: blocks.map(() => 'p' as const),
    url: meta.url ?? null,
    readerable: true,
  };
}
