/**
 * Italian fact vocabulary. Forms after the usage of Il Sole 24 Ore and Corriere della Sera: a dot
 * groups thousands (`1.200`), `mila` joins thousands to the digits (`50mila`), `mld`/`mln`
 * abbreviate miliardi/milioni, `1° gennaio` marks the first of a month.
 */
import type { FactWords } from './index';

// prettier-ignore
const MONTHS = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];

export const it: FactWords = {
  // `sei` (six) is left out: it is also "you are" before any word that looks plural (`sei sempre`).
  numberWord: [
    'diciassette|diciotto|diciannove',
    'due|tre|quattro|cinque|sette|otto|nove|dieci',
    'undici|dodici|tredici|quattordici|quindici|sedici',
    'venti|trenta|quaranta|cinquanta|sessanta|settanta|ottanta|novanta',
    'cento|mille|decine|centinaia|migliaia',
  ].join('|'),
  articleNumber: 'una|uno|un',
  scaleWord: 'miliardi|miliardo|milioni|milione|mila|mld|mln',
  gluedScale: 'mila',
  currencyAfter: 'dollari|dollaro|euro|sterline|franchi(?: svizzeri)?|yuan|yen',
  currencyLink: 'di\\s',
  percentWord: 'punti percentuali|per cento',
  spaceGroupsThousands: false,
  months: MONTHS,
  // prettier-ignore
  monthAbbreviations: ['genn?\\.', 'febb?\\.', 'apr\\.', 'magg?\\.', 'giu\\.', 'lug\\.', 'ago\\.', 'sett?\\.', 'ott\\.', 'nov\\.', 'dic\\.'],
  dayOrdinal: '°|º',
  dateLink: '',
  monthPrepositions: ['a', 'da', 'entro', 'fino a', 'a inizio', 'a fine', 'a metà', 'nel mese di'],
  // prettier-ignore
  yearPrepositions: ['nel', 'dal', 'entro il', 'entro', 'fino al', 'prima del', 'dopo il', 'a partire dal', "nell'anno", 'nell’anno'],
  countedNoun: 'last',
  isPlural: (w) => w.length > 2 && /[ie]$/.test(w),
  // prettier-ignore
  functionWords: new Set([
    'che', 'le', 'gli', 'dei', 'degli', 'delle', 'nei', 'negli', 'nelle', 'ai', 'agli', 'alle',
    'dai', 'dagli', 'dalle', 'sui', 'sugli', 'sulle', 'come', 'dove', 'sono', 'anche',
    'mentre', 'oltre', 'sempre', 'fa', 'questi', 'queste', 'quelli', 'quelle', 'altri', 'altre',
    'tutti', 'tutte', 'ne', 'se', 'presso', 'tramite', 'contro', 'dopo', 'poi', 'ancora', 'circa',
    'mai', 'vi', 'ci', 'si', 'mi', 'ti',
  ]),
  // prettier-ignore
  notCounted: new Set([
    'anni', 'mesi', 'settimane', 'giorni', 'ore', 'minuti', 'secondi', 'volte', 'secoli', 'decenni',
    ...MONTHS,
  ]),
};
