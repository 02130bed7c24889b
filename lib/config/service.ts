import type { ConfigPack } from './pack-schema';
import { loadPack, type LoadOptions, type PackPart } from './load-pack';
import { parsePolicy, hasPolicy, type Feature, type Policy } from './policy';
import { fetchRemotePack, loadCachedRemote, type FetchLike, type RemoteCache } from './remote';
import { resolveEffectiveConfig, type EffectiveConfig, type Locks, type SourceId, type SourcePack } from './resolve';
import { getEmbeddedPack } from './embedded-pack';
import { diffPacks, type PartDiff } from './diff';
import { toPanelConfig } from './panel-config';

/**
 * The config service's logic, with storage, managed policy and fetch injected. The
 * background's handlers wire browser.storage into it; tests use a Map. All state lives in the
 * store (storage.local in the extension), so an MV3 service-worker restart loses nothing.
 */

export const CONFIG_KEYS = {
  /** `{ raw, savedAt }`: the pack saved from the Studio (validated before it is stored). */
  local: 'sidevogn.config.local',
  /** RemoteCache: last known good remote pack. */
  remoteCache: 'sidevogn.config.remoteCache',
  /** RemoteFetchInfo: when and how the last fetch went. */
  remoteFetch: 'sidevogn.config.remoteFetch',
  /** `{ raw }`: last inline policy pack that validated. */
  lastGoodInline: 'sidevogn.config.lastGoodInline',
  /** StoredConfig: the resolved config and status, read by the handlers. */
  effective: 'sidevogn.config.effective',
  /** EffectiveConfigMessage (toPanelConfig): the part the panel reads at page start. */
  panel: 'sidevogn.config.panel',
} as const;

export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface ConfigDeps {
  store: KeyValueStore;
  /** Reads managed storage (raw). May throw (Firefox without policy): treated as no policy. */
  readManaged: () => Promise<unknown>;
  fetch: FetchLike;
  now?: () => Date;
  embedded?: () => ConfigPack;
  load?: LoadOptions;
}

export interface SourceStatus {
  state: 'ok' | 'fejl' | 'ingen';
  /** Danish one-liner for the Studio ("Hentet 12.03 kl. 10.02, version 1.4.0"). */
  message?: string;
  errors?: string[];
  municipality?: string;
  name?: string;
  version?: string;
  /** The source failed but its last good pack is still in use. */
  usingLastGood?: boolean;
  url?: string;
  lastFetch?: string;
  lastResult?: 'ny' | 'uændret' | 'fejl';
  savedAt?: string;
}

export interface ConfigStatus {
  sources: Record<SourceId, SourceStatus>;
  policy: {
    present: boolean;
    errors: string[];
    allowLocalEdits: boolean;
    disabledFeatures: Feature[];
    configUrl?: string;
    signatureRequired: boolean;
  };
  effective: {
    municipality: string;
    name: string;
    version: string;
    statusLine: string;
    sources: EffectiveConfig['sources'];
    locks: Locks;
  };
  updatedAt: string;
}

export interface StoredConfig {
  effective: EffectiveConfig;
  status: ConfigStatus;
}

interface RemoteFetchInfo {
  url: string;
  lastFetch: string;
  lastResult: 'ny' | 'uændret' | 'fejl';
  error?: string;
  errors?: string[];
}

