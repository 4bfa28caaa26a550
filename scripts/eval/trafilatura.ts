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
import { decodeHtml, fmt, releasePage, median, parseHtml, runBoth, type SystemOutput } from './extraction-shared';

interface EvalPage {
  file: string;
  path: string;
  lang: string;
  with: string[];
  without: string[];
  title?: string;
  author?: string;
  date?: string;
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
/** Comparable form of a name or title: case, whitespace and a leading "by"/"von" do not count. */
const normName = (s: string) => norm(s).toLowerCase().replace(/^(by|von)\s+/, '');

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

function score(c: Counts, page: EvalPage, out: SystemOutput): void {
  const text = norm(out.text);
  for (const s of page.with) if (text.includes(norm(s))) c.tp++; else c.fn++;
  for (const s of page.without) if (text.includes(norm(s))) c.fp++; else c.tn++;
  if (page.title) {
    c.title[1]++;
    if (out.title && normName(out.title) === normName(page.title)) c.title[0]++;
  }
  if (page.author) {
    c.author[1]++;
    if (out.byline && normName(out.byline) === normName(page.author)) c.author[0]++;
  }
  if (page.date) {
    c.date[1]++;
    if (isoDay(out.publishedTime) === page.date) c.date[0]++;
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
  description: "trafilatura's eval pages (de/en): must/must-not snippets, title/author/date; Readability vs ours",
  async run(ctx): Promise<SuiteResult> {
    const dir = path.join(ctx.dataDir, 'trafilatura-eval');
    const data = JSON.parse(readFileSync(path.join(dir, 'evaldata-de-en.json'), 'utf8')) as Record<string, EvalPage>;
    const entries = Object.entries(data).slice(0, ctx.limit);
    const counts: Record<string, Record<System, Counts>> = {};
    const ms: Record<System, number[]> = { readability: [], ours: [] };
    for (const [url, page] of entries) {
      const html = decodeHtml(readFileSync(path.join(dir, page.path)));
      const doc = parseHtml(html, url);
      const out = runBoth(doc, url, { cloneForReadability: false });
      await releasePage(doc);
      for (const lang of [page.lang, 'all']) {
        counts[lang] ??= { readability: emptyCounts(), ours: emptyCounts() };
        for (const s of SYSTEMS) score(counts[lang][s], page, out[s]);
      }
      for (const s of SYSTEMS) ms[s].push(out[s].ms);
    }
    const langs = ['de', 'en', 'all'].filter((l) => counts[l]);
    const rows: (string | number)[][] = [];
    const meta: (string | number)[][] = [];
    const metrics: Record<string, Record<System, ReturnType<typeof prf>>> = {};
    for (const lang of langs) {
      metrics[lang] = { readability: prf(counts[lang].readability), ours: prf(counts[lang].ours) };
      for (const s of SYSTEMS) {
        const c = counts[lang][s];
        const m = metrics[lang][s];
        const name = s === 'ours' ? 'Kontext (lib/extract)' : 'Readability.js 0.6.0';
        rows.push([`${lang} · ${name}`, c.tp, c.fp, c.fn, fmt(m.precision), fmt(m.recall), fmt(m.f1), fmt(m.accuracy)]);
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
      checks.push({ name: 'trafilatura en: ours F1 ≥ Readability', pass: o.f1 >= r.f1, detail: `F1 ${fmt(o.f1)} ≥ ${fmt(r.f1)}` });
    }
    return {
      suite: 'trafilatura',
      tables: [
        {
          title: `trafilatura eval pages (${entries.length}): snippets found (TP), must-not found (FP), missed (FN)`,
          columns: ['language · system', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1', 'accuracy'],
          rows,
        },
        {
          title: 'Metadata accuracy (exact after case/space normalisation; date as YYYY-MM-DD)',
          columns: ['language · system', 'title', 'author', 'date'],
          rows: meta,
        },
        {
          title: 'Median time per page (ms; ours includes its clone of the page, Readability gets the page itself)',
          columns: ['system', 'median ms'],
          rows: SYSTEMS.map((s) => [s, fmt(median(ms[s]), 1)]),
        },
      ],
      checks,
      data: { metrics, counts },
    };
  },
};
