import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runOne } from '../../lib/cli/run-one';
import { parseHtml } from '../../cli/parse-html';

/** Scratch directories for batch files, removed when the file's tests end. */
const scratch: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kontext-batch-'));
  scratch.push(dir);
  return dir;
};
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const run = promisify(execFile);
const FIXTURES = path.resolve('tests/fixtures');
const CLI = ['node_modules/.bin/tsx', 'cli/summarize.ts'];

interface Expected {
  title?: string;
  lang?: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  readerable: boolean;
  mustNotContain?: string[];
  people?: string[];
  organizations?: string[];
}

const articles = readdirSync(FIXTURES)
  .filter((slug) => slug.startsWith('article-'))
  .map((slug) => ({
    slug,
    html: readFileSync(path.join(FIXTURES, slug, 'source.html'), 'utf8'),
    expected: JSON.parse(
      readFileSync(path.join(FIXTURES, slug, 'expected.json'), 'utf8'),
    ) as Expected,
  }));

async function cli(args: string[]) {
  try {
    const { stdout, stderr } = await run(CLI[0], [CLI[1], ...args], { maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe.each(articles)('pipeline on fixture $slug', ({ html, expected }) => {
  const a = runOne({ html, url: 'http://127.0.0.1/article.html' }, { sentences: 4, parseHtml });

  it('extracts the metadata', () => {
    expect(a.title).toBe(expected.title);
    expect(a.lang).toBe(expected.lang);
    expect(a.byline ?? '').toContain(expected.byline);
    expect(a.siteName).toBe(expected.siteName);
    expect(a.publishedTime).toBe(expected.publishedTime);
  });

  it('keeps the contract: sentences point into text, summary into sentences, in order', () => {
    for (const s of a.sentences) expect(a.text.slice(s.start, s.end)).toBe(s.text);
    expect(a.summary).toHaveLength(4);
    const indices = a.summary.map((s) => s.index);
    expect(indices).toEqual([...indices].sort((x, y) => x - y));
    for (const s of a.summary) expect(a.sentences[s.index].text).toBe(s.text);
    for (const p of a.perspectives) {
      expect(p.empty).toBe(p.answer.length === 0);
      for (const s of p.answer) expect(a.sentences[s.index].text).toBe(s.text);
    }
    expect(a.perspectives.map((p) => p.id)).toEqual([
      'investor',
      'politician',
      'innovation-manager',
      'society',
      'economy',
      'bigger-picture',
    ]);
  });

  it('leaves the boilerplate out', () => {
    for (const junk of expected.mustNotContain ?? []) expect(a.text).not.toContain(junk);
  });

  it('names the people and organizations', () => {
    const people = a.people.map((e) => e.name);
    const orgs = a.organizations.map((e) => e.name);
    for (const p of expected.people ?? []) expect(people).toContain(p);
    for (const o of expected.organizations ?? [])
      expect(orgs.some((n) => n.includes(o))).toBe(true);
  });
});

describe('CLI', () => {
  it('prints JSON for a file', async () => {
    const { code, stdout } = await cli([
      path.join(FIXTURES, 'article-en/source.html'),
      '--json',
      '--sentences',
      '3',
    ]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.title).toBe(articles.find((x) => x.slug === 'article-en')!.expected.title);
    expect(out.summary).toHaveLength(3);
    for (const key of [
      'lang',
      'byline',
      'siteName',
      'publishedTime',
      'text',
      'sentences',
      'perspectives',
      'people',
      'organizations',
    ]) {
      expect(out).toHaveProperty(key);
    }
  }, 30_000);

  it('prints Markdown by default, headed in the article language', async () => {
    const { code, stdout } = await cli([path.join(FIXTURES, 'article-de/source.html')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Stadtrat beschließt Straßenbahn/);
    expect(stdout).toContain('## Zusammenfassung');
  }, 30_000);

  it.each([
    [['does-not-exist.html'], 1, /no such file/],
    [['tests'], 1, /is a folder/],
    [['public/icon/16.png'], 1, /not an HTML or text file/],
    [[path.join(FIXTURES, 'not-article/source.html')], 1, /does not look like an article/],
    [['http://127.0.0.1:9/nothing-listens-here'], 1, /cannot reach/],
    [['a.html', '--sentences', 'x'], 2, /--sentences/],
    [[], 2, /no input/],
  ])(
    'fails clearly for %j',
    async (args, exitCode, message) => {
      const { code, stderr, stdout } = await cli(args);
      expect(code).toBe(exitCode);
      expect(stderr).toMatch(message);
      expect(stdout).toBe('');
    },
    30_000,
  );

  it('runs a batch: one output line per input line with the same id, errors inline', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'in.jsonl');
    const en = articles.find((x) => x.slug === 'article-en')!;
    const lines = [
      JSON.stringify({ id: 'html-1', html: en.html, url: 'https://example.org/a' }),
      JSON.stringify({
        id: 2,
        text: 'Die Stadt baut eine neue Brücke über den Fluss. Die Arbeiten beginnen im Frühjahr und dauern zwei Jahre.\n\nDer Gemeinderat hat das Projekt am Montag einstimmig beschlossen.',
        lang: 'de',
        sentences: 2,
      }),
      'not json',
      JSON.stringify({ id: 'empty', text: '   ' }),
      JSON.stringify({ id: 'bad-length', text: 'Ein Satz.', sentences: 99 }),
      JSON.stringify({ id: 'share', html: en.html, url: 'https://example.org/a', share: 50 }),
      JSON.stringify({ id: 'bad-share', text: 'Ein Satz.', share: 0 }),
      JSON.stringify({ id: 'both', text: 'Ein Satz.', share: 30, sentences: 2 }),
    ];
    writeFileSync(file, lines.join('\n') + '\n');
    const { code, stdout } = await cli(['--batch', file]);
    expect(code).toBe(0);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual([
      'html-1',
      2,
      null,
      'empty',
      'bad-length',
      'share',
      'bad-share',
      'both',
    ]);
    expect(out[0].summary.length).toBeGreaterThan(0);
    expect(out[1].summary).toHaveLength(2);
    expect(out[2].error).toMatch(/JSON/);
    expect(out[3].error).toMatch(/empty/);
    expect(out[4].error).toMatch(/sentences/);
    // Half of the article, condensed: the same as the pipeline asked directly.
    const half = runOne(
      { html: en.html, url: 'https://example.org/a' },
      { sentences: 4, share: 50, parseHtml },
    );
    expect(out[5].summary).toEqual(half.summary);
    expect(out[5].summary.length).toBeGreaterThan(out[0].summary.length);
    expect(out[6].error).toMatch(/share/);
    expect(out[7].error).toMatch(/either/);
  }, 60_000);
});

describe('batch of 1,000 documents through the CLI', () => {
  it('answers every line, in order, in one process', async () => {
    const de = articles.find((x) => x.slug === 'article-de')!;
    const text = runOne({ html: de.html }, { sentences: 3, parseHtml }).text;
    const dir = tempDir();
    const file = path.join(dir, 'thousand.jsonl');
    writeFileSync(
      file,
      Array.from({ length: 1000 }, (_, i) =>
        // Every tenth line is HTML, through the same extraction as the extension.
        JSON.stringify(
          i % 10 === 0
            ? { id: i, html: de.html, url: `https://example.org/${i}` }
            : { id: i, text, lang: 'de' },
        ),
      ).join('\n') + '\n',
    );
    const { code, stdout } = await cli(['--batch', file, '--sentences', '3']);
    expect(code).toBe(0);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(1000);
    expect(out.map((o) => o.id)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    for (const o of out) {
      expect(o.error).toBeUndefined();
      expect(o.summary).toHaveLength(3);
    }
  }, 300_000);
});
