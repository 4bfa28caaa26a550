/**
 * Articles of `../shared/data` outside the perspectives gold that the project labelled itself
 * ("silver" labels, one annotator each, under the gold's GUIDE.md): more training articles for the
 * lens model (issue 14: "more labelled articles … are the likely levers"). They come from the same
 * kinds of source as the gold (DER STANDARD, CNN/Daily Mail, BBC News, German and English news
 * pages), are never scored, and never include a gold article.
 *
 * A candidate's input has the shape of a line of the gold's `batch.jsonl`, so the gold's own
 * preparation (`scripts/eval/gold/prepare.ts`) turns it into the pipeline's sentences.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from '../eval/extraction-shared';

export interface SilverCandidate {
  id: string;
  /** Which set it comes from: the selection takes a fixed number from each. */
  source: 'gnad' | 'cnndm' | 'bbc' | 'pages-de' | 'pages-en';
  input: Record<string, unknown>;
}

function jsonLines<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T);
}

function gnad(dataDir: string): SilverCandidate[] {
  const file = path.join(dataDir, '10kgnad', 'articles.jsonl');
  if (!existsSync(file)) return [];
  return jsonLines<{ row: number; text: string }>(file).map((r) => ({
    id: `10kgnad-${r.row}`,
    source: 'gnad' as const,
    input: { id: `10kgnad-${r.row}`, text: r.text, lang: 'de' },
  }));
}

/** Ids as the gold names them: `cnndm-dm-test-2d2a` (the set's id, hash cut to four digits). */
function cnndm(dataDir: string): SilverCandidate[] {
  const file = path.join(dataDir, 'cnndm', 'cnndm_test.jsonl');
  if (!existsSync(file)) return [];
  return jsonLines<{ id: string; hash: string; article: string }>(file).map((r) => {
    const id = `cnndm-${r.id.slice(0, r.id.length - r.hash.length)}${r.hash.slice(0, 4)}`;
    return { id, source: 'cnndm' as const, input: { id, text: r.article, lang: 'en' } };
  });
}

/** BBC News files: title, blank line, paragraphs (as the gold's BBC lines). */
function bbc(dataDir: string): SilverCandidate[] {
  const root = path.join(dataDir, 'bbc-news-summary', 'articles');
  if (!existsSync(root)) return [];
  const out: SilverCandidate[] = [];
  for (const folder of readdirSync(root).sort())
    for (const f of readdirSync(path.join(root, folder)).sort()) {
      const raw = readFileSync(path.join(root, folder, f), 'utf8');
      const cut = raw.indexOf('\n');
      const id = `bbc-${folder}-${f.replace(/\.txt$/, '')}`;
      out.push({
        id,
        source: 'bbc',
        input: { id, title: raw.slice(0, cut).trim(), text: raw.slice(cut).trim(), lang: 'en' },
      });
    }
  return out;
}

/** Gold pages are named by their host (`page-heise-de`): a silver page is never from a gold host. */
export function pageId(url: string): string {
  const host = new URL(url).hostname.replace(/^www\d*\./, '');
  return `page-${host.replace(/\./g, '-')}`;
}

function pagesDe(dataDir: string): SilverCandidate[] {
  const dir = path.join(dataDir, 'trafilatura-eval');
  const file = path.join(dir, 'evaldata-de-en.json');
  if (!existsSync(file)) return [];
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<
    string,
    { path: string; lang?: string }
  >;
  return Object.entries(data)
    .filter(([, p]) => p.lang === 'de' && existsSync(path.join(dir, p.path)))
    .map(([url, p]) => ({
      id: `${pageId(url)}-${path.basename(p.path, '.html').slice(0, 24)}`,
      source: 'pages-de' as const,
      input: { id: url, html: decodeHtml(readFileSync(path.join(dir, p.path))), url },
    }));
}

function pagesEn(dataDir: string): SilverCandidate[] {
  const dir = path.join(dataDir, 'article-extraction-benchmark');
  const file = path.join(dir, 'ground-truth.json');
  if (!existsSync(file)) return [];
  const truth = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { url: string }>;
  return Object.entries(truth)
    .filter(([h]) => existsSync(path.join(dir, 'html', `${h}.html.gz`)))
    .map(([h, t]) => ({
      id: `${pageId(t.url)}-${h.slice(0, 8)}`,
      source: 'pages-en' as const,
      input: {
        id: t.url,
        html: gunzipSync(readFileSync(path.join(dir, 'html', `${h}.html.gz`))).toString('utf8'),
        url: t.url,
      },
    }));
}

/**
 * Every candidate, gold articles and pages from a gold host left out. `goldIds` are the gold's
 * article ids (`10kgnad-257`, `page-heise-de`, …).
 */
export function silverCandidates(dataDir: string, goldIds: Iterable<string>): SilverCandidate[] {
  const gold = new Set(goldIds);
  const fromGoldHost = (c: SilverCandidate) =>
    (c.source === 'pages-de' || c.source === 'pages-en') && gold.has(pageId(String(c.input.url)));
  return [
    ...gnad(dataDir),
    ...cnndm(dataDir),
    ...bbc(dataDir),
    ...pagesDe(dataDir),
    ...pagesEn(dataDir),
  ].filter((c) => !gold.has(c.id) && !fromGoldHost(c));
}
