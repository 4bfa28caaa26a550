/**
 * Article extraction for the content script and the CLI (issue 2 point 2, issue 5, issue 15):
 * Mozilla Readability on a clone of the page (sign-up boxes taken out first), then Kontext's
 * cleaning (boilerplate containers and blocks, lead and gap recovery, metadata fallbacks); a
 * short result is checked against the page's largest text block. The article gate comes last,
 * on the text found (lib/extract/gate.ts). Never throws; returns plain text only, never HTML.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { BlockKind, ExtractedArticle } from '../types';
import { collectBlocks, type Block } from './blocks';
import { filterBlocks, keepBoxHints, pruneContainers, removeSignupBoxes } from './boilerplate';
import { looksLikeArticle } from './gate';
import { capParagraphs, MAX_CHARS } from '../text/cap';
import { largestTextBlock } from './largest-block';
import { paragraphKey, recoverParagraphs } from './recovery';
import { pageMetadata } from './metadata';
import { tooLargeForReadability } from './page-size';
import { elementsByTag, nodeText, normalizeSpace } from './text';

/**
 * The largest text block is read up to twice the text cap: its boilerplate filter may still drop
 * some, and the rest of a 10 MB page is never needed (reading all of it cost ~0.3 s in Chromium).
 */
const FAST_PATH_CHARS = 2 * MAX_CHARS;

export type ExtractionResult =
  | {
      ok: true;
      article: ExtractedArticle;
      /** Kontext's article gate (lib/extract/gate.ts): false when only `force` got the text. */
      articleGate: boolean;
    }
  | {
      ok: false;
      reason: 'not-article' | 'empty';
      readerable: boolean;
      title: string;
      fallbackParagraphs: string[];
    };

/** A step of extraction that threw and was gone around (see `ExtractOptions.onError`). */
export type ExtractionStage =
  'gate' | 'size' | 'readability' | 'recovery' | 'largest-block' | 'metadata' | 'extract';

export interface ExtractOptions {
  url?: string;
  /** "Summarise anyway": extract even when the page does not look like an article. */
  force?: boolean;
  /** Pages with more elements skip Readability (default `READABILITY_MAX_ELEMENTS`); tests and the benchmark set it. */
  maxElements?: number;
  /** Pages with more text skip Readability (default `READABILITY_MAX_CHARS`). */
  maxChars?: number;
  /**
   * Told about an exception that extraction caught and went around (issue 15: a page's odd
   * markup is never our crash). The eval counts them; the extension and the CLI need not listen.
   */
  onError?: (stage: ExtractionStage, error: unknown) => void;
}

/** Runs `step`; if it throws, reports the error and returns `fallback` instead. */
function attempt<T>(
  options: ExtractOptions,
  stage: ExtractionStage,
  fallback: T,
  step: () => T,
): T {
  try {
    return step();
  } catch (error) {
    options.onError?.(stage, error);
    return fallback;
  }
}

/** The page's `<meta>` tags with a `content`, as [name or property (lower case), content], in order. */
type MetaTags = [string, string][];

function metaTags(doc: Document): MetaTags {
  const tags: MetaTags = [];
  for (const m of elementsByTag(doc, 'meta')) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? '').toLowerCase();
    const content = normalizeSpace(m.getAttribute('content') ?? '');
    if (key && content) tags.push([key, content]);
  }
  return tags;
}

/** First non-empty `content` of a `<meta>` whose `name` or `property` is one of `keys`. */
function metaContent(tags: MetaTags, keys: string[]): string | null {
  return tags.find(([key]) => keys.includes(key))?.[1] ?? null;
}

