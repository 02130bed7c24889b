/**
 * Danish dates and working days.
 *
 * Dates are handled as calendar days (year, month, day) without a time zone: a deadline is
 * a day, and counting in local or UTC time must never move it. Internally a day is the
 * number of days since 1970-01-01.
 */

/** A calendar day. `month` is 1–12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const MONTHS: Readonly<Record<string, number>> = {
  januar: 1, jan: 1,
  februar: 2, feb: 2,
  marts: 3, mar: 3,
  april: 4, apr: 4,
  maj: 5,
  juni: 6, jun: 6,
  juli: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

const MONTH_NAMES = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

function valid(year: number, month: number, day: number): CalendarDay | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? { year, month, day } : undefined;
}

function fullYear(y: string): number {
  const n = Number(y);
  // Two-digit years in case systems are this century ("03-11-26").
  return y.length === 2 ? 2000 + n : n;
}

/**
 * Reads a Danish or ISO date: "03-11-2026", "3.11.2026", "3/11/2026", "3. november 2026",
 * "3. nov. 2026", "2026-11-03". Returns undefined for anything else or impossible dates.
 */
export function parseDanishDate(text: string | undefined): CalendarDay | undefined {
  if (!text) return undefined;
  const t = text.trim().toLowerCase();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ].*)?$/.exec(t);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{4}|\d{2})$/.exec(t);
  if (m) return valid(fullYear(m[3]!), Number(m[2]), Number(m[1]));
  m = /^(?:[a-zæøå]+dag\s+(?:den\s+)?)?(?:den\s+)?(\d{1,2})\.?\s*([a-zæøå]+)\.?\s+(\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS[m[2]!];
    return month ? valid(Number(m[3]), month, Number(m[1])) : undefined;
  }
  return undefined;
}

/** Days since 1970-01-01 for a calendar day. */
export function dayNumber(d: CalendarDay): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

/** The calendar day of a day number. */
export function fromDayNumber(n: number): CalendarDay {
  const d = new Date(n * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The local calendar day of a Date (what the caseworker calls "today"). */
export function localDay(date: Date): CalendarDay {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** "2026-11-03". */
export function isoDay(d: CalendarDay): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** "3. november 2026". */
export function formatDanishDate(d: CalendarDay): string {
  return `${d.day}. ${MONTH_NAMES[d.month - 1]} ${d.year}`;
}

/** Easter Sunday (Gregorian computus, anonymous algorithm). */
function easter(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber({ year, month, day });
}

/** Options for which days are not working days. */
export interface HolidayOptions {
  /**
   * Also treat grundlovsdag (5 June), juleaftensdag (24 December) and nytårsaftensdag
   * (31 December) as closed. Most municipal offices close those days, but they are not
   * public holidays, so this is off unless the catalogue's municipality says so.
   */
  customaryClosures?: boolean;
}

const holidayCache = new Map<string, Set<number>>();

/** Danish public holidays of a year as day numbers (store bededag only until 2023). */
export function danishHolidays(year: number, options: HolidayOptions = {}): Set<number> {
  const key = `${year}:${options.customaryClosures ? 1 : 0}`;
  const cached = holidayCache.get(key);
  if (cached) return cached;
  const e = easter(year);
  const days = [
    dayNumber({ year, month: 1, day: 1 }),
    e - 3, // skærtorsdag
    e - 2, // langfredag
    e, // påskedag
    e + 1, // 2. påskedag
    e + 39, // Kristi himmelfartsdag
    e + 49, // pinsedag
    e + 50, // 2. pinsedag
    dayNumber({ year, month: 12, day: 25 }),
    dayNumber({ year, month: 12, day: 26 }),
  ];
  // Store bededag was abolished as a public holiday from 2024.
  if (year <= 2023) days.push(e + 26);
  if (options.customaryClosures) {
    days.push(dayNumber({ year, month: 6, day: 5 }), dayNumber({ year, month: 12, day: 24 }), dayNumber({ year, month: 12, day: 31 }));
  }
  const set = new Set(days);
  holidayCache.set(key, set);
  return set;
}

/** True for Monday–Friday that is not a public holiday. */
export function isWorkingDay(n: number, options: HolidayOptions = {}): boolean {
  // 1970-01-01 was a Thursday: (n + 3) % 7 gives 0 = Monday … 6 = Sunday.
  const weekday = (((n + 3) % 7) + 7) % 7;
  if (weekday >= 5) return false;
  return !danishHolidays(fromDayNumber(n).year, options).has(n);
}

/** The day `count` working days after `from` (the day itself not counted). */
export function addWorkingDays(from: number, count: number, options: HolidayOptions = {}): number {
  let n = from;
  let left = count;
  while (left > 0) {
    n++;
    if (isWorkingDay(n, options)) left--;
  }
  return n;
}

/** Working days after `from` up to and including `to` (negative when `to` is before `from`). */
export function workingDaysBetween(from: number, to: number, options: HolidayOptions = {}): number {
  if (to === from) return 0;
  const sign = to > from ? 1 : -1;
  let count = 0;
  for (let n = from + sign; sign > 0 ? n <= to : n >= to; n += sign) if (isWorkingDay(n, options)) count++;
  return sign * count;
}

/** Adds calendar months, clamping to the month's last day (31 January + 1 month = 28/29 February). */
export function addMonths(d: CalendarDay, months: number): CalendarDay {
  const total = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(d.day, last) };
}
