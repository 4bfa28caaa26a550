import { browser } from '#imports';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AppShell } from '../components/AppShell';
import { TabResultView, type ViewState } from '../components/TabResultView';
import { resolveLocale, translator } from '../lib/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings/schema';
import { onMessage, sendMessage } from './messaging';
import { loadSettings, watchSettings } from './settings-storage';
import { applyTheme } from './theme';

/**
 * Wires the popup and the side panel to the background: asks for the active tab's analysis,
 * follows the active tab in the side panel, and passes plain data to the components.
 */
/** `?tab=ID` pins the view to one tab (used when the popup page is opened in a tab of its own). */
const pinnedTab = Number(new URLSearchParams(location.search).get('tab')) || undefined;

export function KontextApp({ mode }: { mode: 'popup' | 'sidepanel' }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [state, setState] = useState<ViewState>({ kind: 'loading' });
  const request = useRef(0);
  const locale = resolveLocale(settings?.uiLanguage ?? 'auto', navigator.language);
  const t = useMemo(() => translator(locale), [locale]);

  const run = useCallback(async (force: boolean, tabId: number | undefined = pinnedTab) => {
    const id = ++request.current;
    setState({ kind: 'loading' });
    try {
      const result = await sendMessage('analyzeTab', { tabId, force });
      if (id === request.current) setState({ kind: 'result', result });
    } catch (err) {
      if (id === request.current) setState({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  }, []);

  useEffect(() => {
    loadSettings().then(setSettings, () => setSettings({ ...DEFAULT_SETTINGS }));
    return watchSettings((next) => {
      setSettings(next);
      run(false);
    });
  }, [run]);

  useEffect(() => {
    if (settings) applyTheme(settings.theme);
    document.documentElement.lang = locale;
    document.title = t('app.name');
  }, [settings, locale, t]);

  useEffect(() => {
    run(false);
    if (mode !== 'sidepanel') return;
    return onMessage('activeTabChanged', ({ data }) => {
      if (!pinnedTab) run(false, data.tabId);
    });
  }, [mode, run]);

  const openSidePanel = async () => {
    const win = await browser.windows.getCurrent();
    // Chrome's sidePanel.open must run in the user gesture; Firefox has sidebarAction.open.
    if (browser.sidePanel && win.id !== undefined) await browser.sidePanel.open({ windowId: win.id });
    else await (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction?.open();
    window.close();
  };

  return (
    <AppShell
      t={t}
      onOpenOptions={() => browser.runtime.openOptionsPage()}
      onOpenSidePanel={mode === 'popup' ? openSidePanel : undefined}
    >
      <TabResultView
        state={settings ? state : { kind: 'loading' }}
        t={t}
        locale={locale}
        showEntities={settings?.showEntities ?? true}
        onRetry={() => run(false)}
        onForce={() => run(true)}
      />
    </AppShell>
  );
}
