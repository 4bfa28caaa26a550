import { storage } from '#imports';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings/schema';
import { validateSettings } from '../lib/settings/validate';

/**
 * The one stored settings item. Values are validated on every read, so a corrupt or
 * hand-edited store falls back field by field to the defaults instead of breaking a surface.
 */
const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS as Settings,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return validateSettings(await settingsItem.getValue()).settings;
}

export async function saveSettings(value: Settings): Promise<void> {
  await settingsItem.setValue(validateSettings(value).settings);
}

export function watchSettings(callback: (value: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(validateSettings(value).settings));
}
