import { describe, expect, it } from 'vitest';
import {
  answerPerspectives,
  BUILTIN_LENSES,
  lensFromCustom,
  type Lens,
} from '../../lib/perspectives';
import { CUE_LANGUAGES } from '../../lib/perspectives/lens';
import { compileLens } from '../../lib/perspectives/match';
import { lensTerms } from '../../lib/perspectives/terms';
import { isStopWord } from '../../lib/text/words';
import { ALL_PERSPECTIVES } from '../../lib/settings/schema';
import { summarize } from '../../lib/summarize';
import { prepareText } from '../../lib/text/prepare';
import type { PreparedText } from '../../lib/text/prepared';
import { fixtureArticle } from '../support/fixture-article';
import type { Perspective } from '../../lib/types';

const article = fixtureArticle;

function panels(p: PreparedText, lenses: Lens[] = BUILTIN_LENSES, opts = {}): Perspective[] {
  const { indices, importance } = summarize(p, 3);
  return answerPerspectives(p, importance, indices, lenses, opts);
}

const panel = (all: Perspective[], id: string) => all.find((x) => x.id === id)!;
const answerText = (x: Perspective) => x.answer.map((a) => a.text).join(' ');
const factTexts = (x: Perspective) => x.facts.map((f) => f.text);

describe('BUILTIN_LENSES', () => {
  it('are the six perspectives of the settings, in their order', () => {
    expect(BUILTIN_LENSES.map((l) => l.id)).toEqual([...ALL_PERSPECTIVES]);
  });

  it('have German and English labels and cues, and known fact kinds', () => {
    for (const lens of BUILTIN_LENSES) {
      expect(lens.labels.de.length).toBeGreaterThan(0);
      expect(lens.labels.en.length).toBeGreaterThan(0);
      expect(lens.cues.de?.length).toBeGreaterThan(10);
      expect(lens.cues.en?.length).toBeGreaterThan(10);
      for (const kind of lens.facts) expect(['money', 'count', 'percent', 'date']).toContain(kind);
    }
  });

  it.each(CUE_LANGUAGES.map((lang) => [lang]))('have cues for %s articles', (lang) => {
    for (const lens of BUILTIN_LENSES) {
      expect(lens.cues[lang]?.length, lens.id).toBeGreaterThan(10);
      const compiled = compileLens(lens, lang);
      expect(compiled.words.length + compiled.phrases.length, lens.id).toBeGreaterThan(10);
    }
  });

  it('never give one stem two weights (the stronger would silently win)', () => {
    for (const lens of BUILTIN_LENSES)
      for (const lang of CUE_LANGUAGES) {
        const weightOf = new Map<string, number>();
        for (const [cue, weight] of lens.cues[lang]!) {
          const key = lensTerms(cue, lang).join(' ');
          expect(weightOf.get(key) ?? weight, `${lens.id}/${lang}: ${cue}`).toBe(weight);
          weightOf.set(key, weight);
        }
      }
  });
});

/**
 * A cue must reach inflected forms: at least one of its words has to be stemmed, not kept whole as
 * a stop word (stopwords-iso lists topic words such as Italian `futuro` and French `gens`, which
 * would then match only as written). In a compounding language a one-word cue must also not stem
 * to a stop word, which would match every compound that starts with it (Dutch `overheid` → `over`).
 * German and English lists predate this rule and are held to the eval's numbers instead.
 */
describe.each(['fr', 'es', 'it', 'nl'] as const)('%s cues', (lang) => {
  it.each(BUILTIN_LENSES.map((lens) => [lens.id, lens] as const))(
    'of %s each yield a stem',
    (_id, lens) => {
      for (const [cue] of lens.cues[lang]!) {
        const terms = lensTerms(cue, lang);
        expect(
          terms.some((t) => !t.startsWith('~')),
          `${cue} → ${terms.join(' ')}`,
        ).toBe(true);
        if (lang === 'nl' && terms.length === 1)
          expect(isStopWord(terms[0], lang), `${cue} → ${terms[0]}`).toBe(false);
      }
    },
  );
});

