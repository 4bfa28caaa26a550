import type { PreparedText } from '../../lib/text/prepared';

/** A PreparedText with one sentence per string; the entity finder reads only these fields. */
export function preparedSentences(
  lang: string,
  title: string,
  sentences: string[],
  prose?: boolean[],
): PreparedText {
  let pos = 0;
  const text = sentences.join(' ');
  return {
    lang,
    title,
    text,
    sentences: sentences.map((s) => {
      const start = text.indexOf(s, pos);
      pos = start + s.length;
      return { text: s, start, end: start + s.length };
    }),
    block: sentences.map((_, i) => i),
    blockKinds: sentences.map(() => 'p' as const),
    terms: sentences.map(() => []),
    titleTerms: [],
    prose: prose ?? sentences.map(() => true),
  };
}
