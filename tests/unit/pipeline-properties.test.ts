import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse-html';
import { analyze } from '../../lib/analyze';
import { runOne } from '../../lib/cli/run-one';
import type { ExtractedArticle } from '../../lib/types';

// Property tests over the whole lib/ pipeline (issue 7 point 6): on any text, no exception,
// offsets that point at the right text, summaries made of article sentences, determinism.
const word = fc.oneof(
  fc.constantFrom('Stadt', 'Amazon', 'police', 'Bürger', 'Dr.', 'z. B.', 'U.S.', '3.200', '$5bn', '2,5 %', 'Jeff', 'Bezos', 'the', 'und'),
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.stringMatching(/^[\p{L}]{1,10}$/u),
);
const sentence = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 25 }), fc.constantFrom('.', '!', '?', '…', '', '."', ' …'))
  .map(([ws, end]) => ws.join(' ') + end);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((ss) => ss.join(' '));
const articleArb = fc.record({
  title: fc.oneof(fc.string({ maxLength: 80 }), sentence),
  paragraphs: fc.array(paragraph, { minLength: 0, maxLength: 12 }),
  lang: fc.constantFrom('de', 'en', 'fr', null, 'xx', 'de-AT'),
});

function check(a: ReturnType<typeof analyze>) {
  for (const s of a.sentences) {
    expect(a.text.slice(s.start, s.end)).toBe(s.text);
    expect(s.text.trim()).toBe(s.text);
    expect(s.text.length).toBeGreaterThan(0);
  }
  for (let i = 1; i < a.sentences.length; i++) expect(a.sentences[i].start).toBeGreaterThanOrEqual(a.sentences[i - 1].end);
  const indices = a.summary.map((s) => s.index);
  expect(new Set(indices).size).toBe(indices.length);
  for (const s of [...a.summary, ...a.perspectives.flatMap((p) => p.answer)]) {
    expect(a.sentences[s.index]?.text).toBe(s.text);
  }
  for (const p of a.perspectives) expect(p.empty).toBe(p.answer.length === 0);
}

describe('pipeline properties', () => {
  it('holds for generated articles', () => {
    fc.assert(
      fc.property(articleArb, fc.integer({ min: 1, max: 12 }), (art, n) => {
        const input: ExtractedArticle = { ...art, byline: null, siteName: null, publishedTime: null, excerpt: null };
        const a = analyze(input, { summarySentences: n });
        check(a);
        expect(a.summary.length).toBeLessThanOrEqual(n);
        const again = analyze(input, { summarySentences: n });
        expect({ ...again, elapsedMs: 0 }).toEqual({ ...a, elapsedMs: 0 });
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('holds for generated HTML through extraction', () => {
    const block = fc.tuple(fc.constantFrom('p', 'h2', 'li', 'div', 'blockquote', 'figcaption', 'script', 'a'), paragraph);
    const html = fc
      .tuple(fc.string({ maxLength: 40 }), fc.array(block, { maxLength: 15 }))
      .map(([title, blocks]) => {
        const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
        return `<html><head><title>${esc(title)}</title></head><body><article>${blocks
          .map(([tag, text]) => `<${tag}>${esc(text)}</${tag}>`)
          .join('')}</article></body></html>`;
      });
    fc.assert(
      fc.property(html, (page) => {
        try {
          check(runOne({ html: page, url: 'https://example.org/a' }, { sentences: 3, force: true, parseHtml }));
        } catch (err) {
          // Only the documented input errors may come out, never a crash.
          expect((err as Error).constructor.name).toBe('InputError');
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
