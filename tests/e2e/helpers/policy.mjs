// Helpers for the managed-policy E2E tests: writing and clearing the real policy files, a
// tiny pack server for `configUrl` (ETag, CORS, switchable content), this week's ISO week,
// and reaching Sidevogn's own pages in both drivers.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { setChromiumPolicy, setFirefoxPolicy } from './browsers.mjs';
import { waitForExtensionTab } from './session.mjs';
import { clickInPanel, until, waitForPanel } from './panel.mjs';

/** Writes (or with `undefined`, removes) the policy for our extension in the browser's engine. */
export function setPolicy(kind, values) {
  if (kind === 'chromium') setChromiumPolicy(values);
  else setFirefoxPolicy(values);
}

/** Removes every policy file these tests write (also after a crashed earlier run). */
export function clearPolicies() {
  setChromiumPolicy(undefined);
  setFirefoxPolicy(undefined);
}

/** The ISO week of a date as "YYYY-Www" (the form the pack's gyldigFra/gyldigTil accept). */
export function isoWeek(date = new Date()) {
  const d = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((d.getTime() - yearStart.getTime()) / 86400000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** A tip valid for this ISO week only, so it wins over the undated pool. */
export function weekTip(id, title, body) {
  const week = isoWeek();
  return { id, title, body, gyldigFra: week, gyldigTil: week, tags: ['politik'] };
}

/** Pack metadata that makes the status line easy to recognise. */
export function meta(name, version, municipality = 'Politikby') {
  return { format: 1, municipality, name, version, published: new Date().toISOString().slice(0, 10), changelog: '' };
}

/**
 * A pack server on 127.0.0.1: serves whatever `serve(text)` last set at /pack.json, with a
 * content ETag (304 on If-None-Match), `Access-Control-Allow-Origin: *`, and a request log.
 */
export async function startPackServer() {
  let body = '{}';
  const log = [];
  const server = createServer((req, res) => {
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    const headers = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-cache', ETag: etag };
    if (req.url?.split('?')[0] !== '/pack.json') {
      res.writeHead(404, headers);
      res.end();
      return;
    }
    const conditional = req.headers['if-none-match'];
    if (conditional === etag) {
      log.push({ status: 304, ifNoneMatch: conditional });
      res.writeHead(304, headers);
      res.end();
      return;
    }
    log.push({ status: 200, ifNoneMatch: conditional });
    res.writeHead(200, { ...headers, 'Content-Type': 'application/json; charset=utf-8' });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/pack.json`,
    log,
    serve(text) {
      body = text;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Opens a demo case screen and waits for the open panel. */
export async function openCaseScreen(session, demo, screen) {
  const page = await session.page();
  await page.goto(demo.url + screen.path);
  await page.waitForSelector(screen.readySelector);
  await waitForPanel(page, (s) => s?.open, { timeout: 15000 });
  return page;
}

/** Selects a panel tab by its id ("tips", "logbog", …). */
export async function selectPanelTab(page, id) {
  await until(() => page.evaluate((tid) => !!document.querySelector('sidevogn-panel')?.shadowRoot?.querySelector(`#sv-tab-${tid}`), id), { what: `the ${id} tab` });
  await clickInPanel(page, `#sv-tab-${id}`);
}

/** The title of "Ugens tip" in the Tips tab (selects the tab first), or null when none shows. */
export async function weeklyTipTitle(page) {
  await selectPanelTab(page, 'tips');
  return until(
    () =>
      page.evaluate(() => {
        const root = document.querySelector('sidevogn-panel')?.shadowRoot;
        const week = root?.querySelector('.tp-week');
        if (!week) return null;
        return week.querySelector('.tp-week__title')?.textContent.trim() ?? '(intet tip)';
      }),
    { what: "Ugens tip in the Tips tab" },
  );
}

/**
 * An extension page of ours (e.g. "logbook.html", "options.html") in a tab. Chromium opens it
 * by URL. Firefox's moz-extension origin is a per-profile UUID that WebDriver BiDi does not
 * report, so there the panel's Logbog button opens the logbook first (the same path a user
 * takes); other pages are then opened from it.
 */
export async function openExtensionPage(session, page, file) {
  if (session.kind === 'chromium') {
    const ext = await session.page();
    await until(() => ext.goto(session.extensionUrl(file)).then(() => true, () => false), { what: file, interval: 300 });
    return ext;
  }
  await selectPanelTab(page, 'logbog');
  await until(() => page.evaluate(() => !!document.querySelector('sidevogn-panel').shadowRoot.querySelector('[data-testid=aabn-logbog]')), { what: 'the logbook button' });
  const logbook = await waitForExtensionTab(session, 'logbook.html', () => clickInPanel(page, '[data-testid=aabn-logbog]'));
  if (file === 'logbook.html') return logbook;
  const opened = await waitForExtensionTab(session, file, () =>
    logbook.evaluate((f) => (f === 'options.html' ? globalThis.browser.runtime.openOptionsPage() : globalThis.browser.tabs.create({ url: globalThis.browser.runtime.getURL(f) })), file),
  );
  await logbook.close();
  return opened;
}

/** Sends a message to the background from an extension page (privileged messages allowed). */
export function sendFromExtensionPage(ext, type, payload = {}) {
  // One argument: playwright's evaluate passes only one.
  return ext.evaluate(async (message) => {
    const api = globalThis.browser ?? globalThis.chrome;
    return api.runtime.sendMessage(message);
  }, { type, payload });
}
