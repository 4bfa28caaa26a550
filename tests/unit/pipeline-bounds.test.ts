import { describe, expect, it } from 'vitest';
import { analyze, MAX_CHARS } from '../../lib/analyze';
import type { ExtractedArticle } from '../../lib/types';

// Odd and huge inputs (issue 7 point 4): each finishes, within a bound, with a valid result.
const article = (paragraphs: string[], lang: string | null = 'en'): ExtractedArticle => ({
  title: 'A test article',
  byline: null,
  siteName: null,
  lang,
  publishedTime: null,
  excerpt: null,
  paragraphs,
});

const SENTENCES = [
  'The council approved the new budget on Tuesday after a long debate about schools and roads.',
  'Critics said the plan would raise costs for families by 3 percent over two years.',
  'The mayor promised to publish every contract online before the end of March.',
  'Local businesses welcomed the decision but asked for lower fees at the market.',
];
const words = (n: number) => {
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = 0; count < n; i++) {
    const p = `${SENTENCES[i % 4]} ${SENTENCES[(i + 1) % 4]} Item ${i} was discussed as well.`;
    paragraphs.push(p);
    count += p.split(' ').length;
  }
  return paragraphs;
};

function valid(a: ReturnType<typeof analyze>) {
  for (const s of a.sentences) expect(a.text.slice(s.start, s.end)).toBe(s.text);
  for (const s of a.summary) expect(a.sentences[s.index].text).toBe(s.text);
}

/** Generous wall-clock bounds: CI machines are slow and shared; the point is "no blow-up". */
const BOUND_MS = 15_000;

describe('size and time bounds', () => {
  it.each([
    ['100,000 words', article(words(100_000))],
    ['5,000 tiny paragraphs', article(Array.from({ length: 5000 }, (_, i) => `Item ${i}.`))],
    ['one sentence of 50,000 characters', article([Array.from({ length: 7000 }, (_, i) => `word${i % 97}`).join(' ')])],
    ['Japanese (no stemmer, no spaces)', article(['東京都は新しい予算を承認した。学校と道路に多くの資金が使われる。'.repeat(300)], null)],
    ['Arabic, right to left', article(['وافق المجلس على الميزانية الجديدة يوم الثلاثاء. قال المنتقدون إن الخطة سترفع التكاليف. '.repeat(300)], null)],
    ['mixed languages', article([SENTENCES.join(' '), 'Der Stadtrat hat den Haushalt am Dienstag beschlossen. Die Kritik war laut.', 'Le conseil a voté le budget mardi.'])],
    ['emoji and symbols only', article(['🚀🚀🚀 ### *** 🙂', '→ ← ↑ ↓'])],
  ])('%s', (_, input) => {
    const t0 = performance.now();
    const a = analyze(input, { summarySentences: 4 });
    expect(performance.now() - t0).toBeLessThan(BOUND_MS);
    valid(a);
  }, 60_000);

  it('cuts text beyond MAX_CHARS and says so', () => {
    const big = Array.from({ length: Math.ceil(MAX_CHARS / 600) }, (_, i) => `${SENTENCES[i % 4]} `.repeat(11));
    const a = analyze(article(big), { summarySentences: 3 });
    expect(a.truncated).toBe(true);
    expect(a.text.length).toBeLessThanOrEqual(MAX_CHARS + 2 * big.length);
    valid(a);
  }, 60_000);

  it('returns the summary and leaves later stages out when the budget is spent', () => {
    const a = analyze(article(words(2000)), { summarySentences: 3, budgetMs: 0 });
    expect(a.summary).toHaveLength(3);
    expect(a.skipped).toEqual(['perspectives', 'entities']);
    expect(a.perspectives).toEqual([]);
  });
});
