import { followupRecordSchema, type FollowupRecord } from './record';

/** Result of adding several records. */
export interface AddManyResult {
  added: number;
  /** Records whose id was already stored (the stored one is kept). */
  duplicates: number;
}

/**
 * Where follow-up records live. The background wires this to IndexedDB in the extension's
 * own origin; tests and the CLI use the in-memory store. Implementations must validate with
 * `followupRecordSchema` on the way in, so nothing but the strict record is ever stored.
 */
export interface FollowupStore {
  add(record: FollowupRecord): Promise<void>;
  addMany(records: readonly FollowupRecord[]): Promise<AddManyResult>;
  /** Records with `from <= date <= to` (ISO dates, both optional), oldest first. */
  list(filter?: { from?: string; to?: string }): Promise<FollowupRecord[]>;
  remove(id: string): Promise<boolean>;
  clear(): Promise<void>;
}

/**
 * Combines record lists (several caseworkers' exports) into one, dropping repeated ids so
 * importing the same file twice does not double the figures. The first occurrence wins.
 */
export function mergeRecords(...lists: readonly (readonly FollowupRecord[])[]): { records: FollowupRecord[]; duplicates: number } {
  const seen = new Map<string, FollowupRecord>();
  let duplicates = 0;
  for (const list of lists) {
    for (const record of list) {
      if (seen.has(record.id)) duplicates++;
      else seen.set(record.id, record);
    }
  }
  return { records: [...seen.values()].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)), duplicates };
}

/** An in-memory FollowupStore (tests, CLI, and a model for the IndexedDB one). */
export function createMemoryFollowupStore(): FollowupStore {
  const records = new Map<string, FollowupRecord>();
  return {
    async add(record) {
      const valid = followupRecordSchema.parse(record);
      records.set(valid.id, valid);
    },
    async addMany(list) {
      let added = 0;
      let duplicates = 0;
      for (const record of list) {
        const valid = followupRecordSchema.parse(record);
        if (records.has(valid.id)) duplicates++;
        else {
          records.set(valid.id, valid);
          added++;
        }
      }
      return { added, duplicates };
    },
    async list(filter = {}) {
      return [...records.values()]
        .filter((r) => (!filter.from || r.date >= filter.from) && (!filter.to || r.date <= filter.to))
        .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    },
    async remove(id) {
      return records.delete(id);
    },
    async clear() {
      records.clear();
    },
  };
}
