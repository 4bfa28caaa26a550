/**
 * The TS port of the reference scorer's people / organizations figures
 * (scripts/eval/gold/entities-score.ts) agrees with `persp_score.py` on a small invented fixture
 * (tests/fixtures/entities-score: invented names, no shared text). reference.json holds the
 * scorer's own output for it; when python3 and the scorer are at hand, the scorer is also run live.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  nameKey,
  nameMatch,
  round3,
  scoreEntities,
  shownNames,
  type EntityFigures,
} from '../../scripts/eval/gold/entities-score';
import { loadGold } from '../../scripts/eval/gold/load';
import { REFERENCE_SCORER, runReferenceScorer, runWithScorer } from '../support/reference-scorer';

const FIXTURE = path.resolve('tests/fixtures/entities-score');

function tsFigures(): Record<string, [number, number]> {
  const gold = new Map(loadGold(FIXTURE).map((a) => [a.id, a]));
  const rows = readFileSync(path.join(FIXTURE, 'output.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const articles = rows.flatMap((r) => {
    const a = gold.get(String(r.id));
    const shown = shownNames(r);
    return a && shown ? [{ shown, labels: a.labels }] : [];
  });
  const fig: EntityFigures = scoreEntities(articles);
  return Object.fromEntries(Object.entries(fig).map(([k, [m, n]]) => [k, [round3(m), n]]));
}

const PAIRS: [string, string][] = [
  ['Bezos', 'Jeff Bezos'],
  ['Jeff Bezos’s', 'Jeff Bezos'],
  ["Amazon's", 'Amazon'],
  ['AWS', 'Amazon Web Services (AWS)'],
  ['NSA', 'National Security Agency'],
  ['Amazon Web Services', 'AWS'],
  ['Mr Howard', 'Michael Howard'],
  ['Jeff', 'Jeff Bezos'],
  ['Jeff Smith', 'Jeff Bezos'],
  ['Bezos Jeff', 'Jeff Bezos'],
  ['Frau Dr Merkel', 'Angela Merkel'],
  ['Deutsche Bahn (DB)', 'DB'],
  ['Bundesinnenministeriums', 'Bundesinnenministerium'],
  ['Ring', 'Ring Inc.'],
  ['', 'Ring'],
  ['Mr', 'Mr'],
  ['Ärzte ohne Grenzen', 'ÄRZTE OHNE GRENZEN'],
];

describe('entities scorer port', () => {
  it('keys names as the scorer does', () => {
    expect(nameKey("Jeff Bezos's")).toEqual(['jeff', 'bezos']);
    expect(nameKey('Mr Howard')).toEqual(['howard']);
    expect(nameKey('Deutsche Bahn (DB)')).toEqual(['deutsche', 'bahn']);
  });

  it('gives the reference figures on the fixture (reference.json, from persp_score.py)', () => {
    const ref = JSON.parse(readFileSync(path.join(FIXTURE, 'reference.json'), 'utf8')) as {
      entities: Record<string, [number, number]>;
    };
    expect(tsFigures()).toEqual(ref.entities);
  });

  it.skipIf(!REFERENCE_SCORER)(
    'agrees with persp_score.py run live: figures and name_match',
    () => {
      const parsed = runReferenceScorer(
        path.join(FIXTURE, 'perspectives-gold'),
        path.join(FIXTURE, 'output.jsonl'),
      );
      expect(tsFigures()).toEqual(parsed.entities);
      const verdicts = JSON.parse(
        runWithScorer(
          [
            'pairs = json.loads(sys.stdin.read())',
            'print(json.dumps([p.name_match(a, b) for a, b in pairs]))',
          ],
          JSON.stringify(PAIRS),
        ),
      ) as boolean[];
      expect(PAIRS.map(([a, b]) => nameMatch(a, b))).toEqual(verdicts);
    },
  );
});
