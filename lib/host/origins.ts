import type { SiteProfile } from './site-profile-schema';

/** Origins that are built into the extension's manifest (the demo case system). */
export const STATIC_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'] as const;

/**
 * The match patterns the panel must run on: every site profile's origins, minus those the
 * manifest's static content script already covers. Sorted and de-duplicated so callers can
 * compare lists cheaply.
 */
export function dynamicOrigins(sites: readonly SiteProfile[]): string[] {
  const all = new Set(sites.flatMap((s) => s.origins));
  for (const o of STATIC_ORIGINS) all.delete(o);
  return [...all].sort();
}
