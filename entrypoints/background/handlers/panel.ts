import { browser } from '../../../lib/platform/browser';
import type { Handler } from '../router';

const PAGE_FILES = { logbook: 'logbook.html', dashboard: 'dashboard.html', options: 'options.html' } as const;

export const panelHandlers: { 'panel/open-page': Handler<'panel/open-page'> } = {
  'panel/open-page': async ({ page }) => {
    if (page === 'options') await browser.runtime.openOptionsPage();
    // getURL is typed against the pages WXT knows at build time; these are ours.
    else await browser.tabs.create({ url: (browser.runtime.getURL as (path: string) => string)(`/${PAGE_FILES[page]}`) });
    return { opened: true };
  },
};
