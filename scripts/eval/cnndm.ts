/**
 * `cnndm`: CNN/DailyMail test articles (`cnndm/cnndm_test.jsonl`), 3 sentences against the
 * highlights (`reference_detok_besteffort`), the standard extractive setting (See et al. 2017,
 * Liu & Lapata 2019). Articles carry no title here, so the title prior is idle.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitSentences } from '../../lib/text/sentences';
import type { Check, Suite } from './types';
import { blocksOf, limited, type SummaryDoc } from './summary-docs';
import { defaultLengthTable, find, scoreSystems, scoreTables } from './summary-suite';
import { measureSummarySpeed } from './summary-speed';
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
import {
  LEXRANK,
  OURS,
  OURS_CONDENSED,
  ORACLE,
  TS_TEXTRANK,
  leadSystem,
  type SummarySystem,
} from './summary-systems';

interface CnnDmLine {
  id: string;
  article: string;
  article_sentences: string[];
  reference_detok_besteffort: string;
}

/** Issue 3's bar: +0.5 ROUGE-1 over LEAD-3 (PacSum-BERT's margin is 0.3), and no loss on ROUGE-2/L. */
const R1_MARGIN = 0.5;

/** Issue 17: the lengths a reader can ask for around the default 4, scored per part. */
const LENGTHS = [1, 2, 3, 4, 5, 6];

/** Issue 17: at no length may ours fall below LEAD-k by more than this much R-1. */
const LENGTH_TOLERANCE = 0.2;

export function loadCnnDm(
  dataDir: string,
  limit?: number,
): { docs: SummaryDoc[]; datasetSentences: Map<string, string[]> } {
  const file = path.join(dataDir, 'cnndm', 'cnndm_test.jsonl');
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as CnnDmLine);
  const datasetSentences = new Map<string, string[]>();
  const docs: SummaryDoc[] = limited(lines, limit).map((l) => {
    datasetSentences.set(l.id, l.article_sentences);
    return {
      id: l.id,
      title: '',
      paragraphs: blocksOf(l.article),
      lang: 'en',
      reference: splitSentences(l.reference_detok_besteffort, 'en').map((s) => s.text),
      sentences: 3,
    };
  });
  return { docs, datasetSentences };
}

export const cnndmSuite: Suite = {
  name: 'cnndm',
  description:
    'CNN/DailyMail: 3-sentence extractive summaries vs highlights (ROUGE), ours vs LEAD-3, npm peers, oracle',
  async run(ctx) {
    const { docs, datasetSentences } = loadCnnDm(ctx.dataDir, ctx.limit);
    // LEAD-3 on the data set's own sentence split, the figure issue 3 quotes (39.11/17.71/25.50
    // was measured with yet another splitter); a check against it keeps us honest whichever split wins.
    const leadDatasetSplit: SummarySystem = {
      name: 'LEAD-3 (data set split)',
      run: (doc) => (datasetSentences.get(doc.id) ?? []).slice(0, 3),
    };
    const lead = leadSystem(3);
    const systems = [OURS, OURS_CONDENSED, lead, leadDatasetSplit, TS_TEXTRANK, LEXRANK, ORACLE];
    const scores = scoreSystems(docs, systems);
    const ours = find(scores.all, OURS.name);
    const leads = [find(scores.all, lead.name), find(scores.all, leadDatasetSplit.name)];
    const bestLead = (k: 'rouge1' | 'rouge2' | 'rougeL') => Math.max(...leads.map((l) => l[k]));
    const heldOutLead = Math.max(
      find(scores.heldOut, lead.name).rouge1,
      find(scores.heldOut, leadDatasetSplit.name).rouge1,
    );
    const heldOutOurs = find(scores.heldOut, OURS.name).rouge1;
    const speed = measureSummarySpeed();
    // Issue 17: every length from 1 to 6, per part (by the hash of the data set's `id`).
    const byLength = scoreByLength(docs, LENGTHS, [OURS_AT, LEAD_AT, TEXTRANK_AT]);
    const names: [string, string] = [OURS_AT.name, LEAD_AT.name];
    const heldOut = (k: 'rouge1' | 'rouge2' | 'rougeL') =>
      `held-out half: ours ${find(scores.heldOut, OURS.name)[k].toFixed(2)} vs LEAD-3 ${find(scores.heldOut, lead.name)[k].toFixed(2)}`;
    const checks: Check[] = [
      {
        name: 'cnndm: ours ROUGE-1 ≥ LEAD-3 + 0.5',
        pass: ours.rouge1 >= bestLead('rouge1') + R1_MARGIN,
        detail: `${ours.rouge1.toFixed(2)} ≥ ${bestLead('rouge1').toFixed(2)} + ${R1_MARGIN} (${heldOut('rouge1')})`,
      },
      {
        name: 'cnndm: ours ROUGE-2 ≥ LEAD-3',
        pass: ours.rouge2 >= bestLead('rouge2'),
        detail: `${ours.rouge2.toFixed(2)} ≥ ${bestLead('rouge2').toFixed(2)} (${heldOut('rouge2')})`,
      },
      {
        name: 'cnndm: ours ROUGE-L ≥ LEAD-3',
        pass: ours.rougeL >= bestLead('rougeL'),
        detail: `${ours.rougeL.toFixed(2)} ≥ ${bestLead('rougeL').toFixed(2)} (${heldOut('rougeL')})`,
      },
      {
        // The warning: a margin found on tuned articles must survive unseen ones.
        name: 'cnndm: held-out half (odd-indexed), ours ROUGE-1 ≥ LEAD-3 + 0.5',
        pass: heldOutOurs >= heldOutLead + R1_MARGIN,
        detail: `${heldOutOurs.toFixed(2)} ≥ ${heldOutLead.toFixed(2)} + ${R1_MARGIN}`,
      },
      {
        name: 'summary speed: 2,000 words ≤ 10 ms (warm, CPU time, fastest of 15)',
        pass: speed.ms2k <= 10,
        detail: `${speed.ms2k.toFixed(2)} ms`,
      },
      {
        name: 'summary speed: 100,000 words ≤ 12× 10,000 words (CPU time)',
        pass: speed.ratio <= 12,
        detail: `${speed.ms100k.toFixed(1)} ms / ${speed.ms10k.toFixed(1)} ms = ${speed.ratio.toFixed(1)}×`,
        // Every step is linear in the number of terms, but on the shared 2-core machine 100,000
        // words leave the CPU caches and cost 11-19× (docs/evaluation.md): reported OPEN.
        required: false,
      },
      marginCheck('cnndm', byLength, 3, R1_MARGIN, true, names),
      marginCheck('cnndm', byLength, 4, R1_MARGIN, true, names),
      everyLengthCheck('cnndm', byLength, LENGTH_TOLERANCE, names),
    ];
    return {
      suite: 'cnndm',
      tables: [
        ...scoreTables('CNN/DailyMail, 3 sentences vs highlights', scores, [OURS.name, lead.name]),
        defaultLengthTable('CNN/DailyMail vs highlights', docs),
        lengthTable(
          'CNN/DailyMail vs highlights, k sentences, tuning and check parts (partOf the `id` field)',
          byLength,
          [OURS_AT.name, LEAD_AT.name, TEXTRANK_AT.name],
        ),
        equalLengthTable(
          "CNN/DailyMail vs highlights, k sentences, ours and LEAD-k cut to the shorter one's tokens",
          byLength,
          [OURS_AT.name, LEAD_AT.name],
        ),
      ],
      checks,
      data: { scores, speed, byLength },
    };
  },
};
