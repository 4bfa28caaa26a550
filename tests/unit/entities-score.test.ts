/**
 * The TS port of the reference scorer's people / organizations figures
 * (scripts/eval/gold/entities-score.ts) agrees with `persp_score.py` on a small invented fixture
 * (tests/fixtures/entities-score: invented names, no shared text). reference.json holds the
 * scorer's own output for it; when python3 and the scorer are at hand, the scorer is also run live.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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

const FIXTURE = path.resolve('tests/fixtures/entities-score');
const SCORER = path.resolve('../shared/tools/persp_score.py');

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

function python(): string | null {
  if (!existsSync(SCORER)) return null;
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' });
    return 'python3';
  } catch {
    return null;
  }
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

  const py = python();
  it.skipIf(!py)('agrees with persp_score.py run live: figures and name_match', () => {
    const out = execFileSync(
      py!,
      [
        SCORER,
        path.join(FIXTURE, 'perspectives-gold/labels'),
        path.join(FIXTURE, 'perspectives-gold/packets'),
        path.join(FIXTURE, 'output.jsonl'),
        '--json',
      ],
      { encoding: 'utf8' },
    );
    // The scorer prints NaN for the panel figures an entities-only fixture leaves empty.
    const parsed = JSON.parse(out.replace(/\bNaN\b/g, 'null')) as { entities: unknown };
    expect(tsFigures()).toEqual(parsed.entities);
    const script = [
      'import json, sys',
      `sys.path.insert(0, ${JSON.stringify(path.dirname(SCORER))})`,
      'import persp_score as p',
      'pairs = json.loads(sys.stdin.read())',
      'print(json.dumps([p.name_match(a, b) for a, b in pairs]))',
    ].join('\n');
    const verdicts = JSON.parse(
      execFileSync(py!, ['-c', script], { input: JSON.stringify(PAIRS), encoding: 'utf8' }),
    ) as boolean[];
    expect(PAIRS.map(([a, b]) => nameMatch(a, b))).toEqual(verdicts);
  });
});
