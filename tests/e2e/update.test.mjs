/* global chrome */
// An extension update (runtime.reload) with a case page open: the orphaned panel removes
// itself cleanly (no stale, dead panel left on the case page), and after a reload of the page
// the new version's panel is there, exactly once.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDemoServer } from '../../demo/server.mjs';
import { FIREFOX_BUILD, ROOT } from './helpers/browsers.mjs';
import { BROWSERS, openSession, sleep, waitForExtensionTab } from './helpers/session.mjs';
import { clickInPanel, until, waitForPanel } from './helpers/panel.mjs';

const screens = JSON.parse(readFileSync(join(ROOT, 'demo/screens.json'), 'utf8')).screens;
const screen = screens.find((s) => s.id === 'nexus-bevilling');

/** The case screen with its panel open and its context read; `loads` counts page loads so far. */
async function openScreen(session, demo) {
  const page = await session.page();
  await page.goto(demo.url + screen.path);
  await page.waitForSelector(screen.readySelector);
  await waitForPanel(page, (s) => s?.open && s.context.Omfang === screen.expected.omfang);
  return { page, loads: await page.evaluate(() => performance.getEntriesByType('navigation').length) };
}

for (const kind of BROWSERS) {
  // Firefox: runtime.reload() of a temporary add-on under WebDriver BiDi closes or discards tabs
  // unpredictably; there the update is the add-on installed again over BiDi (below).
  const skip = kind === 'firefox' ? 'Firefox: the update and switch-off are tested by installing and uninstalling over BiDi (next suite)' : false;
  describe(`extension update in ${kind}`, { skip }, () => {
    let demo;
    let session;
    before(async () => {
      demo = await startDemoServer();
      session = await openSession(kind);
    });
    after(async () => {
      await session?.close();
      await demo?.close();
    });

    it('removes the orphaned panel from an open case page, and the page gets the new one on reload', async () => {
      const { page, loads } = await openScreen(session, demo);
      await page.evaluate(() => {
        window.__svHosts = [];
        new MutationObserver(() => window.__svHosts.push(document.querySelectorAll('sidevogn-panel').length)).observe(document.documentElement, { childList: true });
      });
      // An extension page asks the extension to reload itself, as an update does.
      let ext;
      if (kind === 'chromium') {
        ext = await session.page();
        await ext.goto(session.extensionUrl('logbook.html'));
      } else {
        await clickInPanel(page, '#sv-tab-logbog');
        await until(() => page.evaluate(() => !!document.querySelector('sidevogn-panel').shadowRoot.querySelector('[data-testid=aabn-logbog]')), { what: 'logbook tab' });
        ext = await waitForExtensionTab(session, 'logbook.html', () => clickInPanel(page, '[data-testid=aabn-logbog]'));
      }
      await ext.evaluate(() => (globalThis.browser ?? chrome).runtime.reload()).catch(() => {});
      await page.bringToFront();
      await until(() => page.evaluate(() => document.querySelectorAll('sidevogn-panel').length === 0), { what: 'the orphaned panel to remove itself', timeout: 15000 });
      assert.equal(await page.evaluate(() => performance.getEntriesByType('navigation').length), loads, 'it went without a page reload');
      // The page itself keeps working.
      assert.equal(await page.evaluate(() => document.querySelector('#nx-omfang').value), screen.expected.omfang);
      await page.reload();
      await page.waitForSelector(screen.readySelector);
      const state = await waitForPanel(page, (s) => s?.open && s.context.Omfang === screen.expected.omfang, { timeout: 20000 });
      assert.equal(state.hostCount, 1);
      const hosts = await page.evaluate(() => window.__svHosts ?? []);
      assert.ok(hosts.every((n) => n <= 1), `never two panels at once: ${hosts}`);
      // The new panel talks to the new background.
      await clickInPanel(page, '#sv-tab-serviceniveau');
      await until(() => page.evaluate(() => !!document.querySelector('sidevogn-panel').shadowRoot.querySelector('.sl-verdict')), { what: 'a verdict from the new background' }).catch(async (e) => {
        const body = await page.evaluate(() => document.querySelector('sidevogn-panel')?.shadowRoot?.querySelector('.sv-body')?.textContent.slice(-300));
        const hosts = await page.evaluate(() => window.__svHosts);
        throw new Error(`${e.message}; hosts: ${hosts}; panel: ${body?.slice(0, 60)}`);
      });
      // Chromium reports once that the old copy's extension context is gone; that is the update
      // itself, not an error of the page or of the new panel.
      assert.deepEqual(page.consoleErrors.filter((e) => !/Extension context invalidated/i.test(e)), []);
    });
  });
}

