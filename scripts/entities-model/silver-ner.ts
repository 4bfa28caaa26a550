/**
 * The silver articles' name lists as tagger training data (issue 16, session 9): each article's
 * `people_all` / `organizations_all` projected onto its tokens (lib/entities/project-names.ts),
 * places and other names from the fold's own model, added to the training part of every fold of
 * the `ner` suite's cross-validation (GermEval dev for German, wikigold + BTC for English). The
 * silver articles are never scored here and hold no gold article (silver-sources.ts).
 *
 *   npx tsx scripts/entities-model/silver-sentences.ts --data ../shared/data --out /tmp/silver-sentences.jsonl
 *   npx tsx scripts/entities-model/silver-ner.ts --data ../shared/data --in /tmp/silver-sentences.jsonl [--named-only]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  compileModel,
  decodeSentence,
  type CompiledModel,
} from '../../lib/entities/compiled-model';
import type { LinearModel } from '../../lib/entities/model';
import { trainPerceptron, type TrainingSentence } from '../../lib/entities/train';
import { compactModel } from '../../lib/entities/weights-format';
import { sentenceFeatures } from '../../lib/entities/features';
import { LABELS } from '../../lib/entities/labels';
import {
  namePatterns,
  projectNames,
  silverLabels,
  type Projected,
} from '../../lib/entities/project-names';
import { runNer, setExtraTraining, type ExtraTraining } from '../eval/ner';
import type { SilverSentences } from './silver-sentences';

export interface SilverOptions {
  namedOnly?: boolean;
  keepTaggerNames?: boolean | 'PER' | 'ORG';
  minCount?: number;
}

/** The variant the shipped weights are built with. */
export const SHIPPED_OPTIONS: SilverOptions = { keepTaggerNames: true };

interface Prepared {
  tokens: string[];
  projected: Projected;
  feats: string[][];
}

export function readSilverSentences(file: string): SilverSentences[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as SilverSentences);
}

/**
 * The hook for the `ner` suite: per language, the silver sentences with their projected lists;
 * `namedOnly` keeps only sentences where a listed name was found (fewer all-`O` sentences).
 */
export function silverTraining(
  articles: readonly SilverSentences[],
  options: SilverOptions = {},
): ExtraTraining {
  const byLang = new Map<string, Prepared[]>();
  for (const a of articles) {
    if (a.lang !== 'de' && a.lang !== 'en') continue;
    const patterns = namePatterns(a.people, a.organizations);
    for (const tokens of a.sentences) {
      const projected = projectNames(tokens, patterns);
      if (options.namedOnly && projected.every((p) => p === null)) continue;
      const list = byLang.get(a.lang) ?? [];
      list.push({ tokens, projected, feats: sentenceFeatures(tokens, a.lang) });
      byLang.set(a.lang, list);
    }
  }
  return (lang: 'de' | 'en', model: CompiledModel): TrainingSentence[] =>
    (byLang.get(lang) ?? []).map((s) => {
      const base = Array.from(decodeSentence(model, s.tokens, lang), (k) => LABELS[k]);
      return {
        feats: s.feats,
        gold: silverLabels(s.projected, base, options).map((l) => LABELS.indexOf(l)),
      };
    });
}

/** The shipped model's training (build-lexicons-weights*.ts): the set alone, or the set and the silver sentences as one fold of the suite. */
export function withSilver(
  train: TrainingSentence[],
  lang: 'de' | 'en',
  silverFile: string | undefined,
  options: SilverOptions = SHIPPED_OPTIONS,
): LinearModel {
  const base = trainPerceptron(train);
  if (!silverFile) return base;
  const extra = silverTraining(readSilverSentences(silverFile), options);
  return trainPerceptron([...train, ...extra(lang, compileModel(compactModel(base)))], {
    minCount: options.minCount,
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: '../shared/data' },
      in: { type: 'string', default: '/tmp/silver-sentences.jsonl' },
      'named-only': { type: 'boolean', default: false },
      /** Keep the fold model's own people and organisations the lists lack: all, PER or ORG. */
      'keep-tagger': { type: 'string' },
      'min-count': { type: 'string' },
      baseline: { type: 'boolean', default: false },
    },
  });
  const options: SilverOptions = {
    namedOnly: values['named-only'],
    keepTaggerNames:
      values['keep-tagger'] === 'all' ? true : (values['keep-tagger'] as 'PER' | 'ORG' | undefined),
    minCount: values['min-count'] ? Number(values['min-count']) : undefined,
  };
  console.log(JSON.stringify(values.baseline ? 'baseline' : options));
  if (!values.baseline)
    setExtraTraining(silverTraining(readSilverSentences(values.in!), options), options.minCount);
  const r = await runNer({ dataDir: path.resolve(values.data!) });
  for (const t of r.tables) {
    console.log(t.title);
    for (const row of t.rows) console.log('  ' + row.join(' | '));
  }
}

if (process.argv[1]?.endsWith('silver-ner.ts')) void main();
