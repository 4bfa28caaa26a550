/**
 * Paired bootstrap (Efron & Tibshirani 1993; for summarization, Koehn 2004 and Dror et al. 2018):
 * how sure a difference between two systems scored on the same documents is. Documents are drawn
 * with replacement as many times as there are documents, the mean per-document difference is taken
 * for every draw, and the 2.5th and 97.5th percentiles of those means bound a 95 % interval.
 * Pairing (one difference per document) removes the variation between documents that both systems
 * share, which is most of it in ROUGE. The generator is seeded (lib/random.ts), so an eval run
 * prints the same interval every time.
 */
import { mulberry32 } from '../../lib/random';

export interface Interval {
  /** Mean of the differences over all documents. */
  mean: number;
  low: number;
  high: number;
}

/** 1,000 resamples: the usual figure for a 95 % percentile interval (Efron & Tibshirani, ch. 13). */
export const RESAMPLES = 1000;

/** The 95 % percentile interval of the mean of `differences`. */
export function pairedBootstrap(
  differences: readonly number[],
  resamples = RESAMPLES,
  seed = 17,
): Interval {
  const n = differences.length;
  if (!n) return { mean: 0, low: 0, high: 0 };
  const mean = differences.reduce((a, b) => a + b, 0) / n;
  const random = mulberry32(seed);
  const means = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += differences[Math.floor(random() * n)];
    means[r] = sum / n;
  }
  means.sort();
  const at = (q: number) =>
    means[Math.min(resamples - 1, Math.max(0, Math.round(q * resamples) - 1))];
  return { mean, low: at(0.025), high: at(0.975) };
}
