/**
 * Hand-written context cues for people and organisations in German and English, from general
 * linguistic knowledge of how news text introduces names (appositions with a role noun,
 * honorifics, reporting verbs, legal forms of companies). They are features of the tagger,
 * not decisions: the model weighs them (model.ts). Every entry is lower-case.
 */

/** Honorifics and academic titles that stand right before a person's name. */
export const HONORIFICS = new Set([
  'herr', 'herrn', 'frau', 'fräulein', 'dr', 'dr.', 'prof', 'prof.', 'mr', 'mr.', 'mrs', 'mrs.',
  'ms', 'ms.', 'miss', 'sir', 'dame', 'lord', 'lady', 'st.', 'sankt', 'saint', 'papst', 'pope',
  'könig', 'königin', 'king', 'queen', 'prinz', 'prinzessin', 'prince', 'princess', 'graf',
  'gräfin', 'kaiser', 'kaiserin', 'pfarrer', 'pastor', 'pastorin', 'rabbi', 'imam', 'bischof',
  'kardinal', 'rev.', 'reverend', 'father', 'sister', 'brother', 'dipl.', 'ing.', 'mag.',
]);

/**
 * Role nouns of the apposition `Role Name` (`Amazon-Gründer Jeff Bezos`, `CEO Tim Cook`).
 * German compounds are matched by their head (`Amazon-Chef` ends in `chef`).
 */
export const ROLE_NOUNS = [
  'präsident', 'präsidentin', 'vizepräsident', 'kanzler', 'kanzlerin', 'minister', 'ministerin',
  'chef', 'chefin', 'gründer', 'gründerin', 'mitgründer', 'vorsitzende', 'vorsitzender',
  'sprecher', 'sprecherin', 'direktor', 'direktorin', 'leiter', 'leiterin', 'geschäftsführer',
  'geschäftsführerin', 'vorstand', 'bürgermeister', 'bürgermeisterin', 'trainer', 'trainerin',
  'spieler', 'spielerin', 'autor', 'autorin', 'regisseur', 'regisseurin', 'sänger', 'sängerin',
  'schauspieler', 'schauspielerin', 'abgeordnete', 'abgeordneter', 'senator', 'senatorin',
  'gouverneur', 'gouverneurin', 'botschafter', 'botschafterin', 'professor', 'professorin',
  'experte', 'expertin', 'analyst', 'analystin', 'anwalt', 'anwältin', 'richter', 'richterin',
  'kommissar', 'kommissarin', 'polizeichef', 'polizeichefin', 'bischof', 'kapitän', 'komponist',
  'maler', 'malerin', 'architekt', 'architektin', 'ökonom', 'ökonomin', 'forscher', 'forscherin',
  'journalist', 'journalistin', 'aktivist', 'aktivistin', 'kandidat', 'kandidatin', 'manager',
  'managerin', 'unternehmer', 'unternehmerin', 'investor', 'investorin', 'eigentümer',
  'ceo', 'cfo', 'cto', 'coo', 'founder', 'cofounder', 'co-founder', 'president', 'chairman',
  'chairwoman', 'chair', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'governor',
  'senator', 'mayor', 'minister', 'secretary', 'chancellor', 'commissioner', 'judge', 'coach',
  'author', 'singer', 'actor', 'actress', 'professor', 'analyst', 'economist', 'lawyer',
  'attorney', 'officer', 'chief', 'executive', 'researcher', 'reporter', 'activist', 'candidate',
  'representative', 'rep.', 'sen.', 'gov.', 'gen.', 'general', 'captain', 'lt.', 'sgt.', 'detective',
];

/** Verbs of saying that follow or precede the speaker (`sagte Müller`, `Smith said`). */
export const SPEECH_VERBS = new Set([
  'sagte', 'sagt', 'sagten', 'erklärte', 'erklärt', 'betonte', 'betont', 'meinte', 'meint',
  'sprach', 'schrieb', 'schreibt', 'fügte', 'kritisierte', 'kritisiert', 'warnte', 'warnt',
  'forderte', 'fordert', 'teilte', 'räumte', 'bestätigte', 'bestätigt', 'berichtete', 'berichtet',
  'kündigte', 'verriet', 'ergänzte', 'so', 'laut', 'zufolge', 'said', 'says', 'told', 'added',
  'wrote', 'writes', 'explained', 'argued', 'noted', 'warned', 'stated', 'according', 'asked',
  'announced', 'tweeted', 'insisted', 'claimed',
]);