describe('answerPerspectives on a German article', () => {
  const p = article('factory-de.txt', 'de');
  const all = panels(p);

  it('answers each lens with article sentences at their index, prose only, at most three', () => {
    for (const x of all) {
      expect(x.answer.length).toBeLessThanOrEqual(3);
      expect(x.empty).toBe(x.answer.length === 0);
      for (const a of x.answer) {
        expect(p.sentences[a.index].text).toBe(a.text);
        expect(p.prose[a.index]).toBe(true);
      }
      const indices = x.answer.map((a) => a.index);
      expect([...indices].sort((a, b) => a - b)).toEqual(indices);
    }
  });

  it('gives the investor the investment, the jobs and the share price, with their facts', () => {
    const investor = panel(all, 'investor');
    expect(investor.label).toBe('Relevanz für Investor:innen');
    expect(answerText(investor)).toContain('Investition von drei Milliarden Euro');
    expect(factTexts(investor)).toEqual(
      expect.arrayContaining(['drei Milliarden Euro', '7,5 Prozent']),
    );
    expect(investor.facts.every((f) => investor.answer.some((a) => a.index === f.index))).toBe(
      true,
    );
  });

  it('gives the politician the protest and the lawsuit', () => {
    expect(answerText(panel(all, 'politician'))).toContain('Klage beim Verwaltungsgericht');
  });

  // Known misses of the learned lens model (issue 14), kept as expectations: `it.fails` turns
  // into a failure the day the model gets them right, so the expectation is restored then.
  // The model was chosen by cross-validated figures on two annotators' gold, where it finds an
  // editor's sentence more often than the cue rule these fixtures were written for (0.572 vs
  // 0.509 hit, docs/evaluation.md "Issue 14"); on this short made-up article it misses these.
  it.fails('gives the politician the council vote too (known miss)', () => {
    expect(answerText(panel(all, 'politician'))).toContain('Stadtrat');
  });

  it('gives the innovation manager the robots, the AI software and the prototype', () => {
    const text = answerText(panel(all, 'innovation-manager'));
    expect(text).toContain('KI-Software');
    expect(text).toContain('Prototyp');
  });

  it('gives society the residents and the union, and the bigger picture the trend', () => {
    expect(answerText(panel(all, 'society'))).toContain('Gewerkschaft');
    expect(answerText(panel(all, 'bigger-picture'))).toContain('weltweiten Trend');
  });

  // A known miss of the gold-only model (a filler third sentence); the blended model of session 9
  // no longer shows it, so the expectation is restored.
  it('never answers with the weather sentence, which concerns no lens', () => {
    for (const x of all) expect(answerText(x)).not.toContain('Sonne');
  });

  it('labels the panels in the interface language it is asked for', () => {
    expect(panels(p, BUILTIN_LENSES, { uiLang: 'en' }).map((x) => x.label)[0]).toBe(
      'For investors',
    );
  });

  it('keeps to maxSentences', () => {
    for (const x of panels(p, BUILTIN_LENSES, { maxSentences: 1 }))
      expect(x.answer.length).toBeLessThanOrEqual(1);
  });
});

describe('answerPerspectives on an English article', () => {
  const p = article('port-en.txt', 'en');
  const all = panels(p);

  it('answers the investor with the investment, the jobs and the shares', () => {
    const investor = panel(all, 'investor');
    expect(investor.label).toBe('For investors');
    expect(answerText(investor)).toContain('$1.2bn');
    expect(factTexts(investor)).toEqual(
      expect.arrayContaining(['$1.2bn', '2,000 full-time jobs', '4 percent']),
    );
  });

  it('answers the politician with the council vote and the innovation manager with drones and sensors', () => {
    expect(answerText(panel(all, 'politician'))).toContain('council');
    expect(answerText(panel(all, 'innovation-manager'))).toContain('drones and sensor data');
    expect(answerText(panel(all, 'society'))).toContain('Residents');
    expect(answerText(panel(all, 'bigger-picture'))).toContain('global shift');
  });
});

