/**
 * ROUGE (Lin 2004, "ROUGE: A Package for Automatic Evaluation of Summaries") as F1 scores, one
 * scorer for every system so that numbers are comparable. Tokens are lower-cased runs of letters
 * and digits (`\p{L}\p{N}`), no stemming and no stop-word removal, as issue 3 specifies.
 *
 * - ROUGE-N: clipped n-gram overlap.
 * - ROUGE-L: longest common subsequence over the whole summary and the whole reference.
 * - ROUGE-Lsum: the summary-level LCS of Lin (2004, §3.2): for each reference sentence, the union
 *   of its LCS with every summary sentence, with hits clipped by token counts; this is what most
 *   papers report as "ROUGE-L" (Google's rouge-score `rougeLsum` computes the same measure).
 */

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface RougeScores {
  rouge1: Prf;
  rouge2: Prf;
  rougeL: Prf;
  rougeLsum: Prf;
}

const TOKEN = /[\p{L}\p{N}]+/gu;

export function rougeTokens(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

function prf(hits: number, candidateCount: number, referenceCount: number): Prf {
  const precision = candidateCount ? hits / candidateCount : 0;
  const recall = referenceCount ? hits / referenceCount : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = n === 1 ? tokens[i] : tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function rougeN(candidate: string[], reference: string[], n: number): Prf {
  const c = ngramCounts(candidate, n);
  const r = ngramCounts(reference, n);
  let hits = 0;
  for (const [gram, count] of c) hits += Math.min(count, r.get(gram) ?? 0);
  return prf(hits, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** Length of the longest common subsequence, in O(|a|·|b|) time and O(|b|) memory. */
export function lcsLength(a: string[], b: string[]): number {
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

export function rougeL(candidate: string[], reference: string[]): Prf {
  return prf(lcsLength(candidate, reference), candidate.length, reference.length);
}

/** Positions in `ref` of one longest common subsequence of `ref` and `cand`. */
function lcsPositions(ref: string[], cand: string[]): number[] {
  const rows = ref.length + 1;
  const cols = cand.length + 1;
  const table = new Uint32Array(rows * cols);
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      table[i * cols + j] =
        ref[i - 1] === cand[j - 1]
          ? table[(i - 1) * cols + j - 1] + 1
          : Math.max(table[(i - 1) * cols + j], table[i * cols + j - 1]);
    }
  }
  const positions: number[] = [];
  let i = ref.length;
  let j = cand.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === cand[j - 1]) {
      positions.push(i - 1);
      i--;
      j--;
    } else if (table[(i - 1) * cols + j] >= table[i * cols + j - 1]) i--;
    else j--;
  }
  return positions;
}

export function rougeLsum(candidateSentences: string[][], referenceSentences: string[][]): Prf {
  const candidateCounts = new Map<string, number>();
  const referenceCounts = new Map<string, number>();
  let m = 0;
  let n = 0;
  for (const s of candidateSentences) {
    for (const t of s) {
      n++;
      candidateCounts.set(t, (candidateCounts.get(t) ?? 0) + 1);
    }
  }
  for (const s of referenceSentences) {
    for (const t of s) {
      m++;
      referenceCounts.set(t, (referenceCounts.get(t) ?? 0) + 1);
    }
  }
  let hits = 0;
  for (const ref of referenceSentences) {
    const union = new Set<number>();
    for (const cand of candidateSentences) for (const p of lcsPositions(ref, cand)) union.add(p);
    for (const p of [...union].sort((a, b) => a - b)) {
      const t = ref[p];
      const c = candidateCounts.get(t) ?? 0;
      const r = referenceCounts.get(t) ?? 0;
      if (c > 0 && r > 0) {
        hits++;
        candidateCounts.set(t, c - 1);
        referenceCounts.set(t, r - 1);
      }
    }
  }
  return prf(hits, n, m);
}

/** All four scores of a summary (its sentences) against a reference (its sentences). */
export function rouge(candidateSentences: string[], referenceSentences: string[]): RougeScores {
  const cand = candidateSentences.map(rougeTokens);
  const ref = referenceSentences.map(rougeTokens);
  const candFlat = cand.flat();
  const refFlat = ref.flat();
  return {
    rouge1: rougeN(candFlat, refFlat, 1),
    rouge2: rougeN(candFlat, refFlat, 2),
    rougeL: rougeL(candFlat, refFlat),
    rougeLsum: rougeLsum(cand, ref),
  };
}
