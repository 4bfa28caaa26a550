/**
 * `npm run build:lexicons` — regenerates the word lists under lib/entities/data/ from
 * maintained packages (devDependencies), so the extension ships a compact list instead of
 * whole dictionaries:
 *
 * - `@cspell/dict-de-de` (igerman98/hunspell, LGPL-3.0): capitalised German words split into
 *   common nouns and proper names, plus lower-case German words;
 * - `@cspell/dict-en_us` (SCOWL, MIT): lower-case English words and capitalised English words;
 * - `gender-detection-from-name` (MIT): given names of de, en, fr, es, it, tr;
 * - `@cspell/dict-companies` (MIT): names of companies, universities and brands.
 *
 * Every list leaves out the words that lib/entities/morphology.ts can rebuild from a shorter
 * stored word (inflected forms, German compounds with a stored head), is front-coded, and the
 * front-coded text is entropy-coded (scripts/build-lexicons-pack.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { frontCode } from './build-lexicons-format';
import { packedModule } from './build-lexicons-pack';
import { forEachWord, readTrieGz } from './build-lexicons-trie';
import {
  capitalize,
  DE_LOWER_ENDINGS,
  DE_MIN_HEAD,
  DE_MIN_MODIFIER,
  DE_NOUN_ENDINGS,
  DE_NOUN_PROOF_ENDINGS,
  DE_NOUN_SUFFIXES,
  EN_ENDINGS,
  loanPlurals,
  stripEndings,
} from '../lib/entities/morphology';

const require = createRequire(import.meta.url);
const OUT = path.resolve('lib/entities/data');
/** Longest lower-case German word kept; see germanLists. */
const MAX_DE_LOWER = 9;
/** Longest lower-case English word kept. */
const MAX_EN_LOWER = 8;
const isCap = (w: string) => /^\p{Lu}/u.test(w);
const isWordy = (w: string) => /^[\p{L}][\p{L}'.]*$/u.test(w);

function dictionaryWords(pkg: string, file: string): Set<string> {
  const words = new Set<string>();
  const trie = readTrieGz(path.join(path.dirname(require.resolve(`${pkg}/cspell-ext.json`)), file));
  forEachWord(trie, (raw) => {
    // `+` marks where a word may join a compound and a leading `-` a form used after a
    // hyphen; the word itself is what is left.
    const w = raw.replace(/\+/g, '').replace(/^-/, '');
    if (w.length >= 2 && isWordy(w)) words.add(w);
  });
  return words;
}

/** Words of `all` that `rebuild` cannot derive from another kept word. */
function reduce(all: Set<string>, rebuild: (w: string, kept: Set<string>) => boolean): Set<string> {
  // Shorter words first, so a stem is decided before the words built on it.
  const sorted = [...all].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept = new Set<string>();
  for (const w of sorted) if (!rebuild(w, kept)) kept.add(w);
  return kept;
}

/**
 * A capitalised word that heads this many dictionary compounds is a common noun: German builds
 * compounds on common nouns (`Digitalkamera`, `Familienunternehmen`), rarely on names. The
 * plural test of germanLists misses nouns whose plural ends in `-s` or is unchanged
 * (`Kamera`/`Kameras`, `Unternehmen`), which it files as names.
 *
 * These words go to a list of their own that only the tagger's last filter reads (a lone
 * `Unternehmens` is no organisation), not into the common-noun list the model's features are
 * made of: moving them there and refitting cost 0.015 PER F1 on GermEval at every threshold
 * tried (4, 6, 10; `npm run eval -- --suite ner`).
 */
const MIN_COMPOUNDS_FOR_NOUN = 4;

/** For each capitalised dictionary word, how many dictionary words end in it after a modifier of ≥ DE_MIN_MODIFIER letters. */
function compoundHeadCounts(de: Set<string>, caps: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of caps) {
    for (let k = DE_MIN_MODIFIER; k <= c.length - DE_MIN_HEAD; k++) {
      const head = capitalize(c.slice(k));
      if (de.has(head)) counts.set(head, (counts.get(head) ?? 0) + 1);
    }
  }
  return counts;
}

