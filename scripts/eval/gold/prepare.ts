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

function extracted(a: GoldArticle): ExtractedArticle | null {
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const html = str(a.input.html);
  if (html === undefined) {
    return articleFromText(str(a.input.text) ?? '', {
      url: null,
      title: str(a.input.title),
      lang: str(a.input.lang),
    });
  }
  const doc = parseHtml(html, str(a.input.url) ?? null);
  try {
    const r = extractArticle(doc, { url: str(a.input.url) });
    return r.ok ? r.article : null;
  } finally {
    releaseHtml(doc);
  }
}

export function prepareGold(a: GoldArticle): PreparedGold | null {
  const article = extracted(a);
  if (!article) return null;
  const analysis = prepareAnalysis(article, {
    summarySentences: DEFAULT_SETTINGS.summarySentences,
  });
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
