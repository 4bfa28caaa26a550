/**
 * The "nothing here for this reader" decision: an article-level logistic model per lens over how
 * sure the sentence model is of its best sentences, how much cue evidence the article holds, and
 * which news section it reads like. The annotators agree on 98 % of the questions whether there is
 * an answer at all (issue 14), so the question is decidable, and an empty panel is an answer.
 */
import type { Lens } from '../lens';
import { BUILTIN_LENSES } from '../lenses';
import { SECTIONS } from './sections';
import { ownCueScore, type ArticleContext, type Features } from './features';

function logit(p: number): number {
  const q = Math.min(1 - 1e-4, Math.max(1e-4, p));
  return Math.log(q / (1 - q));
}

/** `probabilities`: the sentence model's probability for each prose sentence, best first. */
export function gateFeatures(
  ctx: ArticleContext,
  lens: Lens,
  probabilities: readonly number[],
): Features {
  const f: Features = new Map();
  const set = (name: string, v: number) => {
    f.set(`*:${name}`, v);
    f.set(`${lens.id}:${name}`, v);
  };
  const [a = 0, b = 0, c = 0] = probabilities;
  set('bias', 1);
  set('top1', a);
  set('top3', (a + b + c) / 3);
  set('logit-top1', logit(a));
  const { p } = ctx;
  let strong = 0;
  let sum = 0;
  let n = 0;
  for (let i = 0; i < p.sentences.length; i++) {
    if (!p.prose[i]) continue;
    n++;
    const cue = ownCueScore(p, i, lens);
    sum += Math.max(0, cue);
    if (cue >= 3) strong++;
  }
  set('strong-share', strong / Math.max(1, n));
  set('cue-density', Math.log1p(sum / Math.max(1, n)));
  set('strong-count', Math.log1p(strong));
  if (ctx.articleSections && BUILTIN_LENSES.some((l) => l.id === lens.id))
    SECTIONS.forEach((sec, k) => f.set(`${lens.id}:article-${sec}`, ctx.articleSections![k]));
  return f;
}
