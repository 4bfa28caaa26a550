/**
 * The perspectives gold (`../shared/data/perspectives-gold`, its README): per article the numbered
 * sentences the annotators saw (`packets/<id>.txt`), two annotators' labels (`labels/D<n>/<id>.json`,
 * format in its GUIDE.md) and the article as CLI input (`batch.jsonl`). Read the way the reference
 * scorer (`../shared/tools/persp_score.py`) reads them, so both score the same thing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ALL_PERSPECTIVES } from '../../../lib/settings/schema';
import type { BuiltinPerspectiveId } from '../../../lib/types';

/**
 * The lenses the annotators labelled: the built-in perspectives, in the scorer's order (its
 * `LENSES` is the settings' order).
 */
export const GOLD_LENSES = ALL_PERSPECTIVES;
export type GoldLens = BuiltinPerspectiveId;

export interface LensLabel {
  core: number[];
  relevant: number[];
}

export interface GoldLabel {
  annotator: string;
  lenses: Record<GoldLens, LensLabel>;
  people: string[];
  people_all: string[];
  organizations: string[];
  organizations_all: string[];
}

export interface GoldArticle {
  id: string;
  lang: string;
  title: string;
  /** The packet's sentences, by their number. */
  sentences: string[];
  /** The first two annotators in name order (the scorer's `labs[0]`, `labs[1]`). */
  labels: [GoldLabel, GoldLabel];
  /** The line of `batch.jsonl` for this article: the CLI's input. */
  input: Record<string, unknown>;
}

export function goldDir(dataDir: string): string {
  return path.join(dataDir, 'perspectives-gold');
}

/** A packet's header (language, title) and its sentences by number. */
export function readPacket(file: string): { lang: string; title: string; sentences: string[] } {
  let lang = '';
  let title = '';
  const sentences: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^\[(\d+)\] (.*)$/.exec(line);
    if (m) sentences.push(m[2]);
    else if (line.startsWith('language:')) lang = line.slice('language:'.length).trim();
    else if (line.startsWith('title:')) title = line.slice('title:'.length).trim();
  }
  return { lang, title, sentences };
}

function asLabel(raw: Record<string, unknown>, annotator: string): GoldLabel {
  const list = (v: unknown) =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  const nums = (v: unknown) =>
    Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number') : [];
  const rawLenses = (raw.lenses ?? {}) as Record<string, { core?: unknown; relevant?: unknown }>;
  const lenses = Object.fromEntries(
    GOLD_LENSES.map((l) => [
      l,
      { core: nums(rawLenses[l]?.core), relevant: nums(rawLenses[l]?.relevant) },
    ]),
  ) as Record<GoldLens, LensLabel>;
  return {
    annotator,
    lenses,
    people: list(raw.people),
    people_all: list(raw.people_all),
    organizations: list(raw.organizations),
    organizations_all: list(raw.organizations_all),
  };
}

/** Every article that has a packet, two labels and a batch line; in id order. */
export function loadGold(dataDir: string): GoldArticle[] {
  const root = goldDir(dataDir);
  if (!existsSync(root)) return [];
  const labels = new Map<string, GoldLabel[]>();
  const labelRoot = path.join(root, 'labels');
  for (const annotator of readdirSync(labelRoot).sort()) {
    const dir = path.join(labelRoot, annotator);
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.json')) continue;
      const raw = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Record<string, unknown>;
      const id = f.slice(0, -'.json'.length);
      labels.set(id, [...(labels.get(id) ?? []), asLabel(raw, annotator)]);
    }
  }
  const inputs = new Map<string, Record<string, unknown>>();
  for (const line of readFileSync(path.join(root, 'batch.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as Record<string, unknown>;
    if (typeof row.id === 'string') inputs.set(row.id, row);
  }
  const out: GoldArticle[] = [];
  for (const f of readdirSync(path.join(root, 'packets')).sort()) {
    if (!f.endsWith('.txt')) continue;
    const id = f.slice(0, -'.txt'.length);
    const labs = labels.get(id);
    const input = inputs.get(id);
    if (!labs || labs.length < 2 || !input) continue;
    out.push({
      id,
      ...readPacket(path.join(root, 'packets', f)),
      labels: [labs[0], labs[1]],
      input,
    });
  }
  return out;
}
