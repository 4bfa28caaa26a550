// Copies the screenshots that the E2E run took (test-results/) into docs/images/ for the README.
// Run after `npm run test:e2e`: node scripts/update-screenshots.mjs
import { copyFileSync, existsSync } from 'node:fs';

const PICTURES = ['popup-seed-de', 'popup-article-en', 'sidepanel-article-de', 'popup-dark', 'options'];
for (const name of PICTURES) {
  const from = `test-results/${name}.png`;
  if (!existsSync(from)) {
    console.error(`missing ${from}: run npm run test:e2e first`);
    process.exitCode = 1;
    continue;
  }
  copyFileSync(from, `docs/images/${name}.png`);
  console.log(`docs/images/${name}.png`);
}
