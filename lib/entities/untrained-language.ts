/**
 * Names in articles whose language the tagger was not trained on (it learned German from
 * GermEval 2014 and English from its own lists; see ./train.ts). In French, Spanish, Italian or
 * Dutch the English model is the better guess, since those languages, like English, capitalise
 * names but not common nouns. What it cannot know is the language's small words: `Le`, `El`,
 * `Het`, `Dans` open a sentence with a capital and look like an unknown name. Two rules, both
 * about evidence the model lacks there, clean that up:
 * - the article language's stop words are never part of a name's edge (`Le FC Bréhan` → `FC Bréhan`,
 *   `Les` → nothing); names such as `Banco de España` keep their inner `de`;
 * - a single word at the start of a sentence is capitalised by the sentence, so without a model
 *   for the language it is no evidence of a name (`Winkeliers zeggen …`). The same word inside a
 *   later sentence still counts.
 */
import { isStopWord } from '../text/stopwords';

/** Languages the shipped model was trained for; mentions in them are taken as tagged. */
export const TRAINED_LANGUAGES: ReadonlySet<string> = new Set(['de', 'en']);

export interface TokenSpan {
  /** First token (inclusive). */
  start: number;
  /** One past the last token. */
  end: number;
}

/**
 * The part of a tagged span that can stand as a name in an article of `lang`, or null when
 * nothing can. `tokens` are the sentence's tokens; spans in trained languages come back as they are.
 */
export function nameSpanFor(tokens: readonly string[], span: TokenSpan, lang: string): TokenSpan | null {
  if (TRAINED_LANGUAGES.has(lang)) return span;
  let { start, end } = span;
  const small = (i: number) => isStopWord(tokens[i].toLowerCase(), lang);
  while (start < end && small(start)) start++;
  while (end > start && small(end - 1)) end--;
  if (start >= end) return null;
  if (end - start === 1 && start === 0) return null;
  return { start, end };
}
