import { z } from 'zod';
import { CONTEXT_FIELDS } from './context';

/**
 * How to find one value on a screen. Label-anchored first (the text a user sees next to the
 * field survives a vendor's re-skin far better than class names), then fallback selectors in
 * order. Never one brittle nth-child chain.
 */
export const fieldLookupSchema = z.object({
  /** Visible label texts, compared case- and space-insensitively ("Indsats", "Ydelse"). */
  labels: z.array(z.string().min(1)).default([]),
  /** CSS selectors tried in order when no label matches. */
  selectors: z.array(z.string().min(1)).default([]),
  /** Maps the raw text to a normalised value (e.g. "Børn og unge" → "boern"), case-insensitive keys. */
  map: z.record(z.string(), z.string()).optional(),
});
export type FieldLookup = z.infer<typeof fieldLookupSchema>;

/** A signal that must hold for a screen to match: an element exists, optionally containing text. */
export const pageSignalSchema = z.object({
  selector: z.string().min(1),
  text: z.string().optional(),
});

export const screenProfileSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'kun små bogstaver, tal og bindestreg'),
  label: z.string().min(1),
  /** Globs on the URL's path + search + hash (after the origin); `*` matches anything. */
  paths: z.array(z.string().min(1)).min(1),
  /** All must hold (checked after the path matches). */
  signals: z.array(pageSignalSchema).default([]),
  fields: z.partialRecord(z.enum(CONTEXT_FIELDS), fieldLookupSchema).default({}),
  /** Fixed values for this screen (e.g. the area of a children's system). */
  constants: z.partialRecord(z.enum(CONTEXT_FIELDS), z.string()).default({}),
  /** Where the decision letter is written: textarea, contenteditable or an iframe editor. */
  letterEditor: fieldLookupSchema.optional(),
});
export type ScreenProfile = z.infer<typeof screenProfileSchema>;

export const siteProfileSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'kun små bogstaver, tal og bindestreg'),
  name: z.string().min(1),
  /** Origins the profile applies to, as match patterns ("https://*.nexus.kmd.dk/*"). */
  origins: z.array(z.string().min(1)).min(1),
  /** Field lookups shared by every screen of the site; a screen's own lookups win. */
  fields: z.partialRecord(z.enum(CONTEXT_FIELDS), fieldLookupSchema).default({}),
  /** The letter editor lookup shared by every screen; a screen's own wins. */
  letterEditor: fieldLookupSchema.optional(),
  screens: z.array(screenProfileSchema).min(1),
});
export type SiteProfile = z.infer<typeof siteProfileSchema>;

export const siteProfilesSchema = z.array(siteProfileSchema);
