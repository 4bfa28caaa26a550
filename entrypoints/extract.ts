/**
 * Injected on demand into the tab the user asked about (never registered in the manifest).
 * It defines `extract(force)` in the extension's isolated world, where the background calls it
 * with `scripting.executeScript`. It only reads the page: extraction runs on a clone and
 * returns plain text.
 */
import { extractArticle, type ExtractionResult } from '../lib/extract';

declare global {
  var __kontext: { extract(force: boolean): ExtractionResult } | undefined;
}

export default defineUnlistedScript(() => {
  globalThis.__kontext = {
    extract: (force) => extractArticle(document, { url: location.href, force }),
  };
});
