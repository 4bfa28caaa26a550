/**
 * The nominative of a German organisation's name (issue 16). News cites most names in the
 * genitive or dative (`der Deutschen Bahn`, `des Bundesinnenministeriums`), a reader's list
 * names them as they stand alone:
 * - a head noun of a public body or organisation in the genitive loses its `-s` / `-es`
 *   (`Bundesinnenministeriums` → `Bundesinnenministerium`, `Verbandes` → `Verband`; Duden, Die
 *   Grammatik § 300: strong masculine and neuter nouns mark the genitive singular so);
 * - a leading adjective in the weak `-en` form before another word takes the weak nominative
 *   `-e` (`Süddeutschen Zeitung` → `Süddeutsche Zeitung`, `Europäischen Zentralbank` →
 *   `Europäische Zentralbank`; Duden § 477, weak declension after the definite article).
 */
import { ORG_HEADS, PUBLIC_BODY_HEADS } from './cues';
import { wordFacts } from './lexicons';

const HEADS = [...new Set([...ORG_HEADS, ...PUBLIC_BODY_HEADS])].filter(
  // Feminine heads (`-ung`, `-ität`, `-schaft`, `-kasse`, …) take no genitive ending.
  (h) => !/(?:ung|ät|schaft|e|ei|ion|ie|ur|ik)$/.test(h),
);

function nominativeHead(word: string): string {
  const lower = word.toLowerCase();
  for (const h of HEADS) {
    for (const ending of ['es', 's']) {
      if (lower.endsWith(h + ending) && lower.length > ending.length + 1)
        return word.slice(0, -ending.length);
    }
  }
  return word;
}

/** The words that open an institution's field (org-context.ts). */
const FIELD_WORDS = new Set(['für', 'zur', 'zum']);

const ADJECTIVE_EN = /(?:isch|sch|lich|ig|al|iv|är)en$/u;

function nominativeAdjective(word: string): string {
  if (!/^\p{Lu}\p{Ll}+en$/u.test(word)) return word;
  const base = word.slice(0, -1);
  // Only a word German writes in lower case as an adjective: the dictionary's (`vereinte`), or one
  // with an adjective suffix the lower-case list is too short for (`süddeutsche`, `europäische`;
  // Duden § 1001 ff.: -isch, -lich, -ig, -al, -iv).
  return ADJECTIVE_EN.test(word) || wordFacts(base).deLower ? base : word;
}

/** The nominative words of a German organisation's name. */
export function germanOrgNominative(words: readonly string[]): string[] {
  const out = words.slice();
  out[out.length - 1] = nominativeHead(out[out.length - 1]);
  // The head before its field (`Verbandes zum Schutz …`, `Instituts für Tourismus`).
  const field = out.findIndex((w) => FIELD_WORDS.has(w));
  if (field > 0) out[field - 1] = nominativeHead(out[field - 1]);
  if (out.length >= 2) out[0] = nominativeAdjective(out[0]);
  return out;
}
