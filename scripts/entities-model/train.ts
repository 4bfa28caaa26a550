/**
 * Trains, on the silver articles' candidates (candidates.ts) only, never the gold:
 * - the organisation filter (lib/entities/org-ranker.ts), a logistic model per language over the
 *   candidates findEntities keeps, printed with the panel figures the scorer computes (precision
 *   of the first 8 shown, recall of the annotator's top 5) for the hand-set rules and for the
 *   filter at several thresholds, on the silver articles by 5-fold cross-validation (folds by
 *   `foldOf(id)`) and on the gold's tuning part (the check part only with --check);
 * - the organisation proposer (lib/entities/org-proposer.ts), over untagged capitalised runs,
 *   printed with its cross-validated precision and recall per threshold.
 * `--write /tmp/org-models.json` writes both models' weights (and the proposer's alone to
 * `/tmp/org-models.proposer.json`, for candidates.ts --proposer). No model ships today
 * (docs/evaluation.md, Issue 16, session 8), so nothing is written into lib/.
 *
 *   npx tsx scripts/entities-model/candidates.ts --threshold 2 --out /tmp/org-candidates.jsonl
 *   npx tsx scripts/entities-model/train.ts --in /tmp/org-candidates.jsonl [--check] [--write FILE]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PROPOSAL_FEATURES } from '../../lib/entities/org-proposer';
import { ORG_FEATURES, orgProbability, type OrgModel } from '../../lib/entities/org-ranker';
import { nameMatch } from '../eval/gold/entities-score';
import { foldOf } from '../eval/split';
import type { CandidateArticle, CandidateRow } from './candidates';

const SHOWN = 8;

/**
 * L2-regularised logistic regression by Newton's method (iteratively reweighted least squares):
 * a few dozen features, a few thousand to tens of thousands of rows, converged in a few steps.
 * `l2` is per row (the penalty is l2 · n · |w|², the bias not penalised).
 */
export function fitLogistic(
  xs: readonly number[][],
  ys: readonly number[],
  l2 = 1e-3,
  steps = 12,
): OrgModel {
  const d = (xs[0]?.length ?? 0) + 1;
  const n = xs.length;
  const beta = new Array<number>(d).fill(0);
  const row = (i: number) => [1, ...xs[i]];
  for (let step = 0; step < steps; step++) {
    const g = new Array<number>(d).fill(0);
    const h = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (let i = 0; i < n; i++) {
      const x = row(i);
      let z = 0;
      for (let j = 0; j < d; j++) z += beta[j] * x[j];
      const p = 1 / (1 + Math.exp(-z));
      const w = Math.max(p * (1 - p), 1e-6);
      for (let j = 0; j < d; j++) {
        g[j] += (p - ys[i]) * x[j];
        if (x[j] === 0) continue;
        for (let k = j; k < d; k++) h[j][k] += w * x[j] * x[k];
      }
    }
    for (let j = 0; j < d; j++) {
      for (let k = 0; k < j; k++) h[j][k] = h[k][j];
      if (j > 0) {
        g[j] += 2 * l2 * n * beta[j];
        h[j][j] += 2 * l2 * n;
      } else h[j][j] += 1e-9 * n;
    }
    const delta = solve(h, g);
    for (let j = 0; j < d; j++) beta[j] -= delta[j];
  }
  return { bias: beta[0], weights: beta.slice(1) };
}

/** Gaussian elimination with partial pivoting: a · x = b. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((r, i) => [...r, b[i]]);
  for (let c = 0; c < n; c++) {
    let best = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[best][c])) best = r;
    [m[c], m[best]] = [m[best], m[c]];
    const pivot = m[c][c] || 1e-12;
    for (let r = c + 1; r < n; r++) {
      const f = m[r][c] / pivot;
      if (f) for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let sum = m[r][n];
    for (let k = r + 1; k < n; k++) sum -= m[r][k] * x[k];
    x[r] = sum / (m[r][r] || 1e-12);
  }
  return x;
}

export type Policy = (a: CandidateArticle) => CandidateRow[];

const SALIENCE = ORG_FEATURES.indexOf('log salience');
const EARLY = ORG_FEATURES.indexOf('early');

/** As rankEntities orders: salience, then the earlier first mention. */
export const bySalience = (a: CandidateRow, b: CandidateRow): number =>
  b.features[SALIENCE] - a.features[SALIENCE] || b.features[EARLY] - a.features[EARLY];