function documentTitle(doc: Document, tags: MetaTags = metaTags(doc)): string {
  return normalizeSpace(
    metaContent(tags, ['og:title']) ||
      doc.title ||
      doc.getElementsByTagName('h1')[0]?.textContent ||
      '',
  );
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
  base: Pick<
    ExtractedArticle,
    'title' | 'byline' | 'siteName' | 'lang' | 'publishedTime' | 'excerpt'
  >,
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
function readabilityBlocks(doc: Document, pageUrl: string, title: string) {
  const clone = doc.cloneNode(true) as Document;
  const boxes = clone.body ? removeSignupBoxes(clone.body) : [];
  // A caption's or credit's class would not survive Readability's turning its box into a <p>.
  if (clone.body) keepBoxHints(clone.body);
  const parsed = new Readability<Element>(clone, {
    keepClasses: true,
    serializer: (el) => el as Element,
  }).parse();
  if (!parsed?.content) return null;
  // What Readability kept (and the boxes removed before it), to tell recovery which paragraphs
  // the cleaning dropped on purpose.
  const paragraphKeys = (el: Element) =>
    elementsByTag(el, 'p').map((p) => paragraphKey(nodeText(p)));
  const readabilityKept = [...paragraphKeys(parsed.content), ...boxes.flatMap(paragraphKeys)];
  pruneContainers(parsed.content, pageUrl);
  // The page's address counts as a title: a block that is only the address (a share widget's
  // "copy link" text, a Zyte tuning page) repeats what the reader has in the address bar.
  const blocks = filterBlocks(collectBlocks(parsed.content, pageUrl), [
    parsed.title,
    title,
    pageUrl,
    doc.getElementsByTagName('h1')[0]?.textContent,
  ]);
  const keptKeys = new Set(blocks.map((b) => paragraphKey(b.text)));
  const dropped = new Set(readabilityKept.filter((k) => k.length >= 20 && !keptKeys.has(k)));
  return { parsed, blocks, dropped };
}

/**
 * Extracts the article of `doc` without changing it (all work happens on a clone). Never throws:
 * a step that fails on a page (a page jsdom cannot clone, a page Readability trips over) is gone
 * around, and at worst the page is refused as empty. A page the gate declines is refused as
 * `not-article` with the text "summarise anyway" (`force`) would give as `fallbackParagraphs`.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractionResult {
  try {
    return extract(doc, options);
  } catch (error) {
    options.onError?.('extract', error);
    let title = '';
    try {
      title = documentTitle(doc);
    } catch {
      // an empty title then
    }
    return { ok: false, reason: 'empty', readerable: false, title, fallbackParagraphs: [] };
  }
}

const NO_BLOCKS: { blocks: Block[]; cut: boolean } = { blocks: [], cut: false };

/**
 * Readability's text shorter than this is compared with the page's largest text block, and
 * replaced when that holds `LARGER_BY` times as much. Chosen on the tuning part of the WCXB dev
 * pages: where Readability found under 3,000 characters and the largest block (comments and
 * promotions aside) held three times as much, the block was the page's text on 10 pages of 12.
 */
const SHORT_RESULT_CHARS = 3000;
const LARGER_BY = 3;

const textChars = (blocks: readonly Block[]) => blocks.reduce((n, b) => n + b.text.length, 0);

function extract(doc: Document, options: ExtractOptions): ExtractionResult {
  const readerable = attempt(options, 'gate', false, () => isProbablyReaderable(doc));
  const pageUrl = options.url ?? doc.URL;
  const metas = metaTags(doc);
  const title = documentTitle(doc, metas);
  // Too large for Readability within the time budget: the largest text block instead.
  const largePage = attempt(options, 'size', false, () => tooLargeForReadability(doc, options));
  const found = largePage
    ? null
    : attempt(options, 'readability', null, () => readabilityBlocks(doc, pageUrl, title));
  const description = metaContent(metas, ['description', 'og:description']);
  let blocks = found?.blocks ?? [];
  let cut = false;
  if (blocks.length) {
    const located = blocks;
    blocks = attempt(options, 'recovery', located, () =>
      recoverParagraphs(doc, located, description, found?.dropped),
    );
    // Readability sometimes takes a small box for the article (a "key takeaways" box, a caption,
    // text it thought hidden): a short result is checked against the page's largest text block.
    const chars = textChars(blocks);
    if (chars < SHORT_RESULT_CHARS) {
      const larger = attempt(options, 'largest-block', NO_BLOCKS, () =>
        largestTextBlock(doc, pageUrl, FAST_PATH_CHARS),
      );
      if (textChars(larger.blocks) >= LARGER_BY * chars) ({ blocks, cut } = larger);
    }
  } else {
    // Readability found nothing (or could not run): the page's largest text block.
    ({ blocks, cut } = attempt(options, 'largest-block', NO_BLOCKS, () =>
      largestTextBlock(doc, pageUrl, FAST_PATH_CHARS),
    ));
  }
  if (!blocks.length) {
    const reason = readerable || options.force ? 'empty' : 'not-article';
    return { ok: false, reason, readerable, title, fallbackParagraphs: [] };
  }
  const parsed = found?.parsed;
  let byline = orNull(parsed?.byline);
  let publishedTime = orNull(parsed?.publishedTime);
  if (!byline || !publishedTime) {
    const meta = attempt(options, 'metadata', { byline: null, publishedTime: null }, () =>
      pageMetadata(doc),
    );
    byline ??= meta.byline;
    publishedTime ??= meta.publishedTime;
  }
  const article = toArticle(
    blocks,
    {
      // Readability's title verbatim (only trimmed): its rules for site names and separators are
      // what Mozilla's test pages pin down, and Kontext keeps them (issue 5's regression bar).
      title: parsed?.title?.trim() || title,
      byline,
      siteName: orNull(parsed?.siteName),
      lang: orNull(parsed?.lang) ?? documentLang(doc),
      publishedTime,
      excerpt: orNull(parsed?.excerpt) ?? orNull(description),
    },
    options.url,
    { readerable, largePage, cut },
  );
  // The article gate: Readability's verdict, else the text found (lib/extract/gate.ts).
  const isArticle =
    readerable ||
    attempt(options, 'gate', false, () => looksLikeArticle(doc, article.paragraphs, article.kinds));
  if (!isArticle && !options.force) {
    // "Summarise anyway" will give exactly this text.
    return {
      ok: false,
      reason: 'not-article',
      readerable,
      title,
      fallbackParagraphs: article.paragraphs,
    };
  }
  return { ok: true, article, articleGate: isArticle };
}
