import type { Sentence } from '../types';
import { abbreviationsFor, type AbbreviationSet } from './abbreviations';
import { sentenceStartersFor } from './sentence-starters';

/**
 * Splits an article into sentences with offsets into `text`.
 *
 * One left-to-right scan (linear time; every look-behind and look-ahead is bounded), rules in
 * the spirit of the Golden Rules of the pragmatic_segmenter and pySBD (Sadvilkar & Neumann
 * 2020), written from scratch:
 * - a blank line always ends a sentence (blocks of the article are joined by `\n\n`, so a
 *   heading without a full stop is its own sentence); a single line break ends one too,
 *   unless the line ends in a space — the "flowed" soft line break of RFC 3676 (format=flowed),
 *   which is how wrapped lines of PDFs and e-mails look;
 * - `!` and `?` end a sentence, except inside a quotation that the sentence goes on after
 *   (`„Halt!“ rief er`, `„Geh!“, sagte sie`) and after a name like `Yahoo! in`; an ellipsis
 *   ends one when a capitalised word follows;
 * - a full stop ends a sentence unless it closes an abbreviation, an initial, a dotted acronym
 *   or a German ordinal — in which case it ends one only when a typical sentence starter
 *   follows (`in the U.S. The …`);
 * - numbered and bulleted lists start a new sentence at each item.
 *
 * `lang` is an ISO 639-1 code (`de`, `en`, …) or `und`; it picks the abbreviation and
 * sentence-starter lists and whether `17. Januar` is an ordinal.
 */
export function splitSentences(text: string, lang: string): Sentence[] {
  const cuts = findCuts(text, rulesFor(lang));
  const sentences: Sentence[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    pushTrimmed(text, from, cut, sentences);
    from = cut;
  }
  return sentences;
}

interface Rules {
  abbreviations: AbbreviationSet;
  starters: ReadonlySet<string>;
  /** Languages that write ordinals with a full stop (`17. Januar`, `3. Platz`). */
  dottedOrdinals: boolean;
}

/**
 * Languages whose ordinal numbers are written with a full stop (Duden for German; the same
 * convention holds in the Nordic, Baltic, West and South Slavic languages, Hungarian and
 * Turkish).
 */
// prettier-ignore
const DOTTED_ORDINAL_LANGUAGES = new Set([
  'de', 'da', 'no', 'nb', 'nn', 'fi', 'is', 'et', 'lv', 'lt', 'cs', 'sk', 'pl', 'sl', 'hr',
  'sr', 'bs', 'hu', 'tr', 'und',
]);

function rulesFor(lang: string): Rules {
  const base = lang.toLowerCase().split(/[-_]/)[0] || 'und';
  return {
    abbreviations: abbreviationsFor(base),
    starters: sentenceStartersFor(base),
    dottedOrdinals: DOTTED_ORDINAL_LANGUAGES.has(base),
  };
}

// ---------------------------------------------------------------------------------------------
// Character classes

const TERMINATORS = new Set(['.', '!', '?', '…', '‼', '⁇', '⁈', '⁉', '。', '！', '？', '．']);
/** Marks of East Asian scripts that end a sentence without a following space. */
const FULL_WIDTH_TERMINATORS = new Set(['。', '！', '？', '．']);
/** Closing quotes and brackets that belong to the sentence before them (`„Lust.“`, `nicht!).`). */
const CLOSERS = new Set(['"', "'", '’', '”', '“', '»', '«', '›', '‹', ')', ']', '}', '」', '』']);
/** Opening quotes and brackets that may precede the first word of a sentence. */
const OPENERS = new Set([
  '"',
  "'",
  '`',
  '´',
  '‘',
  '’',
  '‚',
  '„',
  '“',
  '”',
  '«',
  '»',
  '‹',
  '›',
  '(',
  '[',
  '{',
  '¿',
  '¡',
  '「',
  '『',
  ',',
]);
/** List bullets: each one starts a new item. */
const BULLETS = new Set([
  '•',
  '◦',
  '▪',
  '▫',
  '‣',
  '⁃',
  '●',
  '○',
  '■',
  '□',
  '►',
  '▶',
  '➢',
  '✓',
  '✔',
]);