/** What a user sees of the panel: visible, and is it what a click there would hit? */
const panelSeen = (page) =>
  page.evaluate(() => {
    const host = document.querySelector('sidevogn-panel');
    const panel = host?.shadowRoot?.querySelector('.sv-panel');
    if (!panel) return { there: false };
    const r = panel.getBoundingClientRect();
    return { there: true, visible: getComputedStyle(panel).visibility === 'visible', takesClicks: document.elementFromPoint(r.x + r.width / 2, r.y + 40) === host };
  });

if (BROWSERS.includes('firefox')) {
  // Firefox runs a new version's content script in open tabs, but never runs an ended one
  // again: a switched-off Sidevogn cannot remove its panel, so the panel's CSS hides it unless
  // the live script keeps renewing it (shadow-host.ts).
  describe('extension update and switch-off in firefox', () => {
    let demo;
    let session;
    before(async () => {
      demo = await startDemoServer();
      session = await openSession('firefox');
    });
    after(async () => {
      await session?.close();
      await demo?.close();
    });

    it('an update replaces the open panel without a page reload, and the new one works', async () => {
      const { page, loads } = await openScreen(session, demo);
      await page.evaluate(() => {
        document.querySelector('sidevogn-panel').setAttribute('data-old-version', '');
        window.__svHosts = [];
        new MutationObserver(() => window.__svHosts.push(document.querySelectorAll('sidevogn-panel').length)).observe(document.documentElement, { childList: true });
      });
      await session.browser.installExtension(FIREFOX_BUILD);
      await until(() => page.evaluate(() => document.querySelectorAll('sidevogn-panel').length === 1 && !document.querySelector('sidevogn-panel[data-old-version]')), {
        what: 'the new version to replace the panel',
        timeout: 15000,
      });
      assert.equal(await page.evaluate(() => performance.getEntriesByType('navigation').length), loads, 'it went without a page reload');
      assert.ok((await page.evaluate(() => window.__svHosts)).every((n) => n <= 1), 'never two panels at once');
      await clickInPanel(page, '#sv-tab-serviceniveau');
      await until(() => page.evaluate(() => !!document.querySelector('sidevogn-panel').shadowRoot.querySelector('.sl-verdict')), { what: 'a verdict from the new background' });
      // A live panel is renewed: still there and usable after longer than its 10 s switch.
      await sleep(12000);
      assert.deepEqual(await panelSeen(page), { there: true, visible: true, takesClicks: true });
      assert.deepEqual(page.consoleErrors, []);
    });

    it('switched off, the panel hides itself and lets clicks through to the case page', async () => {
      const page = await session.page();
      await page.goto(demo.url + screen.path);
      await page.waitForSelector(screen.readySelector);
      await waitForPanel(page, (s) => s?.open);
      assert.deepEqual(await panelSeen(page), { there: true, visible: true, takesClicks: true });
      await session.browser.uninstallExtension(session.extensionId);
      const started = Date.now();
      await until(async () => (await panelSeen(page)).visible === false, { what: 'the dead panel to hide itself', timeout: 15000 });
      const seen = await panelSeen(page);
      assert.equal(seen.takesClicks, false, 'clicks reach the case page');
      console.log(`  (the panel hid itself ${((Date.now() - started) / 1000).toFixed(1)} s after the add-on was removed)`);
      assert.equal(await page.evaluate(() => document.querySelector('#nx-omfang').value), screen.expected.omfang);
    });
  });
}
