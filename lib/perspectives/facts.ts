/**
 * Key facts: the amounts, counts, percentages and dates a reader scans a panel for
 * (`fünf Milliarden US-Dollar`, `50.000 Vollzeitjobs`, `2,5 %`, `Oktober 2019`,
 * `5 milliards d'euros`, `3,5 millones de dólares`, `2 miliardi di euro`, `5 miljard euro`).
 *
 * Pattern-based, in the spirit of rule-based temporal and numeric taggers such as
 * HeidelTime (Strötgen & Gertz 2013) and Duckling: a quantity is a number (digits, or a number
 * word of the article's language) with what stands around it — a currency makes it money,
 * `%`/`Prozent`/`pour cent` a percentage, a following noun a count (`./counted.ts`). Dates are
 * matched on their own (`./dates.ts`). Every fact keeps the words exactly as they stand in the
 * sentence. German and English read with `./numbers.ts`; French, Spanish, Italian and Dutch add
 * their own words from `./fact-words`; any other language tries German and English.
 */
import type { PreparedText } from '../text/prepared';
import type { KeyFact } from '../types';
import { countedNounLength } from './counted';
import { dates } from './dates';
import type { FactWords } from './fact-words';
import { factWordsFor } from './fact-words';
import { perSentence } from './per-sentence';
import {
  ARTICLE_NUMBER,
  CURRENCY_AFTER,
  CURRENCY_BEFORE,
  DE_NUMBER_WORD,
  EN_NUMBER_WORD,
  PERCENT_WORD,
  SCALE_SUFFIX,
  SCALE_WORD,
} from './numbers';
import { LEFT, RIGHT, YEAR_ONLY } from './tokens';

export type FactKind = KeyFact['kind'];

interface Span {
  kind: FactKind;
  start: number;
  end: number;
}

/**
 * Digits with thousands groups (`3.200`, `50,000`, `1 000` with a no-break or thin space,
 * `1'000` as in Switzerland) and an optional decimal part (`2,5`, `3.5`), or plain digits.
 * A plain space is not a group separator (`in 2019 300 Menschen` holds two numbers), except in
 * French, which typesets `2 000` with one; a year cannot start such a group (`\d{1,3}`).
 */
function digits(spaceGroups: boolean): string {
  const separators = spaceGroups ? "[.,\\u00a0\\u202f' ]" : "[.,\\u00a0\\u202f']";
  return `\\d{1,3}(?:${separators}\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?`;
}

/** The vocabulary of one pattern: a language's own words first, then the shared ones. */
function vocabulary(lang: string, w: FactWords | null) {
  const numberWord =
    w?.numberWord ??
    (lang === 'de'
      ? DE_NUMBER_WORD
      : lang === 'en'
        ? EN_NUMBER_WORD
        : `${DE_NUMBER_WORD}|${EN_NUMBER_WORD}`);
  const first = (own: string | undefined, shared: string) => (own ? `${own}|${shared}` : shared);
  return {
    digits: digits(w?.spaceGroupsThousands ?? false),
    numberWord,
    articleNumber: first(w?.articleNumber, ARTICLE_NUMBER),
    scaleWord: first(w?.scaleWord, SCALE_WORD),
    suffix: first(w?.gluedScale, SCALE_SUFFIX),
    currencyAfter: first(w?.currencyAfter, CURRENCY_AFTER),
    currencyLink: w?.currencyLink ? `(?:${w.currencyLink})?` : '',
    percentWord: first(w?.percentWord, PERCENT_WORD),
  };
}

const quantityPatterns = new Map<string, RegExp>();

/**
 * One pattern for every quantity: optional currency before, the number, an optional scale
 * (glued `bn`/`m`/`mila` or a word `Milliarden`), then an optional currency (after a linking
 * `d'`/`de`/`di` where the language has one) or percent word. Case-insensitive so `Fünf
 * Milliarden` at a sentence start matches; the noun test for counts, which needs case, runs
 * afterwards on the raw text.
 */
function quantityPattern(lang: string): RegExp {
  const w = factWordsFor(lang);
  const key = w || lang === 'de' || lang === 'en' ? lang : '*';
  let re = quantityPatterns.get(key);
  if (!re) {
    const v = vocabulary(key, w);
    re = new RegExp(
      LEFT +
        `(?:(?<curBefore>${CURRENCY_BEFORE})\\s?)?` +
        `(?:(?<digits>${v.digits})(?:(?<suffix>${v.suffix})${RIGHT}|${RIGHT})` +
        `|(?<word>${v.numberWord})${RIGHT}` +
        `|(?<article>${v.articleNumber})(?=\\s+(?:${v.scaleWord})${RIGHT}))` +
        `(?:\\s{0,2}(?<scale>${v.scaleWord})(?!\\p{L}))?` +
        `(?:\\s{0,2}${v.currencyLink}(?<curAfter>${v.currencyAfter})${RIGHT}` +
        `|\\s{0,2}(?<percent>${v.percentWord})(?!\\p{L}))?`,
      'giu',
    );
    quantityPatterns.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

/** A glued scale word of the language (`50mila`) is a scale, not a unit like `100m`. */
function isGluedScale(suffix: string, lang: string): boolean {
  const glued = factWordsFor(lang)?.gluedScale;
  return !!glued && new RegExp(`^(?:${glued})$`, 'i').test(suffix);
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
    const glued = !!g.suffix && isGluedScale(g.suffix, lang);
    // A glued `m`/`k` without a currency is a unit (`100m` sprint, `5k` run), not a scale.
    if (g.suffix && !glued) continue;
    const scaled = !!g.scale || glued;
    if (g.percent) {
      spans.push({ kind: 'percent', start, end });
      continue;
    }
    if (g.digits && !scaled && YEAR_ONLY.test(g.digits)) continue;
    const noun = countedNounLength(sentence, end, lang);
    if (noun > 0) spans.push({ kind: 'count', start, end: end + noun });
    else if (scaled) spans.push({ kind: 'count', start, end });
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
 * words and month names (`de`, `en`, `fr`, `es`, `it`, `nl`; anything else tries German and English).
 */
export function findKeyFacts(sentence: string, index: number, lang: string): KeyFact[] {
  const base = lang.toLowerCase().slice(0, 2);
  const dateSpans = dates(sentence, base).map((d) => ({ kind: 'date' as const, ...d }));
  const spans = withoutOverlaps([...quantities(sentence, base), ...dateSpans]);
  return spans.map((s) => ({ kind: s.kind, text: sentence.slice(s.start, s.end).trim(), index }));
}

/**
 * The key facts of sentence `i` of a prepared text, found once and shared by every reader of
 * them (the lenses' answers and the lens model's features asked the patterns about the same
 * sentence twice: ~6 % of a first German analysis in a CPU profile, docs/performance.md).
 */
export const sentenceKeyFacts: (p: PreparedText, i: number) => KeyFact[] = perSentence((p, i) =>
  findKeyFacts(p.sentences[i].text, i, p.lang),
);
