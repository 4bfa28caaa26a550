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

/** Elements whose text content is code or markup, never shown as text. */
const NOT_TEXT = ['style', 'script', 'noscript', 'template'];

/**
 * Normalised text of an element as a reader sees it: `nodeText` without the content of `<style>`,
 * `<script>`, `<noscript>` and `<template>` inside it. A WordPress gallery puts its `<style>`
 * block inside a `<p>` (a Zyte tuning page), whose `textContent` is then CSS.
 */
export function readableText(el: Element): string {
  if (NOT_TEXT.every((tag) => !el.getElementsByTagName(tag).length)) return nodeText(el);
  const clone = el.cloneNode(true) as Element;
  for (const tag of NOT_TEXT)
    for (const x of Array.from(clone.getElementsByTagName(tag))) x.remove();
  return nodeText(clone);
}

/**
 * Every element below `root` (for a document: from its root element on), in document order, by
 * a walk over the tree. In jsdom this is the fast way: `querySelectorAll('*')` takes about 3 ms
 * on a Zyte page and `Array.from(getElementsByTagName('*'))` 45 ms, the walk 1 ms.
 */
export function allElements(root: Document | Element): Element[] {
  const out: Element[] = [];
  const isDocument = root.nodeType === 9;
  // Below an element: its descendants. In a document: its root element and everything below.
  const stop = isDocument ? null : (root as Element);
  let el: Element | null = isDocument
    ? (root as Document).documentElement
    : (root as Element).firstElementChild;
  while (el) {
    out.push(el);
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && !el.nextElementSibling) {
      el = el.parentElement;
      if (el === stop) return out;
    }
    el = el?.nextElementSibling ?? null;
  }
  return out;
}

/**
 * The elements below `root` with one of `tags` (upper case), in document order: a walk and a
 * test in code instead of `querySelectorAll`, the same in browsers and several times faster in
 * jsdom, whose selector engine walks the whole tree for every query.
 */
export function elementsByTags(root: Document | Element, tags: ReadonlySet<string>): Element[] {
  return allElements(root).filter((el) => tags.has(el.tagName.toUpperCase()));
}

/**
 * The elements below `root` with one tag name, in document order. `getElementsByTagName` is
 * four to six times faster than `querySelectorAll` in jsdom for one tag (`meta`: 0.4 ms a Zyte
 * page against 2.0 ms), but jsdom reads a long collection in time quadratic in its length
 * (8,000 paragraphs: 0.8 s), so a long one is found by the walk instead.
 */
export function elementsByTag(root: Document | Element, tag: string): Element[] {
  const c = root.getElementsByTagName(tag);
  if (c.length < 256) return Array.from(c);
  const upper = tag.toUpperCase();
  return allElements(root).filter((el) => el.tagName.toUpperCase() === upper);
}

/** Share of a node's text that sits inside links, 0 when it has no text (`total`: its text length, if known). */
export function linkDensity(el: Element, total = nodeText(el).length): number {
  if (!total) return 0;
  let linked = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) linked += nodeText(a).length;
  return Math.min(1, linked / total);
}
