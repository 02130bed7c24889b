import type { Area, CatalogueEntry, DurationAmount } from '../../lib/service-level/schema';
import { formatNumber, unitWord } from '../../lib/service-level/units';

/** Plain Danish names of the legal areas. */
export const AREA_LABELS: Record<Area, string> = { aeldre: 'Ældre', voksne: 'Voksne', boern: 'Børn og unge' };

const SINGULAR_DURATION = { dage: 'dag', uger: 'uge', måneder: 'måned', år: 'år' } as const;

/** "6 måneder", "1 uge". */
export function describeDuration(d: DurationAmount): string {
  return `${formatNumber(d.amount)} ${d.amount === 1 ? SINGULAR_DURATION[d.unit] : d.unit}`;
}

/**
 * "1.250 kr.", "87,5 kr." — Danish grouping and decimal comma, at most two decimals. Written
 * out rather than with Intl.NumberFormat: building that formatter in the content script cost
 * 6–28 ms on every case page (ICU locale data), more than the whole panel's first render.
 */
export function formatKr(amount: number): string {
  const [whole = '0', fraction = ''] = Math.abs(amount).toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, '.');
  const decimals = fraction.replace(/0+$/, '');
  return `${amount < 0 && Number(`${whole}.${fraction}`) !== 0 ? '-' : ''}${grouped}${decimals ? `,${decimals}` : ''} kr.`;
}

/** "450 kr. pr. time". */
export function describePrice(price: NonNullable<CatalogueEntry['price']>): string {
  return `${formatKr(price.amountKr)} pr. ${unitWord(price.unit, 1)}`;
}

/** "Ingen egenbetaling", "Fast egenbetaling: 56 kr. pr. hovedret", "Indkomstafhængig egenbetaling". */
export function describeUserPayment(p: NonNullable<CatalogueEntry['userPayment']>): string {
  if (p.kind === 'ingen') return 'Ingen egenbetaling';
  const amount = p.amountKr !== undefined ? `: ${formatKr(p.amountKr)}${p.unit ? ` pr. ${unitWord(p.unit, 1)}` : ''}` : '';
  return `${p.kind === 'fast' ? 'Fast egenbetaling' : 'Indkomstafhængig egenbetaling'}${amount}`;
}

/** "5 arbejdsdage", "4 uger", "3 måneder". */
export function describeDeadlineRule(rule: NonNullable<CatalogueEntry['processingDeadline']>): string {
  const n = rule.amount;
  if (rule.unit === 'dage') {
    const word = rule.dayKind === 'arbejdsdage' ? 'arbejdsdag' : 'dag';
    return `${n} ${n === 1 ? word : `${word}e`}`;
  }
  return `${n} ${n === 1 ? (rule.unit === 'uger' ? 'uge' : 'måned') : rule.unit}`;
}

/** "Hver 6. måned", "Hver uge", "Efter 3 måneder" reads oddly for an interval, so: "hver …". */
export function describeFollowUp(f: NonNullable<CatalogueEntry['followUp']>): string {
  const single = { uger: 'uge', måneder: 'måned', år: 'år' } as const;
  return f.amount === 1 ? `Hver ${single[f.unit]}` : `Hver ${formatNumber(f.amount)}. ${single[f.unit]}`;
}

/** "24. juni 2025" from an ISO date (no time zones involved). */
export function formatIsoDate(iso: string): string {
  const months = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d}. ${months[m - 1] ?? ''} ${y}`;
}
