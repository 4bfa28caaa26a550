/**
 * A German institution named by its kind and its place (`Universität Wien`, `Weltmuseum Wien`,
 * `Landesmuseum Kärnten`, `Klinikum Nürnberg`): the annotators list it as an organisation, and
 * the tagger, which types only people and organisations, leaves the pair untagged. Like `Stadt Wien`
 * (article-evidence.ts, governmentBodies), the institution noun right before a place name makes
 * the pair one body; written in the nominative (`des Landesmuseums Kärnten` → `Landesmuseum
 * Kärnten`). On the silver articles such pairs were among the German top-5 organisations the
 * panels missed (docs/evaluation.md, Issue 16, session 11).
 */
import type { Mention } from './aggregate';
import type { TaggedRow } from './article-evidence';
import { isPlaceName } from './name-classes';
import { memoCapitalised } from './word-memo';

/** Kinds of institution that take their place as their name (a compound's head counts: `Weltmuseum`). */
const HEAD =
  /(?:universität|museum|theater|oper|klinik|klinikum|spital|krankenhaus|zoo|bibliothek|archiv|festspiele|philharmonie|hochschule)$/iu;
const INSTITUTION = /^\p{Lu}\p{Ll}+$/u;

/** The nominative of an institution noun, or null when the word is none. */
const institutionNoun = memoCapitalised((w: string): string | null => {
  if (!INSTITUTION.test(w)) return null;
  for (const base of [w, w.replace(/e?s$/u, '')]) if (HEAD.test(base)) return base;
  return null;
}, null);

export function institutionsByPlace(rows: readonly TaggedRow[], lang: string): Mention[] {
  if (lang === 'en') return [];
  const out: Mention[] = [];
  for (const r of rows) {
    for (let i = 0; i + 1 < r.words.length; i++) {
      if (r.tags[i] !== 'O') continue;
      const head = institutionNoun(r.words[i]);
      const place = r.words[i + 1];
      if (!head || r.tags[i + 1] !== 'O' || !INSTITUTION.test(place) || !isPlaceName(place))
        continue;
      const words = [head, place];
      out.push({ name: words.join(' '), words, sentence: r.sentence, position: i });
    }
  }
  return out;
}
