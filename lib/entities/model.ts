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

/** ALLOWED[(prev + 1) * L + next]: whether `next` may follow `prev` (-1: sentence start). */
const ALLOWED = new Uint8Array((L + 1) * L);
for (let p = -1; p < L; p++) for (let k = 0; k < L; k++) ALLOWED[(p + 1) * L + k] = allowed(p, k) ? 1 : 0;

/**
 * Best label indices for one sentence of `n` tokens, given its emission scores flat
 * (`scores[i * L + k]`). Five or nine labels make the inner loops tiny, so everything stays
 * in two typed arrays and no per-token objects are made.
 */
export function viterbiFlat(scores: ArrayLike<number>, n: number, transition: ArrayLike<number>): Int8Array {
  const path = new Int8Array(n);
  if (!n) return path;
  // Forbidden transitions cost -Infinity, so the inner loop needs no test.
  const t = new Float64Array((L + 1) * L);
  for (let x = 0; x < t.length; x++) t[x] = ALLOWED[x] ? transition[x] : -Infinity;
  const best = new Float64Array(n * L);
  const back = new Int8Array(n * L);
  for (let k = 0; k < L; k++) best[k] = t[k] + scores[k];
  for (let i = 1; i < n; i++) {
    const prevBase = (i - 1) * L;
    const base = i * L;
    for (let k = 0; k < L; k++) {
      let top = -Infinity;
      let arg = -1;
      for (let j = 0; j < L; j++) {
        const v = best[prevBase + j] + t[(j + 1) * L + k];
        if (v > top) {
          top = v;
          arg = j;
        }
      }
      best[base + k] = top + scores[base + k];
      back[base + k] = arg;
    }
  }
  const last = (n - 1) * L;
  let k = 0;
  for (let j = 1; j < L; j++) if (best[last + j] > best[last + k]) k = j;
  for (let i = n - 1; i >= 0; i--) {
    path[i] = k;
    k = back[i * L + k];
  }
  return path;
}

/** Best label indices for one sentence, given per-token emission scores. */
export function viterbi(scores: Float64Array[], transition: ArrayLike<number>): number[] {
  const flat = new Float64Array(scores.length * L);
  scores.forEach((row, i) => flat.set(row, i * L));
  return Array.from(viterbiFlat(flat, scores.length, transition));
}
