/**
 * `perspectives`: every built-in lens over German (10kGNAD, DER STANDARD) and English (BBC News,
 * CNN/DailyMail) articles. No gold answers exist for the panels, so the suite reports what can be
 * measured honestly — how often each lens is empty, how long its answers are, how many key facts
 * it shows, how much it repeats the summary — and checks properties that any sane lens must have:
 *
 * - it can answer: no lens is empty on more than 95 % of the articles of a language;
 * - it can be silent: no lens answers on every article (the honest empty state must happen);
 * - it discriminates: a lens answers clearly more often in the news section it belongs to than
 *   in sport (the data sets' own section labels: BBC `business`, `politics`, `tech`; 10kGNAD
 *   `Wirtschaft`, `Inland`, `Web`), which no keyword-free filler could do;
 * - it is no second summary: most answer sentences are not summary sentences;
 * - every answer sentence is a prose sentence of the article, at its index (the contract).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { answerPerspectives, BUILTIN_LENSES } from '../../lib/perspectives';
import { summarize } from '../../lib/summarize';
import { prepareText } from '../../lib/text/prepare';
import type { Perspective } from '../../lib/types';
import { goldPanels } from './perspectives-gold';
import { blocksOf } from './summary-docs';
import type { Check, Suite, Table } from './types';

interface Article {
  corpus: string;
  lang: 'de' | 'en';
  /** The data set's own section label (BBC folder, 10kGNAD label, CNN/DailyMail source). */
  section: string;
  title: string;
  paragraphs: string[];
}

/** Summary length used for the overlap figure: the extension's default (settings schema). */
const SUMMARY_SENTENCES = 4;

