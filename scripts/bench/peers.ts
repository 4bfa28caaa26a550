/**
 * Peers side by side on the same long articles: `ts-textrank` and `lexrank` from npm against
 * our summarizer (language, preparation, summarize()) and the whole analyze(). Each system runs
 * in its own process (see peers-child.ts for why). Both peers build a full sentence-similarity
 * graph, so their time grows with the square of the sentence count; a size is skipped when the
 * previous size's time, scaled quadratically, exceeds a cap, and the table says so.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { BenchLang } from './corpus';

export const PEER_SYSTEMS = [
  { id: 'ours', label: 'Kontext summarizer' },
  { id: 'analyze', label: 'Kontext analyze()' },
  { id: 'ts-textrank', label: 'ts-textrank 1.0.3' },
  { id: 'lexrank', label: 'lexrank 1.0.5' },
] as const;

export interface PeerRow {
  lang: string;
  words: number;
  sentences: number;
  /** Median CPU ms per call by system id (CPU time resists the load of other processes); null when skipped. */
  ms: Record<string, number | null>;
}

const CHILD = path.resolve('scripts/bench/peers-child.ts');

export function benchPeers(lang: BenchLang, dataDir: string, sizes: readonly number[], runs: number, capMs: number, log: (s: string) => void): PeerRow[] {
  const rows = new Map<number, PeerRow>();
  for (const s of PEER_SYSTEMS) {
    log(`  peers: ${lang} ${s.label} ...`);
    const out = execFileSync(process.execPath, ['--import', 'tsx', CHILD, s.id, lang, dataDir, sizes.join(','), String(runs), String(capMs)], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { words: number; sentences: number; ms: number | null });
    sizes.forEach((size, i) => {
      const row = rows.get(size) ?? { lang, words: lines[i].words, sentences: lines[i].sentences, ms: {} };
      row.ms[s.id] = lines[i].ms;
      rows.set(size, row);
    });
  }
  return [...rows.values()];
}
