/**
 * Suite `sentences` (issue 3, point 1): sentence-boundary precision, recall and F1 of
 * `splitSentences` next to plain `Intl.Segmenter`, on
 * - UD German GSD dev: runs of 8 gold sentences joined by a space make one text;
 * - UD English EWT dev: each document's gold sentences (`# newdoc`) joined by a space;
 * - the pySBD / pragmatic_segmenter "Golden Rules" lists: share of cases split exactly right.
 *
 * Scoring UD: a boundary is the end offset of a sentence inside a text (the end of the text is
 * not a boundary). Only boundaries after `.`, `!`, `?` or `…`, optionally followed by closing
 * quotes or brackets, are scored, on both sides: UD also ends "sentences" at places without any
 * punctuation (headlines, e-mail lines), which no splitter can see and which the issue excludes.
 *
 * Scoring the Golden Rules: the `*CLEAN*` lists expect pySBD's `clean=True`, which rewrites
 * whitespace (joins wrapped lines, `z.B.` → `z. B.`). Our sentences are slices of the input, so a
 * case counts as right when the sentences are the same after removing all whitespace: this
 * compares where the boundaries are, not how whitespace was cleaned.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { splitSentences } from '../../lib/text/sentences';
import type { Check, EvalContext, Suite, SuiteResult, Table } from './types';

type Splitter = (text: string, lang: string) => { end: number }[];

const SYSTEMS: { name: string; split: Splitter }[] = [
  { name: 'ours (splitSentences)', split: splitSentences },
  { name: 'Intl.Segmenter', split: intlSegmenter },
];

function intlSegmenter(text: string, lang: string): { end: number }[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const out: { end: number }[] = [];
  for (const s of segmenter.segment(text)) {
    const trimmed = s.segment.trimEnd();
    if (trimmed.trim()) out.push({ end: s.index + trimmed.length });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// UD data

/** Sentence-final punctuation, optionally followed by closing quotes or brackets. */
const SCORED_END = /[.!?…]["'”“»«’‘)\]}]*$/u;

interface Document {
  text: string;
  /** Gold boundaries that are scored (offsets into `text`). */
  gold: number[];
}

/** Gold sentences of a CoNLL-U file, grouped by `# newdoc` (or one group if there is none). */
function readConllu(file: string): string[][] {
  const docs: string[][] = [];
  let current: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('# newdoc')) {
      if (current.length) docs.push(current);
      current = [];
    } else if (line.startsWith('# text = ')) {
      current.push(line.slice('# text = '.length).trim());
    }
  }
  if (current.length) docs.push(current);
  return docs;
}

function toDocument(sentences: string[]): Document {
  let text = '';
  const gold: number[] = [];
  sentences.forEach((s, i) => {
    if (i > 0) {
      if (SCORED_END.test(text)) gold.push(text.length);
      text += ' ';
    }
    text += s;
  });
  return { text, gold };
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The first `*dev.conllu` file under `dir` whose name contains `hint`. */
function findConllu(dir: string, hint: string): string {
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop()!;
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) stack.push(p);
      else if (name.endsWith('dev.conllu') && name.includes(hint)) return p;
    }
  }
  throw new Error(`sentences: no *${hint}*dev.conllu under ${dir}`);
}

interface Score {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  ms: number;
}

function scoreBoundaries(docs: Document[], lang: string, split: Splitter): Score {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  let ms = 0;
  for (const doc of docs) {
    const t0 = performance.now();
    const sentences = split(doc.text, lang);
    ms += performance.now() - t0;
    const goldSet = new Set(doc.gold);
    gold += goldSet.size;
    const textEnd = doc.text.trimEnd().length;
    for (const s of sentences) {
      if (s.end >= textEnd) continue;
      if (!SCORED_END.test(doc.text.slice(Math.max(0, s.end - 8), s.end))) continue;
      predicted++;
      if (goldSet.has(s.end)) tp++;
    }
  }
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold, predicted, ms };
}

function boundaryTable(
  title: string,
  docs: Document[],
  lang: string,
): { table: Table; scores: Record<string, Score> } {
  const scores: Record<string, Score> = {};
  const rows = SYSTEMS.map(({ name, split }) => {
    const s = (scores[name] = scoreBoundaries(docs, lang, split));
    return [
      name,
      s.precision.toFixed(3),
      s.recall.toFixed(3),
      s.f1.toFixed(3),
      s.predicted,
      s.gold,
      s.ms.toFixed(1),
    ];
  });
  return {
    table: {
      title: `${title} (${docs.length} texts)`,
      columns: ['system', 'P', 'R', 'F1', 'predicted', 'gold', 'ms'],
      rows,
    },
    scores,
  };
}

// ---------------------------------------------------------------------------------------------
// Golden Rules

interface GoldenCase {
  text: string;
  sentences: string[];
}

function exactShare(cases: GoldenCase[], lang: string, split: Splitter): number {
  const squash = (s: string) => s.replace(/\s+/gu, '');
  let right = 0;
  for (const c of cases) {
    let from = 0;
    const got = split(c.text, lang).map((s) => {
      const piece = c.text.slice(from, s.end);
      from = s.end;
      return squash(piece);
    });
    const want = c.sentences.map(squash).filter(Boolean);
    if (got.filter(Boolean).join('\u0000') === want.join('\u0000')) right++;
  }
  return cases.length ? right / cases.length : 0;
}

