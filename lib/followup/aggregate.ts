import type { Catalogue, CatalogueEntry } from '../service-level/schema';
import { baseUnitOf, framePeriodSpan, toBaseFactor, weeksIn, type BaseUnit } from '../service-level/units';
import { frameMonthlyCost } from './cost';
import type { FollowupRecord } from './record';
import { ELEMENT_IDS, type ElementId } from './vocabulary';

/** Scope figures of a group, per week in the group's most common base unit. */
export interface ScopeFigures {
  baseUnit: BaseUnit;
  /** Records with a rate in that unit. */
  n: number;
  medianPerWeek: number;
  meanPerWeek: number;
  /** The frame's maximum per week in the same unit (tightest rule), if the catalogue has one. */
  frameMaxPerWeek?: number;
  /** meanPerWeek / frameMaxPerWeek: 1 means the average grant is at the frame's maximum. */
  meanShareOfFrame?: number;
}

/** Cost figures of a group (estimated from catalogue prices). */
export interface CostFigures {
  n: number;
  totalMonthly: number;
  meanMonthly: number;
  /** Monthly cost of one grant at the frame's maximum, if it can be worked out. */
  frameMonthly?: number;
}

/** Figures for one month, one indsats, or one month × indsats. */
export interface GroupSummary {
  /** "2026-03", or null when the group spans all months. */
  month: string | null;
  /** Catalogue id; null when the group spans all indsatser. Records without a match count as "ukendt". */
  indsatsId: string | null;
  count: number;
  /** Records judged inside or outside (not null). */
  judged: number;
  outsideCount: number;
  /** outsideCount / judged, or null when nothing was judged. */
  outsideShare: number | null;
  unknownCount: number;
  scope: ScopeFigures | null;
  cost: CostFigures | null;
  /** Letters checked (records with at least one element) and the share having each building block. */
  letters: { checked: number; shares: Partial<Record<ElementId, number>> };
}

/** All follow-up figures. */
export interface FollowupSummary {
  total: GroupSummary;
  byMonth: GroupSummary[];
  byIndsats: GroupSummary[];
  byMonthAndIndsats: GroupSummary[];
}

/** Id used for records without a catalogue match. */
export const UNKNOWN_INDSATS = 'ukendt';

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function frameMaxPerWeek(entry: CatalogueEntry, base: BaseUnit): number | undefined {
  let best: number | undefined;
  for (const rule of entry.frame) {
    if (rule.max === undefined || !rule.period || baseUnitOf(rule.unit) !== base) continue;
    const perWeek = (rule.max * toBaseFactor(rule.unit)) / weeksIn(framePeriodSpan(rule.period));
    best = best === undefined ? perWeek : Math.min(best, perWeek);
  }
  return best;
}

function summarise(month: string | null, indsatsId: string | null, records: FollowupRecord[], entry: CatalogueEntry | undefined): GroupSummary {
  const judged = records.filter((r) => r.insideFrame !== null);
  const outside = judged.filter((r) => r.insideFrame === false).length;
  // Scope figures in the unit most records use (an indsats is normally granted in one unit).
  const rates = records.filter((r) => r.scope?.kind === 'rate' && r.scope.baseUnit && r.scope.perWeek);
  let scope: ScopeFigures | null = null;
  if (rates.length > 0) {
    const counts = new Map<BaseUnit, number>();
    for (const r of rates) counts.set(r.scope!.baseUnit!, (counts.get(r.scope!.baseUnit!) ?? 0) + 1);
    const base = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const values = rates.filter((r) => r.scope!.baseUnit === base).map((r) => (r.scope!.perWeek!.min + r.scope!.perWeek!.max) / 2);
    scope = { baseUnit: base, n: values.length, medianPerWeek: median(values), meanPerWeek: mean(values) };
    const max = entry ? frameMaxPerWeek(entry, base) : undefined;
    if (max !== undefined && max > 0) {
      scope.frameMaxPerWeek = max;
      scope.meanShareOfFrame = scope.meanPerWeek / max;
    }
  }
  const costs = records.map((r) => r.estimatedMonthlyCost).filter((c): c is number => c !== null);
  let cost: CostFigures | null = null;
  if (costs.length > 0) {
    const total = costs.reduce((a, b) => a + b, 0);
    cost = { n: costs.length, totalMonthly: total, meanMonthly: total / costs.length };
    if (entry && scope?.frameMaxPerWeek !== undefined) {
      const frame = frameMonthlyCost(entry, scope.frameMaxPerWeek, scope.baseUnit);
      if (frame !== undefined) cost.frameMonthly = frame;
    }
  }
  const letters = records.filter((r) => Object.keys(r.elements).length > 0);
  const shares: Partial<Record<ElementId, number>> = {};
  for (const id of ELEMENT_IDS) {
    const withInfo = letters.filter((r) => r.elements[id] !== undefined);
    if (withInfo.length > 0) shares[id] = withInfo.filter((r) => r.elements[id] === true).length / withInfo.length;
  }
  return {
    month,
    indsatsId,
    count: records.length,
    judged: judged.length,
    outsideCount: outside,
    outsideShare: judged.length > 0 ? outside / judged.length : null,
    unknownCount: records.length - judged.length,
    scope,
    cost,
    letters: { checked: letters.length, shares },
  };
}

function groupBy(records: FollowupRecord[], key: (r: FollowupRecord) => string): Map<string, FollowupRecord[]> {
  const map = new Map<string, FollowupRecord[]>();
  for (const r of records) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return new Map([...map.entries()].sort((a, b) => a[0].localeCompare(b[0])));
}

/**
 * Aggregates follow-up records per month, per indsats and per month × indsats: number of
 * allocations, share outside the frame, scope (median/mean per week) against the frame,
 * estimated cost against the frame, and the share of letters with each building block.
 * Pure; pass the catalogue to get frame comparisons.
 */
export function aggregateFollowup(records: readonly FollowupRecord[], catalogue?: Catalogue): FollowupSummary {
  const entries = new Map((catalogue?.entries ?? []).map((e) => [e.id, e]));
  const list = [...records];
  const month = (r: FollowupRecord) => r.date.slice(0, 7);
  const indsats = (r: FollowupRecord) => r.indsatsId ?? UNKNOWN_INDSATS;
  return {
    total: summarise(null, null, list, undefined),
    byMonth: [...groupBy(list, month)].map(([m, rs]) => summarise(m, null, rs, undefined)),
    byIndsats: [...groupBy(list, indsats)].map(([id, rs]) => summarise(null, id, rs, entries.get(id))),
    byMonthAndIndsats: [...groupBy(list, (r) => `${month(r)}|${indsats(r)}`)].map(([k, rs]) => {
      const [m, id] = k.split('|') as [string, string];
      return summarise(m, id, rs, entries.get(id));
    }),
  };
}
