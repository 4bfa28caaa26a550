/**
 * Evidence about a name that only the words around it, or the whole article, give (issue 16),
 * read by findEntities (index.ts) after the tagger: a short form the writer defines in
 * parentheses, a "person" that is an employer, a German organisation in the genitive.
 */
import type { Mention } from './aggregate';
import { isRoleNoun } from './features';
import { wordFacts } from './lexicons';
import { nameClass } from './name-classes';
import type { TokenSpan } from './untrained-language';

const EMPLOYER_OF = new Set(['von', 'bei', 'of', 'at']);

/**
 * Whether the one-word name at `i` qualifies a role the way an employer does: the role right
 * after it (`Uber CEO`, `An Alibaba spokesperson`, `Apple-Chef`), or the role and `von`/`of` right
 * before it (`der Deutschland-Chef von Flixbus`, `the chief executive of Ladbrokes`). People are
 * named with a role the other way round (`CEO Travis Kalanick`).
 */
export function qualifiesRole(words: readonly string[], i: number, lang: string): boolean {
  const next = words[i + 1] ?? '';
  if (isRoleNoun(next) && (lang !== 'en' || /^\p{Ll}|^\p{Lu}{2,}$/u.test(next))) return true;
  if (/^\p{Lu}[\p{L}.]*-\p{L}/u.test(words[i]) && isRoleNoun(words[i])) return false;
  return i >= 2 && EMPLOYER_OF.has(words[i - 1]) && isRoleNoun(words[i - 2]);
}

/**
 * German organisations named in the genitive before what they own (`Samsungs Batteriesparte`,
 * `Apples Vision Pro`; Duden, Die Grammatik, 9th ed., § 1269): when the genitive's base names an
 * organisation of the article or of the training sets, the mention is that organisation; what
 * follows is its product or part, no organisation's name.
 */
export function withoutOrgPossessions(mentions: readonly Mention[]): Mention[] {
  const names = new Set(mentions.map((m) => m.words[0]));
  return mentions.map((m) => {
    const first = m.words[0];
    if (!/^\p{Lu}.*\p{Ll}s$/u.test(first) || first.length < 4) return m;
    const base = first.slice(0, -1);
    // An adjective's `-s` (`Deutsches Rotes Kreuz`) is no genitive.
    if (wordFacts(base).deLower || wordFacts(first).deLower) return m;
    if (!names.has(base) && nameClass([base]) !== 'O') return m;
    return { ...m, name: base, words: [base] };
  });
}

/**
 * `Deutsches Zentrum für Infektionsforschung ( DZIF )`: a one-word organisation in parentheses
 * right after the end of another (`longEnd`) is the short form the writer defines for it.
 */
export function isShortFormAfter(
  words: readonly string[],
  span: TokenSpan,
  longEnd: number,
): boolean {
  return (
    span.end - span.start === 1 &&
    span.start === longEnd + 1 &&
    words[longEnd] === '(' &&
    words[span.end] === ')'
  );
}

/**
 * A one-word "person" the article never names in full and that qualifies a role somewhere
 * (`qualifies`, from qualifiesRole) is the employer of that role, an organisation (`Uber CEO
 * Travis Kalanick`, `Deutschland-Chef von Flixbus`). Returns the people and the organisations
 * taken from them.
 */
export function withEmployers(
  people: readonly Mention[],
  qualifies: ReadonlySet<string>,
): [Mention[], Mention[]] {
  const inFullNames = new Set(people.filter((m) => m.words.length > 1).flatMap((m) => m.words));
  const isEmployer = (m: Mention) =>
    m.words.length === 1 && qualifies.has(m.name) && !inFullNames.has(m.name);
  return [people.filter((m) => !isEmployer(m)), people.filter(isEmployer)];
}
