// The foundation in real browsers: the panel mounts on every demo case screen and reads the
// context right, follows SPA navigation, toggles by handle and shortcut, leaves the host page
// working and unchanged, resists a hostile stylesheet, keeps keystrokes from host shortcuts,
// injects nothing on pages no profile matches, makes no network requests, and passes axe.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { startDemoServer } from '../../demo/server.mjs';
import { ROOT } from './helpers/browsers.mjs';
import { BROWSERS, openSession, sleep } from './helpers/session.mjs';
import { clickInPanel, focusInPanel, readPanel, until, waitForPanel } from './helpers/panel.mjs';

const screens = JSON.parse(readFileSync(join(ROOT, 'demo/screens.json'), 'utf8')).screens;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const AREA = { aeldre: 'Ældre', voksne: 'Voksne', boern: 'Børn og unge' };
/** What the panel's "Sagskontekst" must show for a screen's expected context. */
function expectedRows(ctx) {
  const rows = {
    Område: ctx.sagsomraade ? AREA[ctx.sagsomraade] : 'Ikke fundet',
    Lovgrundlag: ctx.lovgrundlag ?? 'Ikke fundet',
    Indsats: ctx.indsats ?? 'Ikke fundet',
    Omfang: ctx.omfang ?? 'Ikke fundet',
    Afgørelsestype: ctx.afgoerelsestype ?? 'Ikke fundet',
    'Ansøgning modtaget': ctx.ansoegningsdato ?? 'Ikke fundet',
    Brevredigering: ctx.hasLetterEditor ? 'Fundet' : 'Ikke på dette skærmbillede',
  };
  return rows;
}

