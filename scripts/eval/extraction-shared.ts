/**
 * What the three extraction suites (`zyte`, `trafilatura`, `readability`) share: building a
 * quiet jsdom document, decoding bytes by the page's declared charset, and running plain
 * Readability and Kontext's extraction on the same page with timings.
 */
import { Readability } from '@mozilla/readability';
import { parseHtml as parseInert, releaseHtml } from '../../cli/parse-html';
import { extractArticle } from '../../lib/extract/index';
import type { ExtractedArticle } from '../../lib/types';
import { partOf, type Part } from './split';
import type { Check, Table } from './types';

/**
 * The CLI's parser (cli/parse-html.ts): a document without scripts, sub-resources, console or
 * style sheets, so that the eval measures exactly what `npm run summarize` does on the page.
 */
export function parseHtml(html: string, url: string): Document {
  return parseInert(html, url);
}

/**
 * Frees a page and lets the event loop turn, so that a synchronous loop over hundreds of pages
 * never holds more than one (jsdom windows used to keep about 5 MB a page until the heap limit
 * slowed the run to a crawl; parsed documents now have no window, but the turn costs nothing).
 */
export async function releasePage(doc: Document): Promise<void> {
  releaseHtml(doc);
  await new Promise((resolve) => setImmediate(resolve));
}

/**
 * Decodes page bytes with the charset the page declares in a `<meta>` (the HTML standard's
 * prescan looks at the first 1024 bytes; some pages put it later, so we look at 4096), UTF-8
 * when it declares none or a label the platform does not know.
 */
