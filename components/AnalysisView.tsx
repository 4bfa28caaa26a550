import type { Locale, Translate } from '../lib/i18n';
import type { Analysis, SentenceRef } from '../lib/types';
import { ArticleHeader } from './ArticleHeader';
import { EntityPanel } from './EntityPanel';
import { ExportBar, type ExportFormat } from './ExportBar';
import { PerspectivePanel } from './PerspectivePanel';
import { SummarySection } from './SummarySection';
import type { LengthChoice } from './LengthToggle';
import type { SummaryLength } from '../lib/settings/schema';

interface Props {
  analysis: Analysis;
  t: Translate;
  locale: Locale;
  showEntities: boolean;
  /** True when this is the analysis of a text selection rather than the whole page. */
  fromSelection?: boolean;
  /** True when the analysis came from the cache (the page had not changed). */
  cached?: boolean;
  /** True when the page was too large for the full article detection (TabResult.largePage). */
  largePage?: boolean;
  copied: ExportFormat | null;
  onCopy(format: ExportFormat): void;
  /** Shows a sentence in the page; absent when the sentence cannot be shown (a selection). */
  onShow?: (s: SentenceRef) => void;
  /** A message about the last provenance click, e.g. that the page no longer has the sentence. */
  notice?: string | null;
  /** The stored summary length, offered as a toggle above the summary. */
  length?: LengthChoice;
  onLength?: (mode: SummaryLength) => void;
}

/** The whole result for one article: header, summary, perspective panels, people and organizations. */
export function AnalysisView(props: Props) {
  const {
    analysis,
    t,
    locale,
    showEntities,
    fromSelection,
    cached,
    largePage,
    copied,
    onCopy,
    onShow,
    notice,
    length,
    onLength,
  } = props;
  return (
    <article class="analysis" data-cached={cached ? 'true' : 'false'}>
      {fromSelection && <p class="notice">{t('selection.notice')}</p>}
      <ArticleHeader analysis={analysis} t={t} locale={locale} />
      <ExportBar t={t} copied={copied} onCopy={onCopy} />
      {largePage && (
        <p class="notice" data-notice="large-page">
          {t('state.largePage')}
        </p>
      )}
      {(analysis.truncated || analysis.skipped.length > 0) && (
        <p class="notice">{t(analysis.truncated ? 'state.truncated' : 'state.partial')}</p>
      )}
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <SummarySection
        analysis={analysis}
        t={t}
        onShow={onShow}
        length={length}
        onLength={onLength}
      />
      <section class="perspectives" aria-labelledby="perspectives-title">
        <h2 id="perspectives-title" class="section-title">
          {t('perspectives.title')}
        </h2>
        {analysis.perspectives.map((p, i) => (
          <PerspectivePanel
            key={p.id}
            perspective={p}
            lang={analysis.lang}
            t={t}
            open={i < 3 && !p.empty}
            onShow={onShow}
          />
        ))}
        {showEntities && (
          <>
            <EntityPanel kind="people" entities={analysis.people} all={analysis.peopleAll} t={t} />
            <EntityPanel
              kind="organizations"
              entities={analysis.organizations}
              all={analysis.organizationsAll}
              t={t}
            />
          </>
        )}
      </section>
      <p class="footnote">{t('meta.analysedIn', { ms: Math.round(analysis.elapsedMs) })}</p>
    </article>
  );
}
