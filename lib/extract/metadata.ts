/**
 * Publication date and author when Readability finds none: JSON-LD (schema.org `NewsArticle`
 * and kin), then meta tags (Open Graph `article:*`, Dublin Core, Parse.ly, Sailthru and plain
 * `author`/`date`), then `<time datetime>` (the one marked `pubdate` or `itemprop=datePublished`, else the first). Read-only on the document.
 */
import { elementsByTag, normalizeSpace } from './text';

export interface PageMetadata {
  publishedTime: string | null;
  byline: string | null;
}

const DATE_META = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'dcterms.date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'parsely-pub-date',
  'sailthru.date',
  'article.published',
  'date_published',
  'cxenseparse:recs:publishtime',
  'og:published_time',
  'last-modified',
];
const AUTHOR_META = [
  'author',
  'article:author',
  'dc.creator',
  'dcterms.creator',
  'parsely-author',
  'sailthru.author',
  'byl',
  'twitter:creator',
];

const ARTICLE_TYPE = /(Article|BlogPosting|Report|WebPage|NewsArticle|Posting)$/;

interface JsonLdFinds {
  date: string | null;
  author: string | null;
}

function authorName(v: unknown): string | null {
  if (!v) return null;
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) {
    const names = v.map(authorName).filter((n): n is string => !!n);
    return names.length ? names.join(', ') : null;
  }
  if (typeof v === 'object' && 'name' in (v as Record<string, unknown>))
    return authorName((v as { name: unknown }).name);
  return null;
}

function scanJsonLd(node: unknown, found: JsonLdFinds): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) scanJsonLd(n, found);
    return;
  }
  const o = node as Record<string, unknown>;
  const type = ([] as unknown[]).concat(o['@type'] ?? []).join(' ');
  if (ARTICLE_TYPE.test(type) || !type) {
    if (!found.date && typeof o.datePublished === 'string') found.date = o.datePublished;
    if (!found.date && typeof o.dateCreated === 'string') found.date = o.dateCreated;
    if (!found.author) found.author = authorName(o.author) ?? authorName(o.creator);
  }
  if (o['@graph']) scanJsonLd(o['@graph'], found);
  if (o.mainEntity) scanJsonLd(o.mainEntity, found);
}

function fromJsonLd(doc: Document): JsonLdFinds {
  const found: JsonLdFinds = { date: null, author: null };
  // A tag query and an attribute test: much cheaper than an attribute selector over
  // the whole page in jsdom, and the same in browsers.
  for (const s of elementsByTag(doc, 'script')) {
    if ((s.getAttribute('type') ?? '').toLowerCase() !== 'application/ld+json') continue;
    try {
      scanJsonLd(
        JSON.parse((s.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')),
        found,
      );
    } catch {
      // Broken JSON-LD is common on real pages; the other sources still apply.
    }
    if (found.date && found.author) break;
  }
  return found;
}

function metaContent(doc: Document, names: string[]): string | null {
  const byKey = new Map<string, string>();
  for (const m of elementsByTag(doc, 'meta')) {
    const key = (
      m.getAttribute('property') ??
      m.getAttribute('name') ??
      m.getAttribute('itemprop') ??
      ''
    ).toLowerCase();
    const content = normalizeSpace(m.getAttribute('content') ?? '');
    if (key && content && !byKey.has(key)) byKey.set(key, content);
  }
  for (const n of names) {
    const v = byKey.get(n);
    if (v) return v;
  }
  return null;
}

/** True when a string looks like a date a parser can read, so a meta `date` of "Sunday" is skipped. */
function plausibleDate(s: string): boolean {
  return (
    (/\d{4}/.test(s) && !Number.isNaN(Date.parse(s.replace(/\s+/, 'T').slice(0, 25)))) ||
    /^\d{4}-\d{2}-\d{2}/.test(s)
  );
}

function fromTimeElement(doc: Document): string | null {
  const times = elementsByTag(doc, 'time').filter((t) => t.hasAttribute('datetime'));
  const pick =
    times.find(
      (t) => t.hasAttribute('pubdate') || t.getAttribute('itemprop') === 'datePublished',
    ) ?? times[0];
  const v = pick && normalizeSpace(pick.getAttribute('datetime') ?? '');
  return v && plausibleDate(v) ? v : null;
}

function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s) || (s.startsWith('@') && !s.includes(' '));
}

/** Date and author from the page's structured data, for when Readability has none. */
export function pageMetadata(doc: Document): PageMetadata {
  const ld = fromJsonLd(doc);
  const metaDate = metaContent(doc, DATE_META);
  const date =
    [ld.date, metaDate && plausibleDate(metaDate) ? metaDate : null, fromTimeElement(doc)].find(
      Boolean,
    ) ?? null;
  const metaAuthor = metaContent(doc, AUTHOR_META);
  const author =
    [ld.author, metaAuthor && !isUrl(metaAuthor) ? metaAuthor : null].find(Boolean) ?? null;
  return {
    publishedTime: date ? normalizeSpace(date) : null,
    byline: author ? normalizeSpace(author) : null,
  };
}
