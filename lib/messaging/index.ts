import { z } from 'zod';
import { panelMessages } from './panel';
import { configMessages } from './config';
import { logbookMessages } from './logbook';
import { followupMessages } from './followup';
import { tipsMessages } from './tips';
import { letterMessages } from './letter';
import { serviceLevelMessages } from './service-level';
import { screenDraftMessages } from './screen-drafts';

/**
 * Every message Sidevogn sends, in one table. Names are `domain/verb`. Each domain keeps its
 * definitions in its own file beside this one; this table is the only place they meet.
 */
export const messages = {
  ...panelMessages,
  ...configMessages,
  ...logbookMessages,
  ...followupMessages,
  ...tipsMessages,
  ...letterMessages,
  ...serviceLevelMessages,
  ...screenDraftMessages,
};

export type Messages = typeof messages;
export type MessageType = keyof Messages;
export type RequestOf<K extends MessageType> = z.infer<Messages[K]['request']>;
export type ResponseOf<K extends MessageType> = z.infer<Messages[K]['response']>;

/** The envelope on the wire. */
export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  payload: RequestOf<K>;
}

/** A reply: either the typed response or a Danish error message. */
export type Reply<K extends MessageType> = { ok: true; value: ResponseOf<K> } | { ok: false; error: string };

const typeNames = Object.keys(messages) as [MessageType, ...MessageType[]];

/** The zod discriminated union of all envelopes (built from the table above). */
export const envelopeSchema = z.discriminatedUnion(
  'type',
  typeNames.map((type) =>
    z.object({ type: z.literal(type), payload: messages[type].request }),
  ) as unknown as [z.ZodObject<{ type: z.ZodLiteral<MessageType> }>, ...z.ZodObject<{ type: z.ZodLiteral<MessageType> }>[]],
);

export type ParsedEnvelope = { [K in MessageType]: { type: K; payload: RequestOf<K> } }[MessageType];

/** Validates an unknown value as an envelope; returns a Danish error on failure. */
export function parseEnvelope(value: unknown): { ok: true; envelope: ParsedEnvelope } | { ok: false; error: string } {
  const result = envelopeSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.join('.') || 'besked';
    return { ok: false, error: `Ugyldig besked (${where}): ${issue?.message ?? 'ukendt fejl'}` };
  }
  return { ok: true, envelope: result.data as ParsedEnvelope };
}

export function isPrivileged(type: MessageType): boolean {
  return messages[type].privileged;
}
