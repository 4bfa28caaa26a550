/**
 * The few inflection rules the lexicon lookup needs. They are shared by the build script
 * (scripts/build-lexicons.ts), which leaves out every word these rules can rebuild from a
 * shorter stored word, and by the runtime lookup (lexicons.ts), which applies them in reverse.
 */

/**
 * German noun endings: plural `-e/-en/-n/-nen` (`Kanzlerin` → `Kanzlerinnen`), genitive
 * `-s/-es/-ns/-ens` and dative plural `-n/-en` (Duden, Die Grammatik, 9th ed., §§ 253–300).
 */
export const DE_NOUN_ENDINGS = ['e', 'en', 'n', 'nen', 'es', 's', 'ns', 'ens'];

/**
 * Endings of German adjectives, verbs and participles (`schnell` → `schnellere`, `arbeiten` →
 * `arbeitete`), stripped to find a lower-case word's stored base form.
 */
export const DE_LOWER_ENDINGS = [
  'e',
  'en',
  'er',
  'es',
  'em',
  'n',
  's',
  't',
  'st',
  'te',
  'ten',
  'tes',
  'ter',
  'tem',
  'ste',
  'sten',
  'ster',
  'stes',
  'stem',
];

/**
 * Endings that prove a capitalised German word is a common noun when the dictionary also has
 * the word with that ending: plural and dative forms. Proper names take only the genitive `-s`.
 */
export const DE_NOUN_PROOF_ENDINGS = ['e', 'en', 'n', 'nen', 'es'];

/**
 * Latin and Greek loan nouns replace their ending in the plural (`Firma` → `Firmen`,
 * `Museum` → `Museen`, `Zentrum` → `Zentren`, `Virus` → `Viren`; Duden Grammatik § 286).
 */
export function loanPlurals(word: string): string[] {
  const m = /^(.{3,}?)(a|um|us|on|is|os)$/.exec(word);
  return m ? [m[1] + 'en'] : [];
}

/** Derivational suffixes that only form common nouns (diminutives and abstract nouns). */
export const DE_NOUN_SUFFIXES = /(?:chen|lein|ung|heit|keit|schaft|ismus|ität|tion|tum)$/;

/** Shortest head a German compound may end in for the lookup to trust it (`Regierung` in `Bundesregierung`). */
export const DE_MIN_HEAD = 4;
/** Shortest modifier before the head. */
export const DE_MIN_MODIFIER = 3;

/** English inflections: plural, 3rd person, past, participles, comparison, adverbs. */
export const EN_ENDINGS = ['s', 'es', 'ed', 'd', 'ing', 'er', 'est', 'ly', "'s", 'ies', 'ied'];

/** The stems a word may come from if it ends in one of `endings` (longest ending first). */
export function stripEndings(word: string, endings: readonly string[], minStem = 2): string[] {
  const out: string[] = [];
  for (const e of endings) {
    if (word.length - e.length >= minStem && word.endsWith(e)) {
      const stem = word.slice(0, -e.length);
      out.push(stem);
      if (e === 'ies' || e === 'ied') out.push(stem + 'y');
    }
  }
  return out;
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
