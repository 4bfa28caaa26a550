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

const ACRONYM = /^\p{Lu}{2,8}$/u;
const MIN_REPEATS = 2;

function couldBeOther(word: string): boolean {
  const f = wordFacts(word);
  if (f.enLower || f.deLower || f.deNoun || f.given || isRoleNoun(word)) return true;
  const c = nameClass([word]);
  return c === 'L' || c === 'M' || c === 'P';
}

/**
 * The interviewer's label of a printed interview (`STANDARD: Die Grünen stagnierten …`,
 * `SPIEGEL: …`): a word in capitals opening several sentences before a colon is the medium that
 * asks, an organisation, even when it is also a common word.
 */
function interviewLabels(tokens: string[][]): Set<string> {
  const count = new Map<string, number>();
  for (const row of tokens)
    if (row.length > 2 && row[1] === ':' && /^\p{Lu}{3,}$/u.test(row[0]))
      count.set(row[0], (count.get(row[0]) ?? 0) + 1);
  return new Set([...count].filter(([, n]) => n >= MIN_REPEATS).map(([w]) => w));
}

/** Tags untagged acronyms of the article as organisations (see above). */
export function withAcronymOrganisations(tokens: string[][], tags: EntityTag[][]): EntityTag[][] {
  const count = new Map<string, number>();
  for (const row of tokens)
    for (const w of row) if (ACRONYM.test(w)) count.set(w, (count.get(w) ?? 0) + 1);
  const taken = new Set(
    [...count].filter(([w, n]) => n >= MIN_REPEATS && !couldBeOther(w)).map(([w]) => w),
  );
  for (const w of interviewLabels(tokens)) taken.add(w);
  for (const w of adjectivalParties(tokens)) taken.add(w);
  if (!taken.size) return tags;
  return tags.map((row, s) =>
    row.map((t, i) => {
      if (t !== 'O' || !taken.has(tokens[s][i])) return t;
      const prev = row[i - 1] ?? 'O';
      const next = row[i + 1] ?? 'O';
      return prev === 'O' && !next.startsWith('I-') ? 'B-ORG' : t;
    }),
  );
}

const ARTICLES = new Set(['die', 'der', 'den']);
/**
 * Parties named by a capitalised adjective after the article (`die Grünen`, `der Linken`): the
 * training sets hold the word as an organisation, the German dictionary as an adjective, so
 * only the article before it and the capital tell the party from the colour.
 */
function adjectivalParties(tokens: string[][]): Set<string> {
  const out = new Set<string>();
  for (const row of tokens)
    row.forEach((w, i) => {
      if (i === 0 || !ARTICLES.has(row[i - 1].toLowerCase()) || !/^\p{Lu}\p{Ll}+$/u.test(w)) return;
      if (nameClass([w]) === 'O' && wordFacts(w).deLower) out.add(w);
    });
  return out;
}
