import { browser } from '../../lib/platform/browser';
import { dynamicOrigins, STATIC_ORIGINS } from '../../lib/host/origins';
import type { SiteProfile } from '../../lib/host/site-profile-schema';

const SCRIPT_ID = 'sidevogn-case-panel';

/**
 * Runs the panel on the case-system origins of the effective site profiles that the extension
 * has host access to (granted in the Studio, or by policy / a municipality's own build).
 * Nothing is requested at install: no <all_urls>.
 */
export async function syncContentScripts(sites: readonly SiteProfile[]): Promise<string[]> {
  const wanted = dynamicOrigins(sites);
  const granted: string[] = [];
  for (const origin of wanted) {
    if (await browser.permissions.contains({ origins: [origin] }).catch(() => false)) granted.push(origin);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }).catch(() => []);
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length > 0) {
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: granted, js: ['content-scripts/case-panel.js'], runAt: 'document_end', persistAcrossSessions: true },
    ]);
  }
  return granted;
}

/**
 * Injects the panel into tabs that were already open on a case system when Sidevogn was
 * installed or updated (browsers do not do that by themselves). The old copy of the content
 * script in such a tab sees that it is orphaned and removes its panel.
 */
export async function injectIntoOpenTabs(): Promise<number> {
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }).catch(() => []);
  const patterns = [...STATIC_ORIGINS, ...registered.flatMap((s) => s.matches ?? [])];
  const tabs = await browser.tabs.query({ url: patterns });
  let injected = 0;
  for (const tab of tabs) {
    if (tab.id === undefined || tab.discarded) continue;
    // Firefox injects the new version into open tabs by itself: a live copy answers the ping.
    const alive = await browser.tabs.sendMessage(tab.id, { type: 'panel/ping', payload: {} }).then(
      () => true,
      () => false,
    );
    if (alive) continue;
    try {
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/case-panel.js'] });
      injected++;
    } catch {
      // A tab we may not script (closed meanwhile, an error page): skip it.
    }
  }
  return injected;
}
