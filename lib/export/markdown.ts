import { translator, type Locale } from '../i18n';
import type { Analysis } from '../types';
import { condensedNote } from './summary-note';

/** Escapes the characters that would turn article text into Markdown markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/**
 * The analysis as Markdown: title, source line, summary, one section per perspective, entities.
 * Headings are in the interface language `locale`; quoted sentences stay in the article's.
 */
export function toMarkdown(a: Analysis, locale: Locale): string {
  const t = translator(locale);
  const labels = {
    summary: t('summary.title'),
    people: t('entities.people'),
    organizations: t('entities.organizations'),
    empty: t('perspective.empty'),
    facts: t('perspective.facts'),
  };
  const out: string[] = [`# ${escapeMarkdown(a.title || a.url || 'Article')}`, ''];
  const source = [a.siteName, a.byline, a.publishedTime?.slice(0, 10), a.url]
    .filter(Boolean)
    .map(String);
  if (source.length) out.push(source.map(escapeMarkdown).join(' · '), '');
  out.push(`## ${labels.summary}`, '');
  const note = condensedNote(a, t);
  if (note) out.push(`_${escapeMarkdown(note)}_`, '');
  for (const s of a.summary) out.push(`- ${escapeMarkdown(s.text)}`);
  for (const p of a.perspectives) {
    out.push('', `## ${escapeMarkdown(p.label)}`, '');
    if (p.empty) {
      out.push(`_${labels.empty}_`);
      continue;
    }
    const facts = [...new Set(p.facts.map((f) => f.text))];
    if (facts.length) out.push(`**${labels.facts}:** ${facts.map(escapeMarkdown).join(' · ')}`, '');
    for (const s of p.answer) out.push(`- ${escapeMarkdown(s.text)}`);
  }
  for (const [heading, list] of [
    [labels.people, a.people],
    [labels.organizations, a.organizations],
  ] as const) {
    out.push('', `## ${heading}`, '');
    out.push(
      list.length ? list.map((e) => `${escapeMarkdown(e.name)} (${e.mentions})`).join(', ') : `_—_`,
    );
  }
  return out.join('\n') + '\n';
}
