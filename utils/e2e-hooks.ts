import { browser } from '#imports';
import { summariseSelection } from './selection';

/**
 * Test hooks compiled only into the `--mode e2e` build (never into a release): WebDriver BiDi
 * refuses to navigate Firefox to moz-extension:// pages and cannot click the toolbar button,
 * so a test page whose URL carries `#kontext-e2e=popup` or `#kontext-e2e=sidepanel` makes the
 * background open that view for the tab in a new tab, pinned to it with `?tab=ID`.
 */
export function installE2eHooks(): void {
  // The context-menu click itself cannot be synthesised from a test; what it runs can.
  // `instance` is new every time the worker starts: a test that stops the worker (MV3 stops idle
  // workers) proves the restart by reading a different value afterwards.
  (globalThis as unknown as { __kontextE2e: unknown }).__kontextE2e = { summariseSelection, instance: crypto.randomUUID() };
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' || !tab.url) return;
    const view = new URL(tab.url).hash.match(/kontext-e2e=(popup|sidepanel)/)?.[1];
    if (!view) return;
    const page = view === 'popup' ? (`/popup.html?tab=${tabId}` as const) : (`/sidepanel.html?tab=${tabId}` as const);
    browser.tabs.create({ url: browser.runtime.getURL(page) });
  });
}
