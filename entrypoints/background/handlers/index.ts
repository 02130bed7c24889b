import type { HandlerMap } from '../router';
import { configHandlers } from './config';
import { logbookHandlers } from './logbook';
import { followupHandlers } from './followup';
import { panelHandlers } from './panel';
import { tipsHandlers } from './tips';

/** All handlers, one object per domain. */
export const handlers: HandlerMap = {
  ...configHandlers,
  ...logbookHandlers,
  ...followupHandlers,
  ...panelHandlers,
  ...tipsHandlers,
};
