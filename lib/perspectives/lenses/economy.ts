/**
 * Economy: jobs, wages, trade, retail, growth, prices. Vocabulary after the headline
 * indicators of national statistics offices (Destatis, ONS: GDP, employment, prices, trade)
 * and the sections of economics desks.
 *
 * French, Spanish, Italian and Dutch: the same concepts in each language's newsroom words,
 * written for Kontext, not translated word for word. Where a word is ambiguous in one language
 * only (French `capital`, Italian `utile`), it is weaker there, and the comment says why.
 */
import type { Lens } from '../lens';
import { BUILTIN_LENS_LABELS } from './labels';
import { AGAINST, MEDIUM, STRONG, WEAK, weighted } from '../lens';

export const economy: Lens = {
  id: 'economy',
  labels: BUILTIN_LENS_LABELS['economy'],
  facts: ['money', 'percent', 'count'],
  // Word lists read best as running text, so the formatter leaves them alone.
  // prettier-ignore
  cues: {
    de: [
      ...weighted(STRONG, [
        'Wirtschaft', 'wirtschaftlich', 'Ökonomie', 'Konjunktur', 'Wachstum', 'Rezession',
        'Inflation', 'Arbeitsmarkt', 'Arbeitsplätze', 'Jobs', 'Vollzeitjobs', 'Arbeitslosigkeit',
        'Arbeitslose', 'Beschäftigung', 'Lohn', 'Löhne', 'Gehalt', 'Durchschnittsgehalt', 'Handel',
        'Einzelhandel', 'Einzelhändler', 'Händler', 'Export', 'Import', 'Zoll', 'Preise',
        'Kaufkraft', 'Nachfrage', 'Wettbewerb', 'Konkurrenz', 'Industrie', 'Produktion',
        'Lieferkette', 'Logistik', 'Standort', 'BIP', 'Bruttoinlandsprodukt', 'Zinsen', 'Notenbank',
        'EZB', 'Branche', 'Mittelstand', 'Kleinunternehmen', 'Geschäfte', 'pleite', 'Insolvenz',
        'Umsatz', 'Investition', 'Verbraucher', 'Konsum', 'Wertschöpfung', 'Kleinhändler',
        'Steuereinnahmen',
      ]),
      ...weighted(MEDIUM, [
        'Markt', 'Kosten', 'Angebot', 'Unternehmen', 'Steuer', 'Wirtschaftsstandort', 'Versand',
        'Lieferung', 'verdienen', 'Arbeiter', 'Region', 'Ansiedlung',
      ]),
      ...weighted(WEAK, ['Firma', 'Konzern', 'Kunden', 'Milliarde', 'Million', 'Geld']),
      ...weighted(AGAINST, ['Tor', 'Spieltag', 'Trainer', 'Saison', 'Liga', 'Mannschaft', 'Torschütze']),
    ],
    en: [
      ...weighted(STRONG, [
        'economy', 'economic', 'economist', 'growth', 'recession', 'inflation', 'labour market',
        'labor market', 'jobs', 'employment', 'unemployment', 'wages', 'salary', 'trade', 'retail',
        'retailer', 'exports', 'imports', 'tariffs', 'prices', 'demand', 'competition', 'industry',
        'manufacturing', 'production', 'supply chain', 'logistics', 'GDP', 'interest rates',
        'central bank', 'sector', 'small businesses', 'bankrupt', 'bankruptcy', 'sales', 'consumer',
        'spending', 'productivity', 'investment', 'output', 'Bank of England', 'Federal Reserve',
        'euro zone', 'eurozone', 'deficit', 'budget',
      ]),
      ...weighted(MEDIUM, [
        'market', 'costs', 'supply', 'company', 'tax', 'business', 'shipping', 'delivery',
        'workers', 'region', 'firms', 'profits', 'earnings', 'oil', 'energy', 'currency', 'dollar',
        'euro',
      ]),
      ...weighted(WEAK, ['customers', 'billion', 'million', 'money']),
      ...weighted(AGAINST, [
        'goal', 'striker', 'coach', 'season', 'league', 'match', 'midfielder', 'goalkeeper',
      ]),
    ],
    fr: [
      ...weighted(STRONG, [
        'économie', 'économique', 'économiste', 'croissance', 'récession', 'inflation',
        'marché du travail', 'emplois', 'chômage', 'chômeurs', 'salaires', 'commerce',
        'commerce de détail', 'détaillants', 'commerçants', 'exportations', 'importations',
        'droits de douane', 'prix', "pouvoir d'achat", 'concurrence', 'industrie', 'industriel',
        'production', "chaîne d'approvisionnement", 'logistique', 'PIB', "taux d'intérêt",
        'banque centrale', 'BCE', 'secteur', 'PME', 'faillite', 'ventes', 'consommateurs',
        'consommation', 'investissement', 'productivité', 'compétitivité', 'recettes fiscales',
        'conjoncture',
      ]),
      // `demande` is also a request (`à la demande de`): alone it only hints. `gagner` (to earn) is
      // left out: it is also to win a match or an election.
      ...weighted(MEDIUM, ['demande']),
      ...weighted(MEDIUM, [
        'marché', 'coûts', 'offre', 'entreprise', 'impôt', 'livraison', 'ouvriers', 'région',
        'implantation', 'usine',
      ]),
      ...weighted(WEAK, ['société', 'groupe', 'clients', 'milliard', 'million', 'argent']),
      ...weighted(AGAINST, [
        'buteur', 'entraîneur', 'saison', 'championnat', 'Ligue 1', 'match', 'attaquant',
      ]),
    ],
    es: [
      ...weighted(STRONG, [
        'economía', 'económico', 'economista', 'crecimiento', 'recesión', 'inflación',
        'mercado laboral', 'empleos', 'creación de empleo', 'tasa de paro', 'parados', 'desempleo', 'desempleados', 'salarios', 'comercio',
        'minoristas', 'exportaciones', 'importaciones', 'aranceles', 'precios', 'poder adquisitivo',
        'industria', 'industrial', 'producción', 'cadena de suministro', 'logística', 'PIB',
        'tipos de interés', 'banco central', 'BCE', 'sector', 'pymes', 'quiebra', 'ventas',
        'consumidores', 'consumo', 'inversión', 'productividad', 'competitividad', 'recaudación',
        'coyuntura',
      ]),
      // `demanda` is also a lawsuit, `competencia` also a remit (`competencias autonómicas`): alone they
      // only hint. `paro` alone stems like `par` (a couple) and `parar`, so it stands in phrases;
      // `ganar` (to earn) is left out: it is also to win.
      ...weighted(MEDIUM, ['demanda', 'competencia']),
      ...weighted(MEDIUM, [
        'mercado', 'costes', 'oferta', 'empresa', 'impuesto', 'entrega', 'obreros', 'región',
        'fábrica',
      ]),
      // `planta` is a factory and also a plant or a floor.
      ...weighted(WEAK, ['compañía', 'grupo', 'clientes', 'millones', 'dinero', 'planta']),
      ...weighted(AGAINST, [
        'gol', 'goleador', 'entrenador', 'temporada', 'liga', 'delantero', 'portero',
      ]),
    ],
    it: [
      ...weighted(STRONG, [
        'economia', 'economico', 'economista', 'crescita', 'recessione', 'inflazione',
        'mercato del lavoro', 'occupazione', 'disoccupazione', 'disoccupati', 'salari', 'commercio',
        'commercianti', 'export', 'esportazioni', 'importazioni', 'dazi', 'prezzi',
        "potere d'acquisto", 'concorrenza', 'industria', 'industriale', 'produzione', 'filiera',
        'catena di approvvigionamento', 'logistica', 'Pil', "tassi d'interesse", 'banca centrale',
        'Bce', 'settore', 'Pmi', 'fallimento', 'vendite', 'consumatori', 'consumi', 'investimenti',
        'produttività', 'competitività', 'gettito', 'congiuntura',
      ]),
      // `domanda` is also a question: alone it only hints.
      ...weighted(MEDIUM, ['domanda']),
      ...weighted(MEDIUM, [
        'mercato', 'costi', 'offerta', 'azienda', 'imprese', 'tasse', 'consegne', 'guadagnare',
        'operai', 'Regione', 'stabilimento', 'fabbrica',
      ]),
      ...weighted(WEAK, ['società', 'gruppi', 'clienti', 'miliardo', 'milione', 'soldi']),
      ...weighted(AGAINST, [
        'gol', 'allenatore', 'campionato', 'Serie A', 'attaccante', 'portiere', 'stagione',
      ]),
    ],
    nl: [
      ...weighted(STRONG, [
        'economie', 'economisch', 'econoom', 'groei', 'recessie', 'inflatie', 'arbeidsmarkt', 'banen',
        'werkgelegenheid', 'werkloosheid', 'werklozen', 'lonen', 'handel', 'detailhandel', 'winkeliers',
        'export', 'import', 'importheffingen', 'prijzen', 'koopkracht', 'concurrentie', 'industrie',
        'productie', 'toeleveringsketen', 'logistiek', 'bbp', 'rente', 'centrale bank', 'ECB', 'sector',
        'mkb', 'faillissement', 'omzet', 'consumenten', 'consumptie', 'investeringen',
        'productiviteit', 'conjunctuur', 'belastinginkomsten',
      ]),
      // `vraag` is also a question: alone it only hints.
      ...weighted(MEDIUM, ['vraag']),
      ...weighted(MEDIUM, [
        'markt', 'kosten', 'aanbod', 'bedrijven', 'belasting', 'levering', 'verdienen', 'arbeiders',
        'regio', 'vestiging', 'fabriek',
      ]),
      ...weighted(WEAK, ['concern', 'klanten', 'miljard', 'miljoen', 'geld']),
      ...weighted(AGAINST, [
        'doelpunt', 'trainer', 'seizoen', 'competitie', 'eredivisie', 'keeper', 'wedstrijd',
      ]),
    ],
  },
};
