/* global browser */
// The logbook and the keyboard shortcuts where users meet them: real Chromium and Firefox in
// a (virtual) X display, real key presses through the commands API, the note in the
// extension's own IndexedDB across a browser restart, export and import through the real
// download and upload flows, and nothing readable by the case page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDemoServer } from '../../demo/server.mjs';
import { ROOT, tempDir } from './helpers/browsers.mjs';
import { BROWSERS, chooseFile, downloadByButton, openSession, sleep, waitForExtensionTab } from './helpers/session.mjs';
import { clickInPanel, until, waitForPanel } from './helpers/panel.mjs';
import { seriousAxeViolations } from './helpers/axe.mjs';
import { pressKeys, startXvfb, xvfbAvailable, XVFB_MISSING, xdotool } from './helpers/xvfb.mjs';

const screens = JSON.parse(readFileSync(join(ROOT, 'demo/screens.json'), 'utf8')).screens;
const dubu = screens.find((s) => s.id === 'dubu-afgoerelse');
const NOTE = 'Formålsskabelonen hjalp mig med at skrive formålet konkret. Testnr 010190-1234';

/** What the panel's shadow root holds right now (for focus and status checks). */
const panelInfo = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('sidevogn-panel')?.shadowRoot;
    const active = root?.activeElement;
    return {
      open: !!root?.querySelector('.sv-panel'),
      tab: root?.querySelector('[role=tab][aria-selected=true]')?.textContent.trim() ?? null,
      focused: active ? `${active.tagName.toLowerCase()}${active.className ? '.' + active.className.split(' ')[0] : ''}` : null,
      text: root?.querySelector('.sv-body')?.textContent ?? '',
    };
  });

const noteTexts = (page) => page.evaluate(() => [...document.querySelectorAll('.lb-note__text')].map((p) => p.textContent));

