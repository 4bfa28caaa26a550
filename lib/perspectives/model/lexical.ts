/**
 * Lexical features of the lens model: which words a sentence holds, as five-letter prefixes of its
 * words of three letters or more (a stemmer's poor cousin that needs no language: `Aktien`,
 * `Aktienkurs` and `Aktienmarkt` share `aktie`). A prefix is a feature only if it is in the
 * model's vocabulary: prefixes found in at least `MIN_ARTICLES` training articles, so a word one
 * article used cannot become a rule. Meant for a scorer learned from the silver-labelled articles
 * (`npm run build:lens-model -- --scorer silver`), where 925 articles give each lens enough
 * examples to weigh a word. Measured in session 8 and not shipped (the gold's check part lost
 * precision: docs/evaluation.md, "Issue 14 / Session 8"); the shipped model has no word weights,
 * so its vocabulary is empty and these features are absent.
 */
import type { LensModel } from './lens-model';
import type { Weights } from './logistic';

/** Vocabulary floor: a prefix seen in fewer training articles is no feature (chosen on silver CV, tuning only). */
export const MIN_ARTICLES = 30;
/**
 * Word weights smaller than this are dropped from a built model: 8,720 word weights would add
 * ~220 kB to the background bundle, the 1,304 at or above 0.03 add ~35 kB; on the gold's tuning
 * part the pruned scorer lost 0.007 precision and 0.018 hit (two questions of 111) against the
 * full one (docs/evaluation.md, "Issue 14 / Session 8").
 */
export const LEXICAL_FLOOR = 0.03;
const PREFIX = 5;
const WORD = /\p{L}{3,}/gu;
/** The marker of a lexical feature in a weight's name (`investor:w:aktie`). */
export const LEXICAL = ':w:';

/** The distinct word prefixes of a text, in order of first occurrence. */
export function wordPrefixes(text: string): string[] {
  const seen = new Set<string>();
  for (const m of text.toLowerCase().matchAll(WORD)) seen.add(m[0].slice(0, PREFIX));
  return [...seen];
}

/** Prefixes found in at least `minArticles` of the articles (each article given as its sentences). */
export function lexicalVocabulary(
  articles: Iterable<readonly string[]>,
  minArticles = MIN_ARTICLES,
): Set<string> {
  const df = new Map<string, number>();
  for (const sentences of articles) {
    const seen = new Set<string>();
    for (const s of sentences) for (const w of wordPrefixes(s)) seen.add(w);
    for (const w of seen) df.set(w, (df.get(w) ?? 0) + 1);
  }
  return new Set([...df].filter(([, n]) => n >= minArticles).map(([w]) => w));
}

/** The weights without the word weights below `LEXICAL_FLOOR` (every other weight kept). */
export function pruneLexical(w: Weights, floor = LEXICAL_FLOOR): Weights {
  return Object.fromEntries(
    Object.entries(w).filter(([k, v]) => !k.includes(LEXICAL) || Math.abs(v) >= floor),
  );
}

const vocabularies = new WeakMap<
  Pick<LensModel, 'sentence'> & Partial<LensModel>,
  ReadonlySet<string> | null
>();

/** The prefixes a model has weights for (null when it has none), found once per model. */
export function vocabularyOf(
  model: Pick<LensModel, 'sentence'> & Partial<LensModel>,
): ReadonlySet<string> | null {
  let v = vocabularies.get(model);
  if (v !== undefined) return v;
  const set = new Set<string>();
  for (const k of Object.keys(model.sentence)) {
    const at = k.indexOf(LEXICAL);
    if (at >= 0) set.add(k.slice(at + LEXICAL.length));
  }
  v = set.size ? set : null;
  vocabularies.set(model, v);
  return v;
}
