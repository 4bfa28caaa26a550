/**
 * A lens is a question asked of an article ("what does this mean for an investor?") written
 * down as data: the words that signal an answer, how strongly each one does, and which kinds
 * of key facts the asker looks for. Built-in and user-defined lenses are the same data and go
 * through the same matching code (`./match.ts`), so a custom lens works exactly like a built-in one.
 */
import type { Perspective } from '../types';
import type { FactKind } from './facts';

/**
 * A cue: a word or a phrase as a reader would write it (`Polizei`, `künstliche Intelligenz`,
 * `civil rights`) and its weight. Cues are stemmed with the article's language when a lens is
 * compiled, so `Investitionen` and `investieren` need no separate entries. A negative weight is
 * counter-evidence: `birthday party` cancels the political reading of `party`.
 */
export type Cue = readonly [phrase: string, weight: number];

/**
 * Cue weights. One strong cue makes a sentence relevant on its own (`RELEVANCE_THRESHOLD` in
 * `./answer.ts` equals `STRONG`); a medium cue needs one more hint; a weak cue only adds to
 * others. Three levels are as fine as a hand-written list can be judged honestly.
 */
export const STRONG = 3;
export const MEDIUM = 2;
export const WEAK = 1;
/** Counter-evidence: outweighs one medium cue. */
export const AGAINST = -3;

/**
 * Article languages the built-in cue lists are written for: the summarizer's languages with a
 * Snowball stemmer and a stop-word list that newsrooms publish most in (German, English, French,
 * Spanish, Italian, Dutch).
 */
export const CUE_LANGUAGES = ['de', 'en', 'fr', 'es', 'it', 'nl'] as const;

/** A language of `CUE_LANGUAGES`, or `*` for cues that hold in any language (custom lenses). */
export type CueLanguage = (typeof CUE_LANGUAGES)[number] | '*';

/** Whether the built-in lenses carry cues written for the article language `lang`. */
export function hasCueLanguage(lang: string): lang is (typeof CUE_LANGUAGES)[number] {
  return (CUE_LANGUAGES as readonly string[]).includes(lang);
}

export interface Lens {
  /** A built-in perspective id, or `custom:<slug>`. */
  id: Perspective['id'];
  /** Panel heading in the interface language: the question the reader asks. */
  labels: { de: string; en: string };
  /** Cues per article language. */
  cues: Partial<Record<CueLanguage, readonly Cue[]>>;
  /** Kinds of key facts this reader looks for, most important first. */
  facts: readonly FactKind[];
}

/** Many phrases with one weight: keeps the lens files readable as word lists. */
export function weighted(weight: number, phrases: readonly string[]): Cue[] {
  return phrases.map((p) => [p, weight] as const);
}
