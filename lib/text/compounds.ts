/**
 * Closed compounds, joined within one document. German (and Dutch, and the Scandinavian languages)
 * write compounds as one word: `Lagerhallen` shares no stem with `Halle`, yet a reader sees the
 * link at once. Without a lexicon in the bundle, the document itself is the lexicon: when the stem
 * of a long word ends in the stem of another word of the same text, that ending is the compound's
 * head (German compounds are right-headed, Duden-Grammatik §1040) and is added as an extra term.
 * The idea of splitting on a vocabulary of known words follows Koehn & Knight (2003),
 * "Empirical Methods for Compound Splitting".
 */

/** Languages that form closed compounds productively. */
const COMPOUNDING = new Set(['de', 'nl', 'sv', 'da', 'no', 'nb', 'nn']);

/** Shortest head and modifier stems we trust: shorter endings (`ung`, `er`) are suffixes, not words. */
const MIN_HEAD = 4;
const MIN_MODIFIER = 3;

/**
 * For each term list, the same terms plus the head of every closed compound whose head occurs as
 * a term somewhere in `terms`. Lists of other languages come back unchanged.
 */
export function addCompoundHeads(terms: string[][], lang: string): string[][] {
  if (!COMPOUNDING.has(lang)) return terms;
  const vocabulary = new Set<string>();
  for (const list of terms) for (const t of list) if (t.length >= MIN_HEAD) vocabulary.add(t);
  const headOf = new Map<string, string | null>();
  const findHead = (term: string): string | null => {
    let head = headOf.get(term);
    if (head !== undefined) return head;
    head = null;
    // Longest head first: `bundesregierung` → `regierung` rather than `rung`.
    for (let k = MIN_MODIFIER; k <= term.length - MIN_HEAD; k++) {
      const ending = term.slice(k);
      if (vocabulary.has(ending)) {
        head = ending;
        break;
      }
    }
    headOf.set(term, head);
    return head;
  };
  return terms.map((list) => {
    let out: string[] | null = null;
    for (const t of list) {
      if (t.length < MIN_HEAD + MIN_MODIFIER) continue;
      const head = findHead(t);
      if (head) (out ??= list.slice()).push(head);
    }
    return out ?? list;
  });
}
