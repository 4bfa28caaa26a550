/**
 * Token-level entity tagging, shared by `findEntities` and the `ner` evaluation: features
 * (features.ts) scored by a linear model compiled to integer rows (compiled-model.ts) from
 * the weights shipped in data/weights.ts, then the whole-document pass (document.ts).
 */
import { WEIGHTS } from './data/weights';
import { resolveDocument } from './document';
import { compileModel, decodeSentence, type CompiledModel } from './compiled-model';
import { LABELS, toEntityTag, type EntityTag } from './labels';
import { coordinatedPeople } from './coordination';
import { CALENDAR_WORDS } from './cues';
import { applyOrgContext } from './org-context';
import { applyOrgForms } from './org-forms';
import { decodeWeights } from './weights-format';

let shipped: CompiledModel | null = null;
export function shippedModel(): CompiledModel {
  shipped ??= compileModel(decodeWeights(WEIGHTS));
  return shipped;
}

const TAG_OF_LABEL = LABELS.map(toEntityTag);

/** Tags of one sentence's tokens, without document context. */
export function tagTokens(
  tokens: string[],
  lang: string,
  model: CompiledModel = shippedModel(),
): EntityTag[] {
  const best = decodeSentence(model, tokens, lang);
  const raw: EntityTag[] = new Array(best.length);
  for (let i = 0; i < best.length; i++) raw[i] = TAG_OF_LABEL[best[i]];
  const tags = applyOrgForms(tokens, raw, lang);
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
export function tagDocument(sentences: string[][], lang: string, model: CompiledModel = shippedModel()): EntityTag[][] {
  return resolveDocument(sentences, sentences.map((t) => tagTokens(t, lang, model)));
}
