/**
 * Key facts: the amounts, counts, percentages and dates a reader scans a panel for
 * (`fünf Milliarden US-Dollar`, `50.000 Vollzeitjobs`, `2,5 %`, `Oktober 2019`).
 *
 * Pattern-based, in the spirit of rule-based temporal and numeric taggers such as
 * HeidelTime (Strötgen & Gertz 2013) and Duckling: a quantity is a number (digits in German
 * or English format, or a number word) with what stands around it — a currency makes it
 * money, `%`/`Prozent` a percentage, a following noun a count. Dates are matched on their own.
 * Every fact keeps the words exactly as they stand in the sentence.
 */
import type { KeyFact } from '../types';
import {
  ARTICLE_NUMBER,
  CURRENCY_AFTER,
  CURRENCY_BEFORE,
  DE_MONTHS,
  DE_MONTH_ABBREVIATIONS,
  DE_NUMBER_WORD,
  EN_FUNCTION_WORDS,
  EN_MONTHS,
  EN_MONTH_ABBREVIATIONS,
  EN_NUMBER_WORD,
  NOT_COUNTED_NOUNS,
  PERCENT_WORD,
  SCALE_SUFFIX,
  SCALE_WORD,
} from './numbers';

export type FactKind = KeyFact['kind'];

interface Span {
  kind: FactKind;
  start: number;
  end: number;
}

/** No letter or digit directly before / after: the match is a whole token. */
const LEFT = '(?<![\\p{L}\\p{N}])';
const RIGHT = '(?![\\p{L}\\p{N}])';

/**
 * Digits with thousands groups (`3.200`, `50,000`, `1 000` with a no-break or thin space,
 * `1'000` as in Switzerland) and an optional decimal part (`2,5`, `3.5`), or plain digits.
 * A plain space is not a group separator: `in 2019 300 Menschen` holds two numbers.
 */
const DIGITS = "\\d{1,3}(?:[.,\\u00a0\\u202f']\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?";

/** Years a news article plausibly names; a bare four-digit number in this range is no count. */
const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';
const YEAR_ONLY = /^(?:1[5-9]\d\d|20\d\d)$/;

function numberWords(lang: string): string {
  if (lang === 'de') return DE_NUMBER_WORD;
  if (lang === 'en') return EN_NUMBER_WORD;
  return `${DE_NUMBER_WORD}|${EN_NUMBER_WORD}`;
}

const quantityPatterns = new Map<string, RegExp>();

/**
 * One pattern for every quantity: optional currency before, the number, an optional scale
 * (glued `bn`/`m` or a word `Milliarden`), then an optional currency or percent word.
 * Case-insensitive so `Fünf Milliarden` at a sentence start matches; the noun test for
 * counts, which needs case, runs afterwards on the raw text.
 */
