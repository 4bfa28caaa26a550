/**
 * Word lists the tagger looks words up in. Each is hashed into a PackedWordSet on its first
 * lookup (word-set.ts), so a German article never builds the English lists' tables and no
 * list is decoded into strings (the data modules are only imported by the background
 * worker's bundle, never by the content script).
 */
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
  DE_MIN_MODIFIER,
  DE_NOUN_ENDINGS,
  EN_ENDINGS,
  stripEndings,
} from './morphology';
import { PackedWordSet } from './word-set';

interface Lists {
  deNouns: PackedWordSet;
  deProper: PackedWordSet;
  deLower: PackedWordSet;
  enLower: PackedWordSet;
  enProper: PackedWordSet;
  given: PackedWordSet;
  orgs: PackedWordSet;
}

/** The lists as shipped (front-coded strings), for models built from them (name-likeness.ts). */
export const LEXICON_DATA = {
  deNouns: DE_NOUNS,
  deProper: DE_PROPER,
  deLower: DE_LOWER,
  enLower: EN_LOWER,
  enProper: EN_PROPER,
  given: GIVEN_NAMES,
  orgs: ORG_NAMES,
} as const;

let lists: Lists | null = null;

function load(): Lists {
  lists ??= {
    deNouns: new PackedWordSet(DE_NOUNS),
    deProper: new PackedWordSet(DE_PROPER),
    deLower: new PackedWordSet(DE_LOWER),
    enLower: new PackedWordSet(EN_LOWER),
    enProper: new PackedWordSet(EN_PROPER),
    given: new PackedWordSet(GIVEN_NAMES),
    orgs: new PackedWordSet(ORG_NAMES),
  };
  return lists;
}

const DE_LOWER_ENDINGS = ['e', 'en', 'er', 'es', 'em', 'n', 's', 't', 'st', 'te', 'ten', 'tes', 'ter', 'tem', 'ste', 'sten', 'ster', 'stes', 'stem'];

function inWithEndings(word: string, set: PackedWordSet, endings: readonly string[]): boolean {
  return set.has(word) || stripEndings(word, endings).some((s) => set.has(s));
}

/** What the dictionaries know about one capitalised word. */
export interface WordFacts {
  /** A German common noun, directly or as an inflected form. */
  deNoun: boolean;
  /** Ends in a German common noun of at least DE_MIN_HEAD letters (`Bundesregierung`). */
  deCompound: boolean;
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

function lookUp(word: string): WordFacts {
  const l = load();
  const lower = word.toLowerCase();
  const cap = capitalize(lower);
  const deNoun = inWithEndings(word, l.deNouns, DE_NOUN_ENDINGS);
  let deCompound = false;
  if (!deNoun) {
    for (let k = DE_MIN_MODIFIER; k <= word.length - DE_MIN_HEAD && !deCompound; k++) {
      deCompound = inWithEndings(capitalize(word.slice(k)), l.deNouns, DE_NOUN_ENDINGS);
    }
  }
  return {
    deNoun,
    deCompound,
    deProper: l.deProper.has(word) || l.deProper.has(cap) || (word.endsWith('s') && l.deProper.has(word.slice(0, -1))),
    deLower: inWithEndings(lower, l.deLower, DE_LOWER_ENDINGS),
    enLower: inWithEndings(lower, l.enLower, EN_ENDINGS),
    enProper: l.enProper.has(word) || l.enProper.has(cap) || stripEndings(word, ["'s", 's']).some((s) => l.enProper.has(s)),
    given: l.given.has(lower),
    org: l.orgs.has(word) || stripEndings(word, ["'s", "'", '’', 's']).some((s) => l.orgs.has(s)),
  };
}
