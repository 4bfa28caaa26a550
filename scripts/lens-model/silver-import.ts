/**
 * Moves silver labels written under the gold's GUIDE.md (`<labels>/<annotator>/<id>.json`, sentence
 * numbers of `<packets>/<id>.txt`) into the project (`scripts/lens-model/silver-labels.jsonl`, one
 * line per article in id order, sentences by key: scripts/lens-model/silver-labels.ts). A file that
 * is not valid is reported and skipped.
 *
 *   npx tsx scripts/lens-model/silver-import.ts --from /tmp/silver
 *   (reads /tmp/silver/packets/ and /tmp/silver/labels/<annotator>/)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readPacket } from '../eval/gold/load';
import { SILVER_FILE, silverLabelFile, type SilverLabelFile } from './silver-labels';

const { values } = parseArgs({ options: { from: { type: 'string' } } });
if (!values.from) {
  console.error('silver-import: --from DIR is required');
  process.exit(2);
}
const root = path.resolve(values.from);
const lines = new Map<string, SilverLabelFile>();
const problems: string[] = [];
for (const annotator of readdirSync(path.join(root, 'labels')).sort()) {
  const dir = path.join(root, 'labels', annotator);
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.json')) continue;
    const id = f.slice(0, -'.json'.length);
    const packet = path.join(root, 'packets', `${id}.txt`);
    try {
      if (!existsSync(packet)) throw new Error('no packet');
      const { sentences } = readPacket(packet);
      const raw = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Record<string, unknown>;
      if (raw.id !== id) throw new Error(`id ${JSON.stringify(raw.id)} in the file`);
      const file = silverLabelFile(raw, sentences, annotator);
      if (lines.has(id)) throw new Error('labelled twice');
      lines.set(id, file);
    } catch (err) {
      problems.push(`${annotator}/${f}: ${(err as Error).message}`);
    }
  }
}
const ids = [...lines.keys()].sort();
writeFileSync(SILVER_FILE, ids.map((id) => JSON.stringify(lines.get(id)) + '\n').join(''));
console.log(`${ids.length} silver labels in ${SILVER_FILE}`);
for (const p of problems) console.error(`skipped ${p}`);
if (problems.length) process.exitCode = 1;
