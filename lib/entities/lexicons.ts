/**
 * Word lists the tagger looks words up in. Each ships entropy-coded (packed-text.ts), is
 * unpacked to its front-coded text when first needed and hashed into a PackedWordSet on its
 * first lookup (word-set.ts), so a German article never unpacks or builds the English
 * lower-case list and no list is decoded into a string per word (the data modules are only
 * imported by the background worker's bundle, never by the content script).
 */
import { DE_HEAD_NOUNS } from './data/de-head-nouns';
import { DE_LOWER } from './data/de-lower';
import { DE_NOUNS } from './data/de-nouns';
import { DE_PROPER } from './data/de-proper';
import { EN_LOWER } from './data/en-lower';
import { EN_PROPER } from './data/en-proper';
import { GIVEN_NAMES } from './data/given-names';
import { ORG_NAMES } from './data/org-names';
import {
  capitalize,
  DE_MIN_HEAD,
  DE_LOWER_ENDINGS,
  DE_MIN_MODIFIER,
  DE_NOUN_ENDINGS,
  EN_ENDINGS,
  stripEndings,
} from './morphology';
import { unpackText } from './packed-text';
import { PackedWordSet } from './word-set';

interface Lists {
  deNouns: PackedWordSet;
  deHeadNouns: PackedWordSet;
  deProper: PackedWordSet;
  deLower: PackedWordSet;
  enLower: PackedWordSet;
  enProper: PackedWordSet;
  given: PackedWordSet;
  orgs: PackedWordSet;
}

const PACKED = {
  deNouns: DE_NOUNS,
  deHeadNouns: DE_HEAD_NOUNS,
  deProper: DE_PROPER,
  deLower: DE_LOWER,
  enLower: EN_LOWER,
  enProper: EN_PROPER,
  given: GIVEN_NAMES,
  orgs: ORG_NAMES,
} as const;

export type LexiconName = keyof typeof PACKED;

const texts = new Map<LexiconName, string>();

/** A list's front-coded text (lexicon-decode.ts), unpacked once, for the tables and models built from it. */
export function lexiconText(name: LexiconName): string {
  let text = texts.get(name);
  if (text === undefined) {
    text = unpackText(PACKED[name]);
    texts.set(name, text);
  }
  return text;
}

let lists: Lists | null = null;

function load(): Lists {
  lists ??= {
    deNouns: new PackedWordSet(() => lexiconText('deNouns')),
    deHeadNouns: new PackedWordSet(() => lexiconText('deHeadNouns')),
    deProper: new PackedWordSet(() => lexiconText('deProper')),
    deLower: new PackedWordSet(() => lexiconText('deLower')),
    enLower: new PackedWordSet(() => lexiconText('enLower')),
    enProper: new PackedWordSet(() => lexiconText('enProper')),
    given: new PackedWordSet(() => lexiconText('given')),
    orgs: new PackedWordSet(() => lexiconText('orgs')),
  };
  return lists;
}

/** Unpacks a list and builds its lookup table now, so the first lookup finds it ready. */
export function prepareLexicon(name: LexiconName): void {
  load()[name].prepare();
}

function inWithEndings(word: string, set: PackedWordSet, endings: readonly string[]): boolean {
  return set.has(word) || stripEndings(word, endings).some((s) => set.has(s));
}

