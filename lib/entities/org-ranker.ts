/**
 * A small learned filter over the organisations an article names (issue 16): what findEntities
 * found is described by a few structural and statistical facts (mentions, position, title and
 * lead, tagger or later pass, length, acronym, gazetteer and dictionary evidence, legal forms and
 * organisation heads), and a logistic model per language, trained on silver-labelled news
 * articles (scripts/entities-model/train.ts, never on the gold), says how likely the candidate
 * is an organisation a reader would accept. Features of entityCandidates' organisations; read by
 * scripts/entities-model/, no model ships (docs/evaluation.md, Issue 16, session 8).
 */
import type { Group } from './aggregate';
import { inTitleOf, salienceOfGroup } from './aggregate';
import { ORG_FORMS } from './cues';
import { wordFacts } from './lexicons';
import { nameClass } from './name-classes';
import { isOrgClassifier } from './org-heads';

export interface OrgFeatureContext {
  lang: string;
  titleLower: string;
  sentenceCount: number;
  summary: ReadonlySet<number>;
  /** The English evidence rule's verdict (isEvidencedOrganisation, repeats, a repeated first word). */
  evidenced: boolean;
  /** Mentions of the name's first word alone as an organisation. */
  aloneFirst: number;
}

/** The features' names, in the order orgFeatures gives them (the weights file follows it). */
export const ORG_FEATURES = [
  'log mentions',
  'one mention',
  'in title',
  'in lead',
  'early',
  'summary sentences',
  'subject share',
  'opening share',
  'tagger share',
  'one word',
  'three words or more',
  'acronym',
  'with acronym',
  'gazetteer organisation',
  'gazetteer person',
  'company list first word',
  'company list any word',
  'legal form or head',
  'classifier word',
  'given name first',
  'common word alone',
  'common word inside',
  'lower-case word inside',
  'digit',
  'first word alone twice',
  'evidenced',
  'log salience',
  'long name',
  'after article share',
  'after number share',
  'before lower-case share',
  'acronym a common word',
] as const;

const isHead = (w: string) => ORG_FORMS.has(w.toLowerCase()) || /^(?:center|centre)$/i.test(w);

function isCommon(word: string, lang: string): boolean {
  const f = wordFacts(word);
  if (f.given || f.org) return false;
  return lang === 'en' ? f.enLower && !f.enProper : f.deNoun && !f.deProper;
}

export function orgFeatures(g: Group, ctx: OrgFeatureContext): number[] {
  const { words } = g;
  const m = g.mentions;
  const inSummary = new Set(g.sentences.filter((s) => ctx.summary.has(s))).size;
  const capital = words.filter((w) => /^\p{Lu}/u.test(w));
  const joined = words.join('');
  const salience = salienceOfGroup(g, ctx.titleLower, ctx.sentenceCount, ctx.summary);
  const b = (x: boolean) => (x ? 1 : 0);
  return [
    Math.log1p(m),
    b(m === 1),
    b(inTitleOf(g, ctx.titleLower)),
    b(g.firstIndex < 3),
    ctx.sentenceCount ? 1 - g.firstIndex / ctx.sentenceCount : 0,
    Math.min(inSummary, 2) / 2,
    g.subjectMentions / m,
    g.openings / m,
    g.taggedMentions / m,
    b(words.length === 1),
    b(words.length >= 3),
    b(/^\p{Lu}{2,}$/u.test(joined)),
    b(g.name.includes('(')),
    b(nameClass(words) === 'O'),
    b(nameClass(words) === 'P'),
    b(wordFacts(words[0]).org),
    b(words.some((w) => wordFacts(w).org)),
    b(words.some(isHead)),
    b(words.some((w) => isOrgClassifier(w))),
    b(wordFacts(words[0]).given),
    b(words.length === 1 && isCommon(words[0], ctx.lang)),
    b(words.length > 1 && capital.some((w) => isCommon(w, ctx.lang))),
    b(words.some((w) => /^\p{Ll}/u.test(w))),
    b(/\d/u.test(joined)),
    b(ctx.aloneFirst > 1),
    b(ctx.evidenced),
    Math.log1p(salience),
    b(g.name.length > 30),
    g.afterArticle / m,
    g.afterNumber / m,
    g.beforeLower / m,
    b(/^\p{Lu}{2,}$/u.test(joined) && (wordFacts(joined).enLower || wordFacts(joined).deLower)),
  ];
}

/** A logistic model: a bias and one weight per feature, per language. */
export interface OrgModel {
  bias: number;
  weights: readonly number[];
}

export function orgProbability(model: OrgModel, features: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < features.length; i++) z += (model.weights[i] ?? 0) * features[i];
  return 1 / (1 + Math.exp(-z));
}
