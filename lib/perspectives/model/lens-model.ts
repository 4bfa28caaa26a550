/**
 * The learned lens model: a sentence scorer and a "nothing here" gate per built-in lens (logistic
 * regressions, `./logistic.ts`, over `./features.ts` and `./gate.ts`), plus the section model the
 * features read. Trained on the perspectives gold by `npm run build:lens-model`; the eval scores it
 * by cross-validation (`scripts/eval/perspectives-gold.ts`).
 */
import type { Weights } from './logistic';
import type { SectionModel } from './sections';

export interface LensModel {
  sentence: Weights;
  gate: Weights;
  sections: SectionModel | null;
  /**
   * Which articles the sentence scorer learned from: `same` as the gate (the perspectives gold;
   * the eval then retrains both per fold), or `silver` (the silver-labelled articles only, never a
   * gold article: the eval then scores this scorer on the gold as it ships and retrains only the
   * gate per fold), or `blend` (a gold-trained scorer blended with the silver one,
   * `train.ts` `ScorerPrior`: the eval retrains the gold part and the gate per fold and blends
   * each fold's scorer with the stored silver scorer, `scripts/lens-model/silver-scorer.json`).
   * Absent in models built before session 8: `same`.
   */
  scorer?: 'same' | 'silver' | 'blend';
  /** For `scorer: 'blend'`: the silver scorer's share of the blend. */
  blend?: number;
}

/**
 * A panel answers when the gate's probability that the article has something for its reader is
 * at least this. Chosen on the tuning part of the gold (cross-validated figures, docs/evaluation.md,
 * "Issue 14"): at 0.4 both empty-state rates clear the bars there (empty when nothing:
 * 0.795 ≥ 0.70; answered when something: 0.901 ≥ 0.85); 0.3 falls below on the first, 0.5 gives up hits.
 */
export const GATE_THRESHOLD = 0.4;
