// Reads and drives the panel inside its shadow root. Functions passed to page.evaluate run in
// the page; they work the same under playwright-core and puppeteer-core.

/** The panel's visible state, or null when no panel is on the page. */
export async function readPanel(page) {
  return page.evaluate(() => {
    const host = document.querySelector('sidevogn-panel');
    const root = host?.shadowRoot;
    if (!root) return null;
    const context = {};
    for (const row of root.querySelectorAll('[data-testid=sagskontekst] .sv-context__row')) {
      context[row.querySelector('dt').textContent.trim()] = row.querySelector('dd').textContent.trim();
    }
    const panel = root.querySelector('.sv-panel');
    return {
      open: !!panel,
      width: panel ? Math.round(panel.getBoundingClientRect().width) : 0,
      context,
      tabs: [...root.querySelectorAll('[role=tab]')].map((t) => t.childNodes[0].textContent.trim()),
      status: root.querySelector('[data-testid=status]')?.textContent.trim() ?? null,
      hostCount: document.querySelectorAll('sidevogn-panel').length,
    };
  });
}

/** Waits until `check(panelState)` is truthy; returns the last state. */
export async function waitForPanel(page, check = (s) => s, { timeout = 8000, interval = 50 } = {}) {
  const start = Date.now();
  let state = null;
  while (Date.now() - start < timeout) {
    state = await readPanel(page);
    if (check(state)) return state;
    await new Promise((r) => setTimeout(r, interval));
  }
  throw new Error(`Panelet nåede ikke den ventede tilstand på ${timeout} ms. Sidst: ${JSON.stringify(state)}`);
}

/** Clicks an element inside the panel's shadow root. */
export async function clickInPanel(page, selector) {
  const ok = await page.evaluate((sel) => {
    const el = document.querySelector('sidevogn-panel')?.shadowRoot?.querySelector(sel);
    if (!el) return false;
    el.click();
    return true;
  }, selector);
  if (!ok) throw new Error(`Fandt ikke ${selector} i panelet`);
}

/** Focuses an element inside the panel (so keyboard input goes there). */
export async function focusInPanel(page, selector) {
  const ok = await page.evaluate((sel) => {
    const el = document.querySelector('sidevogn-panel')?.shadowRoot?.querySelector(sel);
    if (!el) return false;
    el.focus();
    return true;
  }, selector);
  if (!ok) throw new Error(`Fandt ikke ${selector} i panelet`);
}

/** Polls `fn` until it returns truthy. */
export async function until(fn, { timeout = 8000, interval = 50, what = 'betingelsen' } = {}) {
  const start = Date.now();
  let last;
  while (Date.now() - start < timeout) {
    last = await fn();
    if (last) return last;
    await new Promise((r) => setTimeout(r, interval));
  }
  throw new Error(`Ventede forgæves på ${what} (${timeout} ms). Sidst: ${JSON.stringify(last)}`);
}
