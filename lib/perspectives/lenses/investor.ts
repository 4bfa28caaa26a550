/**
 * Investor: money, deals, markets, jobs (as a cost and a promise), valuations, revenue,
 * shares. Vocabulary after the headings of financial news desks (Handelsblatt "Finanzen",
 * Reuters "Markets", "Deals") and the line items of a quarterly report.
 *
 * French, Spanish, Italian and Dutch: the same concepts in each language's newsroom words,
 * written for Kontext, not translated word for word. Where a word is ambiguous in one language
 * only (French `capital`, Italian `utile`), it is weaker there, and the comment says why.
 */
import type { Lens } from '../lens';
import { BUILTIN_LENS_LABELS } from './labels';
import { AGAINST, MEDIUM, STRONG, WEAK, weighted } from '../lens';

export const investor: Lens = {
  id: 'investor',
  labels: BUILTIN_LENS_LABELS['investor'],
  facts: ['money', 'percent', 'count'],
  // Word lists read best as running text, so the formatter leaves them alone.
  // prettier-ignore
  cues: {
    de: [
      ...weighted(STRONG, [
        'Investor', 'Investorin', 'Investition', 'investieren', 'Investment', 'Investmentfirma',
        'Anleger', 'Aktie', 'Aktionär', 'Börse', 'Börsengang', 'Börsenwert', 'Bewertung',
        'Marktwert', 'Umsatz', 'Rendite', 'Dividende', 'Übernahme', 'Fusion', 'Beteiligung',
        'Risikokapital', 'Finanzierungsrunde', 'Quartal', 'Bilanz', 'Fonds', 'Hedgefonds',
        'Kapital', 'Aktienkurs', 'Börsenkurs', 'Kurssturz', 'Nettogewinn', 'Reingewinn',
        'Quartalsgewinn', 'Jahresgewinn', 'Gewinnwarnung', 'Nettoverlust', 'Anleihe', 'Dax',
        'Nasdaq', 'Dow Jones', 'S&P 500', 'Wall Street',
      ]),
      // `Gewinn`/`Verlust` are also a won title and lost points, `Kurs` also a course: alone they only hint.
      ...weighted(MEDIUM, ['Gewinn', 'Verlust', 'Kurs']),
      ...weighted(MEDIUM, [
        'Markt', 'Marktanteil', 'Deal', 'Geschäft', 'Konzern', 'Wachstum', 'Prognose', 'Zinsen',
        'Kredit', 'Finanzierung', 'Arbeitsplätze', 'Vollzeitjobs', 'Jobs', 'Kosten', 'Preis',
        'Expansion', 'Konkurrenz', 'Wettbewerber', 'Einnahmen', 'Ertrag', 'Profit', 'profitabel',
        'Auftrag', 'Vertrag', 'Kunden', 'Gehalt', 'Standort', 'Hauptquartier', 'Zentrale',
        'Insolvenz',
      ]),
      ...weighted(WEAK, [
        'Unternehmen', 'Firma', 'Händler', 'Milliarde', 'Million', 'Geld', 'Dollar', 'Euro',
      ]),
      // Sport pages talk money (transfer fees, prize money) without saying anything to an investor.
      ...weighted(AGAINST, ['Tor', 'Spieltag', 'Trainer', 'Saison', 'Liga', 'Mannschaft', 'Torschütze']),
    ],
    en: [
      ...weighted(STRONG, [
        'investor', 'investment', 'invest', 'shareholder', 'shares', 'stock', 'stock market',
        'stock exchange', 'IPO', 'valuation', 'market value', 'revenue', 'profit', 'earnings',
        'dividend', 'acquisition', 'merger', 'takeover', 'venture capital', 'funding round',
        'hedge fund', 'share price', 'quarterly results', 'quarterly earnings', 'bond',
        'Wall Street', 'Nasdaq', 'Dow Jones', 'FTSE', 'S&P 500', 'market capitalisation',
        'market capitalization', 'net profit', 'pre-tax profit', 'net loss', 'capital markets',
        'investment fund',
      ]),
      // A `loss` on the pitch, a `capital` city, a charity `fund`, a `quarter` of something: alone they only hint.
      ...weighted(MEDIUM, ['loss', 'capital', 'fund', 'quarter']),
      ...weighted(MEDIUM, [
        'market', 'market share', 'deal', 'sales', 'growth', 'forecast', 'interest rate', 'loan',
        'financing', 'jobs', 'hiring', 'layoffs', 'cost', 'price', 'expansion', 'competitor',
        'competition', 'income', 'margin', 'contract', 'customers', 'headquarters', 'bankruptcy',
        'debt', 'analyst', 'outlook',
      ]),
      ...weighted(WEAK, [
        'company', 'firm', 'business', 'retailer', 'billion', 'million', 'money', 'dollar',
      ]),
      // Sport pages talk money (transfer fees, prize money) without saying anything to an investor.
      ...weighted(AGAINST, [
        'goal', 'striker', 'coach', 'season', 'league', 'match', 'midfielder', 'goalkeeper',
      ]),
    ],
    fr: [
      ...weighted(STRONG, [
        'investisseur', 'investissement', 'investir', 'actionnaire', 'Bourse', 'introduction en Bourse',
        'valorisation', 'capitalisation boursière', "chiffre d'affaires", 'bénéfice', 'bénéfice net',
        'dividende', 'acquisition', 'rachat', 'fusion', 'OPA', 'capital-risque', 'levée de fonds',
        'tour de table', "fonds d'investissement", 'fonds spéculatif', "cours de l'action",
        'cours de Bourse', 'résultats trimestriels', 'trimestre', 'CAC 40', 'Wall Street', 'Nasdaq',
        'Dow Jones', 'S&P 500', 'perte nette', 'rentabilité', 'marchés financiers', 'coté en Bourse',
      ]),
      // `capital` stems like `capitale` (a capital city), `action` is also an act, `fonds` also a
      // bottom (`au fond`), `obligation` also a duty, `perte` also a lost match: alone they only hint.
      ...weighted(MEDIUM, ['capital', 'action', 'fonds', 'obligation', 'perte']),
      ...weighted(MEDIUM, [
        'marché', 'part de marché', 'accord', 'contrat', 'croissance', 'prévisions', "taux d'intérêt",
        'prêt', 'crédit', 'financement', 'emplois', 'embauches', 'licenciements', 'coûts', 'prix',
        'expansion', 'concurrent', 'concurrence', 'recettes', 'revenus', 'marge', 'clients',
        'siège social', 'faillite', 'dette', 'analyste', 'endettement',
      ]),
      ...weighted(WEAK, [
        'entreprise', 'société', 'groupe', 'firme', 'milliard', 'million', 'argent', 'dollar', 'euro',
      ]),
      // `but` is also an aim (`dans le but de`), so the sport cues name scorers and keepers instead.
      ...weighted(AGAINST, [
        'buteur', 'entraîneur', 'saison', 'championnat', 'Ligue 1', 'match', 'attaquant',
        'gardien de but', 'milieu de terrain',
      ]),
    ],
    es: [
      ...weighted(STRONG, [
        'inversor', 'inversionista', 'inversión', 'invertir', 'salida a bolsa',
        'bolsa de valores', 'bursátil', 'valoración', 'capitalización bursátil', 'facturación',
        'beneficio neto', 'dividendo', 'adquisición', 'fusión', 'opa', 'capital riesgo',
        'ronda de financiación', 'fondo de inversión', 'fondo de cobertura', 'resultados trimestrales',
        'trimestre', 'Ibex 35', 'Wall Street', 'Nasdaq', 'Dow Jones', 'S&P 500', 'pérdidas netas',
        'rentabilidad', 'mercados financieros', 'cotización', 'cotizar',
      ]),
      // `bolsa` is also a bag, `acciones` also actions (and `accionista` stems alike), `beneficio` also a benefit (`en beneficio de`),
      // `capital` also a capital city, `fondo` also a bottom (`a fondo`), `bonos` also vouchers,
      // `pérdidas` also losses of life: alone they only hint.
      ...weighted(MEDIUM, ['bolsa', 'acciones', 'beneficio', 'capital', 'fondo', 'bonos', 'pérdidas']),
      ...weighted(MEDIUM, [
        'mercado', 'cuota de mercado', 'acuerdos', 'pacto', 'contrato', 'crecimiento', 'previsión',
        'tipos de interés', 'préstamo', 'crédito', 'financiación', 'empleos', 'puestos de trabajo',
        'despidos', 'costes', 'precio', 'expansión', 'competidor', 'competencia', 'ingresos', 'margen',
        'clientes', 'sede', 'quiebra', 'deuda', 'analista',
      ]),
      ...weighted(WEAK, [
        'empresa', 'compañía', 'firma', 'negocio', 'millones', 'dinero', 'dólares', 'euros',
      ]),
      // `partido` is a match and a political party, `jornada` a match day and a working day: left out.
      // `gol` also stands in the idiom `meter un gol` (to pull a fast one), but rarely next to money.
      ...weighted(AGAINST, [
        'gol', 'goleador', 'entrenador', 'temporada', 'liga', 'delantero', 'portero',
        'centrocampista',
      ]),
    ],
    it: [
      ...weighted(STRONG, [
        'investitore', 'investimento', 'investire', 'quotazione in Borsa',
        'Piazza Affari', 'capitalizzazione', 'fatturato', 'ricavi', 'utile netto', 'dividendo',
        'acquisizione', 'fusione', 'opa', 'venture capital', 'round di finanziamento',
        "fondo d'investimento", 'hedge fund', 'trimestre', 'trimestrale', 'Ftse Mib', 'Wall Street',
        'Nasdaq', 'Dow Jones', 'S&P 500', 'perdita netta', 'redditività', 'mercati finanziari',
        'quotazione', 'obbligazioni', 'spread', 'Btp',
      ]),
      // `utile` is also the adjective "useful", `Borsa` also a bag, `azioni` also actions (and
      // `azionista` stems alike), `titoli`
      // also titles, `valutazione` also an assessment, `capitale` also a capital city, `fondo` also a
      // bottom (`in fondo`), `perdita` also a loss of life: alone they only hint.
      ...weighted(MEDIUM, [
        'utile', 'Borsa', 'azioni', 'titoli', 'valutazione', 'capitale', 'fondo', 'perdita',
      ]),
      ...weighted(MEDIUM, [
        'mercato', 'quota di mercato', 'accordo', 'contratto', 'crescita', 'previsioni',
        "tassi d'interesse", 'prestito', 'credito', 'finanziamento', 'posti di lavoro', 'assunzioni',
        'licenziamenti', 'costi', 'prezzo', 'espansione', 'concorrente', 'concorrenza', 'margine',
        'clienti', 'sede', 'fallimento', 'debito', 'analista',
      ]),
      ...weighted(WEAK, [
        'azienda', 'società', 'impresa', 'gruppi', 'miliardo', 'milione', 'soldi', 'dollari', 'euro',
      ]),
      // `partita` is a match but also `partita Iva` (a VAT number) on every business page: left out.
      ...weighted(AGAINST, [
        'gol', 'allenatore', 'campionato', 'Serie A', 'attaccante', 'portiere', 'centrocampista',
        'stagione',
      ]),
    ],
    nl: [
      ...weighted(STRONG, [
        'belegger', 'investeerder', 'investering', 'investeren', 'aandeelhouder', 'beursgang',
        'beurswaarde', 'beursnotering', 'marktwaarde', 'omzet', 'nettowinst', 'dividend', 'overname',
        'fusie', 'durfkapitaal', 'risicokapitaal', 'financieringsronde', 'kwartaal', 'kwartaalcijfers',
        'jaarcijfers', 'beleggingsfonds', 'hedgefonds', 'aandelenkoers', 'AEX', 'Damrak',
        'Wall Street', 'Nasdaq', 'Dow Jones', 'S&P 500', 'nettoverlies', 'rendement', 'obligatie',
        'winstwaarschuwing',
      ]),
      // `winst`/`verlies` are also a won and a lost match, `aandeel` also a proportion (`het aandeel
      // vrouwen`), `beurs` also a trade fair or a grant, `koers` also a political course, `fonds`
      // also a charity fund: alone they only hint.
      ...weighted(MEDIUM, ['winst', 'verlies', 'aandeel', 'beurs', 'koers', 'kapitaal', 'fonds']),
      ...weighted(MEDIUM, [
        'markt', 'marktaandeel', 'deal', 'overeenkomst', 'contract', 'groei', 'prognose', 'rente',
        'lening', 'krediet', 'financiering', 'banen', 'arbeidsplaatsen', 'ontslagen', 'kosten', 'prijs',
        'expansie', 'concurrent', 'concurrentie', 'inkomsten', 'opbrengst', 'marge', 'klanten',
        'hoofdkantoor', 'faillissement', 'schuld', 'analist',
      ]),
      ...weighted(WEAK, [
        'bedrijf', 'onderneming', 'concern', 'firma', 'miljard', 'miljoen', 'geld', 'dollar', 'euro',
      ]),
      // `spits` is a striker and the rush hour: left out. `aanvaller` is also an assailant, whose
      // sentence says nothing to an investor either.
      ...weighted(AGAINST, [
        'doelpunt', 'trainer', 'seizoen', 'competitie', 'eredivisie', 'keeper', 'middenvelder',
        'wedstrijd', 'aanvaller', 'transfersom',
      ]),
    ],
  },
};
