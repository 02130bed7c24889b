/* global chrome */
// An extension update (runtime.reload) with a case page open: the orphaned panel removes
// itself cleanly (no stale, dead panel left on the case page), and after a reload of the page
// the new version's panel is there, exactly once.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDemoServer } from '../../demo/server.mjs';
import { ROOT } from './helpers/browsers.mjs';
import { BROWSERS, openSession, waitForExtensionTab } from './helpers/session.mjs';
import { clickInPanel, until, waitForPanel } from './helpers/panel.mjs';

const screens = JSON.parse(readFileSync(join(ROOT, 'demo/screens.json'), 'utf8')).screens;
const screen = screens.find((s) => s.id === 'nexus-bevilling');

for (const kind of BROWSERS) {
  // Firefox: reloading a temporary add-on under WebDriver BiDi closes or discards tabs
  // unpredictably here, and the new version's content script was not seen in the open tab, so
  // this scenario is checked in Chromium only (see the issue note).
  const skip = kind === 'firefox' ? 'Firefox: runtime.reload() of a temporary add-on under BiDi is not a reliable stand-in for an update' : false;
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
      const page = await session.page();
      await page.goto(demo.url + screen.path);
      await page.waitForSelector(screen.readySelector);
      await waitForPanel(page, (s) => s?.open && s.context.Omfang === screen.expected.omfang);
      const loads = await page.evaluate(() => performance.getEntriesByType('navigation').length);
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
