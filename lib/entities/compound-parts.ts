/**
 * German writes an organisation as the first part of a hyphenated compound (`SPÖ-Kandidat`,
 * `Reuters-Bericht`, `Labour-Partei`, `Google-Services`): one token, which GermEval 2014 labels
 * ORGpart in its inner column and `O` in the outer one the tagger learned from (Benikova et al.
 * 2014), so the tagger leaves it untagged. News readers count the organisation: of the silver
 * annotator's German top-5 organisations that the panels missed, 88 of 638 stood in the text only
 * so (docs/evaluation.md, Issue 16, session 11). The first part is taken as a mention of an
 * organisation when the training sets hold it as one (name-classes.ts), when the article names it
 * as one elsewhere, or when it is an acronym the article writes at least twice, alone or so, that
 * is no common word, role or place (as acronyms.ts takes a lone acronym).
 */
import type { Mention } from './aggregate';
import { ACRONYM, couldBeOther, MIN_REPEATS } from './acronyms';
import type { TaggedRow } from './article-evidence';
import { nameClass } from './name-classes';

/** `SPÖ-Kandidat`: a first part of two letters or more, then a capitalised noun. */
const COMPOUND = /^(\p{Lu}[\p{L}\d&.]+)-\p{Lu}/u;

export function compoundOrgMentions(
  rows: readonly TaggedRow[],
  orgNames: ReadonlySet<string>,
  lang: string,
): Mention[] {
  if (lang === 'en') return [];
  const found: { part: string; row: TaggedRow; i: number }[] = [];
  const acronymUses = new Map<string, number>();
  for (const r of rows)
    r.words.forEach((w, i) => {
      if (ACRONYM.test(w)) acronymUses.set(w, (acronymUses.get(w) ?? 0) + 1);
      const m = COMPOUND.exec(w);
      if (!m || r.tags[i] !== 'O') return;
      found.push({ part: m[1], row: r, i });
      if (ACRONYM.test(m[1])) acronymUses.set(m[1], (acronymUses.get(m[1]) ?? 0) + 1);
    });
  const isOrg = (part: string) => {
    if (orgNames.has(part)) return true;
    const c = nameClass([part]);
    if (c) return c === 'O';
    return (
      ACRONYM.test(part) && (acronymUses.get(part) ?? 0) >= MIN_REPEATS && !couldBeOther(part, lang)
    );
  };
  return found
    .filter((f) => isOrg(f.part))
    .map(({ part, row, i }) => ({
      name: part,
      words: [part],
      sentence: row.sentence,
      position: i,
    }));
}
