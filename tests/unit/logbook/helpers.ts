// idb recognises requests by the global IDBRequest/IDBCursor classes; fake-indexeddb/auto installs them.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { LogbookStore } from '../../../lib/logbook/store';
import type { LogEntry } from '../../../lib/logbook/entry';

/** A fresh, empty IndexedDB per test (fake-indexeddb keeps databases per factory). */
export function freshFactory(): IDBFactory {
  return new IDBFactory();
}

/** A clock the test moves by hand. */
export function clock(start = '2026-03-02T09:00:00.000Z') {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
  };
}

export async function openStore(factory = freshFactory(), now?: () => Date) {
  return LogbookStore.open({ factory, ...(now ? { now } : {}) });
}

let seq = 0;
/** A valid stored note for pure tests. */
export function note(over: Partial<LogEntry> = {}): LogEntry {
  seq++;
  const at = over.createdAt ?? new Date(Date.UTC(2026, 0, 1, 12, 0, seq % 60)).toISOString();
  return {
    id: `note-${String(seq).padStart(6, '0')}`,
    kind: 'godt',
    text: `Note nummer ${seq}`,
    tags: [],
    context: {},
    flags: { nextMeeting: false, askSupport: false },
    createdAt: at,
    updatedAt: at,
    ...over,
  };
}
