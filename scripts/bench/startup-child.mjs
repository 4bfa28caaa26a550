// Runs in a fresh Node process (spawned by scripts/bench/startup.ts): imports the analysis
// module given as argv[2], analyses the article in the JSON file argv[3] once (first call:
// lazy lexicon decoding and JIT warm-up) and then several more times (warm calls), and prints
// the timings as one JSON line. Plain JavaScript so that nothing but the module itself is timed.
// With a warm-up module as argv[5], its WARM_UP_STEPS run first (as the background
// worker runs them at start, lib/warm-up.ts) and their time is reported apart.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [modulePath, articlePath, optionsJson, warmUpPath] = process.argv.slice(2);
const article = JSON.parse(readFileSync(articlePath, 'utf8'));
const options = JSON.parse(optionsJson);

const processStartToImport = performance.now();
const t0 = performance.now();
const mod = await import(pathToFileURL(modulePath).href);
const importMs = performance.now() - t0;

let warmUpMs = 0;
if (warmUpPath) {
  const { WARM_UP_STEPS } = await import(pathToFileURL(warmUpPath).href);
  const tw = performance.now();
  for (const step of WARM_UP_STEPS) step();
  warmUpMs = performance.now() - tw;
}

const t1 = performance.now();
mod.analyze(article, options);
const firstCallMs = performance.now() - t1;

const warm = [];
for (let i = 0; i < 10; i++) {
  const t = performance.now();
  mod.analyze(article, options);
  warm.push(performance.now() - t);
}
warm.sort((a, b) => a - b);
const warmMedianMs = (warm[4] + warm[5]) / 2;
process.stdout.write(
  JSON.stringify({ processStartToImport, importMs, warmUpMs, firstCallMs, warmMedianMs, heapMb: process.memoryUsage().heapUsed / 1e6 }) + '\n',
);
