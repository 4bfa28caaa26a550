/**
 * A linear sequence model over the tag set: each tag's score is the sum of the weights of the
 * token's features for that tag plus a weight for the tag pair, and the best tag sequence
 * under the BIO constraint is found with the Viterbi algorithm (Collins 2002, "Discriminative
 * training methods for hidden Markov models").
 */
import { allowed, LABELS } from './labels';

const L = LABELS.length;

export interface LinearModel {
  /** Weights of a feature, one per label (in LABELS order). */
  emission: Map<string, ArrayLike<number>>;
  /** transition[(prev + 1) * L + next]; row 0 is the start of the sentence. */
  transition: ArrayLike<number>;
}

export function emissionScores(model: LinearModel, feats: string[][]): Float64Array[] {
  return feats.map((fs) => {
    const s = new Float64Array(L);
    for (const f of fs) {
      const w = model.emission.get(f);
      if (w) for (let k = 0; k < L; k++) s[k] += w[k];
    }
    return s;
  });
}

/** Best label indices for one sentence, given per-token emission scores. */
export function viterbi(scores: Float64Array[], transition: ArrayLike<number>): number[] {
  const n = scores.length;
  if (!n) return [];
  const best: Float64Array[] = [];
  const back: Int8Array[] = [];
  for (let i = 0; i < n; i++) {
    const row = new Float64Array(L).fill(-Infinity);
    const ptr = new Int8Array(L).fill(-1);
    for (let k = 0; k < L; k++) {
      if (i === 0) {
        if (allowed(-1, k)) row[k] = transition[k] + scores[0][k];
        continue;
      }
      for (let j = 0; j < L; j++) {
        if (best[i - 1][j] === -Infinity || !allowed(j, k)) continue;
        const v = best[i - 1][j] + transition[(j + 1) * L + k] + scores[i][k];
        if (v > row[k]) {
          row[k] = v;
          ptr[k] = j;
        }
      }
    }
    best.push(row);
    back.push(ptr);
  }
  let k = 0;
  for (let j = 1; j < L; j++) if (best[n - 1][j] > best[n - 1][k]) k = j;
  const path = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    path[i] = k;
    k = back[i][k];
  }
  return path;
}
