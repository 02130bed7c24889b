// Managed policy through the browsers' real policy engines: Chromium reads
// /etc/chromium/policies/managed/*.json, Firefox /etc/firefox/policies/policies.json (at start
// only, so every scenario writes the policy before it launches a fresh browser). Covers an
// inline pack, a remote pack with ETag and signature (a bad pack is refused, the last good one
// stays), switched-off features, a read-only Studio, and a pack authored in the Studio and
// handed out by policy.
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDemoServer } from '../../demo/server.mjs';
import { ROOT, tempDir } from './helpers/browsers.mjs';
import { BROWSERS, downloadByButton, openSession, sleep } from './helpers/session.mjs';
import { readPanel, until, waitForPanel } from './helpers/panel.mjs';
import {
  clearPolicies,
  isoWeek,
  meta,
  openCaseScreen,
  openExtensionPage,
  sendFromExtensionPage,
  setPolicy,
  startPackServer,
  weekTip,
  weeklyTipTitle,
} from './helpers/policy.mjs';

const screens = JSON.parse(readFileSync(join(ROOT, 'demo/screens.json'), 'utf8')).screens;
const dubu = screens.find((s) => s.id === 'dubu-afgoerelse');
const intranet = screens.find((s) => s.id === 'intranet-forside');
const defaultProfiles = JSON.parse(readFileSync(join(ROOT, 'lib/host/default-site-profiles.json'), 'utf8'));

/** The site profiles a policy pack gives: the built-in ones plus the municipality's intranet. */
const policyProfiles = [
  ...defaultProfiles,
  {
    id: 'politik-intranet',
    name: 'Kommunens intranet (fra politik)',
    origins: ['http://127.0.0.1/*', 'http://localhost/*'],
    screens: [{ id: 'forside', label: 'Intranet fra politikken', paths: ['/intranet/*'], signals: [{ selector: 'header strong', text: 'Intranettet' }], constants: { sagsomraade: 'voksne' } }],
  },
];

const INLINE_TIP = 'Politik-tip: Skriv formålet, så borgeren kan genkende det';
const inlinePack = {
  meta: meta('Politikpakke', '3.1.4'),
  siteProfiles: policyProfiles,
  tips: [weekTip('politik-tip-formaal', INLINE_TIP, 'Denne tekst kommer fra **politikken** (configPack).')],
};

