/**
 * The systems every summarization suite compares, side by side on the same documents:
 * ours (the exact analysis path of the CLI), LEAD-k, the npm peers ts-textrank and lexrank, and the
 * greedy oracle (an upper bound for any extractive summary of k sentences).
 */
import { createRequire } from 'node:module';
import { AbsoluteSummarizerConfig, DefaultTextParser, NullLogger, SorensenDiceSimilarity, Summarizer } from 'ts-textrank';
import { rougeN, rougeTokens } from '../../lib/eval/rouge';
import { summarize } from '../../lib/summarize';
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

export function leadSystem(k?: number): SummarySystem {
  return {
    name: k === undefined ? 'LEAD-k' : `LEAD-${k}`,
    run: (doc, p) => p.sentences.slice(0, k ?? doc.sentences).map((s) => s.text),
  };
}

const textRank = new Summarizer(
  // The package's README configuration: Sørensen–Dice similarity, damping 0.85, article order.
  // The sentence count is replaced per document below.
  new AbsoluteSummarizerConfig(3, new SorensenDiceSimilarity(), new DefaultTextParser(), 0.85, Summarizer.SORT_OCCURENCE),
  new NullLogger(),
);
const textRankByCount = new Map<number, Summarizer>([[3, textRank]]);

export const TS_TEXTRANK: SummarySystem = {
  name: 'ts-textrank 1.0.3',
  run(doc, p) {
    let s = textRankByCount.get(doc.sentences);
    if (!s) {
      s = new Summarizer(
        new AbsoluteSummarizerConfig(doc.sentences, new SorensenDiceSimilarity(), new DefaultTextParser(), 0.85, Summarizer.SORT_OCCURENCE),
        new NullLogger(),
      );
      textRankByCount.set(doc.sentences, s);
    }
    return s.summarize(p.text, p.lang);
  },
};

const require = createRequire(import.meta.url);
type LexRankCallback = (err: unknown, top: { text: string }[]) => void;
const lexrank = require('lexrank') as { summarize(text: string, lines: number, cb: LexRankCallback): void };

export const LEXRANK: SummarySystem = {
  name: 'lexrank 1.0.5',
  run(doc, p) {
    let out: string[] | null = null;
    // lexrank calls back synchronously.
    lexrank.summarize(p.text, doc.sentences, (err, top) => {
      if (err) throw err instanceof Error ? err : new Error(String(err));
      out = top.map((t) => t.text);
    });
    if (!out) throw new Error('lexrank returned no summary');
    return out;
  },
};

/**
 * Greedy oracle (Nallapati et al. 2017; Liu & Lapata 2019): add the sentence that most raises
 * ROUGE-1 F1 + ROUGE-2 F1 against the reference, up to k sentences, stopping early when no
 * sentence helps. Picks from the same sentences as ours.
 */
export const ORACLE: SummarySystem = {
  name: 'greedy oracle',
  run(doc, p) {
    const tokens = p.sentences.map((s) => rougeTokens(s.text));
    const reference = doc.reference.flatMap(rougeTokens);
    const picked: number[] = [];
    let best = 0;
    while (picked.length < doc.sentences) {
      let bestIndex = -1;
      for (let i = 0; i < tokens.length; i++) {
        if (picked.includes(i)) continue;
        const trial = [...picked, i].flatMap((j) => tokens[j]);
        const score = rougeN(trial, reference, 1).f1 + rougeN(trial, reference, 2).f1;
        if (score > best) {
          best = score;
          bestIndex = i;
        }
      }
      if (bestIndex < 0) break;
      picked.push(bestIndex);
    }
    return picked.sort((a, b) => a - b).map((i) => p.sentences[i].text);
  },
};
