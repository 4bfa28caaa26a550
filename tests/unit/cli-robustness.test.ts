import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// Issue 15 point 1 in the CLI: a page whose CSS jsdom cannot parse gives a result, not a stack
// trace; `--force` on a page the gate declines gives its main text.

const run = promisify(execFile);
const dir = mkdtempSync(path.join(os.tmpdir(), 'kontext-robust-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]) {
  try {
    const { stdout, stderr } = await run('node_modules/.bin/tsx', ['cli/summarize.ts', ...args], {
      maxBuffer: 16 << 20,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const paragraphs = [
  'Der Gemeinderat hat am Dienstag den Haushalt für das kommende Jahr beschlossen, nach einer Debatte von mehr als fünf Stunden.',
  'Den größten Posten bilden die Schulen: Drei Gebäude werden saniert, eine Grundschule bekommt einen Anbau für die Ganztagsbetreuung.',
  'Die Opposition kritisierte die neuen Schulden und warf der Mehrheit vor, die Folgekosten der Projekte zu unterschätzen.',
  'Der Kämmerer hielt dagegen, die Zinsen seien noch immer niedrig und die Gebäude ließen sich nicht länger aufschieben.',
  'Die Kommunalaufsicht muss den Haushalt noch genehmigen; mit einer Entscheidung wird im Februar gerechnet.',
];

function page(style: string, body = paragraphs.map((p) => `<p>${p}</p>`).join('\n')): string {
  return `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Haushalt beschlossen</title><style>${style}</style></head><body><article><h1>Haushalt beschlossen</h1>${body}</article></body></html>`;
}

describe('CLI on pages that used to crash it', () => {
  it('summarises a page whose <style> holds a calc() jsdom cannot parse, without a stack trace', async () => {
    const file = path.join(dir, 'calc.html');
    writeFileSync(
      file,
      page('.grid{display:grid;grid-template-columns:calc((100% - 2rem)/3}\n.x{width:calc(}'),
    );
    const { code, stdout, stderr } = await cli([file, '--json', '--sentences', '2']);
    expect(stderr).not.toMatch(/at .+\.(c?js|ts):\d+/);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.summary).toHaveLength(2);
    expect(out.text).toContain('Gemeinderat');
  }, 30_000);

  it('summarises a page with an inline style jsdom cannot parse', async () => {
    const file = path.join(dir, 'inline.html');
    const style =
      'background:linear-gradient(90deg,#4d65ff 0,#00ac8e 100%);-webkit-background-clip:text;background-clip:text;font-weight:600';
    writeFileSync(
      file,
      page(
        '',
        `<p><span style="${style}">Neu:</span> ${paragraphs[0]}</p>${paragraphs
          .slice(1)
          .map((p) => `<p>${p}</p>`)
          .join('')}`,
      ),
    );
    const { code, stdout } = await cli([file, '--json', '--sentences', '2']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).text).toContain('Kommunalaufsicht');
  }, 30_000);

  it('gives the main text of a page the gate declines with --force, and says why without it', async () => {
    const file = path.join(dir, 'notice.html');
    // Two sentences among navigation and teaser links: too little for the gate.
    const links = Array.from(
      { length: 12 },
      (_, i) => `<li><a href="/n/${i}">Meldung Nummer ${i} aus der Region</a></li>`,
    ).join('');
    writeFileSync(
      file,
      `<html lang="de"><head><title>Hinweis</title></head><body><nav><ul>${links}</ul></nav><div class="notice">${paragraphs[0]} ${paragraphs[4]}</div><ul>${links}</ul></body></html>`,
    );
    const refused = await cli([file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/does not look like an article/);
    const forced = await cli([file, '--force', '--json', '--sentences', '1']);
    expect(forced.code).toBe(0);
    const out = JSON.parse(forced.stdout);
    expect(out.text).toContain('Der Gemeinderat hat am Dienstag');
    expect(out.text).not.toContain('Meldung Nummer');
  }, 30_000);
});
