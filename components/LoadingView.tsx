import type { Translate } from '../lib/i18n';

/** Placeholder blocks with the shape of the result, so nothing jumps when it arrives. */
export function LoadingView({ t }: { t: Translate }) {
  return (
    <section class="loading" role="status" aria-live="polite" aria-busy="true">
      <p class="visually-hidden">{t('state.loading')}</p>
      <div class="skeleton skeleton-title" />
      <div class="skeleton skeleton-meta" />
      {[0, 1, 2, 3].map((i) => (
        <div key={i} class="skeleton skeleton-line" />
      ))}
      <p class="loading-label" aria-hidden="true">
        {t('state.loading')}
      </p>
    </section>
  );
}
