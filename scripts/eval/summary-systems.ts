/**
 * The systems every summarization suite compares, side by side on the same documents:
 * ours (the exact analysis path of the CLI), LEAD-k, the npm peers ts-textrank and lexrank, and the
 * greedy oracle (an upper bound for any extractive summary of k sentences).
 */
import { lexrankSummarize } from './lexrank-peer';
import {
  AbsoluteSummarizerConfig,
  DefaultTextParser,
  NullLogger,
  SorensenDiceSimilarity,
  Summarizer,
} from 'ts-textrank';
import { rougeTokens } from '../../lib/eval/rouge';
import { condense, summarize, summaryCandidates } from '../../lib/summarize';
import { detectLanguage } from '../../lib/text/language';
import { prepareText } from '../../lib/text/prepare';
import type { PreparedText } from '../../lib/text/prepared';
import type { SummaryDoc } from './summary-docs';

export interface SummarySystem {
  name: string;
  /** The summary as a list of sentences. Throws when the system fails on the document. */
  run(doc: SummaryDoc, prepared: PreparedText): string[];
}

/**
 * Language and preparation exactly as `lib/analyze.ts` does them (language from the title and the
 * first 20 blocks, the page's declaration first), so that eval and CLI pick the same sentences.
 */
export function prepareDoc(doc: SummaryDoc): PreparedText {
  const sample = [doc.title, ...doc.paragraphs.slice(0, 20)].join('\n');
  const lang = detectLanguage(sample, doc.lang);
  return prepareText({ title: doc.title, paragraphs: doc.paragraphs }, lang);
}

export const OURS: SummarySystem = {
  name: 'Kontext (ours)',
  run(doc) {
    // Timed end to end: language, segmentation, terms and scoring.
    const p = prepareDoc(doc);
    return summarize(p, doc.sentences).indices.map((i) => p.sentences[i].text);
  },
};

/**
 * The share, in percent with one decimal (what `--share` and a batch line's `"share"` take), that
 * makes a condensed summary of `p` exactly `sentences` long: checked on every BBC article.
 */
export function sharePercentFor(p: PreparedText, sentences: number): number {
  return Math.min(
    100,
    Math.round((1000 * sentences) / Math.max(1, summaryCandidates(p).length)) / 10,
  );
}

/**
 * Ours asked for a share of the article (`condense`, as `--share` in the CLI and the extension's
 * "share of the article" length), at the share that extracts exactly as many sentences as every
 * other system.
 */
export const OURS_CONDENSED: SummarySystem = {
  name: 'Kontext, condensed (share)',
  run(doc) {
    const p = prepareDoc(doc);
    const { indices } = condense(p, sharePercentFor(p, doc.sentences) / 100);
    // Scored as a failure rather than compared at another length than the other systems.
    if (indices.length !== Math.min(doc.sentences, summaryCandidates(p).length))
      throw new Error('share missed the count');
    return indices.map((i) => p.sentences[i].text);
  },
};

export function leadSystem(k?: number): SummarySystem {
  return {
    name: k === undefined ? 'LEAD-k' : `LEAD-${k}`,
    run: (doc, p) => p.sentences.slice(0, k ?? doc.sentences).map((s) => s.text),
  };
}

const textRank = new Summarizer(
  // The package's README configuration: Sørensen–Dice similarity, damping 0.85, article order.
  // The sentence count is replaced per document below.
  new AbsoluteSummarizerConfig(
    3,
    new SorensenDiceSimilarity(),
    new DefaultTextParser(),
    0.85,
    Summarizer.SORT_OCCURENCE,
  ),
  new NullLogger(),
);
const textRankByCount = new Map<number, Summarizer>([[3, textRank]]);

