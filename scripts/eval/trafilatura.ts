/**
 * `trafilatura`: trafilatura's evaluation pages (602, German 466 and English 136). Each page
 * lists snippets that must appear in the extracted text (`with`) and snippets that must not
 * (`without`); found `with` = true positive, missing = false negative, found `without` = false
 * positive, summed over pages (as trafilatura's tests/comparison.py scores them). Text and
 * snippets are whitespace-normalised. Plus title, author and date accuracy on the pages that
 * annotate them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Check, Suite, SuiteResult } from './types';
import {
  decodeHtml,
  fmt,
  median,
  robustnessReport,
  runPage,
  type PageRun,
  type SystemOutput,
} from './extraction-shared';

interface EvalPage {
  file: string;
  path: string;
  lang: string;
  with: string[];
  without: string[];
  /** Usually strings; a record may hold anything else (a list of authors, null, a number). */
  title?: unknown;
  author?: unknown;
  date?: unknown;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  title: [number, number];
  author: [number, number];
  date: [number, number];
}

const SYSTEMS = ['readability', 'ours'] as const;
type System = (typeof SYSTEMS)[number];

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
/**
 * A gold field as text: a string as is, a list of strings joined (several authors), anything
 * else (null, a number, an object) as not annotated. One odd record must not stop the suite
 * (issue 15: `s.replace is not a function` on a page whose gold author was not a string).
 */
export function goldText(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() ? v : null;
  if (Array.isArray(v)) {
    const parts = v.filter((x): x is string => typeof x === 'string' && x.trim() !== '');
    return parts.length ? parts.join(', ') : null;
  }
  return null;
}
/** Comparable form of a name or title: case, whitespace and a leading "by"/"von" do not count. */
export const normName = (s: unknown) =>
  norm(goldText(s) ?? '')
    .toLowerCase()
    .replace(/^(by|von)\s+/, '');

/** The calendar day of a date string, `YYYY-MM-DD`, as written (no time-zone shift). */
export function isoDay(s: string | null): string | null {
  if (!s) return null;
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return iso[0];
  const de = /(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})/.exec(s);
  if (de) return `${de[3]}-${de[2].padStart(2, '0')}-${de[1].padStart(2, '0')}`;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0, tn: 0, title: [0, 0], author: [0, 0], date: [0, 0] };
}

const snippets = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];

function score(c: Counts, page: EvalPage, out: SystemOutput): void {
  const text = norm(out.text);
  for (const s of snippets(page.with))
    if (text.includes(norm(s))) c.tp++;
    else c.fn++;
  for (const s of snippets(page.without))
    if (text.includes(norm(s))) c.fp++;
    else c.tn++;
  const title = goldText(page.title);
  if (title) {
    c.title[1]++;
    if (out.title && normName(out.title) === normName(title)) c.title[0]++;
  }
  const author = goldText(page.author);
  if (author) {
    c.author[1]++;
    if (out.byline && normName(out.byline) === normName(author)) c.author[0]++;
  }
  const date = goldText(page.date);
  if (date) {
    c.date[1]++;
    if (isoDay(out.publishedTime) === date) c.date[0]++;
  }
}

function prf(c: Counts) {
  const precision = c.tp / (c.tp + c.fp || 1);
  const recall = c.tp / (c.tp + c.fn || 1);
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = (c.tp + c.tn) / (c.tp + c.tn + c.fp + c.fn || 1);
  return { precision, recall, f1, accuracy };
}

const ratio = ([a, b]: [number, number]) => (b ? `${fmt(a / b)} (${a}/${b})` : '–');

