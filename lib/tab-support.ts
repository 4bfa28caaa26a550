/**
 * Which tabs an extension may read. Browsers close their own pages and their add-on stores
 * to extensions (Chrome: chrome://, the Web Store; Firefox: about:, addons.mozilla.org), so
 * Kontext says so up front instead of failing inside `scripting.executeScript`.
 */
export type TabSupport = 'ok' | 'internal' | 'file' | 'pdf';

const CLOSED_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

export function classifyUrl(url: string | undefined): TabSupport {
  if (!url) return 'internal';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'internal';
  }
  if (parsed.protocol === 'file:') return /\.pdf$/i.test(parsed.pathname) ? 'pdf' : 'file';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'internal';
  if (CLOSED_HOSTS.includes(parsed.hostname)) return 'internal';
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
  return 'ok';
}
