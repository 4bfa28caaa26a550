/**
 * Whether a word is headed by one of a list of nouns (`Ölgesellschaft` by `gesellschaft`), and the
 * classifying nouns of organisations (cues.ts `ORG_CLASSIFIERS`). Its own module so that the
 * name-class lookup (name-classes.ts) and the context rules (org-context.ts) can both read it.
 */
import { ORG_CLASSIFIERS } from './cues';
import { DE_NOUN_ENDINGS, stripEndings } from './morphology';
import { memoCapitalised } from './word-memo';

const isCap = (t: string) => /^\p{Lu}/u.test(t);
const MIN_MODIFIER = 3;

/** `word` is `head`, an inflected form of it, or a compound ending in it (`Ölgesellschaft`, `Amazon-Tochter`). */
export function hasHead(word: string, heads: readonly string[]): boolean {
  const lower = word.toLowerCase();
  const last = lower.slice(lower.lastIndexOf('-') + 1);
  const forms = [last, ...stripEndings(last, DE_NOUN_ENDINGS, 3)];
  return forms.some((f) =>
    heads.some((h) => f === h || (f.endsWith(h) && f.length >= h.length + MIN_MODIFIER)),
  );
}

export const isOrgClassifier = memoCapitalised(
  (word: string): boolean => isCap(word) && hasHead(word, ORG_CLASSIFIERS),
  false,
);
