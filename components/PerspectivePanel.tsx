import type { Translate } from '../lib/i18n';
import type { Perspective, SentenceRef } from '../lib/types';
import { SentenceList } from './SentenceList';

/** One lens as a disclosure widget: its answer sentences and key facts, or one plain sentence when empty. */
export function PerspectivePanel({
  perspective,
  lang,
  t,
  open,
  onShow,
}: {
  perspective: Perspective;
  lang: string;
  t: Translate;
  open: boolean;
  onShow?: (s: SentenceRef) => void;
}) {
  const facts = [...new Set(perspective.facts.map((f) => f.text))];
  return (
    <details class={`panel${perspective.empty ? ' panel-empty' : ''}`} data-perspective={perspective.id} open={open}>
      <summary class="panel-title">{perspective.label}</summary>
      <div class="panel-body">
        {perspective.empty ? (
          <p class="panel-empty-text">{t('perspective.empty')}</p>
        ) : (
          <>
            {facts.length > 0 && (
              <p class="facts" aria-label={t('perspective.facts')}>
                {facts.map((f) => (
                  <span key={f} class="fact" lang={lang}>
                    {f}
                  </span>
                ))}
              </p>
            )}
            <SentenceList items={perspective.answer} lang={lang} onShow={onShow} />
          </>
        )}
      </div>
    </details>
  );
}
