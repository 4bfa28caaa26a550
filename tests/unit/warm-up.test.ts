/**
 * The worker's warm-up (utils/warm-up.ts, lib/warm-up.ts, lib/entities/warm-up.ts): steps run in
 * order, one per task, so other work can run between them; a failing step does not stop the
 * rest; the steps run without error and leave the tagger answering exactly as without them.
 */
import { describe, expect, it } from 'vitest';
import { runStepsInBackground } from '../../utils/warm-up';
import { ENTITY_WARM_UP_STEPS } from '../../lib/entities/warm-up';
import { WARM_UP_STEPS } from '../../lib/warm-up';
import { tagTokens } from '../../lib/entities';

describe('runStepsInBackground', () => {
  it('runs the steps in order, each in its own task', async () => {
    const log: string[] = [];
    const done = runStepsInBackground([() => log.push('a'), () => log.push('b'), () => log.push('c')]);
    // Nothing runs synchronously: the caller (the worker's start) returns at once.
    expect(log).toEqual([]);
    // A task queued now runs before the second step: steps do not run back to back.
    setTimeout(() => log.push('other'), 0);
    await done;
    expect(log[0]).toBe('a');
    expect(log.indexOf('other')).toBeLessThan(log.indexOf('c'));
    expect(log.filter((x) => x !== 'other')).toEqual(['a', 'b', 'c']);
  });

  it('reports a failing step and goes on with the next', async () => {
    const errors: unknown[] = [];
    const log: string[] = [];
    await runStepsInBackground(
      [
        () => {
          throw new Error('broken step');
        },
        () => log.push('after'),
      ],
      (err) => errors.push(err),
    );
    expect(errors.map((e) => (e as Error).message)).toEqual(['broken step']);
    expect(log).toEqual(['after']);
  });
});

describe('entity warm-up steps', () => {
  it('run without error and leave the tagger answering the same', () => {
    const tokens = 'Bundeskanzlerin Angela Merkel traf in Berlin den Siemens-Chef Joe Kaeser .'.split(' ');
    const before = tagTokens(tokens, 'de');
    for (const step of ENTITY_WARM_UP_STEPS) step();
    expect(tagTokens(tokens, 'de')).toEqual(before);
    expect(before).toContain('B-PER');
  });

  it('includes the entity steps and runs the sample analyses without error', () => {
    expect(WARM_UP_STEPS.slice(0, ENTITY_WARM_UP_STEPS.length)).toEqual(ENTITY_WARM_UP_STEPS);
    for (const step of WARM_UP_STEPS) expect(() => step()).not.toThrow();
  });
});
