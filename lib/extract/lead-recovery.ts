/**
 * Recovers a lead paragraph that Readability left out because it sits outside the container it
 * chose (e.g. a standfirst in the article header; Readability issue #776 reports dropped first
 * paragraphs on a German news site). The check is simple and conservative: a paragraph right
 * before the extracted text in document order, close to it in the tree, prose-like (long, few
 * links) and not boilerplate, or equal to the page's own description.
 */
import type { Block } from './blocks';
import { boilerplateReason, hasBoilerplateHint } from './boilerplate';
import { linkDensity, nodeText, normalizeSpace } from './text';

/** A lead is a sentence or more; shorter blocks before an article are datelines and kickers. */
const MIN_LEAD_CHARS = 80;
/** How far up the tree the lead and the first body paragraph may be apart. */
const MAX_ANCESTOR_STEPS = 4;

/** The nearest common ancestor of `a` and `b` at most `steps` levels above `a`, or null. */
function commonAncestorWithin(a: Element, b: Element, steps: number): Element | null {
  let x: Element | null = a;
  for (let i = 0; x && i <= steps; i++, x = x.parentElement) if (x.contains(b)) return x;
  return null;
}

/**
 * Paragraphs of `doc` (the untouched page) that come right before the first extracted block and
 * read like its lead. Returned in document order.
 */
export function recoverLead(doc: Document, blocks: Block[], description: string | null): Block[] {
  const first = blocks.find((b) => b.kind === 'p' && b.text.length >= MIN_LEAD_CHARS);
  if (!first) return [];
  const seen = new Set(blocks.map((b) => b.text));
  const paragraphs = Array.from(doc.getElementsByTagName('p'));
  const key = first.text.slice(0, 60);
  const at = paragraphs.findIndex((p) => nodeText(p).startsWith(key));
  if (at <= 0) return [];
  const anchor = paragraphs[at];
  const desc = description ? normalizeSpace(description).slice(0, 60) : null;
  const found: Block[] = [];
  for (let i = at - 1; i >= 0 && found.length < 2; i--) {
    const p = paragraphs[i];
    const text = nodeText(p);
    if (!text) continue;
    if (seen.has(text)) break;
    const block: Block = { text, kind: 'p', linkChars: 0, externalLinkChars: 0, el: p };
    const isDescription = !!desc && desc.length >= 40 && text.startsWith(desc);
    const prose = text.length >= MIN_LEAD_CHARS && linkDensity(p) < 0.25 && !p.closest('nav, aside, footer, form, figure');
    const common = commonAncestorWithin(anchor, p, MAX_ANCESTOR_STEPS);
    if (!(isDescription || prose) || !common || hasBoilerplateHint(p, common) || boilerplateReason(block)) break;
    found.unshift(block);
  }
  return found;
}
