import { useState } from 'preact/hooks';
import type { Translate } from '../lib/i18n';
import type { Entity } from '../lib/types';

/**
 * People or organizations, most salient first, with how often the article names them. `entities`
 * are the few the analysis shows (at most 8); `all` is every one it found, behind "show all".
 */
export function EntityPanel({
  kind,
  entities,
  all,
  t,
}: {
  kind: 'people' | 'organizations';
  entities: Entity[];
  all?: Entity[];
  t: Translate;
}) {
  const [expanded, setExpanded] = useState(false);
  const more = all && all.length > entities.length ? all : null;
  const list = expanded && more ? more : entities;
  return (
    <details class={`panel${entities.length ? '' : ' panel-empty'}`} data-perspective={kind} open>
      <summary class="panel-title">
        {t(kind === 'people' ? 'entities.people' : 'entities.organizations')}
      </summary>
      <div class="panel-body">
        {entities.length === 0 ? (
          <p class="panel-empty-text">{t('entities.none')}</p>
        ) : (
          <ul class="entities">
            {list.map((e) => (
              <li key={e.name} class="entity">
                <span class="entity-name">{e.name}</span>
                <span class="entity-count">{t('entities.mentions', { count: e.mentions })}</span>
              </li>
            ))}
          </ul>
        )}
        {more && (
          <button
            type="button"
            class="chip-button entities-more"
            aria-expanded={expanded}
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? t('entities.showFewer') : t('entities.showAll', { count: more.length })}
          </button>
        )}
      </div>
    </details>
  );
}