const UPPER = /\p{Lu}|\p{Lt}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

/** White space, including no-break and typographic spaces (by code unit, for speed). */
function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x3000
  );
}

/** Whether `text[at]` is white space; false outside the text. */
function isSpaceAt(text: string, at: number): boolean {
  return at >= 0 && at < text.length && isSpaceCode(text.charCodeAt(at));
}

function isHorizontalSpaceAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c !== 10 && c !== 13 && at >= 0 && at < text.length && isSpaceCode(c);
}

// ---------------------------------------------------------------------------------------------
// The scan

/**
 * A list marker such as `1.`, `2.)`, `3)`, `a.`, `(b)`, optionally after a bullet: `• 9.`,
 * `⁃10.`; roman numerals (`iv)`, `(ii)`) are recognised at the start of a line.
 */
const LIST_MARKER = /(?:[•◦▪‣⁃●■►▶➢]\s*)?(\(?)(\d{1,3}|[a-z]|[ivx]{2,4})(\.\)|\.|\))(?=\s)/y;

/** Longest token (in UTF-16 units) we look back over; abbreviations and numbers are shorter. */
const MAX_TOKEN = 64;

/** The characters where something can happen: line breaks, sentence marks and bullets. */
const EVENTS = /[\n.!?…‼⁇⁈⁉。！？•◦▪▫‣⁃●○■□►▶➢✓✔]/g;

function findCuts(text: string, rules: Rules): number[] {
  const cuts: number[] = [];
  const n = text.length;
  let sentenceStart = 0; // first non-space offset of the current sentence
  let markerEnd = -1; // end of a list marker at the start of the current sentence
  let nextMarker: string | null = null; // the marker that continues the current list
  let nextMarkerAt = -1; // where `nextMarker` next stands as a word, n if nowhere; -1 unknown

  // [spaceFrom, spaceTo) is known to be all spaces with a non-space (or the end) at spaceTo, so
  // that runs of blank lines are not scanned once per line.
  let spaceFrom = -1;
  let spaceTo = -1;
  const startSentence = (from: number) => {
    let s = from;
    if (from >= spaceFrom && from <= spaceTo) s = spaceTo;
    else {
      while (s < n && isSpaceAt(text, s)) s++;
      spaceFrom = from;
      spaceTo = s;
    }
    sentenceStart = s;
    LIST_MARKER.lastIndex = s;
    const m = LIST_MARKER.exec(text);
    markerEnd = m ? s + m[0].length : -1;
    if (m) {
      nextMarker = followingMarker(m[1], m[2], m[3]);
      nextMarkerAt = -1;
    }
  };
  /** Ends the current sentence at `at`; false when nothing would be cut off. */
  const cut = (at: number): boolean => {
    if (at <= (cuts.length ? cuts[cuts.length - 1] : 0) || at >= n) return false;
    cuts.push(at);
    startSentence(at);
    return true;
  };

  startSentence(0);
  let i = 0;
  while (i < n) {
    EVENTS.lastIndex = i;
    const event = EVENTS.exec(text);
    const e = event ? event.index : n;

    // The next item of a numbered list (`1. The first item 2. The second item`).
    if (nextMarker !== null) {
      if (nextMarkerAt < i) nextMarkerAt = findMarker(text, nextMarker, i);
      if (nextMarkerAt < e) {
        const at = nextMarkerAt;
        cut(at);
        i = at + 1;
        continue;
      }
    }
    if (!event) break;
    i = e;
    const ch = text[i];

    if (ch === '\n') {
      const lineEnd = i;
      let j = i + 1;
      while (j < n && isHorizontalSpaceAt(text, j)) j++;
      if (j < n && text[j] === '\r') j++;
      if (j >= n || text[j] === '\n') {
        // A blank line: the end of a block, and of any list in it.
        cut(lineEnd);
        nextMarker = null;
      } else {
        let k = lineEnd - 1;
        if (k >= 0 && text[k] === '\r') k--;
        const flowed = k >= 0 && isHorizontalSpaceAt(text, k);
        if (!flowed || startsListItem(text, j)) cut(lineEnd);
      }
      i = j;
      continue;
    }
    if (BULLETS.has(ch)) {
      // Every bullet starts a new item.
      if (i > sentenceStart && isSpaceAt(text, i - 1)) cut(i);
      i++;
      continue;
    }
    if (i < markerEnd) {
      i = markerEnd;
      continue;
    }
    if (FULL_WIDTH_TERMINATORS.has(ch)) {
      if (ch === '．' && DIGIT.test(text[i - 1] ?? '') && DIGIT.test(text[i + 1] ?? '')) {
        i++; // a full-width decimal point: `３．５`
        continue;
      }
      let k = i + 1;
      while (k < n && (TERMINATORS.has(text[k]) || CLOSERS.has(text[k]))) k++;
      cut(k);
      i = k;
      continue;
    }
    if (ch === '.' && isSpacedEllipsisAt(text, i + 1)) {
      i = handleSpacedEllipsis(text, i, cut);
      continue;
    }

    // A cluster of terminators, closing quotes or brackets and reference marks: `?!`, `.“`,
    // `!).`, `...`, `martyr.[1]`.
    let k = i;
    for (;;) {
      while (k < n && (TERMINATORS.has(text[k]) || CLOSERS.has(text[k]))) k++;
      REFERENCE_MARK.lastIndex = k;
      if (k >= n || text[k] !== '[' || !REFERENCE_MARK.test(text)) break;
      k = REFERENCE_MARK.lastIndex;
    }
    if (k < n && !isSpaceAt(text, k)) {
      // `3.5`, `U.S.A`, `Jr.'s`, `gehen!“,`: not the end of a sentence.
      i = k;
      continue;
    }
    if (endsSentence(text, i, k, rules)) cut(k);
    i = k;
  }
  return cuts;
}

