/** The default rule settings, validated once (lazily, so importing lib/letter stays cheap). */
import { ruleSettingsSchema, type RuleSettings } from './pack-schema';

let cached: RuleSettings | undefined;

/** The validated default settings object (one shared instance, so its compiled form is cached). */
export function defaultSettingsObject(): RuleSettings {
  if (!cached) cached = ruleSettingsSchema.parse({});
  return cached;
}
