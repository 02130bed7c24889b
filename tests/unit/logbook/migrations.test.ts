import { describe, expect, it } from 'vitest';
import { LogbookStore, openLogbookDatabase } from '../../../lib/logbook/store';
import { LOGBOOK_DB_NAME, LOGBOOK_DB_VERSION } from '../../../lib/logbook/db-schema';
import { exportEntries } from '../../../lib/logbook/export';
import { parseBackup } from '../../../lib/logbook/import';
import { freshFactory } from './helpers';

describe('logbook schema migrations', () => {
  it('is at version 2', () => {
    expect(LOGBOOK_DB_VERSION).toBe(2);
  });

  it('creates the full v2 schema on a fresh install', async () => {
    const db = await openLogbookDatabase({ factory: freshFactory() });
    expect(db.name).toBe(LOGBOOK_DB_NAME);
    expect(db.version).toBe(2);
    expect([...db.objectStoreNames].sort()).toEqual(['drafts', 'entries', 'meta']);
    const idx = [...db.transaction('entries').store.indexNames].sort();
    expect(idx).toEqual(['createdAt', 'updatedAt']);
    db.close();
  });

  it('upgrades a v1 database: adds the updatedAt index and backfills old notes, keeping the draft', async () => {
    const factory = freshFactory();
    const v1 = await openLogbookDatabase({ factory, version: 1 });
    expect(v1.version).toBe(1);
    expect([...v1.transaction('entries').store.indexNames]).toEqual(['createdAt']);
    // Notes as v1 wrote them: no updatedAt, one without flags at all.
    const tx = v1.transaction(['entries', 'drafts'], 'readwrite');
    await tx.objectStore('entries').put({ id: 'v1-note-0001', kind: 'godt', text: 'gammel', tags: ['formål'], context: {}, flags: { nextMeeting: true, askSupport: false }, createdAt: '2025-05-01T08:00:00.000Z' } as never);
    await tx.objectStore('entries').put({ id: 'v1-note-0002', kind: 'svaert', text: 'ældre', tags: [], context: { area: 'aeldre' }, createdAt: '2025-04-01T08:00:00.000Z' } as never);
    await tx.objectStore('drafts').put({ key: 'capture', draft: { kind: 'ide', text: 'udkast', tags: [], context: {}, flags: { nextMeeting: false, askSupport: false } } });
    await tx.done;
    v1.close();

    const store = await LogbookStore.open({ factory });
    expect(store.db.version).toBe(2);
    expect([...store.db.transaction('entries').store.indexNames].sort()).toEqual(['createdAt', 'updatedAt']);
    const a = await store.get('v1-note-0001');
    const b = await store.get('v1-note-0002');
    expect(a?.updatedAt).toBe('2025-05-01T08:00:00.000Z');
    expect(a?.flags).toEqual({ nextMeeting: true, askSupport: false });
    expect(b?.updatedAt).toBe('2025-04-01T08:00:00.000Z');
    expect(b?.flags).toEqual({ nextMeeting: false, askSupport: false });
    expect((await store.getDraft()).text).toBe('udkast');
    // The new index answers queries.
    const byUpdated = await store.db.getAllFromIndex('entries', 'updatedAt');
    expect(byUpdated.map((e) => e.id)).toEqual(['v1-note-0002', 'v1-note-0001']);
    // Migrated notes are valid v2 notes: a backup of them reads back without errors.
    const parsed = parseBackup(exportEntries(await store.all(), 'json').content);
    expect(parsed.invalid).toEqual([]);
    expect(parsed.entries).toHaveLength(2);
    store.close();
  });

  it('opening v2 again does not re-run migrations or touch data', async () => {
    const factory = freshFactory();
    const s1 = await LogbookStore.open({ factory });
    const { entry } = await s1.add({ kind: 'godt', text: 'x' });
    s1.close();
    const s2 = await LogbookStore.open({ factory });
    expect(await s2.get(entry.id)).toEqual(entry);
    s2.close();
  });

  it('lets a newer version upgrade while an older Sidevogn connection is open (it closes itself)', async () => {
    const factory = freshFactory();
    const old = await openLogbookDatabase({ factory, version: 1 });
    const store = await LogbookStore.open({ factory });
    expect(store.db.version).toBe(2);
    store.close();
    void old;
  });
});
