/**
 * Sentences as sparse term vectors, optionally TF-IDF weighted (Salton & Buckley 1988) with the sentences of the article
 * itself as the document collection: a term in every sentence says nothing about any of them, a
 * term in one sentence singles it out. Vectors are L2-normalised, so a dot product is a cosine.
 */

export interface SparseVector {
  /** Term ids, ascending. */
  ids: Int32Array;
  weights: Float64Array;
}

export const EMPTY_VECTOR: SparseVector = { ids: new Int32Array(0), weights: new Float64Array(0) };

export interface TfIdfSpace {
  vectors: SparseVector[];
  /** Number of distinct terms; term ids run from 0 to `dimensions - 1`. */
  dimensions: number;
  /** Embeds another bag of terms (the title) in the same space; terms the article lacks are dropped. */
  embed(terms: string[]): SparseVector;
}

/**
 * `idf = ln((N + 1) / df)`: the +1 keeps a term that occurs in every sentence at a small positive
 * weight instead of zero, which matters for one- or two-sentence texts (the smoothing of
 * scikit-learn's TfidfVectorizer, minus its extra +1 that would weigh ubiquitous terms too high).
 * Term frequency is sublinear (`1 + ln tf`, Manning et al. 2008, §6.4.1) so a repeated word does
 * not swamp a sentence.
 */
export function tfIdfSpace(termLists: string[][], useIdf = true): TfIdfSpace {
  const idOf = new Map<string, number>();
  const df: number[] = [];
  const counted: Map<number, number>[] = termLists.map((terms) => {
    const counts = new Map<number, number>();
    for (const t of terms) {
      let id = idOf.get(t);
      if (id === undefined) {
        id = df.length;
        idOf.set(t, id);
        df.push(0);
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const id of counts.keys()) df[id]++;
    return counts;
  });
  const n = termLists.length;
  const idf = df.map((d) => (useIdf ? Math.log((n + 1) / d) : 1));
  const toVector = (counts: Map<number, number>): SparseVector => {
    const ids = Int32Array.from(counts.keys()).sort();
    const weights = new Float64Array(ids.length);
    let norm = 0;
    ids.forEach((id, k) => {
      const w = (1 + Math.log(counts.get(id)!)) * idf[id];
      weights[k] = w;
      norm += w * w;
    });
    if (norm > 0) {
      norm = Math.sqrt(norm);
      for (let k = 0; k < weights.length; k++) weights[k] /= norm;
    }
    return { ids, weights };
  };
  return {
    vectors: counted.map(toVector),
    dimensions: df.length,
    embed(terms) {
      const counts = new Map<number, number>();
      for (const t of terms) {
        const id = idOf.get(t);
        if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      return counts.size ? toVector(counts) : EMPTY_VECTOR;
    },
  };
}

/** Cosine of two normalised sparse vectors: a merge over their sorted ids. */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i];
    const y = bi[j];
    if (x === y) {
      sum += a.weights[i++] * b.weights[j++];
    } else if (x < y) i++;
    else j++;
  }
  return sum;
}
