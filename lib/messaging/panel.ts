import { z } from 'zod';
import { defineMessages } from './define';

/** Messages about the panel itself (sent by the background to a tab's content script). */
export const panelMessages = defineMessages({
  /** The toggle-panel command was pressed in this tab. */
  'panel/toggle': { request: z.object({}), response: z.object({ open: z.boolean() }), privileged: true },
});
