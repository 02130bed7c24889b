import { z } from 'zod';
import { defineMessages } from './define';
import { draftSchema, entryContextSchema, entryKindSchema, entrySchema, MAX_TAGS, MAX_TEXT_LENGTH } from '../logbook/entry';
import { searchQuerySchema } from '../logbook/search';

// Requests are checked loosely here (shape and size) and strictly by the store, which gives
// the user a Danish sentence ("Noten er tom.") rather than a schema path.
const noteInput = z.object({
  kind: entryKindSchema,
  text: z.string().max(MAX_TEXT_LENGTH + 1000),
  tags: z.array(z.string().max(200)).max(MAX_TAGS * 2).optional(),
  context: entryContextSchema.optional(),
  flags: z.object({ nextMeeting: z.boolean().optional(), askSupport: z.boolean().optional() }).optional(),
});

const savedNote = z.object({
  entry: entrySchema,
  /** CPR numbers replaced by XXXXXX-XXXX before saving; the UI says so and offers to edit. */
  maskedCpr: z.number().int(),
  /** Runs of words that look like a full name (empty when the warning is off). Never log these. */
  possibleNames: z.array(z.string()),
});

const isoDate = z.string();

/** Messages of the logbook domain. The content script may send only the non-privileged ones. */
export const logbookMessages = defineMessages({
  /** Save a note from the capture box; clears the draft in the same transaction. */
  'logbook/add': { request: noteInput, response: savedNote, privileged: false },
  /** The newest notes, optionally only those about the given area/indsats. */
  'logbook/recent': {
    request: z.object({ limit: z.number().int().min(1).max(50).optional(), context: entryContextSchema.optional() }),
    response: z.object({ entries: z.array(entrySchema) }),
    privileged: false,
  },
  /** The saved draft (empty if none). */
  'logbook/draft-get': { request: z.object({}), response: z.object({ draft: draftSchema }), privileged: false },
  /** Save the draft as it is typed (debounced by the caller). CPR numbers are masked in storage. */
  'logbook/draft-save': {
    request: z.object({ draft: draftSchema }),
    response: z.object({ savedAt: isoDate, maskedCpr: z.number().int() }),
    privileged: false,
  },
  /** The configured tags, plus tags and a context chip suggested for the current screen. */
  'logbook/tags': {
    request: z.object({
      context: z
        .object({
          area: z.enum(['aeldre', 'voksne', 'boern']).optional(),
          indsats: z.string().max(200).optional(),
          screen: z.string().max(200).optional(),
        })
        .optional(),
    }),
    response: z.object({
      tags: z.array(z.string()),
      suggested: z.array(z.string()),
      context: entryContextSchema,
      contextLabel: z.string(),
      warnOnNames: z.boolean(),
    }),
    privileged: false,
  },
  /** Full search (extension pages only: it can read every note). */
  'logbook/search': {
    request: z.object({ query: searchQuerySchema.optional() }),
    response: z.object({ entries: z.array(entrySchema), total: z.number().int() }),
    privileged: true,
  },
  /** Edit a note. With `baseUpdatedAt`, refuses if another tab changed it meanwhile. */
  'logbook/update': {
    request: z.object({ id: z.string().max(64), input: noteInput, baseUpdatedAt: isoDate.optional() }),
    response: savedNote,
    privileged: true,
  },
  /** Soft delete; restorable with undo-delete until `undoUntil`. */
  'logbook/delete': {
    request: z.object({ id: z.string().max(64) }),
    response: z.object({ entry: entrySchema, undoUntil: isoDate }),
    privileged: true,
  },
  'logbook/undo-delete': {
    request: z.object({ id: z.string().max(64) }),
    response: z.object({ entry: entrySchema }),
    privileged: true,
  },
  /** A file to download: the notes matching `query`, or exactly `ids`, or all. */
  'logbook/export': {
    request: z.object({
      format: z.enum(['markdown', 'csv', 'json']),
      query: searchQuerySchema.optional(),
      ids: z.array(z.string().max(64)).max(100_000).optional(),
    }),
    response: z.object({ filename: z.string(), mimeType: z.string(), content: z.string(), count: z.number().int() }),
    privileged: true,
  },
  /** Restore a JSON backup: validated, CPR-masked, merged by id; returns a report. */
  'logbook/import': {
    request: z.object({ json: z.string().max(50_000_000) }),
    response: z.object({
      total: z.number().int(),
      added: z.number().int(),
      updated: z.number().int(),
      duplicates: z.number().int(),
      keptNewer: z.number().int(),
      duplicatesInFile: z.number().int(),
      maskedCpr: z.number().int(),
      invalid: z.array(z.object({ position: z.number().int(), reason: z.string() })),
      summary: z.array(z.string()),
    }),
    privileged: true,
  },
  /** Which notes are past the retention age (nothing is deleted). */
  'logbook/retention-check': {
    request: z.object({ months: z.number().int().min(1).max(120).optional() }),
    response: z.object({
      months: z.number().int(),
      cutoff: isoDate,
      ids: z.array(z.string()),
      count: z.number().int(),
      oldest: isoDate.optional(),
    }),
    privileged: true,
  },
  /** Remove the notes the user saw in retention-check (and exported); others are left alone. */
  'logbook/retention-apply': {
    request: z.object({ ids: z.array(z.string().max(64)).max(100_000), months: z.number().int().min(1).max(120).optional() }),
    response: z.object({ removed: z.number().int() }),
    privileged: true,
  },
});

export type LogbookMessageType = keyof typeof logbookMessages;
