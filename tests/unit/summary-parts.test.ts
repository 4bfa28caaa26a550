import { describe, expect, it } from 'vitest';
import { equalLengthRouge } from '../../scripts/eval/summary-parts';

describe('ROUGE at an equal token budget', () => {
  const reference = ['The council approved the budget on Monday.'];

  it('cuts the longer summary to the shorter one’s tokens', () => {
    const short = ['The council approved the budget.'];
    const long = ['The council approved the budget.', 'Critics said the vote came too late.'];
    const [oursR1, , baseR1, , oursTokens, baseTokens] = equalLengthRouge(short, long, reference);
    expect([oursTokens, baseTokens]).toEqual([5, 12]);
    // Cut to five tokens, the longer summary is the shorter one: the same score.
    expect(baseR1).toBeCloseTo(oursR1, 10);
  });

  it('leaves summaries of the same length as they are', () => {
    const a = ['The council approved the budget.'];
    const b = ['Critics said the vote came late.'];
    const [aR1, aR2, bR1, bR2] = equalLengthRouge(a, b, reference);
    expect(aR1).toBeGreaterThan(bR1);
    expect(aR2).toBeGreaterThan(bR2);
    expect(bR2).toBe(0);
  });

  it('scores an empty summary as 0', () => {
    expect(equalLengthRouge([], ['The council met.'], reference).slice(0, 4)).toEqual([0, 0, 0, 0]);
  });
});
