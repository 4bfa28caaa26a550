import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { nameSpanFor } from '../../lib/entities/untrained-language';
import { isStopWord } from '../../lib/text/stopwords';
import { fixtureArticle } from '../support/fixture-article';

function entitiesOf(name: string, lang: string) {
  const { people, organizations } = findEntities(fixtureArticle(name, lang));
  return [...people, ...organizations].map((e) => e.name);
}

describe('names in languages the tagger was not trained on', () => {
  // Each fixture's football story names a striker in its lead; every fixture opens sentences
  // with the language's articles and prepositions (`Le`, `El`, `Il`, `Het`, `Dans`, `Según`).
  it.each([
    ['football-fr.txt', 'fr', 'Lucas Merval'],
    ['football-es.txt', 'es', 'Iker Soler'],
    ['football-it.txt', 'it', 'Luca Merani'],
    ['football-nl.txt', 'nl', 'Lars Meerman'],
    ['factory-fr.txt', 'fr', null],
    ['factory-es.txt', 'es', null],
    ['factory-it.txt', 'it', null],
    ['factory-nl.txt', 'nl', null],
  ])('%s: no name is or begins or ends with a %s stop word', (file, lang, person) => {
    const names = entitiesOf(file, lang);
    for (const name of names) {
      const words = name.split(/\s+/);
      expect(isStopWord(words[0].toLowerCase(), lang), name).toBe(false);
      expect(isStopWord(words[words.length - 1].toLowerCase(), lang), name).toBe(false);
    }
    if (person) expect(names).toContain(person);
  });

  it.each([
    // tokens, tagged span, language, expected span
    [['Le', 'FC', 'Bréhan', 'a', 'recruté'], [0, 3], 'fr', [1, 3]],
    [['Les', 'supporters'], [0, 1], 'fr', null],
    [['Winkeliers', 'zeggen', 'dat'], [0, 1], 'nl', null],
    [['Volgens', 'Damrak', 'is'], [1, 2], 'nl', [1, 2]],
    [['Según', 'el', 'Banco', 'de', 'España'], [2, 5], 'es', [2, 5]],
    [['Merkel', 'sagte'], [0, 1], 'de', [0, 1]],
    [['The', 'Guardian', 'said'], [0, 2], 'en', [0, 2]],
  ])('nameSpanFor(%j, %j, %s) = %j', (tokens, [start, end], lang, expected) => {
    const span = nameSpanFor(tokens as string[], { start: start as number, end: end as number }, lang as string);
    expect(span ? [span.start, span.end] : null).toEqual(expected);
  });
});
