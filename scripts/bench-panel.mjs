// Browser figures for the panel (real Chromium with the built extension):
// - how long after the host page's DOMContentLoaded the panel is visible, per demo screen
//   (several loads each: one load says little on a shared machine);
// - on the 5,000+ node journal page, while the caseworker types in the letter: long tasks
//   (> 50 ms) with and without Sidevogn, and from a CPU profile Sidevogn's own work — in total
//   and its longest unbroken stretch, which is what could make a long task of its own.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemoServer } from '../demo/server.mjs';
import { ROOT, launchChromium, launchFirefox, chromiumPath, firefoxPath } from '../tests/e2e/helpers/browsers.mjs';

const screens = JSON.parse(readFileSync(join(ROOT, 'demo/screens.json'), 'utf8')).screens.filter((s) => s.isCaseScreen);
const LOADS_PER_SCREEN = Number(process.env.SIDEVOGN_BENCH_LOADS ?? 5);

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

const TYPED = ' Vi har lagt vægt på, at du selv har fortalt om din hverdag.';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Works with a playwright-core (Chromium) or puppeteer-core (Firefox) page. */
async function measure(page, url, typeIntoLetter) {
  await page.goto(url);
  await sleep(1000);
  if (typeIntoLetter) {
    await page.evaluate(() => {
      const e = document.querySelector('#brevtekst');
      e.focus();
      getSelection().collapse(e, e.childNodes.length);
    });
    await page.keyboard.type(TYPED, { delay: 15 });
    await sleep(1500);
  }
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return { dcl: nav.domContentLoadedEventEnd, panelAt: window.__sv.panelAt, longTasks: window.__sv.longTasks, nodes: document.getElementsByTagName('*').length };
  });
}

/**
 * Loads every case screen LOADS_PER_SCREEN times in fresh tabs from `openPage` (with INIT in
 * place) and reports how long after DOMContentLoaded the panel was visible.
 */
async function visibleAfterDcl(openPage, demoUrl, { perScreen }) {
  const out = {};
  const all = [];
  for (const s of screens) {
    const delays = [];
    for (let i = 0; i < LOADS_PER_SCREEN; i++) {
      const page = await openPage();
      const r = await measure(page, demoUrl + s.path, false);
      await page.close();
      // Drawn during the host's own DOMContentLoaded handling counts as 0.
      delays.push(r.panelAt === null ? Infinity : Math.max(0, r.panelAt - r.dcl));
    }
    all.push(...delays);
    if (perScreen) out[`panel visible after DCL, ${s.id}: median / max of ${LOADS_PER_SCREEN} (ms)`] = `${round(median(delays))} / ${round(Math.max(...delays))}`;
  }
  out[`panel visible after DCL, all ${all.length} loads (${LOADS_PER_SCREEN} per screen): median / p95 / max (ms)`] = `${round(median(all))} / ${round(quantile(all, 0.95))} / ${round(Math.max(...all))}`;
  out['loads over 100 ms'] = `${all.filter((d) => d > 100).length} of ${all.length}`;
  return out;
}

async function newPage(context) {
  const page = await context.newPage();
  await page.addInitScript(INIT);
  return page;
}

/**
 * Sidevogn's share of a CPU profile: a sample is Sidevogn's when an extension script is on its
 * stack. Garbage collection between two of its samples counts as its own; anything else of the
 * host (or idle) ends a stretch.
 */
function sidevognShare(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = new Map();
  const isOurs = (id) => {
    if (ours.has(id)) return ours.get(id);
    const n = nodes.get(id);
    const value = /^(chrome|moz)-extension:/.test(n.callFrame.url) || (parent.has(id) && isOurs(parent.get(id)));
    ours.set(id, value);
    return value;
  };
  let total = 0;
  let longest = 0;
  let run = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (isOurs(id)) {
      total += dt;
      run += dt;
      longest = Math.max(longest, run);
    } else if (nodes.get(id).callFrame.functionName === '(garbage collector)' && run > 0) run += dt;
    else run = 0;
  });
  return { total, longest };
}

const round = (x) => Math.round(x);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

