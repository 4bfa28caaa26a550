import { describe, expect, it } from 'vitest';
import { foldOf, inPart, partOf } from '../../scripts/eval/split';

const ids = Array.from({ length: 3000 }, (_, i) => `doc-${i}`);

describe('the tuning/check split', () => {
  it('puts about one document in three into the check part', () => {
    const share = ids.filter((id) => partOf(id) === 'check').length / ids.length;
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.37);
  });

  it('is stable: a document keeps its part whatever else is in the set', () => {
    const alone = partOf('cnndm-dm-test-2d2a');
    const shuffled = [...ids, 'cnndm-dm-test-2d2a'].reverse();
    expect(inPart(shuffled, (x) => x, alone)).toContain('cnndm-dm-test-2d2a');
  });

  it('spreads folds evenly and independently of the parts', () => {
    const k = 5;
    for (const part of ['tuning', 'check'] as const) {
      const counts = new Array(k).fill(0);
      for (const id of inPart(ids, (x) => x, part)) counts[foldOf(id, k)]++;
      const mean = counts.reduce((a, b) => a + b) / k;
      for (const c of counts) expect(Math.abs(c - mean) / mean).toBeLessThan(0.15);
    }
  });
});
