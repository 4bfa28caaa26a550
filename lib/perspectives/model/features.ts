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
import { compileLens, cueScore } from '../match';
import { perSentence } from '../per-sentence';
import { distinctLensTerms, sentenceLensTerms } from '../terms';
import { findKeyFacts } from '../facts';
import { prefixes, sectionPosterior, SECTIONS, type SectionModel } from './sections';

/** Features of one sentence for one lens: name → value (absent = 0). */
export type Features = Map<string, number>;

const sentenceFacts = perSentence((p, i) => findKeyFacts(p.sentences[i].text, i, p.lang));

/** Cue evidence of sentence `i` for every built-in lens, found once and shared. */
const builtinCues = perSentence((p, i) =>
  BUILTIN_LENSES.map((l) =>
    cueScore(compileLens(l, p.lang), sentenceLensTerms(p, i), distinctLensTerms(p, i)),
  ),
);

/** Opening or closing quotation marks of the languages Kontext reads (Duden, CMOS, Imprimerie nationale). */
const QUOTE_MARK = /["“”„«»‚‘’]/;
/** A sentence that opens with a quotation mark, or ends with one before or after its stop, is a quote. */
const QUOTE_START = /^\s*["“„«»‚‘]/;
const QUOTE_END = /["“”«»‘’]\s*[.!?]?\s*$|[.!?,]["“”«»‘’]/;

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
}

export function articleContext(
  p: PreparedText,
  importance: number[],
  summary: number[],
  sections: SectionModel | null = null,
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
  };
}

/** Features of prose sentence `i` of the article for `lens`. */
export function sentenceFeatures(ctx: ArticleContext, i: number, lens: Lens): Features {
  const { p } = ctx;
  const text = p.sentences[i].text;
  const f: Features = new Map();
  const own = ownCueScore(p, i, lens);
  const facts = sentenceFacts(p, i);
  const kinds = new Set(facts.map((x) => x.kind));
  const rank = ctx.proseRank[i];
  const words = wordCount(text);
  const shared: [string, number][] = [
    ['bias', 1],
    ['cue', damp(own)],
    ['cue-strong', own >= 3 ? 1 : 0],
    ['cue-against', own < 0 ? 1 : 0],
    ['facts-wanted', lens.facts.filter((k) => kinds.has(k)).length],
    ['first', rank === 0 ? 1 : 0],
    ['second', rank === 1 ? 1 : 0],
    ['third', rank === 2 ? 1 : 0],
    ['position', ctx.proseCount > 1 ? rank / (ctx.proseCount - 1) : 0],
    ['importance', ctx.importance[i] ?? 0],
    ['in-summary', ctx.summary.has(i) ? 1 : 0],
    ['quote', QUOTE_START.test(text) || QUOTE_END.test(text) ? 1 : 0],
    ['quote-inside', QUOTE_MARK.test(text) ? 1 : 0],
    ['question', /\?\s*["“”«»‘’]?\s*$/.test(text) ? 1 : 0],
    ['short', words < 8 ? 1 : 0],
    ['length', Math.log1p(words) / Math.log(50)],
  ];
  for (const k of ['money', 'percent', 'count', 'date'] as const)
    shared.push([`fact-${k}`, kinds.has(k) ? 1 : 0]);
  for (const [name, v] of shared) {
    if (v === 0) continue;
    f.set(`*:${name}`, v);
    f.set(`${lens.id}:${name}`, v);
  }
  if (ctx.articleSections && ctx.sections) {
    const own = sectionPosterior(ctx.sections, p.lang, prefixes(text));
    SECTIONS.forEach((sec, k) => {
      f.set(`${lens.id}:article-${sec}`, ctx.articleSections![k]);
      if (own) f.set(`${lens.id}:sentence-${sec}`, own[k]);
    });
  }
  if (BUILTIN_LENSES.some((l) => l.id === lens.id)) {
    const all = builtinCues(p, i);
    BUILTIN_LENSES.forEach((l, k) => {
      if (l.id !== lens.id && all[k] > 0) f.set(`${lens.id}:cue-of-${l.id}`, damp(all[k]));
    });
  }
  return f;
}
