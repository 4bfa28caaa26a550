/**
 * `wcxb`: the Web Content eXtraction Benchmark's dev split (Foley 2026, CC BY 4.0; ../shared/data/
 * wcxb/README.md): 793 modern article pages and 25 pages of each of six other types (service,
 * product, collection, forum, listing, documentation) with human-reviewed main content.
 *
 * Metric as in the benchmark's evaluate.py: per page, word-level precision, recall and F1 over
 * lower-cased `\w+` tokens compared as multisets (a page whose reference is empty scores 1 when
 * the output is empty too, else 0), averaged over pages; plus the share of `with` snippets found
 * and of `without` snippets found (lower is better). Article pages and the other types are
 * reported apart (a reader clicks on both), each on the tuning and the check part of the split
 * (scripts/eval/split.ts, by the page URL). Also: Kontext's article gate as a classifier (the
 * share of pages of each type it takes as an article without "summarise anyway"), internal
 * errors and refused articles.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Check, Suite, SuiteResult, Table } from './types';
import {
  fmt,
  ofPart,
  PARTS,
  robustnessReport,
  runPage,
  type PageRun,
  type PartOrAll,
} from './extraction-shared';

const TYPES = [
  'article',
  'forum',
  'product',
  'collection',
  'listing',
  'documentation',
  'service',
] as const;

/** Python's `re.findall(r'\w+', text.lower())` on str: letters, digits (all of Unicode's) and `_`. */
const WORD = /[\p{L}\p{N}_]+/gu;

export function wordTokens(text: string): string[] {
  return text ? (text.toLowerCase().match(WORD) ?? []) : [];
}

/** evaluate.py's `word_f1(predicted, reference)`, edge cases included. */
export function wordF1(
  predicted: string,
  reference: string,
): { precision: number; recall: number; f1: number } {
  const pred = wordTokens(predicted);
  const ref = wordTokens(reference);
  if (!ref.length)
    return pred.length ? { precision: 0, recall: 0, f1: 0 } : { precision: 1, recall: 1, f1: 1 };
  if (!pred.length) return { precision: 0, recall: 0, f1: 0 };
  const counts = new Map<string, number>();
  for (const t of ref) counts.set(t, (counts.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of pred) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      overlap++;
      counts.set(t, n - 1);
    }
  }
  const precision = overlap / pred.length;
  const recall = overlap / ref.length;
  return {
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
  };
}

/** evaluate.py's `snippet_check`: the share of snippets found, case-insensitively (1 when there are none). */
export function snippetRate(text: string, snippets: readonly string[]): number {
  if (!snippets.length) return 1;
  const lower = text.toLowerCase();
  return snippets.filter((s) => lower.includes(s.toLowerCase())).length / snippets.length;
}

interface GroundTruth {
  url?: unknown;
  _internal?: { page_type?: unknown } | null;
  ground_truth?: { main_content?: unknown; with?: unknown; without?: unknown } | null;
}

/** evaluate.py's `get_page_type`: `category` counts as `collection`, a missing type as `article`. */
export function pageType(data: GroundTruth): string {
  const pt = data._internal?.page_type;
  const primary =
    pt && typeof pt === 'object'
      ? ((pt as { primary?: unknown }).primary ?? 'article')
      : typeof pt === 'string'
        ? pt
        : 'article';
  const t = typeof primary === 'string' ? primary : 'article';
  return t === 'category' ? 'collection' : t;
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];

interface PageScore {
  precision: number;
  recall: number;
  f1: number;
  withRate: number;
  withoutRate: number;
}

interface Page {
  id: string;
  name: string;
  type: string;
  run: PageRun;
  part: PageRun['part'];
  readability: PageScore;
  ours: PageScore;
}

function scoreOf(text: string, reference: string, withS: string[], withoutS: string[]): PageScore {
  return {
    ...wordF1(text, reference),
    withRate: snippetRate(text, withS),
    withoutRate: snippetRate(text, withoutS),
  };
}

function mean(pages: readonly Page[], f: (p: Page) => number): number {
  return pages.length ? pages.reduce((n, p) => n + f(p), 0) / pages.length : 0;
}