export const trafilaturaSuite: Suite = {
  name: 'trafilatura',
  description:
    "trafilatura's eval pages (de/en): must/must-not snippets, title/author/date; Readability vs ours",
  async run(ctx): Promise<SuiteResult> {
    const dir = path.join(ctx.dataDir, 'trafilatura-eval');
    const data = JSON.parse(readFileSync(path.join(dir, 'evaldata-de-en.json'), 'utf8')) as Record<
      string,
      EvalPage
    >;
    const entries = Object.entries(data).slice(0, ctx.limit);
    const counts: Record<string, Record<System, Counts>> = {};
    const ms: Record<System, number[]> = { readability: [], ours: [] };
    const runs: { name: string; run: PageRun }[] = [];
    const skipped: string[] = [];
    for (const [url, page] of entries) {
      let html: string;
      try {
        html = decodeHtml(readFileSync(path.join(dir, String(page.path))));
      } catch (err) {
        skipped.push(`${url} (${(err as Error).message.slice(0, 80)})`);
        continue;
      }
      const run = await runPage(html, url, url, { cloneForReadability: false });
      const { out } = run;
      runs.push({ name: url, run });
      // Language, then the same language in the page's part, then all pages and all of the part.
      const lang = typeof page.lang === 'string' ? page.lang : 'other';
      for (const key of [lang, `${lang} · ${run.part}`, 'all', `all · ${run.part}`]) {
        counts[key] ??= { readability: emptyCounts(), ours: emptyCounts() };
        for (const s of SYSTEMS) score(counts[key][s], page, out[s]);
      }
      for (const s of SYSTEMS) ms[s].push(out[s].ms);
    }
    const langs = [
      'de',
      'de · tuning',
      'de · check',
      'en',
      'en · tuning',
      'en · check',
      'all',
      'all · tuning',
      'all · check',
    ].filter((l) => counts[l]);
    const rows: (string | number)[][] = [];
    const meta: (string | number)[][] = [];
    const metrics: Record<string, Record<System, ReturnType<typeof prf>>> = {};
    for (const lang of langs) {
      metrics[lang] = { readability: prf(counts[lang].readability), ours: prf(counts[lang].ours) };
      for (const s of SYSTEMS) {
        const c = counts[lang][s];
        const m = metrics[lang][s];
        const name = s === 'ours' ? 'Kontext (lib/extract)' : 'Readability.js 0.6.0';
        rows.push([
          `${lang} · ${name}`,
          c.tp,
          c.fp,
          c.fn,
          fmt(m.precision),
          fmt(m.recall),
          fmt(m.f1),
          fmt(m.accuracy),
        ]);
        if (!lang.includes('·'))
          meta.push([`${lang} · ${name}`, ratio(c.title), ratio(c.author), ratio(c.date)]);
      }
    }
    const checks: Check[] = [];
    if (metrics.de) {
      const { readability: r, ours: o } = metrics.de;
      checks.push({
        name: 'trafilatura de: ours F1 ≥ Readability + 0.030',
        pass: o.f1 >= r.f1 + 0.03,
        detail: `F1 ${fmt(o.f1)} ≥ ${fmt(r.f1)} + 0.030`,
      });
    }
    if (metrics.en) {
      const { readability: r, ours: o } = metrics.en;
      checks.push({
        name: 'trafilatura en: ours F1 ≥ Readability',
        pass: o.f1 >= r.f1,
        detail: `F1 ${fmt(o.f1)} ≥ ${fmt(r.f1)}`,
      });
    }
    if (metrics['de · check']) {
      const { readability: r, ours: o } = metrics['de · check'];
      checks.push({
        name: 'trafilatura de (check part): ours F1 ≥ Readability + 0.030',
        pass: o.f1 >= r.f1 + 0.03,
        detail: `F1 ${fmt(o.f1)} ≥ ${fmt(r.f1)} + 0.030`,
      });
    }
    const robust = robustnessReport('trafilatura', runs);
    checks.push(...robust.checks);
    return {
      suite: 'trafilatura',
      tables: [
        {
          title: `trafilatura eval pages (${entries.length}): snippets found (TP), must-not found (FP), missed (FN); by language and by part (tuning/check by hash of the page URL)`,
          columns: ['language · system', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1', 'accuracy'],
          rows,
        },
        {
          title: 'Metadata accuracy (exact after case/space normalisation; date as YYYY-MM-DD)',
          columns: ['language · system', 'title', 'author', 'date'],
          rows: meta,
        },
        {
          title:
            'Median time per page (ms; ours includes its clone of the page, Readability gets the page itself)',
          columns: ['system', 'median ms'],
          rows: SYSTEMS.map((s) => [s, fmt(median(ms[s]), 1)]),
        },
        robust.table,
        ...(skipped.length
          ? [
              {
                title: 'Records the harness could not read (skipped)',
                columns: ['record'],
                rows: skipped.map((x) => [x]),
              },
            ]
          : []),
      ],
      checks,
      data: { metrics, counts, robustness: robust.data, skipped },
    };
  },
};
