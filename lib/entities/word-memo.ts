/**
 * Remembers a per-word answer of the post-tagging rules: an article repeats its words, and
 * each rule asks the same question of every token, so each distinct word is judged once.
 * The memo is cleared when it grows past `limit`, which bounds memory on long sessions.
 */
export function memoByWord<T>(judge: (word: string) => T, limit = 50_000): (word: string) => T {
  const seen = new Map<string, T>();
  return (word) => {
    let v = seen.get(word);
    if (v === undefined && !seen.has(word)) {
      v = judge(word);
      if (seen.size >= limit) seen.clear();
      seen.set(word, v);
    }
    return v as T;
  };
}

/**
 * `memoByWord` for a judge that gives `none` to every word not opening with a capital: a word
 * opening with an ASCII character other than A–Z gets `none` without a memo lookup. Most tokens
 * of an article are lower-case words and punctuation, and a Map lookup (~0.1–0.2 µs on the
 * development machine) asked by several rules of every token was a tenth of a first German
 * analysis in a CPU profile (docs/performance.md). Any other first character (A–Z or beyond
 * ASCII) goes to the judge, so the answers are the judge's.
 */
export function memoCapitalised<T>(
  judge: (word: string) => T,
  none: T,
  limit?: number,
): (word: string) => T {
  const memo = memoByWord(judge, limit);
  return (word) => {
    const c = word.charCodeAt(0);
    return c >= 128 || (c >= 65 && c <= 90) ? memo(word) : none;
  };
}
