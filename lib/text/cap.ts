/**
 * The one length cap on article text, shared by extraction (what the content script hands to
 * the background) and analysis (what the pipeline reads), so that both cut at the same place
 * and a text that extraction already cut is not cut again somewhere else. Kept free of imports
 * so that the content script (extract.js, size budget in scripts/check-budgets.ts) stays small.
 */

/**
 * The longest text analysed: 1.2 million characters, about 180,000 German or English words — more
 * than any news article and twice issue 7's 100,000-word stress case. Beyond it the end is cut.
 */
export const MAX_CHARS = 1_200_000;

/**
 * The first paragraphs of an article up to `MAX_CHARS` characters, counting the blank line that
 * joins two blocks in `Analysis.text`. A paragraph that crosses the limit is cut at a word
 * boundary (kept only when more than 200 characters of it fit: a stub is no use to a summary).
 */
export function capParagraphs(
  paragraphs: readonly string[],
  maxChars = MAX_CHARS,
): { paragraphs: string[]; truncated: boolean } {
  let total = 0;
  const kept: string[] = [];
  for (const p of paragraphs) {
    if (total + p.length > maxChars) {
      const room = maxChars - total;
      const cut = p.lastIndexOf(' ', room);
      if (room > 200) kept.push(p.slice(0, cut > 0 ? cut : room));
      return { paragraphs: kept, truncated: true };
    }
    total += p.length + 2;
    kept.push(p);
  }
  return { paragraphs: kept, truncated: false };
}
