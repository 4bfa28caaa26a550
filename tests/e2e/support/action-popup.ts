/// <reference types="chrome" />
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

/**
 * The real toolbar popup. Chrome opens it with `chrome.action.openPopup()`, but Playwright does
 * not list popup windows as pages, so this reaches it through the DevTools protocol: find its
 * target, attach, and evaluate expressions in it.
 */
export class ActionPopup {
  private nextId = 1;
  private constructor(
    private readonly cdp: CDPSession,
    private readonly sessionId: string,
  ) {}

  static async open(ext: ExtensionBrowser, anyPage: Page): Promise<ActionPopup> {
    await ext.worker.evaluate(() => chrome.action.openPopup());
    const cdp = await ext.context.newCDPSession(anyPage);
    const popupUrl = `chrome-extension://${ext.extensionId}/popup.html`;
    const deadline = Date.now() + 10_000;
    for (;;) {
      const { targetInfos } = await cdp.send('Target.getTargets');
      const target = targetInfos.find((t) => t.url.startsWith(popupUrl));
      if (target) {
        const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
        return new ActionPopup(cdp, sessionId);
      }
      if (Date.now() > deadline) throw new Error('the action popup did not open');
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Evaluates a JavaScript expression in the popup and returns its JSON value. */
  async evaluate<T>(expression: string): Promise<T> {
    const id = this.nextId++;
    const answer = new Promise<T>((resolve, reject) => {
      const onMessage = (event: { sessionId?: string; message: string }) => {
        if (event.sessionId !== this.sessionId) return;
        const msg = JSON.parse(event.message) as {
          id?: number;
          result?: { result: { value: T }; exceptionDetails?: { text: string } };
          error?: { message: string };
        };
        if (msg.id !== id) return;
        this.cdp.off('Target.receivedMessageFromTarget', onMessage);
        if (msg.error) reject(new Error(msg.error.message));
        else if (msg.result?.exceptionDetails) reject(new Error(msg.result.exceptionDetails.text));
        else resolve(msg.result!.result.value);
      };
      this.cdp.on('Target.receivedMessageFromTarget', onMessage);
    });
    await this.cdp.send('Target.sendMessageToTarget', {
      sessionId: this.sessionId,
      message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true, awaitPromise: true } }),
    });
    return answer;
  }

  /** Waits until the popup shows an analysis or a state message, and returns its title text. */
  async settledTitle(timeoutMs = 20_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const text = await this.evaluate<string | null>(
        "document.querySelector('.article-title, .state-title')?.textContent ?? null",
      );
      if (text) return text;
      if (Date.now() > deadline) throw new Error('the action popup showed no result');
      await new Promise((r) => setTimeout(r, 150));
    }
  }

  summaryCount(): Promise<number> {
    return this.evaluate<number>("document.querySelectorAll('.summary .sentence').length");
  }
}
