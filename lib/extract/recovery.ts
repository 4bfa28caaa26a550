/**
 * Recovers paragraphs Readability left out when a simple check shows they belong to the
 * article (Readability issue #776 reports dropped first paragraphs on a German news site):
 *
 * - a lead right before the extracted text: close to it in the tree, prose-like (long, few
 *   links) and not boilerplate, or equal to the page's own description wherever it stands;
 * - gaps: prose paragraphs of the page that lie between the first and the last extracted
 *   paragraph in document order but were cleaned away (Readability's conditional cleaning
 *   drops whole containers, e.g. a text next to a picture gallery).
 *
 * Reads the untouched page; never changes it.
 */
import type { Block } from './blocks';
import { boilerplateReason, hasBoilerplateHint } from './boilerplate';
import { elementsByTag, linkDensity, normalizeSpace, readableText } from './text';

/** A lead or a body paragraph is a sentence or more; shorter texts are datelines and kickers. */
const MIN_PROSE_CHARS = 80;
/** Most link text a recovered paragraph may have: prose cites, link lists point. */
const MAX_LINK_DENSITY = 0.25;
/** How far up the tree a lead and the first body paragraph may be apart. */
const MAX_ANCESTOR_STEPS = 4;
/** Containers whose paragraphs are never article prose. */
const NOT_PROSE =
  'nav, aside, footer, form, figure, header nav, [role="navigation"], [role="complementary"]';
/** Prefix length used to tell whether a page paragraph is already in the extracted text. */
const KEY_CHARS = 60;

function commonAncestorWithin(a: Element, b: Element, steps: number): Element | null {
  let x: Element | null = a;
  for (let i = 0; x && i <= steps; i++, x = x.parentElement) if (x.contains(b)) return x;
  return null;
}

function toBlock(p: Element, text: string): Block {
  return { text, kind: 'p', linkChars: 0, externalLinkChars: 0, el: p };
}

function isProse(p: Element, text: string, stop: Element | null): boolean {
  return (
    text.length >= MIN_PROSE_CHARS &&
    linkDensity(p) < MAX_LINK_DENSITY &&
    !p.closest(NOT_PROSE) &&
    !hasBoilerplateHint(p, stop) &&
    !boilerplateReason(toBlock(p, text))
  );
}

interface PageParagraphs {
  els: Element[];
  texts: string[];
  /** Index into `els` of each extracted block found on the page, -1 if none. */
  positions: number[];
}

/**
 * For each position, the first later position that is greater (-1 if none): the classic
 * next-greater-element pass with a stack, linear where a search per block would be quadratic
 * on pages with thousands of paragraphs.
 */
function nextGreater(values: number[]): number[] {
  const result = new Array<number>(values.length).fill(-1);
  const stack: number[] = [];
  for (let i = values.length - 1; i >= 0; i--) {
    while (stack.length && values[stack[stack.length - 1]] <= values[i]) stack.pop();
    if (stack.length) result[i] = values[stack[stack.length - 1]];
    stack.push(i);
  }
  return result;
}

/**
 * Finds each extracted paragraph on the page by its first characters, in document order: a block
 * takes the first page paragraph with its key after the one the previous block took. Pages
 * whose paragraphs start alike (live blogs: "Update: …") would otherwise send every such block
 * to the first of them, and the gap search below would scan most of the page once per block.
 */
function locate(doc: Document, blocks: Block[]): PageParagraphs {
  const els = elementsByTag(doc, 'p');
  const texts = els.map(readableText);
  const byKey = new Map<string, number[]>();
  texts.forEach((t, i) => {
    if (t.length < 20) return;
    const k = t.slice(0, KEY_CHARS);
    const list = byKey.get(k);
    if (list) list.push(i);
    else byKey.set(k, [i]);
  });
  const cursor = new Map<string, number>();
  let previous = -1;
  const positions = blocks.map((b) => {
    if (b.kind !== 'p') return -1;
    const k = b.text.slice(0, KEY_CHARS);
    const list = byKey.get(k);
    if (!list) return -1;
    let c = cursor.get(k) ?? 0;
    while (c < list.length && list[c] <= previous) c++;
    cursor.set(k, c);
    if (c === list.length) return -1;
    previous = list[c];
    return previous;
  });
  return { els, texts, positions };
}

