/**
 * An organisation's name ends in its legal form or in an institution noun (`Beispiel GmbH`,
 * `Johns Hopkins University`, `Federal Trade Commission`, `Deutsche Bank`) and may go on with
 * `of …`/`für …` (`University of Maryland`, `Bundesamt für Migration`). When such a word
 * closes a run of capitalised words, the whole run is one organisation, whatever the
 * token-level tagger said about its parts — the rule the issue names ("organisation forms").
 */
import { EN_ORG_FINAL_WORDS, ORG_FORMS } from './cues';
import type { EntityTag } from './labels';
import { wordFacts } from './lexicons';

const CONNECTORS = new Set(['of', 'for', 'für', 'de', 'du', 'des', 'der', 'and', '&', 'und']);
const DETERMINERS = new Set(['die', 'der', 'das', 'den', 'dem', 'des', 'the', 'a', 'an', 'ein', 'eine', 'einer', 'eines']);

const isCap = (t: string) => /^\p{Lu}/u.test(t);

/**
 * German puts a classifying common noun before a name (`die Firma Beispiel GmbH`, `der
 * Konzern Siemens AG`); it is not part of the name, so the run stops at one.
 */
function isClassifierNoun(token: string, lang: string): boolean {
  return lang !== 'en' && /^\p{Lu}\p{Ll}+$/u.test(token) && wordFacts(token).deNoun;
}

export function applyOrgForms(tokens: string[], tags: EntityTag[], lang: string): EntityTag[] {
  const out = tags.slice();
  for (let i = 1; i < tokens.length; i++) {
    const form = ORG_FORMS.has(tokens[i].toLowerCase()) || (lang === 'en' && EN_ORG_FINAL_WORDS.has(tokens[i].toLowerCase()));
    if (!form || !isCap(tokens[i]) && !/^(?:e\.v\.|plc|llc)$/i.test(tokens[i])) continue;
    let start = i;
    while (start > 0 && isCap(tokens[start - 1]) && !DETERMINERS.has(tokens[start - 1].toLowerCase()) && !isClassifierNoun(tokens[start - 1], lang)) start--;
    if (start === i) continue; // the form alone is a common noun: "die Bank"
    let end = i + 1;
    // "University of Maryland", "Bundesamt für Migration und Flüchtlinge"
    while (end + 1 < tokens.length && CONNECTORS.has(tokens[end]) && !DETERMINERS.has(tokens[end]) && isCap(tokens[end + 1]) && tokens[end] !== 'und' && tokens[end] !== 'and') {
      end += 2;
      while (end < tokens.length && isCap(tokens[end])) end++;
    }
    // Keep a person or organisation that ends right before the run intact.
    if (tags[start] === 'I-PER' || tags[start] === 'I-ORG') continue;
    for (let k = start; k < end; k++) out[k] = k === start ? 'B-ORG' : 'I-ORG';
    // The tagger may go on past the form with the seat of the institution (`Medizinische
    // Hochschule Hannover`, `Verlag Halle`); its own continuation belongs to the name.
    while (end < out.length && tags[end] === 'I-ORG') end++;
    if (end < out.length && out[end].startsWith('I-')) out[end] = out[end] === 'I-PER' ? 'B-PER' : 'B-ORG';
    i = end - 1;
  }
  return out;
}
