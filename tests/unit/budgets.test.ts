/**
 * The pure parts of `npm run check:budgets` (scripts/check-budgets.ts): source-map byte
 * attribution and the module graph read from a build. The budgets themselves need a build and
 * run as a script; these tests use small build folders written here.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importClosure, importsOf, pageInjectedScripts, pageScripts } from '../../scripts/bench/bundle';
import { bytesBySource, decodeVlq, isVendor, moduleName, UNMAPPED } from '../../scripts/bench/sourcemap';
import { percentile } from '../../scripts/bench/stats';
import { judge, verdictOf, type Budget } from '../../scripts/bench/budget-verdict';

describe('decodeVlq', () => {
  it('decodes base64 VLQ fields as the source map spec defines them', () => {
    expect(decodeVlq('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeVlq('C')).toEqual([1]);
    expect(decodeVlq('D')).toEqual([-1]);
    // 'g' = 32: continuation bit, no data; 'B' = 1 shifted by 5 → 32, sign bit clear → 16.
    expect(decodeVlq('gB')).toEqual([16]);
    expect(decodeVlq('2H')).toEqual([123]);
  });
});

describe('bytesBySource', () => {
  it('charges each segment up to the next one and counts every byte once', () => {
    const code = 'ab\ncä';
    // Line 0: col 0 → source 0, col 1 → source 1. Line 1: col 0 → source 0 (delta -1).
    const map = { sources: ['../lib/a.ts', '../node_modules/pkg/b.js'], mappings: 'AAAA,CCAA;ADAA' };
    const totals = bytesBySource(code, map);
    expect(totals.get('../lib/a.ts')).toBe(1 + 3); // 'a' and 'cä' (ä is two bytes in UTF-8)
    expect(totals.get('../node_modules/pkg/b.js')).toBe(1);
    expect(totals.get(UNMAPPED)).toBe(1); // the line break
    expect([...totals.values()].reduce((a, b) => a + b, 0)).toBe(Buffer.byteLength(code));
  });

  it('leaves text before the first segment and source-less segments unmapped', () => {
    const totals = bytesBySource('xyz', { sources: ['a.ts'], mappings: 'CAAA,C' });
    expect(totals.get('a.ts')).toBe(1);
    expect(totals.get(UNMAPPED)).toBe(2);
  });
});

describe('moduleName and isVendor', () => {
  it('names npm packages by package and project files by path', () => {
    expect(moduleName('node_modules/@wxt-dev/storage/dist/index.mjs')).toBe('node_modules/@wxt-dev/storage');
    expect(moduleName('../../node_modules/preact/dist/preact.module.js')).toBe('node_modules/preact');
    expect(moduleName('../../lib/analyze.ts')).toBe('lib/analyze.ts');
    expect(isVendor('node_modules/preact/hooks/dist/hooks.module.js')).toBe(true);
    expect(isVendor('lib/analyze.ts')).toBe(false);
  });
});

describe('module graph of a build', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kontext-budgets-test-'));
    mkdirSync(path.join(dir, 'chunks'));
    const files: Record<string, string> = {
      'popup.html': '<script type="module" crossorigin src="/chunks/popup-1.js"></script><link rel="modulepreload" crossorigin href="/chunks/app-3.js">',
      'chunks/popup-1.js': 'import{a as b}from"./shared-2.js";import{K}from"./app-3.js";b(K);',
      'chunks/shared-2.js': 'export*from"./vendor-4.js";const a=1;export{a};',
      'chunks/app-3.js': 'import{a}from"./shared-2.js";export const K=a;const l=()=>import("./lazy-5.js");',
      'chunks/vendor-4.js': 'export const v=1;',
      'chunks/lazy-5.js': 'export default 1;',
      'chunks/unused-6.js': 'export default 2;',
      'background.js': '(function(){})();',
      'extract.js': '(function(){})();',
      'manifest.json': '{}',
    };
    for (const [f, text] of Object.entries(files)) writeFileSync(path.join(dir, f), text);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds static, re-export and dynamic imports', () => {
    expect(importsOf('import{a as b}from"./x.js";export*from"../y.js";import("./z.js");import "./w.js"')).toEqual(['./x.js', '../y.js', './z.js', './w.js']);
  });

  it('follows imports transitively from a page, without unrelated chunks', () => {
    expect(pageScripts(dir, 'popup.html').sort()).toEqual(
      ['chunks/app-3.js', 'chunks/lazy-5.js', 'chunks/popup-1.js', 'chunks/shared-2.js', 'chunks/vendor-4.js'].sort(),
    );
    expect(importClosure(dir, 'chunks/shared-2.js').sort()).toEqual(['chunks/shared-2.js', 'chunks/vendor-4.js']);
  });

  it('treats top-level scripts other than the worker as injected into pages', () => {
    expect(pageInjectedScripts(dir, { background: { service_worker: 'background.js' } })).toEqual(['extract.js']);
  });
});

describe('percentile', () => {
  it('interpolates between closest ranks', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([5, 1, 3], 100)).toBe(5);
    expect(percentile([10], 95)).toBe(10);
  });
});

describe('budget verdicts', () => {
  const budget = (pass: boolean, required?: boolean): Budget => ({ name: `b ${pass} ${required}`, measured: '2.03 MB', limit: '≤ 2.00 MB', pass, required });

  it('fails the run for a missed budget unless it is marked not required yet', () => {
    expect(verdictOf(budget(true))).toBe('PASS');
    expect(verdictOf(budget(false))).toBe('FAIL');
    expect(verdictOf(budget(false, true))).toBe('FAIL');
    expect(verdictOf(budget(false, false))).toBe('OPEN');
    expect(verdictOf(budget(true, false))).toBe('PASS');
  });

  it('counts only required misses as failures', () => {
    const all = [budget(true), budget(false, true), budget(false, false), budget(false)];
    const { failed, open } = judge(all);
    expect(failed.map((b) => b.name)).toEqual([all[1].name, all[3].name]);
    expect(open.map((b) => b.name)).toEqual([all[2].name]);
  });
});
