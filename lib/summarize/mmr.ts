/**
 * Maximal Marginal Relevance (Carbonell & Goldstein 1998): pick sentences one by one, each time the
 * one whose relevance minus its similarity to the closest sentence already picked is largest, so
 * that a summary does not say the same thing twice.
 *
 * The penalty alone cannot keep out a repeat when the repeated sentence is far more central than
 * anything else (a news page that prints its lead twice: both copies sit at the centre of the
 * graph). So a sentence that is a near-copy of one already picked, or whose terms mostly repeat
 * one already picked (or are mostly repeated by it), is not a candidate at all while other
 * sentences remain.
 */

/** Cosine at or above which two sentences count as the same sentence (same terms, nearly the same counts). */
export const NEAR_DUPLICATE = 0.9;

/**
 * Share of one sentence's distinct terms found in another at or above which the shorter says
 * nothing the longer does not: a teaser that the first sentence repeats with a caption glued to it
 * ("… than a colleague The cost of divorce …" and then "… than a colleague who has been through a
 * divorce."), or the same figure restated further down. The cosine misses these when one of the two
 * is much longer. 0.7 was chosen on the tuning part of CNN/DailyMail and 10kGNAD (issue 17; 0.5,
 * 0.6, 0.7, 0.8 tried, one or both directions): it raised R-1 at every length from 2 to 6 on
 * CNN/DailyMail and changed 10kGNAD by at most 0.02 (docs/evaluation.md, "Issue 17").
 */
export const REPEAT_CONTAINMENT = 0.7;

/** No sentence counts as a repeat by its share of terms (only near-copies by cosine are kept out). */
export const NO_REPEAT_RULE = Infinity;
import { clearRow, rowDot, scatterRow, type SentenceVectors } from './vectors';

/** Whether some sentence not yet taken is not a near-copy or a repeat of a taken one. */
function hasFresh(maxSim: Float64Array, taken: Uint8Array, repeat: Uint8Array): boolean {
  for (let i = 0; i < maxSim.length; i++)
    if (!taken[i] && !repeat[i] && maxSim[i] < NEAR_DUPLICATE) return true;
  return false;
}

/**
 * Whether row `i` and the row scattered into `dense` (`pickedTerms` distinct terms) share at least
 * `containment` of either one's distinct terms. Rows hold distinct ids with positive weights,
 * so a term of the picked row is one whose dense entry is above 0.
 */
function repeats(
  vectors: SentenceVectors,
  i: number,
  dense: Float64Array,
  pickedTerms: number,
  containment: number,
): boolean {
  const { ids, offsets } = vectors;
  let common = 0;
  for (let k = offsets[i], end = offsets[i + 1]; k < end; k++) if (dense[ids[k]] > 0) common++;
  const own = offsets[i + 1] - offsets[i];
  return common > 0 && (common >= containment * own || common >= containment * pickedTerms);
}

/**
 * `count` positions into `candidates` (in pick order). `redundancy` is the weight of the
 * similarity penalty relative to relevance (MMR's 1 − λ over λ). `containment`: the share of terms
 * that makes a sentence a repeat (`REPEAT_CONTAINMENT`, or `NO_REPEAT_RULE`).
 */
export function selectByMmr(
  relevance: ArrayLike<number>,
  vectors: SentenceVectors,
  count: number,
  redundancy: number,
  containment = REPEAT_CONTAINMENT,
): number[] {
  const n = relevance.length;
  const picked: number[] = [];
  const maxSim = new Float64Array(n);
  const taken = new Uint8Array(n);
  const repeat = new Uint8Array(n);
  const pickedDense = new Float64Array(vectors.dimensions);
  while (picked.length < Math.min(count, n)) {
    let best = -1;
    let bestScore = -Infinity;
    const fresh = hasFresh(maxSim, taken, repeat);
    for (let i = 0; i < n; i++) {
      if (taken[i] || (fresh && (repeat[i] || maxSim[i] >= NEAR_DUPLICATE))) continue;
      const s = relevance[i] - redundancy * maxSim[i];
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    }
    picked.push(best);
    taken[best] = 1;
    scatterRow(vectors, best, pickedDense);
    const pickedTerms = vectors.offsets[best + 1] - vectors.offsets[best];
    for (let i = 0; i < n; i++) {
      if (taken[i]) continue;
      const s = rowDot(vectors, i, pickedDense);
      if (s > maxSim[i]) maxSim[i] = s;
      if (!repeat[i] && repeats(vectors, i, pickedDense, pickedTerms, containment)) repeat[i] = 1;
    }
    clearRow(vectors, best, pickedDense);
  }
  return picked;
}
