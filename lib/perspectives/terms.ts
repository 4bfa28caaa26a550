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
import { isStopWord, stem, words } from '../text/words';
import { perSentence } from './per-sentence';

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
  const termOf = termMemo(lang);
  for (const w of words(text)) {
    for (const part of w.split(PART_SEPARATOR)) {
      if (!part) continue;
      let term = termOf.get(part);
      if (term === undefined) {
        term = isStopWord(part, lang) ? STOP_MARK + part.toLowerCase() : stem(part, lang);
        if (termOf.size >= TERM_MEMO_LIMIT) termOf.clear();
        termOf.set(part, term);
      }
      out.push(term);
    }
  }
  return out;
}

/**
 * A word form's term per language, remembered: one lookup per word instead of the stop-word
 * list's and the stemmer's memo (each with its own lower-casing), which a CPU profile of first
 * analyses showed among the largest costs of the lenses (docs/performance.md). Bounded like the
 * stemmer's memo.
 */
const TERM_MEMO_LIMIT = 50_000;
const termMemos = new Map<string, Map<string, string>>();
function termMemo(lang: string): Map<string, string> {
  let memo = termMemos.get(lang);
  if (!memo) termMemos.set(lang, (memo = new Map()));
  return memo;
}

/** `lensTerms` of sentence `i` of `p`, in order. */
export const sentenceLensTerms = perSentence((p, i) => lensTerms(p.sentences[i].text, p.lang));

/** The distinct `lensTerms` of sentence `i`: a word counts once as evidence however often it stands. */
export const distinctLensTerms = perSentence((p, i) => [...new Set(sentenceLensTerms(p, i))]);
