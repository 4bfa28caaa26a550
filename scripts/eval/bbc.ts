/**
 * `bbc`: the BBC News Summary corpus (Greene & Cunningham 2006 articles with extractive summaries).
 * Each reference summary is a set of article sentences glued together without separators and not
 * always in article order, so the reference is recovered as the article sentences (as our splitter
 * cuts them) that occur verbatim in the summary file, in article order, and every system extracts
 * that many sentences. Articles whose summary is less than half recovered are skipped and counted.
 * The bar is checked on ours asked for a share of the article (`condense`), the task these
 * references define; ours at a sentence count (the news summary) is reported in the same table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Check, Suite } from './types';
import { blocksOf, limited, type SummaryDoc } from './summary-docs';
import { find, scoreSystems, scoreTables } from './summary-suite';
import {
  LEXRANK,
  OURS,
  OURS_CONDENSED,
  ORACLE,
  TS_TEXTRANK,
  leadSystem,
  prepareDoc,
} from './summary-systems';
import {
  CONDENSED_AT,
  LEAD_AT,
  OURS_AT,
  TEXTRANK_AT,
  lengthTable,
  marginCheck,
  scoreByLength,
} from './summary-parts';

/** Share of the summary's letters and digits that the recovered sentences must cover. */
const MIN_COVERAGE = 0.5;

const alnum = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '').length;

export interface BbcData {
  docs: SummaryDoc[];
  skipped: number;
  /** Mean share of each summary covered by recovered sentences. */
  coverage: number;
}

export function loadBbc(dataDir: string, limit?: number): BbcData {
  const root = path.join(dataDir, 'bbc-news-summary');
  const docs: SummaryDoc[] = [];
  let skipped = 0;
  let coverageSum = 0;
  for (const category of readdirSync(path.join(root, 'summaries')).sort()) {
    for (const name of readdirSync(path.join(root, 'summaries', category)).sort()) {
      if (limit !== undefined && docs.length + skipped >= limit) break;
      const article = readFileSync(path.join(root, 'articles', category, name), 'utf8');
      const summary = readFileSync(path.join(root, 'summaries', category, name), 'utf8');
      const [title, ...body] = blocksOf(article);
      const doc: SummaryDoc = {
        id: `${category}/${name}`,
        title,
        paragraphs: body,
        lang: 'en',
        reference: [],
        sentences: 0,
      };
      const prepared = prepareDoc(doc);
      const reference = prepared.sentences.map((s) => s.text).filter((s) => summary.includes(s));
      const coverage = reference.reduce((a, s) => a + alnum(s), 0) / Math.max(1, alnum(summary));
      if (!reference.length || coverage < MIN_COVERAGE) {
        skipped++;
        continue;
      }
      coverageSum += Math.min(1, coverage);
      docs.push({ ...doc, reference, sentences: reference.length });
    }
  }
  return { docs: limited(docs, limit), skipped, coverage: coverageSum / Math.max(1, docs.length) };
}

export const bbcSuite: Suite = {
  name: 'bbc',
  description:
    'BBC News Summary: extractive summaries at the reference sentence count (ROUGE), ours vs LEAD-k, npm peers, oracle',
  async run(ctx) {
    const { docs, skipped, coverage } = loadBbc(ctx.dataDir, ctx.limit);
    const lead = leadSystem();
    const systems = [OURS, OURS_CONDENSED, lead, TS_TEXTRANK, LEXRANK, ORACLE];
    const scores = scoreSystems(docs, systems);
    // The references keep ~43 % of each article (a condensed article, not its news), so the bar
    // is checked on ours asked for that share; ours at a sentence count is reported beside it.
    const ours = find(scores.all, OURS_CONDENSED.name);
    const peers = [find(scores.all, TS_TEXTRANK.name), find(scores.all, LEXRANK.name)];
    const best = (k: 'rouge1' | 'rouge2') => peers.reduce((a, b) => (b[k] > a[k] ? b : a));
    const checks: Check[] = (['rouge1', 'rouge2'] as const).map((k) => ({
      name: `bbc: ours condensed ${k === 'rouge1' ? 'ROUGE-1' : 'ROUGE-2'} ≥ best npm peer`,
      pass: ours[k] >= best(k)[k],
      detail: `${ours[k].toFixed(2)} ≥ ${best(k)[k].toFixed(2)} (${best(k).name}; held-out half: ${find(scores.heldOut, OURS_CONDENSED.name)[k].toFixed(2)} vs ${find(scores.heldOut, best(k).name)[k].toFixed(2)})`,
    }));
    // Issue 17: the condensed summary against ts-textrank on each part (by the hash of the
    // article's path, `category/NNN.txt`), at the reference's sentence count.
    const byPart = scoreByLength(docs, ['ref'], [CONDENSED_AT, TEXTRANK_AT, LEAD_AT, OURS_AT]);
    checks.push(marginCheck('bbc', byPart, 'ref', 0, true, [CONDENSED_AT.name, TEXTRANK_AT.name]));
    const tables = scoreTables(
      `BBC News Summary, reference sentence count (${skipped} skipped, mean coverage ${(coverage * 100).toFixed(1)} %)`,
      scores,
      [OURS.name, OURS_CONDENSED.name, lead.name, TS_TEXTRANK.name],
    );
    tables.push(
      lengthTable(
        'BBC News Summary, reference sentence count, tuning and check parts (partOf `category/NNN.txt`)',
        byPart,
        [CONDENSED_AT.name, TEXTRANK_AT.name, LEAD_AT.name, OURS_AT.name],
      ),
    );
    return { suite: 'bbc', tables, checks, data: { skipped, coverage, scores, byPart } };
  },
};
