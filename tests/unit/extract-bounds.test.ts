import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse-html';
import { extractArticle } from '../../lib/extract';

// Extraction must scale linearly with the page (issue 7 point 4): a search per paragraph or an
// indexed walk over a live HTMLCollection (quadratic in jsdom) turns a large page into minutes.
const page = (n: number) =>
  `<html><head><title>Big</title></head><body><article><h1>A long page</h1>${Array.from(
    { length: n },
    (_, i) => `<p>The council approved budget line ${i} on Tuesday after a long debate about schools, roads and taxes.</p>`,
  ).join('\n')}</article></body></html>`;

function cpuMs(n: number): { ms: number; paragraphs: number } {
  const doc = parseHtml(page(n), null);
  const before = process.cpuUsage();
  const result = extractArticle(doc, {});
  const used = process.cpuUsage(before);
  return { ms: (used.user + used.system) / 1000, paragraphs: result.ok ? result.article.paragraphs.length : 0 };
}

describe('extraction on large pages', () => {
  it('keeps every paragraph and grows about linearly (4× the page, well under 16× the time)', () => {
    cpuMs(200); // warm up the JIT
    const small = cpuMs(2000);
    const large = cpuMs(8000);
    expect(small.paragraphs).toBeGreaterThanOrEqual(2000);
    expect(large.paragraphs).toBeGreaterThanOrEqual(8000);
    // Linear is 4×; quadratic would be 16×. 9× leaves room for GC and a noisy machine.
    expect(large.ms / small.ms).toBeLessThan(9);
  }, 120_000);
});
