/**
 * `10kgnad`: German news from DER STANDARD (10kGNAD test split). The editorial teaser before the
 * dateline (`Wien – `) is the reference, the body after it is the article: one sentence against the
 * teaser, as MLSUM (Scialom et al. 2020) uses teasers as abstractive references. Only articles where
 * the data set's heuristic found a dateline (and so a teaser and a body) are used.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitSentences } from '../../lib/text/sentences';
import type { Check, Suite } from './types';
import { blocksOf, limited, type SummaryDoc } from './summary-docs';
import { defaultLengthTable, find, scoreSystems, scoreTables } from './summary-suite';
import { LEXRANK, OURS, OURS_CONDENSED, ORACLE, TS_TEXTRANK, leadSystem } from './summary-systems';
import {
  LEAD_AT,
  OURS_AT,
  TEXTRANK_AT,
  equalLengthTable,
  everyLengthCheck,
  lengthTable,
  marginCheck,
  scoreByLength,
} from './summary-parts';

/** Issue 17: the lengths a reader can ask for around the default 4, scored per part. */
const LENGTHS = [1, 2, 3, 4, 5, 6];

/** Issue 17's bar at one sentence: + 1.5 R-1 over LEAD-1 (the teaser is one or two sentences). */
const ONE_SENTENCE_MARGIN = 1.5;

/** Issue 17: at no length may ours fall below LEAD-k by more than this much R-1. */
const LENGTH_TOLERANCE = 0.2;

interface GnadLine {
  row: number;
  text: string;
  teaser_heuristic?: string;
  body_heuristic?: string;
}

export function loadGnad(dataDir: string, limit?: number): SummaryDoc[] {
  const file = path.join(dataDir, '10kgnad', 'articles.jsonl');
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as GnadLine);
  const docs = lines
    .filter((l) => l.teaser_heuristic && l.body_heuristic)
    .map((l) => ({
      id: String(l.row),
      title: '',
      paragraphs: blocksOf(l.body_heuristic!),
      lang: 'de',
      reference: splitSentences(l.teaser_heuristic!, 'de').map((s) => s.text),
      sentences: 1,
    }));
  return limited(docs, limit);
}

export const gnadSuite: Suite = {
  name: '10kgnad',
  description:
    '10kGNAD (German, DER STANDARD): 1 sentence of the body vs the editorial teaser (ROUGE), ours vs LEAD-1, npm peers, oracle',
  async run(ctx) {
    const docs = loadGnad(ctx.dataDir, ctx.limit);
    const lead = leadSystem(1);
    const systems = [OURS, OURS_CONDENSED, lead, TS_TEXTRANK, LEXRANK, ORACLE];
    const scores = scoreSystems(docs, systems);
    const ours = find(scores.all, OURS.name);
    const leadScores = find(scores.all, lead.name);
    const checks: Check[] = (['rouge1', 'rouge2'] as const).map((k) => ({
      name: `10kgnad: ours ${k === 'rouge1' ? 'ROUGE-1' : 'ROUGE-2'} ≥ LEAD-1`,
      pass: ours[k] >= leadScores[k],
      detail: `${ours[k].toFixed(2)} ≥ ${leadScores[k].toFixed(2)} (held-out half: ours ${find(scores.heldOut, OURS.name)[k].toFixed(2)} vs LEAD-1 ${find(scores.heldOut, lead.name)[k].toFixed(2)})`,
    }));
    // Issue 17: every length, per part (by the hash of the data set's `row` number, its line id).
    const byLength = scoreByLength(docs, LENGTHS, [OURS_AT, LEAD_AT, TEXTRANK_AT]);
    const names: [string, string] = [OURS_AT.name, LEAD_AT.name];
    checks.push(
      marginCheck('10kgnad', byLength, 1, ONE_SENTENCE_MARGIN, false, names),
      marginCheck('10kgnad', byLength, 4, 0, false, names),
      everyLengthCheck('10kgnad', byLength, LENGTH_TOLERANCE, names),
    );
    return {
      suite: '10kgnad',
      tables: [
        ...scoreTables('10kGNAD, 1 sentence vs teaser', scores, [OURS.name, lead.name]),
        defaultLengthTable('10kGNAD vs teaser', docs),
        lengthTable(
          '10kGNAD vs teaser, k sentences, tuning and check parts (partOf the `row` number)',
          byLength,
          [OURS_AT.name, LEAD_AT.name, TEXTRANK_AT.name],
        ),
        equalLengthTable(
          "10kGNAD vs teaser, k sentences, ours and LEAD-k cut to the shorter one's tokens",
          byLength,
          [OURS_AT.name, LEAD_AT.name],
        ),
      ],
      checks,
      data: { scores, byLength },
    };
  },
};
