import { describe, expect, it } from 'vitest';
import { predict } from '../../lib/perspectives/model/logistic';
import { blendWeights, trainLensModel } from '../../lib/perspectives/model/train';
import { articleContext } from '../../lib/perspectives/model/features';
import { prepareText } from '../../lib/text/prepare';
import { BUILTIN_LENSES } from '../../lib/perspectives';
import type { BuiltinPerspectiveId } from '../../lib/types';

describe('blending a gold-trained sentence scorer with a prior one (session 9)', () => {
  it('mixes every weight of either scorer by the share, missing weights counting as 0', () => {
    const blended = blendWeights(
      { '*:bias': -2, 'investor:cue': 1 },
      { weights: { '*:bias': 0, 'investor:w:aktie': 0.8 }, share: 0.25 },
    );
    expect(blended).toEqual({ '*:bias': -1.5, 'investor:cue': 0.75, 'investor:w:aktie': 0.2 });
  });

  it('is the trained scorer itself without a prior or with share 0', () => {
    const trained = { '*:bias': -2 };
    expect(blendWeights(trained)).toBe(trained);
    expect(blendWeights(trained, { weights: { '*:bias': 5 }, share: 0 })).toBe(trained);
  });

  it('gives a logit that is the same mix of the two scorers’ logits', () => {
    const a = { '*:bias': -1, x: 2 };
    const b = { '*:bias': 1, y: -3 };
    const f = new Map([
      ['*:bias', 1],
      ['x', 0.5],
      ['y', 1],
    ]);
    const logit = (w: Record<string, number>) => Math.log(predict(w, f) / (1 - predict(w, f)));
    const mixed = blendWeights(a, { weights: b, share: 0.4 });
    expect(logit(mixed)).toBeCloseTo(0.6 * logit(a) + 0.4 * logit(b), 6);
  });

  it('keeps the prior’s word weights and learns none of its own unless asked', () => {
    const p = prepareText(
      {
        title: 'Bank an der Börse',
        paragraphs: [
          'Die Aktie der Bank steigt an der Börse.',
          'Anleger kaufen Aktien.',
          'Das Wetter ist schön.',
        ],
      },
      'de',
    );
    const ctx = articleContext(p, [1, 0.5, 0.2], [0], null, new Set(['aktie', 'wette']));
    const grades = Object.fromEntries(
      BUILTIN_LENSES.map((l) => [l.id, l.id === 'investor' ? [2, 2, 0] : [0, 0, 0]]),
    ) as Record<BuiltinPerspectiveId, number[]>;
    const answerable = Object.fromEntries(
      BUILTIN_LENSES.map((l) => [l.id, l.id === 'investor' ? 'yes' : 'no']),
    ) as Record<BuiltinPerspectiveId, 'yes' | 'no'>;
    const articles = [{ id: 'a', ctx, grades, answerable }];
    const prior = { weights: { 'investor:w:aktie': 1 }, share: 0.5 };
    const words = (w: Record<string, number>) => Object.keys(w).filter((k) => k.includes(':w:'));
    expect(words(trainLensModel(articles, null, prior).sentence)).toEqual(['investor:w:aktie']);
    expect(trainLensModel(articles, null, prior).sentence['investor:w:aktie']).toBe(0.5);
    expect(
      words(trainLensModel(articles, null, { ...prior, ownWords: true }).sentence).length,
    ).toBeGreaterThan(1);
  });
});
