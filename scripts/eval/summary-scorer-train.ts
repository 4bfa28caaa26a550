/**
 * `npx tsx scripts/eval/summary-scorer-train.ts [--data DIR] [--write]`
 *
 * Trains the one-sentence scorer (lib/summarize/sentence-features.ts) on the TUNING part of
 * CNN/DailyMail and 10kGNAD only (scripts/eval/split.ts; the check part is never read here), and
 * prints what it is worth before anyone looks at the check part:
 *
 * - 5-fold cross-validation by `foldOf` over the tuning documents of both corpora: each fold is
 *   scored by a model trained on the other four;
 * - across corpora: trained on one corpus's tuning part, scored on the other's;
 *
 * each as ROUGE-1/2 F1 of the one-sentence summary against LEAD-1 and the relevance ranking.
 * `--write` then trains on all tuning documents and writes lib/summarize/scorer-weights.ts.
 * BBC is left out: its references are machine-made, and the issue says never to tune to them alone.
 *
 * Labels: a candidate is positive when it is one of the three candidates of its article whose
 * ROUGE-1 F1 + ROUGE-2 F1 against the reference is highest (top-1 labels were measured too and
 * scored lower: one positive per article is too few to learn from).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { rougeN, rougeTokens } from '../../lib/eval/rouge';
import { DEFAULT_OPTIONS, rankingInputs, summarize } from '../../lib/summarize';
import { FEATURES, linearScore, sentenceFeatures } from '../../lib/summarize/sentence-features';
import { loadGnad } from './10kgnad';
import { loadCnnDm } from './cnndm';
import { trainLogistic } from './logistic';
import { foldOf, partOf } from './split';
import { prepareDoc } from './summary-systems';

const FOLDS = 5;
const POSITIVES = 3;

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: path.resolve('../shared/data') },
    write: { type: 'boolean', default: false },
  },
});
const dataDir = path.resolve(values.data!);

interface Item {
  corpus: 'cnndm' | '10kgnad';
  fold: number;
  rows: Float64Array[];
  labels: number[];
  /** ROUGE-1 and -2 F1 (percent) of each candidate alone, and of the relevance ranking's pick. */
  single: [number, number][];
  relevance: [number, number];
  lead: [number, number];
}

function pair(tokens: string[], reference: string[]): [number, number] {
  return [100 * rougeN(tokens, reference, 1).f1, 100 * rougeN(tokens, reference, 2).f1];
}

const corpora = [
  ['cnndm', loadCnnDm(dataDir).docs],
  ['10kgnad', loadGnad(dataDir)],
] as const;
const items: Item[] = [];
for (const [corpus, docs] of corpora) {
  for (const doc of docs) {
    if (partOf(doc.id) !== 'tuning') continue;
    const p = prepareDoc(doc);
    const inputs = rankingInputs(p, DEFAULT_OPTIONS);
    if (!inputs.candidates.length) continue;
    const reference = rougeTokens(doc.reference.join(' '));
    const score = (i: number) => pair(rougeTokens(p.sentences[i].text), reference);
    const single = inputs.candidates.map(score);
    const order = single.map((s, r) => [s[0] + s[1], r]).sort((a, b) => b[0] - a[0]);
    const labels = single.map(() => 0);
    for (const [, r] of order.slice(0, POSITIVES)) labels[r] = 1;
    const relevancePick = summarize(p, 1, { ...DEFAULT_OPTIONS, oneSentence: 'relevance' })
      .indices[0];
    items.push({
      corpus,
      fold: foldOf(doc.id, FOLDS),
      rows: sentenceFeatures(p, inputs.candidates, inputs.space, inputs.centrality),
      labels,
      single,
      relevance: score(relevancePick),
      lead: pair(rougeTokens(p.sentences[0].text), reference),
    });
  }
}

function train(set: Item[]): number[] {
  return trainLogistic(
    set.flatMap((x) => x.rows),
    set.flatMap((x) => x.labels),
  );
}

function picked(x: Item, w: number[]): [number, number] {
  let best = 0;
  x.rows.forEach((row, r) => {
    if (linearScore(w, row) > linearScore(w, x.rows[best])) best = r;
  });
  return x.single[best];
}

const mean = (xs: [number, number][]) =>
  xs
    .reduce((a, b) => [a[0] + b[0], a[1] + b[1]], [0, 0])
    .map((v) => (v / Math.max(1, xs.length)).toFixed(2))
    .join('/');

const cv = new Map<Item, [number, number]>();
for (let f = 0; f < FOLDS; f++) {
  const w = train(items.filter((x) => x.fold !== f));
  for (const x of items) if (x.fold === f) cv.set(x, picked(x, w));
}
console.log('one-sentence summary, tuning part only, ROUGE-1/ROUGE-2 F1');
console.log(
  '| corpus | docs | LEAD-1 | relevance | scorer, 5-fold CV | scorer trained on the other corpus |',
);
console.log('|---|---:|---:|---:|---:|---:|');
for (const [corpus] of corpora) {
  const own = items.filter((x) => x.corpus === corpus);
  const other = train(items.filter((x) => x.corpus !== corpus));
  console.log(
    `| ${corpus} | ${own.length} | ${mean(own.map((x) => x.lead))} | ${mean(own.map((x) => x.relevance))} | ${mean(own.map((x) => cv.get(x)!))} | ${mean(own.map((x) => picked(x, other)))} |`,
  );
}

const weights = train(items);
console.log('\nweights on all tuning documents:');
FEATURES.forEach((name, j) => console.log(`  ${name.padEnd(24)} ${weights[j].toFixed(4)}`));
if (values.write) {
  const file = path.resolve(import.meta.dirname, '../../lib/summarize/scorer-weights.ts');
  const lines = FEATURES.map((name, j) => `  ${weights[j].toFixed(4)}, // ${name}`);
  writeFileSync(
    file,
    [
      '/**',
      ' * Weights of the one-sentence scorer, in the order of `FEATURES` (sentence-features.ts).',
      ' * Written by `npx tsx scripts/eval/summary-scorer-train.ts --data ../shared/data --write` from',
      ` * the tuning part of CNN/DailyMail and 10kGNAD (${items.length} articles); do not edit by hand.`,
      ' */',
      'export const ONE_SENTENCE_WEIGHTS: readonly number[] = [',
      ...lines,
      '];',
      '',
    ].join('\n'),
  );
  console.log(`\nwrote ${path.relative(process.cwd(), file)}`);
}
