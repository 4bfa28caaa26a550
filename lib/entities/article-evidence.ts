/**
 * Evidence about a name that only the words around it, or the whole article, give (issue 16),
 * read by findEntities (index.ts) after the tagger: a short form the writer defines in
 * parentheses, a "person" that is an employer, a German organisation in the genitive.
 */
import type { Mention } from './aggregate';
import { isRoleNoun } from './features';
import { startsUpper } from './acronyms';
import type { EntityTag } from './labels';
import { wordFacts } from './lexicons';
import { isEventHead } from './mention-forms';
import { isPlaceName, nameClass, typeByNameClass } from './name-classes';
import type { TokenSpan } from './untrained-language';
import { memoByWord, memoCapitalised } from './word-memo';

/** Role nouns are matched by their ends (features.ts); an article asks of the same words again. */
const isRole = memoByWord(isRoleNoun);

const EMPLOYER_OF = new Set(['von', 'bei', 'of', 'at']);

/**
 * Whether the one-word name at `i` qualifies a role the way an employer does: the role right
 * after it (`Uber CEO`, `An Alibaba spokesperson`, `Apple-Chef`), or the role and `von`/`of` right
 * before it (`der Deutschland-Chef von Flixbus`, `the chief executive of Ladbrokes`). People are
 * named with a role the other way round (`CEO Travis Kalanick`).
 */
export function qualifiesRole(words: readonly string[], i: number, lang: string): boolean {
  const next = words[i + 1] ?? '';
  if (isRole(next) && (lang !== 'en' || /^\p{Ll}|^\p{Lu}{2,}$/u.test(next))) return true;
  return i >= 2 && EMPLOYER_OF.has(words[i - 1]) && isRole(words[i - 2]);
}

const EMPLOYER_BEFORE = new Set(['at', 'with', 'for', 'of', 'from']);

/**
 * Whether the name at `[start, end)` stands where English news names someone's employer: after
 * a role and `at`/`with`/`for`/`of` (`an economist at Lehman Brothers`, `chief executive of ABN
 * Amro`, `a spokesman for the Red Cross`) or before a role in lower case (`a Fiat spokeswoman`,
 * `Lehman Brothers economist Paul Sheard`). Evidence that a name the article gives once is an
 * organisation (entityCandidates' English evidence rule): on the silver news articles, the tagger's
 * right one-off organisations were dropped for want of it (`Lehman Brothers`, `ABN Amro`).
 */
export function standsAsEmployer(words: readonly string[], start: number, end: number): boolean {
  let k = start - 1;
  if (words[k] === 'the') k--;
  if (k >= 1 && EMPLOYER_BEFORE.has(words[k]) && isRole(words[k - 1])) return true;
  const next = words[end] ?? '';
  return /^\p{Ll}/u.test(next) && isRole(next);
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
  if (!qualifies.size) return [people.slice(), []];
  const inFullNames = new Set(people.filter((m) => m.words.length > 1).flatMap((m) => m.words));
  const isEmployer = (m: Mention) =>
    m.words.length === 1 && qualifies.has(m.name) && !inFullNames.has(m.name);
  return [people.filter((m) => !isEmployer(m)), people.filter(isEmployer)];
}

/** One sentence as findEntities reads it. */
export interface TaggedRow {
  words: readonly string[];
  tags: readonly EntityTag[];
  sentence: number;
}

/** What every word the patterns below take ends in: one test before the others. */
const BODY_HINT = /(?:regierung|parlament|haus|stadt|land|gemeinde|freistaat|kanton)(?:e?s)?$/iu;
const mayNameBody = memoCapitalised((w: string) => startsUpper(w) && BODY_HINT.test(w), false);
const BODY_COMPOUND = /^(\p{Lu}\p{Ll}+(?:regierung|parlament))(?:e?s)?$/u;
const CHAMBER = /^(Unterhaus|Oberhaus)(?:e?s)?$/u;
/**
 * A territorial authority before its place (`das Land Tirol`, `der Stadt Wien`, `des Landes
 * Tirol`): the state or city as a body, which the annotators list among organisations.
 */
const TERRITORY = /^(Stadt|Land|Gemeinde|Bundesland|Freistaat|Kanton)(?:e?s)?$/u;
const BARE_BODY = /^(Regierung|Parlament)(?:e?s)?$/u;
const NATIONAL_ADJECTIVE = /^(\p{Ll}{3,}isch)(?:e|en|er|es|em)$/u;

/**
 * Governments and parliaments, which news readers count among an article's organisations
 * (the gold annotators list `Landesregierung`, `Europaparlament`, `Unterhaus`, `britische
 * Regierung`) but GermEval 2014, the tagger's training set, annotates as common nouns. A
 * compound names one body (`Landesregierung`, `Europaparlament`), and so does the bare noun
 * with a national adjective (`die britische Regierung`); the bare noun alone (`die Regierung`)
 * is too generic to show. Written in the nominative: `der britischen Regierung` → `britische
 * Regierung`, `des türkischen Parlaments` → `türkisches Parlament` (strong neuter form, as it
 * stands in a list; Duden, Die Grammatik, 9th ed., § 477).
 */
