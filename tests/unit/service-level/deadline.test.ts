import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  catalogueEntrySchema,
  danishHolidays,
  isWorkingDay,
  parseDanishDate,
  processingDeadline,
  type CatalogueEntry,
  type ProcessingDeadlineRule,
} from '../../../lib/service-level';
import { dayNumber } from '../../../lib/service-level/dates';

function withDeadline(rule: ProcessingDeadlineRule | undefined): CatalogueEntry {
  return catalogueEntrySchema.parse({
    id: 'x',
    area: 'aeldre',
    name: 'X',
    legalBasis: ['Ældreloven § 10'],
    targetGroup: 'a',
    purpose: 'b',
    competence: { insideFrame: ['sagsbehandler'], outsideFrame: ['visitationsudvalg'] },
    ...(rule ? { processingDeadline: rule } : {}),
  });
}

describe('parseDanishDate', () => {
  it.each([
    ['03-11-2026', '2026-11-03'],
    ['3.11.2026', '2026-11-03'],
    ['3/11/2026', '2026-11-03'],
    ['3. november 2026', '2026-11-03'],
    ['3. nov. 2026', '2026-11-03'],
    ['den 3. November 2026', '2026-11-03'],
    ['tirsdag den 3. november 2026', '2026-11-03'],
    ['2026-11-03', '2026-11-03'],
    ['03-11-26', '2026-11-03'],
  ])('%s', (text, iso) => {
    const d = parseDanishDate(text);
    expect(d && `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`).toBe(iso);
  });
  it.each(['31-02-2026', '2026-13-01', '3. brumaire 2026', 'i går', '', '12345'])('rejects %s', (text) => {
    expect(parseDanishDate(text)).toBeUndefined();
  });
});

describe('Danish holidays', () => {
  it('knows Easter-based holidays and that store bededag ended in 2024', () => {
    const h2026 = danishHolidays(2026);
    // Easter Sunday 2026 is 5 April.
    expect(h2026.has(dayNumber({ year: 2026, month: 4, day: 2 }))).toBe(true); // skærtorsdag
    expect(h2026.has(dayNumber({ year: 2026, month: 4, day: 6 }))).toBe(true); // 2. påskedag
    expect(h2026.has(dayNumber({ year: 2026, month: 5, day: 14 }))).toBe(true); // Kristi himmelfart
    expect(h2026.has(dayNumber({ year: 2026, month: 5, day: 1 }))).toBe(false); // store bededag would be 1 May
    expect(danishHolidays(2023).has(dayNumber({ year: 2023, month: 5, day: 5 }))).toBe(true);
  });
  it('weekends are not working days', () => {
    expect(isWorkingDay(dayNumber({ year: 2026, month: 11, day: 7 }))).toBe(false); // Saturday
    expect(isWorkingDay(dayNumber({ year: 2026, month: 11, day: 9 }))).toBe(true); // Monday
  });
  it('adds working days across Easter', () => {
    const wed = dayNumber({ year: 2026, month: 4, day: 1 });
    // Thu 2 (holiday), Fri 3 (holiday), Mon 6 (holiday) → Tue 7 is the first working day.
    expect(addWorkingDays(wed, 1)).toBe(dayNumber({ year: 2026, month: 4, day: 7 }));
  });
});

describe('processingDeadline', () => {
  const fiveWorking = withDeadline({ amount: 5, unit: 'dage', dayKind: 'arbejdsdage' });
  it('counts working days from the day after receipt', () => {
    const d = processingDeadline(fiveWorking, '3. november 2026', new Date(2026, 10, 5));
    expect(d).toMatchObject({ deadlineIso: '2026-11-10', daysLeft: 3, dayKind: 'arbejdsdage', overdue: false });
    expect(d?.text).toBe('Frist 10. november 2026 (3 arbejdsdage tilbage)');
    expect(d?.deadline.getDate()).toBe(10);
  });
  it('skips Christmas', () => {
    expect(processingDeadline(fiveWorking, '2026-12-22', new Date(2026, 11, 30))).toMatchObject({ deadlineIso: '2026-12-30', daysLeft: 0, overdue: false });
  });
  it('calendar days, weeks and months', () => {
    expect(processingDeadline(withDeadline({ amount: 7, unit: 'dage', dayKind: 'kalenderdage' }), '03-11-2026', new Date(2026, 10, 3))?.deadlineIso).toBe('2026-11-10');
    expect(processingDeadline(withDeadline({ amount: 4, unit: 'uger' }), '03-11-2026', new Date(2026, 10, 3))?.deadlineIso).toBe('2026-12-01');
    expect(processingDeadline(withDeadline({ amount: 1, unit: 'måneder' }), '31-01-2026', new Date(2026, 0, 31))?.deadlineIso).toBe('2026-02-28');
  });
  it('is overdue the day after the deadline', () => {
    const rule = withDeadline({ amount: 4, unit: 'uger' });
    expect(processingDeadline(rule, '03-11-2026', new Date(2026, 11, 1))).toMatchObject({ overdue: false, daysLeft: 0 });
    const late = processingDeadline(rule, '03-11-2026', new Date(2026, 11, 5));
    expect(late).toMatchObject({ overdue: true, daysLeft: -4 });
    expect(late?.text).toContain('overskredet med 4 dage');
  });
  it('is undefined without a rule or a readable date', () => {
    expect(processingDeadline(withDeadline(undefined), '03-11-2026', new Date())).toBeUndefined();
    expect(processingDeadline(fiveWorking, 'i sidste uge', new Date())).toBeUndefined();
    expect(processingDeadline(fiveWorking, undefined, new Date())).toBeUndefined();
  });
});
