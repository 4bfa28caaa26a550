/**
 * Date facts: `Oktober 2019`, `17.01.2020`, `seit 2016`, `12 de enero de 2024`, `en janvier`.
 *
 * Case-sensitive, so the English modal `may` is no month. A month or a bare year counts as a
 * date only with a day, a year or a preposition of time next to it (`im Juni`, `seit 2016`);
 * the preposition is kept in the text because it is what makes the number a date.
 */
import type { FactWords } from './fact-words';
import { factWordsFor } from './fact-words';
import { DE_MONTHS, DE_MONTH_ABBREVIATIONS, EN_MONTHS, EN_MONTH_ABBREVIATIONS } from './numbers';
import { LEFT, RIGHT, YEAR } from './tokens';

export interface DateSpan {
  start: number;
  end: number;
}

const datePatterns = new Map<string, RegExp[]>();

function alternation(words: readonly string[]): string {
  return words.join('|');
}

/** Capitalised and lower-case forms: prepositions may open a sentence. */
function bothCases(words: readonly string[]): string[] {
  return words.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]);
}

/** Numeric dates every language writes. */
const NUMERIC = [
  `\\d{1,2}\\.\\d{1,2}\\.(?:\\d{4}|\\d{2})`, // 17.01.2020
  `\\d{4}-\\d{2}-\\d{2}`, // 2020-01-17 (ISO 8601)
  `\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})`, // 1/17/2020, 17/01/2020
];

/**
 * German and English (and, for any other language, both): the patterns the perspectives eval
 * was measured with; the prepositions of both languages serve both.
 */
function germanEnglishSources(key: string): string[] {
  const deMonth = alternation([...DE_MONTHS, ...DE_MONTH_ABBREVIATIONS]);
  const enMonth = alternation([...EN_MONTHS, ...EN_MONTH_ABBREVIATIONS]);
  const month = key === 'de' ? deMonth : key === 'en' ? enMonth : `${deMonth}|${enMonth}`;
  // prettier-ignore
  const monthPrepositions = alternation(
    bothCases(['im', 'seit', 'bis', 'ab', 'vom', 'in', 'since', 'until', 'by', 'from', 'early', 'late', 'mid-'])
      .concat(['Ende', 'Anfang', 'Mitte']),
  );
  // prettier-ignore
  const yearPrepositions = alternation(
    bothCases(['im Jahr', 'im Jahre', 'seit', 'bis', 'ab', 'vor', 'nach', 'in', 'since', 'until', 'by', 'before', 'after', 'in the year', 'early', 'late', 'mid-'])
      .concat(['Ende', 'Anfang', 'Mitte']),
  );
  return [
    ...NUMERIC,
    `\\d{1,2}\\.\\s?(?:${month})(?:\\s${YEAR})?`, // 17. Januar 2020
    `(?:${month})\\s${YEAR}`, // Oktober 2019, January 2020
    `(?:${month})\\s\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s${YEAR})?`, // January 17, 2020
    `\\d{1,2}(?:st|nd|rd|th)?\\s(?:of\\s)?(?:${month})(?:,?\\s${YEAR})?`, // 17 January 2020
    `(?:${monthPrepositions})\\s?(?:${month})(?!\\s\\d)`, // im Juni, since March
    `(?:${yearPrepositions})\\s?${YEAR}`, // seit 2016, by 2030
  ];
}

/** French, Spanish, Italian, Dutch: day before month, months in lower case, their own prepositions. */
function sourcesFor(w: FactWords): string[] {
  // Month names are lower case in these languages but open a sentence or a heading capitalised.
  const month = alternation([...bothCases(w.months), ...bothCases(w.monthAbbreviations)]);
  const link = w.dateLink ? `(?:${w.dateLink}\\s)?` : '';
  const ordinal = w.dayOrdinal ? `(?:${w.dayOrdinal})?` : '';
  return [
    ...NUMERIC,
    `\\d{1,2}-\\d{1,2}-\\d{4}`, // 17-01-2020 (Dutch)
    `\\d{1,2}${ordinal}\\s${link}(?:${month})(?:\\s${link}${YEAR})?`, // 12 janvier 2024, 12 de enero de 2024
    `(?:${month})\\s${link}${YEAR}`, // janvier 2024, enero de 2024
    `(?:${alternation(bothCases(w.monthPrepositions))})\\s?(?:${month})(?!\\s${link}\\d)`, // en janvier
    `(?:${alternation(bothCases(w.yearPrepositions))})\\s?${YEAR}`, // depuis 2016, entro il 2030
  ];
}

function dateRegexes(lang: string): RegExp[] {
  const words = factWordsFor(lang);
  const key = words ? lang : lang === 'de' || lang === 'en' ? lang : '*';
  let list = datePatterns.get(key);
  if (!list) {
    const sources = words ? sourcesFor(words) : germanEnglishSources(key);
    list = sources.map((s) => new RegExp(LEFT + `(?:${s})` + RIGHT, 'gu'));
    datePatterns.set(key, list);
  }
  return list;
}

/** Every date in `sentence`, possibly overlapping (the caller keeps the longest). */
export function dates(sentence: string, lang: string): DateSpan[] {
  const spans: DateSpan[] = [];
  for (const re of dateRegexes(lang)) {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re))
      spans.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return spans;
}