const SYSTEMS = ['readability', 'ours'] as const;

export const wcxbSuite: Suite = {
  name: 'wcxb',
  description:
    'WCXB dev split (modern pages, 7 types): word F1 per type and part, article gate, errors; Readability vs ours',
  async run(ctx): Promise<SuiteResult> {
    const dir = path.join(ctx.dataDir, 'wcxb', 'dev');
    const ids = readdirSync(path.join(dir, 'ground-truth'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -5))
      .sort()
      .slice(0, ctx.limit);
    const pages: Page[] = [];
    const skipped: string[] = [];
    for (const id of ids) {
      let data: GroundTruth;
      let html: string;
      try {
        data = JSON.parse(
          readFileSync(path.join(dir, 'ground-truth', `${id}.json`), 'utf8'),
        ) as GroundTruth;
        html = gunzipSync(readFileSync(path.join(dir, 'html', `${id}.html.gz`))).toString('utf8');
      } catch (err) {
        // A record the harness cannot read is reported, never a reason to stop the suite.
        skipped.push(`${id} (${(err as Error).message.slice(0, 80)})`);
        continue;
      }
      const gt = data.ground_truth;
      // evaluate.py skips records whose ground_truth is not an object.
      if (!gt || typeof gt !== 'object') {
        skipped.push(`${id} (no ground_truth)`);
        continue;
      }
      const url =
        typeof data.url === 'string' && /^https?:\/\//i.test(data.url)
          ? data.url
          : `https://wcxb.invalid/${id}`;
      const reference = typeof gt.main_content === 'string' ? gt.main_content : '';
      const withS = strings(gt.with);
      const withoutS = strings(gt.without);
      const run = await runPage(html, url, typeof data.url === 'string' ? data.url : id, {
        cloneForReadability: false,
      });
      pages.push({
        id,
        name: `${id} ${url}`,
        type: pageType(data),
        run,
        part: run.part,
        readability: scoreOf(run.out.readability.text, reference, withS, withoutS),
        ours: scoreOf(run.out.ours.text, reference, withS, withoutS),
      });
    }

    const groups: { label: string; test: (p: Page) => boolean }[] = [
      { label: 'article', test: (p) => p.type === 'article' },
      { label: 'other six types', test: (p) => p.type !== 'article' },
      ...TYPES.filter((t) => t !== 'article').map((t) => ({
        label: `  ${t}`,
        test: (p: Page) => p.type === t,
      })),
      ...[...new Set(pages.map((p) => p.type))]
        .filter((t) => !(TYPES as readonly string[]).includes(t))
        .map((t) => ({ label: `  ${t}`, test: (p: Page) => p.type === t })),
    ];
    const f1Of = (ps: Page[], s: (typeof SYSTEMS)[number]) => mean(ps, (p) => p[s].f1);
    const metrics: Record<
      string,
      Record<PartOrAll, { n: number; readability: PageScore; ours: PageScore }>
    > = {};
    const rows: (string | number)[][] = [];
    for (const g of groups) {
      const inGroup = pages.filter(g.test);
      if (!inGroup.length) continue;
      metrics[g.label.trim()] = {} as Record<
        PartOrAll,
        { n: number; readability: PageScore; ours: PageScore }
      >;
      const cells: (string | number)[] = [g.label];
      for (const part of PARTS) {
        const ps = ofPart(inGroup, part);
        const m = Object.fromEntries(
          SYSTEMS.map((s) => [
            s,
            {
              precision: mean(ps, (p) => p[s].precision),
              recall: mean(ps, (p) => p[s].recall),
              f1: f1Of(ps, s),
              withRate: mean(ps, (p) => p[s].withRate),
              withoutRate: mean(ps, (p) => p[s].withoutRate),
            },
          ]),
        ) as Record<(typeof SYSTEMS)[number], PageScore>;
        metrics[g.label.trim()][part] = { n: ps.length, ...m };
        cells.push(
          ps.length,
          fmt(m.readability.f1),
          fmt(m.ours.f1),
          `${m.ours.f1 >= m.readability.f1 ? '+' : ''}${fmt(m.ours.f1 - m.readability.f1)}`,
        );
      }
      rows.push(cells);
    }
    const detailRows: (string | number)[][] = [];
    for (const label of ['article', 'other six types']) {
      const m = metrics[label]?.all;
      if (!m) continue;
      for (const s of SYSTEMS) {
        const r = m[s];
        detailRows.push([
          `${label} · ${s === 'ours' ? 'Kontext (lib/extract)' : 'Readability.js 0.6.0'}`,
          fmt(r.precision),
          fmt(r.recall),
          fmt(r.f1),
          `${fmt(100 * r.withRate, 1)} %`,
          `${fmt(100 * r.withoutRate, 1)} %`,
        ]);
      }
    }
    const gateRows = [
      ...TYPES,
      ...new Set(pages.map((p) => p.type).filter((t) => !(TYPES as readonly string[]).includes(t))),
    ]
      .map((t) => {
        const ps = pages.filter((p) => p.type === t);
        if (!ps.length) return null;
        return [
          t,
          ...PARTS.map((part) => {
            const qs = ofPart(ps, part);
            const accepted = qs.filter((p) => p.run.out.accepted).length;
            return qs.length
              ? `${fmt((100 * accepted) / qs.length, 1)} % (${accepted}/${qs.length})`
              : '–';
          }),
        ];
      })
      .filter((r): r is string[] => r !== null);
    const robust = robustnessReport('wcxb', pages, (p) => p.type === 'article');

    const checks: Check[] = [...robust.checks];
    const bar = (
      label: string,
      part: PartOrAll,
      margin: number,
      required: boolean,
    ): Check | null => {
      const m = metrics[label]?.[part];
      if (!m?.n) return null;
      const pass = m.ours.f1 >= m.readability.f1 + margin;
      return {
        name: `wcxb ${label} (${part} part): word F1 ≥ Readability${margin ? ` + ${fmt(margin)}` : ''}`,
        pass,
        detail: `F1 ${fmt(m.ours.f1)} ≥ ${fmt(m.readability.f1)}${margin ? ` + ${fmt(margin)}` : ''} (${m.n} pages)`,
        ...(required ? {} : { required: false }),
      };
    };
    for (const part of ['tuning', 'check'] as const) {
      const a = bar('article', part, 0.015, true);
      if (a) checks.push(a);
    }
    for (const part of ['tuning', 'check'] as const) {
      // Reached on both parts (session 6: +0.06 to +0.08): kept as a required bar.
      const o = bar('other six types', part, 0, true);
      if (o) checks.push(o);
    }
    const tables: Table[] = [
      {
        title: `WCXB dev (${pages.length} pages): word F1 (evaluate.py) per page type, Readability.js 0.6.0 vs Kontext, on all pages and the tuning/check parts`,
        columns: [
          'type',
          ...PARTS.flatMap((p) => [`${p} n`, `${p} Readability`, `${p} Kontext`, `${p} Δ`]),
        ],
        rows,
      },
      {
        title:
          'WCXB dev, all parts: word precision/recall/F1 and snippet rates (with: found, higher is better; without: found, lower is better)',
        columns: ['pages · system', 'precision', 'recall', 'F1', 'with', 'without'],
        rows: detailRows,
      },
      {
        title:
          "Kontext's article gate (isProbablyReaderable and Kontext's rules) as a classifier: share of pages taken as an article, per type",
        columns: ['type', ...PARTS],
        rows: gateRows,
      },
      robust.table,
    ];
    if (skipped.length) {
      tables.push({
        title: 'Records the harness could not read (skipped, not scored)',
        columns: ['record'],
        rows: skipped.map((s) => [s]),
      });
    }
    return {
      suite: 'wcxb',
      tables,
      checks,
      data: {
        metrics,
        robustness: robust.data,
        skipped,
        perPage: pages.map((p) => ({
          id: p.id,
          type: p.type,
          part: p.part,
          accepted: p.run.out.accepted,
          error: p.run.out.ours.error ?? null,
          readability: p.readability.f1,
          ours: p.ours.f1,
        })),
      },
    };
  },
};
