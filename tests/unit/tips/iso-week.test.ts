import { describe, expect, it } from 'vitest';
import {
  dateOrWeekToDay,
  formatDay,
  formatIsoWeek,
  isoWeekOfDay,
  isoWeeksInYear,
  mondayOfIsoWeek,
  toDay,
  weekSerial,
} from '../../../lib/tips/iso-week';
import { isoWeekOf } from '../../../lib/config/content-schema';

const day = (s: string) => {
  const d = toDay(s);
  if (d === undefined) throw new Error(s);
  return d;
};

describe('ISO weeks', () => {
  it.each([
    ['2026-12-31', '2026-W53'], // 2026 has 53 weeks (it starts on a Thursday)
    ['2027-01-01', '2026-W53'],
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2024-12-30', '2025-W01'], // 30 December in week 1 of the next year
    ['2025-12-29', '2026-W01'],
    ['2021-01-03', '2020-W53'],
    ['2020-01-01', '2020-W01'],
    ['2025-02-14', '2025-W07'],
    ['2000-02-29', '2000-W09'],
  ])('%s is in %s', (date, week) => {
    expect(formatIsoWeek(day(date))).toBe(week);
  });

  it('knows which years have 53 weeks', () => {
    const long = [2015, 2020, 2026, 2032, 2037].map(isoWeeksInYear);
    const short = [2019, 2021, 2024, 2025, 2027].map(isoWeeksInYear);
    expect(long).toEqual([53, 53, 53, 53, 53]);
    expect(short).toEqual([52, 52, 52, 52, 52]);
  });

  it('turns a week into its Monday-to-Sunday days, and refuses a week 53 that does not exist', () => {
    expect(formatDay(dateOrWeekToDay('2020-W53', 'start')!)).toBe('2020-12-28');
    expect(formatDay(dateOrWeekToDay('2020-W53', 'end')!)).toBe('2021-01-03');
    expect(formatDay(dateOrWeekToDay('2025-W01', 'start')!)).toBe('2024-12-30');
    expect(formatDay(dateOrWeekToDay('2025-W07', 'end')!)).toBe('2025-02-16');
    expect(dateOrWeekToDay('2025-W53', 'start')).toBeUndefined();
    expect(dateOrWeekToDay('2025-W00', 'start')).toBeUndefined();
    expect(dateOrWeekToDay('2025-02-30', 'start')).toBeUndefined();
    expect(dateOrWeekToDay('14-02-2025', 'start')).toBeUndefined();
  });

  it('agrees with the config schema\'s independent ISO week for every day of 1999–2031', () => {
    const mismatches: string[] = [];
    for (let d = day('1999-01-01'); d <= day('2031-12-31'); d++) {
      const ours = isoWeekOfDay(d);
      const theirs = isoWeekOf(new Date(d * 86_400_000));
      const monday = mondayOfIsoWeek(ours.year, ours.week);
      if (ours.year !== theirs.year || ours.week !== theirs.week || d - monday < 0 || d - monday > 6) mismatches.push(formatDay(d));
    }
    expect(mismatches).toEqual([]);
  });

  it('counts running weeks without a seam at new year', () => {
    expect(weekSerial(day('2027-01-04')) - weekSerial(day('2026-12-31'))).toBe(1);
    expect(weekSerial(day('2027-01-03'))).toBe(weekSerial(day('2026-12-28')));
    expect(weekSerial(day('2021-01-04')) - weekSerial(day('2020-12-28'))).toBe(1);
  });

  it('reads a Date as the local calendar day', () => {
    expect(formatDay(toDay(new Date(2027, 0, 1, 23, 30))!)).toBe('2027-01-01');
    expect(formatDay(toDay(new Date(2027, 0, 1, 0, 5))!)).toBe('2027-01-01');
    expect(toDay(new Date('nonsense'))).toBeUndefined();
  });
});
