/**
 * Silver labels (scripts/lens-model/silver-sources.ts): one annotator's labels per article, kept in
 * the project as one line per article of `scripts/lens-model/silver-labels.jsonl`, without the
 * article's text. A labelled
 * sentence is stored as `"<packet number>:<key>"`, the key a hash of its normalised text (as the
 * reference scorer normalises), so a later change of segmentation maps labels by text, not by
 * number; a sentence whose text the pipeline no longer produces loses its label.
 *
 * Loaded, a silver article is a `GoldArticle` whose two "annotators" are the same one: its mean
 * grade is that annotator's grade and a lens is never split, and the gold's preparation and
 * training code take it unchanged.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fnv1a } from '../../lib/cache/key';
import type { PreparedAnalysis } from '../../lib/analyze';
import { GOLD_LENSES, type GoldArticle, type GoldLabel, type GoldLens } from '../eval/gold/load';
import { normalised } from '../eval/gold/mapper';
import { analysisOf, extractedInput } from '../eval/gold/prepare';
import { silverCandidates, type SilverCandidate } from './silver-sources';

export const SILVER_FILE = path.resolve('scripts/lens-model/silver-labels.jsonl');

export interface SilverLabelFile {
  id: string;
  annotator: string;
  lenses: Record<GoldLens, { core: string[]; relevant: string[] }>;
  people: string[];
  people_all: string[];
  organizations: string[];
  organizations_all: string[];
}

export function sentenceKey(text: string): string {
  return fnv1a(normalised(text)).slice(0, 8);
}

export function preparedSilverAnalysis(c: SilverCandidate): PreparedAnalysis | null {
  const article = extractedInput(c.input);
  return article ? analysisOf(article) : null;
}

const names = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [];

/**
 * A label file in the GUIDE's format (`core` / `relevant` by packet number) for the packet's
 * sentences, as the project stores it. Numbers outside the packet are an error, not dropped.
 */
export function silverLabelFile(
  raw: Record<string, unknown>,
  sentences: readonly string[],
  annotator: string,
): SilverLabelFile {
  const rawLenses = (raw.lenses ?? {}) as Record<string, { core?: unknown; relevant?: unknown }>;
  const keyed = (v: unknown, lens: string): string[] => {
    const nums = Array.isArray(v) ? v : [];
    return nums.map((n) => {
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n >= sentences.length)
        throw new Error(`${String(raw.id)}: ${lens}: no sentence ${JSON.stringify(n)}`);
      return `${n}:${sentenceKey(sentences[n])}`;
    });
  };
  const lenses = Object.fromEntries(
    GOLD_LENSES.map((l) => {
      if (!rawLenses[l]) throw new Error(`${String(raw.id)}: lens ${l} missing`);
      return [l, { core: keyed(rawLenses[l].core, l), relevant: keyed(rawLenses[l].relevant, l) }];
    }),
  ) as SilverLabelFile['lenses'];
  return {
    id: String(raw.id),
    annotator,
    lenses,
    people: names(raw.people),
    people_all: names(raw.people_all),
    organizations: names(raw.organizations),
    organizations_all: names(raw.organizations_all),
  };
}

/** The stored labels moved onto today's sentences by key (the first sentence with that text). */
export function silverGoldArticle(
  file: SilverLabelFile,
  input: Record<string, unknown>,
  sentences: readonly string[],
  lang: string,
): GoldArticle {
  const byKey = new Map<string, number>();
  sentences.forEach((s, i) => {
    const k = sentenceKey(s);
    if (!byKey.has(k)) byKey.set(k, i);
  });
  const indices = (list: readonly string[]) =>
    list
      .map((entry) => byKey.get(entry.slice(entry.indexOf(':') + 1)))
      .filter((i): i is number => i !== undefined);
  const label: GoldLabel = {
    annotator: file.annotator,
    lenses: Object.fromEntries(
      GOLD_LENSES.map((l) => [
        l,
        { core: indices(file.lenses[l].core), relevant: indices(file.lenses[l].relevant) },
      ]),
    ) as GoldLabel['lenses'],
    people: file.people,
    people_all: file.people_all,
    organizations: file.organizations,
    organizations_all: file.organizations_all,
  };
  return { id: file.id, lang, title: '', sentences: [...sentences], labels: [label, label], input };
}

/** The stored silver labels, one per article, as written (none when the file is missing). */
export function readSilverLabelFiles(file = SILVER_FILE): SilverLabelFile[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as SilverLabelFile);
}

/** Every stored silver label whose article is in `dataDir`, as gold articles (never a gold id). */
export function loadSilver(
  dataDir: string,
  goldIds: Iterable<string>,
  file = SILVER_FILE,
): GoldArticle[] {
  const files = readSilverLabelFiles(file);
  if (!files.length) return [];
  const candidates = new Map(silverCandidates(dataDir, goldIds).map((c) => [c.id, c]));
  const out: GoldArticle[] = [];
  for (const labels of files) {
    const c = candidates.get(labels.id);
    if (!c) continue;
    const analysis = preparedSilverAnalysis(c);
    if (!analysis) continue;
    out.push(
      silverGoldArticle(
        labels,
        c.input,
        analysis.prepared.sentences.map((s) => s.text),
        analysis.prepared.lang,
      ),
    );
  }
  return out;
}