describe('honest empty state', () => {
  for (const [name, lang] of [
    ['recipe-de.txt', 'de'],
    ['recipe-en.txt', 'en'],
  ] as const) {
    it(`says nothing for any lens on a recipe (${lang})`, () => {
      for (const x of panels(article(name, lang))) {
        expect(x.empty).toBe(true);
        expect(x.answer).toEqual([]);
        expect(x.facts).toEqual([]);
      }
    });
  }

  it('is empty for an article in a language the built-in lenses have no cues for', () => {
    const p = prepareText(
      {
        title: 'O porto',
        paragraphs: ['A câmara votou a favor de um novo porto. Os investidores estão contentes.'],
      },
      'pt',
    );
    for (const x of panels(p)) expect(x.empty).toBe(true);
  });
});

/**
 * One business story with a political angle per language (invented town, firm and people) and
 * one football transfer story, which talks money without saying anything to an investor.
 */
/** Sentences of the fixtures below that the learned model does not show (see "gives each other lens"). */
const KNOWN_MISSES: Partial<Record<string, string[]>> = { it: ['sindacato'] };

describe.each([
  {
    lang: 'fr',
    investment: "2,4 milliards d'euros",
    facts: ["2,4 milliards d'euros", '1 800 emplois directs', '6,5 %'],
    politician: ['conseil municipal', 'tribunal administratif'],
    innovation: 'intelligence artificielle',
    society: 'syndicat',
    economy: 'chômage',
    bigger: 'tendance mondiale',
    weather: "vent d'ouest",
  },
  {
    lang: 'es',
    investment: '1.200 millones de euros',
    facts: ['1.200 millones de euros', '4,2 %'],
    politician: ['ayuntamiento', 'tribunal'],
    innovation: 'inteligencia artificial',
    society: 'sindicato',
    economy: 'desempleo',
    bigger: 'tendencia global',
    weather: 'brisa',
  },
  {
    lang: 'it',
    investment: '2 miliardi di euro',
    facts: ['2 miliardi di euro', '1.200 posti', '5,3 per cento'],
    politician: ['consiglio comunale', 'tribunale amministrativo'],
    innovation: 'intelligenza artificiale',
    society: 'sindacato',
    economy: 'disoccupazione',
    bigger: 'tendenza globale',
    weather: 'brezza',
  },
  {
    lang: 'nl',
    investment: '5 miljard euro',
    facts: ['5 miljard euro', '800 nieuwe banen', '6,5 procent'],
    politician: ['gemeenteraad', 'bestuursrechter'],
    innovation: 'kunstmatige intelligentie',
    society: 'vakbond',
    economy: 'werkloosheid',
    bigger: 'wereldwijde trend',
    weather: 'westenwind',
  },
])('answerPerspectives on a $lang article', (c) => {
  const p = article(`factory-${c.lang}.txt`, c.lang);
  const all = panels(p);

  it('answers every lens with prose sentences of the article at their index', () => {
    for (const x of all) {
      expect(x.empty, x.id).toBe(false);
      expect(x.answer.length).toBeLessThanOrEqual(3);
      for (const a of x.answer) {
        expect(p.sentences[a.index].text).toBe(a.text);
        expect(p.prose[a.index]).toBe(true);
      }
    }
  });

  it('gives the investor the investment with its amount, the jobs and the share price', () => {
    const investor = panel(all, 'investor');
    expect(answerText(investor)).toContain(c.investment);
    expect(factTexts(investor)).toEqual(expect.arrayContaining(c.facts));
    for (const f of investor.facts)
      expect(investor.answer.find((a) => a.index === f.index)?.text).toContain(f.text);
  });

  // In French, Spanish, Italian and Dutch the learned model has no labelled article and reads
  // cue evidence alone; where it misses one of the sentences the fixture names, the expectation
  // stays listed as a known miss (`misses`) rather than being dropped.
  const misses = new Set(KNOWN_MISSES[c.lang] ?? []);
  it('gives each other lens the sentences about it', () => {
    const expected: [string, string][] = [
      ...c.politician.map((w): [string, string] => ['politician', w]),
      ['innovation-manager', c.innovation],
      ['society', c.society],
      ['economy', c.economy],
      ['bigger-picture', c.bigger],
    ];
    for (const [lens, words] of expected) {
      const found = answerText(panel(all, lens)).includes(words);
      expect(
        found,
        `${lens}: ${words}${misses.has(words) ? ' (listed as a known miss)' : ''}`,
      ).toBe(!misses.has(words));
    }
  });

  it('never answers with the weather sentence, which concerns no lens', () => {
    for (const x of all) expect(answerText(x)).not.toContain(c.weather);
  });

  it('says nothing to the investor about a football transfer, money and all', () => {
    const football = article(`football-${c.lang}.txt`, c.lang);
    expect(football.sentences.some((s) => /\d/.test(s.text))).toBe(true);
    const investor = panel(panels(football), 'investor');
    expect(investor.empty).toBe(true);
    expect(investor.facts).toEqual([]);
  });
});