/** A reference mark as Wikipedia and many sites print it after a sentence: `[1]`, `[12]`. */
const REFERENCE_MARK = /\[\d{1,3}\]/y;

/** The next offset from `from` on where `marker` stands as a word of its own, or the length. */
function findMarker(text: string, marker: string, from: number): number {
  let at = text.indexOf(marker, from);
  while (at >= 0 && !(at > 0 && isSpaceAt(text, at - 1) && isSpaceAt(text, at + marker.length))) {
    at = text.indexOf(marker, at + 1);
  }
  return at < 0 ? text.length : at;
}

/** Whether the text at `at` reads ` . .` (the rest of a spaced ellipsis `. . .`). */
function isSpacedEllipsisAt(text: string, at: number): boolean {
  return text[at] === ' ' && text[at + 1] === '.' && text[at + 2] === ' ' && text[at + 3] === '.';
}

/**
 * A spaced ellipsis `. . .` (MLA style). Standing apart (`is . . . I didn't`), three dots mark an
 * omission inside a sentence and four (`. . . .`) an omission plus the full stop. Attached to a
 * word (`compounds. . . . The`), the first dot is the full stop and the ellipsis opens the next
 * sentence. Returns the offset after the ellipsis and its closing quotes.
 */
function handleSpacedEllipsis(text: string, i: number, cut: (at: number) => void): number {
  let end = i + 1;
  let dots = 1;
  while (text[end] === ' ' && text[end + 1] === '.') {
    end += 2;
    dots++;
  }
  while (end < text.length && CLOSERS.has(text[end])) end++;
  const next = nextWord(text, end);
  const upperNext = next.kind === 'upper';
  const attached = i > 0 && !isSpaceAt(text, i - 1);
  if (attached && dots >= 4 && upperNext) cut(i + 1);
  else if (!attached && dots >= 4 && upperNext) cut(end);
  return end;
}

interface NextWord {
  kind: 'upper' | 'lower' | 'digit' | 'other' | 'none';
  /** The first opening quote or bracket before the word, if any. */
  opener: string;
  /** The letters of the word (at most 24), for the sentence-starter lookup. */
  word: string;
}

/** Up to 24 letters from a given offset (sticky). */
const WORD_AHEAD = /\p{L}{1,24}/uy;

