import {
  addMonths,
  addWorkingDays,
  dayNumber,
  formatDanishDate,
  fromDayNumber,
  isoDay,
  localDay,
  parseDanishDate,
  workingDaysBetween,
  type HolidayOptions,
} from './dates';
import type { CatalogueEntry } from './schema';

/** The case-processing deadline for an application. */
export interface ProcessingDeadline {
  /** The deadline day (local midnight). */
  deadline: Date;
  /** The same day as "2026-11-10". */
  deadlineIso: string;
  /** Days left until the deadline, counted as the catalogue counts (working or calendar days); negative when overdue. */
  daysLeft: number;
  /** Whether `daysLeft` counts working days. */
  dayKind: 'arbejdsdage' | 'kalenderdage';
  /** True once today is after the deadline day. */
  overdue: boolean;
  /** Plain Danish, e.g. "Frist 10. november 2026 (3 arbejdsdage tilbage)". */
  text: string;
}

/**
 * Works out the catalogue's case-processing deadline from the date the application arrived
 * ("03-11-2026", "3.11.2026", "3. november 2026" or ISO).
 *
 * Working days are Monday–Friday without Danish public holidays; the day of receipt is not
 * counted. Weeks and months are calendar periods. Returns undefined when the catalogue has
 * no deadline for the entry or the date cannot be read.
 */
export function processingDeadline(
  entry: CatalogueEntry,
  receivedDateText: string | undefined,
  today: Date,
  options: HolidayOptions = {},
): ProcessingDeadline | undefined {
  const rule = entry.processingDeadline;
  const received = parseDanishDate(receivedDateText);
  if (!rule || !received) return undefined;
  const start = dayNumber(received);
  const working = rule.unit === 'dage' && rule.dayKind === 'arbejdsdage';
  let end: number;
  if (working) end = addWorkingDays(start, rule.amount, options);
  else if (rule.unit === 'dage') end = start + rule.amount;
  else if (rule.unit === 'uger') end = start + rule.amount * 7;
  else end = dayNumber(addMonths(received, rule.amount));
  const now = dayNumber(localDay(today));
  const daysLeft = working ? workingDaysBetween(now, end, options) : end - now;
  const overdue = now > end;
  const day = fromDayNumber(end);
  const kindWord = working ? 'arbejdsdag' : 'dag';
  const n = Math.abs(daysLeft);
  const plural = n === 1 ? kindWord : `${kindWord}e`;
  let state: string;
  if (overdue) state = `overskredet med ${n} ${plural}`;
  else if (end === now) state = 'fristen er i dag';
  else state = `${n} ${plural} tilbage`;
  return {
    deadline: new Date(day.year, day.month - 1, day.day),
    deadlineIso: isoDay(day),
    daysLeft,
    dayKind: working ? 'arbejdsdage' : 'kalenderdage',
    overdue,
    text: `Frist ${formatDanishDate(day)} (${state})`,
  };
}
