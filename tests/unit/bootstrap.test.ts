import { describe, expect, it } from 'vitest';
import { pairedBootstrap } from '../../scripts/eval/bootstrap';
import { mulberry32 } from '../../lib/random';

describe('the paired bootstrap', () => {
  it('brackets the mean, and is reproducible from its seed', () => {
    const random = mulberry32(3);
    const diffs = Array.from({ length: 200 }, () => random() - 0.4);
    const a = pairedBootstrap(diffs);
    expect(a.low).toBeLessThan(a.mean);
    expect(a.high).toBeGreaterThan(a.mean);
    expect(pairedBootstrap(diffs)).toEqual(a);
  });

  it('gives an interval of about ±1.96 standard errors', () => {
    const random = mulberry32(5);
    const diffs = Array.from({ length: 400 }, () => random());
    const { low, high } = pairedBootstrap(diffs);
    // Uniform on [0, 1): sd = 1/√12, standard error = sd/√400, half-width ≈ 1.96 · 0.0144.
    const halfWidth = 1.96 / Math.sqrt(12) / 20;
    expect((high - low) / 2).toBeGreaterThan(halfWidth * 0.8);
    expect((high - low) / 2).toBeLessThan(halfWidth * 1.2);
  });

  it('collapses to the value when every document differs alike', () => {
    expect(pairedBootstrap([0.5, 0.5, 0.5])).toEqual({ mean: 0.5, low: 0.5, high: 0.5 });
  });
});
