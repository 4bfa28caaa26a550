/**
 * The words key facts are read with in French, Spanish, Italian and Dutch: number and scale
 * words, currencies, percent words, month names, the prepositions that make a number a date,
 * and what makes the word after a number its counted noun. German and English keep their
 * lists in `../numbers.ts`, with which they were tuned on the evaluation corpora.
 */
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';

export interface FactWords {
  /** Cardinal number words from two upwards, as a regex alternation, longer forms first. */
  numberWord: string;
  /** Words that are a number only before a scale word (`un milliard`, `een miljard`). */
  articleNumber: string;
  /** Scale words written apart from the number (`milliards`, `millones`), tried before the shared ones. */
  scaleWord: string;
  /** Scale words glued to the digits (`50mila`); empty when the language has none. */
  gluedScale: string;
  /** Currency words after an amount, tried before the shared ones (`dólares`, `dollari`). */
  currencyAfter: string;
  /** What may join a scale word to its currency (`d'euros`, `de dólares`, `di euro`). */
  currencyLink: string;
  /** Percent words, tried before the shared `%` and `Prozent`/`percent`. */
  percentWord: string;
  /** Whether a plain space groups thousands (`2 000 emplois`), as French typesetting does. */
  spaceGroupsThousands: boolean;
  months: readonly string[];
  monthAbbreviations: readonly string[];
  /** Ordinal marks after a day number (`1er janvier`, `1° gennaio`); empty when none. */
  dayOrdinal: string;
  /** A word between day, month and year (`12 de enero de 2024`); empty when none. */
  dateLink: string;
  /** Words before a month that make it a date (`en janvier`, `a finales de marzo`). */
  monthPrepositions: readonly string[];
  /** Words before a year that make it a date (`depuis 2016`, `entro il 2030`). */
  yearPrepositions: readonly string[];
  /**
   * Which plural after a number ends the counted noun phrase: the last of up to three words where
   * adjectives agree in number on either side of the noun (`1.200 nuovi dipendenti`, `2 000 emplois
   * directs`), the first where a plural-looking infinitive may follow the noun (`800 banen opleveren`).
   */
  countedNoun: 'first' | 'last';
  /** Whether a lower-case word looks like a plural noun, the counted noun after a number. */
  isPlural: (word: string) => boolean;
  /** Words that end a count phrase: articles, prepositions, auxiliaries, common adverbs. */
  functionWords: ReadonlySet<string>;
  /** Nouns that make a number a duration or a repetition, not a count (`ans`, `veces`, `volte`). */
  notCounted: ReadonlySet<string>;
}

const BY_LANGUAGE: Record<string, FactWords> = { fr, es, it, nl };

/** The fact vocabulary of `lang`, or null for German, English and languages without one. */
export function factWordsFor(lang: string): FactWords | null {
  return BY_LANGUAGE[lang] ?? null;
}
