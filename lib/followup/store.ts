import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
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

/*
 * ─── IndexedDB store ──────────────────────────────────────────────────────────────────────
 * Lives in the extension's own origin (the background opens it; content scripts never do).
 */

/** The follow-up database's name. */
export const FOLLOWUP_DB_NAME = 'sidevogn-opfoelgning';
/** Current schema version. Bump it and add a step to `FOLLOWUP_MIGRATIONS` for every change. */
export const FOLLOWUP_DB_VERSION = 1;

interface FollowupDB extends DBSchema {
  records: { key: string; value: FollowupRecord; indexes: { date: string } };
}
type FollowupDatabase = IDBPDatabase<FollowupDB>;

/** `FOLLOWUP_MIGRATIONS[n - 1]` brings the database from version n - 1 to n. */
const FOLLOWUP_MIGRATIONS: readonly ((db: FollowupDatabase) => void)[] = [
  // v1: records by id, with a date index for period queries and the per-day dedupe.
  (db) => db.createObjectStore('records', { keyPath: 'id' }).createIndex('date', 'date'),
];

/** Options for the IndexedDB follow-up store. */
export interface IdbFollowupStoreOptions {
  /** The IndexedDB factory: `indexedDB` in the extension, `new IDBFactory()` from fake-indexeddb in tests. */
  factory: IDBFactory;
  name?: string;
}

/** The IndexedDB store, with the per-day dedupe the background needs for panel records. */
export interface IdbFollowupStore extends FollowupStore {
  /**
   * Stores a record unless the same day already has one with the same id (the panel keeps one
   * id per screen visit) or the same `followupDedupeKey`. Then the stored one is updated in
   * place (its id kept) with the newer figures, so a letter finished later in the day counts
   * with its final building blocks. One transaction, so two quick messages cannot both add.
   * A record whose id is stored under another day is refused.
   */
  addOrUpdateSameDay(record: FollowupRecord): Promise<'added' | 'updated' | 'unchanged'>;
  count(): Promise<number>;
}

/** A JSON string with sorted keys, so equal scopes give equal keys whatever their key order. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`)
    .join(',')}}`;
}

/**
 * What makes two records "the same allocation" for the per-day dedupe: date, indsats, scope
 * and decision type. Re-renders of one case screen produce the same key.
 */
export function followupDedupeKey(record: FollowupRecord): string {
  return `${record.date}|${record.indsatsId ?? ''}|${canonical(record.scope)}|${record.decisionType}`;
}

/** Opens (and if needed creates or upgrades) the follow-up database with an injected factory. */
export async function openFollowupDatabase(opts: IdbFollowupStoreOptions): Promise<FollowupDatabase> {
  // idb's openDB always uses the global indexedDB; wrap() lets the factory be injected.
  const request = opts.factory.open(opts.name ?? FOLLOWUP_DB_NAME, FOLLOWUP_DB_VERSION);
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as FollowupDatabase;
    for (let v = event.oldVersion + 1; v <= (event.newVersion ?? FOLLOWUP_DB_VERSION); v++) FOLLOWUP_MIGRATIONS[v - 1]?.(db);
  });
  const db = (await wrap(request)) as unknown as FollowupDatabase;
  // Let a newer version (an updated extension) upgrade instead of being blocked by us.
  db.addEventListener('versionchange', () => db.close());
  return db;
}

const byDateThenId = (a: FollowupRecord, b: FollowupRecord) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);

/**
 * A FollowupStore on IndexedDB. Each call opens the database and closes it after, because an
 * MV3 service worker can be stopped between two messages. Every record is validated with the
 * strict `followupRecordSchema` before it is written.
 */
export function createIdbFollowupStore(opts: IdbFollowupStoreOptions): IdbFollowupStore {
  async function withDb<T>(fn: (db: FollowupDatabase) => Promise<T>): Promise<T> {
    const db = await openFollowupDatabase(opts);
    try {
      return await fn(db);
    } finally {
      db.close();
    }
  }
  return {
    add: async (record) => {
      const valid = followupRecordSchema.parse(record);
      return withDb(async (db) => void (await db.put('records', valid)));
    },
    addMany: async (list) => {
      const valid = list.map((r) => followupRecordSchema.parse(r));
      return withDb(async (db) => {
        const tx = db.transaction('records', 'readwrite');
        let added = 0;
        let duplicates = 0;
        for (const record of valid) {
          if ((await tx.store.getKey(record.id)) !== undefined) duplicates++;
          else {
            await tx.store.add(record);
            added++;
          }
        }
        await tx.done;
        return { added, duplicates };
      });
    },
    list: (filter = {}) =>
      withDb(async (db) => {
        const range =
          filter.from && filter.to
            ? filter.from <= filter.to
              ? IDBKeyRange.bound(filter.from, filter.to)
              : null
            : filter.from
              ? IDBKeyRange.lowerBound(filter.from)
              : filter.to
                ? IDBKeyRange.upperBound(filter.to)
                : undefined;
        if (range === null) return [];
        return (await db.getAllFromIndex('records', 'date', range)).sort(byDateThenId);
      }),
    remove: (id) =>
      withDb(async (db) => {
        const tx = db.transaction('records', 'readwrite');
        const found = (await tx.store.getKey(id)) !== undefined;
        if (found) await tx.store.delete(id);
        await tx.done;
        return found;
      }),
    clear: () => withDb((db) => db.clear('records')),
    count: () => withDb((db) => db.count('records')),
    addOrUpdateSameDay: async (record) => {
      const valid = followupRecordSchema.parse(record);
      const key = followupDedupeKey(valid);
      return withDb(async (db) => {
        const tx = db.transaction('records', 'readwrite');
        const sameDay = await tx.store.index('date').getAll(valid.date);
        // The panel reuses one id per screen visit, so an omfang edited during the visit
        // refreshes that visit's record instead of adding a second one. Only the same day's
        // record can be replaced this way.
        const existing = sameDay.find((r) => r.id === valid.id) ?? sameDay.find((r) => followupDedupeKey(r) === key);
        if (!existing && (await tx.store.getKey(valid.id)) !== undefined) {
          await tx.done; // nothing was written
          throw new Error('Posten findes allerede fra en anden dag.');
        }
        let outcome: 'added' | 'updated' | 'unchanged';
        if (!existing) {
          await tx.store.add(valid);
          outcome = 'added';
        } else {
          const next = { ...valid, id: existing.id };
          outcome = canonical(next) === canonical(existing) ? 'unchanged' : 'updated';
          if (outcome === 'updated') await tx.store.put(next);
        }
        await tx.done;
        return outcome;
      });
    },
  };
}
