/**
 * Suite `entities-gold` (issue 16): the People and Organizations panels on the 50 news articles of
 * `perspectives-gold` (German and English), run through the CLI's own batch path and scored with
 * the reference scorer's `entities` figures (gold/entities-score.ts, a port of `persp_score.py`):
 * precision of the first 8 shown names, recall of each annotator's top 5 among them.
 *
 * Articles are split into the tuning and check parts by the hash of their id (split.ts); rules
 * are chosen on the tuning part only, and both parts are printed. Two baselines show what the
 * figures mean:
 * - capitalised words: every run of capitalised words that does not open a sentence, most
 *   frequent first, shown as people and as organizations alike;
 * - dictionary: runs that open with a given name of the shipped name lists are people, runs
 *   holding a word of the shipped company/institution list are organizations.
 */
import { wordFacts } from '../../lib/entities/lexicons';
import { tokenize } from '../../lib/entities/tokenize';
import {
  ENTITY_KINDS,
  MAX_SHOWN_NAMES,
  nameMatch,
  scoreEntities,
  shownNames,
  tallyArticle,
  type EntityKind,
  type EntityTally,
  type ScoredArticle,
} from './gold/entities-score';
import { loadGold, type GoldArticle } from './gold/load';
import { runGoldBatch } from './gold/run-batch';
import { partOf, type Part } from './split';
import type { Check, EvalContext, Suite, SuiteResult, Table } from './types';

type System = 'kontext' | 'capitalised words' | 'dictionary';
const SYSTEMS: System[] = ['kontext', 'capitalised words', 'dictionary'];
const LANGS = ['de', 'en'] as const;
const PARTS: Part[] = ['tuning', 'check'];

interface Row {
  article: GoldArticle;
  part: Part;
  shown: Record<System, Record<EntityKind, string[]> | null>;
}

const capitalised = (w: string) => /^\p{Lu}/u.test(w);

/** Runs of capitalised words (with inner `von`, `de`, … left out) that do not open a sentence, in text order. */
function capitalisedRuns(sentences: readonly string[]): string[][] {
  const runs: string[][] = [];
  for (const s of sentences) {
    const words = tokenize(s).map((t) => t.text);
    let cur: string[] = [];
    const flush = () => {
      if (cur.length) runs.push(cur);
      cur = [];
    };
    words.forEach((w, i) => {
      if (i > 0 && capitalised(w) && /\p{L}/u.test(w)) cur.push(w);
      else flush();
    });
    flush();
  }
  return runs;
}

/** Names by how often they occur, then by first occurrence. */
function byFrequency(names: readonly string[]): string[] {
  const count = new Map<string, number>();
  for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
  return [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)!);
}

function capitalisedBaseline(sentences: readonly string[]): Record<EntityKind, string[]> {
  const names = byFrequency(capitalisedRuns(sentences).map((r) => r.join(' ')));
  return { people: names, organizations: names };
}

function dictionaryBaseline(sentences: readonly string[]): Record<EntityKind, string[]> {
  const runs = capitalisedRuns(sentences);
  const people = runs.filter((r) => r.length >= 2 && wordFacts(r[0]).given).map((r) => r.join(' '));
  const orgs = runs.filter((r) => r.some((w) => wordFacts(w).org)).map((r) => r.join(' '));
  return { people: byFrequency(people), organizations: byFrequency(orgs) };
}

function sentencesOf(out: Record<string, unknown>): string[] {
  const s = out.sentences;
  return Array.isArray(s) ? s.map((x) => String((x as { text?: unknown }).text ?? '')) : [];
}

function scored(rows: readonly Row[], system: System): ScoredArticle[] {
  return rows.flatMap((r) => {
    const shown = r.shown[system];
    return shown ? [{ shown, labels: r.article.labels }] : [];
  });
}

const f3 = (x: number) => (Number.isNaN(x) ? '-' : x.toFixed(3));

/**
 * Bars reached on both parts with a margin, kept from now on (the issue's rule); the others are
 * reported as OPEN. Reached: de people recall (tuning 0.939, check 0.938), en people precision
 * (0.969 / 0.887) and recall (1.000 / 0.856); session 7: de organizations precision (0.831 /
 * 0.889); session 11: en organizations recall (all 0.702; tuning 0.770, check 0.614).
 */
const KEPT = new Set([
  'de people_recall',
  'de organizations_precision',
  'en people_precision',
  'en people_recall',
  'en organizations_recall',
]);

/** Bars of issue 16, per language: [figure, minimum]. */
const BARS: [keyof ReturnType<typeof scoreEntities>, number][] = [
  ['people_precision', 0.85],
  ['organizations_precision', 0.8],
  ['people_recall', 0.8],
  ['organizations_recall', 0.7],
];

