/** Regex pieces shared by the key-fact patterns (`./facts.ts`, `./dates.ts`). */

/** No letter or digit directly before / after: the match is a whole token. */
export const LEFT = '(?<![\\p{L}\\p{N}])';
export const RIGHT = '(?![\\p{L}\\p{N}])';

/** Years a news article plausibly names; a bare four-digit number in this range is no count. */
export const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';
export const YEAR_ONLY = /^(?:1[5-9]\d\d|20\d\d)$/;