function germanLists() {
  const de = dictionaryWords('@cspell/dict-de-de', 'de_DE.trie.gz');
  const caps = [...de].filter(isCap);
  const nounLike = (w: string) =>
    DE_NOUN_SUFFIXES.test(w) ||
    DE_NOUN_PROOF_ENDINGS.some((e) => de.has(w + e)) ||
    loanPlurals(w).some((p) => de.has(p));
  const nouns = new Set<string>();
  const proper = new Set<string>();
  for (const w of caps) {
    if (w.length > 1 && w === w.toUpperCase()) continue; // acronyms are judged by shape
    const noun =
      nounLike(w) || stripEndings(w, DE_NOUN_ENDINGS).some((s) => nounLike(s) && de.has(s));
    (noun ? nouns : proper).add(w);
  }
  const keptNouns = reduce(nouns, (w, kept) => {
    if (stripEndings(w, DE_NOUN_ENDINGS).some((s) => kept.has(s))) return true;
    for (let k = DE_MIN_MODIFIER; k <= w.length - DE_MIN_HEAD; k++) {
      if (kept.has(capitalize(w.slice(k)))) return true;
    }
    return false;
  });
  const keptProper = reduce(proper, (w, kept) => w.endsWith('s') && kept.has(w.slice(0, -1)));
  const heads = compoundHeadCounts(de, caps);
  const headNouns = reduce(
    new Set([...proper].filter((w) => (heads.get(w) ?? 0) >= MIN_COMPOUNDS_FOR_NOUN)),
    (w, kept) => stripEndings(w, DE_NOUN_ENDINGS).some((s) => kept.has(s)),
  );
  // Only short lower-case words: enough to recognise adverbs, adjectives and verbs that open a
  // sentence or stand in an organisation's name, at a fraction of the size of all forms.
  const lower = [...de].filter((w) => !isCap(w) && w.length <= MAX_DE_LOWER);
  const keptLower = reduce(new Set(lower), (w, kept) =>
    stripEndings(w, DE_LOWER_ENDINGS).some((s) => kept.has(s)),
  );
  return {
    keptNouns,
    keptProper,
    keptLower,
    headNouns,
    sizes: { nouns: nouns.size, proper: proper.size, lower: lower.length },
  };
}

function englishLists() {
  const en = dictionaryWords('@cspell/dict-en_us', 'en_US.trie.gz');
  // Long English words are rarely capitalised at a sentence start in news; leaving them out
  // keeps the list small (see MAX_EN_LOWER).
  const lower = new Set([...en].filter((w) => !isCap(w) && w.length <= MAX_EN_LOWER));
  const proper = new Set([...en].filter((w) => isCap(w) && w !== w.toUpperCase()));
  const keptLower = reduce(lower, (w, kept) =>
    stripEndings(w, EN_ENDINGS).some((s) => kept.has(s)),
  );
  const keptProper = reduce(proper, (w, kept) =>
    stripEndings(w, ["'s", 's']).some((s) => kept.has(s)),
  );
  return { keptLower, keptProper, sizes: { lower: lower.size, proper: proper.size } };
}

function givenNames(): Set<string> {
  const names = new Set<string>();
  for (const lang of ['de', 'en', 'fr', 'es', 'it', 'tr']) {
    const map = require(`gender-detection-from-name/names/${lang}.js`) as Map<string, string>;
    for (const name of map.keys())
      if (name.length >= 2 && /^[\p{Ll}'-]+$/u.test(name)) names.add(name);
  }
  return names;
}

/**
 * Company and institution names (`Airbus`, `FedEx`, `Petrobras`). The list also holds a few
 * words that are not names in running text (`at`, `of`, `Co`, `US`); names of three or more
 * characters that start with a capital or a digit are kept.
 */
function companyNames(): Set<string> {
  const file = path.join(
    path.dirname(require.resolve('@cspell/dict-companies/cspell-ext.json')),
    'dict',
    'companies.txt',
  );
  const names = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const w = line.trim();
    if (w.length >= 3 && !w.startsWith('#') && /^[\p{Lu}\d][\p{L}\d&.'-]*$/u.test(w)) names.add(w);
  }
  return names;
}

function writeList(file: string, constName: string, source: string, words: Set<string>): number {
  const text = packedModule(
    constName,
    `Generated by \`npm run build:lexicons\` (scripts/build-lexicons.ts) from ${source}.\n` +
      `Do not edit; a front-coded word list (lib/entities/lexicon-decode.ts), entropy-coded (lib/entities/packed-text.ts).`,
    frontCode(words),
  );
  writeFileSync(path.join(OUT, file), text);
  return Buffer.byteLength(text);
}

const de = germanLists();
const en = englishLists();
const names = givenNames();
const companies = companyNames();
const LISTS: [file: string, constName: string, source: string, words: Set<string>][] = [
  ['de-nouns.ts', 'DE_NOUNS', '@cspell/dict-de-de (LGPL-3.0)', de.keptNouns],
  ['de-proper.ts', 'DE_PROPER', '@cspell/dict-de-de (LGPL-3.0)', de.keptProper],
  ['de-head-nouns.ts', 'DE_HEAD_NOUNS', '@cspell/dict-de-de (LGPL-3.0)', de.headNouns],
  ['de-lower.ts', 'DE_LOWER', '@cspell/dict-de-de (LGPL-3.0)', de.keptLower],
  ['en-lower.ts', 'EN_LOWER', '@cspell/dict-en_us (MIT)', en.keptLower],
  ['en-proper.ts', 'EN_PROPER', '@cspell/dict-en_us (MIT)', en.keptProper],
  ['given-names.ts', 'GIVEN_NAMES', 'gender-detection-from-name (MIT)', names],
  ['org-names.ts', 'ORG_NAMES', '@cspell/dict-companies (MIT)', companies],
];
const report = LISTS.map(([file, constName, source, words]) => [
  file,
  writeList(file, constName, source, words),
  words.size,
]);
console.log('source sizes', de.sizes, en.sizes);
for (const [file, bytes, n] of report)
  console.log(`${file}: ${n} words, ${(Number(bytes) / 1024).toFixed(0)} KiB`);