function loadGnad(dataDir: string, limit?: number): Article[] {
  const lines = readFileSync(path.join(dataDir, '10kgnad', 'articles.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean);
  const all = lines.map((l) => JSON.parse(l) as { label: string; text: string });
  return spread(all, (a) => a.label, limit).map((a) => ({
    corpus: '10kgnad',
    lang: 'de',
    section: a.label,
    title: '',
    paragraphs: blocksOf(a.text),
  }));
}

function loadBbc(dataDir: string, limit?: number): Article[] {
  const root = path.join(dataDir, 'bbc-news-summary', 'articles');
  const files = readdirSync(root)
    .sort()
    .flatMap((section) =>
      readdirSync(path.join(root, section))
        .sort()
        .map((name) => ({ section, file: path.join(root, section, name) })),
    );
  return spread(files, (f) => f.section, limit).map(({ section, file }) => {
    const [title, ...paragraphs] = blocksOf(readFileSync(file, 'utf8'));
    return { corpus: 'bbc', lang: 'en', section, title, paragraphs };
  });
}

function loadCnndm(dataDir: string, limit?: number): Article[] {
  const lines = readFileSync(path.join(dataDir, 'cnndm', 'cnndm_test.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean);
  const all = lines.map((l) => JSON.parse(l) as { source: string; article: string });
  return spread(all, (a) => a.source, limit).map((a) => ({
    corpus: 'cnndm',
    lang: 'en',
    section: a.source,
    title: '',
    paragraphs: blocksOf(a.article),
  }));
}

/**
 * At most `limit` items, taken round-robin over sections so a quick `--limit` run still has every
 * section (the discrimination checks need them).
 */
function spread<T>(items: T[], section: (t: T) => string, limit?: number): T[] {
  if (limit === undefined || limit >= items.length) return items;
  const bySection = new Map<string, T[]>();
  for (const t of items) {
    const key = section(t);
    if (!bySection.has(key)) bySection.set(key, []);
    bySection.get(key)!.push(t);
  }
  const queues = [...bySection.values()];
  const out: T[] = [];
  for (let i = 0; out.length < limit; i++) {
    let any = false;
    for (const q of queues) {
      if (i < q.length && out.length < limit) {
        out.push(q[i]);
        any = true;
      }
    }
    if (!any) break;
  }
  return out;
}

interface LensStats {
  articles: number;
  empty: number;
  sentences: number;
  facts: number;
  inSummary: number;
}

interface Panel {
  perspective: Perspective;
  /** How many of its answer sentences are also summary sentences. */
  summaryHits: number;
}

interface Outcome {
  article: Article;
  panels: Panel[];
  contractViolations: number;
}

function run(article: Article): Outcome {
  const p = prepareText({ title: article.title, paragraphs: article.paragraphs }, article.lang);
  const { indices, importance } = summarize(p, SUMMARY_SENTENCES);
  const perspectives = answerPerspectives(p, importance, indices, BUILTIN_LENSES, { uiLang: 'en' });
  let contractViolations = 0;
  for (const panel of perspectives) {
    if (panel.empty !== (panel.answer.length === 0)) contractViolations++;
    for (const a of panel.answer) {
      if (!p.prose[a.index] || p.sentences[a.index]?.text !== a.text) contractViolations++;
    }
  }
  const panels = perspectives.map((perspective) => ({
    perspective,
    summaryHits: perspective.answer.filter((a) => indices.includes(a.index)).length,
  }));
  return { article, panels, contractViolations };
}

function statsOf(outcomes: Outcome[], lensId: string): LensStats {
  const s: LensStats = { articles: 0, empty: 0, sentences: 0, facts: 0, inSummary: 0 };
  for (const o of outcomes) {
    const { perspective, summaryHits } = o.panels.find((x) => x.perspective.id === lensId)!;
    s.articles++;
    if (perspective.empty) s.empty++;
    s.sentences += perspective.answer.length;
    s.facts += perspective.facts.length;
    s.inSummary += summaryHits;
  }
  return s;
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const nonEmptyShare = (outcomes: Outcome[], lensId: string) =>
  outcomes.length === 0 ? NaN : 1 - statsOf(outcomes, lensId).empty / outcomes.length;

/**
 * Section pairs for the discrimination check: lens, corpus, the section it belongs to, and sport
 * as the contrast. 0.3 is a clear margin: it means that in the lens's own section the lens answers
 * on at least 30 more articles in a hundred than in sport.
 */
const DISCRIMINATION: { lens: string; corpus: string; section: string; contrast: string }[] = [
  { lens: 'investor', corpus: 'bbc', section: 'business', contrast: 'sport' },
  { lens: 'economy', corpus: 'bbc', section: 'business', contrast: 'sport' },
  { lens: 'politician', corpus: 'bbc', section: 'politics', contrast: 'sport' },
  { lens: 'innovation-manager', corpus: 'bbc', section: 'tech', contrast: 'sport' },
  { lens: 'investor', corpus: '10kgnad', section: 'Wirtschaft', contrast: 'Sport' },
  { lens: 'economy', corpus: '10kgnad', section: 'Wirtschaft', contrast: 'Sport' },
  { lens: 'politician', corpus: '10kgnad', section: 'Inland', contrast: 'Sport' },
  { lens: 'innovation-manager', corpus: '10kgnad', section: 'Web', contrast: 'Sport' },
];
const MIN_MARGIN = 0.3;
/** A lens that is silent on 95 % of a language's news answers too rarely to be worth a panel. */
const MAX_EMPTY_SHARE = 0.95;
/** Panels must not be the summary again (issue 4, point 3): at most half their sentences may be summary sentences. */
const MAX_SUMMARY_SHARE = 0.5;

export const perspectivesSuite: Suite = {
  name: 'perspectives',
  description:
    'Perspective lenses over 10kGNAD (de), BBC and CNN/DailyMail (en): empty share, answer length, facts, summary overlap, section discrimination',
  async run(ctx) {
    const articles = [
      ...loadGnad(ctx.dataDir, ctx.limit),
      ...loadBbc(ctx.dataDir, ctx.limit),
      ...loadCnndm(ctx.dataDir, ctx.limit),
    ];
    const t0 = performance.now();
    const outcomes = articles.map(run);
    const msPerArticle = (performance.now() - t0) / Math.max(1, articles.length);

    const tables: Table[] = [];
    const checks: Check[] = [];
    const data: Record<string, unknown> = { msPerArticle, articles: articles.length };

    for (const lang of ['de', 'en'] as const) {
      const group = outcomes.filter((o) => o.article.lang === lang);
      const corpora = [...new Set(group.map((o) => o.article.corpus))].join(' + ');
      const rows: (string | number)[][] = [];
      const perLens: Record<string, unknown> = {};
      for (const lens of BUILTIN_LENSES) {
        const s = statsOf(group, lens.id);
        const answered = s.articles - s.empty;
        const emptyShare = s.empty / Math.max(1, s.articles);
        const summaryShare = s.inSummary / Math.max(1, s.sentences);
        rows.push([
          lens.id,
          pct(emptyShare),
          answered ? (s.sentences / answered).toFixed(2) : '–',
          answered ? (s.facts / answered).toFixed(2) : '–',
          pct(summaryShare),
        ]);
        perLens[lens.id] = { ...s, emptyShare, summaryShare };
        checks.push({
          name: `perspectives ${lang}: ${lens.id} empty on ≤ 95 % of articles`,
          pass: emptyShare <= MAX_EMPTY_SHARE,
          detail: `${pct(emptyShare)} ≤ ${pct(MAX_EMPTY_SHARE)}`,
        });
        checks.push({
          name: `perspectives ${lang}: ${lens.id} is empty on some articles`,
          pass: s.empty > 0,
          detail: `${s.empty} of ${s.articles} empty`,
        });
        checks.push({
          name: `perspectives ${lang}: ${lens.id} repeats the summary in ≤ 50 % of its sentences`,
          pass: summaryShare <= MAX_SUMMARY_SHARE,
          detail: `${pct(summaryShare)} ≤ ${pct(MAX_SUMMARY_SHARE)}`,
        });
      }
      data[lang] = perLens;
      tables.push({
        title: `Lenses, ${lang} (${corpora}, ${group.length} articles)`,
        columns: [
          'lens',
          'empty',
          'sentences / answer',
          'facts / answer',
          'answer sentences in summary',
        ],
        rows,
      });
    }

    const sectionRows: (string | number)[][] = [];
    for (const d of DISCRIMINATION) {
      const inCorpus = outcomes.filter((o) => o.article.corpus === d.corpus);
      const own = nonEmptyShare(
        inCorpus.filter((o) => o.article.section === d.section),
        d.lens,
      );
      const contrast = nonEmptyShare(
        inCorpus.filter((o) => o.article.section === d.contrast),
        d.lens,
      );
      sectionRows.push([
        `${d.lens} (${d.corpus})`,
        `${d.section}: ${pct(own)}`,
        `${d.contrast}: ${pct(contrast)}`,
      ]);
      checks.push({
        name: `perspectives: ${d.lens} answers on ${d.corpus} ${d.section} ≥ ${d.contrast} + ${MIN_MARGIN}`,
        pass: own - contrast >= MIN_MARGIN,
        detail: `${pct(own)} vs ${pct(contrast)} (margin ${(own - contrast).toFixed(2)} ≥ ${MIN_MARGIN})`,
      });
    }
    tables.push({
      title: 'Share of articles with an answer, by the data set’s own section',
      columns: ['lens (corpus)', 'own section', 'contrast'],
      rows: sectionRows,
    });

    const violations = outcomes.reduce((a, o) => a + o.contractViolations, 0);
    checks.push({
      name: 'perspectives: every answer sentence is a prose sentence of the article at its index',
      pass: violations === 0,
      detail: `${violations} violations in ${outcomes.length} articles`,
    });
    tables.push({
      title: 'Speed',
      columns: ['articles', 'ms per article (prepare + summarize + 6 lenses)'],
      rows: [[articles.length, msPerArticle.toFixed(1)]],
    });
    const gold = goldPanels(ctx);
    tables.push(...gold.tables);
    checks.push(...gold.checks);
    data.gold = gold.data;
    return { suite: 'perspectives', tables, checks, data };
  },
};
