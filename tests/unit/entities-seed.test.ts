/**
 * Issue 16 on the seed page (`../shared/fixtures/seed-article-de.html`, outside the project like
 * the E2E tests' copy): the people panel names exactly the article's people, the organizations
 * include the ones it is about, and titles of works or portals are no people. Skipped when the
 * page is not at hand.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse-html';
import { runOne } from '../../lib/cli/run-one';

const SEED = path.resolve('../shared/fixtures/seed-article-de.html');

describe.skipIf(!existsSync(SEED))('entities on the seed page', () => {
  const a = existsSync(SEED)
    ? runOne(
        { html: readFileSync(SEED, 'utf8'), url: 'http://127.0.0.1/seed.html' },
        { sentences: 4, parseHtml },
      )
    : null;

  it('shows exactly the article’s people', () => {
    expect(a!.people.map((e) => e.name).sort()).toEqual([
      'Jeff Bezos',
      'Terrye Moore',
      'Troy Randall',
    ]);
    const all = a!.peopleAll!.map((e) => e.name).join(' | ');
    expect(all).not.toMatch(/Law Enforcement|Jack Ryan/);
  });

  it('finds the organizations it is about, and keeps the full list', () => {
    const all = a!.organizationsAll!.map((e) => e.name);
    for (const o of [
      'Amazon',
      'Ring',
      'FedEx',
      'Johns Hopkins University',
      'NSA',
      'T. Rowe Price',
      'Under Armour',
      'Whole Foods',
    ])
      expect(
        all.some((n) =>
          n
            .split(/[\s()]+/)
            .join(' ')
            .includes(o),
        ),
        o,
      ).toBe(true);
    expect(a!.organizations.length).toBeLessThanOrEqual(8);
    expect(a!.organizations).toEqual(a!.organizationsAll!.slice(0, a!.organizations.length));
  });
});
