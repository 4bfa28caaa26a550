import type { Page, Target } from 'puppeteer-core';
import type { FirefoxWithExtension } from './firefox';

/** The slice of the WebExtension API the checks below call inside the popup page. */
interface PopupGlobals {
  browser: {
    tabs: { get(id: number): Promise<{ url?: string }> };
    permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  };
}

const POPUP_TIMEOUT_MS = 15_000;
const ANALYSIS_TIMEOUT_MS = 30_000;

/**
 * The popup, opened in a tab for one article tab. WebDriver BiDi will not navigate to a
 * moz-extension:// URL and cannot click the toolbar button, so the E2E build's background opens
 * `popup.html?tab=ID` itself when a tab loads a URL carrying `#kontext-e2e=popup`.
 */
export class PopupTab {
  private constructor(
    readonly article: Page,
    readonly popup: Page,
  ) {}

  static async open(ff: FirefoxWithExtension, articleUrl: string): Promise<PopupTab> {
    const known = new Set<Target>(ff.browser.targets());
    const article = await ff.browser.newPage();
    known.add(article.target());
    const opened = ff.browser.waitForTarget((t) => t.type() === 'page' && !known.has(t), {
      timeout: POPUP_TIMEOUT_MS,
    });
    const hooked = `${articleUrl}#kontext-e2e=popup`;
    await article.goto(hooked);
    const popup = (await (await opened).page())!;
    const view = new PopupTab(article, popup);
    await view.waitForExtensionDocument();
    await view.expectShowsTab(hooked);
    return view;
  }

  /**
   * Puppeteer keeps reporting the new tab as about:blank (Firefox sends no BiDi navigation
   * events for moz-extension documents), so ask the document itself where it is.
   */
  private async waitForExtensionDocument(): Promise<void> {
    const deadline = Date.now() + POPUP_TIMEOUT_MS;
    for (;;) {
      const href = await this.popup.evaluate(() => location.href).catch(() => '');
      if (/^moz-extension:\/\/[^/]+\/popup\.html\?tab=\d+$/.test(href)) return;
      if (Date.now() > deadline)
        throw new Error(`the popup tab never loaded the popup (last at "${href}")`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** The popup must be pinned to the article's tab, and the test build must hold its grant. */
  private async expectShowsTab(url: string): Promise<void> {
    const { tabUrl, granted } = await this.popup.evaluate(async () => {
      const { browser } = globalThis as unknown as PopupGlobals;
      const tabId = Number(new URLSearchParams(location.search).get('tab'));
      return {
        tabUrl: (await browser.tabs.get(tabId)).url,
        granted: await browser.permissions.contains({ origins: ['http://127.0.0.1/*'] }),
      };
    });
    if (!granted)
      throw new Error('Firefox did not grant the E2E build its host permission for 127.0.0.1');
    if (tabUrl !== url) throw new Error(`the popup shows tab ${tabUrl}, expected ${url}`);
  }

  /** Waits until loading is over: an analysis or a state message is on screen. */
  async settled(): Promise<void> {
    await this.popup.waitForSelector('.analysis, .state', { timeout: ANALYSIS_TIMEOUT_MS });
  }

  /** The state message on screen (error, not an article, …) in one line, or null if none. */
  stateMessage(): Promise<string | null> {
    return this.popup.evaluate(() => {
      const state = document.querySelector('.state');
      return state ? (state as HTMLElement).innerText.replace(/\s+/g, ' ').trim() : null;
    });
  }

  title(): Promise<string> {
    return this.popup.$eval('.article-title', (el) => el.textContent ?? '');
  }
  stateTitle(): Promise<string> {
    return this.popup.$eval('.state-title', (el) => el.textContent ?? '');
  }
  stateRole(): Promise<string | null> {
    return this.popup.$eval('.state', (el) => el.getAttribute('role'));
  }
  buttons(): Promise<string[]> {
    return this.popup.$$eval('button', (els) => els.map((el) => el.textContent ?? ''));
  }
  summarySentences(): Promise<string[]> {
    return this.popup.$$eval('.summary .sentence', (els) => els.map((el) => el.textContent ?? ''));
  }
  panelIds(): Promise<string[]> {
    return this.popup.$$eval('.panel[data-perspective]', (els) =>
      els.map((el) => el.getAttribute('data-perspective') ?? ''),
    );
  }
  analysisText(): Promise<string> {
    return this.popup.$eval('.analysis', (el) => el.textContent ?? '');
  }
  /** The visible text of the article tab, as the reader sees it. */
  articleText(): Promise<string> {
    return this.article.evaluate(() => document.body.innerText);
  }

  async screenshot(name: string): Promise<void> {
    await this.popup.setViewport({ width: 420, height: 600 });
    await this.popup.screenshot({ path: `test-results/firefox-${name}.png`, fullPage: true });
  }

  async close(): Promise<void> {
    await this.popup.close();
    await this.article.close();
  }
}
