import { loadPack, type LoadOptions, type PackPart } from './load-pack';
import type { ConfigPack } from './pack-schema';
import { isAllowedConfigUrl } from './policy';
import { verifySignedPack } from './signature';

/**
 * Fetching the remote pack named by policy. Pure apart from the injected `fetch`, so the whole
 * flow (ETag, timeout, size limit, signature, validation) is unit-tested without a network.
 * The caller keeps the last good pack: nothing here replaces it unless the new one is valid.
 */

/** What is kept in storage.local as the last known good remote pack. */
export interface RemoteCache {
  url: string;
  etag?: string;
  /** When the cached pack was fetched (ISO). */
  fetchedAt: string;
  /** The JSON as fetched (possibly signed), re-validated on every load. */
  raw: unknown;
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface FetchRemoteOptions {
  url: string;
  fetch: FetchLike;
  /** When set, the pack must be signed with this key. */
  publicKey?: string;
  previous?: RemoteCache;
  timeoutMs?: number;
  maxBytes?: number;
  now?: () => Date;
  load?: LoadOptions;
}

export type FetchOutcome =
  | { kind: 'updated'; cache: RemoteCache; pack: ConfigPack; parts: PackPart[] }
  | { kind: 'not-modified' }
  | { kind: 'error'; error: string; errors?: string[]; httpStatus?: number };

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 2_000_000;

/** Fetches, verifies and validates the remote pack. Never throws. */
export async function fetchRemotePack(options: FetchRemoteOptions): Promise<FetchOutcome> {
  const { url, previous } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const now = options.now ?? (() => new Date());
  if (!isAllowedConfigUrl(url)) {
    return { kind: 'error', error: 'adressen skal være https (http kun for localhost og 127.0.0.1)' };
  }

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (previous?.etag && previous.url === url) headers['If-None-Match'] = previous.etag;
    let response: Response;
    try {
      response = await options.fetch(url, {
        headers,
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-cache',
        redirect: 'follow',
      });
    } catch {
      return {
        kind: 'error',
        error: controller.signal.aborted
          ? `svarede ikke inden for ${Math.round(timeoutMs / 1000)} sekunder`
          : 'kunne ikke hentes (ingen forbindelse?)',
      };
    }
    if (response.url && response.url !== url && !isAllowedConfigUrl(response.url)) {
      return { kind: 'error', error: 'blev viderestillet til en adresse, der ikke er https' };
    }
    if (response.status === 304) return { kind: 'not-modified' };
    if (!response.ok) {
      return { kind: 'error', error: `serveren svarede ${response.status}`, httpStatus: response.status };
    }
    const declared = Number(response.headers.get('content-length') ?? '');
    if (Number.isFinite(declared) && declared > maxBytes) {
      return { kind: 'error', error: `pakken er for stor (${declared} byte; højst ${maxBytes})` };
    }
    const body = await readLimited(response, maxBytes);
    if (body === 'too-big') return { kind: 'error', error: `pakken er for stor (over ${maxBytes} byte)` };
    if (body === 'failed') {
      return {
        kind: 'error',
        error: controller.signal.aborted
          ? `svarede ikke inden for ${Math.round(timeoutMs / 1000)} sekunder`
          : 'forbindelsen blev afbrudt under hentningen',
      };
    }
    const text = body.text;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return { kind: 'error', error: 'svaret er ikke gyldig JSON' };
    }

    let inner: unknown = raw;
    if (options.publicKey) {
      const verified = await verifySignedPack(raw, options.publicKey);
      if (!verified.ok) return { kind: 'error', error: verified.error };
      inner = verified.pack;
    }
    const loaded = loadPack(inner, options.load);
    if (!loaded.ok) return { kind: 'error', error: 'pakken er ugyldig', errors: loaded.errors };

    const etag = response.headers.get('etag') ?? undefined;
    return {
      kind: 'updated',
      cache: { url, fetchedAt: now().toISOString(), raw, ...(etag ? { etag } : {}) },
      pack: loaded.pack,
      parts: loaded.parts,
    };
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the body as text, stopping at `maxBytes`. */
async function readLimited(
  response: Response,
  maxBytes: number,
): Promise<{ text: string } | 'too-big' | 'failed'> {
  try {
    const body = response.body;
    if (!body) {
      const text = await response.text();
      return new TextEncoder().encode(text).length > maxBytes ? 'too-big' : { text };
    }
    const reader = body.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return 'too-big';
      }
      chunks.push(value);
    }
    const all = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      all.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return { text: new TextDecoder('utf-8', { fatal: false }).decode(all) };
  } catch {
    return 'failed';
  }
}

/**
 * Loads a cached remote pack again (validation rules or the policy key may have changed since
 * it was fetched). Returns undefined with an error when it no longer passes.
 */
export async function loadCachedRemote(
  cache: RemoteCache,
  publicKey: string | undefined,
  load?: LoadOptions,
): Promise<{ ok: true; pack: ConfigPack; parts: PackPart[] } | { ok: false; errors: string[] }> {
  let inner: unknown = cache.raw;
  if (publicKey) {
    const verified = await verifySignedPack(cache.raw, publicKey);
    if (!verified.ok) return { ok: false, errors: [verified.error] };
    inner = verified.pack;
  }
  return loadPack(inner, load);
}