/** The first word after `from`, past spaces and opening quotes or brackets. */
function nextWord(text: string, from: number): NextWord {
  const n = text.length;
  let p = from;
  while (p < n && isSpaceAt(text, p)) p++;
  const opener = OPENERS.has(text[p]) ? text[p] : '';
  let openers = 0;
  while (p < n && OPENERS.has(text[p]) && openers < 8) {
    p++;
    openers++;
  }
  if (p >= n) return { kind: 'none', word: '', opener };
  const first = String.fromCodePoint(text.codePointAt(p)!);
  WORD_AHEAD.lastIndex = p;
  const word = WORD_AHEAD.exec(text)?.[0] ?? '';
  if (LOWER.test(first)) return { kind: 'lower', word, opener };
  if (UPPER.test(first)) return { kind: 'upper', word, opener };
  if (LETTER.test(first)) return { kind: 'upper', word, opener }; // scripts without case
  if (DIGIT.test(first)) return { kind: 'digit', word, opener };
  return { kind: 'other', word, opener };
}

/**
 * Decides whether the cluster `text[i..k)` (terminators, then closing quotes or brackets,
 * followed by a space or the end) ends a sentence.
 */
function endsSentence(text: string, i: number, k: number, rules: Rules): boolean {
  const next = nextWord(text, k);
  if (next.kind === 'none') return true;

  let dots = 0;
  let strong = false; // `!`, `?` and their combinations
  let ellipsis = false;
  let p = i;
  for (; p < k && TERMINATORS.has(text[p]); p++) {
    const c = text[p];
    if (c === '.') dots++;
    else if (c === '…') ellipsis = true;
    else strong = true;
  }
  const quoted = p < k; // closing quotes or brackets follow the marks
  // `"… stairways [...]" (Smith 55).`: a parenthetical citation after a quotation belongs to
  // the sentence that quotes (MLA in-text citation style).
  if (quoted && next.opener === '(') return false;

  if (strong) {
    if (next.kind !== 'lower') return true;
    // `„Halt!“ rief er`, `"Really?" she asked`: the sentence goes on after a quotation.
    if (quoted) return false;
    // `Yahoo! in …`: a `!` that belongs to a capitalised name; otherwise web text often starts
    // a sentence in lower case after `?` or `!` (`Miramar? are they …`).
    const token = tokenBefore(text, i);
    return !(text[i] === '!' && UPPER.test(token.text.charAt(0)));
  }
  if (ellipsis || dots >= 2) return next.kind === 'upper';

  // A single full stop: look at the token before it.
  const token = tokenBefore(text, i);
  if (token.text === '') return next.kind === 'upper';
  const kind = abbreviationKind(text, token, rules);
  const initial = isInitialOrAcronym(token.text);

  if (next.kind === 'lower') {
    // Mostly an abbreviation (`ca. zehn`, `p.m. on`). But informal text starts sentences in
    // lower case too (`… not that great. if you want …`): split only after an ordinary word
    // and before a closed-class word that typically opens a sentence.
    if (quoted || kind !== null || initial || !isWord(token.text) || token.text.length < 2)
      return false;
    return rules.starters.has(capitalise(next.word));
  }
  if (next.kind === 'digit' || next.kind === 'other') {
    // `S. 225`, `Nr. 5`, `N°. 1026`, `17. 3.`, `1. -3. Jahrhundert`: an end only after an
    // ordinary word or a closing bracket (`… (Az. 94). 10. Interessierte …`).
    const ordinary =
      (isWord(token.text) && token.text.length >= 2) || CLOSERS.has(token.text.slice(-1));
    return ordinary && kind === null && !initial;
  }

  // The next word is capitalised.
  if (kind === 'prefix') return false;
  const starter = rules.starters.has(next.word);
  if (kind === 'general' || initial) return starter;
  // `17. Januar`, `dem 1. -3. Jahrhundert`: an ordinal unless a sentence starter follows.
  if (rules.dottedOrdinals && ORDINAL.test(token.text)) return starter;
  return true;
}

/** A number that can be a dotted ordinal: at most three digits (`1.`, `17.`, `250.`). */
const ORDINAL = /^[-–]?\d{1,3}$/;

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

