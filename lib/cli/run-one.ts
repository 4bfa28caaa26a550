import { analyze, summaryLengthOptions } from '../analyze';
import { extractArticle } from '../extract';
import { DEFAULT_SETTINGS } from '../settings/schema';
import type { Analysis, ExtractedArticle } from '../types';
import { articleFromText } from '../text/plain-article';

/** An input problem the user can fix; its message is shown as is. */
export class InputError extends Error {}

export interface Source {
  /** Raw HTML of a page, or plain text. */
  html?: string;
  text?: string;
  url?: string | null;
  title?: string | null;
  lang?: string | null;
}

export interface RunOptions {
  sentences: number;
  /** Summary length in percent of the article's sentences; when given, `sentences` is not used. */
  share?: number | null;
  /** Language of panel labels; by default German for German articles, else English. */
  uiLang?: 'de' | 'en';
  force?: boolean;
  /** Turns HTML into a Document (jsdom in Node); injected so this module stays DOM-free. */
  parseHtml(html: string, url: string | null): Document;
  /** Frees a document from `parseHtml` once extraction is done (jsdom windows hold megabytes). */
  releaseHtml?(doc: Document): void;
}

/** Runs one input through the same extraction and analysis as the extension. */
export function runOne(source: Source, options: RunOptions): Analysis {
  let article: ExtractedArticle;
  if (source.html !== undefined) {
    const doc = options.parseHtml(source.html, source.url ?? null);
    let result;
    try {
      result = extractArticle(doc, { url: source.url ?? undefined, force: options.force });
    } finally {
      options.releaseHtml?.(doc);
    }
    if (!result.ok) {
      throw new InputError(
        result.reason === 'empty'
          ? 'the page has no text to summarise'
          : 'the page does not look like an article (use --force to summarise its largest text block)',
      );
    }
    article = result.article;
    if (source.title) article = { ...article, title: source.title };
    if (source.lang) article = { ...article, lang: source.lang };
  } else {
    article = articleFromText(source.text ?? '', source);
  }
  if (!article.paragraphs.some((p) => /[\p{L}\p{N}]/u.test(p)))
    throw new InputError('the text is empty');
  const analysis = analyze(article, {
    ...summaryLengthOptions(options.sentences, options.share ?? null),
    perspectives: DEFAULT_SETTINGS.perspectives,
    uiLang: options.uiLang,
  });
  if (analysis.sentences.length === 0) throw new InputError('the text has no sentences');
  return analysis;
}
