/**
 * French fact vocabulary. Forms after the Académie française's number spelling (1990 reform:
 * `vingt-et-un`, hyphens throughout) and the typesetting of Le Monde and Les Échos: a space
 * groups thousands (`2 000`), `Md`/`Mds` abbreviate milliard(s), `%` stands after a space.
 */
import type { FactWords } from './index';

// prettier-ignore
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

export const fr: FactWords = {
  numberWord: [
    'quatre-vingt-dix',
    'quatre-vingts?',
    'soixante-dix',
    'deux|trois|quatre|cinq|six|sept|huit|neuf|dix',
    'onze|douze|treize|quatorze|quinze|seize',
    'vingt|trente|quarante|cinquante|soixante',
    'cents?|mille|dizaines|centaines|milliers',
  ].join('|'),
  articleNumber: 'une|un',
  scaleWord: 'milliards|milliard|millions|million|Mds|Md|mille',
  gluedScale: '',
  currencyAfter: 'euros?|dollars?|livres(?: sterling)?|francs(?: suisses)?|yuans?|yens?',
  currencyLink: "d['’]|de\\s",
  percentWord: 'points de pourcentage|pour cent',
  spaceGroupsThousands: true,
  months: MONTHS,
  monthAbbreviations: [
    'janv\\.',
    'févr\\.',
    'avr\\.',
    'juil\\.',
    'sept\\.',
    'oct\\.',
    'nov\\.',
    'déc\\.',
  ],
  dayOrdinal: 'er',
  dateLink: '',
  monthPrepositions: ['en', 'depuis', 'dès', 'début', 'fin', 'mi-', "jusqu'en", 'jusqu’en'],
  // prettier-ignore
  yearPrepositions: ['en', 'depuis', 'dès', "jusqu'en", 'jusqu’en', "d'ici", 'd’ici', 'avant', 'après', 'à partir de', 'début', 'fin'],
  countedNoun: 'last',
  isPlural: (w) => w.length > 2 && /[sx]$/.test(w) && !w.endsWith('ss'),
  // prettier-ignore
  functionWords: new Set([
    'les', 'des', 'aux', 'ses', 'ces', 'mes', 'tes', 'nos', 'vos', 'leurs', 'dans', 'sous', 'sans',
    'vers', 'chez', 'plus', 'moins', 'puis', 'mais', 'dont', 'alors', 'après', 'très', 'tous',
    'toutes', 'pas', 'sont', 'ont', 'avons', 'avez', 'étaient', 'seraient', 'auraient', 'selon',
    'depuis', 'pendant', 'parmi', 'hors', 'jamais', 'toujours', 'ainsi', 'aussi', 'lors',
  ]),
  // prettier-ignore
  notCounted: new Set([
    'ans', 'années', 'mois', 'semaines', 'jours', 'heures', 'minutes', 'secondes', 'fois',
    'siècles', 'décennies', ...MONTHS,
  ]),
};
