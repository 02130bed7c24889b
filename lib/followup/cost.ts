import type { ParsedScope } from '../service-level/scope';
import type { CatalogueEntry } from '../service-level/schema';
import { baseUnitOf, toBaseFactor, WEEKS_PER_MONTH, type QuantityRange } from '../service-level/units';

const MONTHS_PER: Record<'dage' | 'uger' | 'måneder' | 'år', number> = {
  dage: 12 / 365,
  uger: 12 / 52,
  måneder: 1,
  år: 12,
};

function mid(r: QuantityRange): number {
  return (r.min + r.max) / 2;
}

/**
 * Estimated monthly cost of a scope from the catalogue's unit price (kroner, rounded).
 * A range counts at its midpoint. A total ("i alt 10 samtaler") is spread over the typical
 * duration, if the catalogue gives one. Undefined when price or units do not fit.
 */
export function estimateMonthlyCost(entry: CatalogueEntry | undefined, scope: ParsedScope | undefined): number | undefined {
  const price = entry?.price;
  if (!price || !scope || (scope.kind !== 'rate' && scope.kind !== 'total')) return undefined;
  const base = baseUnitOf(price.unit);
  const measure = scope.measures[base] ?? (base === 'besøg' || base === 'samtaler' ? scope.measures.gange : undefined);
  if (!measure) return undefined;
  let perMonthBase: number;
  if (scope.kind === 'rate') perMonthBase = mid(measure) * WEEKS_PER_MONTH;
  else {
    const typical = entry.duration?.typical;
    if (!typical || typical.amount <= 0) return undefined;
    perMonthBase = mid(measure) / (typical.amount * MONTHS_PER[typical.unit]);
  }
  return Math.round((perMonthBase / toBaseFactor(price.unit)) * price.amountKr);
}

/** The monthly cost of granting exactly a frame's maximum (per-week amount in base units). */
export function frameMonthlyCost(entry: CatalogueEntry, maxPerWeekBase: number, base: string): number | undefined {
  const price = entry.price;
  if (!price || baseUnitOf(price.unit) !== base) return undefined;
  return Math.round(((maxPerWeekBase * WEEKS_PER_MONTH) / toBaseFactor(price.unit)) * price.amountKr);
}