export const TS_TEXTRANK: SummarySystem = {
  name: 'ts-textrank 1.0.3',
  run(doc, p) {
    let s = textRankByCount.get(doc.sentences);
    if (!s) {
      s = new Summarizer(
        new AbsoluteSummarizerConfig(
          doc.sentences,
          new SorensenDiceSimilarity(),
          new DefaultTextParser(),
          0.85,
          Summarizer.SORT_OCCURENCE,
        ),
        new NullLogger(),
      );
      textRankByCount.set(doc.sentences, s);
    }
    return s.summarize(p.text, p.lang);
  },
};

export const LEXRANK: SummarySystem = {
  name: 'lexrank 1.0.5',
  // In a worker thread: lexrank's Sugar.js would otherwise patch Array.prototype under our code.
  run: (doc, p) => lexrankSummarize(p.text, doc.sentences),
};

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = tokens.slice(i, i + n).join(' ');
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return counts;
}

/** Clipped overlap of the selection plus one sentence, from the selection's counts and overlap. */
function overlapWith(
  selection: Map<string, number>,
  hits: number,
  sentence: Map<string, number>,
  reference: Map<string, number>,
): number {
  let h = hits;
  for (const [g, c] of sentence) {
    const r = reference.get(g);
    if (!r) continue;
    const before = selection.get(g) ?? 0;
    h += Math.min(before + c, r) - Math.min(before, r);
  }
  return h;
}

const f1 = (hits: number, cand: number, ref: number) =>
  cand && ref && hits ? (2 * hits) / (cand + ref) : 0;

/**
 * Greedy oracle (Nallapati et al. 2017; Liu & Lapata 2019): add the sentence that most raises
 * ROUGE-1 F1 + ROUGE-2 F1 against the reference, up to k sentences, stopping early when no
 * sentence helps. Picks from the same sentences as ours. N-grams are counted per sentence
 * (incrementally, so the search is linear per step); the reported scores come from the scorer.
 */
export const ORACLE: SummarySystem = {
  name: 'greedy oracle',
  run(doc, p) {
    const tokens = p.sentences.map((s) => rougeTokens(s.text));
    const uni = tokens.map((t) => ngramCounts(t, 1));
    const bi = tokens.map((t) => ngramCounts(t, 2));
    const refTokens = doc.reference.map(rougeTokens);
    const ref1 = ngramCounts(refTokens.flat(), 1);
    const ref2 = new Map<string, number>();
    for (const t of refTokens)
      for (const [g, c] of ngramCounts(t, 2)) ref2.set(g, (ref2.get(g) ?? 0) + c);
    const refLen1 = refTokens.reduce((a, t) => a + t.length, 0);
    const refLen2 = refTokens.reduce((a, t) => a + Math.max(0, t.length - 1), 0);
    const sel1 = new Map<string, number>();
    const sel2 = new Map<string, number>();
    let hits1 = 0;
    let hits2 = 0;
    let len1 = 0;
    let len2 = 0;
    const picked: number[] = [];
    let best = 0;
    while (picked.length < doc.sentences) {
      let bestIndex = -1;
      let bestHits: [number, number] = [0, 0];
      for (let i = 0; i < tokens.length; i++) {
        if (picked.includes(i)) continue;
        const h1 = overlapWith(sel1, hits1, uni[i], ref1);
        const h2 = overlapWith(sel2, hits2, bi[i], ref2);
        const score =
          f1(h1, len1 + tokens[i].length, refLen1) +
          f1(h2, len2 + Math.max(0, tokens[i].length - 1), refLen2);
        if (score > best) {
          best = score;
          bestIndex = i;
          bestHits = [h1, h2];
        }
      }
      if (bestIndex < 0) break;
      picked.push(bestIndex);
      [hits1, hits2] = bestHits;
      len1 += tokens[bestIndex].length;
      len2 += Math.max(0, tokens[bestIndex].length - 1);
      for (const [g, c] of uni[bestIndex]) sel1.set(g, (sel1.get(g) ?? 0) + c);
      for (const [g, c] of bi[bestIndex]) sel2.set(g, (sel2.get(g) ?? 0) + c);
    }
    return picked.sort((a, b) => a - b).map((i) => p.sentences[i].text);
  },
};
