/**
 * Reads the entropy-coded text that `npm run build:lexicons` writes for the word lists and
 * the tagger's weights (encoder: scripts/build-lexicons-pack.ts).
 *
 * The text is coded one character at a time with a canonical Huffman code chosen by the
 * character before it (an order-1 model: Huffman 1952; canonical codes as in RFC 1951 § 3.2.2).
 * Sorted, front-coded word lists are highly predictable from one character of context: the
 * order-1 entropy of the shipped lists is about half their UTF-8 size. The bits are stored
 * as base64 text (6 bits per byte of the bundle), so the data stays a plain string literal.
 *
 * Decoding is one table lookup per character: each context has a table indexed by the next
 * `maxBits` bits of the stream (the longest code of that context).
 */

export interface PackedText {
  /** Characters in the decoded text. */
  length: number;
  /** The distinct characters, in the order their symbol numbers refer to. */
  symbols: string;
  /**
   * Code lengths, one row of `symbols.length` per context (the previous symbol, then a row
   * for the first character), as base64 digits: 0 = symbol never follows this context,
   * 1..MAX_CODE_BITS = code length, ZERO_RUN_BASE + k = a run of k + 2 zeros.
   */
  codeLengths: string;
  /** The coded bits, most significant first, as base64 digits. */
  bits: string;
}

/** Longest code; 4 bits of a table entry hold a code's length. */
export const MAX_CODE_BITS = 9;
/** Digits above this stand for runs of zeros in `codeLengths`. */
export const ZERO_RUN_BASE = 16;
export const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

const DIGIT = new Int8Array(128).fill(-1);
for (let k = 0; k < BASE64.length; k++) DIGIT[BASE64.charCodeAt(k)] = k;

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i);
  const d = c < 128 ? DIGIT[c] : -1;
  if (d < 0) throw new Error(`packed text: ${JSON.stringify(s[i])} at ${i} is not a base64 digit`);
  return d;
}

/** Code lengths per context, [context * symbolCount + symbol]. */
export function readCodeLengths(text: string, symbolCount: number): Uint8Array {
  const out = new Uint8Array((symbolCount + 1) * symbolCount);
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const d = digit(text, i);
    if (d >= ZERO_RUN_BASE) at += d - ZERO_RUN_BASE + 2;
    else out[at++] = d;
  }
  if (at !== out.length) throw new Error(`packed text: ${at} code lengths for ${out.length} slots`);
  return out;
}

/**
 * Canonical codes: within a context, shorter codes first, equal lengths in symbol order;
 * each code is the previous one plus one, shifted left when the length grows.
 * Returns the codes (0 where the symbol is unused).
 */
export function canonicalCodes(lengths: Uint8Array, from: number, count: number): Uint32Array {
  const codes = new Uint32Array(count);
  let code = 0;
  for (let len = 1; len <= MAX_CODE_BITS; len++) {
    for (let s = 0; s < count; s++) {
      if (lengths[from + s] === len) codes[s] = code++;
    }
    code <<= 1;
  }
  return codes;
}

export function unpackText(packed: PackedText): string {
  const { symbols, length, bits } = packed;
  const n = symbols.length;
  const lengths = readCodeLengths(packed.codeLengths, n);

  // One lookup table per context, all in one array, indexed by the context's offset plus the
  // next `maxBits` bits. An entry holds what the loop needs next, so each character costs one
  // dependent load: the next context's offset << 8 | its maxBits << 4 | this code's length.
  const maxBits = new Uint8Array(n + 1);
  const offset = new Uint32Array(n + 2);
  for (let ctx = 0; ctx <= n; ctx++) {
    let m = 0;
    for (let s = 0; s < n; s++) m = Math.max(m, lengths[ctx * n + s]);
    maxBits[ctx] = m;
    offset[ctx + 1] = offset[ctx] + (m ? 1 << m : 0);
  }
  const table = new Uint32Array(offset[n + 1]);
  /** The character each table slot decodes to. */
  const charAt = new Uint16Array(offset[n + 1]);
  for (let ctx = 0; ctx <= n; ctx++) {
    const m = maxBits[ctx];
    if (!m) continue;
    const codes = canonicalCodes(lengths, ctx * n, n);
    for (let s = 0; s < n; s++) {
      const len = lengths[ctx * n + s];
      if (!len) continue;
      const first = offset[ctx] + (codes[s] << (m - len));
      const last = first + (1 << (m - len));
      table.fill((offset[s] << 8) | (maxBits[s] << 4) | len, first, last);
      charAt.fill(symbols.charCodeAt(s), first, last);
    }
  }

  // UTF-16LE bytes of the text, turned into a string by the platform's decoder in one call.
  const out = new Uint8Array(2 * length);
  const end = bits.length;
  let acc = 0;
  let have = 0;
  let next = 0;
  let at = offset[n];
  let m = maxBits[n];
  for (let i = 0; i < 2 * length; i += 2) {
    if (m === 0) throw new Error(`packed text: no code for the character at ${i / 2}`);
    // Keep at most 30 bits in `acc`, so it stays a positive 31-bit integer; past the end, zeros.
    while (have <= 24) {
      let d = 0;
      if (next < end) {
        const c = bits.charCodeAt(next);
        d = c < 128 ? DIGIT[c] : -1;
        if (d < 0) throw new Error(`packed text: ${JSON.stringify(bits[next])} at ${next} is not a base64 digit`);
      }
      next++;
      acc = ((acc << 6) | d) & 0x3fffffff;
      have += 6;
    }
    const slot = at + ((acc >>> (have - m)) & ((1 << m) - 1));
    const entry = table[slot];
    const len = entry & 15;
    if (len === 0) throw new Error(`packed text: invalid code at character ${i / 2}`);
    have -= len;
    m = (entry >>> 4) & 15;
    at = entry >>> 8;
    const code = charAt[slot];
    out[i] = code & 255;
    out[i + 1] = code >>> 8;
  }
  return new TextDecoder('utf-16le').decode(out);
}
