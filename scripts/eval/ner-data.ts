/**
 * Readers for the English named-entity sets of `ner-en/` (its README): wikigold (Balasuriya et al.
 * 2009; `token TAG` per line, IO tags, `-DOCSTART-` between documents) and two sections of the
 * Broad Twitter Corpus (Derczynski et al. 2016; `token<TAB>TAG`, BIO). Both come out in the BIO
 * labels of lib/entities/labels.ts, wikigold's MISC as OTH (GermEval's class for the same things).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sentenceFeatures } from '../../lib/entities/features';
import { LABELS, type Label } from '../../lib/entities/labels';
import type { TrainingSentence } from '../../lib/entities/train';

export interface NerSentence {
  /** Stable id: set, document and sentence number, for the split and the folds (split.ts). */
  id: string;
  /** Document id: sentences of one document stay in one fold. */
  doc: string;
  tokens: string[];
  labels: Label[];
}

const CLASS_OF: Record<string, string> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'OTH' };

/** IO or BIO tags of one sentence to BIO labels: an `I-` after another class or after O opens a span. */
function toBio(tags: string[]): Label[] {
  const out: Label[] = [];
  let prev = 'O';
  for (const t of tags) {
    const m = /^([BI])-(\w+)$/.exec(t);
    const cls = m ? CLASS_OF[m[2]] : undefined;
    if (!m || !cls) {
      out.push('O');
      prev = 'O';
      continue;
    }
    const begin = m[1] === 'B' || prev !== cls;
    const label = `${begin ? 'B' : 'I'}-${cls}` as Label;
    out.push((LABELS as readonly string[]).includes(label) ? label : 'O');
    prev = cls;
  }
  return out;
}

function readConll(file: string, set: string, sep: RegExp, docEvery?: number): NerSentence[] {
  const out: NerSentence[] = [];
  let doc = 0;
  let tokens: string[] = [];
  let tags: string[] = [];
  let inDoc = 0;
  const flush = () => {
    if (tokens.length) {
      if (docEvery && inDoc >= docEvery) {
        doc++;
        inDoc = 0;
      }
      out.push({ id: `${set}:${doc}:${inDoc}`, doc: `${set}:${doc}`, tokens, labels: toBio(tags) });
      inDoc++;
    }
    tokens = [];
    tags = [];
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      doc++;
      inDoc = 0;
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    const cols = line.split(sep);
    if (cols.length < 2) continue;
    tokens.push(cols[0]);
    tags.push(cols[cols.length - 1]);
  }
  flush();
  return out;
}

export function nerEnDir(dataDir: string): string {
  return path.join(dataDir, 'ner-en');
}

export function readWikigold(dataDir: string): NerSentence[] {
  return readConll(path.join(nerEnDir(dataDir), 'wikigold-wikigold.conll.txt'), 'wikigold', / /);
}

/** Each tweet is its own document. */
export function readBtc(dataDir: string): NerSentence[] {
  return ['f', 'g'].flatMap((s) =>
    readConll(path.join(nerEnDir(dataDir), `BTC-${s}.conll`), `btc-${s}`, /\t/, 1),
  );
}

/** English sentences as the trainer takes them: English features, label indices. */
export function englishTrainingSentences(sentences: readonly NerSentence[]): TrainingSentence[] {
  return sentences.map((s) => ({
    feats: sentenceFeatures(s.tokens, 'en'),
    gold: s.labels.map((l) => LABELS.indexOf(l)),
  }));
}