function quantityPattern(lang: string): RegExp {
  const key = lang === 'de' || lang === 'en' ? lang : '*';
  let re = quantityPatterns.get(key);
  if (!re) {
    re = new RegExp(
      LEFT +
        `(?:(?<curBefore>${CURRENCY_BEFORE})\\s?)?` +
        `(?:(?<digits>${DIGITS})(?:(?<suffix>${SCALE_SUFFIX})${RIGHT}|${RIGHT})` +
        `|(?<word>${numberWords(lang)})${RIGHT}` +
        `|(?<article>${ARTICLE_NUMBER})(?=\\s+(?:${SCALE_WORD})${RIGHT}))` +
        `(?:\\s{0,2}(?<scale>${SCALE_WORD})(?!\\p{L}))?` +
        `(?:\\s{0,2}(?<curAfter>${CURRENCY_AFTER})${RIGHT}|\\s{0,2}(?<percent>${PERCENT_WORD})(?!\\p{L}))?`,
      'giu',
    );
    quantityPatterns.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

/**
 * German count: the number's noun is the next capitalised word, after at most one inflected
 * adjective (`250.000 indirekte Jobs`, `600 Polizei-Stationen`). German capitalises every
 * noun (Duden, Regel 57), so case is the cue.
 */
const DE_COUNTED =
  /^\s+(?:[a-zäöüß][\p{L}-]*(?:e|en|er|es|em)\s+)?(\p{Lu}[\p{L}\p{N}-]*\p{L}|\p{Lu})/u;

/** English count: up to three lower-case words; the last plural among them is the noun. */
const EN_FOLLOWING_WORDS = /^(?:\s+[a-z][a-z'-]*){1,3}/;
const EN_IRREGULAR_PLURALS = new Set([
  'people',
  'men',
  'women',
  'children',
  'police',
  'staff',
  'cattle',
  'personnel',
  'feet',
  'teeth',
  'mice',
  'geese',
]);

function isEnglishPlural(word: string): boolean {
  if (EN_IRREGULAR_PLURALS.has(word)) return true;
  return word.length > 2 && word.endsWith('s') && !/(?:ss|us|is|'s)$/.test(word);
}

/** Length of the noun phrase that makes the number at `end` a count, or 0 when none does. */
function countedNounLength(sentence: string, end: number, lang: string): number {
  const rest = sentence.slice(end);
  if (lang !== 'en') {
    const m = DE_COUNTED.exec(rest);
    if (m && !NOT_COUNTED_NOUNS.has(m[1].toLowerCase())) return m[0].length;
    if (lang === 'de') return 0;
  }
  const m = EN_FOLLOWING_WORDS.exec(rest);
  if (!m) return 0;
  let length = 0;
  let offset = 0;
  for (const token of m[0].split(/(?=\s)/)) {
    const word = token.trim();
    if (EN_FUNCTION_WORDS.has(word)) break;
    offset += token.length;
    if (isEnglishPlural(word)) {
      if (NOT_COUNTED_NOUNS.has(word)) return 0;
      length = offset;
    }
  }
  return length;
}

function quantities(sentence: string, lang: string): Span[] {
  const spans: Span[] = [];
  for (const m of sentence.matchAll(quantityPattern(lang))) {
    const g = m.groups!;
    const start = m.index!;
    const end = start + m[0].length;
    if (g.curBefore || g.curAfter) {
      spans.push({ kind: 'money', start, end });
      continue;
    }
    // A glued `m`/`k` without a currency is a unit (`100m` sprint, `5k` run), not a scale.
    if (g.suffix) continue;
    if (g.percent) {
      spans.push({ kind: 'percent', start, end });
      continue;
    }
    if (g.digits && !g.scale && YEAR_ONLY.test(g.digits)) continue;
    const noun = countedNounLength(sentence, end, lang);
    if (noun > 0) spans.push({ kind: 'count', start, end: end + noun });
    else if (g.scale) spans.push({ kind: 'count', start, end });
  }
  return spans;
}

const datePatterns = new Map<string, RegExp[]>();

function alternation(words: string[]): string {
  return words.join('|');
}

/** Capitalised and lower-case forms: prepositions may open a sentence. */
function bothCases(words: string[]): string[] {
  return words.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]);
}

/**
 * Date patterns, case-sensitive so the English modal `may` is no month. A month or a bare
 * year counts as a date only with a day, a year or a preposition of time next to it
 * (`im Juni`, `seit 2016`); the preposition is kept in the text because it is what makes
 * the number a date.
 */
function dateRegexes(lang: string): RegExp[] {
  const key = lang === 'de' || lang === 'en' ? lang : '*';
  let list = datePatterns.get(key);
  if (list) return list;
  const deMonth = alternation([...DE_MONTHS, ...DE_MONTH_ABBREVIATIONS]);
  const enMonth = alternation([...EN_MONTHS, ...EN_MONTH_ABBREVIATIONS]);
  const month = key === 'de' ? deMonth : key === 'en' ? enMonth : `${deMonth}|${enMonth}`;
  const monthPrepositions = alternation(
    bothCases([
      'im',
      'seit',
      'bis',
      'ab',
      'vom',
      'in',
      'since',
      'until',
      'by',
      'from',
      'early',
      'late',
      'mid-',
    ]).concat(['Ende', 'Anfang', 'Mitte']),
  );
  const yearPrepositions = alternation(
    bothCases([
      'im Jahr',
      'im Jahre',
      'seit',
      'bis',
      'ab',
      'vor',
      'nach',
      'in',
      'since',
      'until',
      'by',
      'before',
      'after',
      'in the year',
      'early',
      'late',
      'mid-',
    ]).concat(['Ende', 'Anfang', 'Mitte']),
  );
  const sources = [
    `\\d{1,2}\\.\\d{1,2}\\.(?:\\d{4}|\\d{2})`, // 17.01.2020
    `\\d{4}-\\d{2}-\\d{2}`, // 2020-01-17 (ISO 8601)
    `\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})`, // 1/17/2020
    `\\d{1,2}\\.\\s?(?:${month})(?:\\s${YEAR})?`, // 17. Januar 2020
    `(?:${month})\\s${YEAR}`, // Oktober 2019, January 2020
    `(?:${month})\\s\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s${YEAR})?`, // January 17, 2020
    `\\d{1,2}(?:st|nd|rd|th)?\\s(?:of\\s)?(?:${month})(?:,?\\s${YEAR})?`, // 17 January 2020
    `(?:${monthPrepositions})\\s?(?:${month})(?!\\s\\d)`, // im Juni, since March
    `(?:${yearPrepositions})\\s?${YEAR}`, // seit 2016, by 2030
  ];
  list = sources.map((s) => new RegExp(LEFT + `(?:${s})` + RIGHT, 'gu'));
  datePatterns.set(key, list);
  return list;
}

function dates(sentence: string, lang: string): Span[] {
  const spans: Span[] = [];
  for (const re of dateRegexes(lang)) {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re))
      spans.push({ kind: 'date', start: m.index!, end: m.index! + m[0].length });
  }
  return spans;
}

/** When spans overlap, the longer one wins; on a tie money beats percent beats date beats count. */
const KIND_PRIORITY: Record<FactKind, number> = { money: 0, percent: 1, date: 2, count: 3 };

function withoutOverlaps(spans: Span[]): Span[] {
  const ranked = [...spans].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind] ||
      a.start - b.start,
  );
  const kept: Span[] = [];
  for (const s of ranked) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * The key facts of one sentence, in the order they stand in it. `lang` picks the number
 * words and month names (`de`, `en`; anything else tries both).
 */
export function findKeyFacts(sentence: string, index: number, lang: string): KeyFact[] {
  const base = lang.toLowerCase().slice(0, 2);
  const spans = withoutOverlaps([...quantities(sentence, base), ...dates(sentence, base)]);
  return spans.map((s) => ({ kind: s.kind, text: sentence.slice(s.start, s.end).trim(), index }));
}
