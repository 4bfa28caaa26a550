/**
 * The nominative of a German organisation's name (issue 16). News cites most names in the
 * genitive or dative (`der Deutschen Bahn`, `des Bundesinnenministeriums`), a reader's list
 * names them as they stand alone:
 * - a head noun of a public body or organisation in the genitive loses its `-s` / `-es`
 *   (`Bundesinnenministeriums` → `Bundesinnenministerium`, `Verbandes` → `Verband`; Duden, Die
 *   Grammatik § 300: strong masculine and neuter nouns mark the genitive singular so);
 * - a leading adjective takes the form it has when the name stands alone, without an article
 *   (strong declension, Duden § 477): by the gender of the head noun when its ending tells it
 *   (`vom Deutschen Zentrum` → `Deutsches Zentrum`, `des Europäischen Gerichtshofs` →
 *   `Europäischer Gerichtshof`, `von Deutscher Bahn` → `Deutsche Bahn`; Duden § 235 ff. on
 *   gender by suffix), else the weak nominative `-e` from `-en` (`Süddeutschen Zeitung` →
 *   `Süddeutsche Zeitung`, `Vereinten Nationen` → `Vereinte Nationen`).
 */
import { ORG_HEADS, PUBLIC_BODY_HEADS } from './cues';
import { wordFacts } from './lexicons';
import { isPlaceName } from './name-classes';
import { memoCapitalised } from './word-memo';

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

/** A head's gender by its ending: suffixes and final nouns of compounds whose gender is fixed. */
const FEMININE_HEAD =
  /(?:ung|heit|keit|ät|schaft|ei|ion|ie|ur|ik|anz|enz|bahn|bank|post|kammer|anstalt|stelle|kasse|schule|behörde|gruppe|liga|front|partei|union)$/u;
const NEUTER_HEAD =
  /(?:um|amt|institut|werk|haus|büro|gericht|komitee|parlament|kabinett|theater|orchester|kommando|ministerium|labor|archiv|magazin|portal|netz|kollektiv)$/u;
const MASCULINE_HEAD =
  /(?:bund|verband|verein|konzern|rat|dienst|rundfunk|hof|ausschuss|fonds|club|klub|verlag|sender|senat|kongress|stab|zoll|tag)$/u;

/**
 * A head's gender by its ending, and the head without the genitive `-s` / `-es` that masculine and
 * neuter nouns take (`des Gewerkschaftsbundes`) when only that form tells the gender.
 */
function genderOf(head: string): { gender: 'f' | 'n' | 'm'; head: string } | undefined {
  const lower = head.toLowerCase();
  for (const [gender, re] of [
    ['m', MASCULINE_HEAD],
    ['n', NEUTER_HEAD],
  ] as const) {
    if (re.test(lower)) return { gender, head };
    const ending = /e?s$/u.exec(lower)?.[0];
    if (ending && re.test(lower.slice(0, -ending.length)))
      return { gender, head: head.slice(0, -ending.length) };
  }
  return FEMININE_HEAD.test(lower) ? { gender: 'f', head } : undefined;
}

const STRONG_NOMINATIVE = { f: 'e', n: 'es', m: 'er' } as const;

/**
 * Only a word German writes in lower case as an adjective: the dictionary's (`vereinte`), or one
 * with an adjective suffix the lower-case list is too short for (`süddeutsche`, `europäische`;
 * Duden § 1001 ff.: -isch, -lich, -ig, -al, -iv).
 */
function isAdjective(word: string, stem: string): boolean {
  if (ADJECTIVE_STEM.test(stem)) return true;
  // Both the form found and the `-e` form, and no English word, so a foreign word that happens to
  // end so (`Under`) is none.
  const found = wordFacts(word.toLowerCase());
  return found.deLower && !found.enLower && wordFacts(`${stem.toLowerCase()}e`).deLower;
}
const ADJECTIVE_STEM = /(?:isch|sch|lich|ig|al|iv|är)$/u;

/**
 * The adjective German makes of a place with `-er`, capitalised and never inflected (`Tiroler`,
 * `Wiener`, `Kölner`, `Londoner`; Duden, Die Grammatik, 9th ed., § 508) of a place (`isPlaceName`).
 */
export const isPlaceAdjective = memoCapitalised((w: string): boolean => {
  if (!/^\p{Lu}\p{Ll}{2,}er$/u.test(w)) return false;
  return isPlaceName(w.slice(0, -2));
}, false);

/** The adjective and its head in the nominative, as the name stands alone. */
function nominativeAdjective(word: string, head: string): [string, string] {
  if (isPlaceAdjective(word)) return [word, head];
  const inflected = /^(\p{Lu}\p{Ll}+?)(en|er|es|em|e)$/u.exec(word);
  const known = genderOf(head);
  if (inflected && known && isAdjective(word, inflected[1]))
    return [inflected[1] + STRONG_NOMINATIVE[known.gender], known.head];
  if (!/^\p{Lu}\p{Ll}+en$/u.test(word)) return [word, head];
  const base = word.slice(0, -1);
  return [ADJECTIVE_EN.test(word) || wordFacts(base).deLower ? base : word, head];
}

/** The nominative words of a German organisation's name. */
export function germanOrgNominative(words: readonly string[]): string[] {
  const out = words.slice();
  out[out.length - 1] = nominativeHead(out[out.length - 1]);
  // The head before its field (`Verbandes zum Schutz …`, `Instituts für Tourismus`).
  const field = out.findIndex((w) => FIELD_WORDS.has(w));
  if (field > 0) out[field - 1] = nominativeHead(out[field - 1]);
  if (out.length >= 2) {
    const h = field > 1 ? field - 1 : 1;
    [out[0], out[h]] = nominativeAdjective(out[0], out[h]);
  }
  return out;
}
