/**
 * Spanish fact vocabulary. Forms after the Ortografía de la lengua española (RAE 2010) and the
 * usage of El País and Expansión: a dot groups thousands (`3.000`), a comma marks decimals
 * (`3,5`), large sums count in `millones` (`5.000 millones de euros`, `mil millones`).
 */
import type { FactWords } from './index';

// prettier-ignore
const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre'];

export const es: FactWords = {
  numberWord: [
    'dieciséis|diecisiete|dieciocho|diecinueve',
    'veinti(?:uno|dós|trés|cuatro|cinco|séis|siete|ocho|nueve)',
    'dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez',
    'once|doce|trece|catorce|quince',
    'veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa',
    'doscientos|trescientos|cuatrocientos|quinientos|cien|cientos|centenares|decenas|miles|mil',
  ].join('|'),
  articleNumber: 'una|un',
  scaleWord: 'mil millones|millones|millón|billones|billón|mil',
  gluedScale: '',
  currencyAfter:
    'dólares|dólar|euros?|libras(?: esterlinas)?|pesos|francos(?: suizos)?|yuanes|yenes',
  currencyLink: 'de\\s',
  percentWord: 'puntos porcentuales|por ciento|por cien',
  spaceGroupsThousands: false,
  months: MONTHS,
  // prettier-ignore
  monthAbbreviations: ['ene\\.', 'feb\\.', 'abr\\.', 'jun\\.', 'jul\\.', 'ago\\.', 'sept?\\.', 'oct\\.', 'nov\\.', 'dic\\.'],
  dayOrdinal: 'º',
  dateLink: 'de',
  // prettier-ignore
  monthPrepositions: ['en', 'desde', 'hasta', 'a principios de', 'a finales de', 'a mediados de', 'desde principios de'],
  // prettier-ignore
  yearPrepositions: ['en', 'desde', 'hasta', 'antes de', 'después de', 'a partir de', 'para', 'a finales de', 'a principios de'],
  countedNoun: 'last',
  isPlural: (w) => w.length > 2 && w.endsWith('s') && !w.endsWith('ss'),
  // prettier-ignore
  functionWords: new Set([
    'los', 'las', 'unos', 'unas', 'sus', 'mis', 'tus', 'nuestros', 'nuestras', 'más', 'menos',
    'pues', 'tras', 'mientras', 'entonces', 'además', 'ellos', 'ellas', 'es', 'son', 'eran',
    'fueron', 'han', 'hemos', 'has', 'estos', 'estas', 'esos', 'esas', 'aquellos', 'todos', 'todas',
    'desde', 'hasta', 'según', 'durante', 'sobre', 'entre', 'hacia', 'antes', 'después', 'apenas',
  ]),
  // prettier-ignore
  notCounted: new Set([
    'años', 'meses', 'semanas', 'días', 'horas', 'minutos', 'segundos', 'veces', 'siglos', 'décadas',
    ...MONTHS,
  ]),
};
