// The Firefox end-to-end test drives Debian's Firefox ESR (puppeteer-core downloads no browser and
// this machine cannot fetch one). Installs it when it is missing and we are root on Debian;
// otherwise names the command. Mirrors scripts/ensure-chromium.mjs.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const FIREFOX = process.env.KONTEXT_FIREFOX ?? '/usr/bin/firefox-esr';

if (existsSync(FIREFOX)) process.exit(0);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log('Firefox ESR is missing: installing Debian package "firefox-esr" …');
  execSync(
    'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr',
    {
      stdio: 'inherit',
    },
  );
  if (existsSync(FIREFOX)) process.exit(0);
}
console.error(
  `The Firefox end-to-end test needs Firefox ESR at ${FIREFOX}. Install it with:\n\n` +
    '  sudo apt-get update && sudo apt-get install -y firefox-esr\n\n' +
    'or point KONTEXT_FIREFOX at another Firefox (140 or newer) binary.',
);
process.exit(1);
