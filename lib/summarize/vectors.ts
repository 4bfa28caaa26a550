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
  // Term ids first, then counts in one shared array (no map per sentence): the allocations of a
  // map per sentence made a 100,000-word article cost far more than ten 10,000-word ones.
  const idOf = new Map<string, number>();
  const idLists = termLists.map((terms) => {
    const ids = new Int32Array(terms.length);
    terms.forEach((t, k) => {
      let id = idOf.get(t);
      if (id === undefined) {
        id = idOf.size;
        idOf.set(t, id);
      }
      ids[k] = id;
    });
    return ids;
  });
  const dimensions = idOf.size;
  const df = new Int32Array(dimensions);
  const counts = new Int32Array(dimensions);
  const n = termLists.length;
  const idf = new Float64Array(dimensions);

  /** Distinct ids (ascending) and their counts; leaves `counts` zeroed for the next call. */
  const countIds = (ids: Int32Array): { ids: Int32Array; tf: Int32Array } => {
    const distinct: number[] = [];
    for (const id of ids) if (counts[id]++ === 0) distinct.push(id);
    const sorted = Int32Array.from(distinct).sort();
    const tf = new Int32Array(sorted.length);
    sorted.forEach((id, k) => {
      tf[k] = counts[id];
      counts[id] = 0;
    });
    return { ids: sorted, tf };
  };
  const counted = idLists.map(countIds);
  for (const c of counted) for (const id of c.ids) df[id]++;
  for (let id = 0; id < dimensions; id++) idf[id] = useIdf ? Math.log((n + 1) / df[id]) : 1;

  const toVector = ({ ids, tf }: { ids: Int32Array; tf: Int32Array }): SparseVector => {
    const weights = new Float64Array(ids.length);
    let norm = 0;
    for (let k = 0; k < ids.length; k++) {
      const w = (1 + Math.log(tf[k])) * idf[ids[k]];
      weights[k] = w;
      norm += w * w;
    }
    if (norm > 0) {
      norm = Math.sqrt(norm);
      for (let k = 0; k < weights.length; k++) weights[k] /= norm;
    }
    return { ids, weights };
  };
  return {
    vectors: counted.map(toVector),
    dimensions,
    embed(terms) {
      const known: number[] = [];
      for (const t of terms) {
        const id = idOf.get(t);
        if (id !== undefined) known.push(id);
      }
      return known.length ? toVector(countIds(Int32Array.from(known))) : EMPTY_VECTOR;
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
