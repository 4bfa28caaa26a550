/**
 * The lens models the gold is scored with, one per cross-validation fold, so that no gold article
 * is scored by a model that learned from it:
 * - a shipped sentence scorer learned from the silver-labelled articles only (`scorer: 'silver'`)
 *   has never seen a gold article, so it is scored as it ships, with its own section model and
 *   vocabulary; only the gate, which learns from the gold, is retrained per fold;
 * - a blend of a gold scorer and the silver one (`scorer: 'blend'`): per fold, the gold part and
 *   the gate are retrained from the other folds and blended with the stored silver scorer
 *   (`scripts/lens-model/silver-scorer.json`) at the shipped share, with its section model;
 * - otherwise (`scorer: 'same'`), scorer and gate are retrained per fold from the other folds.
 */
import type { LensModel } from '../../../lib/perspectives/model/lens-model';
import { vocabularyOf } from '../../../lib/perspectives/model/lexical';
import { SHIPPED_LENS_MODEL } from '../../../lib/perspectives/model/shipped';
import { trainGate, trainLensModel } from '../../../lib/perspectives/model/train';
import { sectionModelFor } from '../../lens-model/section-data';
import { loadSilverScorer, SILVER_SCORER_FILE } from '../../lens-model/silver-scorer';
import { foldOf } from '../split';
import type { PreparedGold } from './prepare';
import { trainingArticle } from './training';

export function foldModels(
  usable: readonly PreparedGold[],
  dataDir: string,
  goldIds: readonly string[],
  folds: number,
  shipped: LensModel = SHIPPED_LENS_MODEL,
): LensModel[] {
  const models: LensModel[] = [];
  if (shipped.scorer === 'silver') {
    const vocabulary = vocabularyOf(shipped);
    const articles = usable.map((g) => trainingArticle(g, shipped.sections, vocabulary));
    for (let f = 0; f < folds; f++) {
      const train = articles.filter((a) => foldOf(a.id, folds) !== f);
      models.push({ ...shipped, gate: trainGate(train, shipped.sentence) });
    }
    return models;
  }
  if (shipped.scorer === 'blend') {
    const silver = loadSilverScorer();
    if (!silver) throw new Error(`a blended lens model needs ${SILVER_SCORER_FILE}`);
    return blendedFoldModels(usable, silver, shipped.blend ?? 0.5, folds);
  }
  const sections = sectionModelFor(dataDir, goldIds);
  for (let f = 0; f < folds; f++) {
    const train = usable.filter((g) => foldOf(g.gold.id, folds) !== f);
    models.push(
      trainLensModel(
        train.map((g) => trainingArticle(g, sections)),
        sections,
      ),
    );
  }
  return models;
}

/**
 * Per fold, a gold scorer and gate from the other folds, blended with `prior` (a scorer that saw no
 * gold article, with its own section model and vocabulary) at `share` (`ScorerPrior`).
 */
export function blendedFoldModels(
  usable: readonly PreparedGold[],
  prior: Pick<LensModel, 'sentence' | 'sections'>,
  share: number,
  folds: number,
  ownWords = false,
): LensModel[] {
  const vocabulary = vocabularyOf(prior);
  const models: LensModel[] = [];
  for (let f = 0; f < folds; f++)
    models.push(
      trainLensModel(
        usable
          .filter((g) => foldOf(g.gold.id, folds) !== f)
          .map((g) => trainingArticle(g, prior.sections, vocabulary)),
        prior.sections,
        { weights: prior.sentence, share, ownWords },
      ),
    );
  return models;
}
