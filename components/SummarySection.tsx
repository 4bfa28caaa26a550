import type { Translate } from '../lib/i18n';
import type { Analysis, SentenceRef } from '../lib/types';
import { SentenceList } from './SentenceList';

export function SummarySection({
  analysis,
  t,
  onShow,
}: {
  analysis: Analysis;
  t: Translate;
  onShow?: (s: SentenceRef) => void;
}) {
  return (
    <section class="summary" aria-labelledby="summary-title">
      <h2 id="summary-title" class="section-title">
        {t('summary.title')}
      </h2>
      <p class="section-hint">
        {analysis.summaryShare === undefined
          ? t('summary.hint')
          : t('summary.hint.condensed', { percent: Math.round(analysis.summaryShare * 100) })}{' '}
        {onShow && t('provenance.hint')}
      </p>
      <SentenceList items={analysis.summary} lang={analysis.lang} onShow={onShow} />
    </section>
  );
}