describe('matching', () => {
  const one = (text: string, lens: Lens, lang = 'de') =>
    panels(prepareText({ title: '', paragraphs: [text] }, lang), [lens])[0];
  const politician = BUILTIN_LENSES.find((l) => l.id === 'politician')!;

  it('finds a cue inside German compounds', () => {
    expect(
      one('Die Polizeibehörden der Region schweigen zu dem Vorfall bisher.', politician).empty,
    ).toBe(false);
    expect(
      one('Die Stadtpolizei ermittelt jetzt gegen den Betreiber des Lokals.', politician).empty,
    ).toBe(false);
  });

  it('does not find a short cue at the end of an unrelated word', () => {
    // `Wahl` (election) is no part of `Auswahl` (a selection).
    expect(one('Das Café hat eine große Auswahl an Kuchen und Torten.', politician).empty).toBe(
      true,
    );
  });

  it('does not let a stem that equals a function word count as evidence', () => {
    // Snowball stems `Sicherheit` to `sich`; the reflexive pronoun must not match it.
    expect(lensTerms('Sicherheit', 'de')).not.toEqual(lensTerms('sich', 'de'));
  });

  it('matches multi-word cues as phrases', () => {
    const innovation = BUILTIN_LENSES.find((l) => l.id === 'innovation-manager')!;
    expect(
      one('The bank now relies on artificial intelligence to spot fraud.', innovation, 'en').empty,
    ).toBe(false);
  });

  it('lets counter-evidence cancel an ambiguous cue', () => {
    expect(
      one('Everyone came to the birthday party on Saturday evening.', politician, 'en').empty,
    ).toBe(true);
  });
});

describe('custom lenses', () => {
  const climate = lensFromCustom({
    id: 'klima',
    name: 'Klima',
    cues: ['Wald', 'Emissionen', 'forest'],
  });

  it('become lenses with a custom id and the user’s name as label', () => {
    expect(climate.id).toBe('custom:klima');
    expect(climate.labels).toEqual({ de: 'Klima', en: 'Klima' });
  });

  it('answer through the same code as built-in lenses, in either article language', () => {
    const de = panels(article('factory-de.txt', 'de'), [climate])[0];
    expect(de.empty).toBe(false);
    expect(answerText(de)).toContain('40 Hektar Wald');
    expect(factTexts(de)).toContain('40 Hektar');
    const en = panels(article('port-en.txt', 'en'), [climate])[0];
    expect(en.empty).toBe(true);
  });
});

describe('summary sentences', () => {
  // The cue rule's handicap for summary sentences; learned panels do without it (editors quote the
  // lead to these readers too, docs/evaluation.md "Issue 14"), so it is tested on a custom lens.
  it('give way to another sentence of similar relevance in a custom lens', () => {
    const investor = lensFromCustom({ id: 'fonds', name: 'Fonds', cues: ['shares', 'investors'] });
    const p = prepareText(
      {
        title: '',
        paragraphs: [
          'The fund bought shares in the bank for its investors.',
          'The fund also bought shares in the insurer for its investors.',
        ],
      },
      'en',
    );
    const importance = [1, 1];
    const [withFirstInSummary] = answerPerspectives(p, importance, [0], [investor], {
      maxSentences: 1,
    });
    const [withSecondInSummary] = answerPerspectives(p, importance, [1], [investor], {
      maxSentences: 1,
    });
    expect(withFirstInSummary.answer.map((a) => a.index)).toEqual([1]);
    expect(withSecondInSummary.answer.map((a) => a.index)).toEqual([0]);
  });
});
