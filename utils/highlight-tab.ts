import { browser } from '#imports';

/** Scrolls a tab to one of its sentences and highlights it; false when the page no longer has it. */
export async function highlightInTab(tabId: number, text: string): Promise<boolean> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/highlight.js'] });
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: (t: string) => globalThis.__kontextHighlight!.show(t),
    args: [text],
  });
  return result?.result === true;
}
