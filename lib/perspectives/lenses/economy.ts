/**
 * Economy: jobs, wages, trade, retail, growth, prices. Vocabulary after the headline
 * indicators of national statistics offices (Destatis, ONS: GDP, employment, prices, trade)
 * and the sections of economics desks.
 */
import type { Lens } from '../lens';
import { AGAINST, MEDIUM, STRONG, WEAK, weighted } from '../lens';

export const economy: Lens = {
  id: 'economy',
  labels: { de: 'Wirtschaftliche Auswirkungen', en: 'Economic impact' },
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
  },
};