/** Precision of the first 8 and recall of each annotator's top 5, as the scorer tallies them. */
export function panelFigures(
  articles: readonly CandidateArticle[],
  policy: Policy,
): { p: number; r: number } {
  const ps: number[] = [];
  const rs: number[] = [];
  for (const a of articles) {
    const shown = policy(a)
      .slice(0, SHOWN)
      .map((c) => c.name);
    if (shown.length) {
      const ok = shown.filter((s) => a.alls.some((list) => list.some((g) => nameMatch(s, g))));
      ps.push(ok.length / shown.length);
    }
    // The gold has two annotators; a silver article's one counts twice, as the eval loads it.
    const tops = a.tops.length === 1 ? [a.tops[0], a.tops[0]] : a.tops;
    for (const top of tops)
      if (top.length)
        rs.push(top.filter((g) => shown.some((s) => nameMatch(s, g))).length / top.length);
  }
  const mean = (v: number[]) => (v.length ? v.reduce((x, y) => x + y, 0) / v.length : NaN);
  return { p: mean(ps), r: mean(rs) };
}

export const rules: Policy = (a) =>
  a.candidates.filter((c) => c.ruleKept && !c.extra).sort(bySalience);

/** The filter over the rules' candidates (withRules) or over all; `extra`: the German gazetteer's too. */
export function filtered(model: OrgModel, t: number, withRules: boolean, extra = false): Policy {
  return (a) =>
    a.candidates
      .filter(
        (c) =>
          (!withRules || c.ruleKept) &&
          (extra || !c.extra) &&
          orgProbability(model, c.features) >= t,
      )
      .sort(bySalience);
}

/** The rules' candidates with p ≥ low, and the ones they drop with p ≥ high. */
export function hybrid(model: OrgModel, low: number, high: number): Policy {
  return (a) =>
    a.candidates
      .filter((c) => {
        if (c.extra) return false;
        const p = orgProbability(model, c.features);
        return c.ruleKept ? p >= low : p >= high;
      })
      .sort(bySalience);
}

const label = (c: CandidateRow) => (c.all.some(Boolean) ? 1 : 0);

export function trainOn(articles: readonly CandidateArticle[], l2: number): OrgModel {
  const rows = articles.flatMap((a) => a.candidates);
  return fitLogistic(
    rows.map((c) => c.features),
    rows.map(label),
    l2,
  );
}

