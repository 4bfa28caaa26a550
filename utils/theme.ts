import type { Theme } from '../lib/settings/schema';

/** Applies the theme setting to the page; `auto` leaves it to `prefers-color-scheme` in CSS. */
export function applyTheme(theme: Theme): void {
  if (theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}
