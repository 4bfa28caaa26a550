/**
 * Abbreviations that end in a full stop, per language, for the sentence splitter.
 *
 * Two kinds, following the approach pySBD documents (Sadvilkar & Neumann 2020, "PySBD:
 * Pragmatic Sentence Boundary Disambiguation", which ports the rules of the Ruby
 * pragmatic_segmenter): an abbreviation is either
 * - a PREFIX that always stands before a name or a number (`Dr. Müller`, `Nr. 5`, `Mt. Fuji`):
 *   its full stop never ends a sentence; or
 * - a GENERAL abbreviation that may close a sentence (`usw.`, `etc.`, `Co.`, `Calif.`): its full
 *   stop ends a sentence only when the next word is a typical sentence starter
 *   (`sentence-starters.ts`).
 *
 * The entries are written from general knowledge of the languages: German from the Duden
 * conventions for common abbreviations (Duden, "Abkürzungen", Die deutsche Rechtschreibung,
 * and the abbreviations in everyday newspaper use), English from AP-style news usage (titles,
 * months, US state abbreviations, company suffixes). Keys are written without the final full
 * stop; dotted compounds (`z.B`, `u.a`, `U.S`) are written without spaces, since the splitter
 * removes the spaces of `z. B.` before it looks a compound up.
 */

export interface AbbreviationSet {
  prefix: ReadonlySet<string>;
  general: ReadonlySet<string>;
}

// prettier-ignore
const GERMAN_PREFIX = [
  // titles and forms of address before a name
  'Dr', 'Prof', 'Dipl', 'Ing', 'med', 'jur', 'phil', 'rer', 'nat', 'pol', 'oec', 'habil', 'vet',
  'dent', 'theol', 'Hr', 'Hrn', 'Fr', 'Frl', 'St', 'Hl', 'Pfr', 'Sr', 'Mag', 'Bsc', 'Msc',
  // before a number or a reference
  'Nr', 'Abs', 'Art', 'Bd', 'Bde', 'Kap', 'Abb', 'Tab', 'Anm', 'Aufl', 'Hrsg', 'Jg', 'Jahrg',
  'Str', 'Tel', 'vgl', 'Vgl', 'Ziff', 'lt', 'gem', 'geb', 'gest', 'verh', 'ca', 'Ca', 'bzw',
  'bspw', 'bzgl', 'zzgl', 'inkl', 'exkl', 'evtl', 'ggf', 'sog', 'Sog', 'insb', 'insbes', 'allg',
  'urspr', 'ugs', 'eigtl', 'einschl', 'entspr', 'vs', 'kath', 'ev', 'evang', 'luth', 'dt', 'frz',
  'engl', 'ital', 'span', 'österr', 'schweiz', 'europ', 'max', 'mind', 'ehem',
  'Gebr', 'Pkt', 'Bez', 'Kr', 'Lkr', 'Landkr',
  // dotted compounds that never close a sentence
  'z.B', 'd.h', 'z.T', 'z.Z', 'z.Zt', 'i.d.R', 'u.U', 'v.a', 'o.g', 'u.g', 's.o', 's.u', 'i.A',
  'i.V', 'a.D', 'i.R', 'z.Hd', 'z.H', 'u.a.m', 'm.E', 'm.W', 'o.J', 'e.V', 'n.Chr', 'v.Chr',
  'Dr.med', 'Dr.jur', 'Dr.phil', 'Dr.rer.nat', 'Dipl.-Ing',
];

// prettier-ignore
const GERMAN_GENERAL = [
  'usw', 'etc', 'u.a', 'u.ä', 'o.ä', 'u.Ä', 'o.Ä', 'u.v.m', 'u.s.w', 'Jh', 'Jhd', 'Jhs',
  'Chr', 'Std', 'Min', 'Sek', 'Mon', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So', 'Jan', 'Feb', 'Febr',
  'Mär', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Okt', 'Nov', 'Dez', 'ff', 'f', 'Co', 'Corp',
  'Inc', 'Ltd', 'Verf', 'Hbf', 'Bhf', 'Mio', 'Mrd', 'Tsd', 'Nr', 'Tel',
];

