import { z } from 'zod';
import { AREAS } from '../service-level/schema';
import { SCOPE_UNITS } from '../service-level/units';
import { DECISION_TYPES, ELEMENT_IDS } from './vocabulary';

/*
 * One follow-up record: what was granted, how much, whether inside the frame, and which
 * building blocks the letter had. Every object is strict and every string is a closed id or
 * a date, so there is nowhere to put free text, names, CPR numbers or case numbers: a
 * record carrying anything else is rejected, not trimmed.
 */

const BASE_UNITS = SCOPE_UNITS.filter((u) => u !== 'timer') as [Exclude<(typeof SCOPE_UNITS)[number], 'timer'>, ...Exclude<(typeof SCOPE_UNITS)[number], 'timer'>[]];

const amount = z
  .number({ error: 'skal være et tal' })
  .refine((n) => Number.isFinite(n) && n >= 0, { error: 'skal være et tal på 0 eller mere' });

/** A quantity range without flags (the flags live on the scope). */
export const recordRangeSchema = z.strictObject({ min: amount, max: amount }, { error: 'skal være et interval med min og max' });

/** A scope as stored: structure and normalised rates, never the text it was read from. */
export const recordScopeSchema = z.strictObject(
  {
    kind: z.enum(['rate', 'total', 'unspecified', 'unparseable'], { error: 'skal være rate, total, unspecified eller unparseable' }),
    unit: z.enum(SCOPE_UNITS, { error: 'er ikke en kendt enhed' }).optional(),
    baseUnit: z.enum(BASE_UNITS, { error: 'er ikke en kendt basisenhed' }).optional(),
    quantity: recordRangeSchema.optional(),
    times: recordRangeSchema.optional(),
    period: z
      .strictObject(
        {
          count: z.number({ error: 'skal være et tal' }).positive({ error: 'skal være større end 0' }),
          unit: z.enum(['dag', 'uge', 'måned', 'år'], { error: 'skal være dag, uge, måned eller år' }),
        },
        { error: 'skal være en periode med count og unit' },
      )
      .optional(),
    perWeek: recordRangeSchema.optional(),
    perMonth: recordRangeSchema.optional(),
    total: recordRangeSchema.optional(),
    upTo: z.literal(true, { error: 'kan kun være true' }).optional(),
    approximate: z.literal(true, { error: 'kan kun være true' }).optional(),
  },
  { error: (iss) => (iss.code === 'unrecognized_keys' ? `ukendte felter: ${(iss as { keys?: string[] }).keys?.join(', ')}` : 'skal være et omfang') },
);
export type RecordScope = z.infer<typeof recordScopeSchema>;

/** A follow-up record. Strict: extra fields are rejected. */
export const followupRecordSchema = z.strictObject(
  {
    id: z.uuid({ error: 'skal være et tilfældigt id (UUID), aldrig et sagsnummer' }),
    date: z.iso.date({ error: 'skal være en dato som 2026-03-01' }),
    area: z.enum(AREAS, { error: 'skal være aeldre, voksne eller boern' }).nullable(),
    indsatsId: z
      .string({ error: 'skal være et katalog-id' })
      .regex(/^[a-z][a-z0-9-]{0,63}$/, { error: 'skal være et katalog-id (små bogstaver og bindestreg)' })
      .nullable(),
    scope: recordScopeSchema.nullable(),
    insideFrame: z.boolean({ error: 'skal være true, false eller null' }).nullable(),
    estimatedMonthlyCost: amount.nullable(),
    decisionType: z.enum(DECISION_TYPES, { error: `skal være en af ${DECISION_TYPES.join(', ')}` }),
    elements: z.partialRecord(z.enum(ELEMENT_IDS), z.boolean({ error: 'skal være true eller false' }), {
      error: (iss) => ((iss as { code: string }).code === 'unrecognized_keys' ? `ukendte byggesten: ${(iss as { keys?: string[] }).keys?.join(', ')}` : 'skal være et objekt med byggesten'),
    }),
  },
  {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? `ukendte felter må ikke gemmes: ${(iss as { keys?: string[] }).keys?.join(', ')}`
        : 'skal være en opfølgningspost',
  },
);
export type FollowupRecord = z.infer<typeof followupRecordSchema>;

/** Validates a record; Danish error lines with paths ("scope.perWeek.min: skal være et tal"). */
export function validateFollowupRecord(value: unknown): { ok: true; record: FollowupRecord } | { ok: false; errors: string[] } {
  const result = followupRecordSchema.safeParse(value);
  if (result.success) return { ok: true, record: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((i) => `${i.path.map(String).join('.') || 'posten'}: ${i.message}`),
  };
}
