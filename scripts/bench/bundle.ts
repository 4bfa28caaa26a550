/**
 * What each part of the built extension loads, read from the build output itself: the HTML
 * pages' module scripts and their static imports, the service worker and its imports, and
 * the scripts the worker injects into pages. Used by `npm run check:budgets`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Files under `dir`, relative, with `/` separators. */
export function listFiles(dir: string, sub = ''): string[] {
  return readdirSync(path.join(dir, sub), { withFileTypes: true }).flatMap((e) => {
    const rel = sub ? `${sub}/${e.name}` : e.name;
    return e.isDirectory() ? listFiles(dir, rel) : [rel];
  });
}

export const sizeOf = (dir: string, rel: string) => statSync(path.join(dir, rel)).size;

/**
 * Relative module specifiers a chunk imports: `import … from "./x.js"`, `import "./x.js"`,
 * `export … from "./x.js"` and dynamic `import("./x.js")`, as Rollup emits them (minified,
 * always with a relative path and a `.js` extension).
 */
export function importsOf(code: string): string[] {
  const out = new Set<string>();
  const re = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]+from\s*)?\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g;
  for (let m = re.exec(code); m; m = re.exec(code)) out.add(m[1]);
  return [...out];
}

/** `rel` and every chunk it imports, transitively (paths relative to the build root). */
export function importClosure(dir: string, rel: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(path.join(dir, file))) return;
    seen.add(file);
    const code = readFileSync(path.join(dir, file), 'utf8');
    for (const spec of importsOf(code)) visit(path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)));
  };
  visit(rel);
  return [...seen];
}

/** A script reference of an HTML page: `/x.js` is from the extension root, `x.js` from the page's folder. */
function resolveRef(html: string, ref: string): string {
  return ref.startsWith('/') ? ref.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(html), ref));
}

/** The JavaScript an HTML page of the extension loads: its module scripts, their imports and modulepreloads. */
export function pageScripts(dir: string, html: string): string[] {
  const source = readFileSync(path.join(dir, html), 'utf8');
  const refs = [
    ...source.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...source.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((m) => resolveRef(html, m[1]));
  return [...new Set(refs.flatMap((r) => importClosure(dir, r)))];
}

export interface Manifest {
  background?: { service_worker?: string; scripts?: string[] };
  action?: { default_popup?: string };
  side_panel?: { default_path?: string };
  sidebar_action?: { default_panel?: string };
  options_ui?: { page?: string };
  content_scripts?: { js?: string[] }[];
}

export const readManifest = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;

/**
 * Scripts that run inside web pages: those the manifest registers and the unlisted top-level
 * scripts the worker injects with `scripting.executeScript` (WXT writes unlisted scripts to the
 * build root; the worker itself is excluded).
 */
export function pageInjectedScripts(dir: string, manifest: Manifest): string[] {
  const worker = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  const listed = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
  const unlisted = readdirSync(dir).filter((f) => f.endsWith('.js') && f !== worker);
  const contentDir = existsSync(path.join(dir, 'content-scripts')) ? readdirSync(path.join(dir, 'content-scripts')).filter((f) => f.endsWith('.js')).map((f) => `content-scripts/${f}`) : [];
  return [...new Set([...listed, ...unlisted, ...contentDir])].sort();
}

/** Data files the worker can load at run time (lexicons shipped as files rather than code). */
export function dataFiles(dir: string): string[] {
  return listFiles(dir).filter((f) => /\.(json|bin|txt|dat|wasm|gz|br)$/.test(f) && f !== 'manifest.json' && !f.startsWith('_locales/'));
}
