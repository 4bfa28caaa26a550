/**
 * One-word "organisations" that are a common word of the language, which the training sets never
 * mark as a name (name-classes.ts): in English an acronym the dictionary also knows in lower case
 * (`PC`, `VAT`, `LED`, `RSS`: a common word in capitals), in German a word the dictionary knows
 * in lower case or as a noun (`Gericht`, `Verlag`, `Corps`, `Fashion`). Measured on the silver
 * news articles' candidates (scripts/entities-model/candidates.ts; docs/evaluation.md, Issue 16,
 * session 11): 11 % (English) and 7 % (German) of them name an organisation an annotator listed,
 * against 60–90 % of the other one-word candidates. German acronyms stay (`ORF`, `STANDARD`: 72 %
 * right), and so do English common words in mixed case (`Warner`, `Sun`: 52 %).
 */
import { wordFacts } from './lexicons';
import { nameClass } from './name-classes';

const ACRONYM = /^\p{Lu}{2,}$/u;

export function isCommonWordOrganisation(words: readonly string[], lang: string): boolean {
  if (words.length !== 1) return false;
  const [w] = words;
  const acronym = ACRONYM.test(w);
  const f = wordFacts(w);
  if (lang === 'en') return acronym && f.enLower;
  if (lang !== 'de' || acronym || nameClass(words) !== undefined) return false;
  return f.deLower || f.deNoun;
}
