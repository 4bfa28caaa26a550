/**
 * Injected on demand when the user clicks a sentence in the popup or side panel: scrolls the
 * article to that sentence and highlights it (issue 6, provenance). Uses the CSS Custom
 * Highlight API, which leaves the page's DOM untouched; where it is missing, wraps the text in
 * removable <mark> elements. The highlight goes away on the next click in the page or on Escape.
 */
import { locateSentence } from '../lib/highlight/locate';

declare global {
  var __kontextHighlight: { show(sentence: string): boolean; clear(): void } | undefined;
}

const NAME = 'kontext-sentence';
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT']);

function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (SKIP.has(n.parentElement?.tagName ?? '') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

function ensureStyle(): void {
  if (document.getElementById(`${NAME}-style`)) return;
  const style = document.createElement('style');
  style.id = `${NAME}-style`;
  style.textContent =
    `::highlight(${NAME}) { background-color: #fde68a; color: #111; }` +
    `mark[data-kontext] { background-color: #fde68a; color: #111; }`;
  (document.head ?? document.documentElement).append(style);
}

function markRange(range: Range, nodes: Text[]): void {
  for (const node of nodes) {
    if (!range.intersectsNode(node)) continue;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    if (end <= start) continue;
    const middle = node.splitText(start);
    middle.splitText(end - start);
    const mark = document.createElement('mark');
    mark.dataset.kontext = '';
    middle.replaceWith(mark);
    mark.append(middle);
  }
}

function clear(): void {
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(NAME);
  for (const mark of document.querySelectorAll('mark[data-kontext]')) {
    const parent = mark.parentNode;
    mark.replaceWith(...mark.childNodes);
    parent?.normalize();
  }
  document.removeEventListener('keydown', onKey, true);
  document.removeEventListener('pointerdown', clear, true);
}

function onKey(e: KeyboardEvent): void {
  if (e.key === 'Escape') clear();
}

function show(sentence: string): boolean {
  clear();
  const nodes = textNodes(document.body ?? document.documentElement);
  const span = locateSentence(
    nodes.map((n) => n.data),
    sentence,
  );
  if (!span) return false;
  const range = document.createRange();
  range.setStart(nodes[span.start.node], span.start.offset);
  range.setEnd(nodes[span.end.node], span.end.offset);
  ensureStyle();
  if (typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function') {
    CSS.highlights.set(NAME, new Highlight(range));
  } else {
    markRange(range, nodes);
  }
  const target = nodes[span.start.node].parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  document.addEventListener('keydown', onKey, true);
  document.addEventListener('pointerdown', clear, true);
  return true;
}

export default defineUnlistedScript(() => {
  globalThis.__kontextHighlight = { show, clear };
});
