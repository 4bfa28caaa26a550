/**
 * Reader for cspell's `TrieXv3` dictionary files (`*.trie.gz` in the `@cspell/dict-*` packages).
 *
 * The format, as written by cspell-trie-lib's `serializeTrie` (io/importExportV3.ts), is a
 * depth-first walk of a DAWG: a plain character descends one edge, `$` marks the end of a
 * word and climbs one level (`$N` climbs N), `<` climbs one level (`<N` climbs N), `#n;`
 * says "the node reached here is the n-th node with children met so far" (n in the base
 * named in the header), `\` escapes the next character and line breaks carry no meaning.
 * Written from that description for the build script only; it never ships in the extension.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
}

function newNode(): TrieNode {
  return { children: new Map(), end: false };
}

/** Parses the text of a TrieXv3 file into its root node. */
export function parseTrieV3(text: string): TrieNode {
  const header = text.indexOf('__DATA__\n');
  if (!text.startsWith('#!/usr/bin/env cspell-trie reader\nTrieXv3') || header < 0) {
    throw new Error('not a cspell TrieXv3 file');
  }
  const baseMatch = /\nbase=(\d+)\n/.exec(text.slice(0, header));
  const radix = baseMatch ? Number(baseMatch[1]) : 10;
  const data = text.slice(header + '__DATA__\n'.length);

  const root = newNode();
  const numbered: TrieNode[] = [root];
  const isNumbered = new Set<TrieNode>([root]);
  // path[i] is the node at depth i; edge[i] the character that led to path[i + 1].
  const path: TrieNode[] = [root];
  const edge: string[] = [];

  const climb = (n: number) => {
    for (let k = 0; k < n; k++) {
      path.pop();
      edge.pop();
    }
  };
  const descend = (ch: string) => {
    const parent = path[path.length - 1];
    // A node gets its number when the walk enters it and it has children; entering its
    // first child is the first moment we know that, and no other node is entered between.
    if (!isNumbered.has(parent)) {
      isNumbered.add(parent);
      numbered.push(parent);
    }
    const child = newNode();
    parent.children.set(ch, child);
    path.push(child);
    edge.push(ch);
  };
  const countAfter = (i: number): [number, number] => {
    const c = data[i + 1];
    return c >= '0' && c <= '9' ? [Number(c), i + 1] : [1, i];
  };

  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    if (c === '\n' || c === '\r') continue;
    if (c === '$') {
      path[path.length - 1].end = true;
      const [n, j] = countAfter(i);
      climb(n);
      i = j;
    } else if (c === '<') {
      const [n, j] = countAfter(i);
      climb(n);
      i = j;
    } else if (c === '#') {
      const semi = data.indexOf(';', i);
      const target = numbered[parseInt(data.slice(i + 1, semi), radix)];
      if (!target) throw new Error(`bad reference at ${i}`);
      const parent = path[path.length - 2];
      parent.children.set(edge[edge.length - 1], target);
      path[path.length - 1] = target;
      i = semi;
    } else if (c === '\\') {
      const e = data[++i];
      descend(e === 'n' ? '\n' : e === 'r' ? '\r' : e);
    } else {
      descend(c);
    }
  }
  return root;
}

/**
 * Calls `visit` for every word of the trie. Words with cspell's special prefixes are
 * skipped: `!` marks forbidden words, `~` case- and accent-folded duplicates, and `+`
 * compound fragments (cspell-trie-lib constants.ts).
 */
export function forEachWord(root: TrieNode, visit: (word: string) => void): void {
  const walk = (node: TrieNode, prefix: string) => {
    if (node.end && prefix) visit(prefix);
    for (const [ch, child] of node.children) walk(child, prefix + ch);
  };
  for (const [ch, child] of root.children) {
    if (ch === '!' || ch === '~' || ch === '+') continue;
    walk(child, ch);
  }
}

export function readTrieGz(file: string): TrieNode {
  return parseTrieV3(gunzipSync(readFileSync(file)).toString('utf8'));
}
