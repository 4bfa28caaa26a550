/**
 * The panel figures of a candidates file (candidates.ts) under the shipped rules, per language,
 * on the gold's tuning part (and the silver articles); the check part only with --check.
 *
 *   npx tsx scripts/entities-model/figures.ts --in /tmp/org-candidates.jsonl [--check]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { CandidateArticle } from './candidates';
import { panelFigures, rules } from './train';

const { values } = parseArgs({
  options: {
    in: { type: 'string', default: '/tmp/org-candidates.jsonl' },
    check: { type: 'boolean', default: false },
  },
});
const articles = readFileSync(values.in!, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as CandidateArticle);
for (const lang of ['de', 'en']) {
  const of = (test: (a: CandidateArticle) => boolean) =>
    panelFigures(
      articles.filter((a) => a.lang === lang && test(a)),
      rules,
    );
  const f = (x: { p: number; r: number }) => `P ${x.p.toFixed(3)} R ${x.r.toFixed(3)}`;
  const parts = [
    `tuning ${f(of((a) => a.part === 'tuning'))}`,
    `silver ${f(of((a) => a.set === 'silver'))}`,
    ...(values.check ? [`check ${f(of((a) => a.part === 'check'))}`] : []),
  ];
  console.log(`${lang} orgs: ${parts.join(' | ')}`);
}
