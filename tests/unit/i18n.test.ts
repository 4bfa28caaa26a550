import { describe, expect, it } from 'vitest';
import { MESSAGES, resolveLocale, translator } from '../../lib/i18n';

describe('interface strings', () => {
  it('has every key in both languages, none empty', () => {
    const de = Object.keys(MESSAGES.de).sort();
    const en = Object.keys(MESSAGES.en).sort();
    expect(de).toEqual(en);
    for (const table of Object.values(MESSAGES)) {
      for (const [key, value] of Object.entries(table)) expect(value.trim(), key).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(MESSAGES.en) as (keyof typeof MESSAGES.en)[]) {
      expect(names(MESSAGES.de[key]), key).toEqual(names(MESSAGES.en[key]));
    }
  });

  it('fills placeholders', () => {
    expect(translator('de')('meta.readingTime', { minutes: 3 })).toBe('3 Min. Lesezeit');
    expect(translator('en')('meta.readingTime', { minutes: 3 })).toBe('3 min read');
  });

  it.each([
    ['auto', 'de-AT', 'de'],
    ['auto', 'en-GB', 'en'],
    ['auto', 'fr-FR', 'en'],
    ['auto', undefined, 'en'],
    ['de', 'en-US', 'de'],
    ['en', 'de-DE', 'en'],
  ] as const)('resolveLocale(%s, %s) = %s', (setting, browser, locale) => {
    expect(resolveLocale(setting, browser)).toBe(locale);
  });
});
