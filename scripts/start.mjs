// `npm start`: builds Sidevogn, serves the demo case system on 127.0.0.1 and opens a browser
// with the extension loaded on it. `npm start -- --browser firefox` uses Firefox ESR.
// Without a display it prints what to open and where the unpacked build is.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { startDemoServer } from '../demo/server.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const browserArg = args.includes('--browser') ? args[args.indexOf('--browser') + 1] : 'chromium';
const firefox = browserArg === 'firefox';
const target = firefox ? 'firefox' : 'chrome';

console.log(`Bygger Sidevogn til ${firefox ? 'Firefox' : 'Chromium/Chrome/Edge'} …`);
const build = spawnSync('npx', ['wxt', 'build', '-b', target, ...(firefox ? ['--mv3'] : [])], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const buildDir = join(root, '.output', firefox ? 'firefox-mv3' : 'chrome-mv3');

const port = Number(process.env.PORT || 4477);
const server = await startDemoServer({ port });
const first = `${server.url}/dubu/sag/2025-0412/afgoerelse.html`;
console.log(`\nDemo-fagsystemet kører på ${server.url}/`);
console.log(`  Børnesag (DUBU-lignende):  ${first}`);
console.log(`  Ældre (Nexus-lignende):    ${server.url}/nexus/borger/4711/bevilling`);
console.log(`Udpakket udvidelse:          ${buildDir}`);

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform !== 'linux';
if (!hasDisplay || args.includes('--no-open')) {
  console.log('\nIngen skærm fundet, så ingen browser åbnes. Sådan prøver du selv:');
  console.log(firefox
    ? `  Firefox: åbn about:debugging → "Denne Firefox" → "Indlæs midlertidig tilføjelse" → vælg ${join(buildDir, 'manifest.json')}`
    : `  Chromium/Chrome/Edge: åbn chrome://extensions → slå "Udviklertilstand" til → "Indlæs upakket" → vælg ${buildDir}`);
  console.log(`  og gå derefter til ${first}\nStop med Ctrl+C.`);
} else if (firefox) {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', headless: false, defaultViewport: null });
  await browser.installExtension(buildDir);
  const page = await browser.newPage();
  await page.goto(first);
  browser.on('disconnected', () => { void server.close(); process.exit(0); });
} else {
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'sidevogn-start-')), {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: false,
    viewport: null,
    args: [`--disable-extensions-except=${buildDir}`, `--load-extension=${buildDir}`, '--no-first-run', '--disable-background-networking'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(first);
  context.on('close', () => { void server.close(); process.exit(0); });
}
