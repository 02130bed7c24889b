import { z } from 'zod';
import { defineMessages } from './define';

/**
 * Messages of the tips tab. All are open to the content script: they carry only ids of tips,
 * checklists and checklist items from the config pack, never anything read from the case.
 */

// The same id shape as the config pack's ids (lib/config/content-schema.ts).
const contentId = z.string().max(80).regex(/^[a-z0-9][a-z0-9-]*$/);

export const tipsStateSchema = z.object({
  /** Tips the user marked as read ("Markér som læst"). */
  readTipIds: z.array(z.string()),
  /** Ticked items per checklist id. Not per case: a list is reset by the user with a button. */
  checklistTicks: z.record(z.string(), z.array(z.string())),
});
export type TipsState = z.infer<typeof tipsStateSchema>;

export const tipsMessages = defineMessages({
  /** The read marks and ticks. */
  'tips/state-get': { request: z.object({}), response: tipsStateSchema, privileged: false },
  /** Mark a tip as read; returns the new state. */
  'tips/mark-read': { request: z.object({ tipId: contentId }), response: tipsStateSchema, privileged: false },
  /** Tick or untick one checklist item; returns the new state. */
  'tips/tick': {
    request: z.object({ checklistId: contentId, itemId: contentId, ticked: z.boolean() }),
    response: tipsStateSchema,
    privileged: false,
  },
  /** Untick every item of a checklist (before the next case); returns the new state. */
  'tips/reset-ticks': { request: z.object({ checklistId: contentId }), response: tipsStateSchema, privileged: false },
});

export type TipsMessageType = keyof typeof tipsMessages;
