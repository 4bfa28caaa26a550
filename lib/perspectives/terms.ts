/**
 * The terms a lens is matched on: every word's stem, stop words included.
 *
 * `PreparedText.terms` drops stop words, and the stop-word lists Kontext uses (stopwords-iso)
 * are broad enough to hold topic words a lens needs (`research`, `computer`, `system`,
 * `world` in English, `Macht`, `Menschen`, `Recht` in German). They would also break phrase
 * cues apart (`interest rate` would shrink to `rate`). So lenses stem the words themselves,
 * with the shared `words` and `stem`, and keep function words so a phrase cue matches as
 * the words stand.
 */
import type { PreparedText } from '../text/prepared';
import { isStopWord, stem, words } from '../text/words';

const PART_SEPARATOR = /[-‐‑'’]/;

/**
 * Stop words are kept whole and marked, never stemmed: a stem can coincide with a function
 * word (Snowball German stems `Sicherheit` to `sich`), and the reflexive `sich` must not
 * count as evidence of security.
 */
const STOP_MARK = '~';

/** Stems of `text` in order, hyphenated words split into their parts (`Polizei-Stationen` → `polizei`, `station`). */
export function lensTerms(text: string, lang: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    for (const part of w.split(PART_SEPARATOR)) {
      if (!part) continue;
      out.push(isStopWord(part, lang) ? STOP_MARK + part.toLowerCase() : stem(part, lang));
    }
  }
  return out;
}

const cache = new WeakMap<PreparedText, string[][]>();

/** `lensTerms` of every sentence of `p`, computed once per prepared text. */
export function sentenceLensTerms(p: PreparedText): string[][] {
  let terms = cache.get(p);
  if (!terms) {
    terms = p.sentences.map((s) => lensTerms(s.text, p.lang));
    cache.set(p, terms);
  }
  return terms;
}
