import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '../../lib/cli/args';

describe('parseCliArgs', () => {
  it('reads an input with options', () => {
    expect(parseCliArgs(['page.html', '--json', '--sentences', '5'])).toMatchObject({
      input: 'page.html',
      json: true,
      sentences: 5,
      batch: null,
    });
  });
  it('reads --batch', () => {
    expect(parseCliArgs(['--batch', 'docs.jsonl'])).toMatchObject({ input: null, batch: 'docs.jsonl' });
  });
  it.each([
    [[]],
    [['a.html', 'b.html']],
    [['a.html', '--sentences', '0']],
    [['a.html', '--sentences', 'three']],
    [['a.html', '--frobnicate']],
    [['a.html', '--batch', 'x.jsonl']],
  ])('rejects %j with a usage error', (argv) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
  });
});
