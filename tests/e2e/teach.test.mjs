/* global chrome */
// "Lær Sidevogn et skærmbillede": from the panel, a support person clicks a field on the case
// page, Sidevogn proposes a label-anchored lookup and reads the value live, and the screen is
// saved as a draft for the Studio (content scripts cannot change the configuration).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDemoServer } from '../../demo/server.mjs';
import { ROOT } from './helpers/browsers.mjs';
import { openSession } from './helpers/session.mjs';
import { clickInPanel, until, waitForPanel } from './helpers/panel.mjs';

const screens = JSON.parse(readFileSync(join(ROOT, 'demo/screens.json'), 'utf8')).screens;

const picked = (page, field) =>
  page.evaluate((f) => {
    const li = document.querySelector('sidevogn-panel')?.shadowRoot?.querySelector(`.pk-field[data-field="${f}"]`);
    if (!li) return null;
    return { preview: li.querySelector('.pk-preview__value')?.textContent ?? null, labels: li.querySelector('textarea')?.value ?? '' };
  }, field);

// Chromium only: it reads the drafts through a privileged message from an extension page.
describe('teaching a screen in chromium', () => {
  let demo;
  let session;
  before(async () => {
    demo = await startDemoServer();
    session = await openSession('chromium');
  });
  after(async () => {
    await session?.close();
    await demo?.close();
  });

  it('proposes a label-anchored lookup from a click, reads it live, and saves a draft', async () => {
    const page = await session.page();
    const screen = screens.find((s) => s.id === 'nexus-bevilling');
    await page.goto(demo.url + screen.path);
    await page.waitForSelector(screen.readySelector);
    await waitForPanel(page, (s) => s?.open);
    await clickInPanel(page, '[data-testid=laer-skaermbillede]');
    await waitForPanel(page, (s) => s?.tabs.includes('Lær skærmbilledet'));
    await clickInPanel(page, '.pk-field[data-field=omfang] .pk-btn');
    await page.click('#nx-omfang'); // a real click on the host's own field
    const omfang = await until(() => picked(page, 'omfang').then((p) => (p?.preview ? p : null)), { what: 'the proposal for Omfang' });
    assert.equal(omfang.preview, screen.expected.omfang);
    assert.match(omfang.labels, /Omfang/, 'anchored on the visible label');
    assert.equal(await page.evaluate(() => document.querySelector('#nx-omfang').value), screen.expected.omfang, 'the host field is unchanged');
    await session.screenshot(page, 'teach-picker');
    await clickInPanel(page, '.pk-actions .pk-btn');
    await waitForPanel(page, (s) => /forslag/i.test(s?.status ?? ''));
    const ext = await session.page();
    await ext.goto(session.extensionUrl('logbook.html'));
    const drafts = await ext.evaluate(() => chrome.runtime.sendMessage({ type: 'config/screen-drafts', payload: {} }));
    assert.equal(drafts.ok, true);
    assert.equal(drafts.value.drafts.length, 1);
    assert.deepEqual(drafts.value.drafts[0].screen.fields.omfang.labels.slice(0, 1), ['Omfang']);
    assert.deepEqual(page.consoleErrors, []);

    // A support person accepts the draft in the Studio and saves; the panel then uses it.
    await ext.goto(session.extensionUrl('options.html#profiles'));
    await ext.waitForSelector('[data-testid="studio"]:not([data-loading])');
    await ext.click('[data-testid="tab-profiles"]');
    await ext.waitForSelector('[data-testid="screen-draft"]');
    await ext.click('[data-testid="screen-draft-accept"]');
    if (await ext.$('[data-testid="screen-draft-replace"]')) await ext.click('[data-testid="screen-draft-replace"]');
    await ext.waitForSelector('[data-testid="screen-draft"][data-state="accepted"]');
    await until(() => ext.$eval('[data-testid="studio-save"]', (b) => !b.disabled), { what: 'save enabled' });
    await ext.click('[data-testid="studio-save"]');
    await until(() => ext.$eval('[data-testid="studio-message"]', (m) => /gemt/i.test(m.textContent)), { what: 'Gemt' });
    await session.screenshot(ext, 'teach-studio-accepted');
    const status = await ext.evaluate(() => chrome.runtime.sendMessage({ type: 'config/status', payload: {} }));
    assert.equal(status.ok, true);
    await page.reload();
    await page.waitForSelector(screen.readySelector);
    const state = await waitForPanel(page, (s) => s?.context.Omfang === screen.expected.omfang);
    assert.equal(state.context.Indsats, screen.expected.indsats);
  });

  it('opens the picker on a screen no profile knows yet', async () => {
    const page = await session.page();
    await page.goto(demo.url + '/nexus/');
    await page.waitForSelector('#nx-app[data-nx-state="klar"]');
    const ext = await session.page();
    await ext.goto(session.extensionUrl('logbook.html'));
    await ext.evaluate(async () => {
      const [tab] = (await chrome.tabs.query({})).filter((t) => (t.url ?? '').endsWith('/nexus/'));
      await chrome.tabs.sendMessage(tab.id, { type: 'panel/toggle', payload: {} });
    });
    await page.bringToFront();
    const state = await waitForPanel(page, (s) => s?.tabs.includes('Lær skærmbilledet'));
    assert.equal(state.context.Skærmbillede, 'Ukendt skærmbillede');
  });
});
