import { z } from 'zod';

/** Logbook settings in the config pack (filled in by the Logbog work). */
export const logbookSettingsSchema = z.object({
  tags: z.array(z.string()).default([]),
  retentionMonths: z.number().int().min(1).max(120).default(12),
});
