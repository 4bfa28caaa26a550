/**
 * The panels part of the reference scorer (`../shared/tools/persp_score.py`, `score`), in
 * TypeScript so the eval needs no Python; `tests/unit/gold-panels-score.test.ts` checks that both
 * give the same figures. Definitions (from the gold's README):
 * - a shown sentence's grade is the mean over the two annotators of core = 2, relevant = 1, else 0;
 * - precision: mean grade / 2 of shown sentences, over lenses that show something;
 * - useful: share of shown sentences with grade ≥ 1;
 * - hit: on lenses both annotators could answer, whether a core sentence of either is shown;
 * - gain: grades of the first three shown ÷ the best three grades the labels allow;
 * - empty_ok_no / empty_ok_yes: empty where both found nothing / answered where both found something;
 * - identical panel pairs and the share of panel sentences that repeat the summary;
 * - the annotator ceiling: each annotator's core scored by the other's grades.
 */
import { GOLD_LENSES, type GoldArticle, type GoldLabel, type GoldLens } from './load';
import { SentenceMapper } from './mapper';

/** What the scorer reads of one output line of the CLI's `--batch`. */
export interface PanelOutput {
  id?: unknown;
  error?: unknown;
  perspectives?: { id: string; answer: { text: string }[] }[];
  summary?: { text: string }[];
}

export type Metric =
  'precision' | 'useful' | 'hit' | 'gain' | 'empty_ok' | 'empty_ok_no' | 'empty_ok_yes';

export const SYSTEMS = ['kontext', 'summary-3', 'lead-3', 'annotator'] as const;
export type SystemName = (typeof SYSTEMS)[number];

/** A mean and the number of values behind it (the scorer prints both). */
export interface Mean {
  value: number;
  n: number;
}

export interface PanelScores {
  systems: Record<SystemName, Partial<Record<Metric, Mean>>>;
  /** Per lens, Kontext's figures. */
  lenses: Record<GoldLens, Partial<Record<Metric, Mean>>>;
  identicalPanelPairs: Mean;
  repeatsSummary: Mean;
}

function grade(label: GoldLabel, lens: GoldLens, i: number | null): number {
  if (i === null) return 0;
  const l = label.lenses[lens];
  if (l.core.includes(i)) return 2;
  if (l.relevant.includes(i)) return 1;
  return 0;
}

class Acc {
  private readonly values = new Map<string, number[]>();
  push(key: string, v: number | boolean): void {
    const list = this.values.get(key) ?? [];
    list.push(typeof v === 'boolean' ? (v ? 1 : 0) : v);
    this.values.set(key, list);
  }
  means(): Partial<Record<Metric, Mean>> {
    const out: Record<string, Mean> = {};
    for (const [k, v] of this.values)
      out[k] = { value: v.reduce((a, b) => a + b, 0) / v.length, n: v.length };
    return out as Partial<Record<Metric, Mean>>;
  }
}

const mean = (v: number[]): Mean => ({
  value: v.length ? v.reduce((a, b) => a + b, 0) / v.length : NaN,
  n: v.length,
});

export type Answerable = 'yes' | 'no' | 'split';

/** Whether both annotators answered a lens, neither did, or they disagree. */
export function answerable(a: GoldArticle, lens: GoldLens): Answerable {
  const [A, B] = a.labels;
  const ca = A.lenses[lens].core.length;
  const cb = B.lenses[lens].core.length;
  return ca && cb ? 'yes' : !ca && !cb ? 'no' : 'split';
}

/** Mean grade (0–2) of packet sentence `i` for a lens. */
export function meanGrade(a: GoldArticle, lens: GoldLens, i: number | null): number {
  return (grade(a.labels[0], lens, i) + grade(a.labels[1], lens, i)) / 2;
}

