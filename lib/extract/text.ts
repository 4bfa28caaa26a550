/** Whitespace handling shared by every extraction step. */

/** Zero-width characters that pages use for hyphenation hints or tracking; they are not text. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** Collapses every run of whitespace (including no-break spaces) to one space and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Normalised text content of a node. */
export function nodeText(node: Node): string {
  return normalizeSpace(node.textContent ?? '');
}

/** Share of a node's text that sits inside links, 0 when it has no text (`total`: its text length, if known). */
export function linkDensity(el: Element, total = nodeText(el).length): number {
  if (!total) return 0;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += nodeText(a).length;
  return Math.min(1, linked / total);
}
