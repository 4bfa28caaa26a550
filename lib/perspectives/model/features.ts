/**
 * What the lens model sees of a sentence, as named numeric features. Every feature exists twice:
 * once shared by all lenses (`*:name`) and once for the one lens (`investor:name`), so the few
 * labelled articles teach what answering any question looks like (a fact, the lead, no quote) and
 * each lens only learns where it differs ("frustratingly easy" feature augmentation, Daumé III
 * 2007). A custom lens has only the shared weights. The cue evidence of the other built-in lenses
 * is a lens-only feature: a sentence full of police words is the politician's, not the investor's.
 */
import type { PreparedText } from '../../text/prepared';
import { BUILTIN_LENSES } from '../lenses';
import type { Lens } from '../lens';
import { compileLens, compileLensSet, cueScore, cueScores } from '../match';
import { perSentence } from '../per-sentence';
import { distinctLensTerms, sentenceLensTerms } from '../terms';
import { sentenceKeyFacts as sentenceFacts } from '../facts';
import { prefixes, sectionPosterior, SECTIONS, type SectionModel } from './sections';
import { wordPrefixes } from './lexical';

/** Features of one sentence for one lens: name → value (absent = 0). */
export type Features = Map<string, number>;

/** Cue evidence of sentence `i` for every built-in lens, found once and shared. */
const builtinCues = perSentence((p, i) =>
  cueScores(compileLensSet(BUILTIN_LENSES, p.lang), sentenceLensTerms(p, i), distinctLensTerms(p, i)),
);

