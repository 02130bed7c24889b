import { z } from 'zod';
import { defineMessages } from './define';
import { followupRecordSchema } from '../followup/record';

/*
 * Messages of the follow-up domain (opfølgningstal). Only `followup/record` is open to
 * content scripts: it carries one strict record (ids, numbers and dates only) and can only
 * add figures, never read them. Reading, exporting, importing, clearing and the settings are
 * for Sidevogn's own pages (the dashboard).
 */

const isoDate = z.iso.date({ error: 'skal være en dato som 2026-03-01' });

/** The user's switch and what policy says; `enabled` is the one that counts (policy wins). */
export const followupSettingsResponseSchema = z.object({
  /** Records are kept: the user switch is on and policy has not switched the feature off. */
  enabled: z.boolean(),
  /** The user's own switch "Registrér opfølgningstal". */
  userEnabled: z.boolean(),
  /** Policy (`disabledFeatures` contains `opfoelgning`) has switched recording off. */
  policyDisabled: z.boolean(),
});
export type FollowupSettingsResponse = z.infer<typeof followupSettingsResponseSchema>;

/** Why a record was not stored. */
export const FOLLOWUP_SKIP_REASONS = ['off-by-user', 'off-by-policy', 'duplicate'] as const;

export const followupMessages = defineMessages({
  /**
   * Store one record built by `buildRecord` (content scripts may send this). Dropped silently
   * when recording is off; at most one record per (date, indsats, scope, decision type).
   */
  'followup/record': {
    request: z.object({ record: followupRecordSchema }),
    response: z.object({
      recorded: z.boolean(),
      /** The same allocation was already recorded today and its figures were refreshed. */
      updated: z.boolean().optional(),
      reason: z.enum(FOLLOWUP_SKIP_REASONS).optional(),
    }),
    privileged: false,
  },
  /** Records with from <= date <= to (both optional), oldest first. */
  'followup/list': {
    request: z.object({ from: isoDate.optional(), to: isoDate.optional() }),
    response: z.object({ records: z.array(followupRecordSchema) }),
    privileged: true,
  },
  /** A CSV file for Danish Excel with the records in the period (all when no period). */
  'followup/export-csv': {
    request: z.object({ from: isoDate.optional(), to: isoDate.optional() }),
    response: z.object({ filename: z.string(), mimeType: z.string(), content: z.string(), count: z.number().int() }),
    privileged: true,
  },
  /** Merge one CSV export (e.g. a colleague's) into the stored records, deduped by id. */
  'followup/import-csv': {
    request: z.object({ csv: z.string().max(50_000_000), fileName: z.string().max(500).optional() }),
    response: z.object({
      /** Valid rows read from the file. */
      read: z.number().int(),
      added: z.number().int(),
      /** Rows whose id was already stored (the same file imported twice, or one's own records). */
      duplicates: z.number().int(),
      /** Danish, one per problem, with line numbers. Those rows were skipped. */
      errors: z.array(z.string()),
      /** Danish sentences for the report. */
      summary: z.array(z.string()),
    }),
    privileged: true,
  },
  /** Delete every stored record. */
  'followup/clear': { request: z.object({}), response: z.object({ removed: z.number().int() }), privileged: true },
  'followup/settings-get': { request: z.object({}), response: followupSettingsResponseSchema, privileged: true },
  /** Set the user's switch "Registrér opfølgningstal" (policy still wins). */
  'followup/settings-set': { request: z.object({ enabled: z.boolean() }), response: followupSettingsResponseSchema, privileged: true },
});

export type FollowupMessageType = keyof typeof followupMessages;
