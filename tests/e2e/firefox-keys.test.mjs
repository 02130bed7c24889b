// Firefox's own keyboard shortcuts under a virtual display. Firefox started by a WebDriver
// client does not run its window shortcuts here (not even Ctrl+T), so this test starts Firefox
// ESR the ordinary way, with Sidevogn installed in the profile (an unsigned build is allowed on
// ESR with xpinstall.signatures.required=false, as a municipality's own build is), presses the
// real keys with xdotool, quits, and then reads the result through puppeteer on the same profile:
// the note captured with Alt+Shift+L / Ctrl+Enter is in the logbook, and the panel closed with
// Alt+Shift+K stays closed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDemoServer } from '../../demo/server.mjs';
import { FIREFOX_BUILD, GECKO_ID, ROOT, firefoxPath, tempDir } from './helpers/browsers.mjs';
import { ARTIFACTS, BROWSERS, sleep, waitForExtensionTab } from './helpers/session.mjs';
import { readPanel, until, clickInPanel } from './helpers/panel.mjs';
import { startXvfb, xvfbAvailable, XVFB_MISSING, xdotool } from './helpers/xvfb.mjs';

const screens = JSON.parse(readFileSync(join(ROOT, 'demo/screens.json'), 'utf8')).screens;
const dubu = screens.find((s) => s.id === 'dubu-afgoerelse');
const PREFS = {
  'xpinstall.signatures.required': false,
  'extensions.autoDisableScopes': 0,
  'extensions.enabledScopes': 15,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.aboutwelcome.enabled': false,
  'app.update.enabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'browser.sessionstore.resume_from_crash': false,
  'browser.tabs.warnOnClose': false,
};
const NOTE = 'Genvejen virker ogsaa i Firefox';

const skip = !BROWSERS.includes('firefox') ? 'Firefox er ikke valgt' : !xvfbAvailable() ? XVFB_MISSING : false;

describe('real keyboard shortcuts in Firefox ESR', { skip }, () => {
  let demo;
  let xvfb;
  let browser;
  const profile = tempDir('sv-ff-keys-');
  before(async () => {
    demo = await startDemoServer();
    xvfb = await startXvfb();
    mkdirSync(join(profile, 'extensions'), { recursive: true });
    execFileSync('zip', ['-qr', join(profile, 'extensions', `${GECKO_ID}.xpi`), '.'], { cwd: FIREFOX_BUILD });
    writeFileSync(join(profile, 'user.js'), Object.entries(PREFS).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n'));
  });
  after(async () => {
    await browser?.close().catch(() => {});
    xvfb?.stop();
    await demo?.close();
  });

  it('captures a note with Alt+Shift+L and Ctrl+Enter, and hides the panel with Alt+Shift+K', async () => {
    const ff = spawn(firefoxPath(), ['--profile', profile, '--no-remote', '--width', '1400', '--height', '900', demo.url + dubu.path], {
      env: { ...process.env, DISPLAY: xvfb.display, MOZ_CRASHREPORTER_DISABLE: '1' },
      stdio: 'ignore',
    });
    const exited = new Promise((r) => ff.on('exit', r));
    try {
      const win = await until(() => {
        try {
          return xdotool(xvfb.display, 'search', '--onlyvisible', '--name', 'DUBU').split('\n').pop() || null;
        } catch {
          return null;
        }
      }, { what: 'the Firefox window with the demo case', timeout: 40000, interval: 500 });
      await sleep(4000); // the add-on starts and the panel mounts
      xdotool(xvfb.display, 'windowfocus', win);
      xdotool(xvfb.display, 'mousemove', '300', '300', 'click', '1');
      await sleep(300);
      xdotool(xvfb.display, 'key', 'alt+shift+l');
      await sleep(1200);
      xdotool(xvfb.display, 'type', '--delay', '20', NOTE);
      xdotool(xvfb.display, 'key', 'ctrl+Return');
      await sleep(1500);
      execFileSync('sh', ['-c', `xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng > ${join(ARTIFACTS, 'firefox-keys-captured.png')}`], { env: { ...process.env, DISPLAY: xvfb.display } });
      xdotool(xvfb.display, 'mousemove', '300', '300', 'click', '1');
      await sleep(300);
      xdotool(xvfb.display, 'key', 'alt+shift+k');
      await sleep(1500);
      execFileSync('sh', ['-c', `xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng > ${join(ARTIFACTS, 'firefox-keys-hidden.png')}`], { env: { ...process.env, DISPLAY: xvfb.display } });
      xdotool(xvfb.display, 'key', 'ctrl+q');
      await Promise.race([exited, sleep(15000)]);
    } finally {
      if (ff.exitCode === null) ff.kill('SIGTERM');
      await Promise.race([exited, sleep(5000)]);
    }

    // Read the result through the same profile.
    const puppeteer = (await import('puppeteer-core')).default;
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath(), headless: true, userDataDir: profile, extraPrefsFirefox: PREFS, defaultViewport: { width: 1400, height: 900 } });
    const page = await browser.newPage();
    await page.goto(demo.url + dubu.path);
    await page.waitForSelector(dubu.readySelector);
    const state = await until(() => readPanel(page), { what: 'the panel host', timeout: 15000 });
    assert.equal(state.open, false, 'Alt+Shift+K closed the panel, and it stays closed');
    await clickInPanel(page, '.sv-handle');
    await until(() => readPanel(page).then((s) => s?.open), { what: 'the panel opened by its handle' });
    await clickInPanel(page, '#sv-tab-logbog');
    const session = { kind: 'firefox', browser };
    await until(() => page.evaluate(() => !!document.querySelector('sidevogn-panel').shadowRoot.querySelector('[data-testid=aabn-logbog]')), { what: 'logbook tab' });
    const logbook = await waitForExtensionTab(session, 'logbook.html', () => clickInPanel(page, '[data-testid=aabn-logbog]'));
    const texts = await until(async () => {
      const t = await logbook.evaluate(() => [...document.querySelectorAll('.lb-note__text')].map((p) => p.textContent));
      return t.length ? t : null;
    }, { what: 'the note typed with the real shortcut' });
    assert.deepEqual(texts, [NOTE]);
  });
});
