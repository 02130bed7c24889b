import { z } from 'zod';

/** Rule settings in the config pack (filled in by the Afgørelsestjek work). */
export const ruleSettingsSchema = z.object({}).passthrough();
export type RuleSettings = z.infer<typeof ruleSettingsSchema>;
