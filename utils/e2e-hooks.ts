import { browser } from '#imports';
import { summariseSelection } from './selection';

/** The message type that asks the worker for its start-up id (tests/e2e/safety.e2e.ts). */
export const E2E_INSTANCE_MESSAGE = 'kontextE2eInstance';

/**
 * Test hooks compiled only into the `--mode e2e` build (never into a release): WebDriver BiDi
 * refuses to navigate Firefox to moz-extension:// pages and cannot click the toolbar button,
 * so a test page whose URL carries `#kontext-e2e=popup` or `#kontext-e2e=sidepanel` makes the
 * background open that view for the tab in a new tab, pinned to it with `?tab=ID`.
 */
export function installE2eHooks(): void {
  // The context-menu click itself cannot be synthesised from a test; what it runs can.
  (globalThis as unknown as { __kontextE2e: unknown }).__kontextE2e = { summariseSelection };
  // New every time the worker starts: a test that stops the worker (MV3 stops idle workers)
  // proves the restart by asking for it again from an extension page (Playwright gets no handle
  // on a restarted worker, so the answer comes by message).
  // The message carries the `type` and `timestamp` fields that @webext-core/messaging requires of
  // every message (it throws on others); its type has no listener there, so only this one answers.
  const instance = crypto.randomUUID();
  browser.runtime.onMessage.addListener((message: unknown) =>
    (message as { type?: unknown } | null)?.type === E2E_INSTANCE_MESSAGE ? Promise.resolve(instance) : undefined,
  );
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' || !tab.url) return;
    const view = new URL(tab.url).hash.match(/kontext-e2e=(popup|sidepanel)/)?.[1];
    if (!view) return;
    const page = view === 'popup' ? (`/popup.html?tab=${tabId}` as const) : (`/sidepanel.html?tab=${tabId}` as const);
    browser.tabs.create({ url: browser.runtime.getURL(page) });
  });
}
