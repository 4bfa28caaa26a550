import { WARM_UP_STEPS } from '../lib/warm-up';
import { analyzeTab, markTab } from '../utils/analyze-tab';
import { installE2eHooks } from '../utils/e2e-hooks';
import { highlightInTab } from '../utils/highlight-tab';
import { onMessage, sendMessage } from '../utils/messaging';
import { summariseSelection } from '../utils/selection';
import { openSidePanel, toggleSidePanel, trackSidePanels } from '../utils/side-panel';
import { runStepsInBackground } from '../utils/warm-up';

const MENU_SELECTION = 'kontext-summarise-selection';

export default defineBackground(() => {
  onMessage('analyzeTab', ({ data }) => analyzeTab(data.tabId, data.force ?? false));
  onMessage('highlightSentence', ({ data }) => highlightInTab(data.tabId, data.text));
  trackSidePanels();
  if (import.meta.env.MODE === 'e2e') installE2eHooks();
  // Build the entity tables and warm the pipeline now, one small task at a time, not in the first analysis.
  void runStepsInBackground(WARM_UP_STEPS);

  // Keep the side panel on the active tab: tell it when the tab or its URL changes
  // (onUpdated reports single-page-app URL changes through the History API too).
  const notify = (tabId: number, url: string | null) =>
    sendMessage('activeTabChanged', { tabId, url }).catch(() => {
      // No side panel is open: nobody listens, which is fine.
    });
  browser.tabs.onActivated.addListener(async ({ tabId }) => {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    notify(tabId, tab?.url ?? null);
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url) markTab(tabId, false);
    if (tab.active && (change.url || change.status === 'complete')) notify(tabId, tab.url ?? null);
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_SELECTION,
      title: browser.i18n.getMessage('menuSummariseSelection'),
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_SELECTION || !tab || !info.selectionText) return;
    // Open first: the browser allows it only in direct answer to the click.
    openSidePanel(tab.windowId).catch(() => {});
    summariseSelection(info.selectionText, tab);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-side-panel' && tab?.windowId !== undefined) toggleSidePanel(tab.windowId).catch(() => {});
  });
});
