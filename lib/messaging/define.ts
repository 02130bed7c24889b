import type { z } from 'zod';

/**
 * One message kind: the shape of its request and response, and whether only extension pages
 * (Studio, logbook, dashboard) may send it. Content scripts run beside an untrusted page, so
 * privileged operations (config writes, export of all data) refuse them.
 */
export interface MessageDef<Req extends z.ZodType, Res extends z.ZodType> {
  request: Req;
  response: Res;
  privileged: boolean;
}

export function defineMessages<T extends Record<string, MessageDef<z.ZodType, z.ZodType>>>(defs: T): T {
  return defs;
}
