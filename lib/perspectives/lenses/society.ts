/**
 * Society: citizens, workers, privacy, surveillance, inequality, education, health. Vocabulary
 * after the policy areas of the European Commission's "European Pillar of Social Rights" (2017)
 * and the German Sozialgesetzbuch, plus the civil-liberties words of privacy reporting.
 *
 * French, Spanish, Italian and Dutch: the same concepts in each language's newsroom words,
 * written for Kontext, not translated word for word. Where a word is ambiguous in one language
 * only (French `capital`, Italian `utile`), it is weaker there, and the comment says why.
 */
import type { Lens } from '../lens';
import { BUILTIN_LENS_LABELS } from './labels';
import { MEDIUM, STRONG, WEAK, weighted } from '../lens';

export const society: Lens = {
  id: 'society',
  labels: BUILTIN_LENS_LABELS['society'],
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
    fr: [
      ...weighted(STRONG, [
        'social', 'citoyens', 'habitants', 'riverains', 'communauté', 'quartier', 'population',
        'travailleurs', 'salariés', 'employés', 'syndicat', 'vie privée', 'surveillance', 'inégalités',
        'pauvreté', 'discrimination', 'racisme', 'éducation', 'école', 'élèves', 'étudiants',
        'enseignants', 'santé', 'hôpital', 'patients', 'soins', 'familles', 'enfants', 'jeunes',
        'femmes', 'migrants', 'réfugiés', 'logement', 'loyers', 'sans-abri', 'délinquance', 'église',
        'liberté', 'démocratie', 'protection sociale', "droits de l'homme", 'précarité', 'exploitation',
        'retraités', 'personnes âgées', 'solidarité', 'mal payés',
      ]),
      // `société` is society and also a company (`la société Dupont`): alone it only hints. (`loyers`
      // stands in the plural: Snowball stems the singular `loyer` to `loi`, the stem of `loi`, a law.)
      ...weighted(MEDIUM, ['société']),
      ...weighted(MEDIUM, [
        'salaires', 'consommateurs', 'utilisateurs', 'bibliothèque', 'culture', 'climat',
        'environnement', 'sécurité', 'manifestation', 'public', 'université', 'vie', 'quotidien',
        'police', 'aides sociales', 'allocations', 'justice', 'caméra', 'associations',
      ]),
      ...weighted(WEAK, ['ville', 'clients']),
    ],
    es: [
      ...weighted(STRONG, [
        'social', 'ciudadanos', 'vecinos', 'residentes', 'comunidad', 'barrio', 'población',
        'trabajadores', 'empleados', 'sindicato', 'privacidad', 'vigilancia', 'desigualdad', 'pobreza',
        'discriminación', 'racismo', 'educación', 'escuela', 'colegio', 'alumnos',
        'profesores', 'docentes', 'sanidad', 'salud', 'hospital', 'pacientes', 'familias', 'niños',
        'jóvenes', 'mujeres', 'migrantes', 'inmigrantes', 'refugiados', 'vivienda', 'alquiler',
        'sin hogar', 'delincuencia', 'iglesia', 'libertad', 'democracia', 'derechos humanos',
        'precariedad', 'explotación', 'jubilados', 'pensionistas', 'personas mayores', 'mal pagados',
      ]),
      // `sociedad` is society and also a company (`sociedad anónima`), `estudiantes` stems like
      // `estudio` (a study): alone they only hint.
      ...weighted(MEDIUM, ['sociedad', 'estudiantes']),
      ...weighted(MEDIUM, [
        'gente', 'personas', 'salarios', 'sueldo', 'consumidores', 'usuarios', 'biblioteca', 'cultura',
        'clima', 'medio ambiente', 'seguridad', 'protesta', 'público', 'universidad', 'vida',
        'cotidiano', 'policía', 'ayudas', 'prestaciones', 'justicia', 'cámaras de vigilancia',
      ]),
      ...weighted(WEAK, ['ciudad', 'clientes']),
    ],
    it: [
      ...weighted(STRONG, [
        'sociale', 'cittadini', 'abitanti', 'residenti', 'comunità', 'quartiere', 'popolazione',
        'lavoratori', 'dipendenti', 'sindacato', 'privacy', 'sorveglianza', 'disuguaglianza', 'povertà',
        'discriminazione', 'razzismo', 'istruzione', 'scuola', 'studenti', 'insegnanti', 'docenti',
        'sanità', 'sanitario', 'ospedale', 'pazienti', 'famiglie', 'bambini', 'giovani', 'donne',
        'migranti', 'rifugiati', 'abitazioni', 'affitto', 'senzatetto', 'criminalità', 'chiesa',
        'libertà', 'democrazia', 'diritti umani', 'precarietà', 'sfruttamento', 'pensionati', 'anziani',
        'welfare', 'sottopagati',
      ]),
      // `società` is society and also a company (`la società milanese`): alone it only hints.
      // `salute` (health) is left out: Snowball stems it like `sale` ("rises") in every market report.
      ...weighted(MEDIUM, ['società']),
      ...weighted(MEDIUM, [
        'stipendi', 'salari', 'consumatori', 'utenti', 'biblioteca', 'cultura',
        'clima', 'ambiente', 'sicurezza', 'protesta', 'pubblico', 'università', 'polizia',
        'sussidi', 'giustizia', 'telecamere', 'casa', 'quotidiana',
      ]),
      // `gente`, `persone`, `vita` and `città` are stop words in stopwords-iso's Italian list: they
      // would match only as written, so the lens leaves them out.
      ...weighted(WEAK, ['clienti', 'urbano']),
    ],
    nl: [
      ...weighted(STRONG, [
        'samenleving', 'maatschappelijk', 'sociaal', 'burgers', 'inwoners', 'bewoners', 'omwonenden',
        'gemeenschap', 'buurt', 'wijk', 'bevolking', 'werknemers', 'personeel', 'vakbond', 'privacy',
        'ongelijkheid', 'armoede', 'discriminatie', 'racisme', 'onderwijs', 'school', 'leerlingen',
        'studenten', 'leraren', 'docenten', 'gezondheid', 'zorg', 'ziekenhuis', 'patiënten', 'gezinnen',
        'kinderen', 'jongeren', 'vrouwen', 'migranten', 'vluchtelingen', 'asielzoekers', 'woningen',
        'huur', 'dakloos', 'criminaliteit', 'kerk', 'vrijheid', 'democratie', 'mensenrechten',
        'uitbuiting', 'gepensioneerden', 'ouderen', 'onderbetaald',
      ]),
      // `maatschappij` is society and also a company (`luchtvaartmaatschappij`): alone it only hints.
      ...weighted(MEDIUM, ['maatschappij']),
      ...weighted(MEDIUM, [
        'mensen', 'loon', 'salaris', 'consumenten', 'gebruikers', 'bibliotheek', 'cultuur', 'klimaat',
        'milieu', 'veiligheid', 'protest', 'openbaar', 'universiteit', 'leven', 'dagelijks', 'politie',
        'uitkeringen', 'toeslagen', 'camera', 'toezicht',
      ]),
      ...weighted(WEAK, ['stad', 'klanten']),
    ],
  },
};
