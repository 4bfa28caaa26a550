/**
 * Distant supervision for the tagger (issue 16, session 9): an annotator's lists of every person
 * and organisation an article names (`people_all` / `organizations_all`) projected onto the
 * article's tokens as PER / ORG spans, so labelled articles become tagger training sentences.
 *
 * The lists name each entity once, in its plain form; the text names it inflected, shortened and
 * in pieces, so a listed name also matches
 * - with a possessive or genitive ending on any word (`Google's`, `Googles`, `des Nationalrats`)
 *   and, for a word ending in `-e`, the adjective endings (`Deutschen Bahn` for `Deutsche Bahn`);
 * - as its long and its short form when it carries one in parentheses (`Deutsche Bahn (DB)`);
 * - for a person of two words or more, as the surname alone (`Merkel`), as news writes a
 *   person after the first mention — unless another listed name holds that word.
 * Longer matches win; a form listed both as a person and as an organisation is left out, the
 * annotator having said nothing certain about it.
 */
import type { Label } from './labels';
import { tokenize } from './tokenize';

export type ProjectedType = 'PER' | 'ORG';

/** Tags of LABELS' PER / ORG, or null where the lists name nothing. */
export type Projected = ('B-PER' | 'I-PER' | 'B-ORG' | 'I-ORG' | null)[];

const ENDINGS = ['s', 'es', "'s", '’s', "'", '’'];
const ADJECTIVE_ENDINGS = ['n', 'r', 'm', 's'];

/** Whether `token` is `word` or an inflected form of it. */
export function inflectedForm(token: string, word: string): boolean {
  if (token === word) return true;
  if (!token.startsWith(word) || word.length < 2) return false;
  const rest = token.slice(word.length);
  return ENDINGS.includes(rest) || (word.endsWith('e') && ADJECTIVE_ENDINGS.includes(rest));
}

/** The token sequences a listed name stands for. */
function formsOf(name: string): string[][] {
  const inParens = /^(.*?)\s*\(([^)]+)\)\s*$/u.exec(name);
  const parts = inParens ? [inParens[1], inParens[2]] : [name];
  return parts
    .map((p) => tokenize(p).map((t) => t.text))
    .filter((t) => t.length && /^\p{Lu}|^\p{Ll}+\p{Lu}|^\d/u.test(t[0]));
}

interface Pattern {
  words: string[];
  type: ProjectedType;
}

/** Every form of every listed name, ambiguous forms (listed as both types) left out, longest first. */
export function namePatterns(
  people: readonly string[],
  organizations: readonly string[],
): Pattern[] {
  const byKey = new Map<string, Pattern | null>();
  const add = (words: string[], type: ProjectedType) => {
    const key = words.join(' ');
    const had = byKey.get(key);
    if (had === undefined) byKey.set(key, { words, type });
    else if (had && had.type !== type) byKey.set(key, null);
  };
  for (const name of organizations) for (const f of formsOf(name)) add(f, 'ORG');
  for (const name of people) for (const f of formsOf(name)) add(f, 'PER');
  // Surnames after the full names, so that a word listed in its own right keeps its type.
  for (const name of people)
    for (const f of formsOf(name)) {
      const last = f[f.length - 1];
      if (f.length < 2 || last.length < 3 || !/^\p{Lu}/u.test(last) || byKey.has(last)) continue;
      const elsewhere = [...people, ...organizations].some(
        (other) => other !== name && formsOf(other).some((g) => g.includes(last)),
      );
      if (!elsewhere) byKey.set(last, { words: [last], type: 'PER' });
    }
  return [...byKey.values()]
    .filter((p): p is Pattern => p !== null)
    .sort(
      (a, b) =>
        b.words.length - a.words.length || b.words.join(' ').length - a.words.join(' ').length,
    );
}

/** The listed names' spans in one sentence's tokens (longest first, no overlaps). */
export function projectNames(tokens: readonly string[], patterns: readonly Pattern[]): Projected {
  const out: Projected = tokens.map(() => null);
  for (const p of patterns) {
    const n = p.words.length;
    for (let i = 0; i + n <= tokens.length; i++) {
      let hit = true;
      for (let k = 0; k < n && hit; k++)
        hit = out[i + k] === null && inflectedForm(tokens[i + k], p.words[k]);
      if (!hit) continue;
      for (let k = 0; k < n; k++) out[i + k] = `${k === 0 ? 'B' : 'I'}-${p.type}`;
      i += n - 1;
    }
  }
  return out;
}

/**
 * Training labels (indices into LABELS) of a sentence the lists were projected onto: the lists'
 * spans as PER / ORG; elsewhere the places and other names (`LOC`, `OTH`) of `base`, a tagger's
 * labels, since the lists say nothing about them and a sentence taught as all `O` would unteach
 * them; a span of `base` that overlaps a listed name, and the tagger's own PER / ORG the lists do
 * not hold, become `O` (the lists hold every person and organisation the article names).
 */
export function silverLabels(
  projected: Projected,
  base: readonly Label[],
  options: { keepTaggerNames?: boolean | 'PER' | 'ORG' } = {},
): Label[] {
  const out: Label[] = projected.map((p) => p ?? 'O');
  for (let i = 0; i < base.length;) {
    const type = base[i].slice(2);
    if (base[i] === 'O' || base[i].startsWith('I-')) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < base.length && base[j] === `I-${type}`) j++;
    const free = projected.slice(i, j).every((p) => p === null);
    const keep = options.keepTaggerNames;
    const kept = type === 'LOC' || type === 'OTH' || keep === true || keep === type;
    if (free && kept) for (let k = i; k < j; k++) out[k] = base[k];
    i = j;
  }
  return out;
}
