import { browser } from '../../../lib/platform/browser';
import type { Handler } from '../router';

const PAGE_FILES = { logbook: 'logbook.html', dashboard: 'dashboard.html', options: 'options.html' } as const;

export const panelHandlers: { 'panel/open-page': Handler<'panel/open-page'>; 'panel/load-teach': Handler<'panel/load-teach'> } = {
  'panel/open-page': async ({ page }) => {
    if (page === 'options') await browser.runtime.openOptionsPage();
    // getURL is typed against the pages WXT knows at build time; these are ours.
    else await browser.tabs.create({ url: (browser.runtime.getURL as (path: string) => string)(`/${PAGE_FILES[page]}`) });
    return { opened: true };
  },
  'panel/load-teach': async (_payload, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('Skærmbilledet kunne ikke findes.');
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: ['/teach-mode.js'] });
    return { loaded: true };
  },
};
