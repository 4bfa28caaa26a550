/**
 * Where the first analysis of a new article goes (issue 17: "profile first"): the stages of
 * `analyze()` (lib/analyze.ts) run one after the other over `count` articles none of them has
 * seen, each stage as one batch over all articles, so every stage meets the articles' words for
 * the first time, as on a click on a new page, and the CPU clock's granularity averages out over
 * the batch. Articles start half-way between those of `benchFresh`, so the two do not share text.
 */
import { findEntities } from '../../lib/entities';
import { answerPerspectives, BUILTIN_LENSES } from '../../lib/perspectives';
import { summarize } from '../../lib/summarize';
import { detectLanguage } from '../../lib/text/language';
import { prepareText } from '../../lib/text/prepare';
import type { PreparedText } from '../../lib/text/prepared';
import { OPTIONS } from './analysis';
import { articleOfWords, type Corpus } from './corpus';

export interface StageResult {
  lang: string;
  articles: number;
  /** Mean CPU and wall ms per article of each stage, in pipeline order. */
  stages: { name: string; cpuMs: number; wallMs: number }[];
}

const cpuMsNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export function benchStages(corpus: Corpus, words: number, count: number): StageResult {
  const step = Math.max(1, Math.floor(corpus.paragraphs.length / (count + 1)));
  const offset = Math.floor(step / 2);
  const articles = Array.from({ length: count }, (_, k) =>
    articleOfWords({ ...corpus, paragraphs: corpus.paragraphs.slice(k * step + offset) }, words),
  );
  const stages: StageResult['stages'] = [];
  const timed = <T>(name: string, run: () => T): T => {
    const w0 = performance.now();
    const c0 = cpuMsNow();
    const out = run();
    stages.push({
      name,
      cpuMs: (cpuMsNow() - c0) / count,
      wallMs: (performance.now() - w0) / count,
    });
    return out;
  };
  const langs = timed('detectLanguage', () =>
    articles.map((a) => detectLanguage([a.title, ...a.paragraphs.slice(0, 20)].join('\n'), a.lang)),
  );
  const prepared: PreparedText[] = timed('prepareText (lib/text)', () =>
    articles.map((a, i) => prepareText(a, langs[i])),
  );
  const summaries = timed('summarize (lib/summarize)', () =>
    prepared.map((p) => summarize(p, OPTIONS.summarySentences)),
  );
  // The lenses analyze() answers with the default settings, in their order.
  const lenses = (OPTIONS.perspectives ?? [])
    .map((id) => BUILTIN_LENSES.find((l) => l.id === id))
    .filter((l) => l !== undefined);
  timed('answerPerspectives (lib/perspectives)', () =>
    prepared.map((p, i) =>
      answerPerspectives(p, summaries[i].importance, summaries[i].indices, lenses, {
        uiLang: 'en',
      }),
    ),
  );
  timed('findEntities (lib/entities)', () => prepared.map((p) => findEntities(p)));
  return { lang: corpus.lang, articles: count, stages };
}
