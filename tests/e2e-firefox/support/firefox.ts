import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { offlinePrefs } from './offline-prefs';
import { startRequestSink, type RequestSink } from './request-sink';

export const FIREFOX = process.env.KONTEXT_FIREFOX ?? '/usr/bin/firefox-esr';
/** The Firefox E2E build (`wxt build -b firefox --mode e2e`): host access to 127.0.0.1 and the
 *  `#kontext-e2e=popup` hook that opens the popup in a tab (utils/e2e-hooks.ts). */
export const FIREFOX_EXTENSION_DIR = path.resolve('.output/firefox-mv3-e2e');

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id Firefox reports after installing (browser_specific_settings.gecko.id). */
  addonId: string;
  /** Where Firefox tried to go beyond 127.0.0.1 (all refused). */
  sink: RequestSink;
  close(): Promise<void>;
}

/**
 * Headless Firefox ESR driven over WebDriver BiDi, with Kontext installed as a temporary add-on
 * (BiDi `webExtension.install`, what `about:debugging` does) and no way onto the network.
 */
export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  const sink = await startRequestSink();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1100, height: 800 },
    extraPrefsFirefox: {
      ...offlinePrefs(sink.port),
      // Firefox treats MV3 host_permissions as optional, user-revocable grants. This pref is
      // Firefox's own switch for granting them at install (its default on desktop since 127;
      // hardened profiles turn it off), so the test build's 127.0.0.1 access is granted as a
      // user accepting the install prompt would. The popup test checks the grant explicitly.
      'extensions.originControls.grantByDefault': true,
    },
  });
  try {
    const addonId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    return {
      browser,
      addonId,
      sink,
      close: async () => {
        await browser.close();
        await sink.close();
      },
    };
  } catch (error) {
    await browser.close();
    await sink.close();
    throw error;
  }
}
