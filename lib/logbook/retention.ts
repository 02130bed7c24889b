import type { LogEntry } from './entry';

/** The moment before which notes are "old": `months` calendar months before `now`. */
export function retentionCutoff(now: Date, months: number): Date {
  const d = new Date(now.getTime());
  const day = d.getDate();
  d.setDate(1);
  d.setMonth(d.getMonth() - months);
  // Clamp 31 March − 1 month to 28/29 February instead of rolling into March.
  const last = new Date(d.getFullYear(), d.getMonth() + 1, 0).getDate();
  d.setDate(Math.min(day, last));
  return d;
}

export interface RetentionCheck {
  months: number;
  cutoff: string;
  /** Ids of live notes created before the cutoff; retention-apply deletes only these. */
  ids: string[];
  count: number;
  oldest?: string;
}

/**
 * Which notes have passed the retention age. Nothing is deleted here: the page shows the
 * count, offers an export of exactly these notes, and only then asks to remove them.
 */
export function findExpired(entries: readonly LogEntry[], now: Date, months: number): RetentionCheck {
  const cutoff = retentionCutoff(now, months);
  const old = entries
    .filter((e) => !e.deletedAt && Date.parse(e.createdAt) < cutoff.getTime())
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return {
    months,
    cutoff: cutoff.toISOString(),
    ids: old.map((e) => e.id),
    count: old.length,
    ...(old[0] ? { oldest: old[0].createdAt } : {}),
  };
}

/** Of the ids the user confirmed, those still past the cutoff (a note removed or restored meanwhile is skipped safely). */
export function confirmExpired(entries: readonly LogEntry[], ids: readonly string[], now: Date, months: number): string[] {
  const expired = new Set(findExpired(entries, now, months).ids);
  return ids.filter((id) => expired.has(id));
}
