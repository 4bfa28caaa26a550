/**
 * Issue 16, session 6: evidence about organisations that the words around a name or the whole
 * article give (lib/entities/article-evidence.ts, org-context.ts, acronyms.ts). Invented
 * sentences only.
 */
import { describe, expect, it } from 'vitest';
import { findEntities, tagTokens } from '../../lib/entities';
import { spansOf } from '../../lib/entities/document';
import { withAcronymOrganisations } from '../../lib/entities/acronyms';
import {
  governmentBodies,
  qualifiesRole,
  withEmployers,
  withMajorityOrganisations,
  withoutCaptionJoins,
  withoutOrgPossessions,
} from '../../lib/entities/article-evidence';
import type { Mention } from '../../lib/entities/aggregate';
import { withKnownOrganisations } from '../../lib/entities/name-classes';
import type { EntityTag } from '../../lib/entities/labels';
import { tokenize } from '../../lib/entities/tokenize';
import { preparedSentences } from '../support/prepared-sentences';

const words = (s: string) => tokenize(s).map((t) => t.text);
const mention = (name: string, sentence = 0): Mention => ({
  name,
  words: name.split(' '),
  sentence,
});

function orgs(sentence: string, lang = 'de'): string[] {
  const w = words(sentence);
  return spansOf(tagTokens(w, lang))
    .filter((s) => s.type === 'ORG')
    .map((s) => w.slice(s.start, s.end).join(' '));
}

const prepared = (lang: string, sentences: string[]) => preparedSentences(lang, '', sentences);

describe('German institutions the tagger does not see', () => {
  it('takes an institute or centre with its field, and the adjective before it', () => {
    const found = orgs('Sie forscht am Deutschen Zentrum für Infektionsforschung in Bonn .');
    expect(found).toContain('Deutschen Zentrum für Infektionsforschung');
  });

  it('keeps a lower-case adjective inside the field', () => {
    const found = orgs('Der Verband zum Schutz geistigen Eigentums klagt .');
    expect(found).toContain('Verband zum Schutz geistigen Eigentums');
  });

  it('takes a common noun after `Artikel + Klassifikator` before the phrase ends', () => {
    expect(orgs('Sie kontaktierten das Unternehmen Ring , das Amazon gehört .')).toContain('Ring');
    // Followed by a verb it is an object, not a name.
    expect(orgs('Er sagte , dass der Konzern Gewinne macht .')).not.toContain('Gewinne');
  });
});

describe('short forms, employers, possessors', () => {
  it('joins a parenthesised short form to the organisation before it', () => {
    const p = prepared('de', [
      'Sie forscht am Deutschen Zentrum für Infektionsforschung ( DZIF ) in Bonn .',
      'Das DZIF fördert die Studie .',
    ]);
    const names = findEntities(p).organizations.map((e) => e.name);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/Zentrum für Infektionsforschung \(DZIF\)$/);
  });

  it('reads a one-word name before or after a role as its employer', () => {
    expect(qualifiesRole(['Uber', 'CEO', 'Travis', 'Kalanick'], 0, 'en')).toBe(true);
    expect(qualifiesRole(['der', 'Chef', 'von', 'Flixbus'], 3, 'de')).toBe(true);
    expect(qualifiesRole(['sagte', 'Müller', 'gestern'], 1, 'de')).toBe(false);
    const [people, employers] = withEmployers(
      [mention('Uber'), mention('Travis Kalanick'), mention('Kalanick')],
      new Set(['Uber', 'Kalanick']),
    );
    expect(employers.map((m) => m.name)).toEqual(['Uber']);
    expect(people.map((m) => m.name)).toEqual(['Travis Kalanick', 'Kalanick']);
  });

  it('takes the organisation, not its possession, from a German genitive', () => {
    const out = withoutOrgPossessions([mention('Apple'), mention('Apples Vision Pro')]);
    expect(out.map((m) => m.name)).toEqual(['Apple', 'Apple']);
    // An adjective's -s is no genitive.
    expect(withoutOrgPossessions([mention('Deutsches Rotes Kreuz')])[0].name).toBe(
      'Deutsches Rotes Kreuz',
    );
  });
});

describe('bodies, territories, acronyms', () => {
  const row = (s: string, lang = 'de') => {
    const w = words(s);
    return { words: w, tags: w.map(() => 'O' as EntityTag), sentence: 0, lang };
  };

  it('finds governments and parliaments in the nominative', () => {
    const names = (s: string, lang = 'de') =>
      governmentBodies([row(s, lang)], lang).map((m) => m.name);
    expect(names('Die Landesregierung prüft den Antrag .')).toEqual(['Landesregierung']);
    expect(names('Das Gesetz der britischen Regierung scheiterte .')).toEqual([
      'britische Regierung',
    ]);
    expect(names('Die Abgeordneten des türkischen Parlaments stimmten ab .')).toEqual([
      'türkisches Parlament',
    ]);
    expect(names('Die Regierung prüft den Antrag .')).toEqual([]);
  });

  it('tags an acronym the article repeats, not a common word in capitals', () => {
    const doc = [words('Die SPÖ verliert .'), words('Die SPÖ und das TV .')];
    const tags = withAcronymOrganisations(
      doc,
      doc.map((w) => w.map(() => 'O' as EntityTag)),
      'de',
    );
    expect(tags[0][1]).toBe('B-ORG');
    expect(tags[1][1]).toBe('B-ORG');
    expect(tags[1][4]).toBe('O');
  });
});

describe('brands with an inner capital', () => {
  it('looks up `eBay` in the training sets like a capitalised word', () => {
    const w = words('He headed security at eBay and PayPal .');
    const tags = withKnownOrganisations(
      w,
      w.map(() => 'O' as EntityTag),
      'en',
    );
    expect(tags[w.indexOf('eBay')]).toBe('B-ORG');
  });
});

describe('interviews', () => {
  it('takes the interviewer’s label in capitals as the medium, even when it is a common word', () => {
    const doc = [
      words('STANDARD : Sie haben verloren .'),
      words('Müller : Das sehe ich anders .'),
      words('STANDARD : Warum ?'),
    ];
    const tags = withAcronymOrganisations(
      doc,
      doc.map((w) => w.map(() => 'O' as EntityTag)),
      'de',
    );
    expect(tags[0][0]).toBe('B-ORG');
    expect(tags[2][0]).toBe('B-ORG');
  });
});

describe('one name, one type', () => {
  it('cuts names run together at a caption boundary', () => {
    const [people, orgs] = withoutCaptionJoins(
      [mention('Matthew Stevens'), mention('Ronnie Sullivan'), mention('Matthew Stevens Sullivan')],
      [mention('World Championships Stevens')],
    );
    expect(people.map((m) => m.name)).toEqual([
      'Matthew Stevens',
      'Ronnie Sullivan',
      'Matthew Stevens',
    ]);
    expect(orgs).toEqual([]);
  });

  it('moves a "person" to the organisations when its last word is mostly one', () => {
    const [people, orgs] = withMajorityOrganisations(
      [mention('Aston Villa'), mention('Tim Sherwood')],
      [mention('Villa'), mention('Villa', 1)],
    );
    expect(people.map((m) => m.name)).toEqual(['Tim Sherwood']);
    expect(orgs.map((m) => m.name)).toContain('Aston Villa');
  });
});
