/**
 * Runs every summarization system over a suite's documents and turns the scores into tables.
 * Scores are averaged per document (macro average), in percent, as the ROUGE literature reports.
 * Besides all documents, ours and LEAD are reported on the even-indexed documents (the half the
 * summarizer's few parameters were chosen on) and on the odd-indexed ones (held out), so that a
 * reader sees whether a margin holds beyond the tuning half.
 */
import { rouge } from '../../lib/eval/rouge';
import type { Table } from './types';
import type { SummaryDoc } from './summary-docs';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { OURS, leadSystem, prepareDoc, type SummarySystem } from './summary-systems';

export interface SystemScores {
  name: string;
  rouge1: number;
  rouge2: number;
  rougeL: number;
  rougeLsum: number;
  msPerDoc: number;
  documents: number;
  /** Documents on which the system threw (scored 0). */
  failures: number;
}

export interface SuiteScores {
  all: SystemScores[];
  tuning: SystemScores[];
  heldOut: SystemScores[];
}

interface Accumulator {
  sums: [number, number, number, number];
  n: number;
  failures: number;
  ms: number;
}

const percent = (x: number) => Math.round(x * 10000) / 100;

export function scoreSystems(docs: SummaryDoc[], systems: SummarySystem[]): SuiteScores {
  const make = (): Accumulator => ({ sums: [0, 0, 0, 0], n: 0, failures: 0, ms: 0 });
  const acc = systems.map(() => ({ all: make(), halves: [make(), make()] }));
  docs.forEach((doc, d) => {
    const prepared = prepareDoc(doc);
    systems.forEach((system, s) => {
      const t0 = performance.now();
      let summary: string[] = [];
      let failed = false;
      try {
        summary = system.run(doc, prepared);
      } catch {
        failed = true;
      }
      const ms = performance.now() - t0;
      const r = rouge(summary, doc.reference);
      for (const a of [acc[s].all, acc[s].halves[d % 2]]) {
        a.sums[0] += r.rouge1.f1;
        a.sums[1] += r.rouge2.f1;
        a.sums[2] += r.rougeL.f1;
        a.sums[3] += r.rougeLsum.f1;
        a.n++;
        a.ms += ms;
        if (failed) a.failures++;
      }
    });
  });
  const finish = (name: string, a: Accumulator): SystemScores => ({
    name,
    rouge1: percent(a.sums[0] / Math.max(1, a.n)),
    rouge2: percent(a.sums[1] / Math.max(1, a.n)),
    rougeL: percent(a.sums[2] / Math.max(1, a.n)),
    rougeLsum: percent(a.sums[3] / Math.max(1, a.n)),
    msPerDoc: Math.round((a.ms / Math.max(1, a.n)) * 100) / 100,
    documents: a.n,
    failures: a.failures,
  });
  return {
    all: systems.map((s, i) => finish(s.name, acc[i].all)),
    tuning: systems.map((s, i) => finish(s.name, acc[i].halves[0])),
    heldOut: systems.map((s, i) => finish(s.name, acc[i].halves[1])),
  };
}

const COLUMNS = ['system', 'R-1', 'R-2', 'R-L', 'R-Lsum', 'ms/doc'];

function row(s: SystemScores, label = s.name): (string | number)[] {
  const name = s.failures ? `${label} (${s.failures} failed)` : label;
  return [name, s.rouge1.toFixed(2), s.rouge2.toFixed(2), s.rougeL.toFixed(2), s.rougeLsum.toFixed(2), s.msPerDoc.toFixed(2)];
}

export function scoreTables(title: string, scores: SuiteScores, halfSystems: string[]): Table[] {
  const halfRows = (label: string, list: SystemScores[]) =>
    list.filter((s) => halfSystems.includes(s.name)).map((s) => row(s, `${s.name}, ${label} (${s.documents})`));
  return [
    { title: `${title}: ${scores.all[0]?.documents ?? 0} documents`, columns: COLUMNS, rows: scores.all.map((s) => row(s)) },
    {
      title: `${title}: tuning half (even-indexed) vs held-out half (odd-indexed)`,
      columns: COLUMNS,
      rows: [...halfRows('even', scores.tuning), ...halfRows('odd', scores.heldOut)],
    },
  ];
}

export function find(scores: SystemScores[], name: string): SystemScores {
  const s = scores.find((x) => x.name === name);
  if (!s) throw new Error(`no scores for ${name}`);
  return s;
}

/**
 * Ours and LEAD-k at the extension's default summary length (`summarySentences`), against the
 * same references: reported, not checked. The bars test the lengths the literature uses (3 for
 * CNN/DailyMail, 1 for a teaser); this table shows whether a change that keeps those bars costs the
 * summaries people actually see (docs/evaluation.md, "Session 2").
 */
export function defaultLengthTable(title: string, docs: SummaryDoc[]): Table {
  const k = DEFAULT_SETTINGS.summarySentences;
  const scores = scoreSystems(
    docs.map((d) => ({ ...d, sentences: k })),
    [OURS, leadSystem(k)],
  );
  return {
    title: `${title}: ${k} sentences, the extension's default length (reported, not checked)`,
    columns: COLUMNS,
    rows: scores.all.map((s) => row(s)),
  };
}
