/**
 * Start-up cost of the analysis module in a fresh process, as the background worker pays it
 * each time the browser starts it (MV3 workers are stopped after ~30 s idle, per Chrome's
 * extension service worker lifecycle docs): time to import `lib/analyze.ts` (parsing the code
 * and building the lexicons at module load), the first `analyze()` call, and a warm call.
 *
 * Three variants: the production-like bundle (Vite, minified, ESM, as the worker gets it), the
 * same bundle with the warm-up steps run before the first call (as the worker runs them
 * when it starts, lib/warm-up.ts; their time is reported apart), and the TypeScript
 * source through tsx (what the CLI does; includes transpiling, which tsx
 * caches on disk after the first run).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { OPTIONS } from './analysis';
import { articleOfWords, type Corpus } from './corpus';
import { median } from './stats';

export interface StartupRun {
  processStartToImport: number;
  importMs: number;
  /** Time of the warm-up steps (lib/warm-up.ts) before the first call (0 when the variant runs none). */
  warmUpMs: number;
  firstCallMs: number;
  warmMedianMs: number;
  heapMb: number;
}

export interface StartupResult {
  variant: string;
  moduleBytes: number | null;
  runs: StartupRun[];
  median: StartupRun;
}

const CHILD = path.resolve('scripts/bench/startup-child.mjs');

/**
 * Bundles lib/analyze.ts the way the extension build does (Vite/Rollup, esbuild minification),
 * with lib/warm-up.ts as a second entry sharing its chunks (the worker's warm-up).
 */
async function bundleAnalyze(outDir: string): Promise<{ analyze: string; warmUp: string }> {
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      target: 'es2022',
      lib: {
        entry: { analyze: path.resolve('lib/analyze.ts'), 'warm-up': path.resolve('lib/warm-up.ts') },
        formats: ['es'],
        fileName: (_format, name) => `${name}.mjs`,
      },
    },
  });
  return { analyze: path.join(outDir, 'analyze.mjs'), warmUp: path.join(outDir, 'warm-up.mjs') };
}

/** Bytes of the bundle's JavaScript files (the entries and their shared chunks). */
function bundleBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mjs') || f.endsWith('.js'))
    .reduce((a, f) => a + statSync(path.join(dir, f)).size, 0);
}

function runChild(args: string[]): StartupRun {
  const out = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!) as StartupRun;
}

function medianRun(runs: StartupRun[]): StartupRun {
  const m = (k: keyof StartupRun) => median(runs.map((r) => r[k]));
  return {
    processStartToImport: m('processStartToImport'),
    importMs: m('importMs'),
    warmUpMs: m('warmUpMs'),
    firstCallMs: m('firstCallMs'),
    warmMedianMs: m('warmMedianMs'),
    heapMb: m('heapMb'),
  };
}

export async function benchStartup(corpus: Corpus, words: number, runs: number): Promise<StartupResult[]> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'kontext-bench-'));
  try {
    const articleFile = path.join(tmp, 'article.json');
    writeFileSync(articleFile, JSON.stringify(articleOfWords(corpus, words)));
    const options = JSON.stringify(OPTIONS);
    const bundle = await bundleAnalyze(path.join(tmp, 'bundle'));
    const bytes = bundleBytes(path.join(tmp, 'bundle'));
    const results: StartupResult[] = [];
    const variants: { variant: string; args: string[]; bytes: number | null }[] = [
      { variant: 'bundled (vite, minified)', args: [CHILD, bundle.analyze, articleFile, options], bytes },
      { variant: 'bundled, warm-up steps first', args: [CHILD, bundle.analyze, articleFile, options, bundle.warmUp], bytes },
      {
        variant: 'TypeScript via tsx',
        args: ['--import', 'tsx', CHILD, path.resolve('lib/analyze.ts'), articleFile, options],
        bytes: null,
      },
    ];
    for (const v of variants) {
      runChild(v.args); // one unmeasured run fills the OS file cache (and tsx's transform cache)
      const r = Array.from({ length: runs }, () => runChild(v.args));
      results.push({ variant: v.variant, moduleBytes: v.bytes, runs: r, median: medianRun(r) });
    }
    return results;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
