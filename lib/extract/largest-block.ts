/**
 * The "summarise anyway" fallback: the element holding the most paragraph text, for pages that
 * Readability declines (not readerable, or nothing found). Read-only on the document.
 */
import { collectBlocks, type Block } from './blocks';
import { filterBlocks } from './boilerplate';
import { nodeText, linkDensity } from './text';

/** Paragraph-like elements whose text is credited to their parent container. */
const PARAGRAPHS = 'p, pre, blockquote, li, h2, h3, h4';

/** Blocks of the container with the most non-link paragraph text (body blocks if there is none). */
export function largestTextBlock(doc: Document, pageUrl?: string | null): Block[] {
  const score = new Map<Element, number>();
  for (const p of Array.from(doc.querySelectorAll(PARAGRAPHS))) {
    const parent = p.parentElement;
    if (!parent || p.closest('nav, header, footer, aside, form')) continue;
    const len = nodeText(p).length * (1 - linkDensity(p));
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
  return root ? filterBlocks(collectBlocks(root, pageUrl)) : [];
}
