/**
 * The class annotated training sets give a name most often (data/name-classes.ts, built by
 * scripts/build-lexicons-gazetteer.ts from GermEval 2014, wikigold and the Broad Twitter Corpus):
 * P person, O organisation, L place, M other (nationalities, works, events, products). Read by
 * findEntities after the tagger, never by the tagger's features.
 */
import { NAME_CLASSES } from './data/name-classes';
import { CALENDAR_WORDS, ORG_FORMS } from './cues';
import type { EntityTag } from './labels';
import { wordFacts } from './lexicons';
import { isOrgClassifier } from './org-heads';
import { unpackText } from './packed-text';

export type NameClass = 'P' | 'O' | 'L' | 'M';

let table: Map<string, NameClass> | null = null;

function load(): Map<string, NameClass> {
  if (table) return table;
  table = new Map();
  for (const line of unpackText(NAME_CLASSES).split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) table.set(line.slice(tab + 1), line.slice(0, tab) as NameClass);
  }
  return table;
}

/** The class of a name given as its words, or undefined when no set marks it. */
export function nameClass(words: readonly string[]): NameClass | undefined {
  return load().get(words.join(' ').toLowerCase());
}

/** The forms a one-word name may stand in: itself, its genitive base, its singular (`Austrians`). */
function oneWordForms(word: string): string[] {
  const out = [word];
  const base = word.replace(/['’]s?$/u, '');
  if (base !== word) out.push(base);
  else if (/\p{Ll}s$/u.test(word) && word.length > 3) out.push(word.slice(0, -1));
  return out;
}

/**
 * What the training sets say a mention tagged `type` is: the same type (or nothing known) keeps
 * it, a place or an "other" (nationality, work, event, product) drops it (null), the other type
 * moves it. A name the sets mark as a person or an organisation in nearly equal measure keeps the
 * tagger's type, since the majority class is all the list holds.
 */
export function typeByNameClass(
  words: readonly string[],
  type: 'PER' | 'ORG',
): 'PER' | 'ORG' | null {
  const forms = words.length === 1 ? oneWordForms(words[0]).map((w) => [w]) : [words];
  for (const f of forms) {
    const c = nameClass(f);
    if (!c) continue;
    if (c === 'L' || c === 'M') return null;
    return c === 'P' ? 'PER' : 'ORG';
  }
  return typeByLexicon(words, type);
}

/**
 * For names no training set marks, the shipped dictionaries decide between the two types: a lone
 * word the company list knows and no name list does is an organisation (`Alibaba`, `Flixbus`);
 * a "organisation" of a given name and a surname with no company word, legal form or
 * organisation head in it is a person (`Sebastian Kurz`, `Peter Pilz`).
 */
function typeByLexicon(words: readonly string[], type: 'PER' | 'ORG'): 'PER' | 'ORG' {
  if (type === 'PER' && words.length === 1) {
    const f = wordFacts(words[0]);
    return f.org && !f.given ? 'ORG' : type;
  }
  if (type === 'ORG' && (words.length === 2 || words.length === 3)) {
    const rest = words.slice(1);
    const first = wordFacts(words[0]);
    const personal =
      first.given &&
      !first.org &&
      words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) &&
      rest.every((w) => {
        const f = wordFacts(w);
        return !f.org && !ORG_FORMS.has(w.toLowerCase()) && !isOrgClassifier(w) && !f.deNoun;
      });
    return personal ? 'PER' : type;
  }
  return type;
}

/** Capitalised, or a brand's inner capital after a lower-case start (`eBay`, `iRobot`). */
const isCap = (w: string) => /^\p{Lu}|^\p{Ll}{1,2}\p{Lu}/u.test(w);

/**
 * A lone word that is also a common word is no evidence by itself: a month (`März`), or in German,
 * which capitalises every noun, a word the dictionary knows as a noun (`Bild`, a newspaper and a
 * picture).
 */
function isCommonWord(word: string, lang: string): boolean {
  if (CALENDAR_WORDS.has(word.toLowerCase())) return true;
  return lang !== 'en' && wordFacts(word).deNoun;
}

/**
 * Organisations the tagger left untagged that the training sets name as one (`Google`, `Arsenal`,
 * `Labour`): the longest run of capitalised untagged words the gazetteer holds as an organisation
 * becomes one. Person names stay the tagger's, whose recall of them is already high.
 */
export function withKnownOrganisations(
  tokens: readonly string[],
  tags: EntityTag[],
  lang: string,
): EntityTag[] {
  let out: EntityTag[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (tags[i] !== 'O' || !isCap(tokens[i])) continue;
    let j = i;
    while (j < tokens.length && tags[j] === 'O' && isCap(tokens[j]) && j - i < MAX_RUN) j++;
    for (let end = j; end > i; end--) {
      if (nameClass(tokens.slice(i, end)) !== 'O') continue;
      if (end - i === 1 && isCommonWord(tokens[i], lang)) continue;
      out ??= tags.slice();
      for (let k = i; k < end; k++) out[k] = k === i ? 'B-ORG' : 'I-ORG';
      i = end - 1;
      break;
    }
  }
  return out ?? tags;
}

/** Longest organisation name looked up, in words (`Royal Bank of Scotland` has four). */
const MAX_RUN = 5;

/** Heads that end an English organisation's name besides the legal forms of cues.ts. */
const EN_ORG_HEADS = new Set(['center', 'centre']);

/**
 * Whether an English organisation named once has evidence beyond the tagger's guess: the
 * training sets hold it as an organisation, the company list knows its first word, a word is a
 * legal form or an organisation's head (`Pew Research Center`, `Local Government Association`),
 * or it is an acronym (`MSN`); and so does a first word the article names alone as an
 * organisation more than once (`Voltera Energy` once, `Voltera` three times; counted by
 * findEntities). English capitalises headings, products and phrases
 * (`20th Century`, `Nanotechnologies`), and a one-off capitalised run is the tagger's most
 * common wrong organisation on English news; a name the article repeats needs no evidence.
 * German is left alone: its one-off organisations are mostly right (entities-gold, tuning part).
 */
export function isEvidencedOrganisation(words: readonly string[]): boolean {
  if (nameClass(words) === 'O' || wordFacts(words[0]).org) return true;
  const isHead = (w: string) => ORG_FORMS.has(w.toLowerCase()) || EN_ORG_HEADS.has(w.toLowerCase());
  // A head alone (`Union`) names no organisation.
  if (words.length > 1 && words.some(isHead)) return true;
  return /^\p{Lu}{2,}$/u.test(words.join(''));
}

/** A place by the training sets, or a capitalised non-noun the German dictionary knows (`Tirol`). */
export function isPlaceName(word: string): boolean {
  const c = nameClass([word]);
  if (c) return c === 'L';
  const f = wordFacts(word);
  return f.deProper && !f.given && !f.deNoun;
}
