/**
 * Society: citizens, workers, privacy, surveillance, inequality, education, health. Vocabulary
 * after the policy areas of the European Commission's "European Pillar of Social Rights" (2017)
 * and the German Sozialgesetzbuch, plus the civil-liberties words of privacy reporting.
 */
import type { Lens } from '../lens';
import { MEDIUM, STRONG, WEAK, weighted } from '../lens';

export const society: Lens = {
  id: 'society',
  labels: { de: 'Gesellschaftspolitische Auswirkungen', en: 'Impact on society' },
  facts: ['count', 'percent', 'money'],
  // Word lists read best as running text, so the formatter leaves them alone.
  // prettier-ignore
  cues: {
    de: [
      ...weighted(STRONG, [
        'Gesellschaft', 'gesellschaftlich', 'Bürger', 'Bürgerin', 'Einwohner', 'Anwohner',
        'Bevölkerung', 'Arbeitnehmer', 'Arbeiter', 'Beschäftigte', 'Gewerkschaft', 'Privatsphäre',
        'Datenschutz', 'Überwachung', 'Ungleichheit', 'Armut', 'Diskriminierung', 'Rassismus',
        'Bildung', 'Schule', 'Schüler', 'Lehrer', 'Gesundheit', 'Krankenhaus', 'Patient', 'Pflege',
        'Familie', 'Kinder', 'Jugendliche', 'Frauen', 'Migranten', 'Flüchtlinge', 'Integration',
        'Wohnung', 'Miete', 'obdachlos', 'Kriminalität', 'Nachbarschaft', 'Gemeinschaft', 'Kirche',
        'Bürgerrecht', 'Freiheit', 'Demokratie', 'sozial', 'Gerechtigkeit', 'Menschenrechte',
        'unterbezahlt', 'Ausbeutung', 'Überwachungsnetz', 'Sicherheitskamera',
      ]),
      ...weighted(MEDIUM, [
        'Menschen', 'Lohn', 'Gehalt', 'verdienen', 'Verbraucher', 'Nutzer', 'Bibliothek', 'Kultur',
        'Klima', 'Umwelt', 'Sicherheit', 'Protest', 'öffentlich', 'Gemeinde', 'Nachbar', 'Kamera',
        'Universität', 'Personen', 'Leben', 'Alltag', 'Polizei',
      ]),
      ...weighted(WEAK, ['Stadt', 'Leute', 'Kunden']),
    ],
    en: [
      ...weighted(STRONG, [
        'society', 'social', 'citizens', 'residents', 'community', 'neighbourhood', 'neighborhood',
        'population', 'workers', 'employees', 'union', 'privacy', 'surveillance', 'inequality',
        'poverty', 'discrimination', 'racism', 'education', 'school', 'students', 'teachers',
        'health', 'healthcare', 'hospital', 'patients', 'families', 'children', 'young people',
        'women', 'migrants', 'refugees', 'housing', 'rent', 'homeless', 'crime', 'church',
        'civil rights', 'civil liberties', 'freedom', 'democracy', 'welfare', 'human rights',
        'low-paid', 'exploitation', 'NHS', 'pensioners', 'elderly',
      ]),
      ...weighted(MEDIUM, [
        'people', 'wages', 'pay', 'consumers', 'users', 'library', 'culture', 'climate',
        'environment', 'safety', 'security', 'protest', 'public', 'university', 'life', 'lives',
        'everyday', 'police', 'benefits', 'care', 'justice', 'camera',
      ]),
      ...weighted(WEAK, ['city', 'customers', 'town']),
    ],
  },
};
