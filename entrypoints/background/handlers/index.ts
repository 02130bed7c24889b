import type { HandlerMap } from '../router';
import { configHandlers, getEffectiveLogbookSettings } from './config';
import { createLogbookHandlers } from './logbook';
import { followupHandlers } from './followup';
import { panelHandlers } from './panel';
import { tipsHandlers } from './tips';
import { letterHandlers } from './letter';
import { serviceLevelHandlers } from './service-level';
import { screenDraftHandlers } from './screen-drafts';

/** All handlers, one object per domain. */
export const handlers: HandlerMap = {
  ...configHandlers,
  // Tags, retention (policy may fix it) and the name warning come from the effective pack.
  ...createLogbookHandlers({ getSettings: () => getEffectiveLogbookSettings() }),
  ...followupHandlers,
  ...panelHandlers,
  ...tipsHandlers,
  ...letterHandlers,
  ...serviceLevelHandlers,
  ...screenDraftHandlers,
};
