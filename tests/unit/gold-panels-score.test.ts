import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGold } from '../../scripts/eval/gold/load';
import { scorePanels, SYSTEMS, type PanelOutput } from '../../scripts/eval/gold/panels-score';
import { REFERENCE_SCORER, runReferenceScorer } from '../support/reference-scorer';

const here = path.dirname(new URL(import.meta.url).pathname);
const fixture = path.join(here, '..', 'fixtures', 'perspectives-gold');

/** loadGold takes the data root and reads `perspectives-gold/` under it. */
const gold = loadGold(path.dirname(fixture));
const outputs = readFileSync(path.join(fixture, 'output.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as PanelOutput);

type Reference = Record<string, Record<string, [number, number]>>;

/** The scorer prints Python's round(x, 3) (half to even on the float), so the figures agree to ±0.0005. */
function expectSame(
  label: string,
  mine: { value: number; n: number },
  [value, n]: [number, number],
) {
  expect([label, mine.n]).toEqual([label, n]);
  expect(Math.abs(mine.value - value), `${label}: ${mine.value} vs ${value}`).toBeLessThanOrEqual(
    0.0005 + 1e-12,
  );
}

function expectAgreement(ref: Reference) {
  const ours = scorePanels(gold, outputs);
  for (const system of SYSTEMS) {
    const theirs = ref[system];
    const mine = ours.systems[system];
    expect(Object.keys(mine).sort()).toEqual(
      Object.keys(theirs)
        .filter((k) => k !== 'identical_panel_pairs' && k !== 'repeats_summary')
        .sort(),
    );
    for (const [metric, [value, n]] of Object.entries(theirs)) {
      if (metric === 'identical_panel_pairs' || metric === 'repeats_summary') continue;
      expectSame(`${system} ${metric}`, mine[metric as keyof typeof mine]!, [value, n]);
    }
  }
  const pairs = ref.kontext.identical_panel_pairs;
  const repeats = ref.kontext.repeats_summary;
  expect([Number(ours.identicalPanelPairs.value.toFixed(3)), ours.identicalPanelPairs.n]).toEqual(
    pairs,
  );
  expect([Number(ours.repeatsSummary.value.toFixed(3)), ours.repeatsSummary.n]).toEqual(repeats);
}

describe('the eval’s panel scorer agrees with the reference scorer (persp_score.py)', () => {
  it('loads both made-up articles with two annotators each', () => {
    expect(
      gold.map((a) => [a.id, a.lang, a.sentences.length, a.labels.map((l) => l.annotator)]),
    ).toEqual([
      ['toy-de', 'de', 6, ['D0', 'D1']],
      ['toy-en', 'en', 5, ['D0', 'D1']],
    ]);
  });

  it('gives the figures the reference scorer printed for the fixture', () => {
    expectAgreement(
      JSON.parse(readFileSync(path.join(fixture, 'reference-scores.json'), 'utf8')) as Reference,
    );
  });

  it.skipIf(!REFERENCE_SCORER)('gives the figures the reference scorer prints now', () => {
    expectAgreement(runReferenceScorer(fixture, path.join(fixture, 'output.jsonl')) as Reference);
  });
});
