/**
 * Shown sentences are mapped to the labelled ones by normalised text, as the reference scorer does
 * (`persp_score.py`: NFKC, lower case, `\w+` tokens joined by a space; exact match, else the packet
 * sentence with the highest token Jaccard if it is ≥ 0.6, else unmatched), so a later segmentation
 * may differ a little from the one the annotators saw.
 */

/** Python's `\w` on text: letters and digits of any script (str.isalnum) and the underscore. */
const WORD = /[\p{L}\p{N}_]+/gu;

export function tokens(s: string): string[] {
  return s.normalize('NFKC').toLowerCase().match(WORD) ?? [];
}

export function normalised(s: string): string {
  return tokens(s).join(' ');
}

const MIN_JACCARD = 0.6;

export class SentenceMapper {
  private readonly exact = new Map<string, number>();
  private readonly sets: Set<string>[];

  constructor(sentences: readonly string[]) {
    // Later duplicates win, as in the scorer's dict comprehension.
    sentences.forEach((s, i) => this.exact.set(normalised(s), i));
    this.sets = sentences.map((s) => new Set(tokens(s)));
  }

  /** The packet number of a shown sentence, or null when none is close enough. */
  index(text: string): number | null {
    const n = normalised(text);
    const hit = this.exact.get(n);
    if (hit !== undefined) return hit;
    const t = new Set(tokens(text));
    let best = 0;
    let bestIndex: number | null = null;
    this.sets.forEach((s, i) => {
      let shared = 0;
      for (const w of t) if (s.has(w)) shared++;
      const union = t.size + s.size - shared;
      const j = union ? shared / union : 0;
      if (j > best) {
        best = j;
        bestIndex = i;
      }
    });
    return best >= MIN_JACCARD ? bestIndex : null;
  }
}
