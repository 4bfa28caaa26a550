/**
 * Writes packets for silver labelling (scripts/lens-model/silver-sources.ts): a fixed number of
 * candidates per source, in the order of a stable hash of their id, each as the gold's packets are
 * (`id:`, `language:`, `title:`, then `[n] sentence`: the pipeline's own segmentation), into a
 * folder outside the project (the article text never enters it).
 *
 *   npx tsx scripts/lens-model/silver-packets.ts --out /tmp/silver [--data ../shared/data] [--scale 3]
 *
 * `--scale k` takes k times the quota; packets already in the folder count towards it and are
 * kept, so a second run only adds articles (listed in `new-ids.json`).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fnv1a } from '../../lib/cache/key';
import { loadGold } from '../eval/gold/load';
import { preparedSilverAnalysis } from './silver-labels';
import { silverCandidates, type SilverCandidate } from './silver-sources';

/** Per source, about the gold's mix (14 DER STANDARD, 10 CNN/DM, 10 BBC, 10 German, 6 English pages) × 3. */
export const SILVER_QUOTA: Record<SilverCandidate['source'], number> = {
  gnad: 45,
  cnndm: 30,
  bbc: 35,
  'pages-de': 30,
  'pages-en': 20,
};
/** Pages the annotators could not sensibly brief from: too short or a whole site's worth. */
const MIN_SENTENCES = 6;
const MAX_SENTENCES = 90;

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: path.resolve('../shared/data') },
    out: { type: 'string' },
    scale: { type: 'string', default: '1' },
  },
});
if (!values.out) {
  console.error('silver-packets: --out DIR is required');
  process.exit(2);
}
const dataDir = path.resolve(values.data!);
const out = path.resolve(values.out);
mkdirSync(path.join(out, 'packets'), { recursive: true });
const candidates = silverCandidates(
  dataDir,
  loadGold(dataDir).map((g) => g.id),
).sort((a, b) => (fnv1a(`silver:${a.id}`) < fnv1a(`silver:${b.id}`) ? -1 : 1));
const taken: Record<string, number> = {};
const ids: string[] = [];
const added: string[] = [];
const scale = Number(values.scale);
for (const c of candidates) {
  if ((taken[c.source] ?? 0) >= SILVER_QUOTA[c.source] * scale) continue;
  const file = path.join(out, 'packets', `${c.id}.txt`);
  if (existsSync(file)) {
    taken[c.source] = (taken[c.source] ?? 0) + 1;
    ids.push(c.id);
    continue;
  }
  const analysis = preparedSilverAnalysis(c);
  if (!analysis) continue;
  const { sentences } = analysis.prepared;
  if (sentences.length < MIN_SENTENCES || sentences.length > MAX_SENTENCES) continue;
  taken[c.source] = (taken[c.source] ?? 0) + 1;
  ids.push(c.id);
  added.push(c.id);
  const lines = [
    `id: ${c.id}`,
    `language: ${analysis.prepared.lang}`,
    `title: ${analysis.input.title ?? ''}`,
    '',
    ...sentences.map((s, i) => `[${i}] ${s.text.replace(/\s+/g, ' ')}`),
  ];
  writeFileSync(file, lines.join('\n') + '\n');
}
writeFileSync(path.join(out, 'ids.json'), JSON.stringify(ids, null, 1));
writeFileSync(path.join(out, 'new-ids.json'), JSON.stringify(added, null, 1));
console.log(`${ids.length} packets in ${out}/packets (${added.length} new):`, taken);
