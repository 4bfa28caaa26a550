import { browser } from '#imports';
import { analyze, summaryLengthOptions, type AnalyzeOptions } from '../lib/analyze';
import { analysisKey } from '../lib/cache/key';
import type { ExtractionResult } from '../lib/extract';
import { resolveLocale } from '../lib/i18n';
import type { TabResult } from '../lib/protocol';
import type { Settings } from '../lib/settings/schema';
import { classifyUrl } from '../lib/tab-support';
import type { Analysis, ExtractedArticle } from '../lib/types';
import { cachedAnalysis, storeAnalysis } from './analysis-cache';
import { loadSettings } from './settings-storage';

async function extractFromTab(tabId: number, force: boolean): Promise<ExtractionResult> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/extract.js'] });
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: (f: boolean) => globalThis.__kontext!.extract(f),
    args: [force],
  });
  // Firefox reports an exception inside the injected function here instead of rejecting.
  const error = (result as { error?: unknown } | undefined)?.error;
  if (error) throw error instanceof Error ? error : new Error(String(error));
  if (!result || result.result === undefined || result.result === null)
    throw new Error('The page did not answer.');
  return result.result as ExtractionResult;
}

export function analyzeOptions(settings: Settings): AnalyzeOptions {
  return {
    ...summaryLengthOptions(
      settings.summarySentences,
      settings.summaryLength === 'share' ? settings.summaryShare : null,
    ),
    perspectives: settings.perspectives,
    customLenses: settings.customLenses,
    uiLang: resolveLocale(settings.uiLanguage, navigator.language),
  };
}

/** Analyses an article, or returns the cached analysis of the same text under the same settings. */
export async function analyzeCached(
  article: ExtractedArticle,
  settings: Settings,
): Promise<{ analysis: Analysis; cached: boolean }> {
  const options = analyzeOptions(settings);
  const key = analysisKey(article, options);
  const hit = await cachedAnalysis(key);
  if (hit) return { analysis: hit, cached: true };
  const analysis = analyze(article, options);
  // Written after the answer has gone out (the cache's queue keeps later lookups in order).
  storeAnalysis(key, analysis).catch(() => {});
  return { analysis, cached: false };
}

async function markTab(tabId: number, analysed: boolean): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: analysed ? '✓' : '' }).catch(() => {});
  if (analysed)
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#1d4ed8' }).catch(() => {});
}

async function analyzeTabOnce(tabId: number | undefined, force: boolean): Promise<TabResult> {
  // Read while the page is being read: every step on the way to the answer adds to the click.
  const settings = loadSettings();
  settings.catch(() => {}); // awaited below; an early failure must not go unhandled meanwhile
  const tab =
    tabId === undefined
      ? (await browser.tabs.query({ active: true, currentWindow: true }))[0]
      : await browser.tabs.get(tabId);
  if (!tab?.id) return { status: 'unsupported', reason: 'noTab' };
  const support = classifyUrl(tab.url);
  if (support !== 'ok' && support !== 'file') return { status: 'unsupported', reason: support };

  let extraction: ExtractionResult;
  try {
    extraction = await extractFromTab(tab.id, force);
  } catch (err) {
    // file:// pages refuse injection unless the user allowed file access.
    if (support === 'file') return { status: 'unsupported', reason: 'file' };
    throw err;
  }
  if (!extraction.ok) {
    return {
      status: extraction.reason === 'empty' ? 'empty' : 'not-article',
      tabId: tab.id,
      title: extraction.title,
    };
  }
  const { analysis, cached } = await analyzeCached(extraction.article, await settings);
  if (analysis.sentences.length === 0)
    return { status: 'empty', tabId: tab.id, title: analysis.title };
  void markTab(tab.id, true); // the badge need not hold up the answer; markTab never rejects
  const largePage = extraction.article.largePage === true;
  return {
    status: 'ok',
    tabId: tab.id,
    analysis,
    source: 'page',
    cached,
    ...(largePage ? { largePage } : {}),
  };
}

/** Requests for the same tab that overlap share one analysis (popup and side panel at once). */
const inFlight = new Map<string, Promise<TabResult>>();

/** Extracts the article from a tab in the page and analyses it here, in the background. */
export function analyzeTab(tabId: number | undefined, force: boolean): Promise<TabResult> {
  const key = `${tabId ?? 'active'}:${force}`;
  const running = inFlight.get(key);
  if (running) return running;
  const job = analyzeTabOnce(tabId, force).finally(() => inFlight.delete(key));
  inFlight.set(key, job);
  return job;
}

export { markTab };
