import {
  ALL_PERSPECTIVES,
  CUSTOM_LENSES_MAX,
  CUSTOM_LENS_CUES_MAX,
  DEFAULT_SETTINGS,
  SUMMARY_SENTENCES_MAX,
  SUMMARY_SENTENCES_MIN,
  SUMMARY_SHARE_MAX,
  SUMMARY_SHARE_MIN,
  type CustomLens,
  type Settings,
} from './schema';

/** One problem with one field; `key` names a message in the UI strings. */
export interface SettingsError {
  field: keyof Settings;
  key:
    | 'settings.error.summaryLength'
    | 'settings.error.summarySentences'
    | 'settings.error.summaryShare'
    | 'settings.error.perspectives'
    | 'settings.error.showEntities'
    | 'settings.error.uiLanguage'
    | 'settings.error.theme'
    | 'settings.error.customLenses'
    | 'settings.error.lensName'
    | 'settings.error.lensCues';
}

export interface ValidationResult {
  /** The input with every invalid field replaced by its default. */
  settings: Settings;
  errors: SettingsError[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isWholeIn = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/** `Market Watch!` → `market-watch`; used to give custom lenses stable ids. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'lens';
}

/** Splits the options page's cue field ("Zins, Anleihe; bond") into clean cues. */
export function parseCues(input: string): string[] {
  const seen = new Set<string>();
  const cues: string[] = [];
  for (const raw of input.split(/[,;\n]/)) {
    const cue = raw.trim().replace(/\s+/g, ' ');
    if (cue && !seen.has(cue.toLowerCase())) {
      seen.add(cue.toLowerCase());
      cues.push(cue);
    }
  }
  return cues;
}

function validateLenses(value: unknown, errors: SettingsError[]): CustomLens[] {
  if (!Array.isArray(value)) {
    errors.push({ field: 'customLenses', key: 'settings.error.customLenses' });
    return [];
  }
  const lenses: CustomLens[] = [];
  const ids = new Set<string>();
  for (const item of value.slice(0, CUSTOM_LENSES_MAX)) {
    if (!isRecord(item)) {
      errors.push({ field: 'customLenses', key: 'settings.error.customLenses' });
      continue;
    }
    const name = typeof item.name === 'string' ? item.name.trim() : '';
    if (!name || name.length > 60) {
      errors.push({ field: 'customLenses', key: 'settings.error.lensName' });
      continue;
    }
    const cues = Array.isArray(item.cues)
      ? item.cues
          .filter((c): c is string => typeof c === 'string')
          .map((c) => c.trim())
          .filter(Boolean)
      : [];
    if (cues.length === 0 || cues.length > CUSTOM_LENS_CUES_MAX) {
      errors.push({ field: 'customLenses', key: 'settings.error.lensCues' });
      continue;
    }
    let id = typeof item.id === 'string' && item.id ? slugify(item.id) : slugify(name);
    for (let n = 2; ids.has(id); n++) id = `${slugify(name)}-${n}`;
    ids.add(id);
    lenses.push({ id, name, cues });
  }
  if (value.length > CUSTOM_LENSES_MAX) {
    errors.push({ field: 'customLenses', key: 'settings.error.customLenses' });
  }
  return lenses;
}

/**
 * Checks any value read from storage or typed by the user. Never throws: each bad field is
 * reported and replaced by its default, so a corrupt store never breaks the extension.
 */
export function validateSettings(input: unknown): ValidationResult {
  const errors: SettingsError[] = [];
  const raw = isRecord(input) ? input : {};
  const settings: Settings = structuredClone(DEFAULT_SETTINGS) as Settings;

  if ('summaryLength' in raw) {
    const v = raw.summaryLength;
    if (v === 'sentences' || v === 'share') settings.summaryLength = v;
    else errors.push({ field: 'summaryLength', key: 'settings.error.summaryLength' });
  }
  if ('summarySentences' in raw) {
    const n = raw.summarySentences;
    if (isWholeIn(n, SUMMARY_SENTENCES_MIN, SUMMARY_SENTENCES_MAX)) settings.summarySentences = n;
    else errors.push({ field: 'summarySentences', key: 'settings.error.summarySentences' });
  }
  if ('summaryShare' in raw) {
    const n = raw.summaryShare;
    if (isWholeIn(n, SUMMARY_SHARE_MIN, SUMMARY_SHARE_MAX)) settings.summaryShare = n;
    else errors.push({ field: 'summaryShare', key: 'settings.error.summaryShare' });
  }
  if ('perspectives' in raw) {
    const p = raw.perspectives;
    if (
      Array.isArray(p) &&
      p.every((id) => (ALL_PERSPECTIVES as readonly unknown[]).includes(id)) &&
      new Set(p).size === p.length
    ) {
      settings.perspectives = [...(p as Settings['perspectives'])];
    } else errors.push({ field: 'perspectives', key: 'settings.error.perspectives' });
  }
  if ('showEntities' in raw) {
    if (typeof raw.showEntities === 'boolean') settings.showEntities = raw.showEntities;
    else errors.push({ field: 'showEntities', key: 'settings.error.showEntities' });
  }
  if ('uiLanguage' in raw) {
    const v = raw.uiLanguage;
    if (v === 'auto' || v === 'de' || v === 'en') settings.uiLanguage = v;
    else errors.push({ field: 'uiLanguage', key: 'settings.error.uiLanguage' });
  }
  if ('theme' in raw) {
    const v = raw.theme;
    if (v === 'auto' || v === 'light' || v === 'dark') settings.theme = v;
    else errors.push({ field: 'theme', key: 'settings.error.theme' });
  }
  if ('customLenses' in raw) settings.customLenses = validateLenses(raw.customLenses, errors);

  return { settings, errors };
}
