/**
 * Membership test for a shipped word list without decoding it into strings: every entry is
 * hashed twice (FNV-1a and a multiply-xorshift hash, each finished with MurmurHash3's fmix32
 * avalanche) into an open-addressing table of typed arrays (Knuth, TAOCP vol. 3, § 6.4,
 * linear probing at load factor ≤ ½). Building it is one pass over the list's characters,
 * a few milliseconds for the largest list, where a Set of the decoded words took hundreds.
 *
 * Two 32-bit hashes make a false "yes" for a word not in the list a chance of about
 * n / 2^63 per lookup (n ≤ 10^5 here), far below anything a test or an article could show.
 */
import { countEntries, forEachEntry } from './lexicon-decode';

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

interface Table {
  mask: number;
  first: Uint32Array;
  /** Second hash with its lowest bit set, so 0 marks an empty slot. */
  second: Uint32Array;
}

export class PackedWordSet {
  private table: Table | null = null;

  constructor(private readonly data: string) {}

  private build(): Table {
    const entries = countEntries(this.data);
    let size = 16;
    while (size < entries * 2) size *= 2;
    const t: Table = { mask: size - 1, first: new Uint32Array(size), second: new Uint32Array(size) };
    forEachEntry(this.data, (codes, length) => {
      let a = 0x811c9dc5;
      let b = 0x9747b28c;
      for (let k = 0; k < length; k++) {
        a = Math.imul(a ^ codes[k], 0x01000193);
        b = Math.imul(b ^ codes[k], 0x5bd1e995);
        b ^= b >>> 15;
      }
      insert(t, fmix32(a), (fmix32(b) | 1) >>> 0);
    });
    return t;
  }

  has(word: string): boolean {
    const t = (this.table ??= this.build());
    let a = 0x811c9dc5;
    let b = 0x9747b28c;
    for (let k = 0; k < word.length; k++) {
      const c = word.charCodeAt(k);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    const h1 = fmix32(a);
    const h2 = (fmix32(b) | 1) >>> 0;
    for (let slot = h1 & t.mask; ; slot = (slot + 1) & t.mask) {
      const s = t.second[slot];
      if (s === 0) return false;
      if (s === h2 && t.first[slot] === h1) return true;
    }
  }
}

function insert(t: Table, h1: number, h2: number): void {
  let slot = h1 & t.mask;
  while (t.second[slot] !== 0) {
    if (t.second[slot] === h2 && t.first[slot] === h1) return;
    slot = (slot + 1) & t.mask;
  }
  t.first[slot] = h1;
  t.second[slot] = h2;
}
