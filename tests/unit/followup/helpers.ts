// idb recognises requests by the global IDBRequest/IDBCursor classes; fake-indexeddb/auto installs them.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { buildRecord, type FollowupRecord } from '../../../lib/followup';
import { assessCase, exampleCatalogue } from '../../../lib/service-level';

export const catalogue = exampleCatalogue();

/** A fresh, empty IndexedDB per test. */
export function freshFactory(): IDBFactory {
  return new IDBFactory();
}

let n = 0;
/** A new UUID-shaped id (deterministic, never a case number). */
export function uuid(): string {
  n++;
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

/** A record as the panel would build it for a screen with this indsats and omfang. */
export function panelRecord(
  ctx: { indsats: string; omfang: string; afgoerelsestype?: string; sagsomraade?: 'aeldre' | 'voksne' | 'boern' },
  day: Date,
  elements?: Record<string, boolean>,
): FollowupRecord {
  const a = assessCase(catalogue, ctx, day);
  return buildRecord(ctx, a.entry, a.scope, a.verdict, elements, day, { id: uuid() });
}
