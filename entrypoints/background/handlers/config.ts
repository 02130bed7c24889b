import { browser } from '../../../lib/platform/browser';
import type { Handler } from '../router';
import type { ConfigMessageType } from '../../../lib/messaging/config';
import {
  exportPack,
  getStoredConfig,
  previewImport,
  recomputeConfig,
  refreshRemoteConfig,
  saveLocalPack,
  type ConfigDeps,
  type KeyValueStore,
  type StoredConfig,
} from '../../../lib/config/service';
import type { LogbookSettings } from '../../../lib/logbook/settings-schema';
import { toPanelConfig } from '../../../lib/config/panel-config';

/**
 * The config domain in the background: the handlers for config messages and the service that
 * keeps the effective pack current (policy changes, remote refresh every 3 hours). All logic
 * is in lib/config/service.ts; this file only wires the browser's storage, managed policy,
 * alarms and fetch into it. No module state beyond the order of refreshes: everything lives in
 * storage.local.
 */

export const REFRESH_ALARM = 'sidevogn-config-refresh';
export const REFRESH_MINUTES = 180;
/** Managed storage can be empty for a few seconds after the browser starts: look again. */
const POLICY_RECHECK_MS = [2_000, 5_000, 15_000, 30_000];

const localStore: KeyValueStore = {
  get: async (key) => (await browser.storage.local.get(key))[key],
  set: (key, value) => browser.storage.local.set({ [key]: value }),
  remove: (key) => browser.storage.local.remove(key),
};

/** The browser-backed dependencies of the config service. */
export function browserConfigDeps(): ConfigDeps {
  return {
    store: localStore,
    readManaged: () => browser.storage.managed.get(),
    fetch: (input, init) => fetch(input, init),
  };
}

/** The logbook part of the effective pack (for the logbook handlers' `getSettings`). */
export async function getEffectiveLogbookSettings(deps: ConfigDeps = browserConfigDeps()): Promise<LogbookSettings> {
  return (await getStoredConfig(deps)).effective.pack.logbook as LogbookSettings;
}

export type ConfigHandlers = { [K in ConfigMessageType]: Handler<K> };

/** Builds the handlers over the given dependencies (tests pass a Map store and a fake fetch). */
export function createConfigHandlers(deps: () => ConfigDeps = browserConfigDeps): ConfigHandlers {
  return {
    'config/effective': async () => toPanelConfig(await getStoredConfig(deps())),
    'config/status': async () => (await getStoredConfig(deps())).status,
    'config/save-local': async ({ pack }) => {
      const result = await saveLocalPack(deps(), pack);
      return result.ok ? { ok: true, errors: [], status: result.stored.status } : { ok: false, errors: result.errors };
    },
    'config/import-preview': async ({ pack }) => previewImport(deps(), pack),
    'config/export': async ({ which }) => {
      const out = await exportPack(deps(), which);
      return out ? { found: true, pack: out.pack, fileName: out.fileName } : { found: false };
    },
    'config/refresh-remote': async () => (await refreshInOrder(deps())).status,
  };
}

export const configHandlers: ConfigHandlers = createConfigHandlers();

async function hasManagedValues(): Promise<boolean> {
  try {
    return Object.keys(await browser.storage.managed.get()).length > 0;
  } catch {
    return false; // Firefox without a policy for us throws.
  }
}

/**
 * Runs refreshes one after another. Start-up, the managed-storage listener and the Studio can
 * each start one within the same second; run side by side, a refresh that read no policy could
 * store its result after one that had fetched the remote pack, and the stale result would stay.
 * The chain is only ordering (nothing is lost when the worker restarts).
 */
let refreshChain: Promise<unknown> = Promise.resolve();
function refreshInOrder(deps: ConfigDeps): Promise<StoredConfig> {
  const next = refreshChain.then(() => refreshRemoteConfig(deps));
  refreshChain = next.catch(() => undefined);
  return next;
}

/**
 * At browser start: fetch and resolve, then look at managed storage again for a while. Chrome
 * can hand out the policy a moment after the first refresh read nothing, so when values are
 * there at a re-check, refresh once more (the ETag makes a repeated fetch cheap).
 */
async function startUp(): Promise<void> {
  await refreshInOrder(browserConfigDeps());
  for (const delay of POLICY_RECHECK_MS) {
    await new Promise((resolve) => setTimeout(resolve, delay));
    if (await hasManagedValues()) {
      await refreshInOrder(browserConfigDeps());
      return;
    }
  }
}

/**
 * Registers the config service's listeners. Call synchronously from the background's main
 * function (before any await): managed-policy changes, the periodic refresh alarm, browser
 * start and install. Firefox reads policy at start only; Chrome and Edge report changes.
 */
export function startConfigService(): void {
  browser.storage.onChanged.addListener((_changes, areaName) => {
    if (areaName === 'managed') void refreshInOrder(browserConfigDeps()).catch(() => undefined);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void refreshInOrder(browserConfigDeps()).catch(() => undefined);
  });
  browser.runtime.onStartup.addListener(() => void startUp().catch(() => undefined));
  browser.runtime.onInstalled.addListener(() => void startUp().catch(() => undefined));
  // Creating an alarm that exists would reset its timer, so only create it when missing.
  void browser.alarms
    .get(REFRESH_ALARM)
    .then((existing) => {
      if (!existing) return browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_MINUTES, delayInMinutes: REFRESH_MINUTES });
    })
    .catch(() => undefined);
}

/** Recomputes from the stored sources without fetching (e.g. after a data migration). */
export async function recomputeNow(): Promise<StoredConfig> {
  return recomputeConfig(browserConfigDeps());
}
