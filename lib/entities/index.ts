/**
 * People and organisations of an article (issue 4): every prose sentence is tokenised and
 * tagged (tagger.ts), the whole article resolves short forms (document.ts), and the mentions
 * are grouped and ranked by salience (aggregate.ts). Photo credits and bylines are left out.
 */
import type { Entity } from '../types';
import type { EntityTag } from './labels';
import type { PreparedText } from '../text/prepared';
import { groupMentions, rankEntities, type Group, type Mention } from './aggregate';
import { CREDIT_MARKERS } from './cues';
import { compoundOrgMentions } from './compound-parts';
import { isCommonWordOrganisation } from './common-word-orgs';
import { institutionsByPlace } from './institution-place';
import { spansOf } from './document';
import { tagDocument } from './tagger';
import { tokenize, type Token } from './tokenize';
import { nameSpanFor, TRAINED_LANGUAGES, type TokenSpan } from './untrained-language';
import { isSentenceStart } from './features';
import {
  governmentBodies,
  isShortFormAfter,
  qualifiesRole,
  withEmployers,
  withMajorityOrganisations,
  withoutCaptionJoins,
  withoutOrgPossessions,
  standsAsEmployer,
} from './article-evidence';
import { wordFacts } from './lexicons';
import { isStopWord } from '../text/stopwords';
import { plainNameSpan, withoutPossessive } from './mention-forms';
import {
  isEvidencedOrganisation,
  nameClass,
  typeByNameClass,
  withKnownOrganisations,
} from './name-classes';
import { germanOrgNominative } from './german-forms';
import { withAcronymOrganisations } from './acronyms';

export { tagTokens, tagDocument } from './tagger';
export { shownEntities, MAX_SHOWN_ENTITIES } from './salience';
export type { EntityTag } from './labels';

/** Tokens of a sentence up to a photo credit or byline inside it (`Foto: Max Muster`). */
export function withoutCredits(tokens: Token[]): Token[] {
  for (let i = 0; i < tokens.length; i++) {
    const marker = CREDIT_MARKERS.test(tokens[i].text);
    const next = tokens[i + 1]?.text;
    if (tokens[i].text === '©' || (marker && (next === ':' || next === '|' || next === '/')))
      return tokens.slice(0, i);
    // A short sentence that opens with "Von"/"By" and a name is a byline.
    if (
      i === 0 &&
      /^(?:von|by)$/i.test(tokens[0].text) &&
      tokens.length <= 6 &&
      /^\p{Lu}/u.test(next ?? '')
    )
      return [];
  }
  return tokens;
}

/**
 * A lone English word that opens its sentence and that the dictionary knows in lower case and
 * not as a name (`Allegations`): the capital is the sentence's, not a name's.
 */
function isCommonWordOpening(words: readonly string[], span: TokenSpan): boolean {
  if (span.end - span.start !== 1 || !isSentenceStart(words, span.start)) return false;
  const f = wordFacts(words[span.start]);
  return f.enLower && !f.enProper && !f.given && !f.org;
}

/**
 * Whether a grouped person's name is one a reader would accept as a person's:
 * - news introduces a person by full name, so a person the article names only by one word is
 *   left out (`Katherine`, `Jeeves`, and the tagger's one-word mistakes: `Braunschweig`,
 *   `Handy`, `Allegations`); their surname still joins the full name when it appears;
 * - a name that opens with no given name and holds a common word is a product, work or phrase
 *   (`Apple Car`, `Mixed Reality`, `Life Is`).
 */
function isPersonName(words: readonly string[], lang: string): boolean {
  if (words.length < 2) return false;
  // A given name opens a person's name, unless the training sets know that word alone as an
  // organisation (`Apple Car`: `Apple` is also in the given-name lists).
  if (wordFacts(words[0]).given && nameClass([words[0]]) !== 'O') return true;
  return !words.some((w) => isCommonNameWord(w, lang));
}

function isCommonNameWord(word: string, lang: string): boolean {
  const lower = word.toLowerCase();
  if (!/^\p{Lu}/u.test(word) || isStopWord(lower, lang) || isStopWord(lower, 'en')) return true;
  const f = wordFacts(word);
  if (f.given) return false;
  // German text quotes English phrases (`Mixed Reality`), so both dictionaries count there.
  return (f.enLower && !f.enProper) || (lang !== 'en' && f.deNoun && !f.deProper && !f.enProper);
}

