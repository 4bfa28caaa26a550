import { createRequire } from 'node:module';
import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * jsdom parses every inline `style` attribute as it is set (while the page is parsed, and again
 * on `cloneNode`), and its CSS code throws on some valid declarations: `background:
 * linear-gradient(…)` followed by `background-clip:text` gives `TypeError: Cannot read properties
 * of undefined (reading 'length')` from inside the HTML parser (a WCXB page, issue 15). A browser
 * keeps such a page. Here a declaration jsdom cannot parse is left empty instead, as a browser
 * drops CSS it does not understand; extraction only reads `style.display`/`visibility`.
 *
 * The patch wraps the two internal `_attrModified` methods that do it (jsdom ~29, pinned in
 * package.json). If a later jsdom moves them, the patch is skipped and `parseHtml` still parses
 * such a page a second time without its `style` attributes.
 */
function tolerateInlineStyleErrors(): void {
  const require = createRequire(import.meta.url);
  for (const file of ['HTMLElement-impl.js', 'SVGElement-impl.js']) {
    let impl: { prototype: Record<string, unknown> } | undefined;
    try {
      impl = require(`jsdom/lib/jsdom/living/nodes/${file}`).implementation;
    } catch {
      continue;
    }
    const proto = impl?.prototype as
      | { _attrModified?: AttrModified; _kontextTolerant?: boolean; _settingCssText?: boolean }
      | undefined;
    const original = proto?._attrModified;
    if (!proto || !original || proto._kontextTolerant) continue;
    const base = (Object.getPrototypeOf(proto) as { _attrModified?: AttrModified })._attrModified;
    proto._attrModified = function (this: { _settingCssText?: boolean }, name, value, oldValue) {
      try {
        original.call(this, name, value, oldValue);
      } catch (err) {
        if (name !== 'style' || !base) throw err;
        this._settingCssText = false;
        base.call(this, name, value, oldValue);
      }
    };
    proto._kontextTolerant = true;
  }
}
type AttrModified = (name: string, value: string | null, oldValue: string | null) => void;
tolerateInlineStyleErrors();

/**
 * The empty window whose `DOMParser` parsed a document, closed by `releaseHtml`. One window per
 * page: documents parsed by one shared window are never freed (measured: about 3 MB a page, and
 * the WCXB suite ran out of heap), a closed window frees its documents.
 */
const windows = new WeakMap<Document, JSDOM['window']>();

/** `style="…"` attributes, for the second parse (see `parseHtml`). */
const STYLE_ATTRIBUTE = /(<[a-zA-Z][^>]*?)\sstyle\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/g;

/** A doctype name `cloneNode` accepts (jsdom validates it as an XML name; a browser does not). */
const DOCTYPE_NAME = /^[A-Za-z_][\w.:-]*$/;

function parseWith(html: string, url: string): Document {
  const { window } = new JSDOM('', { url, virtualConsole: new VirtualConsole() });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    // A cut-off `<!DOCTYPE` (a truncated download) or a mangled one gives a doctype jsdom parses
    // but cannot clone, and extraction works on a clone: it carries nothing, so it goes.
    if (doc.doctype && !DOCTYPE_NAME.test(doc.doctype.name)) doc.doctype.remove();
    windows.set(doc, window);
    return doc;
  } catch (err) {
    window.close();
    throw err;
  }
}

/**
 * Parses HTML into a Document for extraction, as a browser would but inert: no scripts, no
 * subresources, no page console output, and no style sheets applied (issue 15).
 *
 * The document comes from `DOMParser`, as in a browser: a document without a browsing context,
 * whose `<style>` blocks stay text and are never parsed as CSS (HTML's "update a style block"
 * stops there). Extraction reads only the tree and inline `style` attributes, never a style
 * sheet, and jsdom's CSS parser throws on some real pages (`")" is expected` on an unbalanced
 * `calc(` in a `<style>`) from inside `new JSDOM(html)`, which made the CLI print a stack trace
 * where Chromium shows the page. Should the parse still throw, the page is parsed once more
 * without its `style` attributes: a page is never lost to our parser.
 */
export function parseHtml(html: string, url: string | null): Document {
  const base = (url && /^https?:/i.test(url) ? safeUrl(url) : null) ?? 'http://localhost/';
  try {
    return parseWith(html, base);
  } catch {
    return parseWith(html.replace(STYLE_ATTRIBUTE, '$1'), base);
  }
}

function safeUrl(url: string): string | null {
  try {
    return new URL(url).href;
  } catch {
    return null;
  }
}

/**
 * Closes the window that parsed the document. jsdom frees a closed window only after the event
 * loop turns, so a loop over many pages must also yield (see the batch loop in summarize.ts).
 */
export function releaseHtml(doc: Document): void {
  windows.get(doc)?.close();
  windows.delete(doc);
  doc.defaultView?.close();
}
