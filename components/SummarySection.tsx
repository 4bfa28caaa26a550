import type { Translate } from '../lib/i18n';
import type { Analysis, SentenceRef } from '../lib/types';
import { SentenceList } from './SentenceList';
import { LengthToggle, type LengthChoice } from './LengthToggle';
import type { SummaryLength } from '../lib/settings/schema';

export function SummarySection({
  analysis,
  t,
  onShow,
  length,
  onLength,
}: {
  analysis: Analysis;
  t: Translate;
  onShow?: (s: SentenceRef) => void;
  /** The stored length and a way to change it; absent where no choice is offered. */
  length?: LengthChoice;
  onLength?: (mode: SummaryLength) => void;
}) {
  return (
    <section class="summary" aria-labelledby="summary-title">
      <div class="section-head">
        <h2 id="summary-title" class="section-title">
          {t('summary.title')}
        </h2>
        {length && onLength && <LengthToggle choice={length} t={t} onChange={onLength} />}
      </div>
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
