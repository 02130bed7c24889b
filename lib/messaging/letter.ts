import { z } from 'zod';
import { defineMessages } from './define';
import { DECISION_TYPES, DECISION_TYPE_SOURCES, ELEMENT_IDS, CASE_AREAS } from '../letter/types';

/**
 * Messages of the decision-letter check (Afgørelsestjek). The check runs in the background so
 * the case system's page stays responsive while the caseworker types. Open to the content
 * script: the request carries the letter text and the screen's work fields, the response only
 * the analysis (nothing is stored).
 */

/** Longest letter accepted (2 million characters, far beyond any real decision letter). */
export const MAX_LETTER_CHARS = 2_000_000;

const field = z.string().max(500);

export const letterContextSchema = z.object({
  /** Decision type as written on the case screen ("Delvis bevilling"). */
  afgoerelsestype: field.optional(),
  sagsomraade: z.enum(CASE_AREAS).optional(),
  lovgrundlag: field.optional(),
  indsats: field.optional(),
  /** Scope as written on the form ("1 time hver 14. dag"). */
  omfang: field.optional(),
  ansoegningsdato: field.optional(),
  /** The catalogue entry the caseworker picked in the Serviceniveau tab (overrides the automatic match). */
  entryId: z.string().max(120).optional(),
});
export type LetterCheckContext = z.infer<typeof letterContextSchema>;

export const letterCheckRequestSchema = z.object({
  text: z.string().max(MAX_LETTER_CHARS, `Brevet er for langt til at blive tjekket (over ${MAX_LETTER_CHARS.toLocaleString('da-DK')} tegn).`),
  context: letterContextSchema.default({}),
  /** The letter's date (ISO, e.g. 2026-11-20 or a full timestamp); decides which law applies. */
  date: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
});
export type LetterCheckRequest = z.infer<typeof letterCheckRequestSchema>;

const severitySchema = z.enum(['error', 'warning', 'info']);
const elementIdSchema = z.enum(ELEMENT_IDS);

export const checkFindingSchema = z.object({
  ruleId: z.string(),
  severity: severitySchema,
  message: z.string(),
  why: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  suggestion: z.string().optional(),
});
export type CheckFinding = z.infer<typeof checkFindingSchema>;

const elementResultSchema = z.object({
  present: z.boolean(),
  required: z.boolean(),
  evidence: z.object({ start: z.number(), end: z.number() }).optional(),
  problem: z.string().optional(),
});

export const checkGroupSchema = z.object({
  id: z.string(),
  label: z.string(),
  elements: z.array(
    z.object({
      id: elementIdSchema,
      label: z.string(),
      present: z.boolean(),
      required: z.boolean(),
      /** True for blocks whose presence is the problem (a CPR number, an outdated reference). */
      unwanted: z.boolean().optional(),
      problem: z.string().optional(),
    }),
  ),
});
export type CheckGroup = z.infer<typeof checkGroupSchema>;

export const letterCheckResponseSchema = z.object({
  decisionType: z.enum(DECISION_TYPES),
  /** Where the decision type came from: the case screen's field, or read in the letter. */
  decisionTypeSource: z.enum(DECISION_TYPE_SOURCES),
  lix: z.object({ value: z.number(), band: z.string(), words: z.number(), sentences: z.number() }),
  /** The LIX scale in use (from the rule settings), for the meter. */
  lixBands: z.array(z.object({ below: z.number().optional(), label: z.string() })),
  elements: z.record(elementIdSchema, elementResultSchema),
  /** All findings (the letter rules and the service-level scope checks), in text order. */
  findings: z.array(checkFindingSchema),
  /** The checklist, grouped like a good decision. */
  groups: z.array(checkGroupSchema),
  /** The municipality's standard texts, to copy into the letter. */
  standardTexts: z.array(z.object({ id: z.string(), title: z.string(), text: z.string(), element: elementIdSchema.optional() })),
  /** The catalogue entry the scope was compared with, when one matched. */
  entry: z.object({ id: z.string(), name: z.string() }).optional(),
  /** Length of the text that was checked (the offsets refer to it). */
  textLength: z.number().int().min(0),
});
export type CheckResponse = z.infer<typeof letterCheckResponseSchema>;

export const letterMessages = defineMessages({
  /** Check a decision letter (content-script safe; nothing is stored). */
  'letter/check': { request: letterCheckRequestSchema, response: letterCheckResponseSchema, privileged: false },
});

export type LetterMessageType = keyof typeof letterMessages;
