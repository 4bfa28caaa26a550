/**
 * Front coding for sorted word lists: each entry stores how many leading characters it
 * shares with the previous entry (one character, `0`–`9` then `a`–`z` for 10–35) followed by
 * the rest of the word, entries separated by a space (a line break would cost two bytes inside a JSON string literal). Sorted dictionaries share long prefixes,
 * so this roughly halves the size of a plain list while staying a string literal that any
 * bundler can inline (Witten, Moffat & Bell, "Managing Gigabytes", 2nd ed., §4.1).
 */
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

export function frontCode(words: Iterable<string>): string {
  const sorted = [...new Set(words)].sort();
  const out: string[] = [];
  let prev = '';
  for (const w of sorted) {
    let k = 0;
    while (k < 35 && k < w.length && k < prev.length && w[k] === prev[k]) k++;
    out.push(DIGITS[k] + w.slice(k));
    prev = w;
  }
  return out.join(' ');
}
