/**
 * Maximal Marginal Relevance (Carbonell & Goldstein 1998): pick sentences one by one, each time the
 * one whose relevance minus its similarity to the closest sentence already picked is largest, so
 * that a summary does not say the same thing twice.
 */
import { cosine, type SparseVector } from './vectors';

/**
 * `count` positions into `candidates` (in pick order). `redundancy` is the weight of the
 * similarity penalty relative to relevance (MMR's 1 − λ over λ).
 */
export function selectByMmr(
  relevance: ArrayLike<number>,
  vectors: SparseVector[],
  count: number,
  redundancy: number,
): number[] {
  const n = relevance.length;
  const picked: number[] = [];
  const maxSim = new Float64Array(n);
  const taken = new Uint8Array(n);
  while (picked.length < Math.min(count, n)) {
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < n; i++) {
      if (taken[i]) continue;
      const s = relevance[i] - redundancy * maxSim[i];
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    }
    picked.push(best);
    taken[best] = 1;
    for (let i = 0; i < n; i++) {
      if (taken[i]) continue;
      const s = cosine(vectors[i], vectors[best]);
      if (s > maxSim[i]) maxSim[i] = s;
    }
  }
  return picked;
}
