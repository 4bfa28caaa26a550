import { de } from './de';
import { en, type MessageKey } from './en';
import type { UiLanguage } from '../settings/schema';

export type { MessageKey };
export type Locale = 'de' | 'en';
export const MESSAGES: Record<Locale, Record<MessageKey, string>> = { de, en };

/** Picks the interface language: the setting, else the browser's language, else English. */
export function resolveLocale(setting: UiLanguage, browserLanguage: string | undefined): Locale {
  if (setting !== 'auto') return setting;
  return browserLanguage?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Returns `t(key, params)` for one locale; `{name}` placeholders are filled from `params`. */
export function translator(locale: Locale): Translate {
  const table = MESSAGES[locale];
  return (key, params) => {
    const template = table[key] ?? en[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (m, name: string) =>
      name in params ? String(params[name]) : m,
    );
  };
}

/** Language names for the meta line, in the interface language (Intl.DisplayNames). */
export function languageName(code: string, locale: Locale): string {
  if (!code || code === 'und') return '—';
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
