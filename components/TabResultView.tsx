import type { Locale, Translate } from '../lib/i18n';
import type { TabResult } from '../lib/protocol';
import type { SentenceRef } from '../lib/types';
import { AnalysisView } from './AnalysisView';
import type { ExportFormat } from './ExportBar';
import { LoadingView } from './LoadingView';
import { StateMessage } from './StateMessage';
import type { LengthChoice } from './LengthToggle';
import type { SummaryLength } from '../lib/settings/schema';

export type ViewState =
  { kind: 'loading' } | { kind: 'result'; result: TabResult } | { kind: 'error'; message: string };

interface Props {
  state: ViewState;
  t: Translate;
  locale: Locale;
  showEntities: boolean;
  /** Compact messages (the side panel), for a view that stays open beside every page. */
  compact?: boolean;
  copied: ExportFormat | null;
  notice: string | null;
  onRetry(): void;
  onForce(): void;
  onCopy(format: ExportFormat): void;
  onShow(tabId: number, s: SentenceRef): void;
  length?: LengthChoice;
  onLength?: (mode: SummaryLength) => void;
}

const UNSUPPORTED_KEY = {
  internal: 'state.unsupported.internal',
  file: 'state.unsupported.file',
  pdf: 'state.unsupported.pdf',
  noTab: 'state.unsupported.noTab',
} as const;

/** Chooses what to show for a tab: the analysis, or a real, translated state message. */
export function TabResultView(props: Props) {
  const { state, t, locale, showEntities, compact, onRetry, onForce } = props;
  if (state.kind === 'loading') return <LoadingView t={t} />;
  if (state.kind === 'error') {
    return (
      <StateMessage title={t('state.error.title')} body={state.message} tone="error">
        <button type="button" class="button" onClick={onRetry}>
          {t('state.error.retry')}
        </button>
      </StateMessage>
    );
  }
  const { result } = state;
  switch (result.status) {
    case 'ok': {
      const fromSelection = result.source === 'selection';
      return (
        <AnalysisView
          analysis={result.analysis}
          t={t}
          locale={locale}
          showEntities={showEntities}
          fromSelection={fromSelection}
          cached={result.cached}
          largePage={result.largePage}
          copied={props.copied}
          notice={props.notice}
          onCopy={props.onCopy}
          onShow={fromSelection ? undefined : (s) => props.onShow(result.tabId, s)}
          length={props.length}
          onLength={props.onLength}
        />
      );
    }
    case 'not-article':
      return (
        <StateMessage
          title={t('state.notArticle.title')}
          body={compact ? undefined : t('state.notArticle.body')}
        >
          <button type="button" class="button" onClick={onForce}>
            {t('state.notArticle.anyway')}
          </button>
        </StateMessage>
      );
    case 'empty':
      return <StateMessage title={t('state.empty.title')} body={t('state.empty.body')} />;
    case 'unsupported':
      return (
        <StateMessage
          title={t('state.unsupported.title')}
          body={t(UNSUPPORTED_KEY[result.reason])}
        />
      );
  }
}
