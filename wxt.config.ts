import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // MV3 for both browsers (WXT builds Firefox as MV2 unless told otherwise).
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab + scripting: the extraction script is injected on demand into the tab the
    // user clicked on; Kontext asks for no host permission at all (issues 2 and 7).
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'contextMenus',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // Alt+Shift+K opens the popup, Alt+Shift+S the side panel (Firefox: its own sidebar command).
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_cmdAction__' },
      ...(browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_cmdSidePanel__' } }
        : { 'toggle-side-panel': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_cmdSidePanel__' } }),
    },
    action: { default_title: '__MSG_actionTitle__' },
    // The E2E build (`--mode e2e`) may also read the test pages served from 127.0.0.1, because
    // a test cannot click the toolbar button that grants activeTab. Release builds never have it.
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'kontext@kontext-extension.org',
              // 140 is the first release (and ESR) that knows data_collection_permissions.
              strict_min_version: '140.0',
              // Kontext collects and transmits nothing (Firefox's data-consent manifest key).
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // 123: CSS light-dark() for the themes; sidePanel.open needs 116.
        { minimum_chrome_version: '123' }),
  }),
});
