/**
 * Function-word lists: the narrow stop lists that ship with Snowball's stemmers (English, German,
 * French, Italian, Dutch; Orama's Spanish list is broader), via `@orama/stopwords` (Apache-2.0),
 * the companion of the `@orama/stemmers` we stem with.
 *
 * Why a second list next to stopwords-iso (./stopwords): stopwords-iso is a union of many lists
 * and drops frequent *content* words as well (English: `said`, `year`, `world`, `people`,
 * `government`, `research`, `information`: 1,298 English entries against 180 here). Nothman, Qin & Yurchak (2018, "Stop Word Lists in Free Open-source Software
 * Packages", NLP-OSS) show how such lists differ in what they drop. For picking the few sentences
 * that carry an article's news, dropping general words helps (they link every quote to every
 * other); for condensing a whole article, those words are part of what it says (measured in
 * docs/evaluation.md, "Session 4").
 */
import { stopwords as de } from '@orama/stopwords/german';
import { stopwords as en } from '@orama/stopwords/english';
import { stopwords as es } from '@orama/stopwords/spanish';
import { stopwords as fr } from '@orama/stopwords/french';
import { stopwords as it } from '@orama/stopwords/italian';
import { stopwords as nl } from '@orama/stopwords/dutch';
import { isStopWord } from './stopwords';

const LISTS: Record<string, readonly string[]> = { de, en, es, fr, it, nl };
const sets = new Map<string, Set<string>>();

/**
 * Whether `word` (lower case) is a function word of `lang`. Languages without a function-word list
 * fall back to the full stop list, so no language gains stop words it did not have.
 */
export function isFunctionWord(word: string, lang: string): boolean {
  const list = LISTS[lang];
  if (!list) return isStopWord(word, lang);
  let set = sets.get(lang);
  if (!set) sets.set(lang, (set = new Set(list.map((w) => w.toLowerCase()))));
  return set.has(word);
}
