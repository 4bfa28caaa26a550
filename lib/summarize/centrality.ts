/**
 * Position-aware ("directed") sentence centrality of PacSum (Zheng & Lapata 2019, "Sentence
 * Centrality Revisited for Unsupervised Summarization", ACL): in news, a sentence that is similar
 * to what FOLLOWS it introduces a topic the article goes on to develop, while a sentence similar to
 * what PRECEDES it only repeats. So edges to later sentences count with weight `forward` and edges
 * to earlier sentences with weight `backward` (PacSum tunes λ1 ∈ [-2, 1] for the backward weight
 * and fixes the forward weight at 1).
 *
 * Edges are cosine similarities minus a threshold `min + β·(max − min)` (PacSum's Eq. 7), clipped
 * at 0, so that only clearly related pairs count. The graph is banded: a sentence is compared with
 * at most `window` sentences on either side, which keeps the cost linear in the article's length
 * (an article is never compared quadratically) while any news article of normal length (well under
 * `window` sentences) gets its full graph.
 */
import { cosine, type SparseVector } from './vectors';

export interface CentralityOptions {
  /** Weight of edges to earlier sentences (PacSum's λ1). */
  backward: number;
  /** Weight of edges to later sentences (PacSum's λ2). */
  forward: number;
  /** Threshold position between the smallest and largest similarity (PacSum's β). */
  beta: number;
  /** Sentences compared on each side. */
  window: number;
}

export interface SimilarityBand {
  /** For sentence i, `sims[i][d - 1]` is the cosine with sentence i + d, for d = 1..window. */
  sims: Float64Array[];
  min: number;
  max: number;
}

export function similarityBand(vectors: SparseVector[], window: number): SimilarityBand {
  const n = vectors.length;
  const sims: Float64Array[] = [];
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const width = Math.min(window, n - 1 - i);
    const row = new Float64Array(width);
    for (let d = 1; d <= width; d++) {
      const s = cosine(vectors[i], vectors[i + d]);
      row[d - 1] = s;
      if (s < min) min = s;
      if (s > max) max = s;
    }
    sims.push(row);
  }
  if (min === Infinity) min = max = 0;
  return { sims, min, max };
}

/** Directed centrality of every sentence (any real number; larger is more central). */
export function directedCentrality(band: SimilarityBand, options: CentralityOptions): Float64Array {
  const n = band.sims.length;
  const threshold = band.min + options.beta * (band.max - band.min);
  const score = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = band.sims[i];
    for (let d = 0; d < row.length; d++) {
      const e = row[d] - threshold;
      if (e <= 0) continue;
      score[i] += options.forward * e; // i → later sentence i + d + 1
      score[i + d + 1] += options.backward * e; // later sentence → earlier i
    }
  }
  return score;
}