// prettier-ignore
const ENGLISH_PREFIX = [
  // titles before a name (AP style)
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Drs', 'Mmes', 'Dr', 'Prof', 'Gen', 'Gov', 'Sen', 'Rep', 'Reps', 'Rev',
  'Sgt', 'Cpl', 'Pvt', 'Capt', 'Cmdr', 'Col', 'Lt', 'Maj', 'Adm', 'Hon', 'Pres', 'Supt', 'Det',
  'Insp', 'Atty', 'Fr', 'Mt', 'Ft', 'Msgr', 'Sra', 'Srta',
  // before a number or a reference
  'vol', 'p', 'pp', 'para', 'fig', 'figs', 'eq', 'ch', 'vs', 'v', 'cf', 'viz', 'approx', 'ca',
  'e.g', 'i.e', 'Ph',
];

// prettier-ignore
const ENGLISH_GENERAL = [
  'etc', 'al', 'Jr', 'Sr', 'Inc', 'Ltd', 'Co', 'co', 'Corp', 'Cos', 'Dept', 'Univ', 'Assn',
  'Bros', 'Ave', 'Blvd', 'Rd', 'St', 'Hwy', 'Pl', 'Sq', 'Mtn', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun',
  'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur',
  'Thurs', 'Fri', 'Sat', 'a.m', 'p.m', 'A.M', 'P.M', 'U.S', 'U.S.A', 'U.K', 'U.N', 'E.U', 'D.C',
  'Ph.D', 'B.A', 'M.A', 'B.S', 'M.S', 'M.D', 'No', 'Nos', 'no', 'nos', 'Vol', 'Vols', 'Fig', 'Figs', 'Eq',
  'Ch', 'Sec', 'Op', 'mln', 'bln', 'hrs', 'yrs', 'mos', 'oz', 'lb', 'lbs', 'sq', 'qt', 'gal',
  'misc', 'dept', 'esp', 'incl', 'ext', 'tel', 'govt', 'intl', 'natl', 'assoc',
  // US state abbreviations in AP style, which often end a dateline or a sentence
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans',
  'Ky', 'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore',
  'Pa', 'Penn', 'Tenn', 'Tex', 'Va', 'Vt', 'Wash', 'Wis', 'Wisc', 'Wyo',
];

// prettier-ignore
const FRENCH_PREFIX = ['M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Dr', 'Pr', 'Me', 'Mgr', 'St', 'Ste', 'n°', 'p', 'pp', 'cf', 'vol', 'env', 'art', 'chap', 'av', 'bd'];
// prettier-ignore
const FRENCH_GENERAL = ['etc', 'cie', 'Cie', 'av. J.-C', 'apr. J.-C', 'éd', 'min', 'max', 'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc'];

/** Dotted compounds are also stored lower-cased, so `Z.T`, `U.s` and `n.chr` are found. */
function set(...lists: string[][]): ReadonlySet<string> {
  const entries = lists.flat();
  return new Set([
    ...entries,
    ...entries.filter((e) => e.includes('.')).map((e) => e.toLowerCase()),
  ]);
}

const BY_LANGUAGE: Record<string, AbbreviationSet> = {
  de: { prefix: set(GERMAN_PREFIX), general: set(GERMAN_GENERAL) },
  en: { prefix: set(ENGLISH_PREFIX), general: set(ENGLISH_GENERAL) },
  fr: { prefix: set(FRENCH_PREFIX), general: set(FRENCH_GENERAL) },
};

/**
 * For a language without its own list (and for `und`) the union of all lists: a missed
 * abbreviation costs a wrong split, while an extra one rarely matters because most of them
 * are not words of other languages.
 */
const UNION: AbbreviationSet = {
  prefix: set(GERMAN_PREFIX, ENGLISH_PREFIX, FRENCH_PREFIX),
  general: set(GERMAN_GENERAL, ENGLISH_GENERAL, FRENCH_GENERAL),
};

export function abbreviationsFor(lang: string): AbbreviationSet {
  return BY_LANGUAGE[lang] ?? UNION;
}
