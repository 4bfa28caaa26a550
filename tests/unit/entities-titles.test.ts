/**
 * Issue 16, session 7: a title in front of a person's full name is no part of the name
 * (lib/entities/titles.ts), also when no role list knows it. Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import type { EntityTag } from '../../lib/entities/labels';
import { withoutArticleTitles, withoutTitles } from '../../lib/entities/titles';
import { preparedSentences } from '../support/prepared-sentences';

/** `Word/TAG` pairs, TAG one of O, B, I (person) or BO, IO (organisation). */
function parse(s: string): { words: string[]; tags: EntityTag[] } {
  const tagOf: Record<string, EntityTag> = {
    O: 'O',
    B: 'B-PER',
    I: 'I-PER',
    BO: 'B-ORG',
    IO: 'I-ORG',
  };
  const pairs = s.split(' ').map((p) => p.split('/'));
  return { words: pairs.map((p) => p[0]), tags: pairs.map((p) => tagOf[p[1]]) };
}
const show = (words: string[], tags: EntityTag[]) =>
  words
    .map(
      (w, i) => `${w}/${tags[i] === 'O' ? 'O' : tags[i][0] + (tags[i].endsWith('ORG') ? 'O' : '')}`,
    )
    .join(' ');

describe('withoutTitles: one sentence', () => {
  it.each([
    // A word that is no given name before a given name and a surname: a title.
    ['Oberamtsrat/B Erika/I Mustermann/I sagte/O', 'Oberamtsrat/O Erika/B Mustermann/I sagte/O'],
    ['Landeshauptfrau/B Jonas/I Brandt/I lachte/O', 'Landeshauptfrau/O Jonas/B Brandt/I lachte/O'],
    // Two given names are one person's: nothing is cut.
    ['Anna/B Maria/I Mustermann/I sagte/O', 'Anna/B Maria/I Mustermann/I sagte/O'],
    // Two words are too few to tell a title from a surname-first name.
    ['Oberamtsrat/B Mustermann/I sagte/O', 'Oberamtsrat/B Mustermann/I sagte/O'],
    // Organisations keep their words.
    [
      'Oberamtsrat/BO Erika/IO Mustermann/IO sagte/O',
      'Oberamtsrat/BO Erika/IO Mustermann/IO sagte/O',
    ],
  ])('%s → %s', (input, expected) => {
    const { words, tags } = parse(input);
    expect(show(words, withoutTitles(words, tags, 'de'))).toBe(expected);
  });
});

describe('withoutArticleTitles: the article', () => {
  it.each([
    // A title seen before a full name is cut where it opens a person span elsewhere.
    [
      ['Oberamtsrat/O Erika/B Mustermann/I sagte/O', 'Oberamtsrat/B Mustermann/I lachte/O'],
      ['Oberamtsrat/O Erika/B Mustermann/I sagte/O', 'Oberamtsrat/O Mustermann/B lachte/O'],
    ],
    // Without a full name after it the word is not known as a title.
    [
      ['Sie/O sagte/O es/O', 'Oberamtsrat/B Mustermann/I lachte/O'],
      ['Sie/O sagte/O es/O', 'Oberamtsrat/B Mustermann/I lachte/O'],
    ],
    // A small word before a name is no title.
    [
      ['Und/O Erika/B Mustermann/I sagte/O', 'Und/B Mustermann/I lachte/O'],
      ['Und/O Erika/B Mustermann/I sagte/O', 'Und/B Mustermann/I lachte/O'],
    ],
  ])('%j → %j', (input, expected) => {
    const rows = input.map(parse);
    const out = withoutArticleTitles(
      rows.map((r) => r.words),
      rows.map((r) => r.tags),
      'de',
    );
    expect(rows.map((r, s) => show(r.words, out[s]))).toEqual(expected);
  });
});

describe('findEntities: the person without the title', () => {
  it.each([
    [
      'de',
      [
        'Ärger im Land . Bezirkshauptmann Strobler spricht von einem Fehler .',
        'Bezirkshauptmann Jonas Strobler ( ÖVP ) sagte am Montag , die Firma habe Abfall vergraben .',
      ],
      'Jonas Strobler',
    ],
  ])('%s: %j', (lang, sentences, person) => {
    const { people } = findEntities(preparedSentences(lang, '', sentences));
    const names = people.map((p) => p.name);
    expect(names.filter((n) => n.includes('hauptmann'))).toEqual([]);
    expect(names).toContain(person);
  });
});
