/**
 * Splits a sentence into word and punctuation tokens the way GermEval 2014 is tokenised, so
 * the tagger sees the same units in articles as in its training data: words may contain
 * inner hyphens, apostrophes, dots and ampersands (`Amazon-Chef`, `e.V.`, `AT&T`), a final
 * dot stays on initials and known abbreviations (`J.`, `Dr.`, `Inc.`), and every other
 * non-space character is a token of its own.
 */
import { HONORIFICS, ORG_FORMS, ROLE_NOUNS } from './cues';

export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const ABBREVIATIONS = new Set([...HONORIFICS, ...ORG_FORMS, ...ROLE_NOUNS].filter((w) => w.endsWith('.')));

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const start = m.index;
    let end = start + word.length;
    // A dot already taken by the abbreviation before must not come back as its own token.
    if (word === '.' && out.length && out[out.length - 1].end > start) continue;
    if (text.charCodeAt(end) === 46 /* . */ && (/^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase() + '.'))) {
      end++;
      out.push({ text: text.slice(start, end), start, end });
    } else out.push({ text: word, start, end });
  }
  return out;
}
