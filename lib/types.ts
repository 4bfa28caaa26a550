/**
 * The data that flows through Kontext: what extraction hands to analysis, and what analysis
 * hands to the popup, the side panel and the CLI. Field names of `Analysis` are a public
 * contract (the CLI's `--json` output, issue 2); add fields, never rename them.
 */

/** Plain text of an article as extraction found it. Never HTML. */
export interface ExtractedArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** Language declared by the page (`<html lang>`), if any, e.g. `de` or `en-US`. */
  lang: string | null;
  /** ISO 8601 date or date-time, if the page states one. */
  publishedTime: string | null;
  excerpt: string | null;
  /** Body blocks in reading order: paragraphs, headings and list items, as plain text. */
  paragraphs: string[];
  /** Parallel to `paragraphs`: the kind of each block. */
  kinds?: BlockKind[];
  url?: string | null;
  /** Whether Readability's `isProbablyReaderable` thought this page is an article. */
  readerable?: boolean;
  /**
   * True when the page had more elements or text than Readability can go through in time
   * (lib/extract/page-size.ts): Readability was skipped and the body is the page's largest text
   * block, found by a faster but less careful rule.
   */
  largePage?: boolean;
  /** True when extraction cut the text at `MAX_CHARS` (lib/text/cap.ts); the end is missing. */
  truncated?: boolean;
}

export type BlockKind = 'p' | 'h' | 'li' | 'quote';

/** One sentence of the analysed text; `start`/`end` are UTF-16 offsets into `Analysis.text`. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** A sentence chosen for the summary or a panel; `index` points into `Analysis.sentences`. */
export interface SentenceRef {
  text: string;
  index: number;
}

/** A number-like fact found in a sentence: an amount, a count, a percentage or a date. */
export interface KeyFact {
  kind: 'money' | 'count' | 'percent' | 'date';
  /** The words as they stand in the sentence. */
  text: string;
  /** Index of the sentence it stands in. */
  index: number;
}

export type BuiltinPerspectiveId =
  'investor' | 'politician' | 'innovation-manager' | 'society' | 'economy' | 'bigger-picture';

export interface Perspective {
  /** A built-in id, or `custom:<slug>` for a lens the user defined. */
  id: BuiltinPerspectiveId | `custom:${string}`;
  label: string;
  answer: SentenceRef[];
  facts: KeyFact[];
  /** True when the article says nothing for this lens; `answer` is then empty. */
  empty: boolean;
}

export interface Entity {
  name: string;
  mentions: number;
  /** Index of the first sentence that mentions it. */
  firstIndex?: number;
  /** How central it is to the article (lib/entities/salience.ts); lists are ranked by it. */
  salience?: number;
}

export interface Analysis {
  title: string;
  lang: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  url: string | null;
  /** The extracted article as plain text: blocks joined by a blank line. */
  text: string;
  sentences: Sentence[];
  summary: SentenceRef[];
  /** Present when the summary was asked for as a share (0–1] of the article: the article condensed. */
  summaryShare?: number;
  perspectives: Perspective[];
  /** The people the panel shows: the most salient, at most 8 (lib/entities/salience.ts). */
  people: Entity[];
  /** The organizations the panel shows, as `people`. */
  organizations: Entity[];
  /** Every person found, ranked by salience: `people` and the rest behind "show all". */
  peopleAll?: Entity[];
  /** Every organization found, ranked by salience. */
  organizationsAll?: Entity[];
  wordCount: number;
  /** Minutes at 200 words a minute (a common reading-speed figure), at least 1. */
  readingMinutes: number;
  /** Milliseconds the analysis took. */
  elapsedMs: number;
  /** True when the article was longer than the analysis reads and its end was left out. */
  truncated: boolean;
  /** Stages left out because the time budget ran out; their fields are then empty. */
  skipped: ('perspectives' | 'entities')[];
}
