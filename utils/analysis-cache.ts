import { browser } from '#imports';
import { orderFrom, touch } from '../lib/cache/lru';
import type { Analysis } from '../lib/types';

/**
 * Analyses by page URL, content hash and settings, in session storage: it survives the MV3
 * service worker being stopped, is cleared when the browser closes, and holds at most
 * CAPACITY articles (least recently used out). Chrome gives session storage 10 MB; an analysis
 * of a long article is a few hundred KB, so 16 fit with room to spare.
 *
 * Each analysis has a storage item of its own (`analysis:<key>`) and one small item keeps their
 * order (lib/cache/lru.ts), so a click reads one analysis, not all sixteen. Bookkeeping (the
 * order, writing a new analysis, evicting old ones) runs after the answer has gone out, one
 * step at a time in a queue; a lookup waits for the queue first, so it sees every earlier write.
 */
const ORDER = 'analysisCacheOrder';
const ENTRY = 'analysis:';
const CAPACITY = 16;

let queue: Promise<unknown> = Promise.resolve();

/** Runs `step` after every step queued before it; a failing step does not stop the queue. */
function enqueue(step: () => Promise<void>): Promise<void> {
  const next = queue.then(step, step);
  queue = next.catch(() => {});
  return next;
}

async function touchOrder(key: string): Promise<void> {
  const { order, evicted } = touch(
    orderFrom((await browser.storage.session.get(ORDER))[ORDER]),
    key,
    CAPACITY,
  );
  if (evicted.length) await browser.storage.session.remove(evicted.map((k) => ENTRY + k));
  await browser.storage.session.set({ [ORDER]: order });
}

export async function cachedAnalysis(key: string): Promise<Analysis | undefined> {
  await queue;
  const value = (await browser.storage.session.get(ENTRY + key))[ENTRY + key] as
    Analysis | undefined;
  if (value) void enqueue(() => touchOrder(key));
  return value;
}

/** Stores an analysis after the caller has moved on; the promise settles when it is written. */
export function storeAnalysis(key: string, analysis: Analysis): Promise<void> {
  return enqueue(async () => {
    try {
      await browser.storage.session.set({ [ENTRY + key]: analysis });
    } catch {
      // Over quota (a giant page): start afresh with just this one rather than fail the analysis.
      const all = await browser.storage.session.get(null);
      await browser.storage.session.remove(
        Object.keys(all).filter((k) => k === ORDER || k.startsWith(ENTRY)),
      );
      await browser.storage.session.set({ [ENTRY + key]: analysis }).catch(() => {});
    }
    await touchOrder(key);
  });
}
