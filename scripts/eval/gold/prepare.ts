/**
 * A gold article as the pipeline sees it (the CLI's extraction and preparation, `prepareAnalysis`),
 * with the annotators' grades moved onto the pipeline's own sentences: each prose sentence is
 * mapped to a packet sentence the way the reference scorer maps shown sentences, so a sentence's
 * grade is exactly what the scorer would give it if a panel showed it.
 */
import { parseHtml, releaseHtml } from '../../../cli/parse-html';
import { prepareAnalysis, type PreparedAnalysis } from '../../../lib/analyze';
import { extractArticle } from '../../../lib/extract';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { articleFromText } from '../../../lib/text/plain-article';
import type { ExtractedArticle } from '../../../lib/types';
import { GOLD_LENSES, type GoldArticle, type GoldLens } from './load';
import { SentenceMapper } from './mapper';
import { answerable, meanGrade, type Answerable } from './panels-score';

export interface PreparedGold {
  gold: GoldArticle;
  analysis: PreparedAnalysis;
  /** Per lens, per pipeline sentence: the annotators' mean grade (0–2). */
  grades: Record<GoldLens, number[]>;
  answerable: Record<GoldLens, Answerable>;
  /** Per lens, per pipeline sentence: whether either annotator marked it core (what `hit` counts). */
  core: Record<GoldLens, boolean[]>;
}

/** The article of a `batch.jsonl` line (`{id, text, lang, title?}` or `{id, html, url}`), as the CLI reads it. */
export function extractedInput(input: Record<string, unknown>): ExtractedArticle | null {
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const html = str(input.html);
  if (html === undefined) {
    return articleFromText(str(input.text) ?? '', {
      url: null,
      title: str(input.title),
      lang: str(input.lang),
    });
  }
  const doc = parseHtml(html, str(input.url) ?? null);
  try {
    const r = extractArticle(doc, { url: str(input.url) });
    return r.ok ? r.article : null;
  } finally {
    releaseHtml(doc);
  }
}

/** The pipeline's preparation of an article, as panels are answered from it. */
export function analysisOf(article: ExtractedArticle): PreparedAnalysis {
  return prepareAnalysis(article, { summarySentences: DEFAULT_SETTINGS.summarySentences });
}

export function prepareGold(a: GoldArticle): PreparedGold | null {
  const article = extractedInput(a.input);
  if (!article) return null;
  const analysis = analysisOf(article);
  const mapper = new SentenceMapper(a.sentences);
  const packetIndex = analysis.prepared.sentences.map((s) => mapper.index(s.text));
  const grades = Object.fromEntries(
    GOLD_LENSES.map((l) => [l, packetIndex.map((i) => meanGrade(a, l, i))]),
  ) as Record<GoldLens, number[]>;
  const ans = Object.fromEntries(GOLD_LENSES.map((l) => [l, answerable(a, l)])) as Record<
    GoldLens,
    Answerable
  >;
  const core = Object.fromEntries(
    GOLD_LENSES.map((l) => {
      const set = new Set([...a.labels[0].lenses[l].core, ...a.labels[1].lenses[l].core]);
      return [l, packetIndex.map((i) => i !== null && set.has(i))];
    }),
  ) as Record<GoldLens, boolean[]>;
  return { gold: a, analysis, grades, answerable: ans, core };
}
