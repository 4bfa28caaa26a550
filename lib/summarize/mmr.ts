/**
 * Maximal Marginal Relevance (Carbonell & Goldstein 1998): pick sentences one by one, each time the
 * one whose relevance minus its similarity to the closest sentence already picked is largest, so
 * that a summary does not say the same thing twice.
 *
 * The penalty alone cannot keep out a repeat when the repeated sentence is far more central than
 * anything else (a news page that prints its lead twice: both copies sit at the centre of the
 * graph). So a sentence that is a near-copy of one already picked is not a candidate at all while
 * other sentences remain.
 */

/** Cosine at or above which two sentences count as the same sentence (same terms, nearly the same counts). */
export const NEAR_DUPLICATE = 0.9;
import { clearRow, rowDot, scatterRow, type SentenceVectors } from './vectors';

/** Whether some sentence not yet taken is not a near-copy of a taken one. */
function hasFresh(maxSim: Float64Array, taken: Uint8Array): boolean {
  for (let i = 0; i < maxSim.length; i++) if (!taken[i] && maxSim[i] < NEAR_DUPLICATE) return true;
  return false;
}

/**
 * `count` positions into `candidates` (in pick order). `redundancy` is the weight of the
 * similarity penalty relative to relevance (MMR's 1 − λ over λ).
 */
export function selectByMmr(
  relevance: ArrayLike<number>,
  vectors: SentenceVectors,
  count: number,
  redundancy: number,
): number[] {
  const n = relevance.length;
  const picked: number[] = [];
  const maxSim = new Float64Array(n);
  const taken = new Uint8Array(n);
  const pickedDense = new Float64Array(vectors.dimensions);
  while (picked.length < Math.min(count, n)) {
    let best = -1;
    let bestScore = -Infinity;
    const fresh = hasFresh(maxSim, taken);
    for (let i = 0; i < n; i++) {
      if (taken[i] || (fresh && maxSim[i] >= NEAR_DUPLICATE)) continue;
      const s = relevance[i] - redundancy * maxSim[i];
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    }
    picked.push(best);
    taken[best] = 1;
    scatterRow(vectors, best, pickedDense);
    for (let i = 0; i < n; i++) {
      if (taken[i]) continue;
      const s = rowDot(vectors, i, pickedDense);
      if (s > maxSim[i]) maxSim[i] = s;
    }
    clearRow(vectors, best, pickedDense);
  }
  return picked;
}
