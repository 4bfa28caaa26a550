/**
 * The Snowball English stemmer ("Porter2", Porter 2001: https://snowballstem.org/algorithms/english/stemmer.html),
 * written out by hand in the version that `snowball-stemmers` 0.6 ships (exceptions `gener`,
 * `commun`, `arsen`; the two exception lists of that release). Why not call the package: it runs
 * the generic Snowball machine and costs ~33 µs a word on the development machine, and a new
 * 2,000-word article brings ~300 words the memo in lib/text/stem.ts has not met, so English
 * stemming was most of `prepareText` on a first click (docs/performance.md, "Issue 17"). This one
 * works on the string directly. `tests/unit/english-stemmer.test.ts` compares it with the package
 * word for word.
 *
 * Letters other than `a`–`z` (digits, `é`, `ß`) are non-vowels, as in Snowball's groupings.
 */

const VOWEL = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWEL.has(c);
/** Non-vowels other than `w`, `x` and `Y` (Snowball's `non-v_WXY`). */
const isNonVowelWxy = (c: string): boolean => !VOWEL.has(c) && c !== 'w' && c !== 'x' && c !== 'Y';
/** Letters after which `li` is a suffix (`valid_LI`). */
const VALID_LI = new Set(['c', 'd', 'e', 'g', 'h', 'k', 'm', 'n', 'r', 't']);
const DOUBLES = new Set(['bb', 'dd', 'ff', 'gg', 'mm', 'nn', 'pp', 'rr', 'tt']);

/** Whole words with a fixed stem (`exception1`). */
const EXCEPTIONS = new Map<string, string>([
  ['skis', 'ski'],
  ['skies', 'sky'],
  ['dying', 'die'],
  ['lying', 'lie'],
  ['tying', 'tie'],
  ['idly', 'idl'],
  ['gently', 'gentl'],
  ['ugly', 'ugli'],
  ['early', 'earli'],
  ['only', 'onli'],
  ['singly', 'singl'],
  ['sky', 'sky'],
  ['news', 'news'],
  ['howe', 'howe'],
  ['atlas', 'atlas'],
  ['cosmos', 'cosmos'],
  ['bias', 'bias'],
  ['andes', 'andes'],
]);
/** Words left alone after step 1a (`exception2`). */
const INVARIANT_AFTER_1A = new Set([
  'inning',
  'outing',
  'canning',
  'herring',
  'earring',
  'proceed',
  'exceed',
  'succeed',
]);
const REGION_PREFIXES = ['gener', 'commun', 'arsen'];

/** A suffix list by last letter, longest first, so that the first suffix found is the longest. */
type SuffixIndex = Map<string, string[]>;

function suffixIndex(suffixes: readonly string[]): SuffixIndex {
  const index: SuffixIndex = new Map();
  for (const s of [...suffixes].sort((a, b) => b.length - a.length)) {
    const last = s[s.length - 1];
    index.set(last, [...(index.get(last) ?? []), s]);
  }
  return index;
}

/** The longest suffix of the index that `w` ends with, or ''. */
function longestSuffix(w: string, index: SuffixIndex): string {
  const list = index.get(w[w.length - 1]);
  if (list) for (const s of list) if (w.endsWith(s)) return s;
  return '';
}

/** Position after the first non-vowel that follows a vowel, from `from` on; `w.length` if none. */
function regionStart(w: string, from: number): number {
  let i = from;
  while (i < w.length && !isVowel(w[i])) i++;
  if (i >= w.length) return w.length;
  while (i < w.length && isVowel(w[i])) i++;
  return i >= w.length ? w.length : i + 1;
}

/** Whether `w` ends in a short syllable. */
function endsShort(w: string): boolean {
  const n = w.length;
  if (n >= 3 && isNonVowelWxy(w[n - 1]) && isVowel(w[n - 2]) && !isVowel(w[n - 3])) return true;
  return n === 2 && !isVowel(w[1]) && isVowel(w[0]);
}

const POSSESSIVE = suffixIndex(["'", "'s", "'s'"]);
const STEP_1A = suffixIndex(['sses', 'ied', 'ies', 's', 'ss', 'us']);
const STEP_1B = suffixIndex(['eed', 'eedly', 'ed', 'edly', 'ing', 'ingly']);
const STEP_2: Record<string, string> = {
  tional: 'tion', enci: 'ence', anci: 'ance', abli: 'able', entli: 'ent', izer: 'ize',
  ization: 'ize', ational: 'ate', ation: 'ate', ator: 'ate', alism: 'al', aliti: 'al', alli: 'al',
  fulness: 'ful', ousli: 'ous', ousness: 'ous', iveness: 'ive', iviti: 'ive', biliti: 'ble',
  bli: 'ble', fulli: 'ful', lessli: 'less', ogi: 'og', li: '',
}; // prettier-ignore
const STEP_2_KEYS = suffixIndex(Object.keys(STEP_2));
const STEP_3: Record<string, string> = {
  tional: 'tion', ational: 'ate', alize: 'al', icate: 'ic', iciti: 'ic', ical: 'ic', ful: '',
  ness: '', ative: '',
}; // prettier-ignore
const STEP_3_KEYS = suffixIndex(Object.keys(STEP_3));
const STEP_4 = suffixIndex([
  'al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ism', 'ate',
  'iti', 'ous', 'ive', 'ize', 'ion',
]); // prettier-ignore

