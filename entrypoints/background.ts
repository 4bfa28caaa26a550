import { analyzeTab } from '../utils/analyze-tab';
import { onMessage, sendMessage } from '../utils/messaging';

export default defineBackground(() => {
  onMessage('analyzeTab', ({ data }) => analyzeTab(data.tabId, data.force ?? false));

  // Chrome: the toolbar icon opens the popup; the side panel opens from the popup's button.
  // Keep the side panel on the active tab: tell it when the tab or its URL changes.
  const notify = (tabId: number, url: string | null) =>
    sendMessage('activeTabChanged', { tabId, url }).catch(() => {
      // No side panel is open: nobody listens, which is fine.
    });
  browser.tabs.onActivated.addListener(async ({ tabId }) => {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    notify(tabId, tab?.url ?? null);
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (tab.active && (change.url || change.status === 'complete')) notify(tabId, tab.url ?? null);
  });
});
