/**
 * Dutch fact vocabulary. Forms after the Woordenlijst (Taalunie) and the usage of NRC and Het
 * Financieele Dagblad: a dot groups thousands (`1.200`), a comma marks decimals (`3,5`), `mld`/`mln`
 * abbreviate miljard/miljoen, and `miljard euro` needs no linking word.
 */
import type { FactWords } from './index';

// prettier-ignore
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

export const nl: FactWords = {
  numberWord: [
    'dertien|veertien|vijftien|zestien|zeventien|achttien|negentien',
    'twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf',
    'twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig',
    'honderden|duizenden|tientallen|honderd|duizend',
  ].join('|'),
  articleNumber: 'één|een',
  scaleWord: 'miljarden|miljard|miljoenen|miljoen|duizend|mld\\.?|mln\\.?',
  gluedScale: '',
  currencyAfter: 'euro|dollar|pond|Zwitserse frank|yuan|yen',
  currencyLink: '',
  percentWord: 'procentpunten|procentpunt|procent',
  spaceGroupsThousands: false,
  months: MONTHS,
  // prettier-ignore
  monthAbbreviations: ['jan\\.', 'feb\\.', 'mrt\\.', 'apr\\.', 'jun\\.', 'jul\\.', 'aug\\.', 'sept?\\.', 'okt\\.', 'nov\\.', 'dec\\.'],
  dayOrdinal: '',
  dateLink: '',
  monthPrepositions: ['in', 'sinds', 'tot', 'vanaf', 'begin', 'eind', 'half', 'medio'],
  yearPrepositions: ['in', 'sinds', 'tot', 'vanaf', 'voor', 'na', 'uiterlijk', 'begin', 'eind'],
  // Attributive adjectives end in -e (`nieuwe banen`), so the first plural is the noun.
  countedNoun: 'first',
  isPlural: (w) => w.length > 2 && /(?:en|s)$/.test(w),
  // prettier-ignore
  functionWords: new Set([
    'zijn', 'hebben', 'werden', 'worden', 'waren', 'kunnen', 'moeten', 'willen', 'zullen', 'tegen',
    'binnen', 'buiten', 'geen', 'een', 'alleen', 'als', 'was', 'is', 'dus', 'eens', 'toen', 'tussen',
    'volgens', 'sinds', 'boven', 'onder', 'meer', 'minder', 'ons', 'hen', 'hun', 'des', 'even',
    'open', 'steeds', 'bovendien', 'echter',
  ]),
  // prettier-ignore
  notCounted: new Set([
    'jaar', 'jaren', 'maanden', 'weken', 'dagen', 'uur', 'uren', 'minuten', 'seconden', 'keer',
    'maal', 'eeuwen', 'decennia', ...MONTHS,
  ]),
};
