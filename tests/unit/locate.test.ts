import { describe, expect, it } from 'vitest';
import { locateSentence } from '../../lib/highlight/locate';

const slice = (nodes: string[], span: NonNullable<ReturnType<typeof locateSentence>>) => {
  let out = '';
  for (let n = span.start.node; n <= span.end.node; n++) {
    const from = n === span.start.node ? span.start.offset : 0;
    const to = n === span.end.node ? span.end.offset : nodes[n].length;
    out += nodes[n].slice(from, to);
  }
  return out;
};

describe('locateSentence', () => {
  it.each([
    [['Der Stadtrat tagte. Die Kosten steigen auf 412 Millionen Euro.'], 'Die Kosten steigen auf 412 Millionen Euro.'],
    [['The plan ', 'was approved', ' on Monday. Then it rained.'], 'The plan was approved on Monday.'],
    [['Line one\n   continues   here.'], 'Line one continues here.'],
    [['Soft\u00adhyphen in a word.'], 'Softhyphen in a word.'],
  ])('finds the sentence in %j', (nodes, sentence) => {
    const span = locateSentence(nodes, sentence)!;
    expect(span).not.toBeNull();
    expect(slice(nodes, span).replace(/\u00ad/g, '').replace(/\s+/g, ' ')).toBe(sentence);
  });

  it('returns null when the page no longer has the sentence', () => {
    expect(locateSentence(['Something else entirely.'], 'The plan was approved.')).toBeNull();
    expect(locateSentence(['Text'], '   ')).toBeNull();
  });
});
