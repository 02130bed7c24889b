// Browser figures for the panel (real Chromium with the built extension):
// - how long after the host page's DOMContentLoaded the panel is visible, per demo screen;
// - long tasks (> 50 ms) on the 5,000+ node journal page with and without Sidevogn, while
//   the caseworker types in the letter.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDemoServer } from '../demo/server.mjs';
import { ROOT, launchChromium, chromiumPath } from '../tests/e2e/helpers/browsers.mjs';

const screens = JSON.parse(readFileSync(join(ROOT, 'demo/screens.json'), 'utf8')).screens.filter((s) => s.isCaseScreen);

const INIT = () => {
  window.__sv = { longTasks: [], panelAt: null };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__sv.longTasks.push(Math.round(e.duration));
  }).observe({ type: 'longtask', buffered: true });
  // The panel renders into its (open) shadow root right after its host element is appended.
  const check = () => {
    if (document.querySelector('sidevogn-panel')?.shadowRoot?.querySelector('.sv-panel')) window.__sv.panelAt = performance.now();
    else requestAnimationFrame(check);
  };
  new MutationObserver((records, obs) => {
    if (document.querySelector('sidevogn-panel')) {
      obs.disconnect();
      queueMicrotask(check);
    }
  }).observe(document, { childList: true, subtree: true });
};

async function measure(context, url, typeIntoLetter) {
  const page = await context.newPage();
  await page.addInitScript(INIT);
  await page.goto(url);
  await page.waitForTimeout(1200);
  if (typeIntoLetter) {
    await page.evaluate(() => {
      const e = document.querySelector('#brevtekst');
      e.focus();
      getSelection().collapse(e, e.childNodes.length);
    });
    await page.keyboard.type(' Vi har lagt vægt på, at du selv har fortalt om din hverdag.', { delay: 15 });
    await page.waitForTimeout(1500);
  }
  const r = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    // The panel may mount before its shadow content renders; fall back to the host element check.
    return { dcl: nav.domContentLoadedEventEnd, panelAt: window.__sv.panelAt, longTasks: window.__sv.longTasks, nodes: document.getElementsByTagName('*').length };
  });
  await page.close();
  return r;
}

export async function benchPanel() {
  chromiumPath();
  const demo = await startDemoServer();
  const out = {};
  const session = await launchChromium();
  try {
    // The first case page after the browser starts waits for the background to wake and resolve
    // the config; reported on its own, then the screens are measured warm.
    const cold = await measure(session.context, demo.url + screens[0].path, false);
    out['first case page after browser start (cold background), panel after DCL (ms)'] = cold.panelAt === null ? 'ikke set inden for 1,2 s' : Math.round(cold.panelAt - cold.dcl);
    await session.context.newPage().then(async (p) => {
      await p.goto(demo.url + screens[0].path);
      await p.waitForFunction(() => !!document.querySelector('sidevogn-panel'), null, { timeout: 15000 });
      await p.close();
    });
    const delays = [];
    for (const s of screens) {
      const r = await measure(session.context, demo.url + s.path, false);
      // The panel shows as soon as it mounts; SPA screens render their fields later and the panel follows.
      delays.push(r.panelAt === null ? NaN : Math.max(0, r.panelAt - r.dcl));
      out[`panel visible after DCL, ${s.id} (ms)`] = r.panelAt === null ? 'ikke set' : Math.round(r.panelAt - r.dcl);
    }
    const ok = delays.filter((d) => !Number.isNaN(d)).sort((a, b) => a - b);
    out['panel visible after DCL, median / max (ms)'] = `${Math.round(ok[Math.floor(ok.length / 2)])} / ${Math.round(ok.at(-1))}`;
    const journal = screens.find((s) => s.id === 'dubu-journal');
    const withExt = await measure(session.context, demo.url + journal.path, true);
    out['journal page DOM nodes'] = withExt.nodes;
    out['long tasks > 50 ms with Sidevogn, typing in the letter (ms each)'] = withExt.longTasks.length ? withExt.longTasks.join(', ') : 'ingen';
  } finally {
    await session.close();
  }
  // Baseline: the same page in Chromium without the extension.
  const { chromium } = await import('playwright-core');
  const plain = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const context = await plain.newContext();
    const journal = screens.find((s) => s.id === 'dubu-journal');
    const base = await measure(context, demo.url + journal.path, true);
    out['long tasks > 50 ms without Sidevogn (ms each)'] = base.longTasks.length ? base.longTasks.join(', ') : 'ingen';
  } finally {
    await plain.close();
    await demo.close();
  }
  return out;
}
