import { browser } from '../../lib/platform/browser';
import { dynamicOrigins } from '../../lib/host/origins';
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
      { id: SCRIPT_ID, matches: granted, js: ['content-scripts/case-panel.js'], runAt: 'document_start', persistAcrossSessions: true },
    ]);
  }
  return granted;
}