interface Token {
  text: string;
  start: number;
}

/** The token that ends right before `end`, without leading quotes or brackets. */
function tokenBefore(text: string, end: number): Token {
  let start = end;
  while (start > 0 && end - start < MAX_TOKEN && !isSpaceAt(text, start - 1)) start--;
  while (start < end && OPENERS.has(text[start])) start++;
  return { text: text.slice(start, end), start };
}

/** Letters, possibly with hyphens: `great`, `HRK-Informationsreferent`. */
const WORD = /^\p{L}+(?:[-‐]\p{L}+)*$/u;

function isWord(token: string): boolean {
  return WORD.test(token);
}

/** `E`, `T`, `U.S`, `U.P.S`, `A.W.S`, `e.g`, `Ph.D`: letters in pieces of one or two. */
const INITIAL_OR_ACRONYM = /^\p{L}{1,2}(?:\.\p{L}{1,2})*$/u;

function isInitialOrAcronym(token: string): boolean {
  return INITIAL_OR_ACRONYM.test(token) && (token.length === 1 || token.includes('.'));
}

/**
 * Looks the token up as an abbreviation. A spaced compound such as `z. B.`, `u. a.` or
 * `i. d. R.` is joined first (`z.B`), so its last piece is not mistaken for an initial.
 */
function abbreviationKind(text: string, token: Token, rules: Rules): 'prefix' | 'general' | null {
  let compound = token.text;
  let start = token.start;
  for (let pieces = 0; pieces < 3 && compound.length <= 4; pieces++) {
    // A short piece ending in a full stop right before, after one space?
    if (text[start - 1] !== ' ' || text[start - 2] !== '.') break;
    const before = tokenBefore(text, start - 2);
    if (before.text.length === 0 || before.text.length > 3 || !isInitialOrAcronym(before.text))
      break;
    compound = `${before.text}.${compound}`;
    start = before.start;
  }
  if (compound !== token.text) {
    const kind = lookUp(compound, rules.abbreviations);
    if (kind) return kind;
  }
  return lookUp(token.text, rules.abbreviations);
}

/** Longer than any entry of the abbreviation lists (`Dr.rer.nat` has 10 characters). */
const MAX_ABBREVIATION = 12;

/**
 * Exact match first, then with a lower-case first letter (`Kath.` at the start of a sentence),
 * and for dotted compounds in any case (`Z. T.`, `U.s.`).
 */
function lookUp(
  candidate: string,
  { prefix, general }: AbbreviationSet,
): 'prefix' | 'general' | null {
  if (candidate.length > MAX_ABBREVIATION) return null;
  const lowerFirst = candidate.charAt(0).toLowerCase() + candidate.slice(1);
  const lower = candidate.includes('.') ? candidate.toLowerCase() : lowerFirst;
  if (prefix.has(candidate) || prefix.has(lowerFirst) || prefix.has(lower)) return 'prefix';
  if (general.has(candidate) || general.has(lowerFirst) || general.has(lower)) return 'general';
  return null;
}

/** The marker that continues a list: `1.` → `2.`, `a)` → `b)`. */
function followingMarker(open: string, value: string, suffix: string): string | null {
  if (/^\d+$/.test(value)) return `${open}${Number(value) + 1}${suffix}`;
  if (value.length > 1 || value === 'z') return null; // roman numerals: only at line starts
  return `${open}${String.fromCharCode(value.charCodeAt(0) + 1)}${suffix}`;
}

/** Whether a line starting at `at` starts with a bullet or a numbered marker. */
function startsListItem(text: string, at: number): boolean {
  if (BULLETS.has(text[at]) || text[at] === '-' || text[at] === '*') return true;
  LIST_MARKER.lastIndex = at;
  return LIST_MARKER.test(text);
}

function pushTrimmed(text: string, from: number, to: number, out: Sentence[]): void {
  while (from < to && isSpaceAt(text, from)) from++;
  while (to > from && isSpaceAt(text, to - 1)) to--;
  if (to > from) out.push({ text: text.slice(from, to), start: from, end: to });
}
