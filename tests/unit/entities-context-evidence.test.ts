/**
 * Issue 16, session 11: organisations the tagger misses or the English evidence rule drops,
 * found from how news writes them (lib/entities/compound-parts.ts, org-context.ts,
 * article-evidence.ts `standsAsEmployer`). Invented names.
 */
import { describe, expect, it } from 'vitest';
import { entityCandidates } from '../../lib/entities';
import { standsAsEmployer } from '../../lib/entities/article-evidence';
import { compoundOrgMentions } from '../../lib/entities/compound-parts';
import { plainNameSpan } from '../../lib/entities/mention-forms';
import { isCommonWordOrganisation } from '../../lib/entities/common-word-orgs';
import { institutionsByPlace } from '../../lib/entities/institution-place';
import type { EntityTag } from '../../lib/entities/labels';
import { preparedSentences } from '../support/prepared-sentences';

const untagged = (words: string[]) => ({
  words,
  tags: words.map((): EntityTag => 'O'),
  sentence: 0,
});

describe('compoundOrgMentions (German)', () => {
  it.each([
    [
      'an acronym written twice in compounds',
      ['Die', 'ZVP-Kandidatin', 'und', 'der', 'ZVP-Chef'],
      ['ZVP', 'ZVP'],
    ],
    [
      'an organisation the article names elsewhere',
      ['Ein', 'Brindlux-Sprecher', 'sagte'],
      ['Brindlux'],
    ],
    ['an acronym written once', ['Die', 'ZVP-Kandidatin', 'sprach'], []],
    ['a place (training sets)', ['Die', 'USA-Reise', 'und', 'die', 'USA-Politik'], []],
    ['a lower-case second part', ['Die', 'ZVP-nahe', 'und', 'die', 'ZVP-eigene'], []],
  ])('%s', (_, words, names) => {
    const found = compoundOrgMentions([untagged(words)], new Set(['Brindlux']), 'de');
    expect(found.map((m) => m.name)).toEqual(names);
  });

  it('leaves English alone', () => {
    expect(
      compoundOrgMentions([untagged(['the', 'ZVP-Chef', 'ZVP-Chef'])], new Set(), 'en'),
    ).toEqual([]);
  });

  it('a tagged compound stays the tagger’s', () => {
    const row = {
      ...untagged(['Die', 'ZVP-Kandidatin', 'ZVP-Chef']),
      tags: ['O', 'B-PER', 'B-PER'] as EntityTag[],
    };
    expect(compoundOrgMentions([row], new Set(), 'de')).toEqual([]);
  });

  it('makes the organisation a candidate of a German article', () => {
    const p = preparedSentences('de', 'Wahl in Niederau', [
      'Die ZVP-Kandidatin Maria Holzer gewann die Wahl in Niederau deutlich .',
      'Der ZVP-Landeschef sprach von einem historischen Abend .',
    ]);
    expect(entityCandidates(p).organizations.map((o) => o.group.name)).toContain('ZVP');
  });
});

describe('standsAsEmployer (English)', () => {
  it.each([
    [
      'role + at',
      'said Tom Reed , an economist at Varnholt Partners in Tokyo'.split(' '),
      7,
      9,
      true,
    ],
    ['role + of + the', 'the chief executive of the Quorvane Group said'.split(' '), 5, 7, true],
    ['role after', 'a Varnholt spokeswoman said'.split(' '), 1, 2, true],
    ['no role', 'shares in Varnholt Partners fell'.split(' '), 2, 4, false],
    ['capitalised word after', 'a Varnholt Spokeswoman said'.split(' '), 1, 2, false],
  ])('%s', (_, words, start, end, yes) => {
    expect(standsAsEmployer(words, start, end)).toBe(yes);
  });
});

describe('English classifier before a name', () => {
  it('makes the name an organisation: `oil firm Zorvex`', () => {
    const p = preparedSentences('en', 'Zorvex sues', [
      'Russian oil firm Zorvex has sued four banks over the sale .',
      'Zorvex said the sale was illegal .',
      'Zorvex wants damages .',
    ]);
    const c = entityCandidates(p);
    expect(c.organizations.map((o) => o.group.name)).toContain('Zorvex');
  });
});

describe('institutionsByPlace (German)', () => {
  it.each([
    ['kind and place', ['an', 'der', 'Universität', 'Wien'], ['Universität Wien']],
    ['a compound’s head, genitive', ['des', 'Landesmuseums', 'Kärnten'], ['Landesmuseum Kärnten']],
    ['no place after it', ['das', 'Weltmuseum', 'wieder'], []],
    ['no institution', ['die', 'Straße', 'Wien'], []],
  ])('%s', (_, words, names) => {
    expect(institutionsByPlace([untagged(words)], 'de').map((m) => m.name)).toEqual(names);
  });
});

describe('isCommonWordOrganisation', () => {
  it.each([
    ['PC', 'en', true],
    ['VAT', 'en', true],
    ['Zorvex', 'en', false],
    ['Warner', 'en', false],
    ['Gericht', 'de', true],
    ['ORF', 'de', false],
    ['Zorvex', 'de', false],
  ])('%s (%s): %s', (word, lang, yes) => {
    expect(isCommonWordOrganisation([word], lang)).toBe(yes);
  });

  it('leaves names of two words alone', () => {
    expect(isCommonWordOrganisation(['Gericht', 'Wien'], 'de')).toBe(false);
  });
});

describe('plainNameSpan: a capitalised stop word that opens a person’s name stays', () => {
  it.each([
    ['Bill Gates', ['Bill', 'Gates', 'said'], 0, 2, 'PER', 0],
    ['Will Young', ['with', 'Will', 'Young'], 1, 3, 'PER', 1],
    ['An Alibaba … (a function word)', ['An', 'Alibaba', 'spokesman'], 0, 2, 'ORG', 1],
    ['Der Maier … (a function word)', ['Der', 'Maier', 'sagte'], 0, 2, 'PER', 1],
  ] as const)('%s', (_, words, start, end, type, from) => {
    expect(
      plainNameSpan(words, { start, end }, type, type === 'PER' && words[0] === 'Der' ? 'de' : 'en')
        ?.start,
    ).toBe(from);
  });
});

describe('a capitalised adjective inside a German sentence names an institution', () => {
  it.each([
    ['Die Präsidentin des Obersten Gerichtshofs fordert eine Grenze .', 'Oberster Gerichtshof'],
    ['Nun schlagen die Vereinten Nationen ein Sondergericht vor .', 'Vereinte Nationen'],
  ])('%s', (sentence, name) => {
    const p = preparedSentences('de', '', [sentence]);
    expect(entityCandidates(p).organizations.map((o) => o.group.name)).toContain(name);
  });

  it('not the adjective in lower case', () => {
    const p = preparedSentences('de', '', ['Das ist ein oberstes Gericht für alle .']);
    expect(entityCandidates(p).organizations).toEqual([]);
  });
});

describe('a place’s -er adjective before a body names it (German)', () => {
  it('Tiroler Polizei, kept uninflected', () => {
    const p = preparedSentences('de', '', ['Die Tiroler Polizei ermittelt seit Montag .']);
    expect(entityCandidates(p).organizations.map((o) => o.group.name)).toContain('Tiroler Polizei');
  });

  it('not before a street', () => {
    const p = preparedSentences('de', '', ['Er wohnt in der Tiroler Straße .']);
    expect(entityCandidates(p).organizations).toEqual([]);
  });
});
