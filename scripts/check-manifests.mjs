// Reads the built manifests and fails on any permission beyond Kontext's minimum (issue 7):
// no host permissions, no broad match patterns, no always-on content scripts. Run after
// `npm run build`, `npm run build:firefox` (and `npm run build:e2e` for the test build).
import { existsSync, readFileSync } from 'node:fs';

const ALLOWED = new Set(['activeTab', 'scripting', 'storage', 'sidePanel', 'contextMenus']);
const BUILDS = {
  '.output/chrome-mv3/manifest.json': { hosts: [] },
  '.output/firefox-mv3/manifest.json': { hosts: [] },
  // The E2E build may read the local test server only.
  '.output/chrome-mv3-e2e/manifest.json': { hosts: ['http://127.0.0.1/*'], optional: true },
};

let failed = 0;
let passed = 0;
const check = (ok, what) => {
  if (ok) passed++;
  else {
    failed++;
    console.error(`FAIL ${what}`);
  }
};

for (const [file, rule] of Object.entries(BUILDS)) {
  if (!existsSync(file)) {
    check(rule.optional, `${file} is missing: build it first`);
    continue;
  }
  const m = JSON.parse(readFileSync(file, 'utf8'));
  const extra = (m.permissions ?? []).filter((p) => !ALLOWED.has(p));
  check(extra.length === 0, `${file}: permissions beyond the minimum: ${extra.join(', ')}`);
  const hosts = [...(m.host_permissions ?? []), ...(m.optional_host_permissions ?? [])];
  check(JSON.stringify(hosts) === JSON.stringify(rule.hosts), `${file}: host permissions ${JSON.stringify(hosts)}`);
  check(!m.content_scripts?.length, `${file}: declares content scripts that would run on every page`);
  const text = JSON.stringify(m);
  check(!/<all_urls>|\*:\/\/\*|https?:\/\/\*\//.test(text), `${file}: contains a broad match pattern`);
  check(!m.web_accessible_resources?.length, `${file}: exposes web-accessible resources to pages`);
  check(!m.externally_connectable, `${file}: lets web pages connect to the extension`);
  const csp = m.content_security_policy?.extension_pages;
  check(!csp || !/unsafe-eval|unsafe-inline|https?:/.test(csp), `${file}: loosens the extension pages' CSP`);
}
console.log(`manifests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
