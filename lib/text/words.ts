/**
 * Words and content terms: the vocabulary every scorer in Kontext compares sentences by.
 *
 * A content term is a lower-cased stem that is not a stop word. Hyphenated and apostrophe-joined
 * words are split into their parts first, so the German compound `Amazon-Lagerhallen` yields
 * `amazon` and `lagerhall`, the stem of `Lagerhalle` too (closed compounds such as `Lagerhallen`
 * vs `Halle` are joined per document, see `./compounds`).
 */
import { isStopWord } from './stopwords';
import { stem } from './stem';

export { isStopWord } from './stopwords';
export { stem } from './stem';

/**
 * A word: letters, marks and digits, with inner hyphens or apostrophes (`Amazon-Lagerhallen`,
 * `don't`, `l'homme`) and inner digit separators (`3.200`, `2,100`, `17:30`) kept inside it.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:[-‐‑'’]|(?<=\p{N})[.,:](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Scripts written without spaces between words; a WORD match in them is a whole phrase, so it is
 * segmented again with `Intl.Segmenter` (ICU's dictionary-based word breaks, in Node and browsers).
 */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

let wordSegmenter: Intl.Segmenter | null = null;

function segmentUnspaced(run: string, out: string[]): void {
  wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  for (const s of wordSegmenter.segment(run)) if (s.isWordLike) out.push(s.segment);
}

/** The words of `text` in order, as they stand (case kept). */
export function words(text: string): string[] {
  const found = text.match(WORD);
  if (!found) return [];
  const out: string[] = [];
  for (const w of found) {
    if (mayBeUnspaced(w) && UNSPACED.test(w)) segmentUnspaced(w, out);
    else out.push(w);
  }
  return out;
}

/**
 * Whether `w` has a character at or above U+0E00, where the first of the UNSPACED scripts
 * (Thai, U+0E01) begins: a word of Latin, Greek or Cyrillic letters skips the script test,
 * which ran on every word of every sentence (twice: preparation and the lenses).
 */
function mayBeUnspaced(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 0x0e00) return true;
  return false;
}

const PART_SEPARATOR = /[-‐‑'’]/;
/** One letter of an alphabet carries no topic (`s` of `Warner's`, `l` of `l'homme`); one ideograph does. */
const SINGLE_MEANINGFUL = /^[\p{Script=Han}\p{Script=Hangul}]$/u;

/** Which words carry no content: the full stop list by default, or `isFunctionWord`. */
export type StopPredicate = (lowerWord: string, lang: string) => boolean;

/** The content terms of one word: its parts, stop words dropped, each stemmed. */
export function wordTerms(
  word: string,
  lang: string,
  out: string[] = [],
  isStop: StopPredicate = isStopWord,
): string[] {
  const parts = PART_SEPARATOR.test(word) ? word.split(PART_SEPARATOR) : [word];
  for (const part of parts) {
    if (part.length < 2 && !SINGLE_MEANINGFUL.test(part)) continue;
    const lower = part.toLowerCase();
    if (isStop(lower, lang)) continue;
    out.push(stem(lower, lang));
  }
  return out;
}

/** The content terms of `text`: lower-cased stems in text order, stop words removed. */
export function contentTerms(
  text: string,
  lang: string,
  isStop: StopPredicate = isStopWord,
): string[] {
  const out: string[] = [];
  for (const w of words(text)) wordTerms(w, lang, out, isStop);
  return out;
}
