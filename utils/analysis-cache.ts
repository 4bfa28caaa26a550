import { browser } from '#imports';
import { lruFrom, lruGet, lruSet } from '../lib/cache/lru';
import type { Analysis } from '../lib/types';

/**
 * Analyses by page URL, content hash and settings, in session storage: it survives the MV3
 * service worker being stopped, is cleared when the browser closes, and holds at most
 * CAPACITY articles (least recently used out). Chrome gives session storage 10 MB; an analysis
 * of a long article is a few hundred KB, so 16 fit with room to spare.
 */
const KEY = 'analysisCache';
const CAPACITY = 16;

export async function cachedAnalysis(key: string): Promise<Analysis | undefined> {
  const stored = (await browser.storage.session.get(KEY))[KEY];
  const { value, state } = lruGet(lruFrom<Analysis>(stored), key);
  if (value) await browser.storage.session.set({ [KEY]: state });
  return value;
}

export async function storeAnalysis(key: string, analysis: Analysis): Promise<void> {
  const stored = (await browser.storage.session.get(KEY))[KEY];
  try {
    await browser.storage.session.set({ [KEY]: lruSet(lruFrom<Analysis>(stored), key, analysis, CAPACITY) });
  } catch {
    // Over quota (a giant page): start afresh with just this one rather than fail the analysis.
    await browser.storage.session.set({ [KEY]: lruSet(lruFrom<Analysis>(undefined), key, analysis, CAPACITY) }).catch(() => {});
  }
}
