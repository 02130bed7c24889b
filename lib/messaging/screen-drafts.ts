import { z } from 'zod';
import { defineMessages } from './define';
import { fieldLookupSchema, screenProfileSchema } from '../host/site-profile-schema';

/**
 * A screen taught with the panel's picker: saved as a draft only. Content scripts may not
 * change the configuration (they run beside untrusted pages), so a support person accepts the
 * draft in the Studio, where it becomes a local edit like any other.
 */
export const screenDraftSchema = z.object({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  /** The site profile it belongs to, when the page's origin matched one. */
  siteId: z.string().max(100).optional(),
  /** The page's origin as a match pattern ("https://x.kommune.dk/*"). */
  origin: z.string().max(300),
  screen: screenProfileSchema,
});
export type ScreenDraft = z.infer<typeof screenDraftSchema>;

export const screenDraftMessages = defineMessages({
  /** From the panel's picker: keep the taught screen as a draft for the Studio. */
  'config/screen-draft-save': {
    request: z.object({ siteId: z.string().max(100).optional(), origin: z.string().max(300), screen: screenProfileSchema, letterEditor: fieldLookupSchema.optional() }),
    response: z.object({ id: z.string(), count: z.number().int() }),
    privileged: false,
  },
  /** The Studio's list of drafts. */
  'config/screen-drafts': { request: z.object({}), response: z.object({ drafts: z.array(screenDraftSchema) }), privileged: true },
  /** Remove a draft (after accepting or rejecting it in the Studio). */
  'config/screen-draft-delete': { request: z.object({ id: z.string() }), response: z.object({ count: z.number().int() }), privileged: true },
});
