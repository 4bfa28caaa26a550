/**
 * One summarizer timed in a process of its own (spawned by scripts/bench/peers.ts):
 * `tsx scripts/bench/peers-child.ts SYSTEM LANG DATA_DIR SIZES RUNS CAP_MS` prints one JSON line
 * per size. A process each, because `lexrank` loads Sugar.js, which replaces native Array
 * methods such as `map` with wrappers for the whole process (node_modules/sugar, `wrapNative`):
 * our code timed in the same process would run on the patched methods. For the same reason the
 * calls are made here rather than through scripts/eval/summary-systems.ts (which loads lexrank
 * when imported); they follow that file: ours = language, preparation, summarize(); the peers
 * get our prepared text, ts-textrank with its README configuration.
 */
import { createRequire } from 'node:module';
import { analyze } from '../../lib/analyze';
import { summarize } from '../../lib/summarize';
import { detectLanguage } from '../../lib/text/language';
import { prepareText } from '../../lib/text/prepare';
import type { ExtractedArticle } from '../../lib/types';
import { OPTIONS } from './analysis';
import { articleOfWords, countWords, loadCorpus, type BenchLang } from './corpus';
import { median } from './stats';
import { sampleCall } from './timing';

type Run = (article: ExtractedArticle, text: string, count: number) => unknown;

/** Language and preparation exactly as lib/analyze.ts does them. */
function prepare(article: ExtractedArticle) {
  const lang = detectLanguage([article.title, ...article.paragraphs.slice(0, 20)].join('\n'), article.lang);
  return prepareText(article, lang);
}

async function system(name: string): Promise<Run> {
  switch (name) {
    case 'ours':
      return (article, _text, count) => summarize(prepare(article), count);
    case 'analyze':
      return (article) => analyze(article, OPTIONS);
    case 'ts-textrank': {
      const t = await import('ts-textrank');
      const byCount = new Map<number, InstanceType<typeof t.Summarizer>>();
      return (_article, text, count) => {
        let s = byCount.get(count);
        if (!s) {
          // The package README's configuration: Sørensen–Dice similarity, damping 0.85, article order.
          s = new t.Summarizer(
            new t.AbsoluteSummarizerConfig(count, new t.SorensenDiceSimilarity(), new t.DefaultTextParser(), 0.85, t.Summarizer.SORT_OCCURENCE),
            new t.NullLogger(),
          );
          byCount.set(count, s);
        }
        return s.summarize(text, _article.lang ?? 'en');
      };
    }
    case 'lexrank': {
      type Callback = (err: unknown, top: { text: string }[]) => void;
      const lexrank = createRequire(import.meta.url)('lexrank') as { summarize(text: string, lines: number, cb: Callback): void };
      return (_article, text, count) => {
        let out: unknown = null;
        lexrank.summarize(text, count, (err, top) => {
          if (err) throw err instanceof Error ? err : new Error(String(err));
          out = top;
        });
        return out;
      };
    }
    default:
      throw new Error(`unknown system ${name}`);
  }
}

const [name, lang, dataDir, sizesArg, runsArg, capArg] = process.argv.slice(2);
const run = await system(name);
const corpus = loadCorpus(lang as BenchLang, dataDir);
const runs = Number(runsArg);
const cap = Number(capArg);
let last: { words: number; ms: number } | null = null;
for (const words of sizesArg.split(',').map(Number)) {
  const article = articleOfWords(corpus, words);
  const prepared = prepare(article);
  const line = { words: countWords(article.paragraphs.join('\n\n')), sentences: prepared.sentences.length, ms: null as number | null };
  // Predicted time at this size: the peers build a full sentence graph (quadratic); ours is
  // budgeted to grow about linearly (check:budgets), so it is predicted linearly and never skipped
  // below a cap that a linear run would reach.
  const exponent = name === 'ours' || name === 'analyze' ? 1 : 2;
  const predicted = last ? last.ms * (words / last.words) ** exponent : 0;
  if (predicted <= cap) {
    const fn = () => run(article, prepared.text, OPTIONS.summarySentences);
    // Once a call takes seconds, one sample is enough to rank systems that differ tenfold.
    const n = predicted > 2000 ? 1 : runs;
    if (predicted <= 2000) fn(); // warm-up
    line.ms = median(Array.from({ length: n }, () => sampleCall(fn, 50).cpuMs));
    last = { words, ms: line.ms };
  }
  process.stdout.write(JSON.stringify(line) + '\n');
}
