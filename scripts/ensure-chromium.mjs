// The end-to-end tests drive Debian's Chromium (playwright-core cannot download a browser
// here). Installs it when it is missing and we are root on Debian; otherwise names the command.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.KONTEXT_CHROMIUM ?? '/usr/bin/chromium';

if (existsSync(CHROMIUM)) process.exit(0);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log('Chromium is missing: installing Debian package "chromium" …');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  if (existsSync(CHROMIUM)) process.exit(0);
}
console.error(
  `The end-to-end tests need Chromium at ${CHROMIUM}. Install it with:\n\n` +
    '  sudo apt-get update && sudo apt-get install -y chromium\n\n' +
    'or point KONTEXT_CHROMIUM at another Chromium binary.',
);
process.exit(1);
