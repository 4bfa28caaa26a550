/**
 * `npm run bench -- [--data DIR] [--limit N] [--runs N] [--only a,b] [--no-browser] [--json FILE]`
 *
 * Performance benchmark (issue 8), separate from the tests: extraction, analysis by article
 * size, npm peers side by side, module start-up, click-to-summary in Chromium, and extraction
 * in Chromium by page size. Prints Markdown tables (pasted into docs/performance.md); `--json
 * FILE` writes every sample. Sections: extraction, analysis, peers, startup, browser,
 * extract-browser (all by default). Each section loads its
 * modules when it runs, so that `--only browser` does not import lib/ in this process.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { SizeResult } from './bench/analysis';
import { articlePage, benchClickToSummary, hasE2eBuild, medianOf, seedPage, type BenchPage } from './bench/browser';
import { articleOfWords, loadCorpus, type BenchLang } from './bench/corpus';
import type { DatasetTimings } from './bench/extraction';
import { machine } from './bench/machine';
import { PEER_SYSTEMS, benchPeers } from './bench/peers';
import { formatTable, median, ms, type Table } from './bench/stats';

const SECTIONS = ['extraction', 'analysis', 'peers', 'startup', 'browser', 'extract-browser'] as const;
type Section = (typeof SECTIONS)[number];

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: path.resolve('../shared/data') },
    limit: { type: 'string' },
    runs: { type: 'string', default: '5' },
    'browser-runs': { type: 'string', default: '5' },
    'long-words': { type: 'string', default: '10000' },
    'peer-cap-ms': { type: 'string', default: '20000' },
    /** Page sizes in bytes for extract-browser, comma-separated. */
    'page-bytes': { type: 'string', default: '100000,300000,1000000,3000000,10000000' },
    only: { type: 'string' },
    'no-browser': { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});

const dataDir = path.resolve(values.data!);
const limit = values.limit ? Number(values.limit) : undefined;
const runs = Number(values.runs);
const wanted = new Set<Section>(
  (values.only?.split(',').map((s) => s.trim()) as Section[] | undefined) ?? SECTIONS.filter((s) => !s.includes('browser') || !values['no-browser']),
);
for (const s of wanted) if (!SECTIONS.includes(s)) throw new Error(`unknown section ${s}; known: ${SECTIONS.join(', ')}`);
if (values['no-browser']) for (const s of ['browser', 'extract-browser'] as const) wanted.delete(s);

const tables: Table[] = [];
const json: Record<string, unknown> = { command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(), machine: machine() };
const show = (t: Table) => {
  tables.push(t);
  console.log('\n' + formatTable(t) + '\n');
};
const log = (s: string) => process.stderr.write(s + '\n');
const kb = (b: number) => (b / 1e3).toFixed(0);
const langs: BenchLang[] = ['de', 'en'];

console.log(`# Kontext benchmark\n\n${JSON.stringify(json.machine)}\n`);

if (wanted.has('extraction')) {
  const { benchExtraction, summarize: summarizeTimes, trafilaturaPages, zytePages } = await import('./bench/extraction');
  const sets: DatasetTimings[] = [];
  for (const [name, load] of [
    ['article-extraction-benchmark', zytePages],
    ['trafilatura-eval', trafilaturaPages],
  ] as const) {
    log(`extraction: ${name} ...`);
    sets.push(benchExtraction(name, load(dataDir, limit)));
  }
  json.extraction = sets;
  const rows: (string | number)[][] = [];
  for (const set of sets) {
    const size = summarizeTimes(set.pages.map((p) => p.bytes));
    for (const [label, key, cpuKey] of [
      ['jsdom parse (not in the extension)', 'parseMs', null],
      ['Readability.js alone (clone + parse)', 'readabilityMs', 'readabilityCpuMs'],
      ['Kontext extractArticle (force)', 'oursMs', 'oursCpuMs'],
    ] as const) {
      const t = summarizeTimes(set.pages.map((p) => p[key]));
      const cpu = cpuKey ? ms(median(set.pages.map((p) => p[cpuKey]))) : '–';
      const per100kb = median(set.pages.map((p) => (p[key] / p.bytes) * 1e5));
      rows.push([`${set.dataset}: ${label}`, set.pages.length, ms(t.median), ms(t.p95), ms(t.max), cpu, ms(per100kb), `${kb(size.median)} / ${kb(size.p95)} / ${kb(size.max)}`]);
    }
  }
  show({
    title: 'Extraction per page in jsdom (wall ms unless marked CPU)',
    columns: ['data set: system', 'pages', 'median', 'p95', 'max', 'CPU median', 'ms/100 kB', 'page kB med/p95/max'],
    rows,
    note: 'ms/100 kB: median over pages of wall time per 100 kB of HTML. Ours includes its own document clone, the readerable check and the cleaning. jsdom is slower than a browser DOM; the ratio between the two systems is the portable figure.',
  });
  const slow = sets.flatMap((s) => s.pages.map((p) => ({ ...p, set: s.dataset }))).sort((a, b) => b.oursCpuMs - a.oursCpuMs).slice(0, 5);
  show({
    title: 'Slowest pages for Kontext extraction (by CPU time)',
    columns: ['page', 'kB', 'elements', 'Readability CPU ms', 'Kontext CPU ms'],
    rows: slow.map((p) => [`${p.set}/${p.id}`, kb(p.bytes), p.elements, ms(p.readabilityCpuMs), ms(p.oursCpuMs)]),
  });
}

