/**
 * Units and periods of service-level scopes, and the one place where they are converted.
 *
 * Conversions are fixed so that every figure in Sidevogn agrees: a week is the base period,
 * a month is 52/12 weeks and a year is 52 weeks (12 months × 52/12). Kvalitetsstandarder
 * often say "25 gange om året" next to "hver anden uge"; using one convention everywhere is
 * what keeps such comparisons honest.
 */

/** The units a scope can be counted in (the words support persons write in a catalogue). */
export const SCOPE_UNITS = ['timer', 'minutter', 'besøg', 'gange', 'hovedretter', 'weekender', 'samtaler', 'døgn'] as const;
export type ScopeUnit = (typeof SCOPE_UNITS)[number];

/** Units after normalisation: time is counted in minutes, everything else as a count. */
export type BaseUnit = Exclude<ScopeUnit, 'timer'>;

/** Periods a catalogue frame rule may use. */
export const FRAME_PERIODS = ['dag', 'uge', '14 dage', 'måned', 'år'] as const;
export type FramePeriod = (typeof FRAME_PERIODS)[number];

/** The calendar unit of a period span. */
export type PeriodUnit = 'dag' | 'uge' | 'måned' | 'år';

/** A period as "every `count` `unit`": "hver 14. dag" is { count: 14, unit: 'dag' }. */
export interface PeriodSpan {
  count: number;
  unit: PeriodUnit;
}

/** Weeks in one month; used for every month figure. */
export const WEEKS_PER_MONTH = 52 / 12;

const WEEKS_PER_UNIT: Record<PeriodUnit, number> = {
  dag: 1 / 7,
  uge: 1,
  måned: WEEKS_PER_MONTH,
  år: 52,
};

/** How many weeks a period span lasts ("hver 14. dag" → 2). */
export function weeksIn(period: PeriodSpan): number {
  return period.count * WEEKS_PER_UNIT[period.unit];
}

/** The span a catalogue period stands for. */
export function framePeriodSpan(period: FramePeriod): PeriodSpan {
  switch (period) {
    case 'dag':
      return { count: 1, unit: 'dag' };
    case 'uge':
      return { count: 1, unit: 'uge' };
    case '14 dage':
      return { count: 14, unit: 'dag' };
    case 'måned':
      return { count: 1, unit: 'måned' };
    case 'år':
      return { count: 1, unit: 'år' };
  }
}

/** The base unit a unit is normalised to. */
export function baseUnitOf(unit: ScopeUnit): BaseUnit {
  return unit === 'timer' ? 'minutter' : unit;
}

/** Factor from a unit to its base unit (hours → minutes = 60). */
export function toBaseFactor(unit: ScopeUnit): number {
  return unit === 'timer' ? 60 : 1;
}

/**
 * Units whose every item is also one occasion ("2 besøg dagligt" is 2 gange dagligt), so a
 * frame in "gange" can be compared with them.
 */
export const OCCASION_UNITS: readonly BaseUnit[] = ['besøg', 'samtaler', 'weekender'];

const SINGULAR: Record<ScopeUnit, string> = {
  timer: 'time',
  minutter: 'minut',
  besøg: 'besøg',
  gange: 'gang',
  hovedretter: 'hovedret',
  weekender: 'weekend',
  samtaler: 'samtale',
  døgn: 'døgn',
};

/** The Danish word for `unit` agreeing with `amount` ("1 time", "2 timer"). */
export function unitWord(unit: ScopeUnit, amount: number): string {
  return amount === 1 ? SINGULAR[unit] : unit;
}

/** Formats a number the Danish way: decimal comma, at most two decimals, no trailing zeros. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded).replace('.', ',');
}

/** "om ugen", "hver 14. dag", "hver 3. måned" … */
export function describePeriod(period: PeriodSpan): string {
  if (period.count === 1) {
    switch (period.unit) {
      case 'dag':
        return 'om dagen';
      case 'uge':
        return 'om ugen';
      case 'måned':
        return 'om måneden';
      case 'år':
        return 'om året';
    }
  }
  return `hver ${formatNumber(period.count)}. ${period.unit}`;
}

/** A quantity range; `min === max` for an exact amount. */
export interface QuantityRange {
  min: number;
  max: number;
  /** "op til 3 timer": only the upper bound was given (min is 0). */
  upTo?: boolean;
  /** "ca. 2 timer": the amount was given as approximate. */
  approximate?: boolean;
}

/** "2", "2-3", "op til 3", "ca. 2" in Danish. */
export function describeRange(range: QuantityRange): string {
  const prefix = range.approximate ? 'ca. ' : '';
  if (range.upTo) return `${prefix}op til ${formatNumber(range.max)}`;
  if (range.min === range.max) return prefix + formatNumber(range.min);
  return `${prefix}${formatNumber(range.min)}-${formatNumber(range.max)}`;
}

/** Scales a range by a factor, keeping its flags. */
export function scaleRange(range: QuantityRange, factor: number): QuantityRange {
  const out: QuantityRange = { min: range.min * factor, max: range.max * factor };
  if (range.upTo) out.upTo = true;
  if (range.approximate) out.approximate = true;
  return out;
}

/** Multiplies two ranges (2-3 gange × 30 minutter = 60-90 minutter). */
export function multiplyRanges(a: QuantityRange, b: QuantityRange): QuantityRange {
  const out: QuantityRange = { min: a.min * b.min, max: a.max * b.max };
  if (a.upTo || b.upTo) out.upTo = true;
  if (a.approximate || b.approximate) out.approximate = true;
  return out;
}

/** A base-unit amount in words ("30 minutter", "1,5 timer" for whole-ish hours, "3 besøg"). */
export function describeBaseAmount(amount: number, unit: BaseUnit): string {
  if (unit === 'minutter' && amount >= 60 && Math.abs(amount / 60 - Math.round((amount / 60) * 100) / 100) < 1e-9) {
    const hours = amount / 60;
    return `${formatNumber(hours)} ${unitWord('timer', hours)}`;
  }
  return `${formatNumber(amount)} ${unitWord(unit, amount)}`;
}
