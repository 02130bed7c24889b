import { defineMessages } from './define';

/** Messages of the config domain. */
export const configMessages = defineMessages({});
