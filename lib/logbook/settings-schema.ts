import { z } from 'zod';
import { DEFAULT_LOGBOOK_TAGS } from './default-tags';

export { DEFAULT_LOGBOOK_TAGS };

/** Default age (months) after which notes are offered for export and removal. */
export const DEFAULT_RETENTION_MONTHS = 12;

/**
 * Logbook settings in the config pack. Only `tags` and `retentionMonths` are required in the
 * output so the pack's own `.default({...})` stays valid; newer fields are optional and
 * resolved by `effectiveLogbookSettings`.
 */
export const logbookSettingsSchema = z.object({
  /** Tags offered in the capture box (the method's tools). */
  tags: z
    .array(z.string().trim().min(1, 'et emne må ikke være tomt').max(60, 'et emne må højst have 60 tegn'))
    .max(100, 'højst 100 emner')
    .default([...DEFAULT_LOGBOOK_TAGS]),
  /** Notes older than this are offered for export and then removed. */
  retentionMonths: z
    .number()
    .int('skal være et helt antal måneder')
    .min(1, 'mindst 1 måned')
    .max(120, 'højst 120 måneder')
    .default(DEFAULT_RETENTION_MONTHS),
  /** Warn when a note seems to contain a person's full name. */
  warnOnNames: z.boolean().optional(),
  /** Seconds a deleted note can be restored ("Fortryd") before it is removed for good. */
  undoSeconds: z.number().int().min(5).max(3600).optional(),
});
export type LogbookSettings = z.infer<typeof logbookSettingsSchema>;

export interface EffectiveLogbookSettings {
  tags: string[];
  retentionMonths: number;
  warnOnNames: boolean;
  undoSeconds: number;
}

/**
 * Fills in defaults. An empty tag list counts as "not set": the pack's default currently
 * supplies `tags: []`, and a logbook with no tags to suggest helps nobody.
 */
export function effectiveLogbookSettings(settings?: Partial<LogbookSettings>): EffectiveLogbookSettings {
  return {
    tags: settings?.tags && settings.tags.length > 0 ? [...settings.tags] : [...DEFAULT_LOGBOOK_TAGS],
    retentionMonths: settings?.retentionMonths ?? DEFAULT_RETENTION_MONTHS,
    warnOnNames: settings?.warnOnNames ?? true,
    undoSeconds: settings?.undoSeconds ?? 600,
  };
}
