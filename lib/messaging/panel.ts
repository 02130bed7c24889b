import { z } from 'zod';
import { defineMessages } from './define';

/** Messages the background sends to a tab's content script (commands pressed in that tab). */
export const panelMessages = defineMessages({
  /** The toggle-panel command. */
  'panel/toggle': { request: z.object({}), response: z.object({ open: z.boolean() }), privileged: true },
  /** The capture-note command: open the panel on the logbook's capture box. */
  'panel/capture': { request: z.object({}), response: z.object({ open: z.boolean() }), privileged: true },
});
