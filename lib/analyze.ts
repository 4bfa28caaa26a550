/**
 * The one analysis pipeline, shared by the background worker and the CLI:
 * plain-text article in, summary, perspectives and entities out. Pure: no browser API, no DOM.
 */
import { findEntities, shownEntities } from './entities';
import { answerPerspectives, BUILTIN_LENSES, lensFromCustom } from './perspectives';
import type { CustomLens } from './settings/schema';
import { ALL_PERSPECTIVES } from './settings/schema';
import { condense, summarize } from './summarize';
import { detectLanguage } from './text/language';
import { capParagraphs } from './text/cap';
import { prepareText } from './text/prepare';
import type { PreparedText } from './text/prepared';
import type { Analysis, BuiltinPerspectiveId, ExtractedArticle } from './types';

export interface AnalyzeOptions {
  /** Summary length in sentences (a news summary); ignored when `summaryShare` is given. */
  summarySentences: number;
  /**
   * Summary length as a share (0–1] of the article's sentences: the article condensed rather than
   * its news (lib/summarize, `condense`). Absent: `summarySentences` decides.
   */
  summaryShare?: number;
  /** Built-in lenses to answer, in this order. */
  perspectives?: readonly BuiltinPerspectiveId[];
  /** User-defined lenses, answered after the built-in ones. */
  customLenses?: readonly CustomLens[];
  /** Language of panel labels; the answers stay in the article's language. */
  uiLang?: 'de' | 'en';
  /** Time budget in ms: stages that would start after it are left out (see `Analysis.skipped`). */
  budgetMs?: number;
}

/**
 * The length fields of `AnalyzeOptions` from a sentence count and a share in percent (the unit of
 * the settings and the CLI), or null for a news summary. `summaryShare` is left out rather than
 * undefined when not asked for, so the cache key of a sentence-count analysis stays what it was.
 */
export function summaryLengthOptions(
  sentences: number,
  sharePercent: number | null,
): Pick<AnalyzeOptions, 'summarySentences' | 'summaryShare'> {
  return sharePercent === null
    ? { summarySentences: sentences }
    : { summarySentences: sentences, summaryShare: sharePercent / 100 };
}

/** 200 words a minute: a common adult silent-reading figure for non-fiction (Brysbaert 2019 puts it at 238). */
const WORDS_PER_MINUTE = 200;

/** The text cap lives with extraction's (lib/text/cap.ts): one limit for both sides. */
export { MAX_CHARS } from './text/cap';

/**
 * The default budget: the summary always comes; perspectives and entities start only while the
 * analysis is younger than this. 2 s is far above a news article's cost (tens of ms).
 */
export const DEFAULT_BUDGET_MS = 2_000;

/**
 * People and organizations are looked for in the first 600 sentences (~12,000 words): the
 * salient ones of a news story are named early (salience ranks by position too), and the
 * tagger's cost grows with every token.
 */
export const ENTITY_SENTENCES = 600;

/** The first `n` sentences of a prepared text, for stages whose cost must stay bounded. */
export function head(p: PreparedText, n: number): PreparedText {
  if (p.sentences.length <= n) return p;
  return {
    ...p,
    sentences: p.sentences.slice(0, n),
    block: p.block.slice(0, n),
    terms: p.terms.slice(0, n),
    prose: p.prose.slice(0, n),
  };
}

/** What every stage of the analysis starts from: the capped article, its language, its prepared text and summary. */
export interface PreparedAnalysis {
  input: ExtractedArticle;
  lang: string;
  prepared: PreparedText;
  truncated: boolean;
  /** Summary sentences (indices into `prepared.sentences`) and every sentence's importance. */
  indices: number[];
  importance: number[];
}

/** The capped, language-tagged, prepared and summarised article (shared by `analyze` and the eval's lens training). */
export function prepareAnalysis(
  article: ExtractedArticle,
  options: Pick<AnalyzeOptions, 'summarySentences' | 'summaryShare'>,
): PreparedAnalysis {
  const capped = capParagraphs(article.paragraphs);
  // Extraction may have cut the text already (at the same limit); the reader hears it either way.
  const truncated = capped.truncated || article.truncated === true;
  const { paragraphs } = capped;
  const input = capped.truncated
    ? { ...article, paragraphs, kinds: article.kinds?.slice(0, paragraphs.length) }
    : article;
  const sample = [input.title, ...input.paragraphs.slice(0, 20)].join('\n');
  const lang = detectLanguage(sample, input.lang);
  const prepared = prepareText(input, lang);
  const { indices, importance } =
    options.summaryShare !== undefined
      ? condense(prepared, options.summaryShare)
      : summarize(prepared, options.summarySentences);
  return { input, lang, prepared, truncated, indices, importance };
}

export function analyze(article: ExtractedArticle, options: AnalyzeOptions): Analysis {
  const t0 = performance.now();
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const { input, lang, prepared, truncated, indices, importance } = prepareAnalysis(article, options);
  const skipped: Analysis['skipped'] = [];
  const inBudget = () => performance.now() - t0 < budget;

  const wanted = options.perspectives ?? ALL_PERSPECTIVES;
  const lenses = [
    ...wanted.map((id) => BUILTIN_LENSES.find((l) => l.id === id)).filter((l) => l !== undefined),
    ...(options.customLenses ?? []).map(lensFromCustom),
  ];
  let perspectives: Analysis['perspectives'] = [];
  if (inBudget()) {
    perspectives = answerPerspectives(prepared, importance, indices, lenses, {
      uiLang: options.uiLang ?? (lang === 'de' ? 'de' : 'en'),
    });
  } else skipped.push('perspectives');

  let entities: Pick<Analysis, 'people' | 'organizations'> = { people: [], organizations: [] };
  if (inBudget()) entities = findEntities(head(prepared, ENTITY_SENTENCES), new Set(indices));
  else skipped.push('entities');

  const wordCount = prepared.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return {
    title: input.title,
    lang,
    byline: input.byline,
    siteName: input.siteName,
    publishedTime: input.publishedTime,
    url: input.url ?? null,
    text: prepared.text,
    sentences: prepared.sentences,
    summary: indices.map((index) => ({ text: prepared.sentences[index].text, index })),
    ...(options.summaryShare !== undefined ? { summaryShare: options.summaryShare } : {}),
    perspectives,
    // The panels show the most salient few; the full ranked lists stay for "show all".
    people: shownEntities(entities.people),
    organizations: shownEntities(entities.organizations),
    peopleAll: entities.people,
    organizationsAll: entities.organizations,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    elapsedMs: Math.round((performance.now() - t0) * 10) / 10,
    truncated,
    skipped,
  };
}
