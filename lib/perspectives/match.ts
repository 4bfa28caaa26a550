/**
 * Matching a lens against sentences: cues and sentences are stemmed by the same `lensTerms`,
 * so they meet on stems (`Investitionen` = `investition`). Built-in and custom lenses go
 * through this one function.
 */
import type { Lens } from './lens';
import { hasCueLanguage } from './lens';
import { lensTerms } from './terms';

/** A one-word cue: its stem, and the forms it may take inside a closed compound. */
interface WordCue {
  stem: string;
  /** Stem and umlaut-folded lower-case surface form, for compound matching. */
  compoundForms: string[];
  weight: number;
}

/** A multi-word cue: its stems, which must stand next to each other in the sentence. */
interface PhraseCue {
  stems: string[];
  weight: number;
}

export interface CompiledLens {
  lens: Lens;
  lang: string;
  words: WordCue[];
  phrases: PhraseCue[];
  /** `words` by stem, for the exact match. */
  byStem: Map<string, WordCue>;
  /**
   * Positions in `words` of the cues with a compound form starting with these MIN_COMPOUND_PREFIX
   * letters: a form inside a term starts with letters the term holds somewhere, so a new term
   * is compared with the few cues its letter runs name instead of with every cue.
   */
  formStarts: Map<string, number[]>;
  /** Per-term weight memo: terms repeat across sentences. */
  termWeights: Map<string, number>;
}

/** Languages that write compounds closed (`Polizeibehörden`), where a cue may stand inside a word. */
const COMPOUNDING = new Set(['de', 'nl', 'sv', 'da', 'no', 'nb', 'nn']);

/**
 * Shortest cue form trusted at the start of a compound (`polizei` in `polizeibehord`) and at its
 * end (`polizei` in `stadtpolizei`), and shortest part left over. A shorter form would match
 * inflections and unrelated words (`wahl` in `auswahl`, `lohn` in `lohnt`); German compound
 * members are rarely under three letters (Duden-Grammatik §1040 ff.).
 */
const MIN_COMPOUND_PREFIX = 4;
const MIN_COMPOUND_SUFFIX = 5;
const MIN_REST = 3;
/** A form this long is distinctive enough to be trusted in the middle of a compound. */
const MIN_COMPOUND_INFIX = 7;

/** The Snowball German stemmer folds umlauts and ß; surface forms must be folded the same way. */
function foldGerman(word: string): string {
  return word.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss');
}

const compiled = new WeakMap<Lens, Map<string, CompiledLens>>();

/** Cues of a lens for an article language: its own list for that language plus the `*` list. */
function cuesFor(lens: Lens, lang: string) {
  const own = hasCueLanguage(lang) ? (lens.cues[lang] ?? []) : [];
  return [...own, ...(lens.cues['*'] ?? [])];
}

export function compileLens(lens: Lens, lang: string): CompiledLens {
  let byLang = compiled.get(lens);
  if (!byLang) compiled.set(lens, (byLang = new Map()));
  let c = byLang.get(lang);
  if (c) return c;
  const wordCues = new Map<string, WordCue>();
  const phrases: PhraseCue[] = [];
  for (const [phrase, weight] of cuesFor(lens, lang)) {
    const stems = lensTerms(phrase, lang);
    if (stems.length === 0) continue;
    if (stems.length > 1) {
      phrases.push({ stems, weight });
      continue;
    }
    const stem = stems[0];
    const surface = foldGerman(phrase.trim().toLowerCase());
    const existing = wordCues.get(stem);
    // Two cues with one stem (`Lohn`, `Löhne`): keep the stronger evidence.
    if (existing && Math.abs(existing.weight) >= Math.abs(weight)) continue;
    wordCues.set(stem, { stem, compoundForms: [...new Set([stem, surface])], weight });
  }
  const words = [...wordCues.values()];
  const formStarts = new Map<string, number[]>();
  words.forEach((cue, i) => {
    for (const form of cue.compoundForms) {
      if (form.length < MIN_COMPOUND_PREFIX) continue; // too short to be trusted inside a word
      const key = form.slice(0, MIN_COMPOUND_PREFIX);
      const list = formStarts.get(key) ?? [];
      if (list.at(-1) !== i) list.push(i);
      formStarts.set(key, list);
    }
  });
  c = {
    lens,
    lang,
    words,
    phrases,
    byStem: new Map(words.map((w) => [w.stem, w])),
    formStarts,
    termWeights: new Map(),
  };
  byLang.set(lang, c);
  return c;
}

/**
 * What may follow a cue at the start of a word without making it a compound: a derivational
 * suffix turns `Produkt` into `Produktion` and `Kunst` into `künstlich`, another meaning
 * (suffix list after Duden-Grammatik, "Derivation"; stems as the Snowball German stemmer leaves them).
 */
const GERMAN_DERIVATION =
  /^(?:ion|ung|lich|isch|heit|keit|ler|ling|chen|lein|ist|ismus|itat|ier|iert|ierung|end|bar|sam|haft)$/;
/** The same for Dutch: `zorg` → `zorgzaam`, `markt` → `marktje` (suffixes after the ANS, "Afleiding"). */
const DUTCH_DERIVATION =
  /^(?:ing|heid|lijk|lijkheid|isch|baar|zaam|achtig|igheid|aar|ist|isme|iteit|atie|tje|schap|dom)$/;
/**
 * What may stand before a cue at the end of a word without making it a compound: a verb
 * prefix turns `macht` into `ausmacht` and `handel` into `verhandel`.
 */
const GERMAN_VERB_PREFIX =
  /^(?:aus|ver|ent|zer|auf|ein|mit|vor|nach|unter|uber|durch|hinter|wider|gegen|miss|fort|weg|her|hin|ge|be|er|an|ab|zu|um)$/;
