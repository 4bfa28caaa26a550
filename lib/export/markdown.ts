import type { Analysis } from '../types';

export interface MarkdownLabels {
  summary: string;
  people: string;
  organizations: string;
  empty: string;
  facts: string;
}

export const MARKDOWN_LABELS_EN: MarkdownLabels = {
  summary: 'Summary',
  people: 'People',
  organizations: 'Organizations',
  empty: 'The article says nothing about this.',
  facts: 'Key facts',
};

/** Escapes the characters that would turn article text into Markdown markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** The analysis as Markdown: title, source line, summary, one section per perspective, entities. */
export function toMarkdown(a: Analysis, labels: MarkdownLabels = MARKDOWN_LABELS_EN): string {
  const out: string[] = [`# ${escapeMarkdown(a.title || a.url || 'Article')}`, ''];
  const source = [a.siteName, a.byline, a.publishedTime?.slice(0, 10), a.url].filter(Boolean).map(String);
  if (source.length) out.push(source.map(escapeMarkdown).join(' · '), '');
  out.push(`## ${labels.summary}`, '');
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
    out.push(list.length ? list.map((e) => `${escapeMarkdown(e.name)} (${e.mentions})`).join(', ') : `_—_`);
  }
  return out.join('\n') + '\n';
}
