import { browser } from '#imports';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AppShell } from '../components/AppShell';
import type { ExportFormat } from '../components/ExportBar';
import { TabResultView, type ViewState } from '../components/TabResultView';
import { toMarkdown } from '../lib/export/markdown';
import type { TabResult } from '../lib/protocol';
import { toPlainText } from '../lib/export/plain-text';
import { resolveLocale, translator } from '../lib/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings/schema';
import { copyText } from './clipboard';
import { onMessage, sendMessage } from './messaging';
import { takePendingResult } from './pending-result';
import { loadSettings, saveSettings, watchSettings } from './settings-storage';
import { openSidePanel } from './side-panel';
import { applyTheme } from './theme';

/**
 * A selection's summary (from the context menu) stays in the side panel until its tab goes to
 * another page or another tab becomes active; a late "load complete" of the same page keeps it.
 */
function keepsSelection(view: ViewState, change: { tabId: number; url: string | null }): boolean {
  if (view.kind !== 'result' || view.result.status !== 'ok' || view.result.source !== 'selection')
    return false;
  return (
    view.result.tabId === change.tabId &&
    (change.url === null || change.url === view.result.analysis.url)
  );
}

/** `?tab=ID` pins the view to one tab (used when the popup page is opened in a tab of its own). */
const pinnedTab = Number(new URLSearchParams(location.search).get('tab')) || undefined;

/**
 * The popup's first request, sent by its entry module before anything renders: the page read
 * and the analysis then overlap with loading and drawing the view, instead of starting after
 * the first render's effects.
 */
export function requestFirstResult(): Promise<TabResult> {
  return sendMessage('analyzeTab', { tabId: pinnedTab, force: false });
}

/**
 * Wires the popup and the side panel to the background: asks for the active tab's analysis,
 * follows the active tab in the side panel, and passes plain data to the components.
 */
export function KontextApp({
  mode,
  firstResult,
}: {
  mode: 'popup' | 'sidepanel';
  firstResult?: Promise<TabResult>;
}) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [state, setState] = useState<ViewState>({ kind: 'loading' });
  const [copied, setCopied] = useState<ExportFormat | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const request = useRef(0);
  // Known before any click: opening the side panel must happen in the click itself, with no await first.
  const windowId = useRef<number | undefined>(undefined);
  const locale = resolveLocale(settings?.uiLanguage ?? 'auto', navigator.language);
  const t = useMemo(() => translator(locale), [locale]);

  // The result on screen, so the side panel can tell a real navigation from a late load event.
  const shown = useRef<ViewState>({ kind: 'loading' });
  const show = useCallback((next: ViewState) => {
    shown.current = next;
    setState(next);
    setCopied(null);
    setNotice(null);
  }, []);

  /** Shows what `pending` brings, unless a newer request has been made meanwhile. */
  const showWhenDone = useCallback(
    async (pending: Promise<TabResult>) => {
      const id = ++request.current;
      show({ kind: 'loading' });
      try {
        const result = await pending;
        if (id === request.current) show({ kind: 'result', result });
      } catch (err) {
        if (id === request.current)
          show({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
      }
    },
    [show],
  );
  const run = useCallback(
    (force: boolean, tabId: number | undefined = pinnedTab) =>
      showWhenDone(sendMessage('analyzeTab', { tabId, force })),
    [showWhenDone],
  );

  useEffect(() => {
    loadSettings().then(setSettings, () => setSettings({ ...DEFAULT_SETTINGS }));
    return watchSettings((next) => {
      setSettings(next);
      run(false);
    });
  }, [run]);

  // Set when this view itself was opened in a tab (tests, or a user who opened the page directly):
  // that tab is never the article to follow.
  const ownTab = useRef<Promise<number | undefined> | null>(null);
  ownTab.current ??= browser.tabs.getCurrent().then((tab) => tab?.id);
  useEffect(() => {
    browser.windows.getCurrent().then((win) => {
      windowId.current = win.id;
      if (mode === 'sidepanel') browser.runtime.connect({ name: `sidepanel:${win.id}` });
    });
  }, [mode]);

  useEffect(() => {
    if (settings) applyTheme(settings.theme);
    document.documentElement.lang = locale;
    document.title = t('app.name');
  }, [settings, locale, t]);

  useEffect(() => {
    if (mode !== 'sidepanel') {
      void (firstResult ? showWhenDone(firstResult) : run(false));
      return;
    }
    // The side panel shows a result a context menu left for it, else the active tab, and follows
    // the active tab from then on.
    takePendingResult().then((pending) =>
      pending ? show({ kind: 'result', result: pending }) : run(false),
    );
    const offTab = onMessage('activeTabChanged', async ({ data }) => {
      if (pinnedTab || data.tabId === (await ownTab.current) || keepsSelection(shown.current, data))
        return;
      run(false, data.tabId);
    });
    const offResult = onMessage('showResult', ({ data }) => {
      request.current++;
      show({ kind: 'result', result: data });
    });
    return () => {
      offTab();
      offResult();
    };
  }, [mode, run, show, showWhenDone, firstResult]);

  const onOpenSidePanel = () => {
    if (windowId.current === undefined) return;
    openSidePanel(windowId.current).then(() => window.close());
  };

  const onCopy = async (format: ExportFormat) => {
    if (state.kind !== 'result' || state.result.status !== 'ok') return;
    const { analysis } = state.result;
    const text =
      format === 'markdown' ? toMarkdown(analysis, locale) : toPlainText(analysis, locale);
    await copyText(text);
    setCopied(format);
  };

  const onShow = async (tabId: number, sentence: { text: string }) => {
    const found = await sendMessage('highlightSentence', { tabId, text: sentence.text }).catch(
      () => false,
    );
    setNotice(found ? null : t('provenance.missing'));
  };

  return (
    <AppShell
      t={t}
      onOpenOptions={() => browser.runtime.openOptionsPage()}
      onOpenSidePanel={mode === 'popup' ? onOpenSidePanel : undefined}
    >
      <TabResultView
        state={settings ? state : { kind: 'loading' }}
        t={t}
        locale={locale}
        showEntities={settings?.showEntities ?? true}
        compact={mode === 'sidepanel'}
        copied={copied}
        notice={notice}
        onRetry={() => run(false)}
        onForce={() => run(true)}
        onCopy={onCopy}
        onShow={onShow}
        length={
          settings
            ? {
                mode: settings.summaryLength,
                sentences: settings.summarySentences,
                share: settings.summaryShare,
              }
            : undefined
        }
        // Saved like any setting: every open view re-analyses through watchSettings.
        onLength={(summaryLength) => settings && void saveSettings({ ...settings, summaryLength })}
      />
    </AppShell>
  );
}
