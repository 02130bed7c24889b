import { z } from 'zod';
import { entryContextSchema, entryKindSchema, type LogEntry } from './entry';

/** What the full-page logbook can search by. Every field narrows; omitted fields do not. */
export const searchQuerySchema = z.object({
  /** Free text: every word must occur in the note's text, tags or context (any order). */
  text: z.string().max(500).optional(),
  kinds: z.array(entryKindSchema).optional(),
  /** Notes carrying all of these tags. */
  tags: z.array(z.string()).optional(),
  flags: z.object({ nextMeeting: z.boolean().optional(), askSupport: z.boolean().optional() }).optional(),
  context: entryContextSchema.optional(),
  /** Inclusive, ISO date (yyyy-mm-dd) or date-time, compared with createdAt. */
  from: z.string().optional(),
  /** Inclusive whole day when a plain date is given. */
  to: z.string().optional(),
  includeDeleted: z.boolean().optional(),
  limit: z.number().int().min(1).max(100_000).optional(),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

/** Lower-case and strip accents so "svaert", "svært" and "SVÆRT" meet; keep æøå distinct enough. */
export function foldText(s: string): string {
  return s
    .toLocaleLowerCase('da')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

interface Indexed {
  entry: LogEntry;
  haystack: string;
  tagKeys: Set<string>;
  created: number;
}

/**
 * An in-memory index: the folded search text of each note is computed once, so a query over
 * 10,000 notes is a linear scan of short strings (a few milliseconds), no inverted index needed.
 * Results are newest first.
 */
export class LogbookIndex {
  private items: Indexed[];

  constructor(entries: readonly LogEntry[]) {
    this.items = entries.map(indexEntry).sort((a, b) => b.created - a.created);
  }

  get size(): number {
    return this.items.length;
  }

  search(query: SearchQuery = {}): LogEntry[] {
    const words = query.text ? foldText(query.text).split(/\s+/).filter(Boolean) : [];
    const kinds = query.kinds && query.kinds.length ? new Set(query.kinds) : undefined;
    const tags = (query.tags ?? []).map(foldText);
    const from = query.from ? parseBound(query.from, 'start') : undefined;
    const to = query.to ? parseBound(query.to, 'end') : undefined;
    const ctx = query.context;
    const limit = query.limit ?? Infinity;
    const out: LogEntry[] = [];
    for (const item of this.items) {
      const e = item.entry;
      if (e.deletedAt && !query.includeDeleted) continue;
      if (kinds && !kinds.has(e.kind)) continue;
      if (from !== undefined && item.created < from) continue;
      if (to !== undefined && item.created > to) continue;
      if (query.flags?.nextMeeting !== undefined && e.flags.nextMeeting !== query.flags.nextMeeting) continue;
      if (query.flags?.askSupport !== undefined && e.flags.askSupport !== query.flags.askSupport) continue;
      if (ctx?.area && e.context.area !== ctx.area) continue;
      if (ctx?.indsats && foldText(e.context.indsats ?? '') !== foldText(ctx.indsats)) continue;
      if (tags.length && !tags.every((t) => item.tagKeys.has(t))) continue;
      if (words.length && !words.every((w) => item.haystack.includes(w))) continue;
      out.push(e);
      if (out.length >= limit) break;
    }
    return out;
  }
}

function indexEntry(entry: LogEntry): Indexed {
  const tagKeys = new Set(entry.tags.map(foldText));
  const haystack = foldText([entry.text, ...entry.tags, entry.context.indsats ?? ''].join('\n'));
  return { entry, haystack, tagKeys, created: Date.parse(entry.createdAt) };
}

/** A plain date means the whole day in local time; a date-time is used as given. */
function parseBound(value: string, side: 'start' | 'end'): number | undefined {
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (plain) {
    const [, y, m, d] = plain;
    const date = new Date(Number(y), Number(m) - 1, Number(d));
    if (side === 'end') date.setHours(23, 59, 59, 999);
    return date.getTime();
  }
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : t;
}

/** One-shot search without keeping an index. */
export function searchEntries(entries: readonly LogEntry[], query: SearchQuery = {}): LogEntry[] {
  return new LogbookIndex(entries).search(query);
}
