import { browser } from '../../lib/platform/browser';
import { route } from './router';
import { forwardCommand } from './commands';

/**
 * The background stays thin: every listener is registered synchronously here, before any
 * await, so an MV3 service worker woken by an event finds its listener. State lives in
 * storage and IndexedDB, never in module variables.
 */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  browser.commands.onCommand.addListener((command, tab) => void forwardCommand(command, tab));
});
