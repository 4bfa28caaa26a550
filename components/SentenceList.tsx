import type { SentenceRef } from '../lib/types';

interface Props {
  items: SentenceRef[];
  lang: string;
  /** Called when the reader asks to see a sentence in the page; absent where that cannot work. */
  onShow?: (sentence: SentenceRef) => void;
}

/** Quoted article sentences, each a button that shows it in the page; rendered as text, never as HTML. */
export function SentenceList({ items, lang, onShow }: Props) {
  return (
    <ul class="sentences" lang={lang}>
      {items.map((s) => (
        <li key={s.index} class="sentence" data-index={s.index}>
          {onShow ? (
            <button type="button" class="sentence-button" onClick={() => onShow(s)}>
              {s.text}
            </button>
          ) : (
            s.text
          )}
        </li>
      ))}
    </ul>
  );
}
