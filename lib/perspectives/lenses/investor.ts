/**
 * Investor: money, deals, markets, jobs (as a cost and a promise), valuations, revenue,
 * shares. Vocabulary after the headings of financial news desks (Handelsblatt "Finanzen",
 * Reuters "Markets", "Deals") and the line items of a quarterly report.
 */
import type { Lens } from '../lens';
import { AGAINST, MEDIUM, STRONG, WEAK, weighted } from '../lens';

export const investor: Lens = {
  id: 'investor',
  labels: { de: 'Relevanz für Investor:innen', en: 'For investors' },
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
  },
};
