/**
 * Politician: law, regulation, public money, police, elections, civil rights, parliament,
 * protests. Vocabulary after the sections of a parliamentary order paper and the policy
 * fields of German and English political news (Bundestag "Themen", UK Parliament "Topics").
 */
import type { Lens } from '../lens';
import { AGAINST, MEDIUM, STRONG, WEAK, weighted } from '../lens';

export const politician: Lens = {
  id: 'politician',
  labels: { de: 'Relevanz für Politiker:innen', en: 'For politicians' },
  facts: ['money', 'count', 'date'],
  // Word lists read best as running text, so the formatter leaves them alone.
  // prettier-ignore
  cues: {
    de: [
      ...weighted(STRONG, [
        'Gesetz', 'Gesetzgebung', 'Regulierung', 'Vorschrift', 'Verordnung', 'Regierung',
        'Parlament', 'Bundestag', 'Nationalrat', 'Landtag', 'Kongress', 'Senat', 'Minister',
        'Ministerin', 'Ministerium', 'Kanzler', 'Kanzlerin', 'Bürgermeister', 'Bürgermeisterin',
        'Partei', 'Wahl', 'Wahlkampf', 'Abgeordnete', 'Polizei', 'Behörde', 'Bürgerrecht',
        'Grundrecht', 'Datenschutz', 'Protest', 'Demonstration', 'Steuergeld', 'Steuerzahler',
        'Subvention', 'Rathaus', 'Gericht', 'Klage', 'Verfassung', 'Haftbefehl', 'Justiz',
        'Opposition', 'Koalition', 'Abstimmung', 'Referendum', 'Kommission', 'Politik', 'Politiker',
        'politisch', 'Sanktion', 'Verbot', 'Lobby', 'Kartellamt', 'Aufsicht', 'Stadtrat',
        'Gemeinderat', 'Bundesrat', 'Präsident', 'Präsidentin',
        'Bürgerrechtsgruppe', 'Menschenrechte', 'Strafverfolgung',
      ]),
      // `Staat` also names a place (`US-Bundesstaat Maryland`): alone it only hints.
      ...weighted(MEDIUM, ['Staat', 'staatlich']),
      ...weighted(MEDIUM, [
        'öffentlich', 'Verwaltung', 'Untersuchung', 'Kampagne', 'Forderung', 'Kontrolle',
        'Kriminalität', 'Überwachung', 'Gemeinde', 'Förderung', 'Steuer', 'Brief', 'Rechte',
        'Recht', 'Bevölkerung', 'Bürger', 'Sicherheit', 'Zusammenarbeit', 'Partnerschaft',
        'Institution',
      ]),
      ...weighted(WEAK, ['Stadt', 'Land', 'Bund', 'Region']),
    ],
    en: [
      ...weighted(STRONG, [
        'law', 'legislation', 'regulation', 'regulator', 'government', 'parliament', 'congress',
        'senate', 'minister', 'ministry', 'mayor', 'governor', 'election', 'vote', 'voter',
        'lawmaker', 'legislator', 'police', 'authorities', 'civil rights', 'civil liberties',
        'protest', 'demonstration', 'taxpayer', 'public money', 'public funds', 'subsidy', 'court',
        'lawsuit', 'judge', 'constitution', 'warrant', 'justice', 'opposition', 'coalition',
        'referendum', 'policy', 'politics', 'politician', 'political', 'ban', 'sanction',
        'lobbying', 'antitrust', 'council', 'Democrat', 'Republican', 'Labour', 'Tory',
        'Conservative', 'MP', 'MPs', 'Downing Street', 'White House', 'Whitehall', 'Brussels', 'EU',
        'human rights', 'prime minister', 'chancellor', 'president',
      ]),
      ...weighted(MEDIUM, [
        'public', 'state', 'federal', 'investigation', 'inquiry', 'campaign', 'surveillance', 'tax',
        'crime', 'privacy', 'rights', 'rule', 'official', 'agency', 'citizens', 'partnership',
        'institution', 'letter', 'demand',
      ]),
      ...weighted(WEAK, ['city', 'country', 'nation', 'party']),
      // The social and commercial senses of `party`.
      ...weighted(AGAINST, ['birthday party', 'third party', 'dinner party', 'party goers']),
    ],
  },
};
