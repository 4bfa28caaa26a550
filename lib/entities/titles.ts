/**
 * A title or role in front of a person's full name is no part of the name (issue 16: "a person's
 * role words are not part of the name"), also when no role list knows it: in
 * `Landeshauptmann Markus Wallner` the name opens at the given name, and what stands before it
 * is a title of the office (GermEval 2014 and CoNLL annotate `Markus Wallner` alone).
 *
 * - sentence by sentence: a person span of three words or more whose first word is no given
 *   name (and no name particle) while its second word is one loses its first word;
 * - over the article: a word found so in front of a full name is a title wherever it opens a
 *   person span of the article (`Landeshauptmann Wallner` → `Wallner`, which then joins
 *   `Markus Wallner`).
 */
import { spansOf } from './document';
import type { EntityTag } from './labels';
import { wordFacts } from './lexicons';
import { isStopWord } from '../text/stopwords';

/** A capitalised word that could be a title: no given name, no small word of either language. */
function mayBeTitle(word: string, lang: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (isStopWord(lower, lang) || isStopWord(lower, 'en')) return false;
  return !wordFacts(word).given;
}

const isGiven = (word: string) => /^\p{Lu}\p{Ll}/u.test(word) && wordFacts(word).given;

/** Tags of one sentence with a title cut from the front of every full name it opens. */
export function withoutTitles(
  tokens: readonly string[],
  tags: EntityTag[],
  lang: string,
): EntityTag[] {
  let out: EntityTag[] | null = null;
  for (const span of spansOf(tags)) {
    if (span.type !== 'PER' || span.end - span.start < 3) continue;
    if (!mayBeTitle(tokens[span.start], lang) || !isGiven(tokens[span.start + 1])) continue;
    out ??= tags.slice();
    out[span.start] = 'O';
    out[span.start + 1] = 'B-PER';
  }
  return out ?? tags;
}

/**
 * The words of an article that stand as a title in front of a full name: untagged, capitalised,
 * no given name, right before a person span of two words or more that opens with a given name.
 */
export function articleTitles(
  tokens: readonly string[][],
  tags: readonly EntityTag[][],
  lang: string,
): Set<string> {
  const out = new Set<string>();
  tokens.forEach((row, s) => {
    for (const span of spansOf(tags[s] as EntityTag[])) {
      const k = span.start - 1;
      if (span.type !== 'PER' || k < 0 || span.end - span.start < 2 || tags[s][k] !== 'O') continue;
      if (mayBeTitle(row[k], lang) && isGiven(row[span.start])) out.add(row[k]);
    }
  });
  return out;
}

/** Tags of an article with its titles cut from the front of every person span they open. */
export function withoutArticleTitles(
  tokens: readonly string[][],
  tags: EntityTag[][],
  lang: string,
): EntityTag[][] {
  const titles = articleTitles(tokens, tags, lang);
  if (!titles.size) return tags;
  return tags.map((row, s) => {
    let out: EntityTag[] | null = null;
    for (const span of spansOf(row)) {
      if (span.type !== 'PER' || span.end - span.start < 2 || !titles.has(tokens[s][span.start]))
        continue;
      out ??= row.slice();
      out[span.start] = 'O';
      out[span.start + 1] = 'B-PER';
    }
    return out ?? row;
  });
}
