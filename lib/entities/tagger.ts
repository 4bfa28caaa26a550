/**
 * Token-level entity tagging, shared by `findEntities` and the `ner` evaluation: features
 * (features.ts) scored by a linear model compiled to integer rows (compiled-model.ts) from
 * the weights shipped in data/weights.ts, then the whole-document pass (document.ts).
 */
import { WEIGHTS } from './data/weights';
import { WEIGHTS_EN } from './data/weights-en';
import { resolveDocument } from './document';
import { compileEncoded, decodeSentence, type CompiledModel } from './compiled-model';
import { LABELS, toEntityTag, type EntityTag } from './labels';
import { unpackText } from './packed-text';
import { coordinatedPeople } from './coordination';
import { CALENDAR_WORDS } from './cues';
import { applyOrgContext } from './org-context';
import { isOrgClassifier } from './org-heads';
import { isOnlyCommonNoun } from './name-words';
import { applyOrgForms } from './org-forms';
import { withoutNonNames } from './not-names';
import { withoutArticleTitles, withoutTitles } from './titles';

let shipped: CompiledModel | null = null;
let shippedEn: CompiledModel | null = null;
/**
 * The model for an article's language: English text (and the untrained languages tagged as
 * English, untrained-language.ts) gets the one fitted on English data (data/weights-en.ts,
 * issue 16), every other the GermEval one.
 */
export function shippedModel(lang = 'de'): CompiledModel {
  if (lang === 'en') {
    shippedEn ??= compileEncoded(unpackText(WEIGHTS_EN));
    return shippedEn;
  }
  shipped ??= compileEncoded(unpackText(WEIGHTS));
  return shipped;
}

const TAG_OF_LABEL = LABELS.map(toEntityTag);

/** Tags of one sentence's tokens, without document context. */
export function tagTokens(
  tokens: string[],
  lang: string,
  model: CompiledModel = shippedModel(lang),
): EntityTag[] {
  const best = decodeSentence(model, tokens, lang);
  const raw: EntityTag[] = new Array(best.length);
  for (let i = 0; i < best.length; i++) raw[i] = TAG_OF_LABEL[best[i]];
  const tags = applyOrgForms(tokens, raw, lang);
  const withOrgs = applyOrgContext(tokens, tags, lang);
  return withoutTitles(
    tokens,
    withoutNonNames(
      tokens,
      withoutCommonWords(tokens, coordinatedPeople(tokens, withOrgs, lang), lang),
      lang,
    ),
    lang,
  );
}

/**
 * A one-word "name" that is plainly not one is dropped:
 * - a day or month (`Sunday`, `September`);
 * - in German, a word the dictionary knows only as a common noun (`Regierung`), or one that
 *   heads many compounds (`Unternehmens`, `Sicherheitskameras`; lexicons.ts): German
 *   capitalises every noun, and a name the dictionary lacks as a noun is what the tagger is
 *   for; words any name list knows (`Koch`, `Post`, `Apple`) stay;
 * - a lone initial (`T.`): without a surname it names no one.
 */
function withoutCommonWords(tokens: string[], tags: EntityTag[], lang: string): EntityTag[] {
  return tags.map((t, i) => {
    if (!t.startsWith('B-') || (tags[i + 1] ?? '').startsWith('I-')) return t;
    const word = tokens[i];
    if (CALENDAR_WORDS.has(word.toLowerCase()) || isInitial(word)) return 'O';
    // A classifying noun before it (`das Unternehmen Ring`) says it is a name after all.
    if (t === 'B-ORG' && i > 0 && isOrgClassifier(tokens[i - 1])) return t;
    return lang !== 'en' && isOnlyCommonNoun(word) ? 'O' : t;
  });
}

const isInitial = (word: string) => /^\p{Lu}\.$/u.test(word);

/** Tags of every sentence of one document, with the whole-document pass. */
export function tagDocument(
  sentences: string[][],
  lang: string,
  model: CompiledModel = shippedModel(lang),
): EntityTag[][] {
  return resolveDocument(
    sentences,
    withoutArticleTitles(
      sentences,
      sentences.map((t) => tagTokens(t, lang, model)),
      lang,
    ),
  );
}
