import { PanelRight, Settings } from 'lucide-preact';
import type { ComponentChildren } from 'preact';
import type { Translate } from '../lib/i18n';

interface Props {
  t: Translate;
  onOpenOptions(): void;
  /** Present in the popup only: the side panel has no use for it. */
  onOpenSidePanel?: () => void;
  children: ComponentChildren;
}

/** The frame around popup and side panel: brand, actions, and the main landmark. */
export function AppShell({ t, onOpenOptions, onOpenSidePanel, children }: Props) {
  return (
    <div class="shell">
      <header class="topbar">
        <span class="brand">
          <img src="/icon/32.png" alt="" width={20} height={20} />
          {t('app.name')}
        </span>
        <nav class="topbar-actions" aria-label={t('app.name')}>
          {onOpenSidePanel && (
            <button
              type="button"
              class="icon-button"
              onClick={onOpenSidePanel}
              title={t('actions.openSidePanel')}
              aria-label={t('actions.openSidePanel')}
            >
              <PanelRight size={18} aria-hidden="true" />
            </button>
          )}
          <button
            type="button"
            class="icon-button"
            onClick={onOpenOptions}
            title={t('actions.options')}
            aria-label={t('actions.options')}
          >
            <Settings size={18} aria-hidden="true" />
          </button>
        </nav>
      </header>
      <main class="content">{children}</main>
    </div>
  );
}
