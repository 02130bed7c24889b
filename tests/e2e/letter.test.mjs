// Afgørelsestjek where caseworkers meet it: typing a flawed letter into each demo editor
// (contenteditable, textarea, iframe rich editor) shows the expected findings, fixing the text
// clears them, and "Vis i brevet" highlights the text in an overlay without touching the letter.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDemoServer } from '../../demo/server.mjs';
import { ROOT } from './helpers/browsers.mjs';
import { BROWSERS, openSession } from './helpers/session.mjs';
import { clickInPanel, until, waitForPanel } from './helpers/panel.mjs';
import { seriousAxeViolations } from './helpers/axe.mjs';

const screens = JSON.parse(readFileSync(join(ROOT, 'demo/screens.json'), 'utf8')).screens;
const EDITORS = ['dubu-afgoerelse', 'nexus-afgoerelse', 'nexus-afgoerelse-rig'].map((id) => screens.find((s) => s.id === id));

const FLAWED = [
  'Afgørelse om praktisk hjælp',
  'Du får ikke hjælp til rengøring hver uge. Du opfylder ikke betingelserne.',
  'Afgørelsen er truffet efter servicelovens § 83, stk. 1, nr. 2.',
  'Hvis du vil klage, skal du sende klagen direkte til Ankestyrelsen senest 8 uger efter, at du har modtaget afgørelsen.',
];
const FIXED_DEADLINE = 'Hvis du vil klage, skal du sende klagen til kommunen senest 4 uger efter, at du har modtaget afgørelsen. Vi vurderer sagen igen, og hvis vi fastholder afgørelsen, sender vi den videre til Ankestyrelsen.';

/** The findings shown in the panel, as rule ids. */
const findings = (page) =>
  page.evaluate(() => [...(document.querySelector('sidevogn-panel')?.shadowRoot?.querySelectorAll('.lc-finding') ?? [])].map((li) => li.getAttribute('data-rule')));

/** Replaces the letter the way a caseworker does: select all in the editor, then type. */
async function typeLetter(page, screen, paragraphs) {
  const kind = screen.expected.letterEditorKind;
  await page.evaluate((k) => {
    if (k === 'textarea') {
      const t = document.querySelector('#nx-brev');
      t.focus();
      t.select();
    } else if (k === 'contenteditable') {
      const e = document.querySelector('#brevtekst');
      e.focus();
      getSelection().selectAllChildren(e);
    } else {
      const f = document.querySelector('#nx-rte-frame');
      f.contentWindow.focus();
      f.contentDocument.body.focus();
      f.contentWindow.getSelection().selectAllChildren(f.contentDocument.body);
    }
  }, kind);
  await page.keyboard.press('Backspace');
  for (const [i, p] of paragraphs.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    if (i > 0 && kind === 'textarea') await page.keyboard.press('Enter');
    await page.keyboard.type(p);
  }
}

for (const kind of BROWSERS) {
  describe(`afgørelsestjek in ${kind}`, () => {
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

    for (const screen of EDITORS) {
      it(`checks the letter as it is typed in the ${screen.expected.letterEditorKind} editor (${screen.id})`, async () => {
        const page = await session.page();
        await page.goto(demo.url + screen.path);
        await page.waitForSelector(screen.readySelector);
        await waitForPanel(page, (s) => s?.tabs.includes('Afgørelsestjek'));
        await clickInPanel(page, '#sv-tab-afgoerelsestjek');
        // The demo's own draft has deliberate flaws already.
        await until(async () => (await findings(page)).length > 0, { what: 'findings on the draft' });
        await session.screenshot(page, `afgoerelsestjek-${screen.id}-draft`);
        assert.deepEqual(await seriousAxeViolations(page, { include: [{ fromShadowDom: ['sidevogn-panel', '.sv-root'] }] }), [], 'axe on the Afgørelsestjek tab');

        await typeLetter(page, screen, FLAWED);
        const flawed = await until(async () => {
          const f = await findings(page);
          return f.includes('klagefrist-forkert') && f.includes('klage-direkte-til-ankestyrelsen') ? f : null;
        }, { what: 'the findings for the flawed letter', timeout: 10000 });
        assert.ok(flawed.includes('manglende-byggesten'), `missing building blocks are reported: ${flawed}`);

        // "Vis i brevet" on the deadline finding: an overlay box appears over the text; the letter is unchanged.
        const before = await page.evaluate(() => document.querySelector('#brevtekst, #nx-brev')?.textContent ?? document.querySelector('#nx-rte-frame')?.contentDocument.body.textContent);
        await clickInPanel(page, '.lc-finding[data-rule=klagefrist-forkert] button');
        const box = await until(() => page.evaluate(() => {
          const root = document.querySelector('sidevogn-panel').shadowRoot;
          const marks = [...root.querySelectorAll('.sv-highlight-layer *')].map((m) => m.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
          return marks.length ? { n: marks.length, top: marks[0].top, left: marks[0].left } : null;
        }), { what: 'a highlight box' });
        assert.ok(box.top >= 0 && box.top < 900, `the highlighted text is scrolled into view: ${JSON.stringify(box)}`);
        const afterText = await page.evaluate(() => document.querySelector('#brevtekst, #nx-brev')?.textContent ?? document.querySelector('#nx-rte-frame')?.contentDocument.body.textContent);
        assert.equal(afterText, before, 'highlighting does not change the letter');
        await session.screenshot(page, `afgoerelsestjek-${screen.id}-highlight`);

        // Fixing the klagevejledning clears those findings.
        await typeLetter(page, screen, [...FLAWED.slice(0, 3), FIXED_DEADLINE]);
        await until(async () => {
          const f = await findings(page);
          return !f.includes('klagefrist-forkert') && !f.includes('klage-direkte-til-ankestyrelsen') && f.length > 0;
        }, { what: 'the deadline findings to clear', timeout: 10000 });
        assert.deepEqual(page.consoleErrors, []);
        await page.close();
      });
    }
  });
}