if (wanted.has('analysis')) {
  const { SIZES, benchFresh, benchSizes, complexityRatio } = await import('./bench/analysis');
  const all: SizeResult[] = [];
  for (const lang of langs) {
    const corpus = loadCorpus(lang, dataDir);
    log(`analysis: ${lang} (${corpus.source}) ...`);
    all.push(...benchSizes(corpus, SIZES, runs));
  }
  json.analysis = all;
  show({
    title: `analyze() by article size (median of ${runs} samples; CPU and wall ms per call)`,
    columns: ['lang', 'words', 'sentences', 'CPU ms', 'wall ms', 'heap growth MB', 'retained MB', 'CPU × vs previous size', 'size ×', 'exponent'],
    rows: all.map((r, i) => {
      const prev = all[i - 1]?.lang === r.lang ? all[i - 1] : null;
      const tr = prev ? r.medianCpuMs / prev.medianCpuMs : NaN;
      const sr = prev ? r.words / prev.words : NaN;
      return [r.lang, r.words, r.sentences, ms(r.medianCpuMs), ms(r.medianWallMs), r.heap.growthMb.toFixed(1), r.heap.retainedMb.toFixed(2),
        prev ? tr.toFixed(2) : '–', prev ? sr.toFixed(1) : '–', prev ? (Math.log(tr) / Math.log(sr)).toFixed(2) : '–'];
    }),
    note:
      'Articles are real news concatenated (de: 10kGNAD bodies, en: BBC News Summary). Samples are batches of ≥ 100 ms, so short calls are averaged. ' +
      'exponent = log(time ratio) / log(size ratio): 1 is linear, 2 quadratic. heap growth = heap used right after the call minus before it (after a full GC), a lower bound on the peak since GC may run during the call; retained = after a full GC with the result alive.',
  });
  const { benchStages } = await import('./bench/stages');
  const stages = langs.map((lang) => benchStages(loadCorpus(lang, dataDir), 2_000, 30));
  json.analysisStages = stages;
  show({
    title: 'Where a first analysis goes: analyze()\'s stages on 2,000-word articles not seen before (mean of 30 articles, CPU / wall ms)',
    columns: ['lang', ...stages[0].stages.map((s) => s.name), 'sum'],
    rows: stages.map((r) => [r.lang, ...r.stages.map((s) => `${ms(s.cpuMs)} / ${ms(s.wallMs)}`), ms(r.stages.reduce((a, s) => a + s.cpuMs, 0))]),
    note: 'Each stage runs as one batch over all 30 articles, so each meets their words for the first time (scripts/bench/stages.ts); the entity stage sees every sentence (analyze() caps it at 600).',
  });
  const fresh = langs.map((lang) => benchFresh(loadCorpus(lang, dataDir), 2_000, 30));
  json.analysisFresh = fresh;
  show({
    title: 'analyze() on 2,000-word articles it has not seen before (median of 30 articles, one call each)',
    columns: ['lang', 'words', 'articles', 'first call CPU ms', 'first call wall ms', 'same article again CPU ms'],
    rows: fresh.map((r) => [r.lang, r.words, r.articles, ms(r.firstCpuMs), ms(r.firstWallMs), ms(r.againCpuMs)]),
    note: 'What a click on a new page costs: the table above repeats one article, whose words are all in the per-word memos after its first call.',
  });
  const ratios = langs.map((lang) => complexityRatio(loadCorpus(lang, dataDir), 10_000, 100_000, runs));
  json.complexityRatio = ratios;
  show({
    title: 'Complexity ratio (the check:budgets figure): CPU time on 100,000 words / on 10,000 words, interleaved runs',
    columns: ['lang', '10k CPU ms', '100k CPU ms', 'ratio', 'budget'],
    rows: ratios.map((r) => [r.lang, ms(median(r.smallCpuMs)), ms(median(r.largeCpuMs)), r.ratio.toFixed(2), '≤ 12']),
  });
}

