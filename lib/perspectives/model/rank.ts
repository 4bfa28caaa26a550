/**
 * Scoring one lens over an article with the learned model: every prose sentence's probability of
 * being what an editor would quote to that reader, best first, and the gate's probability that the
 * article has anything for the reader at all.
 */
import type { Lens } from '../lens';
import { sentenceScore, type ArticleContext } from './features';
import { gateFeatures } from './gate';
import type { LensModel } from './lens-model';
import { predict, sigmoid } from './logistic';

export interface RankedLens {
  ranked: { index: number; probability: number }[];
  gate: number;
}

export function rankSentences(ctx: ArticleContext, lens: Lens, model: LensModel): RankedLens {
  const { p } = ctx;
  const ranked: RankedLens['ranked'] = [];
  for (let i = 0; i < p.sentences.length; i++) {
    if (!p.prose[i]) continue;
    ranked.push({ index: i, probability: sigmoid(sentenceScore(ctx, i, lens, model.sentence)) });
  }
  ranked.sort((a, b) => b.probability - a.probability || a.index - b.index);
  const gate = predict(
    model.gate,
    gateFeatures(
      ctx,
      lens,
      ranked.map((r) => r.probability),
    ),
  );
  return { ranked, gate };
}
