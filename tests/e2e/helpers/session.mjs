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
    /** Presses a key chord like "Alt+Shift+S" or "Control+s" in both drivers. */
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
