import { useState } from 'preact/hooks';
import type { Translate } from '../lib/i18n';
import {
  ALL_PERSPECTIVES,
  SUMMARY_SENTENCES_MAX,
  SUMMARY_SENTENCES_MIN,
  SUMMARY_SHARE_MAX,
  SUMMARY_SHARE_MIN,
  type Settings,
} from '../lib/settings/schema';
import { parseCues, slugify, type SettingsError } from '../lib/settings/validate';
import type { BuiltinPerspectiveId } from '../lib/types';

interface Props {
  settings: Settings;
  errors: SettingsError[];
  t: Translate;
  perspectiveLabels: Record<BuiltinPerspectiveId, string>;
  status: string;
  onChange(next: Settings): void;
  onReset(): void;
}

/** The two ways to give the summary length (lib/settings/schema.ts, `SummaryLength`). */
const LENGTHS = [
  {
    unit: 'sentences',
    id: 'summary-sentences',
    field: 'summarySentences',
    min: SUMMARY_SENTENCES_MIN,
    max: SUMMARY_SENTENCES_MAX,
    step: 1,
  },
  {
    unit: 'share',
    id: 'summary-share',
    field: 'summaryShare',
    min: SUMMARY_SHARE_MIN,
    max: SUMMARY_SHARE_MAX,
    step: 5,
  },
] as const;

type LengthProps = (typeof LENGTHS)[number] & {
  active: boolean;
  value: number;
  t: Translate;
  onSelect(): void;
  onValue(n: number): void;
};

/** One way to give the length: a radio button, its number (usable when chosen) and its help line. */
function LengthChoice({
  unit,
  id,
  min,
  max,
  step,
  active,
  value,
  t,
  onSelect,
  onValue,
}: LengthProps) {
  const label = t(`options.summaryLength.${unit}`);
  const helpId = `len-${unit}-help`;
  return (
    <>
      <div class="length-choice">
        <label class="check">
          <input
            type="radio"
            name="summary-length"
            value={unit}
            checked={active}
            aria-describedby={helpId}
            onChange={onSelect}
          />
          {label}
        </label>
        <input
          id={id}
          type="number"
          min={min}
          max={max}
          step={step}
          value={value}
          disabled={!active}
          aria-label={label}
          aria-describedby={helpId}
          onChange={(e) => onValue(Number((e.target as HTMLInputElement).value))}
        />
      </div>
      <p class="field-help" id={helpId}>
        {t(`options.summaryLength.${unit}.help`, { min, max })}
      </p>
    </>
  );
}

/** The settings form. It only renders and reports changes; saving is the page's job. */
export function OptionsForm({
  settings,
  errors,
  t,
  perspectiveLabels,
  status,
  onChange,
  onReset,
}: Props) {
  const [draftName, setDraftName] = useState('');
  const [draftCues, setDraftCues] = useState('');
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    onChange({ ...settings, [key]: value });

  const togglePerspective = (id: BuiltinPerspectiveId, on: boolean) =>
    set(
      'perspectives',
      ALL_PERSPECTIVES.filter((p) => (p === id ? on : settings.perspectives.includes(p))),
    );

  const addLens = (e: Event) => {
    e.preventDefault();
    const name = draftName.trim();
    const cues = parseCues(draftCues);
    if (!name || cues.length === 0) return;
    set('customLenses', [...settings.customLenses, { id: slugify(name), name, cues }]);
    setDraftName('');
    setDraftCues('');
  };

  return (
    <form class="options-form" onSubmit={(e) => e.preventDefault()}>
      {errors.length > 0 && (
        <ul class="errors" role="alert">
          {[...new Set(errors.map((e) => e.key))].map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      )}
      <fieldset class="field">
        <legend>{t('options.summarySentences')}</legend>
        {LENGTHS.map((length) => (
          <LengthChoice
            key={length.unit}
            {...length}
            active={settings.summaryLength === length.unit}
            value={settings[length.field]}
            t={t}
            onSelect={() => set('summaryLength', length.unit)}
            onValue={(n) => set(length.field, n)}
          />
        ))}
      </fieldset>

      <fieldset class="field">
        <legend>{t('options.perspectives')}</legend>
        {ALL_PERSPECTIVES.map((id) => (
          <label key={id} class="check">
            <input
              type="checkbox"
              name="perspective"
              value={id}
              checked={settings.perspectives.includes(id)}
              onChange={(e) => togglePerspective(id, (e.target as HTMLInputElement).checked)}
            />
            {perspectiveLabels[id]}
          </label>
        ))}
        <label class="check">
          <input
            type="checkbox"
            name="showEntities"
            checked={settings.showEntities}
            onChange={(e) => set('showEntities', (e.target as HTMLInputElement).checked)}
          />
          {t('options.showEntities')}
        </label>
      </fieldset>

      <fieldset class="field">
        <legend>{t('options.customLenses')}</legend>
        <p class="field-help">{t('options.customLenses.help')}</p>
        {settings.customLenses.length === 0 && (
          <p class="field-help">{t('options.customLenses.none')}</p>
        )}
        {settings.customLenses.map((lens) => (
          <div key={lens.id} class="lens" data-lens={lens.id}>
            <div class="lens-row">
              <strong>{lens.name}</strong>
              <button
                type="button"
                class="button button-secondary"
                onClick={() =>
                  set(
                    'customLenses',
                    settings.customLenses.filter((l) => l.id !== lens.id),
                  )
                }
              >
                {t('options.customLenses.remove', { name: lens.name })}
              </button>
            </div>
            <span class="field-help">{lens.cues.join(', ')}</span>
          </div>
        ))}
        <div class="lens">
          <label class="lens-row">
            <span class="field-label">{t('options.customLenses.name')}</span>
            <input
              type="text"
              name="lens-name"
              maxLength={60}
              value={draftName}
              onInput={(e) => setDraftName((e.target as HTMLInputElement).value)}
            />
          </label>
          <label>
            <span class="field-label">{t('options.customLenses.cues')}</span>
            <textarea
              name="lens-cues"
              value={draftCues}
              onInput={(e) => setDraftCues((e.target as HTMLTextAreaElement).value)}
            />
          </label>
          <div class="actions-row">
            <button
              type="button"
              class="button"
              onClick={addLens}
              disabled={!draftName.trim() || !parseCues(draftCues).length}
            >
              {t('options.customLenses.add')}
            </button>
          </div>
        </div>
      </fieldset>

      <fieldset class="field">
        <legend>{t('options.uiLanguage')}</legend>
        <select
          name="uiLanguage"
          aria-label={t('options.uiLanguage')}
          value={settings.uiLanguage}
          onChange={(e) =>
            set('uiLanguage', (e.target as HTMLSelectElement).value as Settings['uiLanguage'])
          }
        >
          <option value="auto">{t('options.uiLanguage.auto')}</option>
          <option value="de">Deutsch</option>
          <option value="en">English</option>
        </select>
      </fieldset>

      <fieldset class="field">
        <legend>{t('options.theme')}</legend>
        {(['auto', 'light', 'dark'] as const).map((theme) => (
          <label key={theme} class="check">
            <input
              type="radio"
              name="theme"
              value={theme}
              checked={settings.theme === theme}
              onChange={() => set('theme', theme)}
            />
            {t(`options.theme.${theme}`)}
          </label>
        ))}
      </fieldset>

      <div class="actions-row">
        <button type="button" class="button button-secondary" onClick={onReset}>
          {t('options.reset')}
        </button>
        <span class="status-line" role="status" aria-live="polite">
          {status}
        </span>
      </div>
    </form>
  );
}
