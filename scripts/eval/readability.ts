/**
 * `readability`: Mozilla's Readability test pages as a regression guard. Each page's
 * `expected-metadata.json` holds what Readability itself returns (title, byline, lang,
 * excerpt, siteName) and what `isProbablyReaderable` says; we check that plain Readability in
 * this setup still matches (a sanity check of the harness) and how often ours does (ours'
 * `readerable` is Readability's verdict as Kontext reports it; Kontext's own article gate adds
 * rules on top, measured by the `wcxb`, `zyte` and `trafilatura` suites). Pages are
 * parsed with the URL upstream's tests use.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isProbablyReaderable } from '@mozilla/readability';
import type { Suite, SuiteResult } from './types';
import {
  fmt,
  robustnessReport,
  runPage,
  type PageRun,
  type SystemOutput,
} from './extraction-shared';

const URL = 'http://fakehost/test/page.html';
const FIELDS = ['title', 'byline', 'lang', 'excerpt', 'siteName', 'readerable'] as const;
type Field = (typeof FIELDS)[number];

type Expected = Partial<Record<Field, string | boolean | null>>;

const same = (a: unknown, b: unknown) =>
  (a ?? null) === (b ?? null) ||
  (typeof a === 'string' && typeof b === 'string' && a.trim() === b.trim());

export const readabilitySuite: Suite = {
  name: 'readability',
  description:
    "Mozilla Readability's test pages: title, byline, lang, excerpt, siteName, readerable unchanged",
  async run(ctx): Promise<SuiteResult> {
    const dir = path.join(ctx.dataDir, 'readability-test-pages');
    const cases = readdirSync(dir)
      .filter((c) => existsSync(path.join(dir, c, 'expected-metadata.json')))
      .sort()
      .slice(0, ctx.limit);
    const hits: Record<'readability' | 'ours', Record<Field, number>> = {
      readability: Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>,
      ours: Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>,
    };
    const misses: { page: string; field: Field; expected: unknown; ours: unknown }[] = [];
    const runs: { name: string; run: PageRun }[] = [];
    for (const c of cases) {
      const expected = JSON.parse(
        readFileSync(path.join(dir, c, 'expected-metadata.json'), 'utf8'),
      ) as Expected;
      let readerable: boolean | undefined;
      const run = await runPage(readFileSync(path.join(dir, c, 'source.html'), 'utf8'), URL, c, {
        cloneForReadability: false,
        // Plain Readability's own gate, on the page before anything ran on it.
        before: (doc) => {
          readerable = isProbablyReaderable(doc);
        },
      });
      runs.push({ name: c, run });
      const { out } = run;
      const systems: Record<'readability' | 'ours', SystemOutput> = {
        readability: { ...out.readability, readerable },
        ours: out.ours,
      };
      for (const s of ['readability', 'ours'] as const) {
        for (const f of FIELDS) {
          if (same(systems[s][f], expected[f])) hits[s][f]++;
          else if (s === 'ours')
            misses.push({ page: c, field: f, expected: expected[f], ours: systems[s][f] });
        }
      }
    }
    const n = cases.length || 1;
    const share = (s: 'readability' | 'ours', f: Field) => hits[s][f] / n;
    const rows = (['readability', 'ours'] as const).map((s) => [
      s === 'ours' ? 'Kontext (lib/extract)' : 'Readability.js 0.6.0',
      ...FIELDS.map((f) => fmt(share(s, f))),
    ]);
    const robust = robustnessReport('readability pages', runs, undefined, { refusedBar: false });
    const checks = [
      ...(['title', 'lang', 'readerable'] as const).map((f) => ({
        name: `readability pages: ${f} unchanged on ≥ 98 %`,
        pass: share('ours', f) >= 0.98,
        detail: `${fmt(share('ours', f) * 100, 1)} % (${hits.ours[f]}/${cases.length}) ≥ 98 %`,
      })),
      ...robust.checks,
    ];
    return {
      suite: 'readability',
      tables: [
        {
          title: `Mozilla Readability test pages (${cases.length}): share matching expected-metadata.json`,
          columns: ['system', ...FIELDS],
          rows,
        },
        robust.table,
      ],
      checks,
      data: { hits, misses, robustness: robust.data },
    };
  },
};
