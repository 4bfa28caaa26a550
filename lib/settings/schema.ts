/**
 * The one settings schema of Kontext, shared by the options page, the popup, the side panel
 * and the background worker (house style: Dark Reader's single settings object).
 */
import type { BuiltinPerspectiveId } from '../types';

export type UiLanguage = 'auto' | 'de' | 'en';
export type Theme = 'auto' | 'light' | 'dark';

/** A lens the user defined in the options page; it works like the built-in ones. */
export interface CustomLens {
  /** Stable slug, unique among custom lenses; the perspective id is `custom:<id>`. */
  id: string;
  /** Name shown as the panel heading. */
  name: string;
  /** Cue words or phrases; matched on word stems, multi-word cues as phrases. */
  cues: string[];
}

export interface Settings {
  /** Number of summary sentences. Default: 4. */
  summarySentences: number;
  /** Built-in perspective panels to show, in this order. Default: all six. */
  perspectives: BuiltinPerspectiveId[];
  /** Show the people and organizations panels. Default: true. */
  showEntities: boolean;
  /** Language of the interface; `auto` follows the browser. Default: `auto`. */
  uiLanguage: UiLanguage;
  /** Colour theme; `auto` follows the system. Default: `auto`. */
  theme: Theme;
  /** User-defined lenses, shown after the built-in ones. Default: none. */
  customLenses: CustomLens[];
}

export const ALL_PERSPECTIVES: readonly BuiltinPerspectiveId[] = [
  'investor',
  'politician',
  'innovation-manager',
  'society',
  'economy',
  'bigger-picture',
];

/** Bounds for the summary length: one sentence says little, beyond 12 it is no summary. */
export const SUMMARY_SENTENCES_MIN = 1;
export const SUMMARY_SENTENCES_MAX = 12;
export const CUSTOM_LENSES_MAX = 10;
export const CUSTOM_LENS_CUES_MAX = 40;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  summarySentences: 4,
  perspectives: [...ALL_PERSPECTIVES],
  showEntities: true,
  uiLanguage: 'auto',
  theme: 'auto',
  customLenses: [],
});
