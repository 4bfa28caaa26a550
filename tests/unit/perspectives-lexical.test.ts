import { describe, expect, it } from 'vitest';
import { BUILTIN_LENSES } from '../../lib/perspectives';
import { answerPerspectives } from '../../lib/perspectives/answer';
import { articleContext, sentenceFeatures } from '../../lib/perspectives/model/features';
import type { LensModel } from '../../lib/perspectives/model/lens-model';
import {
  lexicalVocabulary,
  vocabularyOf,
  wordPrefixes,
} from '../../lib/perspectives/model/lexical';
import { prepareText } from '../../lib/text/prepare';

const investor = BUILTIN_LENSES.find((l) => l.id === 'investor')!;

describe('word prefixes (the lens model’s lexical features)', () => {
  it('takes five lower-case letters of every word of three letters or more, once, in order', () => {
    expect(wordPrefixes('Aktienkurs und Aktienmarkt: die AG steigt, Aktien!')).toEqual([
      'aktie',
      'und',
      'die',
      'steig',
    ]);
  });

  it('counts articles, not occurrences, for the vocabulary floor', () => {
    const articles = [['Bank bank bank.', 'Bank.'], ['Die Bank.'], ['Zinsen steigen.']];
    expect([...lexicalVocabulary(articles, 2)]).toEqual(['bank']);
    expect(lexicalVocabulary(articles, 3).size).toBe(0);
  });

  it('reads a model’s vocabulary from its weight names, none without word weights', () => {
    const model: LensModel = {
      sentence: {
        '*:bias': -1,
        'investor:w:aktie': 0.4,
        'economy:w:zinse': 0.2,
        'investor:cue': 1,
      },
      gate: {},
      sections: null,
    };
    expect([...vocabularyOf(model)!].sort()).toEqual(['aktie', 'zinse']);
    expect(vocabularyOf({ sentence: { '*:bias': 0 }, gate: {}, sections: null })).toBeNull();
  });
});

describe('lexical features in the sentence scorer', () => {
  const p = prepareText(
    {
      title: 'Konzern legt Zahlen vor',
      paragraphs: [
        'Die Aktie des Konzerns stieg am Montag um zehn Prozent.',
        'Der Vorstand sprach von einem guten Jahr.',
      ],
    },
    'de',
  );

  it('gives each lens its own weight for a vocabulary word, and no shared one', () => {
    const ctx = articleContext(p, [1, 0.5], [0], null, new Set(['aktie', 'vorst']));
    const f = sentenceFeatures(ctx, 0, investor);
    expect(f.get('investor:w:aktie')).toBe(1);
    expect(f.has('*:w:aktie')).toBe(false);
    expect(f.has('investor:w:vorst')).toBe(false);
    expect(sentenceFeatures(ctx, 1, investor).get('investor:w:vorst')).toBe(1);
  });

  it('has no word features without a vocabulary', () => {
    const ctx = articleContext(p, [1, 0.5], [0], null, null);
    expect([...sentenceFeatures(ctx, 0, investor).keys()].some((k) => k.includes(':w:'))).toBe(
      false,
    );
  });

  it('lets a word weight move a sentence to the top of its lens', () => {
    const base: LensModel['sentence'] = { '*:bias': -1, '*:first': 0.5 };
    const gate = { '*:bias': 5 };
    const top = (sentence: LensModel['sentence']) =>
      answerPerspectives(p, [1, 0.5], [0], [investor], {
        model: { sentence, gate, sections: null },
        rule: { cueFreeGate: 0 },
        maxSentences: 1,
      })[0].answer[0]?.index;
    expect(top(base)).toBe(0);
    expect(top({ ...base, 'investor:w:vorst': 3 })).toBe(1);
  });
});
