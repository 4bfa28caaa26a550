import type { ComponentChildren } from 'preact';

interface Props {
  title: string;
  body?: string;
  tone?: 'info' | 'error';
  children?: ComponentChildren;
}

/** A friendly full-width message for loading, not-an-article, unsupported and error states. */
export function StateMessage({ title, body, tone = 'info', children }: Props) {
  return (
    <section class={`state state-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <h2 class="state-title">{title}</h2>
      {body && <p class="state-body">{body}</p>}
      {children}
    </section>
  );
}
