/**
 * The one import site of the WebExtension API. Everything else imports `browser` from here,
 * so tests can swap it (WXT's fakeBrowser) and Chrome/Firefox differences stay in one place.
 */
export { browser } from 'wxt/browser';
export type { Browser } from 'wxt/browser';
