import { Check, Copy, FileText } from 'lucide-preact';
import type { Translate } from '../lib/i18n';

export type ExportFormat = 'markdown' | 'text';

interface Props {
  t: Translate;
  /** The format just copied, to confirm it; null when nothing was copied yet. */
  copied: ExportFormat | null;
  onCopy(format: ExportFormat): void;
}

/** Copy the summary and panels as Markdown or plain text. */
export function ExportBar({ t, copied, onCopy }: Props) {
  return (
    <div class="export-bar" role="group" aria-label={t('export.label')}>
      <button type="button" class="chip-button" data-format="markdown" onClick={() => onCopy('markdown')}>
        {copied === 'markdown' ? <Check size={14} aria-hidden="true" /> : <Copy size={14} aria-hidden="true" />}
        {t('export.markdown')}
      </button>
      <button type="button" class="chip-button" data-format="text" onClick={() => onCopy('text')}>
        {copied === 'text' ? <Check size={14} aria-hidden="true" /> : <FileText size={14} aria-hidden="true" />}
        {t('export.text')}
      </button>
      <span class="visually-hidden" role="status" aria-live="polite">
        {copied ? t('export.copied') : ''}
      </span>
    </div>
  );
}