const QUOTE = /^["„“”«»]$/u;
/** Longest quotation, in tokens, read as a title (`die TV-Serie “Jack Ryan”`). */
const MAX_TITLE_TOKENS = 6;

/**
 * Token ranges of short quotations: a title of a film, show, book, app or portal, in news set in
 * quotation marks (`“Jack Ryan”`, `“Ring’s Law Enforcement Neighborhood Portal“`). A "person"
 * inside one is a work's title; organisations keep theirs (`“Northwest Faith-Based Partnership”`).
 */
function shortQuotations(words: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  words.forEach((w, i) => {
    if (!QUOTE.test(w)) return;
    if (open < 0) open = i;
    else {
      if (i - open - 1 <= MAX_TITLE_TOKENS) out.push([open, i]);
      open = -1;
    }
  });
  return out;
}

/**
 * `Angela Merkels` → `Angela Merkel` when the article names `Merkel` elsewhere: a German genitive
 * on the surname. `lastWords` holds the last word of every mention of the article.
 */
function withoutGenitive(m: Mention, lastWords: ReadonlySet<string>): Mention {
  const last = m.words[m.words.length - 1];
  if (m.words.length < 2 || !/\p{Ll}s$/u.test(last) || !lastWords.has(last.slice(0, -1))) return m;
  const words = [...m.words.slice(0, -1), last.slice(0, -1)];
  return { ...m, words, name: m.name.endsWith(last) ? m.name.slice(0, -1) : words.join(' ') };
}

/** An organisation the article names, before the panel's last choice. */
export interface OrgCandidate {
  group: Group;
  /** Whether the hand-set rules keep it (the English evidence rule). */
  ruleKept: boolean;
  /** The English evidence rule's verdict (repeats, isEvidencedOrganisation, a repeated first word). */
  evidenced: boolean;
  /** Mentions of the name's first word alone as an organisation. */
  aloneFirst: number;
}

/** Token tags of the tagged sentences, row by row. */
export type TagRows = readonly (readonly EntityTag[])[];

/**
 * The people (grouped, filtered) and the candidate organisations of an article; findEntities
 * makes the panels from them, and the training scripts (scripts/entities-model/) describe and
 * label them. `rows` are the tagged sentences before `options.propose`, a hook that may mark more
 * organisations (scripts/entities-model: the learned proposer, lib/entities/org-proposer.ts).
 */
export function entityCandidates(
  p: PreparedText,
  options: {
    /** Apply the gazetteer pass to German text too (measured, not shipped). */
    germanGazetteer?: boolean;
    propose?: (words: readonly (readonly string[])[], tags: TagRows) => EntityTag[][];
  } = {},
): {
  lang: string;
  sentenceCount: number;
  titleLower: string;
  people: Group[];
  organizations: OrgCandidate[];
  rows: { words: string[]; tags: readonly EntityTag[] }[];
} {
  // German and English have their own models; every other language is tagged with the English
  // one, whose capitalisation habits (names only) it shares (see ./untrained-language.ts).
  const lang = TRAINED_LANGUAGES.has(p.lang) ? p.lang : 'en';
  const kept: { index: number; text: string; tokens: Token[] }[] = [];
  p.sentences.forEach((s, index) => {
    if (p.prose && p.prose[index] === false) return;
    const tokens = withoutCredits(tokenize(s.text));
    if (tokens.length) kept.push({ index, text: s.text, tokens });
  });
  const texts = kept.map((k) => k.tokens.map((t) => t.text));
  const byTagger = tagDocument(texts, lang);
  // English only: in German, where every noun is capitalised, the gazetteer's matches on untagged
  // words cost more precision than they gained recall (entities-gold, de check part).
  const known =
    lang === 'en' || options.germanGazetteer
      ? byTagger.map((row, r) => withKnownOrganisations(texts[r], row, lang))
      : byTagger;
  const before = withAcronymOrganisations(texts, known, lang);
  const titleLower = p.title.toLowerCase();
  const tags = options.propose ? options.propose(texts, before) : before;
  const people: Mention[] = [];
  const organizations: Mention[] = [];
  const roleQualifiers = new Set<string>();
  /** Organisations named once where English names an employer (`economist at Lehman Brothers`). */
  const asEmployer = new Set<string>();
  kept.forEach((k, row) => {
    const words = k.tokens.map((t) => t.text);
    const titles = shortQuotations(words);
    let lastOrg: { end: number; name: string } | null = null;
    for (const tagged of spansOf(tags[row])) {
      if (tagged.type === 'PER' && titles.some(([a, b]) => tagged.start > a && tagged.end <= b))
        continue;
      const trained = nameSpanFor(words, tagged, p.lang);
      const span = trained && plainNameSpan(words, trained, tagged.type, lang);
      if (!span) continue;
      const toks = k.tokens.slice(span.start, span.end);
      const written = toks.map((t) => t.text);
      written[written.length - 1] = withoutPossessive(written[written.length - 1]);
      if (lang === 'en' && isCommonWordOpening(words, span)) continue;
      const type = typeByNameClass(written, tagged.type);
      if (!type) continue;
      const mentionWords = type === 'ORG' && lang === 'de' ? germanOrgNominative(written) : written;
      const changed = mentionWords.some((w, i) => w !== written[i]);
      const mention: Mention = {
        name: changed
          ? mentionWords.join(' ')
          : withoutPossessive(k.text.slice(toks[0].start, toks[toks.length - 1].end)),
        words: mentionWords,
        sentence: k.index,
        position: span.start,
        tagged: byTagger[row][span.start]?.endsWith(type) ?? false,
        before: words[span.start - 1],
        after: words[span.end],
      };
      if (type === 'PER' && span.end - span.start === 1 && qualifiesRole(words, span.start, lang))
        roleQualifiers.add(mention.name);
      if (type === 'ORG') {
        if (lang === 'en' && standsAsEmployer(words, span.start, span.end))
          asEmployer.add(mention.name);
        if (lastOrg && isShortFormAfter(words, span, lastOrg.end)) mention.longForm = lastOrg.name;
        lastOrg = { end: span.end, name: mention.name };
      }
      (type === 'PER' ? people : organizations).push(mention);
    }
  });
  const [persons, employers] = withEmployers(people, roleQualifiers);
  const rows = kept.map((k, r) => ({ words: texts[r], tags: tags[r], sentence: k.index }));
  employers.push(...governmentBodies(rows, lang));
  employers.push(...compoundOrgMentions(rows, new Set(organizations.map((m) => m.name)), lang));
  employers.push(...institutionsByPlace(rows, lang));
  const [unjoined, joinedOrgs] = withoutCaptionJoins(persons, [...organizations, ...employers]);
  const [single, organisations] = withMajorityOrganisations(unjoined, joinedOrgs);
  const lastWords = new Set(
    [...unjoined, ...organisations].map((m) => m.words[m.words.length - 1]),
  );
  const fixedPeople = single.map((m) => withoutGenitive(m, lastWords));
  const orgs = lang === 'de' ? withoutOrgPossessions(organisations) : organisations;
  const n = p.sentences.length;
  const surnames = new Set(
    fixedPeople.filter((m) => m.words.length >= 2).map((m) => m.words[m.words.length - 1]),
  );
  const personGroups = groupMentions(fixedPeople, 'PER').filter((g) => isPersonName(g.words, lang));
  const personNames = new Map(personGroups.map((g) => [g.name, g.mentions]));
  const orgGroups = groupMentions(orgs, 'ORG');
  // Mentions of each one-word organisation: evidence for a longer name it opens (`Voltera Energy`).
  const alone = new Map(
    orgGroups.filter((g) => g.words.length === 1).map((g) => [g.words[0], g.mentions]),
  );
  const orgCandidates = orgGroups.filter((g) =>
    g.words.length > 1 ? (personNames.get(g.name) ?? 0) <= g.mentions : !surnames.has(g.words[0]),
  );
  return {
    lang: p.lang,
    sentenceCount: n,
    titleLower,
    people: personGroups,
    rows: texts.map((words, r) => ({ words, tags: before[r] })),
    organizations: orgCandidates.map((g) => {
      // In English, one named once needs evidence (isEvidencedOrganisation); untrained
      // languages, tagged with the English model, were not measured and keep theirs.
      const evidenced =
        g.mentions > 1 ||
        (g.words.length > 1 && (alone.get(g.words[0]) ?? 0) > 1) ||
        isEvidencedOrganisation(g.words) ||
        [...g.aliases].some((a) => asEmployer.has(a));
      return {
        group: g,
        ruleKept: (p.lang !== 'en' || evidenced) && !isCommonWordOrganisation(g.words, p.lang),
        evidenced,
        aloneFirst: alone.get(g.words[0]) ?? 0,
      };
    }),
  };
}

/**
 * Every person and organisation of an article, ranked by salience (salience.ts); `summary` holds
 * the indices of the summary's sentences, one of the signals.
 */
export function findEntities(
  p: PreparedText,
  summary: ReadonlySet<number> = new Set(),
): { people: Entity[]; organizations: Entity[] } {
  const c = entityCandidates(p);
  // A one-word "organisation" that is the surname of a person of the article is that person,
  // and so is one named exactly as a person of the article (`Peter Pilz`, tagged both ways); the
  // English evidence rule applies (entityCandidates).
  const orgs = c.organizations.filter((o) => o.ruleKept).map((o) => o.group);
  return {
    people: rankEntities(c.people, p.title, c.sentenceCount, summary),
    organizations: rankEntities(orgs, p.title, c.sentenceCount, summary),
  };
}