export function decodeHtml(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  const label = m?.[1]?.toLowerCase() ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

export interface SystemOutput {
  text: string;
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  siteName: string | null;
  readerable?: boolean;
  /** Wall time for the page, including any document clone the system needs. */
  ms: number;
  /** Plain Readability only: `parse()` without the clone. */
  parseMs?: number;
  /** The exception the system threw on this page (an internal error), if it threw. */
  error?: string;
  /** Kontext only: exceptions its extraction caught and went around on this page (`onError`). */
  recovered?: string[];
}

export interface BothOutputs {
  readability: SystemOutput;
  ours: SystemOutput;
  article: ExtractedArticle | null;
  /**
   * Kontext's article gate without `force`: the page was taken as an article (the gate said yes
   * and extraction found text), i.e. the popup would not have said "not an article".
   */
  accepted: boolean;
}

const EMPTY_OUTPUT: Omit<SystemOutput, 'ms'> = {
  text: '',
  title: null,
  byline: null,
  publishedTime: null,
  lang: null,
  excerpt: null,
  siteName: null,
};

function errorText(err: unknown): string {
  const e = err as { name?: string; message?: string } | null;
  return `${e?.name ?? 'Error'}: ${String(e?.message ?? err).slice(0, 200)}`;
}

/**
 * Runs Kontext's extraction (with `force`, as the eval scores every page) and plain Readability
 * on the same parsed page, timing both. Plain Readability is timed the way a content script
 * has to run it, on `document.cloneNode(true)` (Readability's README: it modifies the document
 * it gets, so pass a clone to keep the page intact); `parseMs` is its `parse()` alone, for
 * reference. Ours includes its own clone, the readerable check and the cleaning.
 */
export function runBoth(
  doc: Document,
  url: string,
  options: { cloneForReadability?: boolean; readabilityFirst?: boolean } = {},
): BothOutputs {
  const runReadability = (): SystemOutput => {
    const t1 = performance.now();
    // Without a clone Readability takes the page itself: fine once ours is done with it, and
    // faster for suites that report no timing.
    const clone = options.cloneForReadability === false ? doc : (doc.cloneNode(true) as Document);
    const t2 = performance.now();
    let parsed;
    try {
      parsed = new Readability(clone).parse();
    } catch (err) {
      return { ...EMPTY_OUTPUT, ms: performance.now() - t1, error: errorText(err) };
    }
    const t3 = performance.now();
    return {
      text: parsed?.textContent ?? '',
      title: parsed?.title ?? null,
      byline: parsed?.byline ?? null,
      publishedTime: parsed?.publishedTime ?? null,
      lang: parsed?.lang ?? null,
      excerpt: parsed?.excerpt ?? null,
      siteName: parsed?.siteName ?? null,
      ms: t3 - t1,
      parseMs: t3 - t2,
    };
  };
  // Whoever runs first on a fresh jsdom page pays for its lazily built caches; the timing suite
  // alternates the order so that neither system always pays.
  const early =
    options.readabilityFirst && options.cloneForReadability !== false ? runReadability() : null;
  const t0 = performance.now();
  let result;
  const recovered: string[] = [];
  try {
    result = extractArticle(doc, {
      url,
      force: true,
      onError: (stage, err) => recovered.push(`${stage}: ${errorText(err)}`),
    });
  } catch (err) {
    const ours = { ...EMPTY_OUTPUT, ms: performance.now() - t0, error: errorText(err) };
    return { readability: early ?? runReadability(), ours, article: null, accepted: false };
  }
  const oursMs = performance.now() - t0;
  const article = result.ok ? result.article : null;
  const ours: SystemOutput = article
    ? {
        text: article.paragraphs.join('\n\n'),
        title: article.title,
        byline: article.byline,
        publishedTime: article.publishedTime,
        lang: article.lang,
        excerpt: article.excerpt,
        siteName: article.siteName,
        readerable: article.readerable,
        ms: oursMs,
        recovered,
      }
    : {
        text: '',
        title: result.ok ? null : result.title,
        byline: null,
        publishedTime: null,
        lang: null,
        excerpt: null,
        siteName: null,
        readerable: result.ok ? undefined : result.readerable,
        ms: oursMs,
        recovered,
      };
  // With `force` the gate's verdict is still reported (`readerable`); without it, a page the gate
  // declines is refused, and so is a page where nothing was found.
  const accepted = result.ok && result.articleGate;
  return { readability: early ?? runReadability(), ours, article, accepted };
}

/** What one page gave, for the robustness counts every extraction suite reports. */
export interface PageRun {
  out: BothOutputs;
  part: Part;
}

/**
 * Parses and runs one page; an exception anywhere on the way (parse, our extraction) is an
 * internal error of ours on that page, recorded and never thrown: one odd page must not stop a
 * suite. `id` (the page URL, or its id when it has none) picks the tuning or check part.
 */
export async function runPage(
  html: string,
  url: string,
  id: string,
  options: Parameters<typeof runBoth>[2] & { before?: (doc: Document) => void } = {},
): Promise<PageRun> {
  const part = partOf(id);
  let doc: Document;
  try {
    doc = parseHtml(html, url);
  } catch (err) {
    const failed = { ...EMPTY_OUTPUT, ms: 0, error: errorText(err) };
    return { out: { readability: failed, ours: failed, article: null, accepted: false }, part };
  }
  options.before?.(doc);
  const out = runBoth(doc, url, options);
  await releasePage(doc);
  return { out, part };
}

export const PARTS = ['all', 'tuning', 'check'] as const;
export type PartOrAll = (typeof PARTS)[number];

/** The items of one part ('all' keeps them all). */
export function ofPart<T extends { part: Part }>(items: readonly T[], part: PartOrAll): T[] {
  return part === 'all' ? [...items] : items.filter((x) => x.part === part);
}

export interface RobustnessCounts {
  pages: number;
  /** Pages where our parse or extraction threw. */
  internalErrors: number;
  /** Pages where plain Readability threw (its problem, reported for comparison). */
  readabilityErrors: number;
  /** Pages where our extraction caught an exception and went on (e.g. jsdom could not clone the page). */
  recovered: number;
  /** Article pages the gate declined or where nothing was found (what the popup would refuse). */
  articles: number;
  refused: number;
  /** A few examples, for the report. */
  errorSamples: string[];
  refusedSamples: string[];
}

/**
 * Internal errors and refused articles over `runs`; `isArticle` tells which pages are articles
 * (all of them on the news sets), `name` labels the samples.
 */
export function robustness<T extends { run: PageRun; name: string }>(
  runs: readonly T[],
  isArticle: (t: T) => boolean = () => true,
): RobustnessCounts {
  const c: RobustnessCounts = {
    pages: runs.length,
    internalErrors: 0,
    readabilityErrors: 0,
    recovered: 0,
    articles: 0,
    refused: 0,
    errorSamples: [],
    refusedSamples: [],
  };
  for (const t of runs) {
    const { out } = t.run;
    if (out.ours.error) {
      c.internalErrors++;
      if (c.errorSamples.length < 5) c.errorSamples.push(`${t.name}: ${out.ours.error}`);
    }
    if (out.readability.error) c.readabilityErrors++;
    if (out.ours.recovered?.length) {
      c.recovered++;
      if (c.errorSamples.length < 5)
        c.errorSamples.push(`${t.name} (recovered): ${out.ours.recovered[0]}`);
    }
    if (!isArticle(t)) continue;
    c.articles++;
    if (!out.accepted) {
      c.refused++;
      if (c.refusedSamples.length < 8) c.refusedSamples.push(t.name);
    }
  }
  return c;
}

/** The table of internal errors and refusals per part, and the two required checks of issue 15. */
export function robustnessReport<T extends { run: PageRun; name: string }>(
  set: string,
  runs: readonly T[],
  isArticle?: (t: T) => boolean,
  options: { refusedBar?: boolean } = {},
): { table: Table; checks: Check[]; data: Record<PartOrAll, RobustnessCounts> } {
  const data = Object.fromEntries(
    PARTS.map((p) => [
      p,
      robustness(
        runs.filter((t) => p === 'all' || t.run.part === p),
        isArticle,
      ),
    ]),
  ) as Record<PartOrAll, RobustnessCounts>;
  const pct = (a: number, b: number) => (b ? `${fmt((100 * a) / b, 1)} %` : '–');
  const table: Table = {
    title: `${set}: internal errors and refused articles (Kontext's gate without force; parts by hash of the page URL)`,
    columns: [
      'part',
      'pages',
      'internal errors',
      'errors caught, page kept',
      'Readability errors',
      'article pages',
      'refused',
      'refused share',
    ],
    rows: PARTS.map((p) => {
      const c = data[p];
      return [
        p,
        c.pages,
        c.internalErrors,
        c.recovered,
        c.readabilityErrors,
        c.articles,
        c.refused,
        pct(c.refused, c.articles),
      ];
    }),
  };
  const all = data.all;
  const checks: Check[] = [
    {
      name: `${set}: 0 internal errors`,
      pass: all.internalErrors === 0,
      detail: `${all.internalErrors} of ${all.pages} pages${all.errorSamples.length ? ` (${all.errorSamples.join('; ')})` : ''}`,
    },
  ];
  if (options.refusedBar !== false && all.articles) {
    const share = all.refused / all.articles;
    checks.push({
      name: `${set}: articles refused ≤ 1 %`,
      pass: share <= 0.01,
      detail: `${pct(all.refused, all.articles)} (${all.refused}/${all.articles})${all.refusedSamples.length ? `: ${all.refusedSamples.join(', ')}` : ''}`,
    });
  }
  return { table, checks, data };
}

export function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function fmt(x: number, digits = 3): string {
  return x.toFixed(digits);
}