export async function runEntitiesGold(ctx: EvalContext): Promise<SuiteResult> {
  let articles = loadGold(ctx.dataDir);
  if (ctx.limit) articles = articles.slice(0, ctx.limit);
  const outputs = runGoldBatch(articles);
  const rows: Row[] = articles.map((article, i) => {
    const out = outputs[i];
    const sentences = sentencesOf(out);
    const failed = 'error' in out;
    return {
      article,
      part: partOf(article.id),
      shown: {
        kontext: shownNames(out),
        'capitalised words': failed ? null : capitalisedBaseline(sentences),
        dictionary: failed ? null : dictionaryBaseline(sentences),
      },
    };
  });

  const groups: { lang: string; part: Part | 'all'; rows: Row[] }[] = [];
  for (const lang of LANGS) {
    for (const part of PARTS)
      groups.push({
        lang,
        part,
        rows: rows.filter((r) => r.article.lang === lang && r.part === part),
      });
    groups.push({ lang, part: 'all', rows: rows.filter((r) => r.article.lang === lang) });
  }
  const figures = new Map<string, ReturnType<typeof scoreEntities>>();
  for (const g of groups)
    for (const s of SYSTEMS)
      figures.set(`${s}|${g.lang}|${g.part}`, scoreEntities(scored(g.rows, s)));

  const tables: Table[] = ENTITY_KINDS.map((kind) => ({
    title: `perspectives-gold ${kind}: precision of the first 8 shown (P), recall of each annotator's top 5 (R)`,
    columns: [
      'system',
      ...groups.flatMap((g) => [`${g.lang} ${g.part} P`, `R (n=${g.rows.length})`]),
    ],
    rows: SYSTEMS.map((s) => [
      s,
      ...groups.flatMap((g) => {
        const fig = figures.get(`${s}|${g.lang}|${g.part}`)!;
        return [f3(fig[`${kind}_precision`][0]), f3(fig[`${kind}_recall`][0])];
      }),
    ]),
  }));

  // The names kontext shows that match nothing either annotator listed, tuning part only: what
  // a rule may be chosen from (the check part's are not printed).
  const wrong: string[] = [];
  for (const r of rows) {
    if (r.part !== 'tuning' || !r.shown.kontext) continue;
    for (const kind of ENTITY_KINDS) {
      const t: EntityTally = { precision: [], recall: [] };
      tallyArticle({ shown: r.shown.kontext, labels: r.article.labels }, kind, t);
      if (!process.env.KONTEXT_EVAL_VERBOSE) continue;
      const [A, B] = r.article.labels;
      const all = kind === 'people' ? 'people_all' : 'organizations_all';
      const gold = [...A[all], ...B[all], ...A[kind], ...B[kind]];
      const shown = r.shown.kontext[kind].slice(0, MAX_SHOWN_NAMES);
      const bad = shown.filter((s) => !gold.some((g) => nameMatch(s, g)));
      const other = r.shown.kontext[kind === 'people' ? 'organizations' : 'people'];
      const full = r.shown.kontext[kind];
      // Where a missed name stands: its rank past the shown ones, in the other list, or nowhere.
      const where = (g: string) => {
        const k = full.findIndex((s) => nameMatch(s, g));
        if (k >= 0) return `${g} (#${k + 1})`;
        return other.some((s) => nameMatch(s, g)) ? `${g} (other list)` : `${g} (not found)`;
      };
      const missed = [...new Set([...A[kind].slice(0, 5), ...B[kind].slice(0, 5)])]
        .filter((g) => !shown.some((s) => nameMatch(s, g)))
        .map(where);
      if (bad.length || missed.length)
        wrong.push(
          `${r.article.id} ${kind}: wrong ${bad.join(' | ')} ;; missed ${missed.join(' | ')}`,
        );
    }
  }
  if (wrong.length) console.error(wrong.join('\n'));

  const checks: Check[] = [];
  for (const lang of LANGS) {
    for (const [key, min] of BARS) {
      const all = figures.get(`kontext|${lang}|all`)![key][0];
      const parts = PARTS.map(
        (p) => `${p} ${f3(figures.get(`kontext|${lang}|${p}`)![key][0])}`,
      ).join(', ');
      checks.push({
        name: `gold ${lang} ${key.replace('_', ' ')} ≥ ${min.toFixed(2)}`,
        pass: all >= min,
        detail: `${f3(all)} (${parts})`,
        required: KEPT.has(`${lang} ${key}`),
      });
    }
  }
  const data = Object.fromEntries(
    [...figures].map(([k, v]) => [
      k,
      Object.fromEntries(Object.entries(v).map(([f, [m, n]]) => [f, { mean: m, n }])),
    ]),
  );
  return { suite: 'entities-gold', tables, checks, data: { articles: rows.length, figures: data } };
}

export const entitiesGoldSuite: Suite = {
  name: 'entities-gold',
  description:
    'people and organizations shown on the perspectives-gold news articles (de/en, tuning/check) vs capitalised-word and dictionary baselines',
  run: runEntitiesGold,
};
