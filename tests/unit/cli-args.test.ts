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
  it.each([
    ['30', 30],
    ['42.9', 42.9],
    ['100', 100],
  ])('reads --share %s as %f percent', (value, share) => {
    expect(parseCliArgs(['page.html', '--share', value])).toMatchObject({ share, sentences: null });
  });
  it('reads --batch', () => {
    expect(parseCliArgs(['--batch', 'docs.jsonl'])).toMatchObject({
      input: null,
      batch: 'docs.jsonl',
    });
  });
  it.each([
    [[]],
    [['a.html', 'b.html']],
    [['a.html', '--sentences', '0']],
    [['a.html', '--sentences', 'three']],
    [['a.html', '--frobnicate']],
    [['a.html', '--batch', 'x.jsonl']],
    [['a.html', '--share', '0']],
    [['a.html', '--share', '101']],
    [['a.html', '--share', 'half']],
    [['a.html', '--share', '30', '--sentences', '3']],
  ])('rejects %j with a usage error', (argv) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
  });
});
