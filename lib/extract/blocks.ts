/**
 * Turns an element tree into body blocks in reading order: plain text with a kind
 * (paragraph, heading, list item, quote). Inline runs between block elements become their own
 * paragraph, so `<div>text<p>more</p></div>` yields two blocks, as a reader would see them.
 */
import type { BlockKind } from '../types';
import { normalizeSpace } from './text';

export interface Block {
  text: string;
  kind: BlockKind;
  /** Characters of `text` that were link text; drives the link-density filters. */
  linkChars: number;
  /** The part of `linkChars` in links to other hosts than the page's own. */
  externalLinkChars: number;
  /** The element the block's text came from (the nearest block-level ancestor). */
  el: Element;
}

const ELEMENT = 1;
const TEXT = 3;

/** Elements that start a new block (HTML's block-level and sectioning content). */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
  'CAPTION',
  'CENTER',
]);

/**
 * Elements whose text is never article prose. Figure captions count as photo credits and
 * captions, which issue 5 lists as boilerplate to drop.
 */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'OPTION',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'FIGCAPTION',
  'MATH',
]);

/** Longer "headings" are paragraphs set in a heading element. */
const MAX_HEADING_CHARS = 200;

function kindOf(tag: string, inherited: BlockKind): BlockKind {
  if (/^H[1-6]$/.test(tag)) return 'h';
  if (tag === 'LI' || tag === 'DD' || tag === 'DT') return 'li';
  if (tag === 'BLOCKQUOTE') return 'quote';
  return inherited;
}

function hostOf(url: string | null | undefined): string | null {
  const m = /^https?:\/\/([^/?#]+)/i.exec(url ?? '');
  return m ? m[1].toLowerCase().replace(/^www\./, '') : null;
}

/** 0 outside links, 1 in a link to the page's own host, 2 in a link to another host. */
type LinkState = 0 | 1 | 2;

function linkState(a: Element, pageHost: string | null): LinkState {
  const href = a.getAttribute('href') ?? '';
  const m = /^(?:https?:)?\/\/([^/?#]+)/i.exec(href);
  if (!m || !pageHost) return 1;
  const host = m[1].toLowerCase().replace(/^www\./, '');
  return host === pageHost ? 1 : 2;
}

/**
 * Collects the blocks under `root` in document order. `pageUrl` tells links to the site's own
 * pages from links elsewhere. Stops once the blocks hold `maxChars` characters (a huge page needs
 * no more text than the analysis reads).
 */
export function collectBlocks(
  root: Element,
  pageUrl?: string | null,
  maxChars = Infinity,
): Block[] {
  const pageHost = hostOf(pageUrl);
  const blocks: Block[] = [];
  let chars = 0;
  let parts: string[] = [];
  let linkChars = 0;
  let externalLinkChars = 0;
  let owner: Element = root;
  let kind: BlockKind = 'p';

  const flush = () => {
    const text = normalizeSpace(parts.join(''));
    if (text) {
      const linked = Math.min(linkChars, text.length);
      // A heading element that holds a paragraph (some sites set body text in <h4>) reads as one.
      const k = kind === 'h' && text.length > MAX_HEADING_CHARS ? 'p' : kind;
      blocks.push({
        text,
        kind: k,
        linkChars: linked,
        externalLinkChars: Math.min(externalLinkChars, linked),
        el: owner,
      });
      chars += text.length;
    }
    parts = [];
    linkChars = 0;
    externalLinkChars = 0;
  };

  const visit = (node: Node, inLink: LinkState, blockKind: BlockKind, blockEl: Element) => {
    if (chars >= maxChars) return;
    if (node.nodeType === TEXT) {
      const data = node.nodeValue ?? '';
      if (!parts.length && !data.trim()) return;
      if (!parts.length) {
        owner = blockEl;
        kind = blockKind;
      }
      parts.push(data);
      if (inLink) {
        const n = normalizeSpace(data).length;
        linkChars += n;
        if (inLink === 2) externalLinkChars += n;
      }
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (
      SKIP_TAGS.has(tag) ||
      el.getAttribute('hidden') !== null ||
      el.getAttribute('aria-hidden') === 'true'
    )
      return;
    if (tag === 'BR') {
      parts.push(' ');
      return;
    }
    if (tag === 'TD' || tag === 'TH') parts.push(' ');
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) flush();
    const childKind = isBlock ? kindOf(tag, blockKind) : blockKind;
    const childEl = isBlock ? el : blockEl;
    const childLink: LinkState = inLink || (tag === 'A' ? linkState(el, pageHost) : 0);
    for (let c = el.firstChild; c; c = c.nextSibling) visit(c, childLink, childKind, childEl);
    if (isBlock) flush();
  };

  visit(root, 0, 'p', root);
  flush();
  return blocks;
}
