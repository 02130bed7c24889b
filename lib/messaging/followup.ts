import { defineMessages } from './define';

/** Messages of the followup domain. */
export const followupMessages = defineMessages({});
