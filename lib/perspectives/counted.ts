/**
 * Counts: which words after a number make it a count of things (`50.000 Vollzeitjobs`,
 * `2,000 full-time jobs`, `2 000 emplois`, `1.500 puestos`), and how long that noun phrase is.
 */
import { factWordsFor } from './fact-words';
import { EN_FUNCTION_WORDS, NOT_COUNTED_NOUNS } from './numbers';

/**
 * German count: the number's noun is the next capitalised word, after at most one inflected
 * adjective (`250.000 indirekte Jobs`, `600 Polizei-Stationen`). German capitalises every
 * noun (Duden, Regel 57), so case is the cue.
 */
const DE_COUNTED =
  /^\s+(?:[a-zäöüß][\p{L}-]*(?:e|en|er|es|em)\s+)?(\p{Lu}[\p{L}\p{N}-]*\p{L}|\p{Lu})/u;

/** English count: up to three lower-case words; the last plural among them is the noun. */
const EN_FOLLOWING_WORDS = /^(?:\s+[a-z][a-z'-]*){1,3}/;
/** The same for the other languages, whose words carry accents (`salariés`, `niños`, `patiënten`). */
const FOLLOWING_WORDS = /^(?:\s+\p{Ll}[\p{Ll}'’-]*){1,3}/u;

const EN_IRREGULAR_PLURALS = new Set([
  'people',
  'men',
  'women',
  'children',
  'police',
  'staff',
  'cattle',
  'personnel',
  'feet',
  'teeth',
  'mice',
  'geese',
]);

function isEnglishPlural(word: string): boolean {
  if (EN_IRREGULAR_PLURALS.has(word)) return true;
  return word.length > 2 && word.endsWith('s') && !/(?:ss|us|is|'s)$/.test(word);
}

interface PluralRules {
  isPlural: (word: string) => boolean;
  functionWords: ReadonlySet<string>;
  notCounted: ReadonlySet<string>;
  /**
   * Whether a duration noun ends the search wherever it stands, also in the singular
   * (`vijf jaar geleden`: Dutch counts years in the singular). English durations are plural.
   */
  singularDurations?: boolean;
  /** Stop at the first plural instead of taking the last (see `FactWords.countedNoun`). */
  firstPlural?: boolean;
}

const ENGLISH: PluralRules = {
  isPlural: isEnglishPlural,
  functionWords: EN_FUNCTION_WORDS,
  notCounted: NOT_COUNTED_NOUNS,
};

/**
 * Up to three words after the number, cut at the first function word; the last plural among
 * them ends the counted noun phrase (`2,000 full-time jobs`, `500 salariés licenciés`).
 * 0 when a duration noun comes first or no plural follows.
 */
function lastPluralLength(rest: string, following: RegExp, rules: PluralRules): number {
  const m = following.exec(rest);
  if (!m) return 0;
  let length = 0;
  let offset = 0;
  for (const token of m[0].split(/(?=\s)/)) {
    const word = token.trim();
    if (rules.functionWords.has(word)) break;
    if (rules.singularDurations && rules.notCounted.has(word)) return 0;
    offset += token.length;
    if (rules.isPlural(word)) {
      if (rules.notCounted.has(word)) return 0;
      length = offset;
      if (rules.firstPlural) break;
    }
  }
  return length;
}

/** Length of the noun phrase that makes the number at `end` a count, or 0 when none does. */
export function countedNounLength(sentence: string, end: number, lang: string): number {
  const rest = sentence.slice(end);
  const words = factWordsFor(lang);
  if (words)
    return lastPluralLength(rest, FOLLOWING_WORDS, {
      ...words,
      singularDurations: true,
      firstPlural: words.countedNoun === 'first',
    });
  if (lang !== 'en') {
    const m = DE_COUNTED.exec(rest);
    if (m && !NOT_COUNTED_NOUNS.has(m[1].toLowerCase())) return m[0].length;
    if (lang === 'de') return 0;
  }
  return lastPluralLength(rest, EN_FOLLOWING_WORDS, ENGLISH);
}
