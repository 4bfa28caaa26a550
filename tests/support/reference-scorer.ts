/**
 * The perspectives gold's reference scorer (`../shared/tools/persp_score.py`), for the tests that
 * check the eval's TypeScript ports against it. Absent python3 or the scorer (a fresh machine
 * with only Node, or no ../shared), `REFERENCE_SCORER` is null and those tests are skipped; the
 * stored reference outputs in the fixtures still check the ports.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const SCORER = path.resolve('../shared/tools/persp_score.py');

function available(): string | null {
  if (!existsSync(SCORER)) return null;
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' });
    return SCORER;
  } catch {
    return null;
  }
}

/** The scorer's path when it can be run, else null. */
export const REFERENCE_SCORER = available();

/** `persp_score.py labels packets output --json`, parsed (its NaN figures as null). */
export function runReferenceScorer(goldDir: string, output: string): Record<string, unknown> {
  const out = execFileSync(
    'python3',
    [SCORER, path.join(goldDir, 'labels'), path.join(goldDir, 'packets'), output, '--json'],
    { encoding: 'utf8' },
  );
  return JSON.parse(out.replace(/\bNaN\b/g, 'null')) as Record<string, unknown>;
}

/** Runs a Python snippet with the scorer importable as `persp_score`, `input` on its stdin. */
export function runWithScorer(script: string[], input: string): string {
  const prelude = [
    'import json, sys',
    `sys.path.insert(0, ${JSON.stringify(path.dirname(SCORER))})`,
    'import persp_score as p',
  ];
  return execFileSync('python3', ['-c', [...prelude, ...script].join('\n')], {
    input,
    encoding: 'utf8',
  });
}
