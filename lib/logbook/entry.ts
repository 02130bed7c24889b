import { z } from 'zod';

import { ENTRY_KINDS, MAX_TAGS, MAX_TEXT_LENGTH } from './vocabulary';

export * from './vocabulary';

export const entryKindSchema = z.enum(ENTRY_KINDS);

/**
 * Work context a note is about: the legal area and the intervention, as read from the screen.
 * Deliberately nothing that identifies a citizen or a case (no name, CPR or case number).
 */
export const entryContextSchema = z
  .object({
    area: z.enum(['aeldre', 'voksne', 'boern']).optional(),
    indsats: z.string().trim().min(1).max(120).optional(),
  })
  .strict();
export type EntryContext = z.infer<typeof entryContextSchema>;

export const entryFlagsSchema = z.object({
  nextMeeting: z.boolean().default(false),
  askSupport: z.boolean().default(false),
});
export type EntryFlags = z.infer<typeof entryFlagsSchema>;

const tagSchema = z.string().trim().min(1, 'et emne må ikke være tomt').max(60, 'et emne må højst have 60 tegn');

/** The editable part of a note: what the capture box and the edit form send. */
export const entryInputSchema = z.object({
  kind: entryKindSchema,
  text: z
    .string()
    .trim()
    .min(1, 'Noten er tom.')
    .max(MAX_TEXT_LENGTH, `Noten må højst have ${MAX_TEXT_LENGTH} tegn.`),
  tags: z.array(tagSchema).max(MAX_TAGS, `Højst ${MAX_TAGS} emner.`).default([]),
  context: entryContextSchema.default({}),
  flags: entryFlagsSchema.default({ nextMeeting: false, askSupport: false }),
});
export type EntryInput = z.input<typeof entryInputSchema>;
export type ParsedEntryInput = z.output<typeof entryInputSchema>;

const isoDate = z.iso.datetime({ offset: true });

/** A stored note. Dates are ISO strings so the same object crosses messages, JSON and idb. */
export const entrySchema = entryInputSchema.extend({
  id: z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/, 'ugyldigt id'),
  createdAt: isoDate,
  updatedAt: isoDate,
  /** Set while a note is soft-deleted and can still be restored ("Fortryd"). */
  deletedAt: isoDate.optional(),
});
export type LogEntry = z.output<typeof entrySchema>;

/** A draft: what is in the capture box right now, saved as it is typed. */
export const draftSchema = z.object({
  kind: entryKindSchema.default('godt'),
  text: z.string().max(MAX_TEXT_LENGTH).default(''),
  tags: z.array(tagSchema).max(MAX_TAGS).default([]),
  context: entryContextSchema.default({}),
  flags: entryFlagsSchema.default({ nextMeeting: false, askSupport: false }),
  updatedAt: isoDate.optional(),
});
export type Draft = z.output<typeof draftSchema>;

/** An empty draft. */
export function emptyDraft(): Draft {
  return { kind: 'godt', text: '', tags: [], context: {}, flags: { nextMeeting: false, askSupport: false } };
}

/** A fresh random id (URL-safe). `crypto.randomUUID` exists in service workers, pages and Node 20. */
export function newEntryId(): string {
  return globalThis.crypto.randomUUID();
}

/** Normalises tags: trimmed, de-duplicated case-insensitively, first spelling wins. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    const key = tag.toLocaleLowerCase('da');
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}
