/**
 * Article extraction for the content script and the CLI (issue 2 point 2, issue 5): Mozilla
 * Readability on a clone of the page, then Kontext's cleaning (boilerplate blocks, lead
 * recovery, metadata fallbacks). Returns plain text only, never HTML.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { BlockKind, ExtractedArticle } from '../types';
import { collectBlocks, type Block } from './blocks';
import { filterBlocks, pruneContainers } from './boilerplate';
import { capParagraphs, MAX_CHARS } from '../text/cap';
import { largestTextBlock } from './largest-block';
import { recoverParagraphs } from './recovery';
import { pageMetadata } from './metadata';
import { tooLargeForReadability } from './page-size';
import { normalizeSpace } from './text';

/**
 * The largest text block is read up to twice the text cap: its boilerplate filter may still drop
 * some, and the rest of a 10 MB page is never needed (reading all of it cost ~0.3 s in Chromium).
 */
const FAST_PATH_CHARS = 2 * MAX_CHARS;

export type ExtractionResult =
  | { ok: true; article: ExtractedArticle }
  | { ok: false; reason: 'not-article' | 'empty'; readerable: boolean; title: string; fallbackParagraphs: string[] };

export interface ExtractOptions {
  url?: string;
  /** "Summarise anyway": extract even when the page does not look like an article. */
  force?: boolean;
  /** Pages with more elements skip Readability (default `READABILITY_MAX_ELEMENTS`); tests and the benchmark set it. */
  maxElements?: number;
  /** Pages with more text skip Readability (default `READABILITY_MAX_CHARS`). */
  maxChars?: number;
}

/** First non-empty `content` of a `<meta>` whose `name` or `property` is one of `keys`. */
function metaContent(doc: Document, keys: string[]): string | null {
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? '').toLowerCase();
    const content = normalizeSpace(m.getAttribute('content') ?? '');
    if (content && keys.includes(key)) return content;
  }
  return null;
}

function documentTitle(doc: Document): string {
  return normalizeSpace(metaContent(doc, ['og:title']) || doc.title || doc.getElementsByTagName('h1')[0]?.textContent || '');
}

function documentLang(doc: Document): string | null {
  return normalizeSpace(doc.documentElement?.getAttribute('lang') ?? '') || null;
}

function orNull(s: string | null | undefined): string | null {
  const v = normalizeSpace(s ?? '');
  return v || null;
}

function toArticle(
  blocks: Block[],
  base: Pick<ExtractedArticle, 'title' | 'byline' | 'siteName' | 'lang' | 'publishedTime' | 'excerpt'>,
  url: string | undefined,
  flags: Pick<ExtractedArticle, 'readerable' | 'largePage'> & { cut: boolean },
): ExtractedArticle {
  // Cut here, at the analysis's own limit, so that a huge page does not send megabytes of text
  // to the background only for the analysis to drop them.
  const { paragraphs, truncated } = capParagraphs(blocks.map((b) => b.text));
  return {
    ...base,
    paragraphs,
    kinds: blocks.slice(0, paragraphs.length).map((b): BlockKind => b.kind),
    url: url ?? null,
    readerable: flags.readerable,
    ...(flags.largePage ? { largePage: true } : {}),
    ...(truncated || flags.cut ? { truncated: true } : {}),
  };
}

/** Readability's article, cleaned, as blocks; null when Readability finds nothing. */
function readabilityBlocks(doc: Document, pageUrl: string) {
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability<Element>(clone, { keepClasses: true, serializer: (el) => el as Element }).parse();
  if (!parsed?.content) return null;
  pruneContainers(parsed.content);
  const blocks = filterBlocks(collectBlocks(parsed.content, pageUrl));
  return { parsed, blocks };
}

/** Extracts the article of `doc` without changing it (all work happens on a clone). */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractionResult {
  const readerable = isProbablyReaderable(doc);
  if (!readerable && !options.force) {
    const { blocks } = largestTextBlock(doc, options.url ?? doc.URL, FAST_PATH_CHARS);
    const fallbackParagraphs = capParagraphs(blocks.map((b) => b.text)).paragraphs;
    return { ok: false, reason: 'not-article', readerable, title: documentTitle(doc), fallbackParagraphs };
  }
  const pageUrl = options.url ?? doc.URL;
  // Too large for Readability within the time budget: the largest text block instead.
  const largePage = tooLargeForReadability(doc, options);
  const found = largePage ? null : readabilityBlocks(doc, pageUrl);
  const description = metaContent(doc, ['description', 'og:description']);
  let blocks = found?.blocks ?? [];
  let cut = false;
  if (blocks.length) blocks = recoverParagraphs(doc, blocks, description);
  else if (options.force || largePage) ({ blocks, cut } = largestTextBlock(doc, pageUrl, FAST_PATH_CHARS));
  if (!blocks.length) {
    return { ok: false, reason: 'empty', readerable, title: documentTitle(doc), fallbackParagraphs: [] };
  }
  const parsed = found?.parsed;
  let byline = orNull(parsed?.byline);
  let publishedTime = orNull(parsed?.publishedTime);
  if (!byline || !publishedTime) {
    const meta = pageMetadata(doc);
    byline ??= meta.byline;
    publishedTime ??= meta.publishedTime;
  }
  const article = toArticle(
    blocks,
    {
      // Readability's title verbatim (only trimmed): its rules for site names and separators are
      // what Mozilla's test pages pin down, and Kontext keeps them (issue 5's regression bar).
      title: parsed?.title?.trim() || documentTitle(doc),
      byline,
      siteName: orNull(parsed?.siteName),
      lang: orNull(parsed?.lang) ?? documentLang(doc),
      publishedTime,
      excerpt: orNull(parsed?.excerpt) ?? orNull(description),
    },
    options.url,
    { readerable, largePage, cut },
  );
  return { ok: true, article };
}
