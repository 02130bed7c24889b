import { getEmbeddedPack } from '../../../lib/config/embedded-pack';
import type { KeyValueStore } from '../../../lib/config/service';

/** Deterministic PRNG (mulberry32) so every fuzz run mutates the same packs. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A site profile that passes the schema, so mutations also reach that part. */
export const SAMPLE_SITE_PROFILE = {
  id: 'demo-dubu',
  name: 'Demo DUBU',
  origins: ['http://127.0.0.1/*'],
  screens: [
    {
      id: 'afgoerelse',
      label: 'Afgørelse',
      paths: ['/afgoerelse*'],
      signals: [{ selector: 'h1', text: 'Afgørelse' }],
      fields: { indsats: { labels: ['Indsats'], selectors: ['#indsats'] } },
      constants: { sagsomraade: 'boern' },
    },
  ],
};

/** A full, valid pack as plain JSON (the embedded pack plus a site profile). */
export function samplePack(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const pack = JSON.parse(JSON.stringify(getEmbeddedPack())) as Record<string, unknown>;
  pack.siteProfiles = [SAMPLE_SITE_PROFILE];
  return { ...pack, ...overrides };
}

/** A pack with only metadata and the given parts. */
export function partialPack(name: string, parts: Record<string, unknown>): Record<string, unknown> {
  return {
    meta: { format: 1, municipality: 'Testkommune', name, version: '1.0.0', published: '2025-03-01' },
    ...parts,
  };
}

export function memoryStore(): KeyValueStore & { map: Map<string, unknown> } {
  const map = new Map<string, unknown>();
  return {
    map,
    get: async (key) => (map.has(key) ? structuredClone(map.get(key)) : undefined),
    set: async (key, value) => void map.set(key, structuredClone(value)),
    remove: async (key) => void map.delete(key),
  };
}

/** A fetch stand-in that answers from a function; records the requests it saw. */
export function fakeFetch(
  answer: (url: string, init: RequestInit | undefined, call: number) => Response | Promise<Response>,
): { fetch: (url: string, init?: RequestInit) => Promise<Response>; calls: { url: string; init?: RequestInit }[] } {
  const calls: { url: string; init?: RequestInit }[] = [];
  return {
    calls,
    fetch: async (url, init) => {
      calls.push({ url, init });
      return answer(url, init, calls.length);
    },
  };
}

export function jsonResponse(value: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(value), { status: 200, headers: { 'content-type': 'application/json' }, ...init });
}