/** Opening or closing quotation marks of the languages Kontext reads (Duden, CMOS, Imprimerie nationale). */
const QUOTE_MARK = /["“”„«»‚‘’]/;
/** A sentence that opens with a quotation mark, or ends with one before or after its stop, is a quote. */
const QUOTE_START = /^\s*["“„«»‚‘]/;
const QUOTE_END = /["“”«»‘’]\s*[.!?]?\s*$|[.!?,]["“”«»‘’]/;
/**
 * British papers (the Daily Mail, much of CNN/DailyMail) quote with the typewriter apostrophe:
 * a quote opens with `'` before a letter (at the start, after a space, a bracket or a colon) and
 * closes with `'` after its stop; an apostrophe inside or after a word (`don't`, `players'`) is
 * neither. The annotators never mark a direct quote core (the gold's README).
 */
const ASCII_QUOTE_START = /^\s*'\p{L}/u;
const ASCII_QUOTE_END = /[.!?,]'(\s|$)/;
const ASCII_QUOTE_INSIDE = /(^|[\s(:])'\p{L}/u;

/** Whether a sentence is a direct quote (opens with a quotation mark, or closes with one). */
export function isQuote(text: string): boolean {
  return (
    QUOTE_START.test(text) ||
    QUOTE_END.test(text) ||
    ASCII_QUOTE_START.test(text) ||
    ASCII_QUOTE_END.test(text)
  );
}

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** The evidence of sentence `i` for `lens` (the lens's own cues), for any lens. */
export function ownCueScore(p: PreparedText, i: number, lens: Lens): number {
  const builtin = BUILTIN_LENSES.findIndex((l) => l.id === lens.id);
  if (builtin >= 0) return builtinCues(p, i)[builtin];
  return cueScore(compileLens(lens, p.lang), sentenceLensTerms(p, i), distinctLensTerms(p, i));
}

/** The part of the cue evidence that a model can weigh: log-damped, negative evidence apart. */
function damp(cue: number): number {
  return Math.log1p(Math.max(0, cue));
}

export interface ArticleContext {
  p: PreparedText;
  importance: number[];
  summary: Set<number>;
  /** Positions of prose sentences among prose sentences, for the lead features. */
  proseRank: number[];
  proseCount: number;
  sections: SectionModel | null;
  /** The article's section posterior (title and text), null without a model for its language. */
  articleSections: number[] | null;
  /** What every lens reads of a sentence, filled on first use (`sentenceBase`). */
  base: (SentenceBase | undefined)[];
  /** The word prefixes that are features (`./lexical.ts`); null: no lexical features. */
  vocabulary: ReadonlySet<string> | null;
}

/** The lens-independent part of a sentence's features, computed once for all six lenses. */
interface SentenceBase {
  shared: [string, number][];
  kinds: Set<string>;
  sections: number[] | null;
  /** The sentence's word prefixes that are in the vocabulary, as feature names (`w:aktie`). */
  words: string[];
}

export function articleContext(
  p: PreparedText,
  importance: number[],
  summary: number[],
  sections: SectionModel | null = null,
  vocabulary: ReadonlySet<string> | null = null,
): ArticleContext {
  const proseRank: number[] = [];
  let r = 0;
  for (let i = 0; i < p.sentences.length; i++) proseRank.push(p.prose[i] ? r++ : -1);
  const articleSections = sections
    ? sectionPosterior(sections, p.lang, prefixes(`${p.title}\n${p.text}`))
    : null;
  return {
    p,
    importance,
    summary: new Set(summary),
    proseRank,
    proseCount: r,
    sections,
    articleSections,
    base: new Array<SentenceBase | undefined>(p.sentences.length),
    vocabulary,
  };
}

function sentenceBase(ctx: ArticleContext, i: number): SentenceBase {
  const cached = ctx.base[i];
  if (cached) return cached;
  const { p } = ctx;
  const text = p.sentences[i].text;
  const kinds = new Set<string>(sentenceFacts(p, i).map((x) => x.kind));
  const rank = ctx.proseRank[i];
  const words = wordCount(text);
  const shared: [string, number][] = [
    ['bias', 1],
    ['first', rank === 0 ? 1 : 0],
    ['second', rank === 1 ? 1 : 0],
    ['third', rank === 2 ? 1 : 0],
    ['position', ctx.proseCount > 1 ? rank / (ctx.proseCount - 1) : 0],
    ['importance', ctx.importance[i] ?? 0],
    ['in-summary', ctx.summary.has(i) ? 1 : 0],
    ['quote', isQuote(text) ? 1 : 0],
    ['quote-inside', QUOTE_MARK.test(text) || ASCII_QUOTE_INSIDE.test(text) ? 1 : 0],
    ['question', /\?\s*["“”«»‘’]?\s*$/.test(text) ? 1 : 0],
    ['short', words < 8 ? 1 : 0],
    ['length', Math.log1p(words) / Math.log(50)],
  ];
  for (const k of ['money', 'percent', 'count', 'date'] as const)
    shared.push([`fact-${k}`, kinds.has(k) ? 1 : 0]);
  const sections =
    ctx.articleSections && ctx.sections
      ? sectionPosterior(ctx.sections, p.lang, prefixes(text))
      : null;
  const vocabulary = ctx.vocabulary;
  const lexical = vocabulary
    ? wordPrefixes(text)
        .filter((w) => vocabulary.has(w))
        .map((w) => `w:${w}`)
    : [];
  return (ctx.base[i] = {
    shared: shared.filter(([, v]) => v !== 0),
    kinds,
    sections,
    words: lexical,
  });
}

/** Feature names per lens and name, made once: `*:name` and `lens:name` (no string built per sentence). */
const names = new Map<string, Map<string, [string, string]>>();
function keysOf(lensId: string, name: string): [string, string] {
  let byName = names.get(lensId);
  if (!byName) names.set(lensId, (byName = new Map()));
  let k = byName.get(name);
  if (!k) byName.set(name, (k = [`*:${name}`, `${lensId}:${name}`]));
  return k;
}

const SECTION_NAMES = SECTIONS.map((sec) => [`article-${sec}`, `sentence-${sec}`] as const);
const CUE_OF = BUILTIN_LENSES.map((l) => `cue-of-${l.id}`);

/** Calls `emit` with every feature of prose sentence `i` for `lens` (one definition for training and scoring). */
function forEachFeature(
  ctx: ArticleContext,
  i: number,
  lens: Lens,
  emit: (key: string, v: number) => void,
): void {
  const { p } = ctx;
  const base = sentenceBase(ctx, i);
  const own = ownCueScore(p, i, lens);
  const put = (name: string, v: number) => {
    if (v === 0) return;
    const [sharedKey, lensKey] = keysOf(lens.id, name);
    emit(sharedKey, v);
    emit(lensKey, v);
  };
  for (const [name, v] of base.shared) put(name, v);
  put('cue', damp(own));
  put('cue-strong', own >= 3 ? 1 : 0);
  put('cue-against', own < 0 ? 1 : 0);
  put('facts-wanted', lens.facts.filter((k) => base.kinds.has(k)).length);
  if (ctx.articleSections) {
    SECTION_NAMES.forEach(([article, sentence], k) => {
      emit(keysOf(lens.id, article)[1], ctx.articleSections![k]);
      if (base.sections) emit(keysOf(lens.id, sentence)[1], base.sections[k]);
    });
  }
  // Words are lens-only: what a word means to a reader differs by reader.
  for (const w of base.words) emit(keysOf(lens.id, w)[1], 1);
  const builtin = BUILTIN_LENSES.findIndex((l) => l.id === lens.id);
  if (builtin >= 0) {
    const all = builtinCues(p, i);
    for (let k = 0; k < all.length; k++)
      if (k !== builtin && all[k] > 0) emit(keysOf(lens.id, CUE_OF[k])[1], damp(all[k]));
  }
}

/** The features of prose sentence `i` for `lens`, as a map (for training). */
export function sentenceFeatures(ctx: ArticleContext, i: number, lens: Lens): Features {
  const f: Features = new Map();
  forEachFeature(ctx, i, lens, (k, v) => f.set(k, v));
  return f;
}

/** The linear score `w · features` of prose sentence `i` for `lens`, without building the map. */
export function sentenceScore(
  ctx: ArticleContext,
  i: number,
  lens: Lens,
  w: Record<string, number>,
): number {
  let z = 0;
  forEachFeature(ctx, i, lens, (k, v) => {
    z += (w[k] ?? 0) * v;
  });
  return z;
}
