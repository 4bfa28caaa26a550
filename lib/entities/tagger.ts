/**
 * Token-level entity tagging, shared by `findEntities` and the `ner` evaluation: features
 * (features.ts) scored by a linear model (model.ts) with the weights shipped in
 * data/weights.ts, then the whole-document pass (document.ts).
 */
import { WEIGHTS } from './data/weights';
import { resolveDocument } from './document';
import { sentenceFeatures } from './features';
import { LABELS, toEntityTag, type EntityTag } from './labels';
import { emissionScores, viterbi, type LinearModel } from './model';
import { coordinatedPeople } from './coordination';
import { CALENDAR_WORDS } from './cues';
import { applyOrgContext } from './org-context';
import { applyOrgForms } from './org-forms';
import { decodeWeights } from './weights-format';

let shipped: LinearModel | null = null;
export function shippedModel(): LinearModel {
  shipped ??= decodeWeights(WEIGHTS);
  return shipped;
}

/** Tags of one sentence's tokens, without document context. */
export function tagTokens(
  tokens: string[],
  lang: string,
  model: LinearModel = shippedModel(),
  features: string[][] = sentenceFeatures(tokens, lang),
): EntityTag[] {
  const scores = emissionScores(model, features);
  const tags = applyOrgForms(tokens, viterbi(scores, model.transition).map((k) => toEntityTag(LABELS[k])), lang);
  const withOrgs = applyOrgContext(tokens, tags, lang);
  return withoutCalendarWords(tokens, coordinatedPeople(tokens, withOrgs, lang));
}

/** A day or month alone (`Sunday`, `September`) is never a person or an organisation. */
function withoutCalendarWords(tokens: string[], tags: EntityTag[]): EntityTag[] {
  return tags.map((t, i) =>
    t.startsWith('B-') && !(tags[i + 1] ?? '').startsWith('I-') && CALENDAR_WORDS.has(tokens[i].toLowerCase()) ? 'O' : t,
  );
}

/** Tags of every sentence of one document, with the whole-document pass. */
export function tagDocument(sentences: string[][], lang: string, model: LinearModel = shippedModel()): EntityTag[][] {
  return resolveDocument(sentences, sentences.map((t) => tagTokens(t, lang, model)));
}
