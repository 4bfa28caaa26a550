/**
 * Peers side by side on the same long articles: `ts-textrank` and `lexrank` from npm, called
 * exactly as the summarization suites call them (scripts/eval/summary-systems.ts), against our
 * summarizer (language, preparation and `summarize`, the `Kontext (ours)` system of those
 * suites) and against the whole `analyze()`. Both peers build a full sentence-similarity graph,
 * so their time grows with the square of the sentence count; a size is skipped when the
 * previous size's time, scaled quadratically, exceeds a cap, and the table says so.
 */
import { analyze } from '../../lib/analyze';
import { LEXRANK, OURS, TS_TEXTRANK, prepareDoc, type SummarySystem } from '../eval/summary-systems';
import type { SummaryDoc } from '../eval/summary-docs';
import { OPTIONS } from './analysis';
import { articleOfWords, countWords, type Corpus } from './corpus';
import { median } from './stats';
import { sampleCall } from './timing';

export interface PeerRow {
  lang: string;
  words: number;
  sentences: number;
  /** Median CPU ms per call per system name (CPU time resists the load of other processes); null when skipped. */
  ms: Record<string, number | null>;
}

const ANALYZE = 'Kontext analyze()';

export const PEER_SYSTEMS: SummarySystem[] = [OURS, TS_TEXTRANK, LEXRANK];
export const PEER_COLUMNS = [OURS.name, ANALYZE, TS_TEXTRANK.name, LEXRANK.name];

export function benchPeers(corpus: Corpus, sizes: readonly number[], runs: number, capMs: number): PeerRow[] {
  const rows: PeerRow[] = [];
  const last = new Map<string, { words: number; ms: number }>();
  for (const words of sizes) {
    const article = articleOfWords(corpus, words);
    const doc: SummaryDoc = {
      id: `${corpus.lang}-${words}`,
      title: '',
      paragraphs: article.paragraphs,
      lang: corpus.lang,
      reference: [],
      sentences: OPTIONS.summarySentences,
    };
    const prepared = prepareDoc(doc);
    const row: PeerRow = { lang: corpus.lang, words: countWords(article.paragraphs.join('\n\n')), sentences: prepared.sentences.length, ms: {} };
    const timed: [string, () => unknown][] = [
      ...PEER_SYSTEMS.map((s): [string, () => unknown] => [s.name, () => s.run(doc, prepared)]),
      [ANALYZE, () => analyze(article, OPTIONS)],
    ];
    for (const [name, fn] of timed) {
      // Predicted time at this size if the system were quadratic (the peers are: a full graph).
      const prev = last.get(name);
      const predicted = prev ? prev.ms * (words / prev.words) ** 2 : 0;
      if (predicted > capMs) {
        row.ms[name] = null;
        continue;
      }
      // One sample once a call takes seconds: enough to rank systems that differ tenfold.
      const n = predicted > 2000 ? 1 : runs;
      if (predicted <= 2000) fn(); // warm-up
      const t = median(Array.from({ length: n }, () => sampleCall(fn, 50).cpuMs));
      row.ms[name] = t;
      last.set(name, { words, ms: t });
    }
    rows.push(row);
  }
  return rows;
}
