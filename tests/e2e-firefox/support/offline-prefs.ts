/**
 * Firefox preferences that keep the test browser off the network. Puppeteer already writes its
 * own set (@puppeteer/browsers, browser-data/firefox.js: no updates, no Normandy, no Safe
 * Browsing, health report and Remote Settings pointed at a dummy host) and Firefox's remote
 * agent adds its recommended prefs (remote/shared/RecommendedPreferences.sys.mjs); these close
 * what is left. Pref names: modules/libpref/init/StaticPrefList.yaml and all.js in Firefox.
 * Remote Settings still calls firefox.settings.services.mozilla.com: release builds ignore
 * `services.settings.server` unless the MOZ_REMOTE_SETTINGS_DEVTOOLS environment variable is
 * set (services/settings/Utils.sys.mjs), so the refusing proxy below is what stops it.
 */
export function offlinePrefs(sinkPort: number): Record<string, string | number | boolean> {
  return {
    // Every http(s) and WebSocket request goes to the refusing sink (type 1 = manual proxy).
    // Loopback is never proxied (network.proxy.allow_hijacking_localhost stays false), so the
    // fixture server on 127.0.0.1 is still reached directly.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': sinkPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': sinkPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.allow_hijacking_localhost': false,
    // No name resolution or connection ahead of time, no DNS over HTTPS.
    'network.dns.disablePrefetch': true,
    'network.dns.disablePrefetchFromHTTPS': true,
    'network.predictor.enabled': false,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
    'network.trr.mode': 5,
    // No captive-portal or connectivity probes.
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    // No telemetry, studies, experiments or pings.
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.server': '',
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'app.shield.optoutstudies.enabled': false,
    'app.normandy.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'browser.ping-centre.telemetry': false,
    // No updates of the browser, add-ons, search engines or GMP plugins; no add-on discovery.
    'app.update.auto': false,
    'extensions.update.enabled': false,
    'extensions.getAddons.showPane': false,
    'extensions.htmlaboutaddons.recommendations.enabled': false,
    'extensions.blocklist.enabled': false,
    'browser.search.update': false,
    'media.gmp-manager.updateEnabled': false,
    // No Safe Browsing list downloads, no new-tab content, no Pocket.
    'browser.safebrowsing.update.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.newtabpage.activity-stream.feeds.section.topstories': false,
    'browser.newtabpage.activity-stream.feeds.snippets': false,
    'extensions.pocket.enabled': false,
  };
}
