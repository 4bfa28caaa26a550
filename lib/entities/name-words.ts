/**
 * Whether a capitalised word can be part of a name by what the dictionaries know of it:
 * acronyms and inner capitals (`NSA`, `FedEx`, `Ver.di`) and listed company names always;
 * otherwise, in German, no common noun and no function word (German capitalises every noun,
 * so only a word the dictionary does not know as a noun can be a name by itself), and in
 * English no common lower-case word unless the dictionary also has it capitalised.
 */
import { wordFacts } from './lexicons';
import { memoCapitalised } from './word-memo';

const judged = {
  de: memoCapitalised((t) => judgeNameWord(t, 'de'), false),
  en: memoCapitalised((t) => judgeNameWord(t, 'en'), false),
};

export function isNameWord(token: string, lang: string): boolean {
  return judged[lang === 'en' ? 'en' : 'de'](token);
}

function judgeNameWord(token: string, lang: string): boolean {
  if (!/^\p{Lu}/u.test(token) || token.length < 2) return false;
  if (/^\p{Lu}[\p{Lu}\d&.]+$/u.test(token) || /\p{Ll}\p{Lu}/u.test(token)) return true;
  const f = wordFacts(token);
  if (f.org) return true;
  if (lang === 'en') return !f.enLower || f.enProper;
  return !f.deNoun && !f.deLower;
}

/**
 * A German common noun that no name list knows: the dictionary has it only as a noun
 * (`Regierung`, `Größe`) or it heads many compounds (`Unternehmens`, `Sicherheitskameras`;
 * lexicons.ts). Words a name list knows (`Koch`, `Post`, `Apple`) are never only nouns.
 */
export function isOnlyCommonNoun(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const f = wordFacts(word);
  if (f.enProper || f.given || f.org) return false;
  return (f.deNoun && !f.deProper) || f.deHeadNoun;
}
