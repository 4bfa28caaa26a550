import { describe, expect, it } from 'vitest';
import { groupMentions, rankEntities, type Mention } from '../../lib/entities/aggregate';
import { MAX_SHOWN_ENTITIES, salienceOf, shownEntities } from '../../lib/entities/salience';
import type { Entity } from '../../lib/types';

const mention = (name: string, sentence: number, position = 5): Mention => ({
  name,
  words: name.split(' '),
  sentence,
  position,
});

describe('entity salience', () => {
  const base = {
    mentions: 2,
    sentences: [10, 12],
    subjectMentions: 0,
    inTitle: false,
    firstIndex: 10,
  };
  const ctx = { sentenceCount: 20, summary: new Set<number>() };

  it('counts title, lead, summary and subject position on top of mentions', () => {
    const plain = salienceOf(base, ctx);
    expect(salienceOf({ ...base, inTitle: true }, ctx)).toBeGreaterThan(plain);
    expect(salienceOf({ ...base, firstIndex: 0, sentences: [0, 12] }, ctx)).toBeGreaterThan(plain);
    expect(salienceOf(base, { ...ctx, summary: new Set([12]) })).toBeGreaterThan(plain);
    expect(salienceOf({ ...base, subjectMentions: 1 }, ctx)).toBeGreaterThan(plain);
    expect(salienceOf({ ...base, mentions: 3 }, ctx)).toBeGreaterThan(plain);
  });

  it('ranks a name in the summary above one with as many mentions elsewhere', () => {
    const groups = groupMentions(
      [
        mention('Ada Quist', 8),
        mention('Ada Quist', 9),
        mention('Ben Torr', 8),
        mention('Ben Torr', 15),
      ],
      'PER',
    );
    const ranked = rankEntities(groups, 'Nothing here', 20, new Set([15]));
    expect(ranked.map((e) => e.name)).toEqual(['Ben Torr', 'Ada Quist']);
    expect(ranked[0].salience).toBeGreaterThan(ranked[1].salience!);
  });

  it('shows at most eight, the most salient, in order', () => {
    const all: Entity[] = Array.from({ length: 12 }, (_, i) => ({
      name: `N${i}`,
      mentions: 12 - i,
      salience: 12 - i,
    }));
    const shown = shownEntities(all);
    expect(shown).toHaveLength(MAX_SHOWN_ENTITIES);
    expect(shown).toEqual(all.slice(0, MAX_SHOWN_ENTITIES));
    expect(shownEntities(all.slice(0, 3))).toEqual(all.slice(0, 3));
  });
});
