import { useEffect, useMemo, useState } from 'preact/hooks';
import { OptionsForm } from '../components/OptionsForm';
import { resolveLocale, translator } from '../lib/i18n';
import { BUILTIN_LENS_LABELS } from '../lib/perspectives/lenses/labels';
import type { BuiltinPerspectiveId } from '../lib/types';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings/schema';
import { validateSettings, type SettingsError } from '../lib/settings/validate';
import { loadSettings, saveSettings } from './settings-storage';
import { applyTheme } from './theme';

/** Loads, validates and saves the settings for the options page's form. */
export function OptionsPage() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [errors, setErrors] = useState<SettingsError[]>([]);
  const [status, setStatus] = useState('');
  const locale = resolveLocale(settings?.uiLanguage ?? 'auto', navigator.language);
  const t = useMemo(() => translator(locale), [locale]);

  useEffect(() => {
    loadSettings().then(setSettings);
  }, []);
  useEffect(() => {
    if (settings) applyTheme(settings.theme);
    document.documentElement.lang = locale;
    document.title = t('options.title');
  }, [settings, locale, t]);

  const save = async (next: Settings) => {
    const result = validateSettings(next);
    setErrors(result.errors);
    if (result.errors.length) return; // keep the user's stored values; the message says what is wrong
    setSettings(result.settings);
    await saveSettings(result.settings);
    setStatus(t('options.saved'));
  };

  if (!settings) return null;
  return (
    <>
      <h1>
        <img src="/icon/48.png" alt="" width={32} height={32} />
        {t('options.title')}
      </h1>
      <OptionsForm
        settings={settings}
        errors={errors}
        t={t}
        perspectiveLabels={
          Object.fromEntries(Object.entries(BUILTIN_LENS_LABELS).map(([id, labels]) => [id, labels[locale]])) as Record<BuiltinPerspectiveId, string>
        }
        status={status}
        onChange={save}
        onReset={() => save({ ...DEFAULT_SETTINGS, perspectives: [...DEFAULT_SETTINGS.perspectives] })}
      />
    </>
  );
}
