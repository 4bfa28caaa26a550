/**
 * Names joined by `und`/`and`/`sowie` after a plural role noun are of one kind: in
 * `die Pastoren Anna Berg und Kim Olsen` the second pair is a person because the first is and
 * the role noun governs both (coordination requires like categories; Huddleston & Pullum
 * 2002, The Cambridge Grammar of the English Language, ch. 15 § 4). The tagger sees only a
 * few words around each token, so a given name it does not know in the second conjunct goes
 * unnoticed; this rule carries the first conjunct's type over.
 */
import type { EntityTag } from './labels';
import { HONORIFICS } from './cues';
import { isRoleNoun } from './features';
import { stripEndings } from './morphology';
import { spansOf } from './document';
import { isNameWord } from './name-words';

/** Plural and oblique endings of German role nouns (`Pastoren`, `Ministerinnen`, `Experten`). */
const ROLE_ENDINGS = ['innen', 'en', 'n', 'e', 's'];

/** A role noun or title, also inflected: `Pastoren`, `Ministerinnen`, `Senatoren`. */
function isRoleWord(token: string): boolean {
  if (!/^\p{Lu}/u.test(token)) return false;
  const forms = [token, ...stripEndings(token, ROLE_ENDINGS, 3)];
  return forms.some((f) => isRoleNoun(f) || HONORIFICS.has(f.toLowerCase()));
}

const CONJUNCTIONS = new Set(['und', 'and', 'sowie', 'oder', 'or']);
/** A person's name in the second conjunct: a given name and a surname, at most a middle name more. */
const MIN_WORDS = 2;
const MAX_WORDS = 3;

export function coordinatedPeople(tokens: string[], tags: EntityTag[], lang: string): EntityTag[] {
  const out = tags.slice();
  for (const span of spansOf(tags)) {
    if (span.type !== 'PER' || span.start === 0 || !isRoleWord(tokens[span.start - 1])) continue;
    if (!CONJUNCTIONS.has(tokens[span.end] ?? '')) continue;
    let end = span.end + 1;
    // The given name must be no common word; a surname may be one (`Moore`, `Koch`, `Berg`).
    const fits = (k: number) => out[k] === 'O' && (k === span.end + 1 ? isNameWord(tokens[k], lang) : /^\p{Lu}\p{Ll}/u.test(tokens[k]));
    while (end < tokens.length && end - span.end - 1 < MAX_WORDS && fits(end)) end++;
    const n = end - span.end - 1;
    if (n < MIN_WORDS || (end < tokens.length && out[end].startsWith('I-'))) continue;
    for (let k = span.end + 1; k < end; k++) out[k] = k === span.end + 1 ? 'B-PER' : 'I-PER';
  }
  return out;
}
