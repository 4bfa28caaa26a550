/** Forms of a name that point at the same entity, shared by the per-article vote and the grouping. */

/**
 * The forms a single-word name may be cited in: itself and its genitive base (`Amazons`,
 * `Bezos'`, `Merkels`). Only a lower-case letter before the `s` counts, so acronyms (`AWS`) keep it.
 */
export function nameKeys(word: string): string[] {
  const out = [word];
  if (/['’]s?$/.test(word)) out.push(word.replace(/['’]s?$/, ''));
  else if (/\p{Ll}s$/u.test(word) && word.length > 3) out.push(word.slice(0, -1));
  return out;
}

/** `National Security Agency` → `NSA`: the capitalised words' first letters. */
export function initials(words: string[]): string {
  return words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}
