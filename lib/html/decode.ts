/**
 * Decodes an HTML page's bytes the way browsers do, in the order the HTML standard gives
 * ("determining the character encoding"): byte-order mark, then the transport's charset,
 * then a `<meta charset>` or `http-equiv` declaration in the first 1024 bytes, else UTF-8.
 */
const META_SCAN_BYTES = 1024;

function labelFromContentType(contentType: string | null | undefined): string | null {
  const m = contentType?.match(/charset\s*=\s*["']?([\w.:-]+)/i);
  return m ? m[1] : null;
}

function labelFromMeta(bytes: Uint8Array): string | null {
  // latin1 maps each byte to one char, so ASCII markup survives whatever the real encoding is.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, META_SCAN_BYTES));
  const m =
    head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i) ??
    head.match(/<meta[^>]+content\s*=\s*["'][^"']*charset\s*=\s*([\w.:-]+)/i);
  return m ? m[1] : null;
}

type Decode = (bytes: Uint8Array) => string;

/**
 * windows-1252's characters for bytes 0x80–0x9F (the WHATWG Encoding Standard's index). The
 * standard maps the labels latin1, iso-8859-1 and us-ascii to windows-1252 too, but Node 20's
 * TextDecoder decodes them as ISO-8859-1 and turns „quotes“ and € into control characters.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const WINDOWS_1252_LABELS = new Set([
  'windows-1252', 'cp1252', 'x-cp1252', 'latin1', 'l1', 'iso-8859-1', 'iso8859-1', 'iso_8859-1',
  'iso88591', 'iso-ir-100', 'csisolatin1', 'ibm819', 'cp819', 'us-ascii', 'ascii', 'ansi_x3.4-1968',
]);

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
  }
  return out;
}

function decoderFor(label: string | null): Decode | null {
  if (!label) return null;
  if (WINDOWS_1252_LABELS.has(label.trim().toLowerCase())) return decodeWindows1252;
  try {
    const decoder = new TextDecoder(label);
    return (bytes) => decoder.decode(bytes);
  } catch {
    return null;
  }
}

export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  const decode =
    decoderFor(labelFromContentType(contentType)) ?? decoderFor(labelFromMeta(bytes)) ?? decoderFor('utf-8')!;
  return decode(bytes);
}

/** True when bytes look like text rather than an image, a PDF or another binary format. */
export function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  if (sample.length === 0) return false;
  let control = 0;
  for (const b of sample) if (b === 0 || (b < 9) || (b > 13 && b < 32)) control++;
  return control / sample.length < 0.01;
}
