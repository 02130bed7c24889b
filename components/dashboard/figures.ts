import { aggregateFollowup, UNKNOWN_INDSATS, type GroupSummary } from '../../lib/followup/aggregate';
import type { FollowupRecord } from '../../lib/followup/record';
import { ELEMENT_IDS, type ElementId } from '../../lib/followup/vocabulary';
import { ELEMENT_LABELS } from '../../lib/letter/element-groups';
import type { Area, Catalogue } from '../../lib/service-level/schema';
import { describeBaseAmount, type BaseUnit } from '../../lib/service-level/units';

/*
 * Pure helpers of the follow-up dashboard: filtering, labels and number formats. Kept apart
 * from the components so they can be tested without a DOM.
 */

/** The dashboard's filters. Months are "2026-03"; empty strings mean "all". */
export interface DashboardFilter {
  fromMonth: string;
  toMonth: string;
  area: '' | Area;
  indsatsId: string;
}

export const EMPTY_FILTER: DashboardFilter = { fromMonth: '', toMonth: '', area: '', indsatsId: '' };

/** Records matching the filter (month range inclusive). */
export function filterRecords(records: readonly FollowupRecord[], f: DashboardFilter): FollowupRecord[] {
  return records.filter((r) => {
    const month = r.date.slice(0, 7);
    if (f.fromMonth && month < f.fromMonth) return false;
    if (f.toMonth && month > f.toMonth) return false;
    if (f.area && r.area !== f.area) return false;
    if (f.indsatsId && (r.indsatsId ?? UNKNOWN_INDSATS) !== f.indsatsId) return false;
    return true;
  });
}

/** Every month from the first to the last record, without gaps (so a quiet month shows as 0). */
export function monthRange(records: readonly FollowupRecord[]): string[] {
  if (records.length === 0) return [];
  const months = records.map((r) => r.date.slice(0, 7)).sort();
  const out: string[] = [];
  let [y, m] = months[0]!.split('-').map(Number) as [number, number];
  const last = months[months.length - 1]!;
  for (let guard = 0; guard < 600; guard++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) break;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

const MONTHS = ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];
const MONTHS_LONG = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** "mar. 2026" (axis labels). */
export function monthShort(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${MONTHS[m - 1] ?? '?'} ${y}`;
}

/** "marts 2026" (tables and text alternatives). */
export function monthLong(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${MONTHS_LONG[m - 1] ?? '?'} ${y}`;
}

/** The last day of a month as an ISO date ("2026-02" → "2026-02-28"). */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(y, m, 0).getDate()).padStart(2, '0')}`;
}

/** The catalogue name of an indsats id, "Ukendt indsats" for records without a match. */
export function indsatsName(id: string | null, catalogue: Catalogue | undefined): string {
  if (!id || id === UNKNOWN_INDSATS) return 'Ukendt indsats (ikke i kataloget)';
  return catalogue?.entries.find((e) => e.id === id)?.name ?? id;
}

const pct = new Intl.NumberFormat('da-DK', { style: 'percent', maximumFractionDigits: 0 });
const kr = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });

/** "25 %" (Danish style, with the space Intl puts in). */
export function formatPercent(share: number | null | undefined): string {
  return share === null || share === undefined ? '–' : pct.format(share);
}

/** "1.250 kr." */
export function formatKr(amount: number | undefined): string {
  return amount === undefined ? '–' : `${kr.format(Math.round(amount))} kr.`;
}

/** "1,5 timer om ugen", "3 besøg om ugen". */
export function perWeek(amount: number | undefined, unit: BaseUnit): string {
  return amount === undefined ? '–' : `${describeBaseAmount(Math.round(amount * 100) / 100, unit)} om ugen`;
}

/** Building blocks where having it is bad (a CPR number, an outdated reference). */
export const NEGATIVE_ELEMENTS: readonly ElementId[] = ['cpr', 'foraeldet-henvisning'];

/** One building block's share of letters, for all letters or before/after a month. */
export interface ElementShareRow {
  id: ElementId;
  label: string;
  negative: boolean;
  /** Letters with information about this block, and the share that had it. */
  values: { series: string; share: number; n: number }[];
}

function sharesOf(records: readonly FollowupRecord[]): GroupSummary['letters'] & { n: Partial<Record<ElementId, number>> } {
  const letters = aggregateFollowup(records).total.letters;
  const n: Partial<Record<ElementId, number>> = {};
  for (const id of ELEMENT_IDS) {
    const count = records.filter((r) => Object.keys(r.elements).length > 0 && r.elements[id] !== undefined).length;
    if (count > 0) n[id] = count;
  }
  return { ...letters, n };
}

/**
 * The share of decision letters with each building block — the method's before/after
 * measure. Without `splitMonth`: one series for all letters. With it: "Før <month>" and
 * "Fra <month>", so a leader can see whether letters improved after the method started.
 */
export function elementShareRows(records: readonly FollowupRecord[], splitMonth?: string): { rows: ElementShareRow[]; series: { key: string; label: string; letters: number }[] } {
  const groups = splitMonth
    ? [
        { key: 'foer', label: `Før ${monthLong(splitMonth)}`, records: records.filter((r) => r.date.slice(0, 7) < splitMonth) },
        { key: 'efter', label: `Fra ${monthLong(splitMonth)}`, records: records.filter((r) => r.date.slice(0, 7) >= splitMonth) },
      ]
    : [{ key: 'alle', label: 'Alle breve', records: [...records] }];
  const computed = groups.map((g) => ({ ...g, figures: sharesOf(g.records) }));
  const rows: ElementShareRow[] = [];
  for (const id of ELEMENT_IDS) {
    const values = computed
      .filter((g) => g.figures.shares[id] !== undefined)
      .map((g) => ({ series: g.key, share: g.figures.shares[id]!, n: g.figures.n[id] ?? 0 }));
    if (values.length > 0) rows.push({ id, label: ELEMENT_LABELS[id], negative: NEGATIVE_ELEMENTS.includes(id), values });
  }
  return { rows, series: computed.map((g) => ({ key: g.key, label: g.label, letters: g.figures.checked })) };
}