for (const kind of BROWSERS) {
  describe(`logbook and shortcuts in ${kind}`, { skip: xvfbAvailable() ? false : XVFB_MISSING }, () => {
    let demo;
    let xvfb;
    let session;
    const profile = tempDir(`sv-${kind}-profile-`);
    before(async () => {
      demo = await startDemoServer();
      xvfb = await startXvfb();
    });
    after(async () => {
      await session?.close().catch(() => {});
      xvfb?.stop();
      await demo?.close();
    });

    const launch = async () => {
      session = await openSession(kind, kind === 'chromium' ? { profileDir: profile, display: xvfb.display } : { userDataDir: profile });
      return session;
    };

    it('toggles the panel with Alt+Shift+K and captures a note with Alt+Shift+L, Ctrl+Enter', async () => {
      await launch();
      const page = await session.page();
      await page.goto(demo.url + dubu.path);
      await page.waitForSelector(dubu.readySelector);
      await waitForPanel(page, (s) => s?.open);
      await sleep(300);
      if (kind === 'chromium') {
        // Real key presses, handled by the browser's commands API.
        pressKeys(xvfb.display, 'alt+shift+k', { x: 300, y: 160 });
        await waitForPanel(page, (s) => s && !s.open, { timeout: 5000 });
        xdotool(xvfb.display, 'key', 'alt+shift+k');
        await waitForPanel(page, (s) => s?.open, { timeout: 5000 });
        xdotool(xvfb.display, 'key', 'alt+shift+l');
      } else {
        // Firefox under a virtual display does not run its own window shortcuts (not even
        // Ctrl+T), so here the test checks the bindings and sends the command's message from
        // an extension page, the same message the background sends on onCommand.
        await clickInPanel(page, '#sv-tab-logbog');
        const ext = await waitForExtensionTab(session, 'logbook.html', async () => {
          await until(() => page.evaluate(() => !!document.querySelector('sidevogn-panel').shadowRoot.querySelector('[data-testid=aabn-logbog]')), { what: 'logbook tab' });
          await clickInPanel(page, '[data-testid=aabn-logbog]');
        });
        const commands = await ext.evaluate(() => browser.commands.getAll());
        assert.deepEqual(commands.map((c) => [c.name, c.shortcut]), [['toggle-panel', 'Alt+Shift+K'], ['capture-note', 'Alt+Shift+L']]);
        const command = (type) => ext.evaluate(async (t) => {
          const [tab] = (await browser.tabs.query({})).filter((x) => (x.url ?? '').includes('/dubu/'));
          return browser.tabs.sendMessage(tab.id, { type: t, payload: {} });
        }, type);
        await command('panel/toggle');
        await waitForPanel(page, (s) => s && !s.open, { timeout: 5000 });
        await command('panel/toggle');
        await waitForPanel(page, (s) => s?.open, { timeout: 5000 });
        await command('panel/capture');
        await ext.close();
        await page.bringToFront();
      }
      await sleep(400); // let the shortcut's modifier keys come up before typing
      await page.keyboard.type(NOTE);
      await session.screenshot(page, 'logbook-capture');
      if (kind === 'chromium') xdotool(xvfb.display, 'key', 'ctrl+Return');
      else await session.chord(page, 'Control+Enter');
      const saved = await until(async () => {
        const info = await panelInfo(page);
        return /gemt/i.test(info.text) ? info : null;
      }, { what: 'the saved message' });
      assert.match(saved.text, /CPR/i, 'the panel says a CPR number was masked');
      await session.screenshot(page, 'logbook-saved');
      assert.deepEqual(await seriousAxeViolations(page, { include: [{ fromShadowDom: ['sidevogn-panel', '.sv-root'] }] }), [], 'axe on the Logbog tab');
      assert.deepEqual(page.consoleErrors, []);
    });

    it('keeps the note out of reach of the case page', async () => {
      const page = (await (session.kind === 'chromium' ? session.context.pages() : session.browser.pages())).find((p) => p.url().includes('/dubu/'));
      const seen = await page.evaluate(async () => {
        const dbs = indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [];
        const local = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
        const visible = document.documentElement.innerText + (document.querySelector('sidevogn-panel')?.shadowRoot?.textContent ?? '');
        return { dbs, inStorage: local.includes('Formålsskabelonen'), inDom: visible.includes('Formålsskabelonen') };
      });
      assert.ok(!seen.dbs.some((n) => /sidevogn/i.test(n ?? '')), `no Sidevogn database in the page's origin: ${seen.dbs}`);
      assert.equal(seen.inStorage, false);
      assert.equal(seen.inDom, false, 'the note text is not in the page (notes are shown only on request)');
    });

    it('shows the note in the full-page logbook, exports and imports a backup', async () => {
      const page = (await (session.kind === 'chromium' ? session.context.pages() : session.browser.pages())).find((p) => p.url().includes('/dubu/'));
      const logbook = await waitForExtensionTab(session, 'logbook.html', () => clickInPanel(page, '[data-testid=aabn-logbog]'));
      session.logbookUrl = logbook.url();
      await until(async () => (await noteTexts(logbook)).length > 0, { what: 'notes on the logbook page' });
      const texts = await noteTexts(logbook);
      assert.equal(texts.length, 1);
      assert.ok(texts[0].includes('Formålsskabelonen'), `note text: ${texts[0]}`);
      assert.ok(texts[0].includes('XXXXXX-XXXX') && !texts[0].includes('010190-1234'), 'the CPR number was masked before saving');
      await session.screenshot(logbook, 'logbook-page');
      assert.deepEqual(await seriousAxeViolations(logbook), [], 'axe on the full-page logbook');

      const exported = await downloadByButton(session, logbook, 'Eksportér JSON');
      const backup = JSON.parse(exported.text);
      const notes = backup.entries ?? backup.notes;
      assert.ok(Array.isArray(notes) && notes.length === 1, 'the backup holds the note');
      // A colleague's backup: one new note (with a CPR number the import must mask) and one already here.
      const other = { ...notes[0], id: '8d0c4c2e-4a57-4f59-9c6c-2d2b0f3f0b11', text: 'Spørgsmål om partshøring ved 020285-2345', kind: 'spoergsmaal' };
      const file = join(tempDir('sv-import-'), 'backup.json');
      writeFileSync(file, JSON.stringify({ ...backup, [backup.entries ? 'entries' : 'notes']: [notes[0], other] }));
      await chooseFile(session, logbook, 'input[type=file]', file);
      await until(async () => (await noteTexts(logbook)).length === 2, { what: 'the imported note' });
      const report = await logbook.evaluate(() => document.body.innerText);
      assert.match(report, /1 (ny|note)/i);
      const after = await noteTexts(logbook);
      assert.ok(after.some((t) => t.includes('partshøring') && t.includes('XXXXXX-XXXX') && !t.includes('020285-2345')));
      await session.screenshot(logbook, 'logbook-imported');
      await logbook.close();
    });

    it('still has the notes after a browser restart with the same profile', async () => {
      await session.close();
      session = null;
      // Same profile; headless this time (the shortcut part above needed the display).
      session = await openSession(kind, kind === 'chromium' ? { profileDir: profile } : { userDataDir: profile });
      const page = await session.page();
      let logbook;
      if (kind === 'chromium') {
        // The extension loads a moment after the profile opens: retry until its page answers.
        // The extension loads a moment after the profile opens: reload until its notes show.
        await until(async () => {
          if (!(await page.goto(session.extensionUrl('logbook.html')).then(() => true, () => false))) return false;
          await sleep(1000);
          return (await noteTexts(page)).length === 2;
        }, { what: 'the logbook page after the restart', timeout: 25000, interval: 300 });
        logbook = page;
      } else {
        // Firefox: the add-on is installed again after the restart (keepUuidOnUninstall), same origin.
        await page.goto(demo.url + dubu.path);
        await waitForPanel(page, (s) => s?.open);
        await clickInPanel(page, '[role=tab]#sv-tab-logbog');
        await until(() => page.evaluate(() => !!document.querySelector('sidevogn-panel').shadowRoot.querySelector('[data-testid=aabn-logbog]')), { what: 'logbook tab' });
        logbook = await waitForExtensionTab(session, 'logbook.html', () => clickInPanel(page, '[data-testid=aabn-logbog]'));
      }
      await until(async () => (await noteTexts(logbook)).length === 2, { what: 'both notes after the restart' });
    });
  });
}
