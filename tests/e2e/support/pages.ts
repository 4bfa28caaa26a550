/// <reference types="chrome" />
import type { Locator, Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

/** The id Chrome gave the tab showing `url` (asked from the service worker). */
export async function tabIdOf(ext: ExtensionBrowser, url: string): Promise<number> {
  const id = await ext.worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id;
  }, url);
  if (id === undefined) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Page object for the popup and the side panel: both render the same view. */
export class ResultPage {
  constructor(readonly page: Page) {}

  static async open(ext: ExtensionBrowser, surface: 'popup' | 'sidepanel', tabId: number): Promise<ResultPage> {
    const page = await ext.context.newPage();
    // The sizes Chrome gives them: a popup is as wide as its body (420 px), a side panel ~400 px.
    await page.setViewportSize({ width: surface === 'popup' ? 420 : 400, height: 720 });
    await page.goto(`chrome-extension://${ext.extensionId}/${surface}.html?tab=${tabId}`);
    const view = new ResultPage(page);
    await view.settled();
    return view;
  }

  /** Waits until loading is over: an analysis or a state message is on screen. */
  async settled(): Promise<void> {
    await this.page.locator('.analysis, .state').first().waitFor({ timeout: 30_000 });
  }

  title(): Locator {
    return this.page.locator('.article-title');
  }
  summarySentences(): Promise<string[]> {
    return this.page.locator('.summary .sentence').allTextContents();
  }
  panel(id: string): Locator {
    return this.page.locator(`.panel[data-perspective="${id}"]`);
  }
  async panelSentences(id: string): Promise<string[]> {
    return this.panel(id).locator('.sentence').allTextContents();
  }
  async panelText(id: string): Promise<string> {
    return (await this.panel(id).textContent()) ?? '';
  }
  stateTitle(): Locator {
    return this.page.locator('.state-title');
  }
  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/${name}.png`, fullPage: true });
  }
}
