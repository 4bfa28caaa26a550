/**
 * Speed of `summarize` (after `prepareText`), issue 3's bars: about 10 ms for 2,000 words, warm, and
 * linear growth (100,000 words cost at most 12× 10,000 words). Measured on synthetic German text so
 * that the figure does not depend on any data set; the unit test and the `cnndm` suite share it.
 */
import { summarize } from '../../lib/summarize';
import { prepareText } from '../../lib/text/prepare';

/** A deterministic pseudo-random article of `n` words (xorshift32; Marsaglia 2003). */
export function syntheticArticle(n: number): { title: string; paragraphs: string[] } {
  let x = 2463534242;
  const next = () => ((x ^= x << 13), (x ^= x >>> 17), (x ^= x << 5), (x >>> 0) / 4294967296);
  const vocabulary = Array.from({ length: 5000 }, (_, i) => `wort${i.toString(36)}`);
  const paragraphs: string[] = [];
  let words = 0;
  while (words < n) {
    const sentences: string[] = [];
    for (let s = 0; s < 4 && words < n; s++) {
      const len = 8 + Math.floor(next() * 20);
      // Zipf-like draws, so that some words recur across the article as in real text.
      const ws = Array.from(
        { length: len },
        () => vocabulary[Math.floor(vocabulary.length * next() ** 3)],
      );
      words += len;
      sentences.push(`Der ${ws.join(' ')}.`);
    }
    paragraphs.push(sentences.join(' '));
  }
  return { title: 'Der Titel', paragraphs };
}

/** Median wall time of `times` runs, in ms. */
export function medianMs(run: () => void, times: number): number {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    run();
    ms.push(performance.now() - t0);
  }
  return ms.sort((a, b) => a - b)[times >> 1];
}

/**
 * Fastest of `times` runs, in ms of CPU time of this process (`process.cpuUsage`, user + system).
 * On a shared machine wall time also counts the time slices other processes take, and a 100 ms
 * run is preempted far more often than a 3 ms one, which skews a ratio of wall times; CPU time
 * counts only the work done. The fastest run is taken for the reason Python's `timeit`
 * documentation gives: slower runs measure interference (cache, GC of other work), not the code.
 */
export function fastestCpuMs(run: () => void, times: number): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const t0 = process.cpuUsage();
    run();
    const t = process.cpuUsage(t0);
    best = Math.min(best, (t.user + t.system) / 1000);
  }
  return best;
}

/**
 * How many times longer `large` takes than `small`: the fastest CPU time of each over `rounds`
 * rounds that run one after the other (small, large, small, large …), so that a burst of load
 * from other processes falls on both sizes alike instead of on whichever ran during it.
 */
export function cpuRatio(
  small: () => void,
  large: () => void,
  rounds: number,
): { small: number; large: number; ratio: number } {
  let s = Infinity;
  let l = Infinity;
  for (let i = 0; i < rounds; i++) {
    s = Math.min(s, fastestCpuMs(small, 2));
    l = Math.min(l, fastestCpuMs(large, 1));
  }
  return { small: s, large: l, ratio: l / s };
}

export interface SummarySpeed {
  /** Fastest CPU ms for 2,000 words, warm. */
  ms2k: number;
  /** Fastest CPU ms for 10,000 and 100,000 words, and their ratio. */
  ms10k: number;
  ms100k: number;
  ratio: number;
}

export function measureSummarySpeed(): SummarySpeed {
  const p2k = prepareText(syntheticArticle(2_000), 'de');
  const p10k = prepareText(syntheticArticle(10_000), 'de');
  const p100k = prepareText(syntheticArticle(100_000), 'de');
  for (const p of [p2k, p10k, p100k]) summarize(p, 5); // warm-up (JIT)
  const ms2k = fastestCpuMs(() => summarize(p2k, 3), 15);
  const {
    small: ms10k,
    large: ms100k,
    ratio,
  } = cpuRatio(
    () => summarize(p10k, 5),
    () => summarize(p100k, 5),
    9,
  );
  return { ms2k, ms10k, ms100k, ratio };
}
