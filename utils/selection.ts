import { articleFromText } from '../lib/text/plain-article';
import type { TabResult } from '../lib/protocol';
import { analyzeCached } from './analyze-tab';
import { sendMessage } from './messaging';
import { leavePendingResult } from './pending-result';
import { loadSettings } from './settings-storage';

/**
 * "Summarise selection" from the context menu: analyses the selected text and hands the result
 * to the side panel, which may still be starting, so it is also left in session storage.
 */
export async function summariseSelection(text: string, tab: { id?: number; title?: string; url?: string }): Promise<void> {
  if (tab.id === undefined) return;
  const article = articleFromText(text, { title: tab.title ?? '', url: tab.url });
  const { analysis } = await analyzeCached(article, await loadSettings());
  const result: TabResult =
    analysis.sentences.length === 0
      ? { status: 'empty', tabId: tab.id, title: article.title }
      : { status: 'ok', tabId: tab.id, analysis, source: 'selection' };
  await leavePendingResult(result);
  await sendMessage('showResult', result).catch(() => {
    // The side panel is not listening yet; it reads the pending result when it starts.
  });
}
