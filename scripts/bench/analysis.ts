/**
 * Analysis benchmark: `analyze()` (the exact call of the CLI and the background worker) on
 * articles of fixed word counts, wall and CPU time per call, heap growth, and how time grows
 * with size. Also the complexity ratio that `npm run check:budgets` enforces.
 */
import { analyze, type AnalyzeOptions } from '../../lib/analyze';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import type { ExtractedArticle } from '../../lib/types';
import { articleOfWords, countWords, type Corpus } from './corpus';
import { median } from './stats';
import { heapDelta, sampleCall, type HeapDelta, type Sample } from './timing';

/** The sizes issue 8 names: a short news item up to a long report or a book chapter. */
export const SIZES = [500, 2_000, 10_000, 50_000, 100_000] as const;

/** The options the extension uses out of the box (lib/settings/schema.ts). */
export const OPTIONS: AnalyzeOptions = {
  summarySentences: DEFAULT_SETTINGS.summarySentences,
  perspectives: DEFAULT_SETTINGS.perspectives,
};

export interface SizeResult {
  lang: string;
  words: number;
  sentences: number;
  paragraphs: number;
  samples: Sample[];
  medianWallMs: number;
  medianCpuMs: number;
  heap: HeapDelta;
}

/**
 * Batches last at least this long, so a 2 ms call is averaged over ~50 calls; a 100,000-word
 * call is one sample by itself.
 */
const MIN_BATCH_MS = 100;

export function benchSize(article: ExtractedArticle, lang: string, runs: number): SizeResult {
  const first = analyze(article, OPTIONS); // warm-up: JIT and lexicon first use are reported separately
  const samples: Sample[] = [];
  for (let r = 0; r < runs; r++) samples.push(sampleCall(() => analyze(article, OPTIONS), MIN_BATCH_MS));
  return {
    lang,
    words: countWords(article.paragraphs.join('\n\n')),
    sentences: first.sentences.length,
    paragraphs: article.paragraphs.length,
    samples,
    medianWallMs: median(samples.map((s) => s.wallMs)),
    medianCpuMs: median(samples.map((s) => s.cpuMs)),
    heap: heapDelta(() => analyze(article, OPTIONS)),
  };
}

export function benchSizes(corpus: Corpus, sizes: readonly number[], runs: number): SizeResult[] {
  return sizes.map((n) => benchSize(articleOfWords(corpus, n), corpus.lang, runs));
}

export interface RatioResult {
  lang: string;
  small: number;
  large: number;
  smallCpuMs: number[];
  largeCpuMs: number[];
  /** median CPU time of the large article / median CPU time of the small one */
  ratio: number;
}

/**
 * Time on `large` words over time on `small` words, in one process and interleaved (small,
 * large, small, large, ...) so that a burst of load from other processes hits both sizes alike.
 * CPU time, median of `runs` samples each.
 */
export function complexityRatio(corpus: Corpus, small: number, large: number, runs: number): RatioResult {
  const a = articleOfWords(corpus, small);
  const b = articleOfWords(corpus, large);
  analyze(a, OPTIONS);
  analyze(b, OPTIONS);
  const smallCpuMs: number[] = [];
  const largeCpuMs: number[] = [];
  for (let r = 0; r < runs; r++) {
    smallCpuMs.push(sampleCall(() => analyze(a, OPTIONS), MIN_BATCH_MS * 2).cpuMs);
    largeCpuMs.push(sampleCall(() => analyze(b, OPTIONS), 0).cpuMs);
  }
  return { lang: corpus.lang, small, large, smallCpuMs, largeCpuMs, ratio: median(largeCpuMs) / median(smallCpuMs) };
}

export interface FreshResult {
  lang: string;
  words: number;
  articles: number;
  /** Median CPU and wall ms of the first analysis of each article. */
  firstCpuMs: number;
  firstWallMs: number;
  /** The same articles analysed a second time, in the same order. */
  againCpuMs: number;
}

/**
 * `analyze()` on articles it has not seen before, as every click on a new page is. The table
 * above repeats one article, so from its second call on every word of it is already in the
 * per-word memos (stems, dictionary facts, lens cue weights); a new article brings hundreds of
 * words none of them has met. `count` distinct articles of `words` words each start at evenly
 * spaced paragraphs of the corpus; the JIT is warmed on another article first.
 */
export function benchFresh(corpus: Corpus, words: number, count: number): FreshResult {
  const step = Math.max(1, Math.floor(corpus.paragraphs.length / (count + 1)));
  const article = (k: number) => articleOfWords({ ...corpus, paragraphs: corpus.paragraphs.slice(k * step) }, words);
  const warm = article(count);
  for (let i = 0; i < 10; i++) analyze(warm, OPTIONS);
  const articles = Array.from({ length: count }, (_, k) => article(k));
  const first = articles.map((a) => sampleCall(() => analyze(a, OPTIONS), 0));
  const again = articles.map((a) => sampleCall(() => analyze(a, OPTIONS), 0));
  return {
    lang: corpus.lang,
    words,
    articles: count,
    firstCpuMs: median(first.map((s) => s.cpuMs)),
    firstWallMs: median(first.map((s) => s.wallMs)),
    againCpuMs: median(again.map((s) => s.cpuMs)),
  };
}
