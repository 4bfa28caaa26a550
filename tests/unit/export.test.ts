import { describe, expect, it } from 'vitest';
import { escapeMarkdown, toMarkdown } from '../../lib/export/markdown';
import { toPlainText } from '../../lib/export/plain-text';
import type { Analysis } from '../../lib/types';

const analysis: Analysis = {
  title: 'Budget *approved*',
  lang: 'en',
  byline: 'Jane Doe',
  siteName: 'Post',
  publishedTime: '2025-01-02T10:00:00Z',
  url: 'https://example.org/a',
  text: 'A. B.',
  sentences: [
    { text: 'A.', start: 0, end: 2 },
    { text: 'B.', start: 3, end: 5 },
  ],
  summary: [{ text: 'A.', index: 0 }],
  perspectives: [
    {
      id: 'investor',
      label: 'For investors',
      answer: [{ text: 'B.', index: 1 }],
      facts: [{ kind: 'money', text: '$5bn', index: 1 }],
      empty: false,
    },
    { id: 'politician', label: 'For politicians', answer: [], facts: [], empty: true },
  ],
  people: [{ name: 'Jane Roe', mentions: 2 }],
  organizations: [],
  wordCount: 2,
  readingMinutes: 1,
  elapsedMs: 1,
  truncated: false,
  skipped: [],
};

describe('export', () => {
  it('writes Markdown with title, source, summary, panels and entities in the interface language', () => {
    const md = toMarkdown(analysis, 'de');
    expect(md).toMatch(/^# Budget \\\*approved\\\*\n/);
    expect(md).toContain('Post · Jane Doe · 2025-01-02 · https://example.org/a');
    expect(md).toContain('## Zusammenfassung\n\n- A.');
    expect(md).toContain('## For investors\n\n**Kennzahlen:** $5bn\n\n- B.');
    expect(md).toContain('## For politicians\n\n_Dazu sagt der Artikel nichts._');
    expect(md).toContain('## Personen\n\nJane Roe (2)');
  });
  it('escapes Markdown in article text', () => {
    expect(escapeMarkdown('a*b_c [d](e) <script>')).toBe('a\\*b\\_c \\[d\\](e) \\<script\\>');
  });
  it('writes plain text with title and URL first', () => {
    const text = toPlainText(analysis, 'en');
    expect(text.split('\n').slice(0, 2)).toEqual(['Budget *approved*', 'https://example.org/a']);
    expect(text).toContain('SUMMARY\n• A.');
    expect(text).toContain('FOR POLITICIANS\nThe article says nothing about this.');
  });
  it('says when the summary is the article condensed to a share', () => {
    const condensed = { ...analysis, summaryShare: 0.4 };
    expect(toMarkdown(condensed, 'en')).toContain(
      '## Summary\n\n_Condensed to about 40 % of the article’s sentences._\n\n- A.',
    );
    expect(toPlainText(condensed, 'de')).toContain(
      'ZUSAMMENFASSUNG\nVerdichtet auf etwa 40 % der Sätze des Artikels.\n• A.',
    );
    expect(toMarkdown(analysis, 'en')).not.toContain('Condensed');
  });
});
