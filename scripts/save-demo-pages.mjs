// Saves the rendered DOM of every demo screen (demo/screens.json) to tests/fixtures/pages/, so
// unit tests can run site profiles against real markup without a browser.
//
//   npm run fixtures:pages                      (SCREENSHOTS_DIR=/tmp/shots also saves PNGs)
//
// While at it, it checks what the fixtures promise: no console errors, every expected field
// selector shows the expected value, the big journal really is big, and the host behaviour the
// E2E tests lean on (shortcuts, form posts, SPA navigation) works. Any failure exits non-zero.
// Functions passed to page.evaluate run in the browser, hence these globals.
/* global document, location, performance, HTMLSelectElement, HTMLInputElement, HTMLTextAreaElement */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startDemoServer } from '../demo/server.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'tests', 'fixtures', 'pages');
const TIMEOUT = 15000;

const { screens } = JSON.parse(await readFile(join(ROOT, 'demo', 'screens.json'), 'utf8'));
const problems = [];
const problem = (text) => {
  problems.push(text);
  console.error('  FEJL: ' + text);
};

/** Reads a field value the way a person sees it (runs in the page). */
function readShown(selector) {
  const el = document.querySelector(selector);
  if (!el) return null;
  if (el instanceof HTMLSelectElement) return (el.options[el.selectedIndex]?.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el.value.replace(/\s+/g, ' ').trim();
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function watchConsole(page, label) {
  page.on('console', (msg) => {
    if (msg.type() === 'error') problem(`${label}: konsolfejl: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problem(`${label}: scriptfejl: ${err.message}`));
}

const demo = await startDemoServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

try {
  await mkdir(OUT_DIR, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'da-DK' });
  const index = [];

  for (const screen of screens) {
    console.log(`${screen.id}  ${screen.path}`);
    const page = await context.newPage();
    watchConsole(page, screen.id);
    await page.goto(demo.url + screen.path, { waitUntil: 'load', timeout: TIMEOUT });
    await page.waitForSelector(screen.readySelector, { timeout: TIMEOUT });

    // The screen must show exactly what screens.json promises.
    for (const [field, spec] of Object.entries(screen.fields ?? {})) {
      const shown = await page.evaluate(readShown, spec.selector);
      const want = field === 'sagsomraade' ? screen.displayed?.sagsomraade : screen.expected[field];
      if (shown !== want) problem(`${screen.id}: ${field} viser ${JSON.stringify(shown)}, forventet ${JSON.stringify(want)}`);
    }
    if (screen.letterEditor) {
      const found = await page.locator(screen.letterEditor.selector).count();
      if (found !== 1) problem(`${screen.id}: brevfeltet ${screen.letterEditor.selector} findes ${found} gange`);
    }
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    if (screen.minElements && elements < screen.minElements) problem(`${screen.id}: kun ${elements} elementer, forventet mindst ${screen.minElements}`);

    // Scripts are dropped from the snapshot: fixtures are read, never run.
    let frameHtml = null;
    if (screen.frameFixture) {
      const frame = page.frames().find((f) => f.url().endsWith('/rte-frame.html'));
      if (!frame) problem(`${screen.id}: editorens iframe blev ikke fundet`);
      else frameHtml = await frame.content();
    }
    await page.evaluate(() => document.querySelectorAll('script').forEach((s) => s.remove()));
    const html = await page.content();
    await writeFile(join(OUT_DIR, screen.fixture), html.endsWith('\n') ? html : html + '\n');
    const entry = { file: screen.fixture, path: screen.path, system: screen.system, screen: screen.screen, elements };
    if (frameHtml !== null) {
      await writeFile(join(OUT_DIR, screen.frameFixture), frameHtml.endsWith('\n') ? frameHtml : frameHtml + '\n');
      entry.frameFile = screen.frameFixture;
      entry.frameSelector = screen.letterEditor.selector;
    }
    index.push(entry);
    // Optional screenshots for people (docs, a visual check). Taken after the snapshot:
    // Playwright's screenshot touches style attributes, which must not reach the fixtures.
    if (process.env.SCREENSHOTS_DIR) {
      await mkdir(process.env.SCREENSHOTS_DIR, { recursive: true });
      await page.screenshot({ path: join(process.env.SCREENSHOTS_DIR, screen.id + '.png') });
    }
    await page.close();
  }

  await writeFile(
    join(OUT_DIR, 'index.json'),
    JSON.stringify({ $comment: 'Rendered DOM of the demo screens, saved by scripts/save-demo-pages.mjs. Expected values: demo/screens.json.', pages: index }, null, 2) + '\n',
  );

  // ---- Host behaviour the E2E tests rely on ---------------------------------------------
  console.log('Tjekker værtssidernes genveje, formularer og SPA-navigation …');
  const page = await context.newPage();
  watchConsole(page, 'røgtest');
  await page.goto(demo.url + '/dubu/sag/2025-0412/afgoerelse.html');
  await page.locator('h1').click();
  await page.keyboard.press('?');
  if (await page.locator('#hjaelp-overlay').isHidden()) problem('DUBU: "?" åbnede ikke hjælpen');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+s');
  await page.waitForSelector('#gem-status.ok', { timeout: TIMEOUT }).catch(() => problem('DUBU: Ctrl+S gemte ikke'));
  await page.locator('#brevtekst').click();
  await page.keyboard.press('?');
  if (await page.locator('#hjaelp-overlay').isVisible()) problem('DUBU: "?" i brevfeltet åbnede hjælpen');

  await page.goto(demo.url + '/nexus/borger/4711/bevilling');
  await page.waitForSelector('#nx-app[data-nx-state="klar"] #nx-gem-bevilling');
  await page.locator('#nx-gem-bevilling').click();
  await page.waitForSelector('.nx-toast', { timeout: TIMEOUT }).catch(() => problem('Nexus: "Gem bevilling" viste ingen besked'));
  await page.locator('.nx-citizen-header__name').click();
  await page.keyboard.press('/');
  if (!(await page.evaluate(() => document.activeElement?.id === 'nx-search'))) problem('Nexus: "/" flyttede ikke fokus til borgersøgningen');
  await page.keyboard.press('Escape');
  const before = await page.evaluate(() => performance.getEntriesByType('navigation').length + ':' + performance.timeOrigin);
  await page.locator('.nx-citizen-list__item[data-borger="5120"] a').click();
  await page.waitForFunction(() => location.pathname === '/nexus/borger/5120/overblik');
  await page.waitForSelector('#nx-app[data-nx-state="klar"]');
  await page.locator('.nx-tabs__tab', { hasText: 'Afgørelse (editor)' }).click();
  await page.waitForSelector('#nx-app[data-nx-state="klar"] .nx-rte[data-klar="ja"]', { timeout: TIMEOUT });
  const name = await page.locator('.nx-citizen-header__name').textContent();
  if (name !== 'Poul Vestergaard') problem(`Nexus: borgerskift viste ${name}`);
  const indsats = await page.evaluate(readShown, '[data-field="indsats"]');
  if (indsats !== 'Personlig pleje') problem(`Nexus: indsats efter borgerskift er ${indsats}`);
  await page.goBack();
  await page.waitForFunction(() => location.pathname === '/nexus/borger/5120/overblik');
  const after = await page.evaluate(() => performance.getEntriesByType('navigation').length + ':' + performance.timeOrigin);
  if (before !== after) problem('Nexus: navigationen genindlæste siden');
  const posted = demo.posts.map((p) => p.path);
  if (!posted.includes('/dubu/api/gem') || !posted.includes('/nexus/api/bevilling')) problem(`formularerne postede ikke: ${posted.join(', ')}`);
  await page.close();
} finally {
  await browser.close();
  await demo.close();
}

if (problems.length) {
  console.error(`\n${problems.length} problem(er) fundet.`);
  process.exit(1);
}
console.log(`\nGemte ${screens.length} sider i tests/fixtures/pages/.`);
