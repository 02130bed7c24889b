import type { LogEntry } from './entry';

/** What happens to one imported note. */
export type MergeOutcome = 'add' | 'update' | 'duplicate' | 'kept-newer';

/**
 * Merge by id. A note not in the logbook is added; an identical copy is a duplicate and
 * skipped; a copy edited later than ours (`updatedAt`) replaces ours; an older copy is
 * ignored so a stale backup never overwrites newer work.
 */
export function decideMerge(existing: LogEntry | undefined, incoming: LogEntry): MergeOutcome {
  if (!existing) return 'add';
  if (sameEntry(existing, incoming)) return 'duplicate';
  return Date.parse(incoming.updatedAt) > Date.parse(existing.updatedAt) ? 'update' : 'kept-newer';
}

/** Field-by-field equality of two notes (key order does not matter). */
export function sameEntry(a: LogEntry, b: LogEntry): boolean {
  return canonical(a) === canonical(b);
}

/** A stable JSON form: fixed key order, so exports diff cleanly and equality is simple. */
export function canonicalEntry(e: LogEntry): LogEntry {
  const out: LogEntry = {
    id: e.id,
    kind: e.kind,
    text: e.text,
    tags: [...e.tags],
    context: {
      ...(e.context.area ? { area: e.context.area } : {}),
      ...(e.context.indsats ? { indsats: e.context.indsats } : {}),
    },
    flags: { nextMeeting: e.flags.nextMeeting, askSupport: e.flags.askSupport },
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
  if (e.deletedAt) out.deletedAt = e.deletedAt;
  return out;
}

function canonical(e: LogEntry): string {
  return JSON.stringify(canonicalEntry(e));
}
