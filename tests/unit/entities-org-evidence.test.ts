/**
 * Issue 16, session 7: an English organisation named once needs evidence beyond the tagger's
 * guess (lib/entities/name-classes.ts `isEvidencedOrganisation`). Invented names only.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { isEvidencedOrganisation } from '../../lib/entities/name-classes';
import { preparedSentences } from '../support/prepared-sentences';

describe('isEvidencedOrganisation', () => {
  it.each([
    // A legal form or an organisation's head in the name.
    ['Brindle Analytics Group', true],
    ['Quorwell Research Center', true],
    ['Hallam Housing Association', true],
    // An acronym.
    ['QXR', true],
    // Capitalised words alone: a heading, a product, a phrase.
    ['Brindle Analytics', false],
    ['19th Century', false],
  ])('%s → %s', (name, expected) => {
    expect(isEvidencedOrganisation(name.split(' '))).toBe(expected);
  });
});

describe('findEntities: English one-off organisations', () => {
  const once = 'She worked for Brindle Analytics in Leeds until last year .';
  const again = 'Brindle Analytics declined to comment on her departure .';
  const other = 'She now runs a bakery in York with her brother .';
  it.each([
    // Named once with no evidence: not shown.
    [[once, other], false, 'Brindle Analytics'],
    // Named twice: the article's repetition is evidence enough.
    [[once, again], true, 'Brindle Analytics'],
    // Its first word named alone as an organisation, more than once (here as the employer of a
    // role, article-evidence.ts).
    [
      [
        'The plant will be built by Quorvane Energy , a battery maker from Oslo .',
        'Quorvane chief executive Anna Berg said the company would hire .',
        'An Quorvane spokesperson said the plant would open in May .',
        'Anna Berg lives in York .',
      ],
      true,
      'Quorvane Energy',
    ],
  ])('%j → shown %s', (sentences, shown, name) => {
    const { organizations } = findEntities(preparedSentences('en', '', sentences));
    expect(organizations.some((o) => o.name === name)).toBe(shown);
  });

  it('leaves German one-off organisations alone', () => {
    const { organizations } = findEntities(
      preparedSentences('de', '', [
        'Sie arbeitete bis zum Vorjahr für die Brindle Analytics in Leeds .',
        'Heute führt sie eine Bäckerei in York .',
      ]),
    );
    expect(organizations.some((o) => o.name === 'Brindle Analytics')).toBe(true);
  });
});
