/**
 * Which source files the bytes of a built JavaScript file come from, read from its source map
 * (Source Map Revision 3, https://tc39.es/ecma426/): every mapping segment covers the generated
 * text from its column up to the next segment's column on the same line, and those bytes are
 * charged to the segment's source. Bytes before a line's first segment, segments without a
 * source, and line breaks are "unmapped". The same method as source-map-explorer; the decoder
 * is written here (a few lines of base64 VLQ) rather than taken from a transitive dependency.
 */

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** Decodes one segment's base64 VLQ fields (sign in the lowest bit, 5 data bits a digit, bit 6 = more). */
export function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const d = DIGIT.get(ch);
    if (d === undefined) throw new Error(`invalid base64 VLQ digit ${ch}`);
    value += (d & 31) << shift;
    if (d & 32) {
      shift += 5;
      continue;
    }
    out.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return out;
}

export interface RawSourceMap {
  sources: (string | null)[];
  mappings: string;
  sourceRoot?: string;
}

export const UNMAPPED = '(unmapped)';

/** Bytes (UTF-8) of `code` per source path as the map names it, plus `UNMAPPED`. Sums to the file size. */
export function bytesBySource(code: string, map: RawSourceMap): Map<string, number> {
  const totals = new Map<string, number>();
  const add = (key: string, n: number) => n && totals.set(key, (totals.get(key) ?? 0) + n);
  const lines = code.split('\n');
  const mapLines = map.mappings.split(';');
  let source = 0;
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    if (l < lines.length - 1) add(UNMAPPED, 1); // the line break
    const segments: { col: number; source: number | null }[] = [];
    let col = 0; // generated columns restart on every line; the other fields carry over
    for (const seg of (mapLines[l] ?? '').split(',')) {
      if (!seg) continue;
      const f = decodeVlq(seg);
      col += f[0];
      if (f.length >= 4) {
        source += f[1];
        segments.push({ col, source });
      } else segments.push({ col, source: null });
    }
    const first = segments[0]?.col ?? line.length;
    add(UNMAPPED, Buffer.byteLength(line.slice(0, first)));
    for (let i = 0; i < segments.length; i++) {
      const s = segments[i];
      const end = i + 1 < segments.length ? segments[i + 1].col : line.length;
      const name = s.source === null ? UNMAPPED : (map.sources[s.source] ?? UNMAPPED);
      add(name, Buffer.byteLength(line.slice(s.col, end)));
    }
  }
  return totals;
}

/**
 * A short, stable name for a source: the npm package for files under node_modules
 * (`node_modules/preact`, `node_modules/@scope/pkg`), else the project path with `../` removed.
 */
export function moduleName(source: string): string {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = source.slice(nm + 'node_modules/'.length).split('/');
    return `node_modules/${rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]}`;
  }
  return source.replace(/^(\.\.\/)+/, '').replace(/^\/+/, '');
}

export const isVendor = (source: string) => source.includes('node_modules/');
