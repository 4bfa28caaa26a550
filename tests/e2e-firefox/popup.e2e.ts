import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { de } from '../../lib/i18n/de';
import { en } from '../../lib/i18n/en';
import { hasSeedPage, startFixtureServer, type FixtureServer } from '../e2e/support/server';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './support/firefox';
import { PopupTab } from './support/popup-tab';

// Issue 7 point 7: the popup flow in Debian's Firefox ESR, driven over WebDriver BiDi.

let ff: FirefoxWithExtension;
let server: FixtureServer;

beforeAll(async () => {
  mkdirSync('test-results', { recursive: true });
  server = await startFixtureServer();
  ff = await launchFirefoxWithExtension();
});
afterAll(async () => {
  if (ff?.sink.attempts.length)
    console.info(`Firefox tried to leave 127.0.0.1 (all refused): ${tally(ff.sink.attempts)}`);
  await ff?.close();
  await server?.close();
});

/** `CONNECT a:443 ×3, GET http://b/ ×1`: the sink's log, one entry per destination. */
function tally(attempts: string[]): string {
  const counts = new Map<string, number>();
  for (const a of attempts) counts.set(a, (counts.get(a) ?? 0) + 1);
  return [...counts].map(([a, n]) => `${a} ×${n}`).join(', ');
}

interface FixtureExpectation {
  title: string;
  mustNotContain: string[];
}
function expectation(slug: string): FixtureExpectation {
  return JSON.parse(
    readFileSync(`tests/fixtures/${slug}/expected.json`, 'utf8'),
  ) as FixtureExpectation;
}

const PERSPECTIVES = ['investor', 'politician', 'innovation-manager'];
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The checks every article gets: its title, a quoted summary and the perspective panels. */
async function expectArticleShown(
  view: PopupTab,
  title: string,
  mustNotContain: string[],
): Promise<void> {
  await view.settled();
  // A state message instead of the analysis: say which, rather than "no .article-title".
  expect(await view.stateMessage()).toBeNull();
  expect(oneLine(await view.title())).toBe(title);
  const summary = await view.summarySentences();
  expect(summary.length).toBeGreaterThanOrEqual(3);
  // Extractive: every summary sentence is quoted from the page the reader sees.
  const pageText = oneLine(await view.articleText());
  for (const sentence of summary) expect(pageText).toContain(oneLine(sentence));
  expect(await view.panelIds()).toEqual(expect.arrayContaining(PERSPECTIVES));
  const shown = await view.analysisText();
  for (const boilerplate of mustNotContain) expect(shown).not.toContain(boilerplate);
}

describe('Firefox popup', () => {
  it('summarises an English article', async () => {
    const expected = expectation('article-en');
    const view = await PopupTab.open(ff, server.url('article-en.html'));
    await expectArticleShown(view, expected.title, expected.mustNotContain);
    await view.screenshot('popup-article-en');
    await view.close();
  });

  it('summarises a German article', async () => {
    const expected = expectation('article-de');
    const view = await PopupTab.open(ff, server.url('article-de.html'));
    await expectArticleShown(view, expected.title, expected.mustNotContain);
    await view.screenshot('popup-article-de');
    await view.close();
  });

  it.runIf(hasSeedPage)(
    'summarises the seed page (../shared/fixtures) without its teaser, newsletter, cookie or AI boxes',
    async () => {
      const view = await PopupTab.open(ff, server.url('seed.html'));
      const headline = oneLine(await view.article.$eval('h1', (el) => el.textContent ?? ''));
      await expectArticleShown(view, headline, [
        'N26',
        'Newsletter',
        'Cookies',
        'Leider hat die AI',
      ]);
      await view.screenshot('popup-seed-de');
      await view.close();
    },
  );

  it('says so when the page is not an article, and offers to summarise anyway', async () => {
    const view = await PopupTab.open(ff, server.url('not-article.html'));
    await view.settled();
    await view.screenshot('popup-not-article');
    expect([en['state.notArticle.title'], de['state.notArticle.title']]).toContain(
      oneLine(await view.stateTitle()),
    );
    expect(await view.stateRole()).toBe('status');
    const anyway = (await view.buttons()).map(oneLine);
    expect(
      anyway.filter(
        (b) => b === en['state.notArticle.anyway'] || b === de['state.notArticle.anyway'],
      ),
    ).toHaveLength(1);
    await view.close();
  });
});
