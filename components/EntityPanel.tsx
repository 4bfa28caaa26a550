import type { Translate } from '../lib/i18n';
import type { Entity } from '../lib/types';

/** People or organizations, most salient first, with how often the article names them. */
export function EntityPanel({
  kind,
  entities,
  t,
}: {
  kind: 'people' | 'organizations';
  entities: Entity[];
  t: Translate;
}) {
  return (
    <details class={`panel${entities.length ? '' : ' panel-empty'}`} data-perspective={kind} open>
      <summary class="panel-title">{t(kind === 'people' ? 'entities.people' : 'entities.organizations')}</summary>
      <div class="panel-body">
        {entities.length === 0 ? (
          <p class="panel-empty-text">{t('entities.none')}</p>
        ) : (
          <ul class="entities">
            {entities.map((e) => (
              <li key={e.name} class="entity">
                <span class="entity-name">{e.name}</span>
                <span class="entity-count">{t('entities.mentions', { count: e.mentions })}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}
