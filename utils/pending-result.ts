import { browser } from '#imports';
import type { TabResult } from '../lib/protocol';

/** Session-storage key of a result a context-menu action left for the side panel. */
export const PENDING_RESULT = 'pendingResult';

export async function leavePendingResult(result: TabResult): Promise<void> {
  await browser.storage.session.set({ [PENDING_RESULT]: result });
}

/** The result a context-menu action left for the side panel, taken once. */
export async function takePendingResult(): Promise<TabResult | undefined> {
  const value = (await browser.storage.session.get(PENDING_RESULT))[PENDING_RESULT] as TabResult | undefined;
  if (value) await browser.storage.session.remove(PENDING_RESULT);
  return value;
}