/**
 * Whether a page paragraph already stands in the extracted text. A paragraph Readability kept
 * starts there at a word boundary, so the keys of all word starts are collected once and each
 * question is a set lookup; a search through the whole text per paragraph made a 1 MB live blog
 * take over a minute in Chromium (docs/performance.md). Texts are compared without their
 * whitespace: Readability splits a paragraph at a double `<br>` (its `_replaceBrs`), and the
 * page's paragraph then reads on across the break with or without a space (a `<br>` adds none
 * to the text), so it would look new and be added a second time (a Zyte tuning page).
 */
function knownTexts(blocks: Block[]): (text: string) => boolean {
  let extracted = '';
  const wordStarts: number[] = [];
  for (const b of blocks) {
    for (const word of b.text.split(/\s+/)) {
      if (!word) continue;
      wordStarts.push(extracted.length);
      extracted += word;
    }
  }
  const starts = new Set(wordStarts.map((i) => extracted.slice(i, i + KEY_CHARS)));
  return (text) => {
    const key = text.replace(/\s+/g, '').slice(0, KEY_CHARS);
    // A short text may end inside a longer word run: only a substring search answers that.
    return key.length < KEY_CHARS ? extracted.includes(key) : starts.has(key);
  };
}

/** The key recovery compares paragraphs by: their first characters. */
export const paragraphKey = (text: string): string => text.slice(0, KEY_CHARS);

/**
 * Adds the recovered lead and gap paragraphs to `blocks`, in document order. `description` is
 * the page's meta description, a strong hint for the lead. `dropped` holds the keys
 * (`paragraphKey`) of paragraphs Readability kept and Kontext's cleaning dropped (a teaser, a
 * box): recovery brings back what Readability left out, never what the cleaning took away.
 */
export function recoverParagraphs(
  doc: Document,
  blocks: Block[],
  description: string | null,
  dropped: ReadonlySet<string> = new Set(),
): Block[] {
  if (!blocks.length) return blocks;
  const page = locate(doc, blocks);
  const seen = knownTexts(blocks);
  const known = (text: string) => seen(text) || dropped.has(paragraphKey(text));
  // Positions increase (locate assigns them in document order), so the first and last are the ends.
  const found = page.positions.filter((i) => i >= 0);
  if (!found.length) return blocks;
  const first = found[0];
  const last = found[found.length - 1];
  const anchor = page.els[first];

  // Gaps: after each located block, the page paragraphs up to the next located one.
  const out: Block[] = [];
  const nextAfter = nextGreater(page.positions);
  blocks.forEach((b, bi) => {
    out.push(b);
    const at = page.positions[bi];
    if (at < 0) return;
    const next = nextAfter[bi];
    if (next < 0 || next > last) return;
    for (let i = at + 1; i < next; i++) {
      const text = page.texts[i];
      // Hints only count below the container the paragraph shares with the extracted text.
      const common = commonAncestorWithin(page.els[at], page.els[i], Number.MAX_SAFE_INTEGER);
      if (text && !known(text) && isProse(page.els[i], text, common))
        out.push(toBlock(page.els[i], text));
    }
  });

  // Lead: up to two paragraphs right before the first located one.
  const desc = description ? normalizeSpace(description).slice(0, KEY_CHARS) : '';
  const lead: Block[] = [];
  for (let i = first - 1; i >= 0 && lead.length < 2; i--) {
    const p = page.els[i];
    const text = page.texts[i];
    if (!text) continue;
    if (known(text)) break;
    const common = commonAncestorWithin(anchor, p, MAX_ANCESTOR_STEPS);
    // The description as a lead, unless its box says it is a subheadline (a "dek"): hints count
    // below the container it shares with the text, as for gaps.
    const isDescription =
      desc.length >= 40 &&
      text.startsWith(desc) &&
      !p.closest(NOT_PROSE) &&
      !hasBoilerplateHint(p, commonAncestorWithin(anchor, p, Number.MAX_SAFE_INTEGER));
    if (!isDescription && !(common && isProse(p, text, common))) break;
    lead.unshift(toBlock(p, text));
  }
  return lead.length ? [...lead, ...out] : out;
}
