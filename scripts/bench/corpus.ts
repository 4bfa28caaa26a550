/**
 * Long articles of a chosen word count for the analysis benchmark and the complexity budget,
 * built by concatenating real news articles from the evaluation data in file order:
 * German from 10kGNAD (DER STANDARD bodies, `body_heuristic`), English from the BBC News
 * Summary corpus (titles dropped, paragraphs kept). Real text matters: repeated or random text
 * would make sentence similarity graphs denser or sparser than news is.
 *
 * Without the data folder (CI runs without ../shared) it falls back to the project's own
 * fixture texts in tests/fixtures/perspectives, repeated; callers must say so in their output.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ExtractedArticle } from '../../lib/types';

export type BenchLang = 'de' | 'en';

/** Words as `lib/analyze.ts` counts them (`Analysis.wordCount`). */
const WORD = /[\p{L}\p{N}]+/gu;
export const countWords = (s: string): number => s.match(WORD)?.length ?? 0;

export interface Corpus {
  lang: BenchLang;
  /** Where the paragraphs come from, for the report. */
  source: string;
  /** Paragraphs in order; articles separated by nothing but the paragraph break. */
  paragraphs: string[];
  /** True when the text is the small fixture set repeated (no evaluation data found). */
  repeated: boolean;
}

const blocks = (text: string) =>
  text
    .split(/\n[ \t]*\n/)
    .map((b) => b.trim())
    .filter(Boolean);

function gnadParagraphs(dataDir: string): string[] {
  const file = path.join(dataDir, '10kgnad', 'articles.jsonl');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { text: string; body_heuristic?: string })
    .flatMap((l) => blocks(l.body_heuristic ?? l.text));
}

function bbcParagraphs(dataDir: string): string[] {
  const root = path.join(dataDir, 'bbc-news-summary', 'articles');
  const out: string[] = [];
  for (const category of readdirSync(root).sort()) {
    for (const name of readdirSync(path.join(root, category)).sort()) {
      // Line 1 is the title; the body follows after a blank line.
      const [, ...body] = blocks(readFileSync(path.join(root, category, name), 'utf8'));
      out.push(...body);
    }
  }
  return out;
}

const FALLBACK: Record<BenchLang, string[]> = {
  de: ['tests/fixtures/perspectives/factory-de.txt', 'tests/fixtures/perspectives/recipe-de.txt'],
  en: ['tests/fixtures/perspectives/port-en.txt', 'tests/fixtures/perspectives/recipe-en.txt'],
};

export function loadCorpus(lang: BenchLang, dataDir: string): Corpus {
  const hasData = existsSync(path.join(dataDir, lang === 'de' ? '10kgnad' : 'bbc-news-summary'));
  if (hasData) {
    return lang === 'de'
      ? { lang, source: '10kGNAD test bodies', paragraphs: gnadParagraphs(dataDir), repeated: false }
      : { lang, source: 'BBC News Summary articles', paragraphs: bbcParagraphs(dataDir), repeated: false };
  }
  const paragraphs = FALLBACK[lang].flatMap((f) => blocks(readFileSync(path.resolve(f), 'utf8')));
  return { lang, source: `fixture texts (${FALLBACK[lang].join(', ')}) repeated`, paragraphs, repeated: true };
}

/**
 * The first paragraphs of the corpus that reach `words` words (cycling when the corpus is
 * shorter), the last one cut at a word boundary so the article has `words` words ± a few.
 */
export function articleOfWords(corpus: Corpus, words: number): ExtractedArticle {
  const paragraphs: string[] = [];
  let total = 0;
  if (!corpus.paragraphs.length) throw new Error(`empty corpus: ${corpus.source}`);
  for (let i = 0; total < words; i++) {
    const p = corpus.paragraphs[i % corpus.paragraphs.length];
    const n = countWords(p);
    if (total + n <= words) {
      paragraphs.push(p);
      total += n;
      continue;
    }
    // Cut the last paragraph at the word boundary that reaches the wanted count.
    const tokens = p.split(/\s+/);
    let kept = '';
    for (const t of tokens) {
      const next = kept ? `${kept} ${t}` : t;
      if (total + countWords(next) > words) break;
      kept = next;
    }
    if (kept) paragraphs.push(kept);
    total += countWords(kept);
    break;
  }
  return {
    title: '',
    byline: null,
    siteName: null,
    lang: corpus.lang,
    publishedTime: null,
    excerpt: null,
    paragraphs,
  };
}
