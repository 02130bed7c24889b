import { browser, type Browser } from '../../lib/platform/browser';

const COMMAND_MESSAGES: Record<string, 'panel/toggle' | 'panel/capture'> = {
  'toggle-panel': 'panel/toggle',
  'capture-note': 'panel/capture',
};

/** Forwards a keyboard command to the content script of the tab it was pressed in. */
export async function forwardCommand(command: string, tab?: Browser.tabs.Tab): Promise<void> {
  const type = COMMAND_MESSAGES[command];
  if (!type) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  try {
    await browser.tabs.sendMessage(tabId, { type, payload: {} });
  } catch {
    // No Sidevogn panel on that page (not a case screen): nothing to toggle.
  }
}