for (const kind of BROWSERS) {
  describe(`foundation in ${kind}`, () => {
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

    it('mounts on every case screen and reads its context', async () => {
      const page = await session.page();
      for (const screen of screens.filter((s) => s.isCaseScreen)) {
        await page.goto(demo.url + screen.path);
        await page.waitForSelector(screen.readySelector);
        const want = expectedRows(screen.expected);
        const rowsOf = (s) => {
          const got = { ...s.context };
          delete got.Skærmbillede;
          return got;
        };
        // The host may render late (Nexus waits for its "API"); the panel must catch up by itself.
        const state = await waitForPanel(page, (s) => s?.open && JSON.stringify(rowsOf(s)) === JSON.stringify(want), { timeout: 5000 }).catch(async () => readPanel(page));
        assert.deepEqual(rowsOf(state), want, `context on ${screen.path}`);
        assert.equal(state.hostCount, 1, 'exactly one panel host');
        await session.screenshot(page, `panel-${screen.id}`);
      }
      assert.deepEqual(page.consoleErrors, [], 'no errors in the host console');
      await page.close();
    });

    it('injects nothing on pages no profile matches', async () => {
      const page = await session.page();
      for (const screen of screens.filter((s) => !s.isCaseScreen)) {
        await page.goto(demo.url + screen.path);
        await sleep(600);
        assert.equal(await readPanel(page), null, `no panel on ${screen.path}`);
        const extras = await page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.shadowRoot).length);
        assert.equal(extras, 0);
      }
      await page.close();
    });

    it('follows SPA navigation in the Nexus app', async () => {
      const page = await session.page();
      const overview = screens.find((s) => s.id === 'nexus-overblik');
      const bevilling = screens.find((s) => s.id === 'nexus-bevilling');
      const other = screens.find((s) => s.id === 'nexus-bevilling-5120');
      await page.goto(demo.url + overview.path);
      await waitForPanel(page, (s) => s?.context.Skærmbillede);
      const loads = await page.evaluate(() => performance.getEntriesByType('navigation').length);
      // Navigate the way a user does: through the host's own links (pushState, no reload).
      await page.evaluate((path) => {
        const link = [...document.querySelectorAll('a')].find((a) => new URL(a.href).pathname === path);
        link.click();
      }, bevilling.path);
      await waitForPanel(page, (s) => s?.context.Omfang === (bevilling.expected.omfang ?? 'Ikke fundet'));
      assert.equal(await page.evaluate(() => location.pathname), bevilling.path);
      assert.equal(await page.evaluate(() => performance.getEntriesByType('navigation').length), loads, 'no page load');
      await page.evaluate((path) => {
        history.pushState({}, '', path);
        dispatchEvent(new PopStateEvent('popstate'));
      }, other.path);
      const state = await waitForPanel(page, (s) => s?.context.Indsats === (other.expected.indsats ?? 'Ikke fundet'));
      assert.equal(state.context.Omfang, other.expected.omfang ?? 'Ikke fundet');
      await page.close();
    });

    it('toggles with the handle, resizes by keyboard and remembers the width', async () => {
      const page = await session.page();
      await page.goto(demo.url + screens.find((s) => s.id === 'dubu-afgoerelse').path);
      await waitForPanel(page, (s) => s?.open);
      await clickInPanel(page, '.sv-handle');
      await waitForPanel(page, (s) => s && !s.open);
      await session.screenshot(page, 'panel-collapsed');
      await clickInPanel(page, '.sv-handle');
      await waitForPanel(page, (s) => s?.open);
      // Resize with the keyboard on the separator (the mouse drag uses the same path).
      await focusInPanel(page, '.sv-resize');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      const wide = await waitForPanel(page, (s) => s?.width === 420);
      assert.equal(wide.width, 420);
      await sleep(500); // the width is stored asynchronously; a person does not reload within milliseconds
      await page.reload();
      await waitForPanel(page, (s) => s?.open && s.width === 420);
      // Back to the default width for the other tests.
      await focusInPanel(page, '.sv-resize');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await waitForPanel(page, (s) => s?.width === 380);
      await page.close();
    });

    it('steps aside when keyboard focus reaches a host control under it', async () => {
      const page = await session.page();
      const bevilling = screens.find((s) => s.id === 'nexus-bevilling');
      await page.goto(demo.url + bevilling.path);
      await page.waitForSelector(bevilling.readySelector);
      await waitForPanel(page, (s) => s?.open);
      // Tab through the host's form from its first field until focus lands on a control whose
      // middle the open panel would hide.
      await page.evaluate(() => document.querySelector('main input, main select, main textarea').focus());
      const where = () =>
        page.evaluate(() => {
          const el = document.activeElement;
          const r = el.getBoundingClientRect();
          const x = (r.left + r.right) / 2;
          const y = (r.top + r.bottom) / 2;
          return { x, id: el.id || el.name || el.tagName, hit: document.elementFromPoint(x, y) === el };
        });
      let focused = await where();
      for (let i = 0; i < 25 && focused.x < 1400 - 380; i++) {
        await page.keyboard.press('Tab');
        focused = await where();
      }
      assert.ok(focused.x >= 1400 - 380, 'the form has a control under the panel');
      const state = await waitForPanel(page, (s) => s && !s.open);
      assert.equal(state.open, false);
      assert.equal((await where()).hit, true, `the focused control (${focused.id}) is visible and reachable`);
      await session.screenshot(page, 'panel-stepped-aside');
      // Only for this page: the next page shows the panel as the user left it.
      await page.reload();
      await waitForPanel(page, (s) => s?.open);
      await page.close();
    });

    it('keeps keystrokes typed in the panel away from host shortcuts', async () => {
      const page = await session.page();
      await page.goto(demo.url + screens.find((s) => s.id === 'dubu-afgoerelse').path);
      await waitForPanel(page, (s) => s?.open);
      await page.evaluate(() => {
        window.__hostKeys = [];
        document.addEventListener('keydown', (e) => window.__hostKeys.push(e.key));
      });
      await focusInPanel(page, '[role=tab], .sv-resize');
      await page.keyboard.type('?g');
      await sleep(100);
      const hostSaw = await page.evaluate(() => window.__hostKeys);
      assert.deepEqual(hostSaw, [], 'the host saw none of the panel keystrokes');
      // The host's own shortcut still works when the host has focus.
      await page.evaluate(() => document.querySelector('main a, #indhold a')?.focus());
      await page.keyboard.type('?');
      await until(() => page.evaluate(() => window.__hostKeys.includes('?')), { what: 'host shortcut' });
      await page.close();
    });

    it('leaves the host page working: its form submits, its layout is unchanged', async () => {
      const page = await session.page();
      const screen = screens.find((s) => s.id === 'nexus-bevilling');
      await page.goto(demo.url + screen.path);
      await page.waitForSelector(screen.readySelector);
      await waitForPanel(page, (s) => s?.open);
      const before = demo.posts.length;
      const submitted = await page.evaluate(() => {
        const form = document.querySelector('#nx-bevilling-form');
        const button = form?.querySelector('button[type=submit], button:not([type]), input[type=submit]');
        if (!button) return false;
        button.click();
        return true;
      });
      assert.ok(submitted, 'the host form has a submit button');
      await until(() => page.evaluate(() => /gemt/i.test(document.body.innerText)), { what: 'the host confirmation' });
      await until(() => demo.posts.length > before, { what: 'the host POST at the server' });
      assert.deepEqual(page.consoleErrors, []);
      // The panel is fixed-position in its own element: taking it away moves nothing of the host.
      const rects = () =>
        page.evaluate(() => [...document.querySelectorAll('body *')].slice(0, 400).map((e) => {
          const r = e.getBoundingClientRect();
          return `${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.width)},${Math.round(r.height)}`;
        }).join('|'));
      const withPanel = await rects();
      await page.evaluate(() => document.querySelector('sidevogn-panel').remove());
      assert.equal(await rects(), withPanel, 'the host layout does not depend on the panel');
      await page.close();
    });

    it('makes no network requests of its own on a case page', async () => {
      const page = await session.page();
      const requests = [];
      page.on('request', (r) => requests.push(r.url()));
      const screen = screens.find((s) => s.id === 'dubu-afgoerelse');
      await page.goto(demo.url + screen.path);
      await waitForPanel(page, (s) => s?.open);
      await sleep(1500);
      // Everything the page loaded is the host's own (its origin or data: URLs); nothing else.
      const foreign = requests.filter((u) => !u.startsWith(demo.url) && !u.startsWith('data:'));
      assert.deepEqual(foreign, []);
      await page.close();
    });

    it('is not broken by a hostile host stylesheet', async () => {
      const page = await session.page();
      await page.goto(demo.url + screens.find((s) => s.id === 'dubu-afgoerelse').path);
      await waitForPanel(page, (s) => s?.open);
      const styleOf = () =>
        page.evaluate(() => {
          const root = document.querySelector('sidevogn-panel').shadowRoot;
          const title = root.querySelector('.sv-header__title');
          const panel = root.querySelector('.sv-panel');
          const cs = getComputedStyle(title);
          const r = panel.getBoundingClientRect();
          // The height follows the viewport, which the hostile page may shrink with scrollbars.
          return { font: cs.fontFamily, size: cs.fontSize, color: cs.color, display: getComputedStyle(panel).display, w: Math.round(r.width), top: Math.round(r.top), fillsViewport: Math.abs(r.bottom - document.documentElement.clientHeight) <= 1 || Math.abs(r.bottom - innerHeight) <= 1 };
        });
      const clean = await styleOf();
      await page.evaluate(() => {
        const style = document.createElement('style');
        style.textContent = `
          * { font-family: "Comic Sans MS", cursive !important; color: magenta !important; line-height: 4 !important;
              box-sizing: content-box !important; letter-spacing: 3px !important; }
          html, body { font-size: 40px !important; }
          div, aside, button, header, h2 { display: inline !important; padding: 30px !important; margin: 20px !important; }
          sidevogn-panel { display: none !important; opacity: 0.1 !important; transform: scale(0.2) !important; }`;
        document.head.append(style);
      });
      await sleep(100);
      const hostile = await styleOf();
      assert.deepEqual(hostile, clean);
      await session.screenshot(page, 'panel-hostile-css');
      await page.close();
    });

    it('has no serious or critical axe-core violations in the panel', async () => {
      const page = await session.page();
      for (const screen of screens.filter((s) => ['dubu-afgoerelse', 'nexus-bevilling', 'nexus-afgoerelse-rig'].includes(s.id))) {
        await page.goto(demo.url + screen.path);
        await page.waitForSelector(screen.readySelector);
        await waitForPanel(page, (s) => s?.open);
        await page.evaluate(axeSource);
        const violations = await page.evaluate(async () => {
          const result = await window.axe.run({ include: [{ fromShadowDom: ['sidevogn-panel', '.sv-root'] }] }, { resultTypes: ['violations'] });
          return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
        assert.deepEqual(violations, [], `axe on ${screen.path}`);
      }
      await page.close();
    });
  });
}
