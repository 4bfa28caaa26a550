import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { condense, sentencesForShare, summarize, summaryCandidates } from '../../lib/summarize';
import { isFunctionWord } from '../../lib/text/function-words';
import { isStopWord } from '../../lib/text/stopwords';
import { contentTerms } from '../../lib/text/words';
import { prepareText } from '../../lib/text/prepare';
import type { ExtractedArticle } from '../../lib/types';

/** A story written for this test: an aside opens it, the topic follows in different words. */
const SENTENCES = [
  'Mild wind and sunshine are expected across the region all afternoon.',
  'The new tram line to the airport will open in 2029 after a decade of debate.',
  'Passengers on the airport tram line will reach the terminal in twenty minutes.',
  'A local bakery won a prize for its rye bread at the county fair.',
  'The council expects the tram line to cut car traffic to the airport by a third.',
  'Opponents say the airport tram line costs too much for a city of this size.',
  'Two swans nested on the pond behind the old mill this spring.',
  'Construction of the tram line to the airport starts next spring, the council said.',
  'Shops along the tram line will be compensated while the airport link is built.',
  'Volunteers repainted the fence of the primary school last weekend.',
];
const TITLE = 'Tram line to the airport approved';
const textsOf = (p: ReturnType<typeof prepareText>, indices: number[]) =>
  indices.map((i) => p.sentences[i].text);

describe('condense: a summary asked for as a share of the article', () => {
  const p = prepareText({ title: TITLE, paragraphs: SENTENCES }, 'en');

  it.each([
    [0.1, 1],
    [0.3, 3],
    [0.45, 5], // 4.5 rounds half up
    [0.7, 7],
    [1, 10],
    [0.01, 1], // never empty
  ])('share %f of 10 sentences gives %i', (share, count) => {
    expect(sentencesForShare(p, share)).toBe(count);
    expect(condense(p, share).indices).toHaveLength(count);
  });

  it.each([[0], [-0.2], [1.5], [Number.NaN]])('rejects share %f with a clear message', (share) => {
    expect(() => condense(p, share)).toThrow(/share lies in \(0, 1\]/);
  });

  it('does not depend on where a sentence stands: a reversed article scores every sentence alike', () => {
    const reversed = prepareText({ title: TITLE, paragraphs: [...SENTENCES].reverse() }, 'en');
    const byText = (q: typeof p, importance: number[]) =>
      new Map(q.sentences.map((s, i) => [s.text, importance[i]]));
    const forward = byText(p, condense(p, 0.4).importance);
    const backward = byText(reversed, condense(reversed, 0.4).importance);
    for (const [text, score] of forward) expect(backward.get(text)).toBeCloseTo(score, 9);
    // The news summary does depend on it (the lead prior), which is what tells the two apart.
    const newsForward = byText(p, summarize(p, 4).importance);
    const newsBackward = byText(reversed, summarize(reversed, 4).importance);
    expect(newsBackward.get(SENTENCES[0])).toBeLessThan(newsForward.get(SENTENCES[0])! - 0.05);
  });

  it('keeps the topic and leaves the asides out', () => {
    const texts = textsOf(p, condense(p, 0.5).indices);
    expect(texts).toHaveLength(5);
    for (const t of texts) expect(t).toMatch(/tram|airport/);
  });

  it('only offers the sentences a news summary may show', () => {
    const withCaption = prepareText(
      {
        title: TITLE,
        paragraphs: ['Photo: Jane Roe/City Press', ...SENTENCES],
        kinds: ['p', ...SENTENCES.map(() => 'p' as const)],
      },
      'en',
    );
    expect(summaryCandidates(withCaption)).toHaveLength(SENTENCES.length);
    expect(textsOf(withCaption, condense(withCaption, 1).indices)).not.toContain(
      'Photo: Jane Roe/City Press',
    );
  });

  it('is what analyze() does when the length is a share', () => {
    const article: ExtractedArticle = {
      title: TITLE,
      paragraphs: SENTENCES,
      lang: 'en',
      byline: null,
      siteName: null,
      publishedTime: null,
      excerpt: null,
    };
    const a = analyze(article, { summarySentences: 4, summaryShare: 0.6 });
    expect(a.summary.map((s) => s.text)).toEqual(textsOf(p, condense(p, 0.6).indices));
    expect(analyze(article, { summarySentences: 4 }).summary).toHaveLength(4);
  });
});

describe('function words: the narrow stop list of the condensed summary', () => {
  it.each([
    ['en', 'the', true, true],
    ['en', 'said', false, true],
    ['en', 'year', false, true],
    ['en', 'research', false, true],
    ['de', 'und', true, true],
    ['de', 'jahr', false, true],
    ['fr', 'les', true, true],
    ['nl', 'het', true, true],
    ['it', 'della', true, true],
    ['es', 'los', true, true],
  ])('%s %s: function word %s, full stop word %s', (lang, word, fn, full) => {
    expect(isFunctionWord(word, lang)).toBe(fn);
    expect(isStopWord(word, lang)).toBe(full);
  });

  it('falls back to the full list for a language without a function-word list', () => {
    for (const w of ['и', 'что', 'это']) expect(isFunctionWord(w, 'ru')).toBe(isStopWord(w, 'ru'));
  });

  it('keeps general words as terms only under the function-word list', () => {
    const text = 'The minister said the research took a year.';
    expect(contentTerms(text, 'en')).toEqual(['minist']);
    expect(contentTerms(text, 'en', isFunctionWord)).toEqual([
      'minist',
      'said',
      'research',
      'took',
      'year',
    ]);
  });
});
