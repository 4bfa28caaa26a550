/**
 * Vocabulary for reading quantities in German and English news text: number words, scale
 * words, currencies, percent words and month names. Kept as plain word lists so `facts.ts`
 * can build its patterns from them and a reader can check the lists at a glance.
 *
 * Sources for the forms: Duden "Zahlwörter" and the Duden spelling of abbreviations
 * (`Mio.`, `Mrd.`, `Bio.`); the Austrian month names `Jänner`/`Feber` because 10kGNAD is
 * DER STANDARD (Vienna); English financial-press abbreviations (`bn`, `m`, `tn`) follow
 * the Economist and FT style guides.
 */

// prettier-ignore
const DE_UNITS = ['zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
// prettier-ignore
const DE_TENS = ['zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];
// prettier-ignore
const DE_TEENS = ['zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'];

/**
 * German cardinal number words from two upwards, as a regex alternation: units, teens, tens,
 * `einundzwanzig`-style compounds and `dreihundert`/`fünftausend`. `ein`/`eine` are left out
 * on purpose: they are mostly the indefinite article and count only before a scale word
 * (`eine Milliarde`), which `ARTICLE_NUMBER` covers.
 */
export const DE_NUMBER_WORD = [
  `(?:ein|${DE_UNITS.join('|')})und(?:${DE_TENS.join('|')})`,
  `(?:ein|${DE_UNITS.join('|')})?(?:hundert|tausend)`,
  ...DE_TENS,
  ...DE_TEENS,
  ...DE_UNITS,
  'Dutzend(?:e)?',
  'Hunderte',
  'Tausende',
].join('|');

/** English cardinal number words from two upwards; `a`/`one` only before a scale word. */
export const EN_NUMBER_WORD = [
  '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?',
  'eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen',
  'two|three|four|five|six|seven|eight|nine|ten',
  'hundred|thousand|dozen|dozens|hundreds|thousands',
].join('|');

/** Words that are a number only when a scale word follows: `eine Milliarde`, `a billion`. */
export const ARTICLE_NUMBER = 'eine|einer|einen|einem|ein|one|a|an';

/**
 * Scale words written apart from the number (`5 Milliarden`, `3.5 million`). Longer forms first
 * so the alternation does not stop at a prefix.
 */
export const SCALE_WORD = [
  'Milliarden',
  'Milliarde',
  'Millionen',
  'Million',
  'Billionen',
  'Billion',
  'Tausend',
  'Mrd\\.',
  'Mio\\.',
  'Bio\\.',
  'Tsd\\.',
  'billions',
  'billion',
  'millions',
  'million',
  'trillions',
  'trillion',
  'thousand',
  'bn',
  'mn',
  'tn',
].join('|');

/** Scale letters glued to the digits in money amounts (`$5bn`, `£20m`, `€3k`). */
export const SCALE_SUFFIX = 'bn|mn|tn|m|k';

/** Currency words and symbols that follow an amount (`100.000 US-Dollar`, `2 Mrd. Euro`, `10 dollars`). */
export const CURRENCY_AFTER = [
  'US-Dollar',
  'US-Dollars',
  'Dollar',
  'Dollars',
  'Euro',
  'Euros',
  'Cent',
  'Cents',
  'Franken',
  'Rappen',
  'Pfund',
  'Pounds?(?: sterling)?',
  'Pence',
  'Yen',
  'Yuan',
  'Renminbi',
  'Rubel',
  'Roubles?',
  'Rupien',
  'Rupees?',
  'Kronen',
  'Kronor',
  'Złoty',
  'Zloty',
  'Forint',
  'Bitcoins?',
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'JPY',
  'CNY',
  '€',
  '\\$',
  '£',
  '¥',
].join('|');

/** Currency symbols and codes that stand before an amount (`$5bn`, `€ 2,3 Mio.`, `US$ 3`). */
export const CURRENCY_BEFORE = [
  'US\\$',
  'A\\$',
  'C\\$',
  'HK\\$',
  '\\$',
  '€',
  '£',
  '¥',
  'EUR',
  'USD',
  'GBP',
  'CHF',
].join('|');

/** Words that make a number a percentage (`2,5 %`, `drei Prozent`, `40 per cent`). */
export const PERCENT_WORD = [
  '%',
  'Prozentpunkte(?:n)?',
  'Prozent',
  'percentage points?',
  'per cent',
  'percent',
  'pct',
].join('|');

export const DE_MONTHS = [
  'Januar',
  'Jänner',
  'Februar',
  'Feber',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];
// prettier-ignore
export const DE_MONTH_ABBREVIATIONS = ['Jan\\.', 'Feb\\.', 'Mär\\.', 'Apr\\.', 'Jun\\.', 'Jul\\.', 'Aug\\.', 'Sep\\.', 'Sept\\.', 'Okt\\.', 'Nov\\.', 'Dez\\.'];
export const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
// prettier-ignore
export const EN_MONTH_ABBREVIATIONS = ['Jan\\.', 'Feb\\.', 'Mar\\.', 'Apr\\.', 'Jun\\.', 'Jul\\.', 'Aug\\.', 'Sep\\.', 'Sept\\.', 'Oct\\.', 'Nov\\.', 'Dec\\.'];

/**
 * Nouns after a number that make it a duration, a time of day or a repetition rather than
 * a count of things (`seit 30 Jahren`, `10 Uhr`, `drei Mal`, `five years`). These are not
 * the key facts a reader scans for; dates are found separately.
 */
// prettier-ignore
export const NOT_COUNTED_NOUNS = new Set(
  [
    'jahr', 'jahre', 'jahren', 'jahres', 'monat', 'monate', 'monaten', 'monats', 'woche', 'wochen',
    'tag', 'tage', 'tagen', 'stunde', 'stunden', 'minute', 'minuten', 'sekunde', 'sekunden',
    'uhr', 'mal', 'male', 'jahrhundert', 'jahrhunderte', 'jahrzehnt', 'jahrzehnte', 'jahrzehnten',
    'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'times', 'decades', 'centuries',
    ...DE_MONTHS.map((m) => m.toLowerCase()),
  ],
);

/**
 * English function words that end a count phrase (`10 were arrested`, `3 is`): a count needs
 * its noun, and these words are never that noun.
 */
// prettier-ignore
export const EN_FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with',
  'as', 'is', 'was', 'were', 'are', 'be', 'been', 'has', 'have', 'had', 'this', 'these', 'those',
  'its', 'his', 'hers', 'theirs', 'ours', 'yours', 'us', 'this', 'per', 'plus', 'minus', 'versus',
  'does', 'says', 'less', 'unless', 'thus', 'whereas', 'across', 'towards', 'afterwards', 'besides',
  'always', 'perhaps', 'sometimes', 'nevertheless', 'yes', 'vs', 'goes', 'times',
]);
