/**
 * The one settings schema of Kontext, shared by the options page, the popup, the side panel
 * and the background worker (house style: Dark Reader's single settings object).
 */
import type { BuiltinPerspectiveId } from '../types';

export type UiLanguage = 'auto' | 'de' | 'en';
export type Theme = 'auto' | 'light' | 'dark';
/**
 * How the summary's length is given: a number of sentences (the article's news: the lead counts)
 * or a share of the article (the article condensed: every part counts; lib/summarize, `condense`).
 */
export type SummaryLength = 'sentences' | 'share';

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
  /** Whether the summary length is a number of sentences or a share of the article. Default: `sentences`. */
  summaryLength: SummaryLength;
  /** Number of summary sentences, when `summaryLength` is `sentences`. Default: 4. */
  summarySentences: number;
  /** Percentage of the article's sentences kept, when `summaryLength` is `share`. Default: 30. */
  summaryShare: number;
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
/**
 * Bounds for the share, in percent: below a tenth a count of sentences says it better; above 70 %
 * little is left out. The BBC News Summary references keep ~43 % (../shared/data/README.md).
 */
export const SUMMARY_SHARE_MIN = 10;
export const SUMMARY_SHARE_MAX = 70;
export const CUSTOM_LENSES_MAX = 10;
export const CUSTOM_LENS_CUES_MAX = 40;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  summaryLength: 'sentences',
  summarySentences: 4,
  summaryShare: 30,
  perspectives: [...ALL_PERSPECTIVES],
  showEntities: true,
  uiLanguage: 'auto',
  theme: 'auto',
  customLenses: [],
});
