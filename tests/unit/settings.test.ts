import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { parseCues, slugify, validateSettings } from '../../lib/settings/validate';

describe('validateSettings', () => {
  it('returns the defaults for nothing stored', () => {
    expect(validateSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, errors: [] });
    expect(validateSettings({}).errors).toEqual([]);
  });

  it('keeps valid values', () => {
    const input = {
      summaryLength: 'share',
      summarySentences: 6,
      summaryShare: 40,
      perspectives: ['politician', 'investor'],
      showEntities: false,
      uiLanguage: 'de',
      theme: 'dark',
      customLenses: [{ id: 'klima', name: 'Klima', cues: ['CO2', 'Klimaschutz'] }],
    };
    const { settings, errors } = validateSettings(input);
    expect(errors).toEqual([]);
    expect(settings).toEqual(input);
  });

  it.each([
    ['summarySentences', 0],
    ['summarySentences', 13],
    ['summarySentences', 2.5],
    ['summarySentences', '4'],
    ['summaryLength', 'words'],
    ['summaryLength', true],
    ['summaryShare', 5],
    ['summaryShare', 75],
    ['summaryShare', 33.5],
    ['summaryShare', '30'],
    ['perspectives', ['investor', 'astrologer']],
    ['perspectives', ['investor', 'investor']],
    ['perspectives', 'investor'],
    ['showEntities', 'yes'],
    ['uiLanguage', 'fr'],
    ['theme', 'sepia'],
    ['customLenses', 'none'],
  ])('reports %s = %j and falls back to the default', (field, value) => {
    const { settings, errors } = validateSettings({ [field]: value });
    expect(errors.map((e) => e.field)).toContain(field);
    expect(settings[field as keyof typeof settings]).toEqual(
      DEFAULT_SETTINGS[field as keyof typeof DEFAULT_SETTINGS],
    );
  });

  it('never throws on corrupt input', () => {
    for (const input of [null, 42, 'x', [], { customLenses: [null, 3, { name: '' }] }]) {
      expect(() => validateSettings(input)).not.toThrow();
    }
  });

  it('drops invalid custom lenses and makes ids unique', () => {
    const { settings, errors } = validateSettings({
      customLenses: [
        { name: 'Klima', cues: ['CO2'] },
        { name: 'Klima', cues: ['Emission'] },
        { name: '', cues: ['x'] },
        { name: 'No cues', cues: [] },
      ],
    });
    expect(settings.customLenses.map((l) => l.id)).toEqual(['klima', 'klima-2']);
    expect(errors.map((e) => e.key)).toEqual([
      'settings.error.lensName',
      'settings.error.lensCues',
    ]);
  });
});

describe('custom lens input', () => {
  it.each([
    ['Market Watch!', 'market-watch'],
    ['Öffentliche Gelder', 'offentliche-gelder'],
    ['   ', 'lens'],
  ])('slugify(%j) = %j', (name, slug) => expect(slugify(name)).toBe(slug));

  it('splits cues on commas, semicolons and lines, without duplicates', () => {
    expect(parseCues('Zins, Anleihe;  bond\nzins ,, ')).toEqual(['Zins', 'Anleihe', 'bond']);
  });
});
