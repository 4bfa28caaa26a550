/**
 * Acronyms the tagger left untagged (`mit der SPÖ`, `ÖVP`, `STANDARD :`): a word of two to
 * eight capital letters is, in news, an organisation's short form far more often than anything
 * else once the words it could also be are set aside — a common word in capitals (`TV`, `PC`,
 * `IT`, a heading's `BREAKING`), a role (`CEO`), a place or nationality the training sets mark
 * (`USA`, `UK`), a model number. Counted over the whole article (casing statistics, as in the
 * document-level features of Ratinov & Roth 2009): an acronym repeated `MIN_REPEATS` times is
 * taken as one.
 */
import type { EntityTag } from './labels';
import { wordFacts } from './lexicons';
import { isRoleNoun } from './features';
import { nameClass } from './name-classes';
import { memoCapitalised } from './word-memo';

export const ACRONYM = /^\p{Lu}{2,8}$/u;
export const MIN_REPEATS = 2;

export function couldBeOther(word: string, lang: string): boolean {
  const f = wordFacts(word);
  // Each language asks its own dictionary: a German article never builds the English tables.
  const common = lang === 'en' ? f.enLower : f.deLower || f.deNoun;
  if (common || f.given || isRoleNoun(word)) return true;
  const c = nameClass([word]);
  return c === 'L' || c === 'M' || c === 'P';
}

/** A cheap first test before any regular expression: the word opens with a capital. */
export const startsUpper = (w: string): boolean => isUpperAt(w, 0);

function isUpperAt(w: string, i: number): boolean {
  const c = w.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c > 127 && w[i] !== w[i].toLowerCase());
}

/**
 * The interviewer's label of a printed interview (`STANDARD: Die Grünen stagnierten …`,
 * `SPIEGEL: …`): a word in capitals opening several sentences before a colon is the medium that
 * asks, an organisation, even when it is also a common word.
 */
const LABEL = /^\p{Lu}{3,}$/u;

const ACRONYM_SHAPE = 1;
const ADJECTIVE_SHAPE = 2;
/** Which of the two shapes a word has, judged once per distinct word. */
const shapeOf = memoCapitalised((w: string): number => {
  if (w.length < 2 || !startsUpper(w)) return 0;
  if (ACRONYM.test(w)) return ACRONYM_SHAPE;
  return ADJECTIVAL.test(w) ? ADJECTIVE_SHAPE : 0;
}, 0);

const ARTICLES = new Set(['die', 'der', 'den', 'Die', 'Der', 'Den']);
const ADJECTIVAL = /^\p{Lu}\p{Ll}+en?$/u;

/**
 * Parties named by a capitalised adjective after the article (`die Grünen`, `der Linken`): the
 * training sets hold the word as an organisation, the German dictionary as an adjective, so
 * only the article before it and the capital tell the party from the colour.
 */
const isAdjectivalParty = (w: string) => nameClass([w]) === 'O' && wordFacts(w).deLower;

/** Tags untagged acronyms, interview labels and adjectival parties of the article as organisations (see above). */
export function withAcronymOrganisations(
  tokens: string[][],
  tags: EntityTag[][],
  lang: string,
): EntityTag[][] {
  const count = new Map<string, number>();
  const labels = new Map<string, number>();
  const parties = new Map<string, boolean>();
  for (const row of tokens) {
    if (row.length > 2 && row[1] === ':' && LABEL.test(row[0]))
      labels.set(row[0], (labels.get(row[0]) ?? 0) + 1);
    for (let i = 0; i < row.length; i++) {
      const w = row[i];
      const shape = shapeOf(w);
      if (shape === ACRONYM_SHAPE) count.set(w, (count.get(w) ?? 0) + 1);
      else if (shape === ADJECTIVE_SHAPE && lang !== 'en' && i > 0 && ARTICLES.has(row[i - 1]))
        if (!parties.has(w)) parties.set(w, isAdjectivalParty(w));
    }
  }
  const taken = new Set(
    [...count].filter(([w, n]) => n >= MIN_REPEATS && !couldBeOther(w, lang)).map(([w]) => w),
  );
  for (const [w, n] of labels) if (n >= MIN_REPEATS) taken.add(w);
  for (const [w, yes] of parties) if (yes) taken.add(w);
  if (!taken.size) return tags;
  return tags.map((row, s) => {
    if (!tokens[s].some((w) => taken.has(w))) return row;
    return row.map((t, i) => {
      if (t !== 'O' || !taken.has(tokens[s][i])) return t;
      const prev = row[i - 1] ?? 'O';
      const next = row[i + 1] ?? 'O';
      return prev === 'O' && !next.startsWith('I-') ? 'B-ORG' : t;
    });
  });
}
