/**
 * The "summarise anyway" fallback: the element holding the most paragraph text, for pages that
 * Readability declines (not readerable, or nothing found). Read-only on the document.
 */
import { collectBlocks, type Block } from './blocks';
import { filterBlocks } from './boilerplate';
import { allElements, nodeText, linkDensity } from './text';

/** Paragraph-like elements whose text is credited to their parent container. */
const PARAGRAPHS = new Set(['P', 'PRE', 'BLOCKQUOTE', 'LI', 'H2', 'H3', 'H4']);
/**
 * Containers that may hold paragraph text directly, not in a `<p>` (a short news item in
 * `<div itemprop="description">`, text between `<br>`s): their own text is credited to themselves.
 */
const TEXT_CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'TD', 'MAIN']);
/** Own text shorter than this is a label or a date, not paragraph text. */
const MIN_OWN_TEXT = 40;
/** Containers tried in order of score when the best one's text is all boilerplate. */
const CANDIDATES = 3;
const NOT_CONTENT = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM']);
/** Class or id words of containers whose text is never the page's main text: comments, promotions. */
const NOT_MAIN_HINT =
  /(^|[\s_-])(comments?|comment-?(list|section|area|thread|body|content)|disqus|promo\w*|cookie\w*|newsletter|consent|gdpr|privacy-overview|modal|popup|overlay)($|[\s_-])/i;

/**
 * Whether an element lies in navigation, a header, footer, aside or form, or in a comment
 * section or promotion (by class or id below `<body>`). Memoised per element: one walk up per
 * element of the page, not one per paragraph and ancestor.
 */
function excludedIn(doc: Document): (el: Element) => boolean {
  const memo = new Map<Element, boolean>();
  const body = doc.body;
  return (start) => {
    const path: Element[] = [];
    let verdict = false;
    for (let x: Element | null = start; x; x = x.parentElement) {
      const known = memo.get(x);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      path.push(x);
      if (x === body) break;
      if (
        NOT_CONTENT.has(x.tagName.toUpperCase()) ||
        NOT_MAIN_HINT.test(`${x.getAttribute('class') ?? ''} ${x.getAttribute('id') ?? ''}`)
      ) {
        verdict = true;
        break;
      }
    }
    // Everything below an excluded element is excluded; what lies above it is not known yet.
    if (verdict) for (const x of path) memo.set(x, true);
    else for (const x of path) memo.set(x, false);
    return verdict;
  };
}

function ownText(el: Element): string {
  let text = '';
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) text += c.nodeValue ?? '';
    else if (
      c.nodeType === 1 &&
      /^(B|I|EM|STRONG|SPAN|SMALL|MARK|Q|ABBR|TIME|SUB|SUP|U|S|BR)$/.test(
        (c as Element).tagName.toUpperCase(),
      )
    )
      text += ' ' + (c.textContent ?? '');
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Blocks of the container with the most non-link paragraph text (body blocks if there is none),
 * read up to `maxChars` characters; `cut` says that the container had more.
 */
export function largestTextBlock(
  doc: Document,
  pageUrl?: string | null,
  maxChars = Infinity,
): { blocks: Block[]; cut: boolean } {
  const score = new Map<Element, number>();
  const excluded = excludedIn(doc);
  // One pass over the page's elements (by tag name: jsdom's selector engine is slow, see text.ts).
  for (const el of allElements(doc)) {
    const tag = el.tagName.toUpperCase();
    if (PARAGRAPHS.has(tag)) {
      const parent = el.parentElement;
      if (!parent || excluded(el)) continue;
      // One text read per paragraph, and the link share only where there is a link: on a 10 MB
      // page these reads are most of the fast path's cost.
      const text = nodeText(el);
      const len = el.getElementsByTagName('a').length
        ? text.length * (1 - linkDensity(el, text.length))
        : text.length;
      score.set(parent, (score.get(parent) ?? 0) + len);
    } else if (TEXT_CONTAINERS.has(tag)) {
      const own = ownText(el).length;
      if (own >= MIN_OWN_TEXT && !excluded(el)) score.set(el, (score.get(el) ?? 0) + own);
    }
  }
  const ranked = [...score.entries()]
    .filter(([, s]) => s > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, CANDIDATES)
    .map(([el]) => el);
  const ogTitle = Array.from(doc.getElementsByTagName('meta')).find(
    (m) => m.getAttribute('property') === 'og:title',
  );
  const titles = [doc.title, ogTitle?.getAttribute('content')];
  const fallback = doc.body ?? doc.documentElement;
  if (fallback) ranked.push(fallback);
  for (const root of ranked) {
    const blocks = collectBlocks(root, pageUrl, maxChars);
    const cut = blocks.reduce((n, b) => n + b.text.length, 0) >= maxChars;
    const kept = filterBlocks(blocks, titles);
    // A container whose text is all links and boxes (a list of teasers) is not the page's text.
    if (kept.length) return { blocks: kept, cut };
  }
  return { blocks: [], cut: false };
}
