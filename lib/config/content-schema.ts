import { z } from 'zod';
import { findUnsafeLinks } from './markdown';

/**
 * Tips ("Ugens Tip"), hints and checklists: the texts support persons write in the Studio.
 * Texts use the safe Markdown subset (lib/config/markdown.ts). Objects are strict so a typo in
 * a field name ("gyldigfra") is reported instead of silently ignored.
 */

const idSchema = z
  .string()
  .max(80, 'må højst have 80 tegn')
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'kun små bogstaver, tal og bindestreg (fx "ugens-tip-1")');

const markdownText = (max: number) =>
  z
    .string()
    .min(1, 'må ikke være tom')
    .max(max, `må højst have ${max} tegn`)
    .refine((text) => findUnsafeLinks(text).length === 0, {
      message: 'links skal begynde med https://',
    });

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** True for an ISO week written YYYY-Www (e.g. 2025-W07), weeks 1–53. */
export function isIsoWeek(value: string): boolean {
  const m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (!m) return false;
  const week = Number(m[2]);
  return week >= 1 && week <= isoWeeksInYear(Number(m[1]));
}

function isoWeeksInYear(year: number): number {
  // A year has 53 ISO weeks when 28 December falls in week 53.
  const dec28 = new Date(Date.UTC(year, 11, 28));
  return isoWeekOf(dec28).week;
}

/** The ISO week (and its year) of a date. */
export function isoWeekOf(date: Date): { year: number; week: number } {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((d.getTime() - yearStart.getTime()) / 86400000 + 1) / 7);
  return { year: d.getUTCFullYear(), week };
}

/**
 * The first (or last) day of a date-or-week as YYYY-MM-DD, for comparing validity periods.
 * Returns undefined when the value is neither.
 */
export function dateOrWeekBound(value: string, edge: 'start' | 'end'): string | undefined {
  if (isIsoDate(value)) return value;
  const m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (!m || !isIsoWeek(value)) return undefined;
  const year = Number(m[1]);
  const week = Number(m[2]);
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() || 7) - 1) + (week - 1) * 7);
  if (edge === 'end') monday.setUTCDate(monday.getUTCDate() + 6);
  return monday.toISOString().slice(0, 10);
}

/** A date (YYYY-MM-DD) or an ISO week (YYYY-Www). */
export const dateOrWeekSchema = z
  .string()
  .refine((v) => isIsoDate(v) || isIsoWeek(v), {
    message: 'ikke en dato (skriv ÅÅÅÅ-MM-DD eller en uge som 2025-W07)',
  });

export const caseAreaSchema = z.enum(['aeldre', 'voksne', 'boern']);

/** Where a hint or checklist applies. Every field narrows; an empty target applies everywhere. */
export const contentTargetSchema = z.strictObject({
  siteId: z.string().min(1).max(80).optional(),
  screenId: z.string().min(1).max(80).optional(),
  area: caseAreaSchema.optional(),
  /** Matched case-insensitively against the intervention name or code read on screen. */
  indsats: z.string().min(1).max(200).optional(),
  /** Matched case-insensitively as a substring of the legal basis read on screen. */
  lovgrundlag: z.string().min(1).max(200).optional(),
});
export type ContentTarget = z.infer<typeof contentTargetSchema>;

export const tipSchema = z
  .strictObject({
    id: idSchema,
    title: z.string().min(1, 'må ikke være tom').max(200, 'må højst have 200 tegn'),
    body: markdownText(5000),
    gyldigFra: dateOrWeekSchema.optional(),
    gyldigTil: dateOrWeekSchema.optional(),
    tags: z.array(z.string().min(1).max(60)).max(20).default([]),
    area: caseAreaSchema.optional(),
  })
  .superRefine((tip, ctx) => {
    if (!tip.gyldigFra || !tip.gyldigTil) return;
    const from = dateOrWeekBound(tip.gyldigFra, 'start');
    const to = dateOrWeekBound(tip.gyldigTil, 'end');
    if (from && to && to < from) {
      ctx.addIssue({ code: 'custom', path: ['gyldigTil'], message: 'ligger før gyldigFra' });
    }
  });
export type Tip = z.infer<typeof tipSchema>;

export const hintSchema = z.strictObject({
  id: idSchema,
  text: markdownText(2000),
  target: contentTargetSchema.default({}),
});
export type Hint = z.infer<typeof hintSchema>;

/** When a checklist is used: before a decision is sent, or in the roll-out phases of the method. */
export const CHECKLIST_WHEN = [
  'foer-afgoerelse',
  'udrulning-forberedelse',
  'udrulning-indfoering',
  'traeningsmoede',
  'opfoelgningsmoede',
] as const;

export const checklistItemSchema = z.strictObject({
  id: idSchema,
  text: markdownText(1000),
});

export const checklistSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1, 'må ikke være tom').max(200, 'må højst have 200 tegn'),
  when: z.enum(CHECKLIST_WHEN),
  items: z.array(checklistItemSchema).min(1, 'skal have mindst ét punkt').max(100),
  target: contentTargetSchema.default({}),
});
export type Checklist = z.infer<typeof checklistSchema>;

function uniqueIds<T extends { id: string }>(list: T[], ctx: z.RefinementCtx) {
  const seen = new Map<string, number>();
  list.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `id "${item.id}" er brugt før (i nr. ${first})` });
    } else seen.set(item.id, index);
  });
}

export const tipsSchema = z.array(tipSchema).max(1000, 'må højst have 1000 tips').superRefine(uniqueIds).default([]);
export const hintsSchema = z.array(hintSchema).max(1000, 'må højst have 1000 hints').superRefine(uniqueIds).default([]);
export const checklistsSchema = z
  .array(checklistSchema)
  .max(200, 'må højst have 200 tjeklister')
  .superRefine(uniqueIds)
  .default([]);
