/**
 * Spans the tagger marks that name no person or organisation, recognised by their shape:
 *
 * - an amount's currency: `fünf Milliarden US-Dollar Investment`, `3 Euro`. A currency word
 *   right after a number or a scale word is the unit of that number, whatever follows it;
 * - a possessor with what it owns (German "sächsischer Genitiv", Duden, Die Grammatik,
 *   9th ed., § 1269): in `bei Amazons Größe Zeit` the organisation is `Amazons` alone, the
 *   common nouns after it are no part of it. Only for organisations: in a person's name the
 *   `-s` is more often a given name's own (`Lars Müller`, `Andreas Kleiber` in GermEval),
 *   and a noun that names a kind of organisation stays (`Franzis Verlag`);
 * - a place: a person's name never opens with a geographic word (`Fort Meade`, `Mount
 *   Vernon`, `Lake Placid`, `Cape Canaveral`, `Port Said`).
 */
import { spansOf } from './document';
import type { EntityTag } from './labels';
import { wordFacts } from './lexicons';
import { isOnlyCommonNoun } from './name-words';
import { isOrgClassifier } from './org-heads';
import { CURRENCY_AFTER, SCALE_WORD } from '../perspectives/numbers';

const CURRENCY = new RegExp(`^(?:${CURRENCY_AFTER})$`, 'u');
const AMOUNT_BEFORE = new RegExp(`^(?:\\d[\\d.,]*|${SCALE_WORD})$`, 'u');
const PLACE_WORDS = new Set(['Fort', 'Mount', 'Mt.', 'Lake', 'Cape', 'Port']);

/** A common noun after the possessor, unless it names a kind of organisation (`Franzis Verlag`). */
const isPlainNoun = (word: string) => !isOrgClassifier(word) && isOnlyCommonNoun(word);

/** `Amazons`, `Merkels`: a name's genitive, not an adjective (`Deutsches`) or a noun (`Landes`). */
function isNameGenitive(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(word) || wordFacts(word).given) return false;
  const base = wordFacts(word.slice(0, -1));
  return !base.deLower && (!base.deNoun || base.org || base.enProper || base.deProper);
}

export function withoutNonNames(tokens: string[], tags: EntityTag[], lang: string): EntityTag[] {
  const out = tags.slice();
  for (const span of spansOf(tags)) {
    const first = tokens[span.start];
    const clear = (from: number) => {
      for (let k = from; k < span.end; k++) out[k] = 'O';
    };
    if (CURRENCY.test(first) && span.start > 0 && AMOUNT_BEFORE.test(tokens[span.start - 1]))
      clear(span.start);
    else if (span.type === 'PER' && PLACE_WORDS.has(first)) clear(span.start);
    else if (
      lang !== 'en' &&
      span.type === 'ORG' &&
      span.end - span.start >= 2 &&
      isNameGenitive(first) &&
      tokens.slice(span.start + 1, span.end).every(isPlainNoun)
    )
      clear(span.start + 1);
  }
  return out;
}
