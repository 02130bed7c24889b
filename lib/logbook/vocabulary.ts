/**
 * The logbook's words and limits, without zod, so the panel (content script) can show them
 * without carrying the schema library. entry.ts builds the schemas on these.
 */

/**
 * The kinds of note the method's logbook collects: good and hard experiences, questions
 * (seed: "personlige gode og dårlige erfaringer med metoden samt spørgsmål"), plus ideas.
 * Ids are ASCII so they survive CSV, URLs and config packs unchanged.
 */
export const ENTRY_KINDS = ['godt', 'svaert', 'spoergsmaal', 'ide'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** What a caseworker reads for each kind. */
export const KIND_LABELS: Record<EntryKind, string> = {
  godt: 'Godt',
  svaert: 'Svært',
  spoergsmaal: 'Spørgsmål',
  ide: 'Idé',
};

/** Flags that decide where a note goes next. */
export const FLAG_LABELS = {
  nextMeeting: 'Tag med til næste opfølgningsmøde',
  askSupport: 'Spørgsmål til støtteperson',
} as const;
export type FlagName = keyof typeof FLAG_LABELS;

export const AREA_LABELS = { aeldre: 'Ældre', voksne: 'Voksne', boern: 'Børn og unge' } as const;

export const MAX_TEXT_LENGTH = 10_000;
export const MAX_TAGS = 20;
