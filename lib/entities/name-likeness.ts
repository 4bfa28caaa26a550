/**
 * How much a word looks like a proper name rather than a common word, from its letters
 * alone: the log-likelihood ratio of two character trigram models (Witten–Bell smoothed),
 * one trained on proper names (given names and the capitalised entries of both
 * dictionaries), one on common words (German nouns, or English lower-case words). Unknown
 * surnames such as `Järvi`, `Blaszkiewitz` or `Inamori` are spelled unlike German nouns;
 * character n-grams are a classic cue for that (Klein et al. 2003, "Named entity recognition
 * with character-level models"). Both models are built from the shipped word lists on first
 * use, so this adds nothing to the bundle; counts live in typed arrays indexed by a small
 * alphabet, so building them is one pass over the lists' characters.
 */
import { forEachEntry } from './lexicon-decode';
import { lexiconText, type LexiconName } from './lexicons';

/**
 * Alphabet size. The lists use about 60 distinct lower-case characters (letters with their
 * accents, apostrophe, dot, hyphen); 0 and 1 are the word-boundary marks `^` and `$`, and the
 * last index collects any character beyond the alphabet.
 */
const A = 64;
const START = 0;
const END = 1;
const OTHER = A - 1;
/** Alphabet index of each UTF-16 code unit, by its lower-case form; -1 until first seen. */
const symbolOf = new Int8Array(0x10000).fill(-1);
let nextSymbol = 2;

function lowerCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128) return c;
  const l = String.fromCharCode(c).toLowerCase();
  return l.length === 1 ? l.charCodeAt(0) : c;
}

/** The alphabet index of a character; `learn` lets training add characters it has not seen. */
function symbol(c: number, learn: boolean): number {
  const s = symbolOf[c];
  if (s >= 0) return s;
  const lc = lowerCode(c);
  let t = symbolOf[lc];
  if (t < 0) {
    if (!learn) return OTHER;
    t = nextSymbol < OTHER ? nextSymbol++ : OTHER;
    symbolOf[lc] = t;
  }
  symbolOf[c] = t;
  return t;
}

interface CharModel {
  tri: Int32Array;
  ctx: Int32Array;
  /** Distinct continuations per context, for Witten–Bell smoothing. */
  types: Int32Array;
  uni: Int32Array;
  total: number;
}

export function train(lists: readonly LexiconName[]): CharModel {
  const tri = new Int32Array(A * A * A);
  const ctxs = new Int32Array(A * A);
  const types = new Int32Array(A * A);
  const uni = new Int32Array(A);
  let total = 0;
  for (const name of lists) {
    forEachEntry(lexiconText(name), (codes, length) => {
      let a = START;
      let b = START;
      for (let k = 0; k <= length; k++) {
        const c = k < length ? symbol(codes[k], true) : END;
        const ctx = a * A + b;
        if (tri[ctx * A + c]++ === 0) types[ctx]++;
        ctxs[ctx]++;
        uni[c]++;
        a = b;
        b = c;
      }
      total += length + 1;
    });
  }
  return { tri, ctx: ctxs, types, uni, total };
}

function logProb(m: CharModel, word: string): number {
  let lp = 0;
  let a = START;
  let b = START;
  const step = (c: number) => {
    const ctx = a * A + b;
    const n = m.ctx[ctx];
    const types = m.types[ctx];
    const pUni = (m.uni[c] + 1) / (m.total + 100);
    lp += Math.log(n ? (m.tri[ctx * A + c] + types * pUni) / (n + types) : pUni);
    a = b;
    b = c;
  };
  for (let k = 0; k < word.length; k++) step(symbol(word.charCodeAt(k), false));
  step(END);
  return lp / (word.length + 1);
}

let nameModel: CharModel | null = null;
const commonModels: Record<string, CharModel> = {};

const likenessCache = new Map<string, number>();

/** Per-character log-likelihood ratio, name versus common word; positive looks like a name. */
export function nameLikeness(word: string, lang: string): number {
  const key = `${lang === 'en' ? 'en' : 'de'}:${word}`;
  let v = likenessCache.get(key);
  if (v === undefined) {
    v = computeLikeness(word, lang);
    if (likenessCache.size >= 50_000) likenessCache.clear();
    likenessCache.set(key, v);
  }
  return v;
}

/** Both character models for `lang`, trained on first use. */
function modelsFor(lang: string): [CharModel, CharModel] {
  const key = lang === 'en' ? 'en' : 'de';
  // The name model first: it sees the most varied spellings, so it fixes the alphabet.
  nameModel ??= train(['given', 'deProper', 'enProper']);
  commonModels[key] ??= train([key === 'en' ? 'enLower' : 'deNouns']);
  return [nameModel, commonModels[key]];
}

/** Trains the models for `lang` now rather than on the first word (a warm-up at worker start). */
export function prepareNameModels(lang: string): void {
  modelsFor(lang);
}

function computeLikeness(word: string, lang: string): number {
  const [names, common] = modelsFor(lang);
  return logProb(names, word) - logProb(common, word);
}