function main(): void {
  const { values } = parseArgs({
    options: {
      in: { type: 'string', default: '/tmp/org-candidates.jsonl' },
      write: { type: 'string' },
      check: { type: 'boolean', default: false },
      l2: { type: 'string', default: '0.0001' },
    },
  });
  const l2 = Number(values.l2);
  const articles = readFileSync(values.in!, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as CandidateArticle);
  const thresholds = [0, 0.2, 0.3, 0.4, 0.5, 0.6];
  const f = (x: { p: number; r: number }) => `${x.p.toFixed(3)} / ${x.r.toFixed(3)}`;
  const models: Record<string, OrgModel> = {};
  for (const lang of ['de', 'en']) {
    const silver = articles.filter((a) => a.set === 'silver' && a.lang === lang);
    const gold = articles.filter((a) => a.set === 'gold' && a.lang === lang);
    const parts = values.check ? (['tuning', 'check'] as const) : (['tuning'] as const);
    console.log(`\n## ${lang}: ${silver.length} silver articles, ${gold.length} gold`);
    // Silver, 5-fold CV by article id.
    const folds = [0, 1, 2, 3, 4].map((k) => ({
      test: silver.filter((a) => foldOf(a.id, 5) === k),
      model: trainOn(
        silver.filter((a) => foldOf(a.id, 5) !== k),
        l2,
      ),
    }));
    const cv = (make: (m: OrgModel) => Policy) => {
      const out = folds.map(({ test, model }) => ({
        n: test.length,
        ...panelFigures(test, make(model)),
      }));
      const n = out.reduce((s, o) => s + o.n, 0);
      return {
        p: out.reduce((s, o) => s + o.p * o.n, 0) / n,
        r: out.reduce((s, o) => s + o.r * o.n, 0) / n,
      };
    };
    const model = trainOn(silver, l2);
    models[lang] = model;
    const line = (name: string, silverFig: { p: number; r: number }, policy: Policy) =>
      console.log(
        `${name.padEnd(28)} silver CV ${f(silverFig)} | ` +
          parts
            .map(
              (pt) =>
                `${pt} ${f(
                  panelFigures(
                    gold.filter((a) => a.part === pt),
                    policy,
                  ),
                )}`,
            )
            .join(' | '),
      );
    line(
      'rules',
      cv(() => rules),
      rules,
    );
    for (const extra of lang === 'de' ? [false, true] : [false])
      for (const withRules of [true, false])
        for (const t of thresholds)
          line(
            `${extra ? 'gaz + ' : ''}${withRules ? 'rules + ' : ''}p ≥ ${t}`,
            cv((m) => filtered(m, t, withRules, extra)),
            filtered(model, t, withRules, extra),
          );
    if (lang === 'en')
      for (const low of [0, 0.2, 0.3])
        for (const high of [0.4, 0.5, 0.6, 0.7])
          line(
            `hybrid ${low} / ${high}`,
            cv((m) => hybrid(m, low, high)),
            hybrid(model, low, high),
          );
    console.log(
      ORG_FEATURES.map((name, i) => `${name} ${model.weights[i].toFixed(2)}`).join(', '),
      `bias ${model.bias.toFixed(2)}`,
    );
  }
  const proposers: Record<string, OrgModel> = {};
  for (const lang of ['de', 'en']) {
    const silver = articles.filter((a) => a.set === 'silver' && a.lang === lang);
    const rowsOf = (as: readonly CandidateArticle[]) => as.flatMap((a) => a.proposals);
    const fit = (as: readonly CandidateArticle[]) => {
      const rows = rowsOf(as);
      return fitLogistic(
        rows.map((r) => r.features),
        rows.map((r) => (r.y ? 1 : 0)),
        l2,
      );
    };
    const all = rowsOf(silver);
    const positives = all.filter((r) => r.y).length;
    console.log(`\n## proposer ${lang}: ${all.length} proposals, ${positives} organisations`);
    const scored: { p: number; y: boolean }[] = [];
    for (let k = 0; k < 5; k++) {
      const m = fit(silver.filter((a) => foldOf(a.id, 5) !== k));
      for (const r of rowsOf(silver.filter((a) => foldOf(a.id, 5) === k)))
        scored.push({ p: orgProbability(m, r.features), y: r.y });
    }
    for (const t of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
      const taken = scored.filter((x) => x.p >= t);
      const ok = taken.filter((x) => x.y).length;
      console.log(
        `p ≥ ${t}: taken ${taken.length}, precision ${(ok / taken.length).toFixed(3)}, recall ${(ok / positives).toFixed(3)}`,
      );
    }
    proposers[lang] = fit(silver);
    console.log(
      PROPOSAL_FEATURES.map((name, i) => `${name} ${proposers[lang].weights[i].toFixed(2)}`).join(
        ', ',
      ),
      `bias ${proposers[lang].bias.toFixed(2)}`,
    );
  }
  if (values.write) {
    const round = (m: OrgModel) => ({
      bias: Math.round(m.bias * 1000) / 1000,
      weights: m.weights.map((w) => Math.round(w * 1000) / 1000),
    });
    const file = values.write;
    writeFileSync(
      file,
      JSON.stringify({
        filter: { de: round(models.de), en: round(models.en) },
        proposer: { de: round(proposers.de), en: round(proposers.en) },
      }),
    );
    writeFileSync(
      file.replace(/\.json$/u, '') + '.proposer.json',
      JSON.stringify({ de: round(proposers.de), en: round(proposers.en) }),
    );
    console.log(`wrote ${file} and its .proposer.json (for candidates.ts --proposer)`);
  }
}

if (process.argv[1]?.endsWith('train.ts')) main();
