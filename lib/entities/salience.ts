/**
 * How central a person or organisation is to an article (issue 16), from the signals entity-
 * salience work found to carry most of the weight in news (Dunietz & Gillick 2014, "A new entity
 * salience task with millions of training examples": mention count, first position, being named
 * in the headline and the lead, being a grammatical subject; Gamon et al. 2013, "Identifying
 * salient entities in web pages": title and early position). Kontext also counts the summary's
 * sentences, which its summariser chose as the article's centre.
 *
 * The weights are few and hand-set: each is in units of "one more mention", checked on the tuning
 * part of `perspectives-gold` (npm run eval -- --suite entities-gold).
 */
import type { Entity } from '../types';

/** What the salience score reads of one grouped entity. */
export interface SalienceInput {
  mentions: number;
  /** Sentence indices of its mentions, with repeats. */
  sentences: number[];
  /** Mentions that open their sentence or follow only a word or two (the subject slot of a news sentence). */
  subjectMentions: number;
  inTitle: boolean;
  firstIndex: number;
}

export interface SalienceContext {
  sentenceCount: number;
  /** Indices of the summary's sentences. */
  summary: ReadonlySet<number>;
}

/** The lead: the first three sentences, where news writing names who the story is about. */
const LEAD_SENTENCES = 3;
/** A headline mention is worth two mentions in the body (kept from the issue 4 ranking). */
const TITLE_WEIGHT = 2;
const LEAD_WEIGHT = 1;
/** Per summary sentence naming it, up to SUMMARY_CAP. */
const SUMMARY_WEIGHT = 0.5;
const SUMMARY_CAP = 2;
const SUBJECT_WEIGHT = 0.5;

export function salienceOf(e: SalienceInput, ctx: SalienceContext): number {
  const distinct = new Set(e.sentences);
  let inSummary = 0;
  for (const s of distinct) if (ctx.summary.has(s)) inSummary++;
  const inLead = e.firstIndex < LEAD_SENTENCES;
  const early = ctx.sentenceCount ? 1 - e.firstIndex / ctx.sentenceCount : 0;
  return (
    e.mentions +
    (e.inTitle ? TITLE_WEIGHT : 0) +
    (inLead ? LEAD_WEIGHT : 0) +
    SUMMARY_WEIGHT * Math.min(inSummary, SUMMARY_CAP) +
    SUBJECT_WEIGHT * Math.min(e.subjectMentions, 2) +
    early
  );
}

/** At most this many people and as many organisations are shown; the rest sit behind "show all". */
export const MAX_SHOWN_ENTITIES = 8;

/**
 * The entities a panel shows: the most salient, at most MAX_SHOWN_ENTITIES; `all` is ranked, most
 * salient first. A salience floor (one-off names outside title, lead and summary left out) was
 * tried on the tuning part of perspectives-gold: it cost far more recall of the annotators' top 5
 * than it gained precision (the tagger's wrong names are often named many times), so none is applied.
 */
export function shownEntities(all: readonly Entity[]): Entity[] {
  return all.slice(0, MAX_SHOWN_ENTITIES);
}
