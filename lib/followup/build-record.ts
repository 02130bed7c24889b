import type { CaseContext } from '../host/context';
import type { CatalogueMatch } from '../service-level/match';
import type { ParsedScope } from '../service-level/scope';
import type { CatalogueEntry } from '../service-level/schema';
import type { QuantityRange } from '../service-level/units';
import type { Verdict } from '../service-level/verdict';
import { estimateMonthlyCost } from './cost';
import { followupRecordSchema, type FollowupRecord, type RecordScope } from './record';
import { decisionTypeFromText, ELEMENT_IDS, type DecisionType, type ElementId } from './vocabulary';

/** Options for `buildRecord`. */
export interface BuildRecordOptions {
  /** Record id; a random UUID by default (never a case number). */
  id?: string;
  /** Decision type, when the letter check already knows it better than the screen. */
  decisionType?: DecisionType;
}

/** Four decimals are plenty for figures and keep exports readable. */
function round(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}

function range(r: QuantityRange): { min: number; max: number } {
  return { min: round(r.min), max: round(r.max) };
}

/** The scope as stored: structure and rates, without the text it was read from. */
export function recordScope(scope: ParsedScope): RecordScope {
  if (scope.kind === 'unspecified' || scope.kind === 'unparseable') return { kind: scope.kind };
  const out: RecordScope = { kind: scope.kind, unit: scope.unit, baseUnit: scope.baseUnit, quantity: range(scope.quantity) };
  if (scope.times) out.times = range(scope.times);
  if (scope.kind === 'rate') {
    out.period = { count: scope.period.count, unit: scope.period.unit };
    out.perWeek = range(scope.perWeek);
    out.perMonth = range(scope.perMonth);
  } else out.total = range(scope.total);
  const ranges = [scope.quantity, scope.times].filter((r): r is QuantityRange => !!r);
  if (ranges.some((r) => r.upTo)) out.upTo = true;
  if (ranges.some((r) => r.approximate)) out.approximate = true;
  return out;
}

function localIsoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function newId(): string {
  // crypto.randomUUID exists in browsers (secure contexts, extension pages) and Node 20.
  return globalThis.crypto.randomUUID();
}

/**
 * Builds a follow-up record for one allocation. Only ids, numbers and dates are copied:
 * the indsats name, omfang text and letter text stay behind. The result is validated by
 * the strict schema, so a bug here throws instead of storing something it should not.
 */
export function buildRecord(
  context: Partial<CaseContext>,
  match: CatalogueMatch | CatalogueEntry | undefined,
  scope: ParsedScope | undefined,
  verdict: Verdict | undefined,
  letterElements: Partial<Record<string, boolean>> | undefined,
  today: Date,
  options: BuildRecordOptions = {},
): FollowupRecord {
  const entry = match ? ('entry' in match ? match.entry : match) : undefined;
  const elements: Partial<Record<ElementId, boolean>> = {};
  if (letterElements) {
    for (const id of ELEMENT_IDS) {
      const value = letterElements[id];
      if (typeof value === 'boolean') elements[id] = value;
    }
  }
  const cost = estimateMonthlyCost(entry, scope);
  const record: FollowupRecord = {
    id: options.id ?? newId(),
    date: localIsoDate(today),
    area: context.sagsomraade ?? entry?.area ?? null,
    indsatsId: entry?.id ?? null,
    scope: scope ? recordScope(scope) : null,
    insideFrame: verdict ? (verdict.status === 'inside' ? true : verdict.status === 'outside' ? false : null) : null,
    estimatedMonthlyCost: cost ?? null,
    decisionType: options.decisionType ?? decisionTypeFromText(context.afgoerelsestype),
    elements,
  };
  return followupRecordSchema.parse(record);
}
