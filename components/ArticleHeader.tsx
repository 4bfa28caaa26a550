import { languageName, type Locale, type Translate } from '../lib/i18n';
import type { Analysis } from '../lib/types';

function formatDate(iso: string | null, locale: Locale): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}

/** Title and the facts about the article: site, byline, date, language, reading time. */
export function ArticleHeader({ analysis, t, locale }: { analysis: Analysis; t: Translate; locale: Locale }) {
  const date = formatDate(analysis.publishedTime, locale);
  const meta = [
    analysis.siteName,
    analysis.byline ? t('meta.by', { byline: analysis.byline }) : null,
    date,
  ].filter((x): x is string => Boolean(x));
  return (
    <header class="article-header">
      <h1 class="article-title">{analysis.title}</h1>
      {meta.length > 0 && <p class="article-meta">{meta.join(' · ')}</p>}
      <p class="article-stats">
        <span>{t('meta.readingTime', { minutes: analysis.readingMinutes })}</span>
        <span>{t('meta.language', { lang: languageName(analysis.lang, locale) })}</span>
        <span>{t('meta.words', { count: analysis.wordCount.toLocaleString(locale) })}</span>
      </p>
    </header>
  );
}