export async function benchPanel() {
  chromiumPath();
  const demo = await startDemoServer();
  const out = {};
  const profileDir = mkdtempSync(join(tmpdir(), 'sv-bench-'));
  const session = await launchChromium({ profileDir });
  try {
    // The first case page after the browser starts waits for the extension to install and the
    // background to resolve the config; reported on its own, then the screens are measured warm.
    const coldPage = await newPage(session.context);
    await coldPage.goto(demo.url + screens[0].path);
    const cold = await coldPage
      .waitForFunction(() => window.__sv.panelAt !== null && window.__sv.panelAt - performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd, null, { timeout: 15000 })
      .then((h) => h.jsonValue());
    out['first case page right after a fresh install, panel after DCL (ms)'] = round(cold);
    await coldPage.close();

    Object.assign(out, await visibleAfterDcl(() => newPage(session.context), demo.url, { perScreen: true }));

    const journal = screens.find((s) => s.id === 'dubu-journal');
    const page = await newPage(session.context);
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const withExt = await measure(page, demo.url + journal.path, true);
    const { profile } = await cdp.send('Profiler.stop');
    await page.close();
    const share = sidevognShare(profile);
    out['journal page DOM nodes'] = withExt.nodes;
    out['journal, load + typing: Sidevogn CPU in total (ms)'] = round(share.total);
    out['journal, load + typing: longest unbroken Sidevogn work (ms)'] = round(share.longest);
    out['long tasks > 50 ms with Sidevogn (ms each)'] = withExt.longTasks.length ? withExt.longTasks.join(', ') : 'ingen';

    // Re-checking while typing: only the typing is profiled (the page is loaded and checked).
    const decision = screens.find((s) => s.id === 'dubu-afgoerelse');
    for (const [label, copies] of [['its own letter', 1], ['a letter of about 10,000 words', 0]]) {
      const typing = await newPage(session.context);
      await typing.goto(demo.url + decision.path);
      await typing.waitForTimeout(1000);
      const words = await typing.evaluate((n) => {
        const e = document.querySelector('#brevtekst');
        const own = [...e.childNodes];
        const perCopy = e.innerText.split(/\s+/).length;
        const times = n || Math.round(10000 / perCopy);
        // The host's own editor content again and again, as if pasted.
        for (let t = 1; t < times; t++) for (const node of own) e.append(node.cloneNode(true));
        e.focus();
        getSelection().collapse(e, e.childNodes.length);
        return e.innerText.split(/\s+/).length;
      }, copies);
      await typing.waitForTimeout(1500);
      const tcdp = await session.context.newCDPSession(typing);
      await tcdp.send('Profiler.enable');
      await tcdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await tcdp.send('Profiler.start');
      await typing.keyboard.type(TYPED, { delay: 15 });
      await typing.waitForTimeout(1500);
      const typed = sidevognShare((await tcdp.send('Profiler.stop')).profile);
      await typing.close();
      out[`typing in ${label} (${words} words): Sidevogn CPU in total / longest unbroken (ms)`] = `${round(typed.total)} / ${round(typed.longest)}`;
    }
  } finally {
    await session.close();
  }
  // A working day starts with the browser: the same profile again, Sidevogn already installed.
  const restarted = await launchChromium({ profileDir });
  try {
    const page = await newPage(restarted.context);
    const r = await measure(page, demo.url + screens[0].path, false);
    out['first case page after a browser restart (installed), panel after DCL (ms)'] = r.panelAt === null ? 'ikke set inden for 1 s' : round(Math.max(0, r.panelAt - r.dcl));
  } finally {
    await restarted.close();
  }
  // Baseline: the same page in Chromium without the extension.
  const { chromium } = await import('playwright-core');
  const plain = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const context = await plain.newContext();
    const journal = screens.find((s) => s.id === 'dubu-journal');
    const base = await measure(await newPage(context), demo.url + journal.path, true);
    out['long tasks > 50 ms without Sidevogn (ms each)'] = base.longTasks.length ? base.longTasks.join(', ') : 'ingen';
  } finally {
    await plain.close();
    await demo.close();
  }
  return out;
}

/** The same panel timing in Firefox ESR (puppeteer over WebDriver BiDi). */
export async function benchPanelFirefox() {
  firefoxPath();
  const demo = await startDemoServer();
  const session = await launchFirefox();
  const out = {};
  try {
    const warm = await session.newPage();
    await warm.goto(demo.url + screens[0].path);
    await warm.waitForFunction(() => !!document.querySelector('sidevogn-panel'), { timeout: 15000 });
    await warm.close();
    const openPage = async () => {
      const page = await session.newPage();
      await page.evaluateOnNewDocument(INIT);
      return page;
    };
    Object.assign(out, await visibleAfterDcl(openPage, demo.url, { perScreen: false }));
  } finally {
    await session.close();
    await demo.close();
  }
  return out;
}