/** `tests/lang/test_deutsch.py:DE_CLEAN_RULES_TEST_CASES` → `de DE_CLEAN_RULES`. */
function listLabel(key: string): { label: string; lang: string } {
  const lang = key.includes('deutsch') ? 'de' : 'en';
  const name = key
    .split(':')
    .pop()!
    .replace(/_TEST_CASES$/, '');
  return { label: `${lang} ${name}`, lang };
}

/** Lists the issue sets a bar for: the English Golden Rules and every German list. */
function isBarList(key: string): boolean {
  return key.includes('deutsch') || key.includes('GOLDEN_EN');
}

// ---------------------------------------------------------------------------------------------
// Speed

/**
 * Milliseconds of CPU time (user + system, `process.cpuUsage`) to split about 100,000 words of UD
 * text (repeated), best of 5. CPU time rather than wall time, so that other processes on a
 * shared machine do not count against the splitter.
 */
function speedMs(docs: Document[], lang: string): { words: number; ms: number } {
  const sample = docs.map((d) => d.text).join('\n\n');
  const wordsInSample = sample.split(/\s+/u).length;
  const text = Array(Math.ceil(100_000 / Math.max(1, wordsInSample)))
    .fill(sample)
    .join('\n\n');
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    const before = process.cpuUsage();
    splitSentences(text, lang);
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return { words: text.split(/\s+/u).length, ms: best };
}

// ---------------------------------------------------------------------------------------------

const BARS = { de: 0.98, en: 0.95, golden: 0.95, speedMs: 100 };

export const sentencesSuite: Suite = {
  name: 'sentences',
  description:
    'sentence-boundary F1 on UD German GSD / English EWT dev and the Golden Rules, vs Intl.Segmenter',
  async run(ctx: EvalContext): Promise<SuiteResult> {
    const limit = ctx.limit ?? Infinity;
    const germanSentences = readConllu(
      findConllu(path.join(ctx.dataDir, 'ud-german-sentences'), 'de_gsd'),
    ).flat();
    const german = chunks(germanSentences, 8).slice(0, limit).map(toDocument);
    const english = readConllu(findConllu(path.join(ctx.dataDir, 'ud'), 'en_ewt'))
      .slice(0, limit)
      .map(toDocument);

    const de = boundaryTable('UD German GSD dev, boundaries after . ! ? …', german, 'de');
    const en = boundaryTable('UD English EWT dev, boundaries after . ! ? …', english, 'en');

    const golden = JSON.parse(
      readFileSync(
        path.join(ctx.dataDir, 'sbd-golden-rules', 'pysbd_golden_rules_de_en.json'),
        'utf8',
      ),
    ) as { cases: Record<string, GoldenCase[]> };
    const goldenRows: (string | number)[][] = [];
    const goldenData: Record<string, Record<string, number>> = {};
    const checks: Check[] = [];
    for (const [key, allCases] of Object.entries(golden.cases)) {
      const cases = allCases.slice(0, limit);
      const { label, lang } = listLabel(key);
      const shares = Object.fromEntries(
        SYSTEMS.map(({ name, split }) => [name, exactShare(cases, lang, split)]),
      );
      goldenData[label] = shares;
      goldenRows.push([
        label,
        cases.length,
        ...SYSTEMS.map(({ name }) => `${(100 * shares[name]).toFixed(1)} %`),
      ]);
      if (isBarList(key)) {
        const ours = shares[SYSTEMS[0].name];
        checks.push({
          name: `golden rules ${label} exact`,
          pass: ours >= BARS.golden,
          detail: `${(100 * ours).toFixed(1)} % ≥ ${100 * BARS.golden} %`,
        });
      }
    }
    const goldenTable: Table = {
      title: 'Golden Rules (pySBD test lists): cases split exactly right',
      columns: ['list', 'cases', ...SYSTEMS.map((s) => s.name)],
      rows: goldenRows,
    };

    const speed = speedMs(german, 'de');
    const speedTable: Table = {
      title: 'Speed of splitSentences (UD German text repeated; CPU ms, best of 5)',
      columns: ['words', 'CPU ms'],
      rows: [[speed.words, speed.ms.toFixed(1)]],
    };

    const oursDe = de.scores[SYSTEMS[0].name].f1;
    const oursEn = en.scores[SYSTEMS[0].name].f1;
    checks.unshift(
      {
        name: 'UD German GSD dev boundary F1',
        pass: oursDe >= BARS.de,
        detail: `F1 ${oursDe.toFixed(3)} ≥ ${BARS.de}`,
      },
      {
        name: 'UD English EWT dev boundary F1',
        pass: oursEn >= BARS.en,
        detail: `F1 ${oursEn.toFixed(3)} ≥ ${BARS.en}`,
      },
    );
    checks.push({
      name: 'splitSentences speed',
      pass: speed.ms < BARS.speedMs,
      detail: `${speed.ms.toFixed(1)} CPU ms for ${speed.words} words < ${BARS.speedMs} ms`,
    });

    return {
      suite: 'sentences',
      tables: [de.table, en.table, goldenTable, speedTable],
      checks,
      data: { udGerman: de.scores, udEnglish: en.scores, goldenRules: goldenData, speed },
    };
  },
};
