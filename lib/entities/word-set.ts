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
import { MAX_WORD, sharedCount } from './lexicon-decode';

const SEED_A = 0x811c9dc5 | 0;
const SEED_B = 0x9747b28c | 0;

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

  /** `text` gives the front-coded list; it is called once, on the first lookup. */
  constructor(private readonly text: () => string) {}

  /**
   * One pass over the front-coded list (lexicon-decode.ts). The hashes are computed
   * character by character, so the hash state after each prefix is kept and an entry that
   * shares k characters with the one before resumes from the state after those k: every
   * stored character is hashed once.
   */
  private build(): Table {
    const data = this.text();
    // Entries take at least two characters each; start at a quarter of that and grow.
    let t = emptyTable(Math.max(16, data.length / 8));
    let count = 0;
    const prefixA = new Int32Array(MAX_WORD + 1);
    const prefixB = new Int32Array(MAX_WORD + 1);
    prefixA[0] = SEED_A;
    prefixB[0] = SEED_B;
    let len = 0;
    for (let i = 0; i <= data.length; i++) {
      const shared = i < data.length ? sharedCount(data, i) : 0;
      if (shared < 0) {
        if (len < MAX_WORD) {
          const c = data.charCodeAt(i);
          const b = Math.imul(prefixB[len] ^ c, 0x5bd1e995);
          prefixA[len + 1] = Math.imul(prefixA[len] ^ c, 0x01000193);
          prefixB[len + 1] = b ^ (b >>> 15);
          len++;
        }
        continue;
      }
      if (i > 0) {
        if (++count * 2 > t.first.length) t = grown(t);
        insert(t, fmix32(prefixA[len]), (fmix32(prefixB[len]) | 1) >>> 0);
      }
      len = shared;
    }
    return t;
  }

  /** Builds the table now rather than on the first lookup (a warm-up at worker start). */
  prepare(): void {
    this.table ??= this.build();
  }

  has(word: string): boolean {
    const t = (this.table ??= this.build());
    let a = SEED_A;
    let b = SEED_B;
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

function emptyTable(minSize: number): Table {
  let size = 16;
  while (size < minSize) size *= 2;
  return { mask: size - 1, first: new Uint32Array(size), second: new Uint32Array(size) };
}

function grown(t: Table): Table {
  const next = emptyTable(t.first.length * 2);
  for (let slot = 0; slot < t.first.length; slot++) if (t.second[slot] !== 0) insert(next, t.first[slot], t.second[slot]);
  return next;
}
