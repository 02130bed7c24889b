import { configPackSchema, PACK_FORMAT, type ConfigPack } from './pack-schema';
import { DEFAULT_CHECKLISTS, DEFAULT_HINTS, DEFAULT_TIPS } from './default-content';
import { formatZodIssues } from './errors';
import exampleCatalogue from '../service-level/example-catalogue.json';
import defaultSiteProfiles from '../host/default-site-profiles.json';

/**
 * The embedded default pack: what Sidevogn uses with no policy and no local edits. It is
 * assembled from the data parts each domain owns, so every part has one home:
 * site profiles (lib/host/default-site-profiles.json), the example catalogue
 * (lib/service-level/example-catalogue.json), rule settings (lib/letter's schema defaults, filled
 * in by the pack schema) and the texts in default-content.ts.
 */

export const EMBEDDED_META = {
  format: PACK_FORMAT,
  municipality: 'Sidevogn',
  name: 'Standardpakke',
  version: '0.1.0',
  published: '2025-01-01',
  changelog: 'Første indbyggede pakke: tips, tjeklister og eksempler.',
} as const;

/** The raw (unparsed) embedded pack; parts a domain has not delivered yet use schema defaults. */
export function embeddedPackSource(): Record<string, unknown> {
  return {
    meta: { ...EMBEDDED_META },
    siteProfiles: defaultSiteProfiles,
    catalogue: exampleCatalogue,
    tips: DEFAULT_TIPS,
    hints: DEFAULT_HINTS,
    checklists: DEFAULT_CHECKLISTS,
  };
}

let cached: ConfigPack | undefined;

/**
 * The embedded pack, validated. Throws with Danish messages if a data part is broken (a
 * developer error that the unit tests catch long before a build).
 */
export function getEmbeddedPack(): ConfigPack {
  if (cached) return structuredClone(cached);
  const result = configPackSchema.safeParse(embeddedPackSource());
  if (!result.success) {
    throw new Error(`Den indbyggede pakke er ugyldig:\n${formatZodIssues(result.error.issues).join('\n')}`);
  }
  cached = result.data;
  return structuredClone(cached);
}