/** The same for Dutch: `werk` → `bewerk`, `stem` → `ontstem` (prefixes after the ANS, "Samenstelling"). */
const DUTCH_VERB_PREFIX =
  /^(?:be|ge|her|ont|ver|er|mis|aan|af|bij|door|in|mee|na|om|onder|op|over|tegen|toe|uit|voor|weg|terug|samen)$/;

/** Derivation and prefix rules per compounding language; the German ones serve the Scandinavian languages too. */
function affixRules(lang: string): { derivation: RegExp; verbPrefix: RegExp } {
  return lang === 'nl'
    ? { derivation: DUTCH_DERIVATION, verbPrefix: DUTCH_VERB_PREFIX }
    : { derivation: GERMAN_DERIVATION, verbPrefix: GERMAN_VERB_PREFIX };
}

function formInCompound(
  term: string,
  form: string,
  rules: { derivation: RegExp; verbPrefix: RegExp },
): boolean {
  if (term.length < form.length + MIN_REST) return false;
  const { derivation, verbPrefix } = rules;
  if (
    form.length >= MIN_COMPOUND_PREFIX &&
    term.startsWith(form) &&
    !derivation.test(term.slice(form.length))
  )
    return true;
  if (
    form.length >= MIN_COMPOUND_SUFFIX &&
    term.endsWith(form) &&
    !verbPrefix.test(term.slice(0, -form.length))
  )
    return true;
  return form.length >= MIN_COMPOUND_INFIX && term.includes(form);
}

/**
 * Weight of one sentence term: the exact cue with that stem, else, in compounding languages,
 * the strongest cue found inside it (`polizeibehord` → `Polizei`). 0 when nothing matches.
 */
function termWeight(c: CompiledLens, term: string): number {
  let w = c.termWeights.get(term);
  if (w === undefined) c.termWeights.set(term, (w = computeTermWeight(c, term)));
  return w;
}

function computeTermWeight(c: CompiledLens, term: string): number {
  let w = 0;
  const exact = c.byStem.get(term);
  if (exact) w = exact.weight;
  else if (COMPOUNDING.has(c.lang)) {
    const rules = affixRules(c.lang);
    // The cues whose forms start with some run of the term's letters, in list order (the
    // first of equally strong cues wins, as when every cue is tried).
    const candidates = new Set<number>();
    for (let i = 0; i + MIN_COMPOUND_PREFIX <= term.length; i++) {
      for (const k of c.formStarts.get(term.slice(i, i + MIN_COMPOUND_PREFIX)) ?? [])
        candidates.add(k);
    }
    for (const k of [...candidates].sort((a, b) => a - b)) {
      const cue = c.words[k];
      if (
        Math.abs(cue.weight) > Math.abs(w) &&
        cue.compoundForms.some((f) => formInCompound(term, f, rules))
      )
        w = cue.weight;
    }
  }
  return w;
}

function containsRun(terms: string[], run: string[]): boolean {
  outer: for (let i = 0; i + run.length <= terms.length; i++) {
    for (let j = 0; j < run.length; j++) if (terms[i + j] !== run[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Cue evidence of one sentence for a lens: each distinct term counts once with its cue's
 * weight, each phrase found adds its weight. Repeating a word does not make a sentence more
 * relevant; naming several aspects of the lens does. `distinct` (the distinct terms) may be
 * passed when the caller has it already.
 */
export function cueScore(
  c: CompiledLens,
  terms: string[],
  distinct: readonly string[] = [...new Set(terms)],
): number {
  let score = 0;
  for (const term of distinct) score += termWeight(c, term);
  for (const p of c.phrases) if (containsRun(terms, p.stems)) score += p.weight;
  return score;
}

/** Lenses compiled for one language and scored together, with one weight memo for all of them. */
export interface CompiledLensSet {
  compiled: CompiledLens[];
  /** Per term, its weight for each lens (`termWeight`), in lens order. */
  termWeights: Map<string, Float64Array>;
}

/** Bounds the set's memo on long sessions; clearing it only costs the weights again. */
const SET_MEMO_LIMIT = 50_000;

const compiledSets = new WeakMap<readonly Lens[], Map<string, CompiledLensSet>>();

export function compileLensSet(lenses: readonly Lens[], lang: string): CompiledLensSet {
  let byLang = compiledSets.get(lenses);
  if (!byLang) compiledSets.set(lenses, (byLang = new Map()));
  let set = byLang.get(lang);
  if (!set) {
    set = { compiled: lenses.map((l) => compileLens(l, lang)), termWeights: new Map() };
    byLang.set(lang, set);
  }
  return set;
}

/**
 * `cueScore` of one sentence for every lens of a set, same sums in the same order: a new term's
 * weights for all lenses are found together and kept under one key, so scoring six lenses costs
 * one memo lookup per term, not six (the lookups were most of `termWeight`'s time in a CPU
 * profile of first analyses, docs/performance.md).
 */
export function cueScores(
  set: CompiledLensSet,
  terms: string[],
  distinct: readonly string[],
): number[] {
  const { compiled, termWeights } = set;
  const n = compiled.length;
  const scores = new Array<number>(n).fill(0);
  for (const term of distinct) {
    let ws = termWeights.get(term);
    if (!ws) {
      ws = new Float64Array(n);
      for (let k = 0; k < n; k++) ws[k] = computeTermWeight(compiled[k], term);
      if (termWeights.size >= SET_MEMO_LIMIT) termWeights.clear();
      termWeights.set(term, ws);
    }
    for (let k = 0; k < n; k++) scores[k] += ws[k];
  }
  for (let k = 0; k < n; k++)
    for (const p of compiled[k].phrases) if (containsRun(terms, p.stems)) scores[k] += p.weight;
  return scores;
}
