/**
 * Issue 16, session 9: an annotator's name lists projected onto an article's tokens as tagger
 * training labels (lib/entities/project-names.ts). Invented names and sentences only.
 */
import { describe, expect, it } from 'vitest';
import type { Label } from '../../lib/entities/labels';
import {
  inflectedForm,
  namePatterns,
  projectNames,
  silverLabels,
} from '../../lib/entities/project-names';

/** The projected spans as `words/TYPE` runs, the rest as `-`. */
function show(sentence: string, people: string[], organizations: string[]): string {
  const tokens = sentence.split(' ');
  const tags = projectNames(tokens, namePatterns(people, organizations));
  return tokens.map((t, i) => (tags[i] ? `${t}/${tags[i]}` : '-')).join(' ');
}

describe('inflectedForm', () => {
  it('takes possessive, genitive and adjective endings, nothing else', () => {
    expect(inflectedForm('Zorbex', 'Zorbex')).toBe(true);
    expect(inflectedForm("Zorbex's", 'Zorbex')).toBe(true);
    expect(inflectedForm('Zorbexs', 'Zorbex')).toBe(true);
    expect(inflectedForm('Nordische', 'Nordische')).toBe(true);
    expect(inflectedForm('Nordischen', 'Nordische')).toBe(true);
    expect(inflectedForm('Zorbexen', 'Zorbex')).toBe(false);
    expect(inflectedForm('Zorbexa', 'Zorbex')).toBe(false);
    expect(inflectedForm('Zorbex-Chef', 'Zorbex')).toBe(false);
  });
});

describe('projectNames', () => {
  it('marks every listed name, inflected, and the person by surname alone', () => {
    expect(
      show(
        'Laut Hanna Quellmoor hat die Nordischen Bahnwerke Quellmoors Plan abgelehnt , sagte Quellmoor .',
        ['Hanna Quellmoor'],
        ['Nordische Bahnwerke'],
      ),
    ).toBe(
      '- Hanna/B-PER Quellmoor/I-PER - - Nordischen/B-ORG Bahnwerke/I-ORG Quellmoors/B-PER - - - - Quellmoor/B-PER -',
    );
  });

  it('takes the long and the short form of a name with one in parentheses', () => {
    expect(
      show('Die Vereinigte Flussbank ( VFB ) und die VFB .', [], ['Vereinigte Flussbank (VFB)']),
    ).toBe('- Vereinigte/B-ORG Flussbank/I-ORG - VFB/B-ORG - - - VFB/B-ORG -');
  });

  it('prefers the longer name and leaves a compound word alone', () => {
    expect(
      show('Zorbex Labs and Zorbex hired Zorbex-Chef staff', [], ['Zorbex', 'Zorbex Labs']),
    ).toBe('Zorbex/B-ORG Labs/I-ORG - Zorbex/B-ORG - - -');
  });

  it('leaves out a form listed both as a person and as an organisation, and a shared surname', () => {
    expect(show('Milo Tarrant met Tarrant at Tarrant', ['Milo Tarrant'], ['Tarrant'])).toBe(
      'Milo/B-PER Tarrant/I-PER - Tarrant/B-ORG - Tarrant/B-ORG',
    );
    expect(show('Brenn spoke', ['Ada Brenn', 'Ole Brenn'], [])).toBe('- -');
    expect(show('Kestrel said', ['Kestrel'], ['Kestrel'])).toBe('- -');
  });
});

describe('silverLabels', () => {
  it('keeps the tagger’s places outside the listed names, drops its unlisted people', () => {
    const projected = projectNames(
      'Zorbex opened in Varnholm near Kestrel Bay , said Ada Brenn'.split(' '),
      namePatterns([], ['Zorbex']),
    );
    const base: Label[] = [
      'B-LOC',
      'O',
      'O',
      'B-LOC',
      'O',
      'B-LOC',
      'I-LOC',
      'O',
      'O',
      'B-PER',
      'I-PER',
    ];
    expect(silverLabels(projected, base)).toEqual([
      'B-ORG',
      'O',
      'O',
      'B-LOC',
      'O',
      'B-LOC',
      'I-LOC',
      'O',
      'O',
      'O',
      'O',
    ]);
  });
});
