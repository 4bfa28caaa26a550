/**
 * Peers side by side on the same long articles: `ts-textrank` and `lexrank` from npm, called
 * exactly as the summarization suites call them (scripts/eval/summary-systems.ts), against our
 * summarizer (language, preparation and `summarize`, the `Kontext (ours)` system of those
 * suites) and against the whole `analyze()`. Both peers build a full sentence-similarity graph,
 * so their time grows with the square of the sentence count; a size is skipped once the
 * previous size took longer than a time cap, and the table says so.
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
  const lastMs = new Map<string, number>();
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
      if ((lastMs.get(name) ?? 0) > capMs) {
        row.ms[name] = null;
        continue;
      }
      // Fewer runs once a call is slow: the median of 3 is enough to rank systems 10x apart.
      const n = (lastMs.get(name) ?? 0) > 1000 ? Math.min(runs, 3) : runs;
      fn();
      const t = median(Array.from({ length: n }, () => sampleCall(fn, 50).cpuMs));
      row.ms[name] = t;
      lastMs.set(name, t);
    }
    rows.push(row);
  }
  return rows;
}
