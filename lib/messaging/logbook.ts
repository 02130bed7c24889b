import { defineMessages } from './define';

/** Messages of the logbook domain. */
export const logbookMessages = defineMessages({});
