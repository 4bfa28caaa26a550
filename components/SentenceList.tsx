import type { SentenceRef } from '../lib/types';

/** Quoted article sentences; rendered as text, never as HTML. */
export function SentenceList({ items, lang }: { items: SentenceRef[]; lang: string }) {
  return (
    <ul class="sentences" lang={lang}>
      {items.map((s) => (
        <li key={s.index} class="sentence" data-index={s.index}>
          {s.text}
        </li>
      ))}
    </ul>
  );
}
