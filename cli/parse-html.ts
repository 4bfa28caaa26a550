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
