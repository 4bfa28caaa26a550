import { describe, expect, it } from 'vitest';
import { lcsLength, rouge, rougeL, rougeLsum, rougeN, rougeTokens } from '../../lib/eval/rouge';

describe('rougeTokens', () => {
  it('lower-cases runs of letters and digits, no stemming', () => {
    expect(rougeTokens("Profits rose 2% to $11.1bn, the firm's best.")).toEqual(['profits', 'rose', '2', 'to', '11', '1bn', 'the', 'firm', 's', 'best']);
    expect(rougeTokens('Größere Städte')).toEqual(['größere', 'städte']);
  });
});

describe('ROUGE-N', () => {
  it('clips repeated n-grams and computes F1', () => {
    const r = rougeN(['the', 'the', 'the'], ['the', 'cat'], 1);
    expect(r.precision).toBeCloseTo(1 / 3);
    expect(r.recall).toBeCloseTo(1 / 2);
    expect(r.f1).toBeCloseTo(0.4);
  });
  it('is 1 for identical texts and 0 for disjoint ones', () => {
    const a = rougeTokens('the cat sat on the mat');
    expect(rougeN(a, a, 2).f1).toBe(1);
    expect(rougeN(a, rougeTokens('dogs bark loudly'), 1).f1).toBe(0);
    expect(rougeN([], a, 1).f1).toBe(0);
  });
});

describe('ROUGE-L', () => {
  it('uses the longest common subsequence over the whole text', () => {
    expect(lcsLength(['a', 'b', 'c', 'd'], ['a', 'c', 'd', 'b'])).toBe(3);
    // Lin (2004) §3.1 example: "police killed the gunman" vs "police kill the gunman": LCS 3.
    const r = rougeL(rougeTokens('police kill the gunman'), rougeTokens('police killed the gunman'));
    expect(r.f1).toBeCloseTo(0.75);
  });
});

describe('ROUGE-Lsum', () => {
  it('takes the union LCS per reference sentence (Lin 2004, §3.2 example)', () => {
    // Reference r = w1 w2 w3 w4 w5; candidates c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5:
    // union LCS = w1 w2 w3 w5, so recall 4/5.
    const ref = [['w1', 'w2', 'w3', 'w4', 'w5']];
    const cand = [['w1', 'w2', 'w6', 'w7', 'w8'], ['w1', 'w3', 'w8', 'w9', 'w5']];
    const r = rougeLsum(cand, ref);
    expect(r.recall).toBeCloseTo(4 / 5);
    expect(r.precision).toBeCloseTo(4 / 10);
  });
  it('equals ROUGE-L for one sentence on each side', () => {
    const r = rouge(['the cat sat on the mat'], ['a cat was sitting on the mat']);
    expect(r.rougeLsum.f1).toBeCloseTo(r.rougeL.f1);
  });
});
