/**
 * The one analysis pipeline, shared by the background worker and the CLI:
 * plain-text article in, summary, perspectives and entities out. Pure: no browser API, no DOM.
 */
import { findEntities } from './entities';
import { answerPerspectives, BUILTIN_LENSES, lensFromCustom } from './perspectives';
import type { CustomLens } from './settings/schema';
import { ALL_PERSPECTIVES } from './settings/schema';
import { summarize } from './summarize';
import { detectLanguage } from './text/language';
import { prepareText } from './text/prepare';
import type { Analysis, BuiltinPerspectiveId, ExtractedArticle } from './types';

export interface AnalyzeOptions {
  /** Summary length in sentences. */
  summarySentences: number;
  /** Built-in lenses to answer, in this order. */
  perspectives?: readonly BuiltinPerspectiveId[];
  /** User-defined lenses, answered after the built-in ones. */
  customLenses?: readonly CustomLens[];
  /** Language of panel labels; the answers stay in the article's language. */
  uiLang?: 'de' | 'en';
}

/** 200 words a minute: a common adult silent-reading figure for non-fiction (Brysbaert 2019 puts it at 238). */
const WORDS_PER_MINUTE = 200;

export function analyze(article: ExtractedArticle, options: AnalyzeOptions): Analysis {
  const t0 = performance.now();
  const sample = [article.title, ...article.paragraphs.slice(0, 20)].join('\n');
  const lang = detectLanguage(sample, article.lang);
  const prepared = prepareText(article, lang);

  const { indices, importance } = summarize(prepared, options.summarySentences);
  const wanted = options.perspectives ?? ALL_PERSPECTIVES;
  const lenses = [
    ...wanted.map((id) => BUILTIN_LENSES.find((l) => l.id === id)!).filter(Boolean),
    ...(options.customLenses ?? []).map(lensFromCustom),
  ];
  const perspectives = answerPerspectives(prepared, importance, indices, lenses, {
    uiLang: options.uiLang ?? (lang === 'de' ? 'de' : 'en'),
  });
  const { people, organizations } = findEntities(prepared);
  const wordCount = prepared.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

  return {
    title: article.title,
    lang,
    byline: article.byline,
    siteName: article.siteName,
    publishedTime: article.publishedTime,
    url: article.url ?? null,
    text: prepared.text,
    sentences: prepared.sentences,
    summary: indices.map((index) => ({ text: prepared.sentences[index].text, index })),
    perspectives,
    people,
    organizations,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    elapsedMs: Math.round((performance.now() - t0) * 10) / 10,
  };
}
