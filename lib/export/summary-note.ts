import type { Translate } from '../i18n';
import type { Analysis } from '../types';

/** The line an export puts under the summary heading when the article was condensed, else null. */
export function condensedNote(a: Analysis, t: Translate): string | null {
  return a.summaryShare === undefined
    ? null
    : t('summary.condensed', { percent: Math.round(a.summaryShare * 100) });
}
