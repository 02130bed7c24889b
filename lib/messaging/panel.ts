import { z } from 'zod';
import { defineMessages } from './define';

/** Extension pages the panel can open in a new tab. */
export const EXTENSION_PAGES = ['logbook', 'dashboard', 'options'] as const;

/** Messages about the panel: commands sent by the background to a tab, and pages it opens. */
export const panelMessages = defineMessages({
  /** The toggle-panel command (background → content script). */
  'panel/toggle': { request: z.object({}), response: z.object({ open: z.boolean() }), privileged: true },
  /** The capture-note command: open the panel on the logbook's capture box (background → content script). */
  'panel/capture': { request: z.object({}), response: z.object({ open: z.boolean() }), privileged: true },
  /** Open one of Sidevogn's own pages in a new tab (content scripts cannot open extension pages). */
  'panel/open-page': { request: z.object({ page: z.enum(EXTENSION_PAGES) }), response: z.object({ opened: z.boolean() }), privileged: false },
  /** Load the screen picker into the sender's tab (it is not part of the everyday content script). */
  'panel/load-teach': { request: z.object({}), response: z.object({ loaded: z.boolean() }), privileged: false },
});
