/**
 * People and organisations of an article (issue 4): every prose sentence is tokenised and
 * tagged (tagger.ts), the whole article resolves short forms (document.ts), and the mentions
 * are grouped and ranked by salience (aggregate.ts). Photo credits and bylines are left out.
 */
import type { Entity } from '../types';
import type { PreparedText } from '../text/prepared';
import { groupMentions, rankEntities, type Mention } from './aggregate';
import { CREDIT_MARKERS } from './cues';
import { spansOf } from './document';
import { tagDocument } from './tagger';
import { tokenize, type Token } from './tokenize';
import { nameSpanFor, TRAINED_LANGUAGES } from './untrained-language';

export { tagTokens, tagDocument } from './tagger';
export { shownEntities, MAX_SHOWN_ENTITIES } from './salience';
export type { EntityTag } from './labels';

/** Tokens of a sentence up to a photo credit or byline inside it (`Foto: Max Muster`). */
export function withoutCredits(tokens: Token[]): Token[] {
  for (let i = 0; i < tokens.length; i++) {
    const marker = CREDIT_MARKERS.test(tokens[i].text);
    const next = tokens[i + 1]?.text;
    if (tokens[i].text === '©' || (marker && (next === ':' || next === '|' || next === '/')))
      return tokens.slice(0, i);
    // A short sentence that opens with "Von"/"By" and a name is a byline.
    if (
      i === 0 &&
      /^(?:von|by)$/i.test(tokens[0].text) &&
      tokens.length <= 6 &&
      /^\p{Lu}/u.test(next ?? '')
    )
      return [];
  }
  return tokens;
}

/**
 * Every person and organisation of an article, ranked by salience (salience.ts); `summary` holds
 * the indices of the summary's sentences, one of the signals.
 */
export function findEntities(
  p: PreparedText,
  summary: ReadonlySet<number> = new Set(),
): { people: Entity[]; organizations: Entity[] } {
  // German and English have their own models; every other language is tagged with the English
  // one, whose capitalisation habits (names only) it shares (see ./untrained-language.ts).
  const lang = TRAINED_LANGUAGES.has(p.lang) ? p.lang : 'en';
  const kept: { index: number; text: string; tokens: Token[] }[] = [];
  p.sentences.forEach((s, index) => {
    if (p.prose && p.prose[index] === false) return;
    const tokens = withoutCredits(tokenize(s.text));
    if (tokens.length) kept.push({ index, text: s.text, tokens });
  });
  const tags = tagDocument(
    kept.map((k) => k.tokens.map((t) => t.text)),
    lang,
  );
  const people: Mention[] = [];
  const organizations: Mention[] = [];
  kept.forEach((k, row) => {
    const words = k.tokens.map((t) => t.text);
    for (const tagged of spansOf(tags[row])) {
      const span = nameSpanFor(words, tagged, p.lang);
      if (!span) continue;
      const toks = k.tokens.slice(span.start, span.end);
      const mention = {
        name: k.text.slice(toks[0].start, toks[toks.length - 1].end),
        words: toks.map((t) => t.text),
        sentence: k.index,
        position: span.start,
      };
      (tagged.type === 'PER' ? people : organizations).push(mention);
    }
  });
  const n = p.sentences.length;
  return {
    people: rankEntities(groupMentions(people, 'PER'), p.title, n, summary),
    organizations: rankEntities(groupMentions(organizations, 'ORG'), p.title, n, summary),
  };
}
