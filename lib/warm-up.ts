/**
 * Everything the background worker can do before the first article arrives, as small steps
 * (each its own task, utils/warm-up.ts): the entity tagger's tables (entities/warm-up.ts), then
 * one analysis of a short sample per language with the default settings. The sample runs the
 * code paths an article runs: the stemmer, the lenses' cue tables and the perspectives compile
 * and fill their per-language caches there, which in a CPU profile of a first call made after
 * the entity steps was most of what was left (docs/performance.md).
 *
 * The samples are written for this purpose (no source); their content does not matter beyond
 * having sentences, names, numbers and dates in the language.
 */
import { analyze } from './analyze';
import { ENTITY_WARM_UP_STEPS } from './entities/warm-up';
import { DEFAULT_SETTINGS } from './settings/schema';
import { articleFromText } from './text/plain-article';

const SAMPLES: Record<'de' | 'en', { title: string; text: string }> = {
  de: {
    title: 'Stadtrat beschließt neuen Haushalt',
    text: [
      'Der Stadtrat von Neustadt hat am Dienstag den Haushalt für 2025 beschlossen. Die Stadt will 12 Millionen Euro in Schulen und Radwege investieren, sagte Bürgermeisterin Anna Berger.',
      'Die Opposition kritisierte die Pläne. „Die Schulden steigen um 8 Prozent“, erklärte Fraktionschef Markus Klein. Die Firma Nordwerk GmbH kündigte an, 200 neue Stellen zu schaffen.',
      'Im nächsten Jahr sollen die Gebühren für Kitas sinken. Eltern zahlen dann im Schnitt 40 Euro weniger im Monat.',
    ].join('\n\n'),
  },
  en: {
    title: 'City council approves new budget',
    text: [
      'The city council of Newtown approved the budget for 2025 on Tuesday. The city will invest 12 million dollars in schools and bike lanes, said Mayor Anna Berger.',
      'The opposition criticised the plans. "Debt will rise by 8 percent," said council member Mark Klein. The company Northworks Inc. announced 200 new jobs.',
      'Next year, childcare fees are set to fall. Parents will pay 40 dollars less a month on average.',
    ].join('\n\n'),
  },
};

function analyzeSample(lang: 'de' | 'en'): void {
  const { title, text } = SAMPLES[lang];
  analyze(articleFromText(text, { title, lang }), {
    summarySentences: DEFAULT_SETTINGS.summarySentences,
    perspectives: DEFAULT_SETTINGS.perspectives,
    uiLang: lang,
  });
}

export const WARM_UP_STEPS: readonly (() => void)[] = [...ENTITY_WARM_UP_STEPS, () => analyzeSample('de'), () => analyzeSample('en')];
