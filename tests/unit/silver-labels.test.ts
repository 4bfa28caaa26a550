import { describe, expect, it } from 'vitest';
import {
  sentenceKey,
  silverGoldArticle,
  silverLabelFile,
} from '../../scripts/lens-model/silver-labels';
import { answerable, meanGrade } from '../../scripts/eval/gold/panels-score';
import { GOLD_LENSES } from '../../scripts/eval/gold/load';

const packet = [
  'The council approved the budget on Monday.',
  'Taxes will rise by 2 percent.',
  '"We had no choice," the mayor said.',
  'The vote was 12 to 3.',
];

const lenses = (over: Record<string, { core: number[]; relevant: number[] }>) =>
  Object.fromEntries(GOLD_LENSES.map((l) => [l, over[l] ?? { core: [], relevant: [] }]));

const raw = {
  id: 'x-1',
  lenses: lenses({
    politician: { core: [0], relevant: [3] },
    economy: { core: [1], relevant: [] },
  }),
  people: ['Jane Roe'],
  people_all: ['Jane Roe'],
  organizations: ['City Council'],
  organizations_all: ['City Council'],
};

describe('silver labels', () => {
  it('stores a labelled sentence by number and by a key of its normalised text', () => {
    const file = silverLabelFile(raw, packet, 'S1');
    expect(file.lenses.politician.core).toEqual([`0:${sentenceKey(packet[0])}`]);
    expect(file.lenses.politician.relevant).toEqual([`3:${sentenceKey(packet[3])}`]);
    expect(sentenceKey('The vote  was 12 to 3!')).toBe(sentenceKey(packet[3]));
    expect(sentenceKey(packet[2])).not.toBe(sentenceKey(packet[3]));
  });

  it.each([
    ['a number past the packet', { politician: { core: [4], relevant: [] } }],
    ['a negative number', { economy: { core: [], relevant: [-1] } }],
    ['a string', { economy: { core: ['1'], relevant: [] } }],
  ])('refuses %s', (_, over) => {
    expect(() => silverLabelFile({ ...raw, lenses: lenses(over as never) }, packet, 'S1')).toThrow(
      /no sentence/,
    );
  });

  it('refuses a file without all six lenses', () => {
    const { investor: _, ...five } = raw.lenses;
    expect(() => silverLabelFile({ ...raw, lenses: five }, packet, 'S1')).toThrow(/investor/);
  });

  it('moves labels onto a new segmentation by text, and drops a sentence that is gone', () => {
    const file = silverLabelFile(raw, packet, 'S1');
    // Today's pipeline splits a new first sentence off and no longer produces sentence 1.
    const today = ['Breaking.', packet[0], 'Taxes will rise by two percent.', packet[2], packet[3]];
    const a = silverGoldArticle(file, { id: 'x-1' }, today, 'en');
    expect(a.labels[0].lenses.politician).toEqual({ core: [1], relevant: [4] });
    expect(a.labels[0].lenses.economy).toEqual({ core: [], relevant: [] });
    // One annotator counts as both: grades are its own, a lens is never split.
    expect(meanGrade(a, 'politician', 1)).toBe(2);
    expect(meanGrade(a, 'politician', 4)).toBe(1);
    expect(answerable(a, 'politician')).toBe('yes');
    expect(answerable(a, 'investor')).toBe('no');
  });
});
