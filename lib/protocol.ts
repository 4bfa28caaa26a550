import type { TabSupport } from './tab-support';
import type { Analysis } from './types';

/** What the popup and the side panel get back for a tab. */
export type TabResult =
  | {
      status: 'ok';
      tabId: number;
      analysis: Analysis;
      source?: 'page' | 'selection';
      /** True when the page was unchanged and its analysis came from the cache. */
      cached?: boolean;
      /** True when the page was too large for Readability and its largest text block was read instead (ExtractedArticle.largePage). */
      largePage?: boolean;
    }
  | { status: 'not-article'; tabId: number; title: string }
  | { status: 'empty'; tabId: number; title: string }
  | { status: 'unsupported'; reason: Exclude<TabSupport, 'ok'> | 'noTab' };

/**
 * Every message between the extension's parts (@webext-core/messaging). A handler's thrown
 * error reaches the caller as a rejected promise.
 */
export interface ProtocolMap {
  /** popup / side panel → background: extract and analyse a tab (the active one when `tabId` is absent); `force` summarises a page that does not look like an article. */
  analyzeTab(data: { tabId?: number; force?: boolean }): TabResult;
  /** popup / side panel → background: scroll the tab to a sentence and highlight it; false when the page no longer has it. */
  highlightSentence(data: { tabId: number; text: string }): boolean;
  /** background → side panel: the active tab changed or navigated, so the view should follow. */
  activeTabChanged(data: { tabId: number; url: string | null }): void;
  /** background → side panel: show this result (the analysis of a text selection from the context menu). */
  showResult(data: TabResult): void;
}
