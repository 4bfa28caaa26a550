import type { Translate } from '../lib/i18n';
import type { SummaryLength } from '../lib/settings/schema';

/** The summary length the settings hold, as the popup and side panel offer it. */
export interface LengthChoice {
  mode: SummaryLength;
  sentences: number;
  /** Percent. */
  share: number;
}

/**
 * Two buttons above the summary: the article's news in N sentences, or the article condensed to
 * N % (lib/summarize). It only reports the choice; saving it is the app's job.
 */
export function LengthToggle({
  choice,
  t,
  onChange,
}: {
  choice: LengthChoice;
  t: Translate;
  onChange(mode: SummaryLength): void;
}) {
  const options: { mode: SummaryLength; label: string }[] = [
    { mode: 'sentences', label: t('summary.mode.sentences', { count: choice.sentences }) },
    { mode: 'share', label: t('summary.mode.share', { percent: choice.share }) },
  ];
  return (
    <div class="length-toggle" role="group" aria-label={t('summary.mode.label')}>
      {options.map((o) => (
        <button
          key={o.mode}
          type="button"
          class="toggle-button"
          data-length={o.mode}
          aria-pressed={choice.mode === o.mode}
          onClick={() => choice.mode !== o.mode && onChange(o.mode)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
