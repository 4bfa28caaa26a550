import { browser } from '#imports';
import { analyze } from '../lib/analyze';
import type { ExtractionResult } from '../lib/extract';
import type { TabResult } from '../lib/protocol';
import { classifyUrl } from '../lib/tab-support';
import { loadSettings } from './settings-storage';
import { resolveLocale } from '../lib/i18n';

async function extractFromTab(tabId: number, force: boolean): Promise<ExtractionResult> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/extract.js'] });
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: (f: boolean) => globalThis.__kontext!.extract(f),
    args: [force],
  });
  if (!result || result.result === undefined) throw new Error('The page did not answer.');
  return result.result as ExtractionResult;
}

/** Extracts the article from a tab in the page and analyses it here, in the background. */
export async function analyzeTab(tabId: number | undefined, force: boolean): Promise<TabResult> {
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
  const settings = await loadSettings();
  const analysis = analyze(extraction.article, {
    summarySentences: settings.summarySentences,
    perspectives: settings.perspectives,
    customLenses: settings.customLenses,
    uiLang: resolveLocale(settings.uiLanguage, navigator.language),
  });
  if (analysis.sentences.length === 0) return { status: 'empty', tabId: tab.id, title: analysis.title };
  return { status: 'ok', tabId: tab.id, analysis };
}
