// One interface over Chromium (playwright-core) and Firefox (puppeteer-core), so each E2E
// scenario is written once and run in both real browsers.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, launchFirefox, ROOT } from './browsers.mjs';

export const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

export const BROWSERS = (process.env.SIDEVOGN_E2E_BROWSERS || 'chromium,firefox').split(',').map((s) => s.trim()).filter(Boolean);

export async function openSession(kind, options = {}) {
  const b = kind === 'chromium' ? await launchChromium(options) : await launchFirefox(options);
  return {
    ...b,
    /** A new tab that records the host page's console errors. */
    async page() {
      const page = await b.newPage();
      const errors = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(String(err?.message ?? err)));
      page.consoleErrors = errors;
      return page;
    },
    /** Presses a key chord like "Alt+Shift+K" or "Control+s" in both drivers. */
    async chord(page, chord) {
      if (kind === 'chromium') return page.keyboard.press(chord);
      const keys = chord.split('+');
      const key = keys.pop();
      for (const k of keys) await page.keyboard.down(k);
      await page.keyboard.press(key);
      for (const k of keys.reverse()) await page.keyboard.up(k);
    },
    async screenshot(page, name) {
      const path = join(ARTIFACTS, `${kind}-${name}.png`);
      await page.screenshot({ path });
      return path;
    },
  };
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits for a tab of ours (e.g. "logbook.html") that the extension opens, in either driver.
 */
export async function waitForExtensionTab(session, pathPart, trigger) {
  if (session.kind === 'chromium') {
    const [page] = await Promise.all([session.context.waitForEvent('page', { predicate: (p) => p.url().includes(pathPart), timeout: 10000 }), trigger()]);
    await page.waitForLoadState('domcontentloaded');
    return page;
  }
  // Firefox over WebDriver BiDi reports moz-extension pages as about:blank: ask each page.
  const known = new Set(await session.browser.pages());
  await trigger();
  for (let i = 0; i < 100; i++) {
    for (const page of await session.browser.pages()) {
      if (known.has(page)) continue;
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.includes(pathPart)) {
        page.extensionHref = href;
        return page;
      }
    }
    await sleep(100);
  }
  throw new Error(`Fanen ${pathPart} blev ikke åbnet`);
}

/** Clicks a button (by its visible text) on an extension page and returns the downloaded file's text. */
export async function downloadByButton(session, page, buttonText) {
  const click = () =>
    page.evaluate((text) => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent.includes(text));
      if (!button) throw new Error(`Ingen knap med teksten ${text}`);
      button.click();
    }, buttonText);
  if (session.kind === 'chromium') {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10000 }), click()]);
    const { readFileSync } = await import('node:fs');
    return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
  }
  const { readdirSync, readFileSync } = await import('node:fs');
  const before = new Set(readdirSync(session.downloadDir));
  await click();
  // Firefox may first write the file under a temporary name and then rename it (seen in CI:
  // the first name was gone 200 ms later), so a file counts once it is still there and readable.
  const freshFiles = () => readdirSync(session.downloadDir).filter((f) => !before.has(f) && !f.endsWith('.part'));
  for (let i = 0; i < 100; i++) {
    if (freshFiles().length > 0) {
      await sleep(200);
      for (const name of freshFiles()) {
        try {
          return { name, text: readFileSync(join(session.downloadDir, name), 'utf8') };
        } catch {
          /* renamed meanwhile: look again */
        }
      }
    }
    await sleep(100);
  }
  throw new Error('Ingen fil blev hentet');
}

/** Chooses a file in an <input type=file> on the page (the real upload flow). */
export async function chooseFile(session, page, selector, filePath) {
  if (session.kind === 'chromium') return page.setInputFiles(selector, filePath);
  const input = await page.$(selector);
  await input.uploadFile(filePath);
}
