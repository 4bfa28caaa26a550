import { translator, type Locale } from '../i18n';
import type { Analysis } from '../types';
import { condensedNote } from './summary-note';

/** The analysis as plain text for the clipboard: title, URL, summary and non-empty panels. */
export function toPlainText(a: Analysis, locale: Locale): string {
  const t = translator(locale);
  const out: string[] = [a.title];
  if (a.url) out.push(a.url);
  out.push('', t('summary.title').toUpperCase());
  const note = condensedNote(a, t);
  if (note) out.push(note);
  for (const s of a.summary) out.push(`• ${s.text}`);
  for (const p of a.perspectives) {
    out.push('', p.label.toUpperCase());
    if (p.empty) out.push(t('perspective.empty'));
    for (const s of p.answer) out.push(`• ${s.text}`);
  }
  if (a.people.length)
    out.push('', `${t('entities.people')}: ${a.people.map((e) => e.name).join(', ')}`);
  if (a.organizations.length) {
    out.push(`${t('entities.organizations')}: ${a.organizations.map((e) => e.name).join(', ')}`);
  }
  return out.join('\n') + '\n';
}
