import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * Parses HTML into a Document for extraction, as a browser would but inert: no scripts,
 * no subresources, and page console output swallowed.
 */
export function parseHtml(html: string, url: string | null): Document {
  const dom = new JSDOM(html, {
    url: url && /^https?:/.test(url) ? url : 'http://localhost/',
    virtualConsole: new VirtualConsole(),
  });
  return dom.window.document;
}

/**
 * Closes the document's window. jsdom frees a closed window only after the event loop turns,
 * so a loop over many pages must also yield (see the batch loop in summarize.ts).
 */
export function releaseHtml(doc: Document): void {
  doc.defaultView?.close();
}
