import type { BlockKind, Sentence } from '../types';

/**
 * An article made ready for scoring: its sentences with offsets, the block each sentence
 * stands in, and the content terms of each sentence. Built once by `prepareText` and shared
 * by the summarizer, the perspective lenses and the entity finder, so no stage splits or
 * stems the text a second time.
 */
export interface PreparedText {
  /** ISO 639-1 code (`de`, `en`, …) or `und` when unknown. */
  lang: string;
  title: string;
  /** The article as one string: blocks joined by a blank line. Offsets point into it. */
  text: string;
  sentences: Sentence[];
  /** For each sentence, the index of the block (paragraph, heading, list item) it is in. */
  block: number[];
  /** Kind of each block. */
  blockKinds: BlockKind[];
  /** For each sentence, its content terms: lower-cased stems, stop words removed. */
  terms: string[][];
  /** Content terms of the title. */
  titleTerms: string[];
  /** For each sentence, whether it is running prose (false for headings, captions, credits, link lists, bylines). */
  prose: boolean[];
}
