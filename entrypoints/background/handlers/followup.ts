/** Handlers of the followup domain (filled in with the domain's messages). */
export const followupHandlers = {};
