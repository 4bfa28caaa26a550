/**
 * The article gate (issue 15 point 2): does a page look like an article, so that the popup
 * summarises it without asking? Readability's `isProbablyReaderable` first. It wants about 540
 * characters in one paragraph (a score of 20 over `sqrt(length − 140)`), so a short news item of
 * three to five sentences fails it, and so do many short blog posts. Kontext then looks at the
 * text its extraction found: a run of sentences is an article, and a page whose markup says it
 * is one (Open Graph `og:type=article`, schema.org `NewsArticle` and kin in JSON-LD or
 * microdata, `itemprop=articleBody`) needs less. Read-only on the document.
 *
 * The thresholds were chosen on the tuning part of the Zyte, trafilatura and WCXB pages
 * (scripts/eval/split.ts); the eval reports the gate on both parts.
 */
import type { BlockKind } from '../types';
import { allElements } from './text';

/** schema.org types of articles (NewsArticle, ReportageNewsArticle, BlogPosting, LiveBlogPosting, …). */
const ARTICLE_TYPE = /^(\w*Article|\w*BlogPosting|Report)$/i;

function jsonLdTypes(node: unknown, out: string[], depth = 0): void {
  if (!node || typeof node !== 'object' || depth > 6) return;
  if (Array.isArray(node)) {
    for (const n of node) jsonLdTypes(n, out, depth + 1);
    return;
  }
  const o = node as Record<string, unknown>;
  for (const t of ([] as unknown[]).concat(o['@type'] ?? []))
    if (typeof t === 'string') out.push(t);
  if (o['@graph']) jsonLdTypes(o['@graph'], out, depth + 1);
  if (o.mainEntity) jsonLdTypes(o.mainEntity, out, depth + 1);
}

const schemaType = (t: string) => t.replace(/^https?:\/\/schema\.org\//i, '');

/** True when the page's own markup says it is an article. */
export function markedAsArticle(doc: Document): boolean {
  for (const m of Array.from(doc.getElementsByTagName('meta'))) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? '').toLowerCase();
    if (key === 'og:type' && /^article\b/i.test((m.getAttribute('content') ?? '').trim()))
      return true;
  }
  // Microdata: one walk over the elements, attribute tests in code (faster than selectors in jsdom).
  for (const el of allElements(doc)) {
    if (/(^|\s)articleBody(\s|$)/.test(el.getAttribute('itemprop') ?? '')) return true;
    const itemtype = el.getAttribute('itemtype');
    if (itemtype && itemtype.split(/\s+/).some((t) => ARTICLE_TYPE.test(schemaType(t))))
      return true;
  }
  for (const s of Array.from(doc.getElementsByTagName('script'))) {
    if ((s.getAttribute('type') ?? '').toLowerCase() !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse(s.textContent ?? '');
    } catch {
      continue;
    }
    const types: string[] = [];
    jsonLdTypes(data, types);
    if (types.some((t) => ARTICLE_TYPE.test(schemaType(t)))) return true;
  }
  return false;
}

/** A sentence end: `.`, `!`, `?` or `…`, maybe closed by a quote or bracket, then a space or the end. */
const SENTENCE_END = /[.!?…]["'“”‘’»«)\]]*(?=\s|$)/g;

/**
 * An unmarked page is an article with this much running text: a short news item, a short blog
 * post ("Die GEMA dreht völlig am Zeiger! Durch die geplanten Tariferhöhungen …", 2 sentences).
 */
const MIN_SENTENCES = 2;
const MIN_CHARS = 250;
/** A page marked as an article needs only this much running text (a three-line post). */
const MIN_MARKED_CHARS = 100;

/** Characters and sentences of the running text (paragraphs and quotes, not headings or lists). */
export function runningText(
  paragraphs: readonly string[],
  kinds: readonly BlockKind[] | undefined,
): { chars: number; sentences: number } {
  let chars = 0;
  let sentences = 0;
  paragraphs.forEach((p, i) => {
    const kind = kinds?.[i] ?? 'p';
    if (kind !== 'p' && kind !== 'quote') return;
    chars += p.length;
    sentences += (p.match(SENTENCE_END) ?? []).length;
  });
  return { chars, sentences };
}

/**
 * Kontext's verdict for a page `isProbablyReaderable` declined, from the text extraction found
 * on it: two sentences and 250 characters of running text, or 100 characters on a page marked
 * as an article.
 */
export function looksLikeArticle(
  doc: Document,
  paragraphs: readonly string[],
  kinds: readonly BlockKind[] | undefined,
): boolean {
  const { chars, sentences } = runningText(paragraphs, kinds);
  if (chars >= MIN_CHARS && sentences >= MIN_SENTENCES) return true;
  return chars >= MIN_MARKED_CHARS && markedAsArticle(doc);
}
