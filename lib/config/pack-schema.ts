import { z } from 'zod';
import { siteProfilesSchema } from '../host/site-profile-schema';
import { catalogueSchema } from '../service-level/schema';
import { ruleSettingsSchema } from '../letter/pack-schema';
import { tipsSchema, hintsSchema, checklistsSchema } from './content-schema';
import { logbookSettingsSchema } from '../logbook/settings-schema';

export const PACK_FORMAT = 1;

export const packMetaSchema = z.object({
  format: z.literal(PACK_FORMAT),
  municipality: z.string().min(1),
  name: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'skal være et versionsnummer som 1.2.0'),
  published: z.iso.date(),
  changelog: z.string().default(''),
});

/**
 * A config pack: everything a municipality tunes, as data. Each part's schema lives with the
 * code that uses it; this is where they are put together.
 */
export const configPackSchema = z.object({
  meta: packMetaSchema,
  siteProfiles: siteProfilesSchema.default([]),
  catalogue: catalogueSchema.default({ isExample: true, entries: [] }),
  rules: ruleSettingsSchema.prefault({}),
  tips: tipsSchema,
  hints: hintsSchema,
  checklists: checklistsSchema,
  logbook: logbookSettingsSchema.default({ tags: [], retentionMonths: 12 }),
});
export type ConfigPack = z.infer<typeof configPackSchema>;
