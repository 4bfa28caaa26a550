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
