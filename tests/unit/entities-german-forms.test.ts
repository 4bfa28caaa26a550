/**
 * Issue 16, session 7: German organisation names in the nominative as they stand alone
 * (lib/entities/german-forms.ts): the leading adjective by the head noun's gender.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { germanOrgNominative } from '../../lib/entities/german-forms';
import { preparedSentences } from '../support/prepared-sentences';

describe('germanOrgNominative', () => {
  it.each([
    // Neuter heads: strong `-es` (`vom Norddeutschen Zentrum` → `Norddeutsches Zentrum`).
    ['Norddeutschen Zentrum für Bodenkunde', 'Norddeutsches Zentrum für Bodenkunde'],
    ['Westfälischen Instituts für Agrarforschung', 'Westfälisches Institut für Agrarforschung'],
    ['Sächsischen Landesamt', 'Sächsisches Landesamt'],
    // Masculine heads: strong `-er`, the genitive `-es` of the head dropped as well.
    ['Bayerischen Imkerbundes', 'Bayerischer Imkerbund'],
    ['Hessischen Rundfunks', 'Hessischer Rundfunk'],
    ['Europäischen Gerichtshof', 'Europäischer Gerichtshof'],
    // Feminine heads: `-e`, also from the strong dative `-er` (`von Badischer Bahn`).
    ['Badischer Bahn', 'Badische Bahn'],
    ['Fränkischen Zeitung', 'Fränkische Zeitung'],
    // A head whose ending tells no gender: the weak nominative, as before.
    ['Vereinten Nationen', 'Vereinte Nationen'],
    // Already in the nominative, or no adjective: unchanged.
    ['Norddeutsches Zentrum', 'Norddeutsches Zentrum'],
    ['Badische Bahn', 'Badische Bahn'],
    ['Rotes Kreuz', 'Rotes Kreuz'],
    // A foreign word that merely ends like an adjective is none (`Under`: `unde` is a German word).
    ['Under Armour', 'Under Armour'],
    ['Neuen Zentrum', 'Neues Zentrum'],
  ])('%s → %s', (input, expected) => {
    expect(germanOrgNominative(input.split(' ')).join(' ')).toBe(expected);
  });
});

describe('findEntities: the organisation named as it stands alone', () => {
  it.each([
    [
      [
        'Die Proben gingen an Forscher vom Norddeutschen Zentrum für Bodenkunde ( NZB ) in Kiel .',
        'Das Norddeutsche Zentrum für Bodenkunde will die Ergebnisse im Mai vorlegen .',
      ],
      'Norddeutsches Zentrum für Bodenkunde',
    ],
  ])('%j → %s', (sentences, org) => {
    const { organizations } = findEntities(preparedSentences('de', '', sentences));
    const names = organizations.map((o) => o.name);
    expect(names.some((n) => n.startsWith(org))).toBe(true);
    expect(names.some((n) => n.startsWith('Norddeutsche '))).toBe(false);
  });
});
