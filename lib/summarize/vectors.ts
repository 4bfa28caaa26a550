/**
 * Sentences as sparse term vectors, optionally TF-IDF weighted (Salton & Buckley 1988) with the
 * sentences of the article itself as the document collection: a term in every sentence says nothing
 * about any of them, a term in one sentence singles it out. Vectors are L2-normalised, so a dot
 * product is a cosine.
 *
 * All sentences share three flat arrays (compressed sparse rows, as in SciPy's `csr_matrix`):
 * sentence `s` owns the entries `offsets[s] … offsets[s + 1] − 1` of `ids` and `weights`. One small
 * typed array per sentence put every sentence behind two pointers somewhere on the heap; once an
 * article no longer fitted in the CPU cache (100,000 words, ~1 MB of vectors) each pass over the
 * sentences cost 25–30× the pass over a 10,000-word article instead of 10×. Flat rows are read
 * front to back, so a pass costs what its length says.
 *
 * Products between two sentences go through a dense scratch vector (scatter one, gather the
 * other) instead of merging sorted id lists, so ids need no sorting.
 */

export interface SentenceVectors {
  /** Number of sentences (rows). */
  count: number;
  /** Number of distinct terms; term ids run from 0 to `dimensions - 1`. */
  dimensions: number;
  /** `count + 1` row starts into `ids` and `weights`. */
  offsets: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
  /**
   * Another bag of terms (the title) in the same space, as a dense normalised vector of length
   * `dimensions`; terms the article lacks are dropped (all zeros if none is left).
   */
  embed(terms: string[]): Float64Array;
}

/** `Σ_k weights[k] · dense[ids[k]]` over row `s`: the dot product of sentence `s` with a dense vector. */
export function rowDot(v: SentenceVectors, s: number, dense: Float64Array): number {
  const { ids, weights } = v;
  let sum = 0;
  for (let k = v.offsets[s], end = v.offsets[s + 1]; k < end; k++)
    sum += weights[k] * dense[ids[k]];
  return sum;
}

/** `dense += row s`. */
export function scatterRow(v: SentenceVectors, s: number, dense: Float64Array): void {
  const { ids, weights } = v;
  for (let k = v.offsets[s], end = v.offsets[s + 1]; k < end; k++) dense[ids[k]] += weights[k];
}

/** Zeroes the entries of row `s` in `dense`: undoes a scatter into a zero vector without refilling all of it. */
export function clearRow(v: SentenceVectors, s: number, dense: Float64Array): void {
  for (let k = v.offsets[s], end = v.offsets[s + 1]; k < end; k++) dense[v.ids[k]] = 0;
}

/**
 * `idf = ln((N + 1) / df)`: the +1 keeps a term that occurs in every sentence at a small positive
 * weight instead of zero, which matters for one- or two-sentence texts (the smoothing of
 * scikit-learn's TfidfVectorizer, minus its extra +1 that would weigh ubiquitous terms too high).
 * Term frequency is sublinear (`1 + ln tf`, Manning et al. 2008, §6.4.1) so a repeated word does
 * not swamp a sentence.
 */
export function tfIdfSpace(termLists: string[][], useIdf = true): SentenceVectors {
  const idOf = new Map<string, number>();
  const idFor = (t: string): number => {
    let id = idOf.get(t);
    if (id === undefined) {
      id = idOf.size;
      idOf.set(t, id);
    }
    return id;
  };
  let total = 0;
  for (const terms of termLists) total += terms.length;
  const n = termLists.length;
  const offsets = new Int32Array(n + 1);
  const ids = new Int32Array(total);
  const tf = new Int32Array(total);
  // Which entry of the current row holds a term (-1: not in the row yet); reset after each row.
  let slot = new Int32Array(Math.max(16, total >> 2)).fill(-1);
  let end = 0;
  termLists.forEach((terms, s) => {
    const start = end;
    for (const t of terms) {
      const id = idFor(t);
      if (id >= slot.length) {
        const grown = new Int32Array(slot.length * 2).fill(-1);
        grown.set(slot);
        slot = grown;
      }
      if (slot[id] < 0) {
        slot[id] = end;
        ids[end++] = id;
      }
      tf[slot[id]]++;
    }
    for (let k = start; k < end; k++) slot[ids[k]] = -1;
    offsets[s + 1] = end;
  });
  const dimensions = idOf.size;
  const idf = new Float64Array(dimensions).fill(1);
  if (useIdf) {
    const df = new Int32Array(dimensions);
    for (let k = 0; k < end; k++) df[ids[k]]++;
    for (let id = 0; id < dimensions; id++) idf[id] = Math.log((n + 1) / df[id]);
  }

  const weights = new Float64Array(end);
  for (let s = 0; s < n; s++) {
    let norm = 0;
    for (let k = offsets[s]; k < offsets[s + 1]; k++) {
      const w = (1 + Math.log(tf[k])) * idf[ids[k]];
      weights[k] = w;
      norm += w * w;
    }
    if (norm > 0) {
      norm = Math.sqrt(norm);
      for (let k = offsets[s]; k < offsets[s + 1]; k++) weights[k] /= norm;
    }
  }

  return {
    count: n,
    dimensions,
    offsets,
    ids: ids.subarray(0, end),
    weights,
    embed(terms) {
      const dense = new Float64Array(dimensions);
      const counts = new Map<number, number>();
      for (const t of terms) {
        const id = idOf.get(t);
        if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      let norm = 0;
      for (const [id, c] of counts) {
        dense[id] = (1 + Math.log(c)) * idf[id];
        norm += dense[id] * dense[id];
      }
      if (norm > 0) for (const id of counts.keys()) dense[id] /= Math.sqrt(norm);
      return dense;
    },
  };
}
