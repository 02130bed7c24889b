import { browser } from '../../lib/platform/browser';
import { CONFIG_KEYS } from '../../lib/config/service';
import { route } from './router';
import { forwardCommand } from './commands';
import { startConfigService, configHandlers } from './handlers/config';
import { syncContentScripts } from './content-scripts';

/**
 * The background stays thin: every listener is registered synchronously here, before any
 * await, so an MV3 service worker woken by an event finds its listener. State lives in
 * storage and IndexedDB, never in module variables.
 */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  browser.commands.onCommand.addListener((command, tab) => void forwardCommand(command, tab));
  startConfigService();

  // The panel runs wherever an effective site profile points and host access is granted.
  const resync = () =>
    void configHandlers['config/effective']({}, {})
      .then((effective) => syncContentScripts(effective.siteProfiles))
      .catch(() => undefined);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && CONFIG_KEYS.effective in changes) resync();
  });
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  browser.runtime.onInstalled.addListener(resync);
});
