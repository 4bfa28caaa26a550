/**
 * Encoder for lib/entities/packed-text.ts: codes a text with one canonical Huffman code per
 * preceding character (order-1), so the generated word lists and weights ship at a little
 * over half their plain UTF-8 size. Used by `npm run build:lexicons` only.
 */
import { BASE64, canonicalCodes, MAX_CODE_BITS, ZERO_RUN_BASE, type PackedText } from '../lib/entities/packed-text';

/**
 * Huffman code lengths for `freq` (zeros get no code). When the longest code exceeds
 * MAX_CODE_BITS, the counts are halved (keeping every used symbol at least 1) and the code is
 * built again: a simple length limit that costs a fraction of a percent on these lists.
 */
export function huffmanLengths(freq: readonly number[]): number[] {
  let f = freq.slice();
  for (;;) {
    const lengths = unlimitedLengths(f);
    if (Math.max(0, ...lengths) <= MAX_CODE_BITS) return lengths;
    f = f.map((x) => (x > 0 ? Math.max(1, x >> 1) : 0));
  }
}

function unlimitedLengths(freq: readonly number[]): number[] {
  const lengths = freq.map(() => 0);
  const used = freq.map((f, s) => [f, s] as const).filter(([f]) => f > 0);
  // One symbol still needs one bit to be read.
  if (used.length === 1) lengths[used[0][1]] = 1;
  if (used.length <= 1) return lengths;
  // Nodes: weight and the leaves below; merge the two lightest (ties by first leaf) until one is left.
  let nodes = used.map(([f, s]) => ({ w: f, leaves: [s] }));
  while (nodes.length > 1) {
    nodes.sort((a, b) => a.w - b.w || a.leaves[0] - b.leaves[0]);
    const [a, b] = nodes;
    for (const s of [...a.leaves, ...b.leaves]) lengths[s]++;
    nodes = [{ w: a.w + b.w, leaves: [...a.leaves, ...b.leaves].sort((x, y) => x - y) }, ...nodes.slice(2)];
  }
  return lengths;
}

function lengthDigits(lengths: Uint8Array): string {
  const out: string[] = [];
  const maxRun = BASE64.length - 1 - ZERO_RUN_BASE + 2;
  for (let i = 0; i < lengths.length; ) {
    let run = 0;
    while (i + run < lengths.length && lengths[i + run] === 0 && run < maxRun) run++;
    if (run >= 2) {
      out.push(BASE64[ZERO_RUN_BASE + run - 2]);
      i += run;
    } else {
      out.push(BASE64[lengths[i]]);
      i++;
    }
  }
  return out.join('');
}

export function packText(text: string): PackedText {
  const symbols = [...new Set(Array.from(text, (c) => c))].sort().join('');
  if (symbols.length !== new Set(text.split('')).size) throw new Error('packText: text must not contain surrogate pairs');
  const n = symbols.length;
  // The decoder's table entries hold a context's offset (up to (n + 1) << MAX_CODE_BITS) in 24 bits.
  if (n > 4096) throw new Error(`packText: ${n} distinct characters, at most 4096`);
  const index = new Map([...symbols].map((c, s) => [c, s]));
  const freq = Array.from({ length: n + 1 }, () => new Array<number>(n).fill(0));
  let ctx = n;
  for (const c of text) {
    const s = index.get(c)!;
    freq[ctx][s]++;
    ctx = s;
  }
  const lengths = new Uint8Array((n + 1) * n);
  const codes: Uint32Array[] = [];
  for (let c = 0; c <= n; c++) {
    lengths.set(huffmanLengths(freq[c]), c * n);
    codes.push(canonicalCodes(lengths, c * n, n));
  }

  const digits: string[] = [];
  let acc = 0;
  let have = 0;
  ctx = n;
  for (const c of text) {
    const s = index.get(c)!;
    const len = lengths[ctx * n + s];
    acc = (acc << len) | codes[ctx][s];
    have += len;
    while (have >= 6) {
      digits.push(BASE64[(acc >>> (have - 6)) & 63]);
      have -= 6;
    }
    acc &= (1 << have) - 1;
    ctx = s;
  }
  if (have > 0) digits.push(BASE64[(acc << (6 - have)) & 63]);
  return { length: text.length, symbols, codeLengths: lengthDigits(lengths), bits: digits.join('') };
}

/** A generated TypeScript module exporting `text` packed as `constName`, under `comment` (lines). */
export function packedModule(constName: string, comment: string, text: string): string {
  const packed = packText(text);
  const lines = comment.split('\n').map((l) => `// ${l}`);
  return (
    `${lines.join('\n')}\n` +
    `import type { PackedText } from '../packed-text';\n\n` +
    `export const ${constName}: PackedText = ${JSON.stringify(packed)};\n`
  );
}