if (wanted.has('peers')) {
  const { OPTIONS, SIZES } = await import('./bench/analysis');
  const cap = Number(values['peer-cap-ms']);
  const rows: (string | number)[][] = [];
  const all = [];
  for (const lang of langs) {
    log(`peers: ${lang} ...`);
    const r = benchPeers(lang, dataDir, SIZES, runs, cap, log);
    all.push(...r);
    for (const row of r) {
      const base = row.ms.ours;
      const cell = (id: string) => {
        const v = row.ms[id];
        if (v === null || v === undefined) return `skipped (predicted > ${cap / 1000} s)`;
        return id === 'ours' || !base ? ms(v) : `${ms(v)} (${(v / base).toFixed(1)}×)`;
      };
      rows.push([row.lang, row.words, row.sentences, ...PEER_SYSTEMS.map((s) => cell(s.id))]);
    }
  }
  json.peers = all;
  show({
    title: 'Summarizers side by side on the same texts (median CPU ms per call; × = time / Kontext summarizer)',
    columns: ['lang', 'words', 'sentences', ...PEER_SYSTEMS.map((s) => s.label)],
    rows,
    note: `Kontext summarizer = language, preparation and summarize(); analyze() adds perspectives and entities. Peers get our prepared text and the same sentence count (${OPTIONS.summarySentences}). Each system runs in its own process: lexrank loads Sugar.js, which patches native Array methods process-wide.`,
  });
}

if (wanted.has('startup')) {
  const { benchStartup } = await import('./bench/startup');
  log('startup: bundling lib/analyze.ts and spawning fresh processes ...');
  const res = await benchStartup(loadCorpus('de', dataDir), 2_000, runs);
  json.startup = res;
  show({
    title: `Module start-up in a fresh Node process (median of ${runs}; 2,000-word German article)`,
    columns: ['variant', 'module kB', 'import ms', 'warm-up steps ms', 'first analyze() ms', 'warm analyze() ms', 'heap MB after'],
    rows: res.map((r) => [r.variant, r.moduleBytes === null ? '–' : kb(r.moduleBytes), ms(r.median.importMs), r.median.warmUpMs ? ms(r.median.warmUpMs) : '–', ms(r.median.firstCallMs), ms(r.median.warmMedianMs), r.median.heapMb.toFixed(0)]),
    note: 'import = evaluating the module graph (code parse); warm-up steps = lib/warm-up.ts run before the first call, as the background worker runs them at start (unpacking the word lists and weights, hash tables, name models, one short sample analysis per language); first call pays whatever is still lazily built, and JIT warm-up; warm = median of the next 10 calls. Wall ms.',
  });
}

if (wanted.has('browser')) {
  if (!hasE2eBuild()) {
    console.log('\nbrowser: skipped, no E2E build (run `npm run build:e2e` first)\n');
  } else {
    const pages: BenchPage[] = [];
    const seed = seedPage(path.resolve(dataDir, '..', 'fixtures', 'seed-article-de.html'));
    if (seed) pages.push(seed);
    const longWords = Number(values['long-words']);
    const long = articleOfWords(loadCorpus('de', dataDir), longWords);
    pages.push({ name: `long-${longWords}-de.html`, html: articlePage('Langer Artikel', 'de', long.paragraphs), words: longWords });
    const browserRuns = Number(values['browser-runs']);
    log(`browser: ${pages.length} pages × ${browserRuns} runs ...`);
    const res = await benchClickToSummary(pages, browserRuns, log);
    json.browser = res;
    show({
      title: `Click to summary in headless Chromium (${browserRuns} runs, ms)`,
      columns: ['page', 'words', 'measured from', 'first open median', 'min', 'max', 'cached re-open median', 'upper bounds', 'failures'],
      rows: res.map((r) => [r.page, r.words, r.mode === 'action popup' ? 'chrome.action.openPopup()' : 'popup.html?tab=ID navigation start',
        ms(medianOf(r.coldMs)), ms(Math.min(...r.coldMs)), ms(Math.max(...r.coldMs)), ms(medianOf(r.cachedMs)), r.upperBounds, r.failures.length]),
      note: 'Until the first frame after a summary sentence is in the DOM. First open = a URL not seen before (extraction + analysis); cached = second open of the same tab. "upper bounds": runs where the summary was already shown when the popup could first be inspected.',
    });
    for (const r of res) for (const f of r.failures.slice(0, 3)) console.log(`  failure (${r.page}, ${r.mode}): ${f}`);
  }
}

if (wanted.has('extract-browser')) {
  const { benchExtractInBrowser, realPageTable, sizeTable } = await import('./bench/extract-browser');
  const { trafilaturaPages, zytePages } = await import('./bench/extraction');
  const sizes = values['page-bytes']!.split(',').map(Number);
  const real = [
    { dataset: 'article-extraction-benchmark', pages: zytePages(dataDir, limit) },
    { dataset: 'trafilatura-eval', pages: trafilaturaPages(dataDir, limit) },
  ];
  const res = await benchExtractInBrowser(sizes, runs, real, log);
  json.extractBrowser = res;
  show(sizeTable(res.sizes, runs));
  show(realPageTable(res.real));
}

json.loadAfter = os.loadavg();
console.log(`load average at the end: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
if (values.json) writeFileSync(values.json, JSON.stringify({ ...json, tables }, null, 2));
