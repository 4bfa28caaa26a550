/**
 * One document of a summarization suite, as the CLI would receive it: a title, plain-text blocks and
 * a declared language, plus the reference summary (as sentences) and the summary length to ask for.
 */
export interface SummaryDoc {
  id: string;
  title: string;
  /** Body blocks; the CLI's `{"id", "text"}` input is split into blocks at blank lines the same way. */
  paragraphs: string[];
  /** The language the data set is in, passed as a page would declare it. */
  lang: string;
  /** Reference summary, one string per sentence. */
  reference: string[];
  /** Number of sentences every system extracts. */
  sentences: number;
}

/** Blocks of a plain text: what lies between blank lines (the same rule as the CLI's text input). */
export function blocksOf(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
}

/** The first `limit` items, or all of them. */
export function limited<T>(items: T[], limit?: number): T[] {
  return limit === undefined ? items : items.slice(0, limit);
}