/** Runs the Sidevogn CLI (the same TypeScript the extension runs) and returns its output. */
const cli = (...args) => execFileSync(process.execPath, [join(ROOT, 'cli/bin.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' });

for (const kind of BROWSERS) {
  describe(`managed policy in ${kind}`, () => {
    let demo;
    let session;
    before(async () => {
      clearPolicies(); // a crashed earlier run may have left one behind
      demo = await startDemoServer();
    });
    afterEach(async () => {
      await session?.close().catch(() => {});
      session = null;
      clearPolicies();
    });
    after(async () => {
      clearPolicies();
      await demo?.close();
    });

    /** Writes the policy, then starts a fresh browser (Firefox reads policy only at start). */
    const launch = async (policy, options = {}) => {
      if (policy) setPolicy(kind, policy);
      const started = Date.now();
      session = await openSession(kind, options);
      session.started = started;
      return session;
    };

    it('applies an inline configPack: its tip, its extra site profile and its status line', async (t) => {
      await launch({ configPack: JSON.stringify(inlinePack) });
      const page = await openCaseScreen(session, demo, dubu);
      const state = await waitForPanel(page, (s) => s?.status?.includes('Politikpakke'), { timeout: 60000 });
      t.diagnostic(`policy pack in effect ${Date.now() - session.started} ms after launch`);
      assert.equal(state.status, 'Konfiguration: Politikby – Politikpakke 3.1.4 (pakke givet direkte i politikken)');
      assert.ok(state.tabs.includes('Serviceniveau') && state.tabs.includes('Logbog'), `all features on without disabledFeatures: ${state.tabs}`);
      assert.equal(await weeklyTipTitle(page), INLINE_TIP);
      await session.screenshot(page, 'policy-inline-tip');

      // The pack's own site profile makes the intranet a screen the panel knows.
      const intra = await session.page();
      await intra.goto(demo.url + intranet.path);
      const onIntranet = await waitForPanel(intra, (s) => s?.open && s.context.Skærmbillede, { timeout: 8000 });
      assert.equal(onIntranet.context.Skærmbillede, 'Intranet fra politikken');
      assert.equal(onIntranet.context.Område, 'Voksne');
      assert.equal(await weeklyTipTitle(intra), INLINE_TIP);
    });

    it('fetches the configUrl pack (signed, ETag), refuses unsigned and broken packs and keeps the last good one', async (t) => {
      const keys = tempDir('sv-keys-');
      cli('pack', 'keygen', '--out', keys);
      const publicKey = readFileSync(join(keys, 'sidevogn-sign-public.txt'), 'utf8').trim();
      const sign = (pack) => {
        const dir = tempDir('sv-pack-');
        const file = join(dir, 'pack.json');
        writeFileSync(file, JSON.stringify(pack));
        cli('pack', 'sign', '--key', join(keys, 'sidevogn-sign-private.pem'), '--in', file, '--out', join(dir, 'signed.json'));
        return readFileSync(join(dir, 'signed.json'), 'utf8');
      };
      const REMOTE_TIP = 'Politik-tip: Hentet fra kommunens adresse';
      const NEW_TIP = 'Politik-tip: Ny version fra kommunens adresse';
      const goodPack = { meta: meta('Fjernpakke', '1.0.0'), tips: [weekTip('fjern-tip', REMOTE_TIP, 'Fra configUrl, signeret.')] };
      const server = await startPackServer();
      t.after(() => server.close());
      server.serve(sign(goodPack));

      await launch({ configUrl: server.url, configPublicKey: publicKey });
      const page = await openCaseScreen(session, demo, dubu);
      const first = await waitForPanel(page, (s) => s?.status?.includes('Fjernpakke'), { timeout: 60000 });
      t.diagnostic(`remote pack in effect ${Date.now() - session.started} ms after launch (${server.log.length} request(s))`);
      assert.equal(first.status, 'Konfiguration: Politikby – Fjernpakke 1.0.0 (pakke hentet fra adressen i politikken)');
      assert.equal(await weeklyTipTitle(page), REMOTE_TIP);
      await session.screenshot(page, 'policy-remote-tip');

      const ext = await openExtensionPage(session, page, 'logbook.html');
      const refresh = async () => {
        const reply = await sendFromExtensionPage(ext, 'config/refresh-remote');
        assert.equal(reply?.ok, true, `refresh-remote answered: ${JSON.stringify(reply)}`);
        return reply.value;
      };

      // Same content again: the ETag is sent and the server answers 304.
      let status = await refresh();
      assert.equal(server.log.at(-1).status, 304, `a conditional request: ${JSON.stringify(server.log)}`);
      assert.equal(status.sources.fjern.lastResult, 'uændret');

      // An unsigned pack, although valid, is refused because configPublicKey is set.
      server.serve(JSON.stringify({ meta: meta('Usigneret', '9.0.0'), tips: [weekTip('usigneret', 'Politik-tip: USIGNERET', 'Må ikke vises.')] }));
      status = await refresh();
      assert.equal(status.sources.fjern.state, 'fejl');
      assert.equal(status.sources.fjern.usingLastGood, true);
      assert.equal(status.effective.name, 'Fjernpakke');
      await page.bringToFront();
      const warned = await waitForPanel(page, (s) => /kunne ikke indlæses/.test(s?.status ?? ''));
      assert.match(warned.status, /senest gode/);
      assert.equal(await weeklyTipTitle(page), REMOTE_TIP, 'the last good tip still shows');
      await session.screenshot(page, 'policy-remote-refused');

      // Not JSON at all: refused the same way.
      server.serve('{"meta": {"format": 1, "municipality": "Brudt"');
      status = await refresh();
      assert.equal(status.sources.fjern.state, 'fejl');
      assert.match(status.sources.fjern.message, /ikke gyldig JSON/);
      assert.equal(status.effective.name, 'Fjernpakke');

      // A signed pack changed after signing (someone edited the file on the server): refused.
      const tampered = JSON.parse(sign({ meta: meta('Fjernpakke', '1.0.1'), tips: [weekTip('fjern-tip', REMOTE_TIP, 'Fra configUrl, signeret.')] }));
      tampered.pack.tips[0].title = 'Politik-tip: ÆNDRET EFTER SIGNERING';
      server.serve(JSON.stringify(tampered));
      status = await refresh();
      assert.equal(status.sources.fjern.state, 'fejl');
      assert.equal(status.effective.name, 'Fjernpakke');
      assert.equal(status.effective.version, '1.0.0');
      assert.equal(await weeklyTipTitle(page), REMOTE_TIP);

      // A new signed version is taken, and the warning goes away.
      server.serve(sign({ meta: meta('Fjernpakke', '1.1.0'), tips: [weekTip('fjern-tip-2', NEW_TIP, 'Ny version.')] }));
      status = await refresh();
      assert.equal(status.sources.fjern.state, 'ok');
      const fresh = await waitForPanel(page, (s) => s?.status?.includes('Fjernpakke 1.1.0'));
      assert.equal(fresh.status, 'Konfiguration: Politikby – Fjernpakke 1.1.0 (pakke hentet fra adressen i politikken)');
      assert.equal(await weeklyTipTitle(page), NEW_TIP);
      await ext.close();
    });

    it('hides the tabs of features switched off by disabledFeatures', async (t) => {
      await launch({ disabledFeatures: ['logbog', 'serviceniveau'] });
      const page = await openCaseScreen(session, demo, dubu);
      const state = await waitForPanel(page, (s) => s?.open && !s.tabs.includes('Logbog'), { timeout: 60000 });
      t.diagnostic(`features off ${Date.now() - session.started} ms after launch`);
      assert.ok(!state.tabs.includes('Serviceniveau'), `tabs: ${state.tabs}`);
      assert.ok(state.tabs.includes('Tip og tjeklister'), `tabs: ${state.tabs}`);
      // Stays so: a later re-read of the policy does not bring them back.
      await sleep(1000);
      const later = await readPanel(page);
      assert.deepEqual(later.tabs.filter((tab) => tab === 'Logbog' || tab === 'Serviceniveau'), []);
      await session.screenshot(page, 'policy-features-off');
    });

    it('makes the Studio read-only with allowLocalEdits: false', async (t) => {
      await launch({ allowLocalEdits: false });
      const page = await openCaseScreen(session, demo, dubu);
      const studio = await openExtensionPage(session, page, 'options.html');
      // Chromium hands managed storage to the extension a few seconds after start, and the
      // Studio reads the status once when it opens: wait until the background has the policy,
      // then (re)load the Studio, as a user would see it.
      await until(async () => (await sendFromExtensionPage(studio, 'config/status'))?.value?.policy?.allowLocalEdits === false, {
        timeout: 60000,
        interval: 250,
        what: 'allowLocalEdits: false in the background',
      });
      // Reload from inside the page: WebDriver BiDi in Firefox never reports the load of a
      // moz-extension page, so a driver-level reload would time out there.
      await studio.evaluate(() => {
        window.svBeforeReload = true;
        location.reload();
      });
      await until(
        () => studio.evaluate(() => !window.svBeforeReload && !!document.querySelector('[data-testid="studio"]:not([data-loading])')).catch(() => false),
        { timeout: 15000, what: 'the reloaded Studio' },
      );
      const view = await until(
        () =>
          studio.evaluate(() => {
            const root = document.querySelector('[data-testid="studio"]');
            if (root?.getAttribute('data-readonly') !== 'true') return null;
            const save = document.querySelector('[data-testid="studio-save"]');
            return {
              banner: document.querySelector('[data-testid="readonly-banner"]')?.textContent.trim() ?? '',
              saveDisabled: save ? save.disabled : null,
            };
          }),
        { timeout: 60000, what: 'the read-only Studio' },
      );
      t.diagnostic(`Studio read-only ${Date.now() - session.started} ms after launch`);
      assert.ok(view.banner.length > 0, 'a read-only banner is shown');
      assert.equal(view.saveDisabled, true);
      // Editing controls are locked too, not only the save button.
      await studio.click('[data-testid="tab-tips"]');
      const title = await until(() => studio.$('[data-testid="tip-title"]'), { what: 'a tip form' });
      assert.ok(title);
      assert.equal(await studio.evaluate(() => document.querySelector('[data-testid="tip-title"]').readOnly), true);
      assert.equal(await studio.evaluate(() => document.querySelector('[data-testid="tips-add"]')?.disabled), true);
      await session.screenshot(studio, 'policy-studio-readonly');
    });

    it('gives a tip authored and exported in the Studio to a fresh profile by policy', async (t) => {
      const STUDIO_TIP = `Politik-tip fra Studiet ${isoWeek()}`;
      // 1. A support person writes the tip in the Studio (no policy) and downloads the pack.
      await launch(undefined);
      const page = await openCaseScreen(session, demo, dubu);
      const studio = await openExtensionPage(session, page, 'options.html');
      await studio.waitForSelector('[data-testid="studio"]:not([data-loading])', { timeout: 15000 });
      await studio.click('[data-testid="tab-tips"]');
      await studio.click('[data-testid="tips-add"]');
      await studio.type('[data-testid="tip-title"]', STUDIO_TIP);
      await studio.type('[data-testid="tip-body"]', 'Skrevet i Studiet og udrullet med politik.');
      await studio.type('[data-testid="tip-from"]', isoWeek());
      await studio.type('[data-testid="tip-to"]', isoWeek());
      await until(() => studio.evaluate(() => document.querySelector('[data-testid="studio-save"]')?.disabled === false), { what: 'an enabled save button' });
      await studio.click('[data-testid="studio-save"]');
      await until(() => studio.evaluate(() => /Gemt/.test(document.querySelector('[data-testid="studio-message"]')?.textContent ?? '')), { what: 'Gemt' });
      await studio.click('[data-testid="tab-publish"]');
      await until(() => studio.$('[data-testid="export-download"]'), { what: 'the export button' });
      const exported = await downloadByButton(session, studio, 'Hent pakke');
      const pack = JSON.parse(exported.text);
      assert.ok(pack.tips.some((tip) => tip.title === STUDIO_TIP), 'the exported pack holds the new tip');
      t.diagnostic(`exported ${exported.name} (${exported.text.length} characters, version ${pack.meta.version})`);
      await session.close();
      session = null;

      // 2. IT hands the file's content out as configPack; a fresh profile shows the tip.
      await launch({ configPack: exported.text });
      const fresh = await openCaseScreen(session, demo, dubu);
      const state = await waitForPanel(fresh, (s) => s?.status?.includes('givet direkte i politikken'), { timeout: 60000 });
      assert.match(state.status, new RegExp(`${pack.meta.version.replace(/\./g, '\\.')} \\(pakke givet direkte i politikken\\)`));
      assert.equal(await weeklyTipTitle(fresh), STUDIO_TIP);
      await session.screenshot(fresh, 'policy-studio-tip');
    });
  });
}
