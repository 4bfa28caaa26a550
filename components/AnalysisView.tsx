import type { Locale, Translate } from '../lib/i18n';
import type { Analysis } from '../lib/types';
import { ArticleHeader } from './ArticleHeader';
import { EntityPanel } from './EntityPanel';
import { PerspectivePanel } from './PerspectivePanel';
import { SummarySection } from './SummarySection';

interface Props {
  analysis: Analysis;
  t: Translate;
  locale: Locale;
  showEntities: boolean;
}

/** The whole result for one article: header, summary, perspective panels, people and organizations. */
export function AnalysisView({ analysis, t, locale, showEntities }: Props) {
  return (
    <article class="analysis">
      <ArticleHeader analysis={analysis} t={t} locale={locale} />
      <SummarySection analysis={analysis} t={t} />
      <section class="perspectives" aria-labelledby="perspectives-title">
        <h2 id="perspectives-title" class="section-title">
          {t('perspectives.title')}
        </h2>
        {analysis.perspectives.map((p, i) => (
          <PerspectivePanel key={p.id} perspective={p} lang={analysis.lang} t={t} open={i < 3 && !p.empty} />
        ))}
        {showEntities && (
          <>
            <EntityPanel kind="people" entities={analysis.people} t={t} />
            <EntityPanel kind="organizations" entities={analysis.organizations} t={t} />
          </>
        )}
      </section>
      <p class="footnote">{t('meta.analysedIn', { ms: Math.round(analysis.elapsedMs) })}</p>
    </article>
  );
}
