/**
 * Finds a sentence of the analysis in the page's text nodes, so that a click on a summary
 * sentence can scroll to it and highlight it (provenance, issue 6). Extraction normalised
 * whitespace and joined blocks, so the search compares both sides with all whitespace removed
 * and maps the match back to (node, offset) positions. Pure: takes the nodes' strings.
 */
export interface TextPosition {
  /** Index into the list of text-node strings. */
  node: number;
  /** UTF-16 offset inside that node's string. */
  offset: number;
}

export interface TextSpan {
  start: TextPosition;
  /** Exclusive end. */
  end: TextPosition;
}

/** Characters that extraction may have changed or dropped between the page and the text. */
const IGNORED = /[\s\u00ad\u200b-\u200d\u2060\ufeff]/;

function squash(text: string): string {
  let out = '';
  for (const ch of text) if (!IGNORED.test(ch)) out += ch;
  return out;
}

/**
 * Locates `sentence` in the concatenation of `nodes`. Returns the first match, or null when
 * the sentence is not on the page (e.g. it navigated away since the analysis).
 */
export function locateSentence(nodes: readonly string[], sentence: string): TextSpan | null {
  const needle = squash(sentence);
  if (!needle) return null;
  // One string of the squashed page plus, per squashed character, where it came from.
  let hay = '';
  const fromNode: number[] = [];
  const fromOffset: number[] = [];
  nodes.forEach((text, node) => {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (IGNORED.test(ch)) continue;
      hay += ch;
      fromNode.push(node);
      fromOffset.push(i);
    }
  });
  const at = hay.indexOf(needle);
  if (at < 0) return null;
  const last = at + needle.length - 1;
  return {
    start: { node: fromNode[at], offset: fromOffset[at] },
    end: { node: fromNode[last], offset: fromOffset[last] + 1 },
  };
}
