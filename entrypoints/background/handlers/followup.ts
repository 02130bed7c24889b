import { browser } from '../../../lib/platform/browser';
import type { Handler } from '../router';
import type { FollowupMessageType, FollowupSettingsResponse } from '../../../lib/messaging/followup';
import { createIdbFollowupStore, type IdbFollowupStore } from '../../../lib/followup/store';
import { parseFollowupCsv, recordsToCsv } from '../../../lib/followup/csv';
import { configHandlers } from './config';

/** storage.local key of the user's switch "Registrér opfølgningstal". */
export const FOLLOWUP_SETTINGS_KEY = 'sidevogn.followup.settings';

/** What is stored under FOLLOWUP_SETTINGS_KEY. Recording is on until the user switches it off. */
interface StoredFollowupSettings {
  record: boolean;
}

export interface FollowupHandlerDeps {
  /** The IndexedDB factory; the extension's own `indexedDB` by default (tests pass fake-indexeddb). */
  factory?: () => IDBFactory;
  dbName?: string;
  /** Reads/writes the user's switch; browser.storage.local by default. */
  settingsStore?: { get(): Promise<unknown>; set(value: StoredFollowupSettings): Promise<void> };
  /** Features policy has switched off; read from the effective config by default. */
  getDisabledFeatures?: () => Promise<readonly string[]>;
  now?: () => Date;
}

export type FollowupHandlers = { [K in FollowupMessageType]: Handler<K> };

const browserSettingsStore = {
  get: async () => (await browser.storage.local.get(FOLLOWUP_SETTINGS_KEY))[FOLLOWUP_SETTINGS_KEY],
  set: (value: StoredFollowupSettings) => browser.storage.local.set({ [FOLLOWUP_SETTINGS_KEY]: value }),
};

function localIsoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Builds the follow-up handlers. No module state: the switch lives in storage.local, the
 * records in IndexedDB (opened per call), and policy is read from the effective config each
 * time, so a policy change takes effect on the next record.
 */
export function createFollowupHandlers(deps: FollowupHandlerDeps = {}): FollowupHandlers {
  const factory = deps.factory ?? (() => globalThis.indexedDB);
  const settingsStore = deps.settingsStore ?? browserSettingsStore;
  const now = deps.now ?? (() => new Date());
  const disabledFeatures =
    deps.getDisabledFeatures ?? (async () => (await configHandlers['config/effective']({}, {} as never)).disabledFeatures);
  const store = (): IdbFollowupStore => createIdbFollowupStore({ factory: factory(), ...(deps.dbName ? { name: deps.dbName } : {}) });

  async function settings(): Promise<FollowupSettingsResponse> {
    const stored = (await settingsStore.get()) as Partial<StoredFollowupSettings> | undefined;
    const userEnabled = typeof stored?.record === 'boolean' ? stored.record : true;
    // If the config cannot be read, do not record: policy may have said no.
    const policyDisabled = await disabledFeatures().then(
      (off) => off.includes('opfoelgning'),
      () => true,
    );
    return { enabled: userEnabled && !policyDisabled, userEnabled, policyDisabled };
  }

  return {
    'followup/record': async ({ record }) => {
      const s = await settings();
      if (s.policyDisabled) return { recorded: false, reason: 'off-by-policy' };
      if (!s.userEnabled) return { recorded: false, reason: 'off-by-user' };
      const outcome = await store().addOrUpdateSameDay(record);
      if (outcome === 'added') return { recorded: true };
      return { recorded: false, reason: 'duplicate', ...(outcome === 'updated' ? { updated: true } : {}) };
    },
    'followup/list': async ({ from, to }) => ({
      records: await store().list({ ...(from ? { from } : {}), ...(to ? { to } : {}) }),
    }),
    'followup/export-csv': async ({ from, to }) => {
      const records = await store().list({ ...(from ? { from } : {}), ...(to ? { to } : {}) });
      const period = from || to ? `${from ?? 'start'}_til_${to ?? localIsoDate(now())}` : localIsoDate(now());
      return {
        filename: `sidevogn-opfoelgning-${period}.csv`,
        mimeType: 'text/csv;charset=utf-8',
        content: recordsToCsv(records),
        count: records.length,
      };
    },
    'followup/import-csv': async ({ csv, fileName }) => {
      const parsed = parseFollowupCsv(csv);
      const { added, duplicates } = parsed.records.length > 0 ? await store().addMany(parsed.records) : { added: 0, duplicates: 0 };
      const name = fileName ? `${fileName}: ` : '';
      const summary = [
        `${name}${plural(parsed.records.length, 'gyldig række', 'gyldige rækker')} læst, ${plural(added, 'ny tilføjet', 'nye tilføjet')}.`,
      ];
      if (duplicates > 0) summary.push(`${plural(duplicates, 'række fandtes', 'rækker fandtes')} allerede (samme id) og blev ikke talt med igen.`);
      if (parsed.errors.length > 0) summary.push(`${plural(parsed.errors.length, 'fejl', 'fejl')} – de berørte rækker blev sprunget over.`);
      return { read: parsed.records.length, added, duplicates, errors: parsed.errors, summary };
    },
    'followup/clear': async () => {
      const s = store();
      const removed = await s.count();
      await s.clear();
      return { removed };
    },
    'followup/settings-get': () => settings(),
    'followup/settings-set': async ({ enabled }) => {
      await settingsStore.set({ record: enabled });
      return settings();
    },
  };
}

/** The handlers the router dispatches to (real IndexedDB, switch in storage.local, policy from config). */
export const followupHandlers: FollowupHandlers = createFollowupHandlers();
