/**
 * The whole-article pass: a name the tagger found once in full makes its later short forms
 * certain. `Jeff Bezos` makes a later `Bezos` a person; `Amazon` tagged as an organisation
 * makes every other `Amazon` one; `National Security Agency` makes `NSA` one. This is the
 * "one sense per discourse" observation (Gale, Church & Yarowsky 1992) applied to names, as
 * in the document-level features of Ratinov & Roth (2009), "Design challenges and
 * misconceptions in named entity recognition".
 */
import { initials, nameKeys } from './name-forms';
import type { EntityTag } from './labels';
import { isCapitalised } from './features';

export interface Span {
  sentence: number;
  start: number;
  /** Exclusive. */
  end: number;
  type: 'PER' | 'ORG';
}

export function spansOf(tags: EntityTag[], sentence = 0): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (t === 'O') continue;
    const type = t.slice(2) as 'PER' | 'ORG';
    const continues = t.startsWith('I-') && out.length && out[out.length - 1].end === i && out[out.length - 1].type === type;
    if (continues) out[out.length - 1].end = i + 1;
    else out.push({ sentence, start: i, end: i + 1, type });
  }
  return out;
}


/**
 * One name, one type per article: when the same name is tagged as a person in some
 * sentences and as an organisation in others, the type with more mentions wins. A word that
 * opens several multi-word organisation names (`Amazon Web Services`, `Amazon Studios`) or
 * a person's surname count as mentions too. Ties keep the tagger's decisions.
 */
export function voteTypes(tokens: string[][], tags: EntityTag[][]): EntityTag[][] {
  const votes = new Map<string, { PER: number; ORG: number }>();
  const vote = (key: string, type: 'PER' | 'ORG') => {
    const v = votes.get(key) ?? { PER: 0, ORG: 0 };
    v[type]++;
    votes.set(key, v);
  };
  const spans = tags.map((row, s) => spansOf(row, s));
  for (const row of spans) {
    for (const span of row) {
      const words = tokens[span.sentence].slice(span.start, span.end);
      if (words.length === 1) vote(nameKeys(words[0]).at(-1)!, span.type);
      else if (span.type === 'ORG') vote(words[0], 'ORG');
      else vote(words[words.length - 1], 'PER');
    }
  }
  return tags.map((row, s) => {
    const out = row.slice();
    for (const span of spans[s]) {
      if (span.end - span.start !== 1) continue;
      const v = votes.get(nameKeys(tokens[s][span.start]).at(-1)!);
      if (!v) continue;
      const other = span.type === 'PER' ? 'ORG' : 'PER';
      if (v[other] > v[span.type]) out[span.start] = `B-${other}`;
    }
    return out;
  });
}

/** Re-tags untagged tokens that repeat a name found elsewhere in the same document. */
export function resolveDocument(tokens: string[][], rawTags: EntityTag[][]): EntityTag[][] {
  const tags = voteTypes(tokens, rawTags);
  const known = new Map<string, 'PER' | 'ORG'>();
  for (let s = 0; s < tags.length; s++) {
    for (const span of spansOf(tags[s], s)) {
      const words = tokens[s].slice(span.start, span.end);
      if (span.type === 'PER') {
        // Surname of a full name; a lone given name is too common to be certain.
        if (words.length >= 2) known.set(words[words.length - 1], 'PER');
      } else {
        if (words.length === 1) known.set(words[0], 'ORG');
        const acronym = initials(words);
        if (words.length >= 2 && acronym.length >= 2) known.set(acronym, 'ORG');
      }
    }
  }
  // A surname learned from a person wins over the same word tagged elsewhere only when
  // that word was left untagged; the tagger's own decisions are kept.
  return tags.map((row, s) => {
    const out = row.slice();
    for (let i = 0; i < out.length; i++) {
      if (out[i] !== 'O') continue;
      const w = tokens[s][i];
      const type = known.get(w);
      if (!type || !isCapitalised(w)) continue;
      const prevTagged = i > 0 && out[i - 1] !== 'O';
      if (prevTagged) continue;
      out[i] = `B-${type}`;
    }
    return out;
  });
}
