/**
 * The people / organizations figures of the reference scorer (`../shared/tools/persp_score.py`,
 * its `name_key`, `name_match` and the `entities` part of `score`), ported line for line so the
 * `entities-gold` suite reports exactly what the scorer prints for the same output:
 * - precision: of the first 8 shown names, the share that names one either annotator listed in
 *   `*_all` or in the top list; averaged over articles that show something;
 * - recall: of each annotator's top 5, the share some shown name matches; averaged over
 *   (article, annotator) pairs with a non-empty top list.
 */
import { tokens } from './mapper';

/** As in the scorer: a shown name that is only a title and a surname names the person. */
const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'sir',
  'dame',
  'lord',
  'lady',
  'herr',
  'frau',
]);

/** `name_key`: a possessive and bracketed parts dropped, leading honorifics dropped. */
export function nameKey(n: string): string[] {
  let s = n.trim().replace(/['’]s$/u, '');
  s = s.replace(/\s*\([^)]*\)/gu, '');
  const words = tokens(s).filter((t) => t);
  while (words.length > 1 && HONORIFICS.has(words[0])) words.shift();
  return words;
}

const acronym = (ws: string[]) => ws.map((w) => w[0]).join('');

/** `name_match`: whether a shown name names the gold one. */
export function nameMatch(shown: string, gold: string): boolean {
  const a = nameKey(shown);
  const b = nameKey(gold);
  if (!a.length || !b.length) return false;
  if (a.length === b.length && a.every((w, i) => w === b[i])) return true;
  const sa = new Set(a);
  const sb = new Set(b);
  const subset = (x: Set<string>, y: Set<string>) => [...x].every((w) => y.has(w));
  // "Bezos" ~ "Jeff Bezos", "AWS" ~ "Amazon Web Services (AWS)"
  if (a[a.length - 1] === b[b.length - 1] && (subset(sa, sb) || subset(sb, sa))) return true;
  const gFull = tokens(gold);
  const sFull = tokens(shown);
  // The scorer's two one-word rules, each true whenever its condition holds.
  if (a.length === 1 && (a[0] === acronym(b) || gFull.includes(a[0]))) return true;
  if (b.length === 1 && (b[0] === acronym(a) || sFull.includes(b[0]))) return true;
  return false;
}

/** What the scorer reads of one annotator's labels. */
export interface EntityLabel {
  people: string[];
  people_all: string[];
  organizations: string[];
  organizations_all: string[];
}

export type EntityKind = 'people' | 'organizations';
export const ENTITY_KINDS: readonly EntityKind[] = ['people', 'organizations'];

/** One article: the names a system shows, in order, and the two annotators' labels. */
export interface ScoredArticle {
  shown: Record<EntityKind, string[]>;
  labels: readonly [EntityLabel, EntityLabel];
}

export const MAX_SHOWN_NAMES = 8;
const TOP = 5;

/** The sums behind the means, so parts and languages can be pooled the way the scorer pools. */
export interface EntityTally {
  precision: number[];
  recall: number[];
}

export function tallyArticle(
  a: ScoredArticle,
  kind: EntityKind,
  into: EntityTally = { precision: [], recall: [] },
): EntityTally {
  const shown = a.shown[kind].slice(0, MAX_SHOWN_NAMES);
  const [A, B] = a.labels;
  const all = kind === 'people' ? 'people_all' : 'organizations_all';
  const goldAll = [...A[all], ...B[all], ...A[kind], ...B[kind]];
  if (shown.length) {
    const ok = shown.filter((s) => goldAll.some((g) => nameMatch(s, g))).length;
    into.precision.push(ok / shown.length);
  }
  for (const X of [A, B]) {
    const top = X[kind].slice(0, TOP);
    if (top.length) {
      const found = top.filter((g) => shown.some((s) => nameMatch(s, g))).length;
      into.recall.push(found / top.length);
    }
  }
  return into;
}

export const mean = (v: readonly number[]): number =>
  v.length ? v.reduce((s, x) => s + x, 0) / v.length : Number.NaN;

/** The scorer's rounding: Python's round(x, 3) for the values seen here (no ties at 4 digits matter). */
export const round3 = (x: number): number => Math.round(x * 1000) / 1000;

export interface EntityFigures {
  people_precision: [number, number];
  people_recall: [number, number];
  organizations_precision: [number, number];
  organizations_recall: [number, number];
}

/** The scorer's `entities` table for a set of articles: `[mean, count]` per figure, unrounded. */
export function scoreEntities(articles: readonly ScoredArticle[]): EntityFigures {
  const out = {} as EntityFigures;
  for (const kind of ENTITY_KINDS) {
    const t: EntityTally = { precision: [], recall: [] };
    for (const a of articles) tallyArticle(a, kind, t);
    out[`${kind}_precision`] = [mean(t.precision), t.precision.length];
    out[`${kind}_recall`] = [mean(t.recall), t.recall.length];
  }
  return out;
}

/** A CLI batch line as the scorer reads it: `people` / `organizations` objects with a `name`. */
export function shownNames(row: Record<string, unknown>): Record<EntityKind, string[]> | null {
  if ('error' in row) return null;
  const names = (v: unknown) =>
    Array.isArray(v) ? v.map((e) => String((e as { name?: unknown }).name ?? '')) : [];
  return { people: names(row.people), organizations: names(row.organizations) };
}
