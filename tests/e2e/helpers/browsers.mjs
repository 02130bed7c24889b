// Launches real Chromium (playwright-core) and Firefox ESR (puppeteer-core) with the built
// extension. See ../shared/recipes/browser-e2e.md for why these flags and paths.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv3');
export const CHROME_ID = readFileSync(join(ROOT, 'keys/chrome-extension-id.txt'), 'utf8').trim();
export const GECKO_ID = 'sidevogn@sidevogn.dk';

function findBrowser(envName, candidates, pkg) {
  const fromEnv = process.env[envName];
  const path = [fromEnv, ...candidates].find((p) => p && existsSync(p));
  if (!path) {
    throw new Error(`${pkg} blev ikke fundet. Installer den med: sudo apt-get install -y ${pkg} (eller sæt ${envName}).`);
  }
  return path;
}
export const chromiumPath = () => findBrowser('CHROMIUM_PATH', ['/usr/bin/chromium', '/usr/bin/chromium-browser'], 'chromium');
export const firefoxPath = () => findBrowser('FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox'], 'firefox-esr');

function assertBuilt(dir) {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`Ingen build i ${dir}. Kør npm run build først.`);
}

export const tempDir = (prefix) => mkdtempSync(join(tmpdir(), prefix));

const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';
const FIREFOX_POLICY_FILE = '/etc/firefox/policies/policies.json';

/** Writes (or with `undefined`, removes) the Chromium managed policy for our extension. */
export function setChromiumPolicy(values, name = 'sidevogn-e2e.json') {
  const file = join(CHROMIUM_POLICY_DIR, name);
  if (values === undefined) return rmSync(file, { force: true });
  mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [CHROME_ID]: values } } }));
}

/** Writes (or removes) the Firefox policies.json with 3rdparty values for our extension. */
export function setFirefoxPolicy(values) {
  if (values === undefined) return rmSync(FIREFOX_POLICY_FILE, { force: true });
  mkdirSync(join(FIREFOX_POLICY_FILE, '..'), { recursive: true });
  writeFileSync(FIREFOX_POLICY_FILE, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: values } } } }));
}

/** Chromium with the extension; `profileDir` kept across launches for restart tests. */
export async function launchChromium({ profileDir = tempDir('sv-chromium-'), viewport = { width: 1400, height: 900 }, display } = {}) {
  assertBuilt(CHROME_BUILD);
  // Developer mode, as on a machine where an unpacked build is loaded: without it Chromium 156
  // disables a --load-extension build for good after runtime.reload() (an extension update).
  const prefs = join(profileDir, 'Default', 'Preferences');
  if (!existsSync(prefs)) {
    mkdirSync(join(profileDir, 'Default'), { recursive: true });
    writeFileSync(prefs, JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  }
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: !display,
    env: display ? { ...process.env, DISPLAY: display } : process.env,
    viewport: display ? null : viewport,
    locale: 'da-DK',
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', '--lang=da',
      ...(display ? ['--window-position=0,0', '--window-size=1400,900'] : []),
    ],
  });
  let worker = context.serviceWorkers()[0];
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15000 });
  const extensionId = new URL(worker.url()).host;
  return {
    kind: 'chromium',
    context,
    worker,
    extensionId,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    profileDir,
    newPage: async () => context.newPage(),
    close: async () => context.close(),
  };
}

/** Firefox ESR with the extension installed as a temporary add-on (WebDriver BiDi). */
export async function launchFirefox({ userDataDir, viewport = { width: 1400, height: 900 }, display, downloadDir = tempDir('sv-ff-dl-') } = {}) {
  assertBuilt(FIREFOX_BUILD);
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: !display,
    env: display ? { ...process.env, DISPLAY: display } : process.env,
    args: display ? ['--width=1400', '--height=900'] : [],
    userDataDir,
    defaultViewport: display ? null : viewport,
    extraPrefsFirefox: {
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      'intl.accept_languages': 'da-DK, da',
      'network.captive-portal-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      // Downloads land in a known folder without a dialog, so tests can read them.
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.helperApps.neverAsk.saveToDisk': 'application/json,text/csv,text/markdown,text/plain',
    },
  });
  const id = await browser.installExtension(FIREFOX_BUILD);
  // The moz-extension host is a per-profile UUID; read it from the prefs Firefox keeps.
  return {
    kind: 'firefox',
    browser,
    downloadDir,
    extensionId: id,
    newPage: async () => browser.newPage(),
    close: async () => browser.close(),
  };
}