export function governmentBodies(rows: readonly TaggedRow[], lang: string): Mention[] {
  if (lang === 'en') return englishGovernments(rows);
  const out: Mention[] = [];
  for (const r of rows) {
    r.words.forEach((w, i) => {
      if (r.tags[i] !== 'O' || !mayNameBody(w)) return;
      const compound = BODY_COMPOUND.exec(w) ?? CHAMBER.exec(w);
      if (compound) {
        out.push({ name: compound[1], words: [compound[1]], sentence: r.sentence, position: i });
        return;
      }
      const place = i + 1 < r.words.length ? r.words[i + 1] : '';
      const unit = TERRITORY.exec(w);
      if (unit && r.tags[i + 1] === 'O' && isPlaceName(place)) {
        const words = [unit[1], place];
        out.push({ name: words.join(' '), words, sentence: r.sentence, position: i });
        return;
      }
      const bare = BARE_BODY.exec(w);
      const adjective = i > 0 ? NATIONAL_ADJECTIVE.exec(r.words[i - 1]) : null;
      if (!bare || !adjective || r.tags[i - 1] !== 'O') return;
      const words = [adjective[1] + (bare[1] === 'Regierung' ? 'e' : 'es'), bare[1]];
      out.push({ name: words.join(' '), words, sentence: r.sentence, position: i - 1 });
    });
  }
  return out;
}

const EN_BODIES = new Set(['government', 'parliament']);
/** `the City of San Francisco`, `the State of Victoria`: the authority, not the place. */
const EN_TERRITORY = new Set(['City', 'State', 'County']);

/**
 * The English counterpart: a place or nationality before `government` or `parliament` (`the
 * Egyptian government`, `the Punjab government`) names that body; `the government` alone does not.
 */
function englishGovernments(rows: readonly TaggedRow[]): Mention[] {
  const out: Mention[] = [];
  for (const r of rows) {
    r.words.forEach((w, i) => {
      const place = r.words[i + 2] ?? '';
      if (EN_TERRITORY.has(w) && r.words[i + 1] === 'of' && nameClass([place]) === 'L') {
        const words = [w, 'of', place];
        out.push({ name: words.join(' '), words, sentence: r.sentence, position: i });
        return;
      }
      if (i === 0 || !EN_BODIES.has(w) || r.tags[i - 1] !== 'O') return;
      const before = r.words[i - 1];
      const c = nameClass([before]);
      if (!/^\p{Lu}/u.test(before) || (c !== 'L' && c !== 'M')) return;
      const words = [before, w];
      out.push({ name: words.join(' '), words, sentence: r.sentence, position: i - 1 });
    });
  }
  return out;
}

/**
 * Names run together where a photo caption meets the text without a full stop (`… at the
 * Crucible Marteel approached O'Sullivan`, `World Championships Stevens in action`, `Matthew
 * Stevens O'Sullivan is spoken to`): a name that ends in the surname of another person of the
 * article, after words that are a name of their own, is cut before that surname. People: only
 * when what is left is itself a person's full name in the article. Organisations: what is left
 * is typed again (a place or an event is dropped).
 */
export function withoutCaptionJoins(
  people: readonly Mention[],
  orgs: readonly Mention[],
): [Mention[], Mention[]] {
  const full = people.filter((m) => m.words.length === 2);
  const fullNames = new Set(full.map((m) => m.words.join(' ')));
  const surnames = new Set(full.map((m) => m.words[1]));
  const cut = (m: Mention): Mention => {
    const words = m.words.slice(0, -1);
    return { ...m, words, name: words.join(' '), longForm: undefined };
  };
  const persons = people.map((m) =>
    m.words.length >= 3 &&
    surnames.has(m.words[m.words.length - 1]) &&
    fullNames.has(m.words.slice(0, -1).join(' '))
      ? cut(m)
      : m,
  );
  const organisations = orgs.flatMap((m) => {
    if (m.words.length < 2 || !surnames.has(m.words[m.words.length - 1])) return [m];
    if (fullNames.has(m.words.slice(-2).join(' '))) return [m];
    const rest = cut(m);
    if (isEventHead(rest.words[rest.words.length - 1])) return [];
    return typeByNameClass(rest.words, 'ORG') === 'ORG' ? [rest] : [];
  });
  return [persons, organisations];
}

/**
 * A "person" whose last word the article names alone as an organisation more often than it
 * names the full "person" (`Aston Villa's side` once and `the Villa manager`, `Villa boss`,
 * `Villa goalkeeper`): one name, one type per article, decided by the majority of its mentions
 * (Gale, Church & Yarowsky 1992, as in document.ts), is the organisation.
 */
export function withMajorityOrganisations(
  people: readonly Mention[],
  orgs: readonly Mention[],
): [Mention[], Mention[]] {
  const count = (ms: readonly Mention[], key: (m: Mention) => string) => {
    const c = new Map<string, number>();
    for (const m of ms) c.set(key(m), (c.get(key(m)) ?? 0) + 1);
    return c;
  };
  const asOrg = count(
    orgs.filter((m) => m.words.length === 1),
    (m) => m.name,
  );
  const asPerson = count(people, (m) => m.words[m.words.length - 1]);
  const moved = (m: Mention) =>
    m.words.length >= 2 &&
    (asOrg.get(m.words[m.words.length - 1]) ?? 0) >
      (asPerson.get(m.words[m.words.length - 1]) ?? 0);
  return [people.filter((m) => !moved(m)), [...orgs, ...people.filter(moved)]];
}
