/** Gold articles as training data for the lens model (`lib/perspectives/model/train.ts`). */
import { articleContext, type TrainingArticle } from '../../../lib/perspectives/model/train';
import type { SectionModel } from '../../../lib/perspectives/model/sections';
import type { PreparedGold } from './prepare';

export function trainingArticle(g: PreparedGold, sections: SectionModel | null): TrainingArticle {
  const { prepared, importance, indices } = g.analysis;
  return {
    id: g.gold.id,
    ctx: articleContext(prepared, importance, indices, sections),
    grades: g.grades,
    answerable: g.answerable,
  };
}