/** Legal forms and name heads that end an organisation's name (`Amazon Inc.`, `Deutsche Bank`). */
export const ORG_FORMS = new Set([
  'gmbh', 'ag', 'kg', 'kgaa', 'se', 'ug', 'e.v.', 'ev', 'mbh', 'ohg', 'gbr', 'eg', 'co.', 'co',
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'ltd', 'ltd.', 'llc', 'plc', 'lp', 'llp', 'sa',
  's.a.', 'nv', 'n.v.', 'bv', 'spa', 's.p.a.', 'ab', 'asa', 'oy', 'company', 'group', 'holding',
  'holdings', 'gruppe', 'konzern', 'bank', 'university', 'universität', 'college', 'institute',
  'institut', 'foundation', 'stiftung', 'association', 'verband', 'verein', 'partei', 'party',
  'partnership', 'agency', 'agentur', 'department', 'ministry', 'ministerium', 'council', 'rat',
  'committee', 'komitee', 'kommission', 'commission', 'union', 'bund', 'club', 'klub', 'fc',
  'sv', 'tsv', 'vfb', 'vfl', 'news', 'times', 'post', 'zeitung', 'press', 'verlag', 'records',
  'airlines', 'airways', 'motors', 'technologies', 'systems', 'labs', 'services', 'werke',
  'hochschule', 'akademie', 'academy', 'school', 'schule', 'gewerkschaft', 'behörde', 'amt',
  'office', 'bureau', 'police', 'polizei', 'army', 'armee', 'navy', 'court', 'gericht', 'senat',
  'senate', 'parlament', 'parliament', 'congress', 'kongress', 'museum', 'theater', 'theatre',
  'orchester', 'orchestra', 'hospital', 'klinik', 'klinikum', 'sparkasse', 'versicherung',
]);

/**
 * Words that end an English company's name though they are common words elsewhere
 * (`Voltera Energy`, `Blackstone Capital`, `Acme Pharmaceuticals`). Used only by the
 * legal-form rule (org-forms.ts), which requires a capitalised word before them.
 */
export const EN_ORG_FINAL_WORDS = new Set([
  'energy', 'capital', 'partners', 'ventures', 'industries', 'pharmaceuticals', 'therapeutics',
  'solutions', 'networks', 'logistics', 'financial', 'insurance', 'bancorp', 'brands', 'foods',
  'entertainment', 'studios', 'communications', 'telecom', 'resources', 'petroleum', 'mining',
  'electric', 'investments', 'securities', 'enterprises', 'international', 'worldwide',
]);

/**
 * Heads of German compounds that name an institution (`Bundesverfassungsgericht`,
 * `Landesbank`); matched at the end of one capitalised word.
 */
export const ORG_HEADS = [
  'bank', 'partei', 'verband', 'verein', 'gesellschaft', 'ministerium', 'institut', 'universität',
  'hochschule', 'konzern', 'gruppe', 'werke', 'stiftung', 'agentur', 'behörde', 'gericht', 'amt',
  'kasse', 'versicherung', 'gewerkschaft', 'zeitung', 'verlag', 'rat', 'kommission', 'akademie',
  'klinik', 'klinikum', 'polizei', 'regierung',
];

/**
 * Nouns that classify the name right after them as an organisation (`der Konzern Siemens`,
 * `die Gewerkschaft Ver.di`, `the company Ring`); German compounds are matched by their head
 * (`Ölgesellschaft`, `Traditionsverein`, `Amazon-Tochter`).
 */
export const ORG_CLASSIFIERS = [
  'firma', 'konzern', 'unternehmen', 'verein', 'partei', 'gewerkschaft', 'verlag', 'zeitung',
  'zeitschrift', 'magazin', 'sender', 'bank', 'versicherung', 'agentur', 'club', 'klub',
  'gesellschaft', 'stiftung', 'hersteller', 'autobauer', 'konkurrent', 'rivale', 'tochter',
  'reederei', 'brauerei', 'verband', 'händler', 'anbieter', 'dienstleister', 'discounter',
  'airline', 'fluglinie', 'startup', 'start-up', 'company', 'firm', 'retailer', 'carrier',
  'insurer', 'automaker', 'carmaker', 'publisher', 'newspaper', 'broadcaster', 'lender',
];

/** Prefixes of German compounds that name a federal or state body (`Bundesamt`, `Landtag`). */
export const PUBLIC_BODY_PREFIXES = ['bundes', 'landes', 'staats', 'umweltbundes'];

/**
 * Heads that make such a compound one body rather than a generic term: GermEval 2014 tags
 * `Bundesrat` and `Bundesamt für Gesundheit` as organisations but `Bundesregierung` and
 * `Bundeswehr` as common words, so only heads of named bodies are listed.
 */
export const PUBLIC_BODY_HEADS = ['tag', 'rat', 'amt', 'ministerium', 'gericht', 'gerichtshof', 'bank', 'agentur', 'anstalt', 'verband', 'stiftung', 'institut', 'kammer', 'kartellamt'];

/** Words that open a photo credit or byline; names there are not people of the article. */
export const CREDIT_MARKERS = /^(?:foto|fotos|bild|bilder|photo|photos|image|credit|quelle|source|grafik|illustration|video|von|by|text|autor|author|©|\(c\))\s*[:|/©]?$/i;

/**
 * Days and months: capitalised in English and in German, never a person or an organisation.
 * The German dictionary knows them as nouns; the English one lists them as proper names.
 */
export const CALENDAR_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag',
  'sonntag', 'sonnabend', 'januar', 'jänner', 'februar', 'märz', 'mai', 'juni', 'juli',
  'oktober', 'dezember',
]);