export function scorePanels(
  articles: readonly GoldArticle[],
  outputs: readonly PanelOutput[],
): PanelScores {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const acc = Object.fromEntries(SYSTEMS.map((s) => [s, new Acc()])) as Record<SystemName, Acc>;
  const perLens = Object.fromEntries(GOLD_LENSES.map((l) => [l, new Acc()])) as Record<
    GoldLens,
    Acc
  >;
  const dup: number[] = [];
  const overlap: number[] = [];
  for (const row of outputs) {
    const a = typeof row.id === 'string' ? byId.get(row.id) : undefined;
    if (!a) continue;
    const [A, B] = a.labels;
    const mp = new SentenceMapper(a.sentences);
    const n = a.sentences.length;
    const persp = new Map<string, (number | null)[]>();
    if (row.error === undefined)
      for (const p of row.perspectives ?? [])
        persp.set(
          p.id,
          p.answer.map((s) => mp.index(s.text)),
        );
    const lead3 = Array.from({ length: Math.min(3, n) }, (_, i) => i);
    const summary = (row.summary ?? []).map((s) => mp.index(s.text));
    const summaryAll = new Set(summary);
    const shownPanel = [...persp.values()].flat();
    if (shownPanel.length)
      overlap.push(shownPanel.filter((i) => summaryAll.has(i)).length / shownPanel.length);
    const shownSets: string[] = [];
    for (const lens of GOLD_LENSES) {
      const g = (i: number | null) => meanGrade(a, lens, i);
      const ans = answerable(a, lens);
      const systems: [SystemName, (number | null)[]][] = [
        ['kontext', persp.get(lens) ?? []],
        ['lead-3', lead3],
        ['summary-3', summary.slice(0, 3)],
      ];
      const ideal = a.sentences
        .map((_, i) => g(i))
        .sort((x, y) => y - x)
        .slice(0, 3)
        .reduce((x, y) => x + y, 0);
      for (const [name, shown] of systems) {
        const sinks = name === 'kontext' ? [acc[name], perLens[lens]] : [acc[name]];
        for (const s of sinks) {
          if (shown.length) {
            s.push('precision', shown.reduce<number>((x, i) => x + g(i) / 2, 0) / shown.length);
            s.push('useful', shown.filter((i) => g(i) >= 1).length / shown.length);
          }
          if (ans === 'yes') {
            const core = new Set([...A.lenses[lens].core, ...B.lenses[lens].core]);
            s.push(
              'hit',
              shown.some((i) => i !== null && core.has(i)),
            );
          }
          if (ans !== 'split') {
            s.push('empty_ok', shown.length > 0 === (ans === 'yes'));
            s.push(`empty_ok_${ans}`, shown.length > 0 === (ans === 'yes'));
          }
          if (ideal > 0)
            s.push('gain', shown.slice(0, 3).reduce<number>((x, i) => x + g(i), 0) / ideal);
        }
      }
      // The annotator ceiling: each annotator's core picks scored by the other's grades alone.
      const vals: number[] = [];
      const hits: boolean[] = [];
      for (const [X, Y] of [
        [A, B],
        [B, A],
      ] as const) {
        const core = X.lenses[lens].core;
        if (core.length)
          vals.push(core.reduce((x, i) => x + grade(Y, lens, i) / 2, 0) / core.length);
        if (ans === 'yes') hits.push(core.some((i) => Y.lenses[lens].core.includes(i)));
      }
      acc.annotator.push('empty_ok', ans !== 'split');
      if (vals.length)
        acc.annotator.push('precision', vals.reduce((x, y) => x + y, 0) / vals.length);
      if (hits.length) acc.annotator.push('hit', hits.filter(Boolean).length / hits.length);
      shownSets.push(
        (persp.get(lens) ?? [])
          .filter((i): i is number => i !== null)
          .sort((x, y) => x - y)
          .join(','),
      );
    }
    const nonEmpty = shownSets.filter((s) => s !== '');
    let pairs = 0;
    let same = 0;
    for (let i = 0; i < nonEmpty.length; i++)
      for (let j = i + 1; j < nonEmpty.length; j++) {
        pairs++;
        if (nonEmpty[i] === nonEmpty[j]) same++;
      }
    if (pairs) dup.push(same / pairs);
  }
  return {
    systems: Object.fromEntries(SYSTEMS.map((s) => [s, acc[s].means()])) as PanelScores['systems'],
    lenses: Object.fromEntries(
      GOLD_LENSES.map((l) => [l, perLens[l].means()]),
    ) as PanelScores['lenses'],
    identicalPanelPairs: mean(dup),
    repeatsSummary: mean(overlap),
  };
}
