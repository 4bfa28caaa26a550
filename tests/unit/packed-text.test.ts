/**
 * The entropy coding of the shipped word lists and weights (lib/entities/packed-text.ts,
 * scripts/build-lexicons-pack.ts): lossless on any text, codes that are prefix-free and within
 * the length limit, and clear errors on damaged data.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { huffmanLengths, packText } from '../../scripts/build-lexicons-pack';
import { frontCode } from '../../scripts/build-lexicons-format';
import { MAX_CODE_BITS, readCodeLengths, unpackText } from '../../lib/entities/packed-text';
import { lexiconText } from '../../lib/entities/lexicons';
import { decodeFrontCoded } from '../../lib/entities/lexicon-decode';

describe('packed text', () => {
  it('round-trips front-coded word lists, umlauts and control characters included', () => {
    const words = ['Haus', 'Hausarzt', 'Hausärzte', 'Hund', 'Zebra', 'a', 'ab', 'Ölpreis', 'Straße'];
    const text = frontCode(words);
    expect(unpackText(packText(text))).toBe(text);
    const weights = '#transition\t-14,33,,-5\n0-1:BOS\t-14,33,,-5,,32\n3cue=honorific\t-44,148,-';
    expect(unpackText(packText(weights))).toBe(weights);
  });

  it('round-trips any text without surrogate pairs', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 300 }), fc.string({ unit: 'grapheme-composite', maxLength: 50 }), (a, b) => {
        const text = (a + b).replace(/[\uD800-\uDFFF]/g, '');
        expect(unpackText(packText(text))).toBe(text);
      }),
    );
  });

  it('round-trips a text with one symbol, and the empty text', () => {
    expect(unpackText(packText('aaaaaaa'))).toBe('aaaaaaa');
    expect(unpackText(packText(''))).toBe('');
  });

  it('limits codes to MAX_CODE_BITS and keeps them prefix-free (Kraft sum 1 for two or more symbols)', () => {
    // Fibonacci counts give the deepest Huffman trees: 30 symbols would need 29-bit codes.
    const fib = [1, 1];
    while (fib.length < 30) fib.push(fib[fib.length - 1] + fib[fib.length - 2]);
    const lengths = huffmanLengths(fib);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(MAX_CODE_BITS);
    expect(lengths.every((l) => l > 0)).toBe(true);
    expect(lengths.reduce((a, l) => a + 2 ** -l, 0)).toBeCloseTo(1, 12);
    expect(huffmanLengths([0, 5, 0, 3])).toEqual([0, 1, 0, 1]);
  });

  it('is smaller than the UTF-8 text for a real word list', () => {
    const text = lexiconText('orgs');
    const packed = packText(text);
    const packedBytes = Buffer.byteLength(packed.symbols + packed.codeLengths + packed.bits);
    expect(packedBytes).toBeLessThan(Buffer.byteLength(text));
    expect(decodeFrontCoded(text).has('Airbus')).toBe(true);
  });

  it('rejects damaged data with a message', () => {
    const packed = packText(frontCode(['Haus', 'Hund', 'Maus']));
    expect(() => unpackText({ ...packed, bits: packed.bits.slice(0, 2) + '"' + packed.bits.slice(3) })).toThrow(/not a base64 digit/);
    expect(() => unpackText({ ...packed, codeLengths: packed.codeLengths + 'A' })).toThrow(/code lengths/);
    expect(() => readCodeLengths('AB', 3)).toThrow(/2 code lengths for 12 slots/);
  });
});
