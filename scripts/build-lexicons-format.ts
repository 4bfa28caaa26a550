/**
 * Front coding for sorted word lists: each entry stores how many leading characters it
 * shares with the previous entry, then the rest of the word (Witten, Moffat & Bell,
 * "Managing Gigabytes", 2nd ed., §4.1). The count is one character from PREFIX_SYMBOLS,
 * ASCII punctuation that no stored word contains and that a JSON string literal needs no
 * escape for, so the count also marks where an entry starts and no separator is needed.
 * Sorted dictionaries share long prefixes, so this stores a word in about a third of its
 * letters while staying a string literal that any bundler can inline.
 */
import { PREFIX_SYMBOLS } from '../lib/entities/lexicon-decode';

export function frontCode(words: Iterable<string>): string {
  const sorted = [...new Set(words)].sort();
  const out: string[] = [];
  let prev = '';
  for (const w of sorted) {
    for (const ch of w) if (PREFIX_SYMBOLS.includes(ch)) throw new Error(`cannot front-code ${JSON.stringify(w)}`);
    let k = 0;
    while (k < PREFIX_SYMBOLS.length - 1 && k < w.length && k < prev.length && w[k] === prev[k]) k++;
    out.push(PREFIX_SYMBOLS[k] + w.slice(k));
    prev = w;
  }
  return out.join('');
}
