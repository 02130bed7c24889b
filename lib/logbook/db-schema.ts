import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Draft, LogEntry } from './entry';

/** The database lives in the extension's origin only (see DESIGN.md "Data lives in the extension origin"). */
export const LOGBOOK_DB_NAME = 'sidevogn-logbog';

/** Current schema version. Bump it and add a step to `MIGRATIONS` for every change. */
export const LOGBOOK_DB_VERSION = 2;

export interface LogbookDB extends DBSchema {
  entries: {
    key: string;
    value: LogEntry;
    indexes: { createdAt: string; updatedAt: string };
  };
  drafts: { key: string; value: { key: string; draft: Draft } };
  meta: { key: string; value: { key: string; value: number | string } };
}

export type LogbookDatabase = IDBPDatabase<LogbookDB>;
export type UpgradeTransaction = IDBPTransaction<LogbookDB, StoreNames<LogbookDB>[], 'versionchange'>;

/**
 * One schema step. Steps run in order inside the single `versionchange` transaction, so an
 * upgrade either completes fully or leaves the old database untouched.
 */
export type Migration = (db: LogbookDatabase, tx: UpgradeTransaction) => void | Promise<void>;

/** v1: notes by id with a createdAt index, the capture draft, and a small meta store. */
export const migrateToV1: Migration = (db) => {
  const entries = db.createObjectStore('entries', { keyPath: 'id' });
  entries.createIndex('createdAt', 'createdAt');
  db.createObjectStore('drafts', { keyPath: 'key' });
  db.createObjectStore('meta', { keyPath: 'key' });
};

/**
 * v2: notes gained `updatedAt` (edits) and soft deletes. Adds an `updatedAt` index and
 * backfills `updatedAt = createdAt` plus default flags on notes written by v1, which had
 * neither; otherwise the v2 schema would reject them on export.
 */
export const migrateToV2: Migration = async (_db, tx) => {
  const store = tx.objectStore('entries');
  store.createIndex('updatedAt', 'updatedAt');
  let cursor = await store.openCursor();
  while (cursor) {
    const old = cursor.value as Partial<LogEntry> & { id: string; createdAt: string };
    if (!old.updatedAt || !old.flags) {
      await cursor.update({
        ...old,
        tags: old.tags ?? [],
        context: old.context ?? {},
        flags: { nextMeeting: old.flags?.nextMeeting ?? false, askSupport: old.flags?.askSupport ?? false },
        updatedAt: old.updatedAt ?? old.createdAt,
      } as LogEntry);
    }
    cursor = await cursor.continue();
  }
};

/** `MIGRATIONS[n - 1]` brings a database from version n - 1 to n. */
export const MIGRATIONS: readonly Migration[] = [migrateToV1, migrateToV2];
