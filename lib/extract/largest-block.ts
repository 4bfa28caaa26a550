/**
 * The "summarise anyway" fallback: the element holding the most paragraph text, for pages that
 * Readability declines (not readerable, or nothing found). Read-only on the document.
 */
import { collectBlocks, type Block } from './blocks';
import { filterBlocks } from './boilerplate';
import { nodeText, linkDensity } from './text';

/** Paragraph-like elements whose text is credited to their parent container. */
const PARAGRAPHS = 'p, pre, blockquote, li, h2, h3, h4';

/**
 * Blocks of the container with the most non-link paragraph text (body blocks if there is none),
 * read up to `maxChars` characters; `cut` says that the container had more.
 */
export function largestTextBlock(doc: Document, pageUrl?: string | null, maxChars = Infinity): { blocks: Block[]; cut: boolean } {
  const score = new Map<Element, number>();
  for (const p of Array.from(doc.querySelectorAll(PARAGRAPHS))) {
    const parent = p.parentElement;
    if (!parent || p.closest('nav, header, footer, aside, form')) continue;
    // One text read per paragraph, and the link share only where there is a link: on a 10 MB page
    // these reads are most of the fast path's cost.
    const text = nodeText(p);
    const len = p.querySelector('a') ? text.length * (1 - linkDensity(p, text.length)) : text.length;
    score.set(parent, (score.get(parent) ?? 0) + len);
  }
  let best: Element | null = null;
  let bestScore = 0;
  score.forEach((s, el) => {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  });
  const root = (best as Element | null) ?? doc.body ?? doc.documentElement;
  if (!root) return { blocks: [], cut: false };
  const blocks = collectBlocks(root, pageUrl, maxChars);
  const cut = blocks.reduce((n, b) => n + b.text.length, 0) >= maxChars;
  return { blocks: filterBlocks(blocks), cut };
}