/** What the dictionaries know about one capitalised word. */
export interface WordFacts {
  /** A German common noun, directly or as an inflected form. */
  deNoun: boolean;
  /** Ends in a German common noun of at least DE_MIN_HEAD letters (`Bundesregierung`). */
  deCompound: boolean;
  /**
   * Filed as a name by the dictionary split, but it heads many compounds, so it is a common noun
   * (`Kamera`, `Unternehmens`), or it is a compound ending in one (`Sicherheitskameras`). Read
   * only by the tagger's last filter, never by the model's features (scripts/build-lexicons.ts).
   */
  deHeadNoun: boolean;
  /** The German dictionary has it capitalised but not as a common noun (`Merkel`, `Berlin`). */
  deProper: boolean;
  /** Its lower-case form is a German word (`Gleich`, `Deutsche`). */
  deLower: boolean;
  /** Its lower-case form is an English word (`Police`, `The`). */
  enLower: boolean;
  /** The English dictionary has it capitalised (`Randall`, `Hopkins`, `Amazon`). */
  enProper: boolean;
  /** A given name in one of the name lists. */
  given: boolean;
  /** A company or institution name (`Airbus`, `FedEx`), or its genitive (`Airbus'`, `Siemens'`). */
  org: boolean;
}

/** Facts of recently seen words: an article repeats its words, and the rules ask again. */
const factsCache = new Map<string, WordFacts>();
const FACTS_CACHE_SIZE = 50_000;

export function wordFacts(word: string): WordFacts {
  let f = factsCache.get(word);
  if (!f) {
    f = lookUp(word);
    if (factsCache.size >= FACTS_CACHE_SIZE) factsCache.clear();
    factsCache.set(word, f);
  }
  return f;
}

/**
 * Each fact is looked up when first asked for: a German article never asks the English
 * lists, so their tables are never built (word-set.ts builds a table on its first lookup).
 */
class LazyFacts implements WordFacts {
  private known = 0;
  private values = 0;
  constructor(private readonly word: string) {}

  private fact(bit: number, compute: (word: string, l: Lists) => boolean): boolean {
    if (!(this.known & bit)) {
      this.known |= bit;
      if (compute(this.word, load())) this.values |= bit;
    }
    return (this.values & bit) !== 0;
  }

  get deNoun() {
    return this.fact(1, (w, l) => inWithEndings(w, l.deNouns, DE_NOUN_ENDINGS));
  }
  get deCompound() {
    return this.fact(2, (w, l) => {
      if (this.deNoun) return false;
      for (let k = DE_MIN_MODIFIER; k <= w.length - DE_MIN_HEAD; k++) {
        if (inWithEndings(capitalize(w.slice(k)), l.deNouns, DE_NOUN_ENDINGS)) return true;
      }
      return false;
    });
  }
  get deHeadNoun() {
    return this.fact(256, (w, l) => {
      if (inWithEndings(w, l.deHeadNouns, DE_NOUN_ENDINGS)) return true;
      for (let k = DE_MIN_MODIFIER; k <= w.length - DE_MIN_HEAD; k++) {
        if (inWithEndings(capitalize(w.slice(k)), l.deHeadNouns, DE_NOUN_ENDINGS)) return true;
      }
      return false;
    });
  }
  get deProper() {
    return this.fact(
      4,
      (w, l) =>
        l.deProper.has(w) ||
        l.deProper.has(capitalize(w.toLowerCase())) ||
        (w.endsWith('s') && l.deProper.has(w.slice(0, -1))),
    );
  }
  get deLower() {
    return this.fact(8, (w, l) => inWithEndings(w.toLowerCase(), l.deLower, DE_LOWER_ENDINGS));
  }
  get enLower() {
    return this.fact(16, (w, l) => inWithEndings(w.toLowerCase(), l.enLower, EN_ENDINGS));
  }
  get enProper() {
    return this.fact(
      32,
      (w, l) =>
        l.enProper.has(w) ||
        l.enProper.has(capitalize(w.toLowerCase())) ||
        stripEndings(w, ["'s", 's']).some((s) => l.enProper.has(s)),
    );
  }
  get given() {
    return this.fact(64, (w, l) => l.given.has(w.toLowerCase()));
  }
  get org() {
    return this.fact(
      128,
      (w, l) => l.orgs.has(w) || stripEndings(w, ["'s", "'", '’', 's']).some((s) => l.orgs.has(s)),
    );
  }
}

function lookUp(word: string): WordFacts {
  return new LazyFacts(word);
}
