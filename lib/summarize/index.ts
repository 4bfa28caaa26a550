/**
 * The extractive summarizer: which sentences of an article say what it is about.
 *
 * Relevance of a sentence = its position-aware centrality in the article's similarity graph
 * (PacSum, Zheng & Lapata 2019) + a lead prior (news put the most important facts first, the
 * "inverted pyramid"; LEAD-3 is the baseline to beat on CNN/DailyMail for that reason) + its
 * similarity to the headline. The summary is then picked by MMR so it does not repeat itself.
 * Only prose sentences are candidates; headings, captions, credits and link lists never are.
 */
import type { PreparedText } from '../text/prepared';
import { directedCentrality, similarityBand, type CentralityOptions } from './centrality';
import { selectByMmr } from './mmr';
import { cosine, tfIdfSpace } from './vectors';

export interface SummarizerOptions {
  centrality: CentralityOptions;
  /** Weight of the lead prior `1 / (1 + rank / (leadDepth · count))`, relative to centrality in [0, 1]. */
  positionWeight: number;
  /**
   * Rank (among prose sentences), per summary sentence asked for, at which the lead prior has
   * halved: a 3-sentence summary is expected from the first few sentences, a summary of half the
   * article from anywhere in it.
   */
  leadDepth: number;
  /** Weight of the cosine with the title. */
  titleWeight: number;
  /** MMR penalty on similarity to an already picked sentence. */
  redundancy: number;
  /** Sentences longer than this many times the article's median sentence (in terms) lose relevance in proportion. */
  maxLengthRatio: number;
}

export const DEFAULT_OPTIONS: SummarizerOptions = {
  centrality: { backward: -0.5, forward: 1, beta: 0.3, window: 64 },
  positionWeight: 1,
  leadDepth: 3,
  titleWeight: 0.5,
  redundancy: 0.5,
  maxLengthRatio: Infinity,
};

export interface Summary {
  /** Chosen sentence indices, in article order. */
  indices: number[];
  /** For every sentence, its relevance in [0, 1]; 0 for sentences that are not prose. */
  importance: number[];
}

/** Min–max scaling to [0, 1]; a constant array becomes all ones (every sentence equally central). */
function unitScale(values: Float64Array): Float64Array {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const span = max - min;
  return values.map((v) => (span > 0 ? (v - min) / span : 1));
}

export function summarize(p: PreparedText, count: number, options: SummarizerOptions = DEFAULT_OPTIONS): Summary {
  const importance = new Array<number>(p.sentences.length).fill(0);
  const candidates: number[] = [];
  for (let i = 0; i < p.sentences.length; i++) if (p.prose[i] && p.terms[i].length) candidates.push(i);
  if (!candidates.length || count <= 0) return { indices: [], importance };

  const space = tfIdfSpace(candidates.map((i) => p.terms[i]));
  const centrality = unitScale(directedCentrality(similarityBand(space.vectors, options.centrality.window), options.centrality));
  const title = space.embed(p.titleTerms);

  const lengths = candidates.map((i) => p.terms[i].length);
  const median = [...lengths].sort((a, b) => a - b)[lengths.length >> 1];
  const longest = options.maxLengthRatio * median;
  const relevance = new Float64Array(candidates.length);
  let top = 0;
  for (let r = 0; r < candidates.length; r++) {
    const lead = 1 / (1 + r / (options.leadDepth * count));
    relevance[r] = centrality[r] + options.positionWeight * lead + options.titleWeight * cosine(space.vectors[r], title);
    if (lengths[r] > longest) relevance[r] *= longest / lengths[r];
    if (relevance[r] > top) top = relevance[r];
  }
  candidates.forEach((i, r) => (importance[i] = top > 0 ? relevance[r] / top : 1));

  const picked = selectByMmr(relevance, space.vectors, count, options.redundancy);
  return { indices: picked.map((r) => candidates[r]).sort((a, b) => a - b), importance };
}
