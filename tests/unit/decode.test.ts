import { describe, expect, it } from 'vitest';
import { decodeHtml, looksLikeText } from '../../lib/html/decode';

const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe('decodeHtml', () => {
  it('honours <meta charset>', () => {
    const bytes = latin1('<html><head><meta charset="iso-8859-1"></head><body>Gr\xfc\xdfe aus K\xf6ln</body></html>');
    expect(decodeHtml(bytes)).toContain('Grüße aus Köln');
  });
  it('honours http-equiv content-type', () => {
    const bytes = latin1('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>\x93Zitat\x94</p>');
    expect(decodeHtml(bytes)).toContain('“Zitat”');
  });
  it('prefers the transport charset and defaults to UTF-8', () => {
    const utf8 = new TextEncoder().encode('<p>Grüße</p>');
    expect(decodeHtml(utf8)).toBe('<p>Grüße</p>');
    expect(decodeHtml(latin1('<p>\xfc</p>'), 'text/html; charset=ISO-8859-1')).toBe('<p>ü</p>');
  });
  it('ignores an unknown charset label', () => {
    expect(decodeHtml(new TextEncoder().encode('<meta charset="x-bogus"><p>ä</p>'))).toContain('ä');
  });
});

describe('looksLikeText', () => {
  it('accepts text and rejects binary', () => {
    expect(looksLikeText(new TextEncoder().encode('<html>Hallo</html>'))).toBe(true);
    expect(looksLikeText(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 0, 0]))).toBe(false);
    expect(looksLikeText(new Uint8Array())).toBe(false);
  });
});
