/** Gold and silver articles as training data for the lens model (`lib/perspectives/model/train.ts`). */
import { articleContext, type TrainingArticle } from '../../../lib/perspectives/model/train';
import type { SectionModel } from '../../../lib/perspectives/model/sections';
import { loadSilver } from '../../lens-model/silver-labels';
import type { GoldArticle } from './load';
import { prepareGold, type PreparedGold } from './prepare';

export function trainingArticle(
  g: PreparedGold,
  sections: SectionModel | null,
  vocabulary: ReadonlySet<string> | null = null,
): TrainingArticle {
  const { prepared, importance, indices } = g.analysis;
  return {
    id: g.gold.id,
    ctx: articleContext(prepared, importance, indices, sections, vocabulary),
    grades: g.grades,
    answerable: g.answerable,
  };
}

/**
 * The silver articles (scripts/lens-model/silver-labels.ts) as training data: every stored label
 * whose article is in `dataDir`, never a gold article. Empty without silver labels.
 */
export function silverTraining(
  dataDir: string,
  gold: readonly GoldArticle[],
  sections: SectionModel | null,
  vocabulary: ReadonlySet<string> | null = null,
  silver: readonly GoldArticle[] = loadSilver(
    dataDir,
    gold.map((g) => g.id),
  ),
): TrainingArticle[] {
  const out: TrainingArticle[] = [];
  for (const a of silver) {
    const g = prepareGold(a);
    if (g) out.push(trainingArticle(g, sections, vocabulary));
  }
  return out;
}
