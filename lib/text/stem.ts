/**
 * Stemming with the Snowball algorithms (Porter 2001, https://snowballstem.org/), through
 * `snowball-stemmers`, a maintained JavaScript port of all of them. Languages without a Snowball
 * algorithm are not stemmed: their words stay whole, which costs recall but never correctness.
 *
 * German, French, Spanish, Italian and Dutch, the languages Kontext has lenses for besides
 * English, go through `@orama/stemmers` instead: the same algorithms, 13× faster on German (1.9
 * vs 26 µs a word, 30,000 words of 10kGNAD), which matters because every word an article brings
 * that the memo below has not met is stemmed afresh. Both give the same stem for every word we
 * compared (those 30,000 German words; ~170,000 French, Spanish, Italian and Dutch forms; the
 * unit test keeps checking a sample). Its English stemmer is the original Porter algorithm, not
 * Snowball's English (`one` → `on`), so English has its own port of Snowball's English
 * (`./english-stemmer`, identical to `snowball-stemmers` on 28,625 words of CNN/DailyMail and BBC;
 * ~4× faster, issue 17).
 */
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { newStemmer } from 'snowball-stemmers';
import { stemEnglish } from './english-stemmer';

/** ISO 639-1 → Snowball algorithm name (every algorithm the package ships except the old `porter`). */
const ALGORITHMS: Record<string, string> = {
  ar: 'arabic',
  hy: 'armenian',
  eu: 'basque',
  ca: 'catalan',
  cs: 'czech',
  da: 'danish',
  nl: 'dutch',
  en: 'english',
  fi: 'finnish',
  fr: 'french',
  de: 'german',
  hu: 'hungarian',
  it: 'italian',
  ga: 'irish',
  no: 'norwegian',
  nb: 'norwegian',
  nn: 'norwegian',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  es: 'spanish',
  sl: 'slovene',
  sv: 'swedish',
  ta: 'tamil',
  tr: 'turkish',
};

/** Languages stemmed by `@orama/stemmers` or our English port (see the file comment). */
const FAST: Record<string, (word: string) => string> = {
  de: german,
  en: stemEnglish,
  fr: french,
  es: spanish,
  it: italian,
  nl: dutch,
};

interface CachedStemmer {
  stem(word: string): string;
}

/**
 * Words repeat (Zipf), so a per-language memo turns most stem calls into one Map lookup. The memo
 * is emptied when it grows past this many words, which bounds memory in a long-running worker.
 */
const MEMO_LIMIT = 50_000;

const stemmers = new Map<string, CachedStemmer | null>();

function stemmerFor(lang: string): CachedStemmer | null {
  if (stemmers.has(lang)) return stemmers.get(lang)!;
  const algorithm = ALGORITHMS[lang];
  let cached: CachedStemmer | null = null;
  if (algorithm) {
    const snowball = FAST[lang] ? { stem: FAST[lang] } : newStemmer(algorithm);
    const memo = new Map<string, string>();
    cached = {
      stem(word) {
        let s = memo.get(word);
        if (s === undefined) {
          if (memo.size >= MEMO_LIMIT) memo.clear();
          s = snowball.stem(word);
          memo.set(word, s);
        }
        return s;
      },
    };
  }
  stemmers.set(lang, cached);
  return cached;
}

/** Whether `lang` has a stemmer; without one `stem` only lower-cases. */
export function canStem(lang: string): boolean {
  return stemmerFor(lang) !== null;
}

/** The lower-cased Snowball stem of `word` in `lang`, or the lower-cased word when `lang` has no stemmer. */
export function stem(word: string, lang: string): string {
  const lower = word.toLowerCase();
  const stemmer = stemmerFor(lang);
  return stemmer ? stemmer.stem(lower) : lower;
}
