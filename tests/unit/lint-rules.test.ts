import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint rules that keep page text out of HTML sinks (issue 7) must really fire.
const eslint = new ESLint();

async function messages(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId);
}

describe('lint rules', () => {
  it.each([
    ['components/Bad.tsx', 'export const A = (p: { t: string }) => <div dangerouslySetInnerHTML={{ __html: p.t }} />;', 'no-restricted-syntax'],
    ['utils/bad.ts', 'export function f(el: HTMLElement, t: string) { el.innerHTML = t; }', 'no-restricted-properties'],
    ['entrypoints/bad.ts', 'export function f(el: HTMLElement, t: string) { el.insertAdjacentHTML("beforeend", t); }', 'no-restricted-properties'],
    ['lib/bad.ts', 'export const x = document.title;', 'no-restricted-globals'],
    ['lib/bad2.ts', 'export const x = process.env.HOME;', 'no-restricted-globals'],
  ])('%s is rejected', async (file, code, rule) => {
    expect(await messages(code, file)).toContain(rule);
  });

  it('accepts text rendering', async () => {
    expect(await messages('export const A = (p: { t: string }) => <p>{p.t}</p>;', 'components/Good.tsx')).toEqual([]);
  });
});
