/**
 * Training the lens model from labelled articles (the perspectives gold): the sentence scorer on
 * every prose sentence of every article and built-in lens, with the annotators' mean grade as a
 * soft target; the gate on the article-lens pairs both annotators agree on, with features from
 * sentence scorers that did not see the article (inner cross-validation), so the gate learns how
 * sure the scorer is on text it has not read, as it will be on the reader's pages.
 */
import type { BuiltinPerspectiveId } from '../../types';
import { BUILTIN_LENSES } from '../lenses';
import { articleContext, sentenceFeatures, type ArticleContext, type Features } from './features';
import { gateFeatures } from './gate';
import type { LensModel } from './lens-model';
import { LEXICAL } from './lexical';
import { predict, trainLogistic, type Example, type TrainOptions, type Weights } from './logistic';
import type { SectionModel } from './sections';

export interface TrainingArticle {
  /** Stable id: the inner folds are drawn from it. */
  id: string;
  ctx: ArticleContext;
  /** Per lens, per sentence: the annotators' mean grade, 0 (nothing) to 2 (core for both). */
  grades: Record<BuiltinPerspectiveId, number[]>;
  /** Whether both annotators answered the lens, neither did, or they disagree (left out of the gate). */
  answerable: Record<BuiltinPerspectiveId, 'yes' | 'no' | 'split'>;
  /** Weight of the article's examples (default 1): one annotator's labels may count less than two. */
  weight?: number;
  /** Whether the gate learns from this article (default true); the sentence scorer always does. */
  gate?: boolean;
}

export const SENTENCE_TRAINING: TrainOptions = { l2: 1e-3, iterations: 400, learningRate: 0.05 };
/** The gate has few examples (one per article and lens): a stronger penalty. */
export const GATE_TRAINING: TrainOptions = { l2: 1e-2, iterations: 400, learningRate: 0.05 };
const INNER_FOLDS = 5;

export { articleContext };

interface Row {
  article: number;
  lens: number;
  sentence: number;
  features: Features;
  y: number;
  weight: number;
}

function rowsOf(articles: readonly TrainingArticle[]): Row[] {
  const rows: Row[] = [];
  articles.forEach((a, ai) => {
    const { p } = a.ctx;
    BUILTIN_LENSES.forEach((lens, li) => {
      for (let i = 0; i < p.sentences.length; i++) {
        if (!p.prose[i]) continue;
        rows.push({
          article: ai,
          lens: li,
          sentence: i,
          features: sentenceFeatures(a.ctx, i, lens),
          y: a.grades[lens.id as BuiltinPerspectiveId][i] / 2,
          weight: a.weight ?? 1,
        });
      }
    });
  });
  return rows;
}

/** The rows without their word features, for the gold part of a blend (`ScorerPrior.ownWords`). */
function withoutWords(rows: Row[]): Row[] {
  return rows.map((r) => ({
    ...r,
    features: new Map([...r.features].filter(([k]) => !k.includes(LEXICAL))),
  }));
}

const asExamples = (rows: readonly Row[]): Example[] =>
  rows.map((r) => ({ features: r.features, y: r.y, weight: r.weight }));

/** A stable small hash of an id for the inner folds (FNV-1a, as lib/cache/key.ts). */
function innerFold(id: string): number {
  let h = 0x811c9dc5;
  const s = `inner:${id}`;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % INNER_FOLDS;
}

/**
 * A sentence scorer learned elsewhere (from the silver-labelled articles, which no gold article is
 * among) that the gold-trained scorer is blended with: the shown scorer's weights are
 * `share · prior + (1 − share) · trained`, so its logit is the same mix of the two scorers' logits.
 */
export interface ScorerPrior {
  weights: Weights;
  share: number;
  /** Whether the gold-trained part learns word weights too (default: only the prior has them). */
  ownWords?: boolean;
}

/** The blend of `trained` and `prior` (see `ScorerPrior`); `trained` itself without a prior. */
export function blendWeights(trained: Weights, prior?: ScorerPrior): Weights {
  if (!prior || prior.share === 0) return trained;
  const out: Weights = {};
  for (const k of new Set([...Object.keys(trained), ...Object.keys(prior.weights)]))
    out[k] = (1 - prior.share) * (trained[k] ?? 0) + prior.share * (prior.weights[k] ?? 0);
  return out;
}

/** The sentence scorer alone, trained on every prose sentence of `articles` for every built-in lens. */
export function trainSentenceScorer(articles: readonly TrainingArticle[]): Weights {
  return roundWeights(trainLogistic(asExamples(rowsOf(articles)), SENTENCE_TRAINING));
}

/**
 * The gate alone, for a sentence scorer that has not seen `articles` (one trained on other
 * articles, such as the silver-labelled ones): its probabilities on them are what it will give a
 * reader's page, so no inner cross-validation is needed.
 */
export function trainGate(articles: readonly TrainingArticle[], sentence: Weights): Weights {
  const examples: Example[] = [];
  for (const a of articles) {
    if (a.gate === false) continue;
    for (const lens of BUILTIN_LENSES) {
      const verdict = a.answerable[lens.id as BuiltinPerspectiveId];
      if (verdict === 'split') continue;
      const probabilities: number[] = [];
      for (let i = 0; i < a.ctx.p.sentences.length; i++)
        if (a.ctx.p.prose[i])
          probabilities.push(predict(sentence, sentenceFeatures(a.ctx, i, lens)));
      probabilities.sort((x, y) => y - x);
      examples.push({
        features: gateFeatures(a.ctx, lens, probabilities),
        y: verdict === 'yes' ? 1 : 0,
        weight: a.weight ?? 1,
      });
    }
  }
  return roundWeights(trainLogistic(examples, GATE_TRAINING));
}

/** Sentence scorer and gate from the same articles (the gate by inner cross-validation). */
export function trainLensModel(
  articles: readonly TrainingArticle[],
  sections: SectionModel | null,
  prior?: ScorerPrior,
): LensModel {
  const rows = rowsOf(articles);
  // The gate reads the blend on every feature; the gold part learns from `trainRows`.
  const trainRows = prior && !prior.ownWords ? withoutWords(rows) : rows;
  const folds = articles.map((a) => innerFold(a.id));
  const gateExamples: Example[] = [];
  for (let f = 0; f < INNER_FOLDS; f++) {
    const w = blendWeights(
      trainLogistic(asExamples(trainRows.filter((r) => folds[r.article] !== f)), SENTENCE_TRAINING),
      prior,
    );
    articles.forEach((a, ai) => {
      if (folds[ai] !== f || a.gate === false) return;
      BUILTIN_LENSES.forEach((lens, li) => {
        const verdict = a.answerable[lens.id as BuiltinPerspectiveId];
        if (verdict === 'split') return;
        const probabilities = rows
          .filter((r) => r.article === ai && r.lens === li)
          .map((r) => predict(w, r.features))
          .sort((x, y) => y - x);
        gateExamples.push({
          features: gateFeatures(a.ctx, lens, probabilities),
          y: verdict === 'yes' ? 1 : 0,
          weight: a.weight ?? 1,
        });
      });
    });
  }
  return {
    sentence: roundWeights(
      blendWeights(trainLogistic(asExamples(trainRows), SENTENCE_TRAINING), prior),
    ),
    gate: roundWeights(trainLogistic(gateExamples, GATE_TRAINING)),
    sections,
    scorer: 'same',
  };
}

/** Four decimals: far below any decision margin, and the shipped file stays readable. */
function roundWeights(w: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(w)
      .map(([k, v]) => [k, Math.round(v * 1e4) / 1e4] as const)
      .filter(([, v]) => v !== 0)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}
