/**
 * Politician: law, regulation, public money, police, elections, civil rights, parliament,
 * protests. Vocabulary after the sections of a parliamentary order paper and the policy
 * fields of German and English political news (Bundestag "Themen", UK Parliament "Topics").
 *
 * French, Spanish, Italian and Dutch: the same concepts in each language's newsroom words,
 * written for Kontext, not translated word for word. Where a word is ambiguous in one language
 * only (French `capital`, Italian `utile`), it is weaker there, and the comment says why.
 */
import type { Lens } from '../lens';
import { BUILTIN_LENS_LABELS } from './labels';
import { AGAINST, MEDIUM, STRONG, WEAK, weighted } from '../lens';

export const politician: Lens = {
  id: 'politician',
  labels: BUILTIN_LENS_LABELS['politician'],
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
    fr: [
      ...weighted(STRONG, [
        'loi', 'législation', 'réglementation', 'régulation', 'régulateur', 'gouvernement',
        'Parlement', 'Assemblée nationale', 'Sénat', 'député', 'sénateur', 'ministre', 'ministère',
        'Premier ministre', 'président', "chef de l'État", 'Élysée', 'Matignon', 'maire', 'mairie', 'conseil municipal',
        'préfet', 'préfecture', 'élection', 'scrutin', 'vote', 'électeurs', 'campagne électorale',
        'police', 'gendarmerie', 'autorités', 'libertés publiques', 'droits civiques', 'manifestants', 'manifestation',
        'contribuable', 'argent public', 'fonds publics', 'subvention', 'tribunal', 'justice', 'juge',
        'plainte', 'Constitution', 'Conseil constitutionnel', "Conseil d'État", 'opposition',
        'coalition', 'référendum', 'politique', 'homme politique', 'sanction', 'interdiction',
        'lobbying', 'Autorité de la concurrence', 'Commission européenne', 'Bruxelles', 'UE',
        "droits de l'homme", 'droits humains', 'réforme', 'décret',
      ]),
      // `manifestation` also names a cultural event, but it stems like `manifestants`, and in news the
      // protest is the common sense. `élu` is also the adjective "elected", `mandat` also a business
      // mandate, `étatique`/`États` also a condition: alone they only hint. The singular `État` is a
      // stop word in stopwords-iso, so it would match only as written; `chef de l'État` carries it.
      ...weighted(MEDIUM, ['étatique', 'élu', 'mandat']),
      ...weighted(MEDIUM, [
        'public', 'enquête', 'campagne', 'surveillance', 'impôt', 'taxe', 'criminalité', 'vie privée',
        'droits', 'règle', 'agence', 'citoyens', 'partenariat', 'institution', 'lettre',
        'revendication', 'fiscal', 'administration', 'collectivités', 'majorité',
      ]),
      // `parti` (party) stems like `partie` (a part) and `partir` (to leave): it only adds to others.
      ...weighted(WEAK, ['ville', 'pays', 'nation', 'commune', 'région', 'parti']),
    ],
    es: [
      ...weighted(STRONG, [
        'ley', 'legislación', 'regulación', 'normativa', 'regulador', 'Gobierno', 'Parlamento',
        'Congreso', 'Senado', 'diputado', 'senador', 'ministro', 'ministerio', 'presidente',
        'presidente del Gobierno', 'jefe del Estado', 'Moncloa', 'alcalde', 'ayuntamiento', 'concejal', 'elecciones',
        'votación', 'votantes', 'voto', 'campaña electoral', 'comicios', 'policía', 'Guardia Civil',
        'autoridades', 'libertades civiles', 'derechos civiles', 'protesta', 'manifestación',
        'manifestantes', 'contribuyentes', 'dinero público', 'fondos públicos', 'subvención',
        'tribunal', 'juez', 'querella', 'Constitución', 'Tribunal Constitucional', 'justicia', 'fiscal',
        'oposición', 'coalición', 'referéndum', 'política', 'político', 'sanción', 'prohibición',
        'lobby', 'Comisión Europea', 'Bruselas', 'UE', 'derechos humanos', 'decreto', 'reforma',
      ]),
      // `estatal` also qualifies a condition, `investigación` is also research, `demanda` also demand
      // in economics, `partido` also a match: alone they only hint. `Estado` is a stop word in
      // stopwords-iso and would match only as written; `jefe del Estado` carries it.
      ...weighted(MEDIUM, ['estatal', 'investigación', 'demanda', 'partido']),
      ...weighted(MEDIUM, [
        'público', 'campaña', 'vigilancia', 'impuesto', 'delincuencia', 'privacidad', 'derechos',
        'norma', 'funcionario', 'agencia', 'ciudadanos', 'institución', 'carta', 'reivindicación',
        'administración', 'comunidad autónoma', 'mayoría',
      ]),
      ...weighted(WEAK, ['ciudad', 'país', 'nación', 'región', 'municipio']),
    ],
    it: [
      ...weighted(STRONG, [
        'legge', 'legislazione', 'regolamentazione', 'normativa', 'governo',
        'Parlamento', 'Camera dei deputati', 'Senato', 'deputato', 'senatore', 'ministro', 'ministero',
        'premier', 'presidente', 'presidente del Consiglio', 'Palazzo Chigi', 'Quirinale', 'sindaco',
        'consiglio comunale', 'elezioni', 'voto', 'votazione', 'elettori', 'campagna elettorale',
        'polizia', 'carabinieri', 'autorità', 'libertà civili', 'diritti civili', 'protesta',
        'manifestanti', 'manifestazione', 'contribuenti', 'denaro pubblico', 'fondi pubblici', 'sussidio', 'tribunale',
        'giudice', 'Costituzione', 'Corte costituzionale', 'giustizia', 'opposizione', 'coalizione',
        'maggioranza', 'referendum', 'politica', 'politico', 'sanzione', 'divieto', 'lobby',
        'Antitrust', 'Commissione europea', 'Bruxelles', 'Ue', 'diritti umani', 'decreto', 'riforma',
      ]),
      // `partito` (party) is also "left" (`è partito`), `comune` also the adjective "common", `ricorso`
      // also a recourse of any kind: alone they only hint. `manifestazione` also names a cultural
      // event, but it stems like `manifestanti` and in news the protest is the common sense.
      // `Stato` is left out: `è stato` ("has been") stands in almost every sentence.
      ...weighted(MEDIUM, ['partito', 'comune', 'ricorso']),
      ...weighted(MEDIUM, [
        'pubblico', 'indagine', 'inchiesta', 'sorveglianza', 'tasse', 'imposte', 'criminalità',
        'privacy', 'diritti', 'regole', 'funzionario', 'agenzia', 'cittadini', 'partenariato',
        'istituzione', 'lettera', 'richiesta', 'fisco', 'amministrazione', 'Regione',
      ]),
      // `campagna` is also the countryside: it only adds to others. (`città` and `Paese` are stop
      // words in stopwords-iso's Italian list and would match only as written.)
      ...weighted(WEAK, ['nazione', 'campagna', 'nazionale', 'comunale']),
    ],
    nl: [
      ...weighted(STRONG, [
        'wet', 'wetgeving', 'regelgeving', 'regulering', 'toezichthouder', 'regering', 'kabinet',
        'de overheid', 'rijksoverheid', 'parlement', 'Tweede Kamer', 'Eerste Kamer', 'Kamerlid', 'Kamerleden', 'minister',
        'ministerie', 'premier', 'staatssecretaris', 'burgemeester', 'wethouder', 'gemeenteraad',
        'verkiezingen', 'stemming', 'kiezers', 'politie', 'autoriteiten', 'burgerrechten',
        'grondrechten', 'protest', 'demonstratie', 'demonstranten', 'belastingbetaler',
        'belastinggeld', 'overheidsgeld', 'subsidie', 'rechter', 'rechtbank', 'rechtszaak', 'grondwet',
        'justitie', 'oppositie', 'coalitie', 'referendum', 'politiek', 'politicus', 'sanctie', 'verbod',
        'lobby', 'Europese Commissie', 'Brussel', 'EU', 'mensenrechten', 'Binnenhof', 'president',
      ]),
      // `partij` is also a batch of goods, `stemmen` also voices, `onderzoek` also research,
      // `Den Haag` also just a city: alone they only hint. `staat` is left out: it is also "stands".
      // Snowball stems `overheid` to `over`, which would match every `over-` compound
      // (`overgenomen`), so the government stands in phrases.
      ...weighted(MEDIUM, ['partij', 'stemmen', 'onderzoek', 'Den Haag']),
      ...weighted(MEDIUM, [
        'openbaar', 'publiek', 'campagne', 'toezicht', 'belasting', 'criminaliteit', 'privacy',
        'rechten', 'regel', 'ambtenaar', 'instantie', 'burgers', 'samenwerking', 'instelling', 'brief',
        'eis', 'gemeente', 'provincie',
      ]),
      ...weighted(WEAK, ['stad', 'land', 'natie', 'regio']),
    ],
  },
};
