/**
 * Calendar days and ISO 8601 weeks without time zones. A "day" is a whole number of days since
 * 1970-01-01 counted on the calendar, so "today" means the user's calendar day and week maths
 * never drifts by an hour at daylight-saving changes. No zod here: this runs in the content
 * script, which must stay small.
 */

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a calendar date. */
function dayFromParts(year: number, month: number, date: number): number {
  return Math.round(Date.UTC(year, month - 1, date) / MS_PER_DAY);
}

/**
 * The calendar day of a date. A `Date` is read in local time (the caseworker's day); a string
 * must be `YYYY-MM-DD` (read as written). Returns undefined for anything else.
 */
export function toDay(value: Date | string): number | undefined {
  if (typeof value !== 'string') {
    return Number.isNaN(value.getTime()) ? undefined : dayFromParts(value.getFullYear(), value.getMonth() + 1, value.getDate());
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = dayFromParts(y, mo, d);
  // Reject 2026-02-30 and the like: it must round-trip.
  return formatDay(day) === value ? day : undefined;
}

/** `YYYY-MM-DD` of a day number. */
export function formatDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The Monday of the ISO week the day falls in. */
export function mondayOf(day: number): number {
  return day - (isoWeekday(day) - 1);
}

/**
 * The ISO week of a day: weeks start on Monday, and week 1 is the week with the year's first
 * Thursday, so 31 December can be in week 1 of the next year and 1 January in week 53.
 */
export function isoWeekOfDay(day: number): { year: number; week: number } {
  const thursday = mondayOf(day) + 3; // The Thursday decides which year the week belongs to.
  const year = new Date(thursday * MS_PER_DAY).getUTCFullYear();
  const week = Math.floor((thursday - dayFromParts(year, 1, 1)) / 7) + 1;
  return { year, week };
}

/** Number of ISO weeks in a year (52 or 53): 28 December is always in the last week. */
export function isoWeeksInYear(year: number): number {
  return isoWeekOfDay(dayFromParts(year, 12, 28)).week;
}

/** The Monday of ISO week `week` of `year` (week 1 holds 4 January). */
export function mondayOfIsoWeek(year: number, week: number): number {
  return mondayOf(dayFromParts(year, 1, 4)) + (week - 1) * 7;
}

/**
 * A running week number (weeks since the ISO week of 1970-01-01). Unlike the week-of-year it
 * never jumps back at new year and has no 52/53 seam, so a rotation built on it is even.
 */
export function weekSerial(day: number): number {
  return Math.floor((mondayOf(day) - mondayOf(0)) / 7);
}

/** `2025-W07` for a day. */
export function formatIsoWeek(day: number): string {
  const { year, week } = isoWeekOfDay(day);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * The first (`start`) or last (`end`) day of a date (`2025-02-14`) or ISO week (`2025-W07`,
 * Monday to Sunday). Undefined when the value is neither or the week does not exist.
 */
export function dateOrWeekToDay(value: string, edge: 'start' | 'end'): number | undefined {
  const w = /^(\d{4})-W(\d{2})$/.exec(value);
  if (w) {
    const year = Number(w[1]);
    const week = Number(w[2]);
    if (week < 1 || week > isoWeeksInYear(year)) return undefined;
    const monday = mondayOfIsoWeek(year, week);
    return edge === 'start' ? monday : monday + 6;
  }
  return toDay(value);
}
