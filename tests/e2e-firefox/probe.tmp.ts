import puppeteer from 'puppeteer-core';
import path from 'node:path';
import { startFixtureServer } from '/work/main/tests/e2e/support/server';
const grant = process.argv[2] === 'grant';
const t0 = Date.now();
const server = await startFixtureServer();
const browser = await puppeteer.launch({ browser: 'firefox', protocol: 'webDriverBiDi', executablePath: '/usr/bin/firefox-esr', headless: true, 
  extraPrefsFirefox: grant ? { 'extensions.originControls.grantByDefault': true } : {} });
console.log('launched', Date.now() - t0);
const id = await browser.installExtension(path.resolve('.output/firefox-mv3-e2e'));
console.log('installed', id, Date.now() - t0);
const page = await browser.newPage();
await page.goto(server.url('article-en.html#kontext-e2e=popup'));
await new Promise((r) => setTimeout(r, 4000));
console.log('targets', browser.targets().map((t) => t.type() + ' ' + t.url()));
const ps = await browser.pages();
console.log('pages', ps.map((p) => p.url()));
for (const p of ps) { try { console.log('eval', await p.evaluate(() => location.href + ' | ' + document.body?.innerText.slice(0, 300))); } catch (e) { console.log('evalerr', String(e).slice(0,200)); } }
await browser.close(); await server.close();
console.log('done', Date.now() - t0);