interface LocalRecord {
  raw: unknown;
  savedAt: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function readPolicy(deps: ConfigDeps): Promise<{ policy: Policy; errors: string[]; present: boolean }> {
  let raw: unknown;
  try {
    raw = await deps.readManaged();
  } catch {
    raw = undefined; // Firefox throws when no policy file names the extension.
  }
  const { policy, errors } = parsePolicy(raw);
  return { policy, errors, present: hasPolicy(policy) || errors.length > 0 };
}

function okStatus(pack: ConfigPack, extra: Partial<SourceStatus> = {}): SourceStatus {
  return { state: 'ok', municipality: pack.meta.municipality, name: pack.meta.name, version: pack.meta.version, ...extra };
}

/**
 * Reads every source, validates it, resolves the effective config and stores it with its
 * status. A source that fails keeps its last good pack where one exists (remote cache, last
 * inline pack) and its failure shows in the status.
 */
export async function recomputeConfig(deps: ConfigDeps): Promise<StoredConfig> {
  const now = (deps.now ?? (() => new Date()))();
  const embedded = (deps.embedded ?? getEmbeddedPack)();
  const { policy, errors: policyErrors, present } = await readPolicy(deps);
  const sources: Record<SourceId, SourceStatus> = {
    indbygget: okStatus(embedded),
    lokal: { state: 'ingen' },
    fjern: { state: 'ingen' },
    politik: { state: 'ingen' },
  };

  // Local Studio edits.
  let local: SourcePack | undefined;
  const localRecord = await deps.store.get(CONFIG_KEYS.local);
  if (isObject(localRecord) && 'raw' in localRecord) {
    const savedAt = typeof localRecord.savedAt === 'string' ? localRecord.savedAt : undefined;
    const loaded = loadPack(localRecord.raw, deps.load);
    if (!loaded.ok) sources.lokal = { state: 'fejl', message: 'De lokale ændringer er ugyldige og bruges ikke.', errors: loaded.errors, savedAt };
    else if (!policy.allowLocalEdits)
      sources.lokal = okStatus(loaded.pack, { state: 'ingen', message: 'Lokale ændringer er slået fra af politikken.', savedAt });
    else {
      local = { pack: loaded.pack, parts: loaded.parts };
      sources.lokal = okStatus(loaded.pack, { savedAt });
    }
  }

  // Remote pack named by policy.
  let remote: SourcePack | undefined;
  if (policy.configUrl) {
    const cache = (await deps.store.get(CONFIG_KEYS.remoteCache)) as RemoteCache | undefined;
    const info = (await deps.store.get(CONFIG_KEYS.remoteFetch)) as RemoteFetchInfo | undefined;
    const fetchInfo = info && info.url === policy.configUrl ? info : undefined;
    const base: Partial<SourceStatus> = {
      url: policy.configUrl,
      ...(fetchInfo ? { lastFetch: fetchInfo.lastFetch, lastResult: fetchInfo.lastResult } : {}),
    };
    let cacheErrors: string[] | undefined;
    if (isObject(cache) && cache.url === policy.configUrl) {
      const loaded = await loadCachedRemote(cache, policy.configPublicKey, deps.load);
      if (loaded.ok) remote = { pack: loaded.pack, parts: loaded.parts };
      else cacheErrors = loaded.errors;
    }
    if (fetchInfo?.lastResult === 'fejl') {
      sources.fjern = {
        ...base,
        ...(remote ? okStatus(remote.pack) : {}),
        state: 'fejl',
        message: `Seneste hentning fejlede: ${fetchInfo.error ?? 'ukendt fejl'}.${remote ? ' Den senest gode pakke bruges.' : ''}`,
        ...(fetchInfo.errors ? { errors: fetchInfo.errors } : {}),
        usingLastGood: Boolean(remote),
      };
    } else if (remote) {
      sources.fjern = okStatus(remote.pack, base);
    } else if (cacheErrors) {
      sources.fjern = { ...base, state: 'fejl', message: 'Den gemte pakke kan ikke bruges.', errors: cacheErrors };
    } else {
      sources.fjern = { ...base, state: 'ingen', message: 'Pakken er ikke hentet endnu.' };
    }
  }

  // Inline pack given by policy.
  let inline: SourcePack | undefined;
  if (policy.configPack !== undefined) {
    const loaded = loadPack(policy.configPack, deps.load);
    if (loaded.ok) {
      inline = { pack: loaded.pack, parts: loaded.parts };
      sources.politik = okStatus(loaded.pack);
      await deps.store.set(CONFIG_KEYS.lastGoodInline, { raw: policy.configPack });
    } else {
      const last = await deps.store.get(CONFIG_KEYS.lastGoodInline);
      const lastLoaded = isObject(last) && 'raw' in last ? loadPack(last.raw, deps.load) : undefined;
      if (lastLoaded?.ok) inline = { pack: lastLoaded.pack, parts: lastLoaded.parts };
      sources.politik = {
        ...(inline ? okStatus(inline.pack) : {}),
        state: 'fejl',
        message: `Pakken i politikken er ugyldig.${inline ? ' Den senest gode pakke bruges.' : ''}`,
        errors: loaded.errors,
        usingLastGood: Boolean(inline),
      };
    }
  } else {
    await deps.store.remove(CONFIG_KEYS.lastGoodInline);
  }

  const effective = resolveEffectiveConfig({ embedded, local, remote, inline, policy });
  const status: ConfigStatus = {
    sources,
    policy: {
      present,
      errors: policyErrors,
      allowLocalEdits: policy.allowLocalEdits,
      disabledFeatures: [...policy.disabledFeatures],
      ...(policy.configUrl ? { configUrl: policy.configUrl } : {}),
      signatureRequired: Boolean(policy.configPublicKey),
    },
    effective: {
      municipality: effective.pack.meta.municipality,
      name: effective.pack.meta.name,
      version: effective.pack.meta.version,
      statusLine: effective.statusLine,
      sources: effective.sources,
      locks: effective.locks,
    },
    updatedAt: now.toISOString(),
  };
  const stored: StoredConfig = { effective, status };
  await deps.store.set(CONFIG_KEYS.effective, stored);
  await deps.store.set(CONFIG_KEYS.panel, toPanelConfig(stored));
  return stored;
}

/** The stored config, computing it when nothing is stored yet (first start, cleared storage). */
export async function getStoredConfig(deps: ConfigDeps): Promise<StoredConfig> {
  const stored = await deps.store.get(CONFIG_KEYS.effective);
  if (isObject(stored) && isObject(stored.effective) && isObject(stored.status)) return stored as unknown as StoredConfig;
  return recomputeConfig(deps);
}

/**
 * Fetches the remote pack named by policy (with the cached ETag), stores it when it is new
 * and valid, records the outcome, and recomputes. A failed fetch keeps the cache.
 */
export async function refreshRemoteConfig(deps: ConfigDeps): Promise<StoredConfig> {
  const { policy } = await readPolicy(deps);
  if (policy.configUrl) {
    const now = (deps.now ?? (() => new Date()))();
    const cache = (await deps.store.get(CONFIG_KEYS.remoteCache)) as RemoteCache | undefined;
    const outcome = await fetchRemotePack({
      url: policy.configUrl,
      fetch: deps.fetch,
      publicKey: policy.configPublicKey,
      previous: isObject(cache) ? cache : undefined,
      now: () => now,
      load: deps.load,
    });
    let info: RemoteFetchInfo;
    if (outcome.kind === 'updated') {
      await deps.store.set(CONFIG_KEYS.remoteCache, outcome.cache);
      info = { url: policy.configUrl, lastFetch: now.toISOString(), lastResult: 'ny' };
    } else if (outcome.kind === 'not-modified') {
      info = { url: policy.configUrl, lastFetch: now.toISOString(), lastResult: 'uændret' };
    } else {
      info = {
        url: policy.configUrl,
        lastFetch: now.toISOString(),
        lastResult: 'fejl',
        error: outcome.error,
        ...(outcome.errors ? { errors: outcome.errors } : {}),
      };
    }
    await deps.store.set(CONFIG_KEYS.remoteFetch, info);
  }
  return recomputeConfig(deps);
}

export type SaveLocalResult = { ok: true; stored: StoredConfig } | { ok: false; errors: string[] };

/**
 * Saves a pack from the Studio as the local source (or clears it with `null`). Refused when
 * policy forbids local edits; an invalid pack is never stored.
 */
export async function saveLocalPack(deps: ConfigDeps, raw: unknown): Promise<SaveLocalResult> {
  const { policy } = await readPolicy(deps);
  if (!policy.allowLocalEdits) return { ok: false, errors: ['Lokale ændringer er slået fra af politikken.'] };
  if (raw === null) {
    await deps.store.remove(CONFIG_KEYS.local);
    return { ok: true, stored: await recomputeConfig(deps) };
  }
  const loaded = loadPack(raw, deps.load);
  if (!loaded.ok) return { ok: false, errors: loaded.errors };
  const now = (deps.now ?? (() => new Date()))();
  // Store only the parts the Studio really sent, so per-part precedence still sees them.
  const slim: Record<string, unknown> = { meta: loaded.pack.meta };
  for (const part of loaded.parts) slim[part] = loaded.pack[part];
  const record: LocalRecord = { raw: slim, savedAt: now.toISOString() };
  await deps.store.set(CONFIG_KEYS.local, record);
  return { ok: true, stored: await recomputeConfig(deps) };
}

export type ImportPreview =
  | { ok: true; meta: ConfigPack['meta']; parts: PackPart[]; diff: PartDiff[]; lockedParts: PackPart[] }
  | { ok: false; errors: string[] };

/** Validates a pack the Studio is about to import and says what it would change. */
export async function previewImport(deps: ConfigDeps, raw: unknown): Promise<ImportPreview> {
  const loaded = loadPack(raw, deps.load);
  if (!loaded.ok) return { ok: false, errors: loaded.errors };
  const { effective } = await getStoredConfig(deps);
  return {
    ok: true,
    meta: loaded.pack.meta,
    parts: loaded.parts,
    diff: diffPacks(effective.pack, loaded.pack, loaded.parts),
    lockedParts: loaded.parts.filter((part) => effective.locks.lockedParts.includes(part)),
  };
}

/** The pack to export: the effective one (all parts) or only the local edits. */
export async function exportPack(deps: ConfigDeps, which: 'effective' | 'local'): Promise<{ pack: unknown; fileName: string } | undefined> {
  if (which === 'local') {
    const record = await deps.store.get(CONFIG_KEYS.local);
    if (!isObject(record) || !('raw' in record)) return undefined;
    const loaded = loadPack(record.raw, deps.load);
    const version = loaded.ok ? loaded.pack.meta.version : 'ukendt';
    return { pack: record.raw, fileName: `sidevogn-lokal-${version}.json` };
  }
  const { effective } = await getStoredConfig(deps);
  const meta = effective.pack.meta;
  const slug = `${meta.municipality}-${meta.name}`.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return { pack: effective.pack, fileName: `sidevogn-${slug || 'pakke'}-${meta.version}.json` };
}
