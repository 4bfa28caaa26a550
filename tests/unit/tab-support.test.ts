import { describe, expect, it } from 'vitest';
import { classifyUrl } from '../../lib/tab-support';

describe('classifyUrl', () => {
  it.each([
    ['https://example.org/news/a.html', 'ok'],
    ['http://127.0.0.1:8080/page', 'ok'],
    ['chrome://settings', 'internal'],
    ['about:addons', 'internal'],
    ['chrome-extension://abc/popup.html', 'internal'],
    ['moz-extension://abc/popup.html', 'internal'],
    ['https://chromewebstore.google.com/detail/x', 'internal'],
    ['https://addons.mozilla.org/de/firefox/', 'internal'],
    ['file:///home/me/article.html', 'file'],
    ['file:///home/me/paper.pdf', 'pdf'],
    ['https://example.org/report.PDF', 'pdf'],
    ['view-source:https://example.org', 'internal'],
    ['', 'internal'],
    [undefined, 'internal'],
    ['not a url', 'internal'],
  ])('%s → %s', (url, expected) => expect(classifyUrl(url)).toBe(expected));
});
