import { z } from 'zod';
import { defineMessages } from './define';
import { packMetaSchema } from '../config/pack-schema';
import { siteProfilesSchema } from '../host/site-profile-schema';
import { catalogueSchema } from '../service-level/schema';
import { tipsSchema, hintsSchema, checklistsSchema } from '../config/content-schema';
import { logbookSettingsSchema } from '../logbook/settings-schema';
import { FEATURES } from '../config/policy';
import type { ConfigStatus } from '../config/service';
import type { ImportPreview } from '../config/service';

/**
 * Messages of the config domain. Only `config/effective` is open to content scripts: it
 * carries what the panel needs to work (no policy details, no local drafts). Everything that
 * reads status, writes or exports is privileged (extension pages only).
 */

/**
 * What the content script gets: the effective pack's parts plus the switches from policy. The
 * rule settings stay in the background, where the letter is checked (they are half the pack,
 * and the panel must appear within 100 ms).
 */
export const effectiveConfigSchema = z.object({
  meta: packMetaSchema,
  siteProfiles: siteProfilesSchema,
  catalogue: catalogueSchema,
  tips: tipsSchema,
  hints: hintsSchema,
  checklists: checklistsSchema,
  logbook: logbookSettingsSchema,
  disabledFeatures: z.array(z.enum(FEATURES)),
  /** "Konfiguration: Aarhus – Ældre 1.4.0 (pakke hentet fra adressen i politikken)". */
  statusLine: z.string(),
  /** A Danish warning when a configured source failed and an older pack is in use. */
  warning: z.string().optional(),
});
export type EffectiveConfigMessage = z.infer<typeof effectiveConfigSchema>;

const statusSchema = z.custom<ConfigStatus>((value) => typeof value === 'object' && value !== null);
const packInput = z.object({
  /** A pack, a signed pack, or `null` (save-local: remove the local edits). */
  pack: z.unknown(),
});

export const configMessages = defineMessages({
  /** The effective config for the panel (content-script safe). */
  'config/effective': { request: z.object({}), response: effectiveConfigSchema, privileged: false },
  /** Per-source status (ok/error, version, last fetch), policy errors and locks, for the Studio. */
  'config/status': { request: z.object({}), response: statusSchema, privileged: true },
  /** Save the Studio's pack as local edits (validated; refused when policy forbids local edits). */
  'config/save-local': {
    request: packInput,
    response: z.object({ ok: z.boolean(), errors: z.array(z.string()), status: statusSchema.optional() }),
    privileged: true,
  },
  /** Validate a pack before import and show what it would change, part by part. */
  'config/import-preview': {
    request: packInput,
    response: z.custom<ImportPreview>((value) => typeof value === 'object' && value !== null),
    privileged: true,
  },
  /** The effective pack (all parts) or only the local edits, for download. */
  'config/export': {
    request: z.object({ which: z.enum(['effective', 'local']) }),
    response: z.object({ found: z.boolean(), pack: z.unknown().optional(), fileName: z.string().optional() }),
    privileged: true,
  },
  /** Fetch the remote pack now (otherwise every 3 hours and at start). */
  'config/refresh-remote': { request: z.object({}), response: statusSchema, privileged: true },
});

export type ConfigMessageType = keyof typeof configMessages;
