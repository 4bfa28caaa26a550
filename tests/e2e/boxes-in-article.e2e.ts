/// <reference types="chrome" />
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasSeedPage, seedInContainer } from '../support/seed-in-container';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { ResultPage, tabIdOf } from './support/pages';
import { startFixtureServer, type FixtureServer } from './support/server';

// Issue 15 in the browser: boxes inside the article container, a short news item, and
// "summarise anyway" on a page the gate declines, all through the real popup.

let ext: ExtensionBrowser;
let server: FixtureServer;

const NOTICE = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Hinweis</title></head><body>
<nav><ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/n/${i}">Meldung Nummer ${i} aus der Region</a></li>`).join('')}</ul></nav>
<div class="notice">Der Gemeinderat hat am Dienstag den Haushalt für das kommende Jahr beschlossen. Die Kommunalaufsicht muss ihn noch genehmigen.</div>
</body></html>`;

beforeAll(async () => {
  mkdirSync('test-results', { recursive: true });
  server = await startFixtureServer({
    'notice.html': NOTICE,
    ...(hasSeedPage
      ? { 'seed-in-container.html': seedInContainer('between two paragraphs', true) }
      : {}),
  });
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function openPage(name: string): Promise<number> {
  const page = await ext.context.newPage();
  await page.goto(server.url(name));
  return tabIdOf(ext, server.url(name));
}

describe.runIf(hasSeedPage)(
  'popup on the seed page with its teaser, newsletter and AI boxes inside the article',
  () => {
    it('shows the article and none of the boxes, and its panels stay right', async () => {
      const popup = await ResultPage.open(ext, 'popup', await openPage('seed-in-container.html'));
      await popup.screenshot('popup-seed-in-container');
      await expect(popup.title().textContent()).resolves.toBe(
        'Baltimore: Wie Amazon Schritt für Schritt eine ganze Stadt übernimmt',
      );
      const everything = (await popup.page.locator('.analysis').textContent()) ?? '';
      expect(everything).not.toMatch(
        /N26|Gigs|Stalf|Tayenthal|Newsletter|Postfach|Leider hat die AI|Kontextualisierung|ungelesenen/,
      );
      const people = await popup.page
        .locator('.panel[data-perspective="people"] .entity-name')
        .allTextContents();
      expect(people).toEqual(expect.arrayContaining(['Jeff Bezos', 'Troy Randall']));
      expect(await popup.panelText('investor')).toMatch(/Milliarden/);
      await popup.page.close();
    });
  },
);

describe('short news items and "summarise anyway"', () => {
  it('summarises a four-sentence news item without asking', async () => {
    const popup = await ResultPage.open(ext, 'popup', await openPage('extract-de-short.html'));
    await expect(popup.title().textContent()).resolves.toContain('Talstraße');
    expect((await popup.summarySentences()).length).toBeGreaterThan(0);
    await popup.page.close();
  });

  it("gives the page's main text when the reader asks to summarise anyway", async () => {
    const popup = await ResultPage.open(ext, 'popup', await openPage('notice.html'));
    await popup.page.getByRole('button', { name: /anyway|Trotzdem/ }).click();
    await popup.page.locator('.analysis').waitFor({ timeout: 30_000 });
    const summary = (await popup.summarySentences()).join(' ');
    expect(summary).toContain('Gemeinderat');
    expect(summary).not.toContain('Meldung Nummer');
    await popup.page.close();
  });
});
