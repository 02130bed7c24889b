import {
  baseUnitOf,
  describePeriod,
  describeRange,
  OCCASION_UNITS,
  type BaseUnit,
  type PeriodSpan,
  type QuantityRange,
  type ScopeUnit,
  unitWord,
} from './units';

/** Per-base-unit amounts ("minutter": 90, "gange": 3) a scope can be compared on. */
export type Measures = Partial<Record<BaseUnit, QuantityRange>>;

interface ScopeStructure {
  /** The text the scope was read from (for a scope found in a letter: just that part). */
  text: string;
  /** Amount per occasion or per period: 30 in "30 minutter 3 gange ugentligt". */
  quantity: QuantityRange;
  unit: ScopeUnit;
  /** Occasions per period when the text names both: 3 in "30 minutter 3 gange ugentligt". */
  times?: QuantityRange;
  /** The base unit `perWeek`/`total` is counted in (minutes for time). */
  baseUnit: BaseUnit;
}

/** A scope with a period: "1 time hver 14. dag". Normalised to per week and per month. */
export interface ScopeRate extends ScopeStructure {
  kind: 'rate';
  period: PeriodSpan;
  /** Amount of `baseUnit` per week (a month is 52/12 weeks, a year 52 weeks). */
  perWeek: QuantityRange;
  /** Amount of `baseUnit` per month. */
  perMonth: QuantityRange;
  /** Every comparable amount per week, e.g. { minutter: 30, gange: 0.5 } for "1 time hver 14. dag". */
  measures: Measures;
}

/** A total without a period: "i alt 10 samtaler". */
export interface ScopeTotal extends ScopeStructure {
  kind: 'total';
  /** Amount of `baseUnit` in all. */
  total: QuantityRange;
  measures: Measures;
}

/** A scope that says no amount on purpose: "efter behov". */
export interface ScopeUnspecified {
  kind: 'unspecified';
  text: string;
  /** Danish: why this is not a scope. */
  reason: string;
}

/** Text Sidevogn could not read as a scope. Never guessed. */
export interface ScopeUnparseable {
  kind: 'unparseable';
  text: string;
  /** Danish: what was wrong. */
  reason: string;
}

export type ParsedScope = ScopeRate | ScopeTotal | ScopeUnspecified | ScopeUnparseable;
/** A scope with an amount (rate or total). */
export type QuantifiedScope = ScopeRate | ScopeTotal;

/** True when the scope carries an amount that can be compared. */
export function isQuantified(scope: ParsedScope | undefined): scope is QuantifiedScope {
  return scope !== undefined && (scope.kind === 'rate' || scope.kind === 'total');
}

/**
 * Works out every comparable measure of a scope, given the divisor (weeks in the period for
 * a rate, 1 for a total). Visits, talks and weekends are occasions too, so a frame in
 * "gange" can be checked against "2 besøg dagligt".
 */
export function measuresOf(
  quantity: QuantityRange,
  unit: ScopeUnit,
  times: QuantityRange | undefined,
  factor: number,
  divisor: number,
  impliedOccasion: boolean,
): Measures {
  const base = baseUnitOf(unit);
  const per = (r: QuantityRange, f: number): QuantityRange => {
    const out: QuantityRange = { min: (r.min * f) / divisor, max: (r.max * f) / divisor };
    if (r.upTo) out.upTo = true;
    if (r.approximate) out.approximate = true;
    return out;
  };
  const t = times ?? { min: 1, max: 1 };
  const amount: QuantityRange = {
    min: quantity.min * t.min,
    max: quantity.max * t.max,
    ...(quantity.upTo || t.upTo ? { upTo: true } : {}),
    ...(quantity.approximate || t.approximate ? { approximate: true } : {}),
  };
  const measures: Measures = { [base]: per(amount, factor) };
  if (times) measures.gange = per(times, 1);
  else if (OCCASION_UNITS.includes(base)) measures.gange = per(quantity, 1);
  else if (impliedOccasion && base !== 'gange') measures.gange = per({ min: 1, max: 1 }, 1);
  return measures;
}

/** The scope in plain Danish, e.g. "30 minutter 3 gange om ugen" or "i alt 10 samtaler". */
export function describeScope(scope: ParsedScope): string {
  if (scope.kind === 'unspecified' || scope.kind === 'unparseable') return scope.text.trim() || 'intet omfang';
  const amount = `${describeRange(scope.quantity)} ${unitWord(scope.unit, scope.quantity.max)}`;
  const times = scope.times ? ` ${describeRange(scope.times)} ${unitWord('gange', scope.times.max)}` : '';
  if (scope.kind === 'total') return `i alt ${amount}${times}`;
  return `${amount}${times} ${describePeriod(scope.period)}`;
}
