/**
 * The silver-labelled articles (scripts/lens-model/silver-labels.jsonl) as the entity tagger sees
 * them: each article's prose sentences in the pipeline's tokens (the CLI's extraction and
 * preparation, `analysisOf`; tokenize.ts, credits cut as `entityCandidates` does), with the
 * annotator's `people_all` / `organizations_all` (and top lists). Written as JSONL, one article a
 * line, for silver-ner.ts, which projects the lists onto the tokens as extra tagger training data
 * (issue 16, session 9). The article text stays outside the project (a /tmp file).
 *
 *   npx tsx scripts/entities-model/silver-sentences.ts --data ../shared/data --out /tmp/silver-sentences.jsonl
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { withoutCredits } from '../../lib/entities';
import { tokenize } from '../../lib/entities/tokenize';
import { loadGold } from '../eval/gold/load';
import { analysisOf, extractedInput } from '../eval/gold/prepare';
import { readSilverLabelFiles } from '../lens-model/silver-labels';
import { silverCandidates } from '../lens-model/silver-sources';

export interface SilverSentences {
  id: string;
  lang: string;
  sentences: string[][];
  people: string[];
  organizations: string[];
}

function main(): void {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: '../shared/data' },
      out: { type: 'string', default: '/tmp/silver-sentences.jsonl' },
    },
  });
  const dataDir = path.resolve(values.data!);
  const gold = loadGold(dataDir);
  const files = readSilverLabelFiles();
  const inputs = new Map(
    silverCandidates(
      dataDir,
      gold.map((g) => g.id),
    ).map((c) => [c.id, c.input]),
  );
  const fd = openSync(values.out!, 'w');
  let n = 0;
  for (const f of files) {
    const input = inputs.get(f.id);
    inputs.delete(f.id);
    if (!input) continue;
    const article = extractedInput(input);
    if (!article) continue;
    const p = analysisOf(article).prepared;
    const sentences = p.sentences
      .filter((_, i) => !p.prose || p.prose[i] !== false)
      .map((s) => withoutCredits(tokenize(s.text)).map((t) => t.text))
      .filter((t) => t.length);
    const row: SilverSentences = {
      id: f.id,
      lang: p.lang,
      sentences,
      people: [...new Set([...f.people_all, ...f.people])],
      organizations: [...new Set([...f.organizations_all, ...f.organizations])],
    };
    writeSync(fd, JSON.stringify(row) + '\n');
    if (++n % 100 === 0) console.error(`${n} silver articles`);
  }
  closeSync(fd);
  console.error(`${n} silver articles → ${values.out}`);
}

if (process.argv[1]?.endsWith('silver-sentences.ts')) main();