/** The Snowball English stem of a lower-cased word. */
export function stemEnglish(word: string): string {
  const fixed = EXCEPTIONS.get(word);
  if (fixed !== undefined) return fixed;
  if (word.length < 3) return word;

  // Prelude: a leading apostrophe goes; `y` at the start or after a vowel is a consonant (`Y`).
  let w = word[0] === "'" ? word.slice(1) : word;
  let yFound = false;
  if (w[0] === 'y') {
    w = 'Y' + w.slice(1);
    yFound = true;
  }
  if (w.includes('y')) {
    const chars = w.split('');
    for (let i = 0; i + 1 < chars.length; i++) {
      if (isVowel(chars[i]) && chars[i + 1] === 'y') {
        chars[i + 1] = 'Y';
        yFound = true;
        i++;
      }
    }
    w = chars.join('');
  }

  const prefix = REGION_PREFIXES.find((p) => w.startsWith(p));
  const p1 = prefix ? prefix.length : regionStart(w, 0);
  const p2 = regionStart(w, p1);
  const inR1 = (suffix: string) => w.length - suffix.length >= p1;
  const inR2 = (suffix: string) => w.length - suffix.length >= p2;

  // Step 0: possessive endings.
  const possessive = longestSuffix(w, POSSESSIVE);
  if (possessive) w = w.slice(0, -possessive.length);

  // Step 1a.
  const s1a = longestSuffix(w, STEP_1A);
  if (s1a === 'sses') w = w.slice(0, -2);
  else if (s1a === 'ied' || s1a === 'ies') w = w.slice(0, -3) + (w.length - 3 >= 2 ? 'i' : 'ie');
  else if (s1a === 's') {
    // Deleted when a vowel stands before the letter that precedes the `s`.
    let vowel = false;
    for (let i = w.length - 3; i >= 0 && !vowel; i--) vowel = isVowel(w[i]);
    if (vowel) w = w.slice(0, -1);
  }

  if (!INVARIANT_AFTER_1A.has(w)) {
    // Step 1b.
    const s1b = longestSuffix(w, STEP_1B);
    if (s1b === 'eed' || s1b === 'eedly') {
      if (inR1(s1b)) w = w.slice(0, -s1b.length) + 'ee';
    } else if (s1b) {
      const stem = w.slice(0, -s1b.length);
      let vowel = false;
      for (let i = stem.length - 1; i >= 0 && !vowel; i--) vowel = isVowel(stem[i]);
      if (vowel) {
        w = stem;
        const end2 = w.slice(-2);
        if (end2 === 'at' || end2 === 'bl' || end2 === 'iz') w += 'e';
        else if (DOUBLES.has(end2)) w = w.slice(0, -1);
        else if (w.length === p1 && endsShort(w)) w += 'e';
      }
    }

    // Step 1c: a final y after a non-vowel that is not the first letter.
    const last = w[w.length - 1];
    if ((last === 'y' || last === 'Y') && w.length > 2 && !isVowel(w[w.length - 2]))
      w = w.slice(0, -1) + 'i';

    // Step 2.
    const s2 = longestSuffix(w, STEP_2_KEYS);
    if (s2 && inR1(s2)) {
      const before = w[w.length - s2.length - 1];
      if (s2 === 'ogi') {
        if (before === 'l') w = w.slice(0, -3) + 'og';
      } else if (s2 === 'li') {
        if (VALID_LI.has(before)) w = w.slice(0, -2);
      } else w = w.slice(0, -s2.length) + STEP_2[s2];
    }

    // Step 3.
    const s3 = longestSuffix(w, STEP_3_KEYS);
    if (s3 && inR1(s3) && (s3 !== 'ative' || inR2(s3))) w = w.slice(0, -s3.length) + STEP_3[s3];

    // Step 4.
    const s4 = longestSuffix(w, STEP_4);
    if (s4 && inR2(s4)) {
      if (s4 !== 'ion') w = w.slice(0, -s4.length);
      else {
        const before = w[w.length - 4];
        if (before === 's' || before === 't') w = w.slice(0, -3);
      }
    }

    // Step 5.
    const final = w[w.length - 1];
    if (final === 'e') {
      if (inR2('e') || (inR1('e') && !endsShort(w.slice(0, -1)))) w = w.slice(0, -1);
    } else if (final === 'l') {
      if (inR2('l') && w[w.length - 2] === 'l') w = w.slice(0, -1);
    }
  }

  return yFound ? w.replace(/Y/g, 'y') : w;
}
