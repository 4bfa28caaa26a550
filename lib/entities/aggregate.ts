/**
 * Turns tagged mentions into the people and organisations of an article: short forms join
 * the full name they abbreviate (`Bezos` → `Jeff Bezos`, `NSA` → `National Security Agency`),
 * and entities are ranked by salience — how often they are mentioned, whether the title names
 * them, and how early they appear, the signals news-salience work relies on (Gamon et al.
 * 2013, "Identifying salient entities in web pages"; Dunietz & Gillick 2014, "A new entity
 * salience task with millions of training examples").
 */
import { initials, nameKeys } from './name-forms';
import type { Entity } from '../types';
import { salienceOf } from './salience';

export interface Mention {
  name: string;
  words: string[];
  sentence: number;
  /** Index of its first token in the sentence. */
  position?: number;
  /**
   * The name of the organisation this short form stands in parentheses right after
   * (`Deutsches Zentrum für Infektionsforschung ( DZIF )`): the writer's own definition.
   */
  longForm?: string;
  /** Whether the tagger itself gave this span the mention's type (not a later pass). */
  tagged?: boolean;
  /** The words right before and after the mention in its sentence. */
  before?: string;
  after?: string;
}

export interface Group {
  name: string;
  words: string[];
  mentions: number;
  firstIndex: number;
  aliases: Set<string>;
  sentences: number[];
  subjectMentions: number;
  /** Mentions that open their sentence. */
  openings: number;
  /** Mentions the tagger itself gave the group's type (`Mention.tagged`). */
  taggedMentions: number;
  /** Mentions after an article (`the`, `die`), after a number, before a lower-case word. */
  afterArticle: number;
  afterNumber: number;
  beforeLower: number;
}

/** A mention within the first three tokens of its sentence stands where news puts the subject. */
const SUBJECT_SLOT = 3;

const ARTICLES = new Set(
  'the a an der die das des dem den ein eine einer eines einem einen'.split(' '),
);

export function groupMentions(mentions: Mention[], kind: 'PER' | 'ORG'): Group[] {
  const groups: Group[] = [];
  const byAlias = new Map<string, Group>();
  // Longest names first, so every short form finds the full name it belongs to.
  const ordered = [...mentions].sort(
    (a, b) => b.words.length - a.words.length || a.sentence - b.sentence,
  );
  for (const m of ordered) {
    let g = (m.longForm !== undefined ? byAlias.get(m.longForm) : undefined) ?? byAlias.get(m.name);
    if (g && m.longForm !== undefined && !byAlias.has(m.name)) byAlias.set(m.name, g);
    if (!g && m.words.length === 1) {
      for (const form of nameKeys(m.words[0])) {
        g = byAlias.get(form) ?? (form !== m.words[0] ? byAlias.get(form) : undefined);
        if (g) break;
      }
    }
    if (!g) {
      g = {
        name: m.name,
        words: m.words,
        mentions: 0,
        firstIndex: m.sentence,
        aliases: new Set([m.name]),
        sentences: [],
        subjectMentions: 0,
        openings: 0,
        taggedMentions: 0,
        afterArticle: 0,
        afterNumber: 0,
        beforeLower: 0,
      };
      groups.push(g);
      if (kind === 'PER' && m.words.length >= 2) {
        // The surname (and a genitive of it) stands for the person; so does the full name.
        g.aliases.add(m.words[m.words.length - 1]);
      }
      if (kind === 'ORG' && m.words.length >= 2) {
        const acronym = initials(m.words);
        if (acronym.length >= 2) g.aliases.add(acronym);
      }
      for (const a of g.aliases) if (!byAlias.has(a)) byAlias.set(a, g);
    }
    g.mentions++;
    g.firstIndex = Math.min(g.firstIndex, m.sentence);
    g.sentences.push(m.sentence);
    if (m.position !== undefined && m.position < SUBJECT_SLOT) g.subjectMentions++;
    if (m.position === 0) g.openings++;
    if (m.tagged) g.taggedMentions++;
    if (m.before && ARTICLES.has(m.before.toLowerCase())) g.afterArticle++;
    if (m.before && /^\d/u.test(m.before)) g.afterNumber++;
    if (m.after && /^\p{Ll}/u.test(m.after)) g.beforeLower++;
    if (
      kind === 'ORG' &&
      m.words.length === 1 &&
      /^\p{Lu}{2,}$/u.test(m.name) &&
      m.name !== g.name &&
      !g.name.includes('(')
    ) {
      g.name = `${g.name} (${m.name})`;
    }
  }
  return groups;
}

/** Whether the title (in lower case) names the group by one of its names. */
export function inTitleOf(g: Group, titleLower: string): boolean {
  return [...g.aliases].some((a) => a.length > 2 && titleLower.includes(a.toLowerCase()));
}

/** The group's salience (salience.ts). */
export function salienceOfGroup(
  g: Group,
  titleLower: string,
  sentenceCount: number,
  summary: ReadonlySet<number>,
): number {
  return salienceOf({ ...g, inTitle: inTitleOf(g, titleLower) }, { sentenceCount, summary });
}

/** Ranks groups by salience (salience.ts) and returns them as Entities, most salient first. */
export function rankEntities(
  groups: Group[],
  title: string,
  sentenceCount: number,
  summary: ReadonlySet<number> = new Set(),
): Entity[] {
  const titleText = title.toLowerCase();
  return groups
    .map((g) => ({ g, s: salienceOfGroup(g, titleText, sentenceCount, summary) }))
    .sort((a, b) => b.s - a.s || a.g.firstIndex - b.g.firstIndex)
    .map(({ g, s }) => ({
      name: g.name,
      mentions: g.mentions,
      firstIndex: g.firstIndex,
      salience: Math.round(s * 100) / 100,
    }));
}
