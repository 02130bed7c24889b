import { describe, expect, it } from 'vitest';
import { unwrap } from 'idb';
import { LogbookStore } from '../../../lib/logbook/store';
import { LOGBOOK_DB_VERSION } from '../../../lib/logbook/db-schema';
import { LogbookError } from '../../../lib/logbook/errors';
import { clock, freshFactory, openStore } from './helpers';

describe('LogbookStore', () => {
  it('adds a note with masked CPR, normalised tags and clears the draft in the same write', async () => {
    const store = await openStore();
    await store.saveDraft({ text: 'halvfærdig', kind: 'svaert' });
    const { entry, maskedCpr } = await store.add({
      kind: 'svaert',
      text: '  Borgeren 010190-1234 var med  ',
      tags: ['begrundelse', 'Begrundelse ', 'formål'],
      context: { area: 'aeldre', indsats: 'Personlig pleje' },
      flags: { nextMeeting: true },
    });
    expect(maskedCpr).toBe(1);
    expect(entry.text).toBe('Borgeren XXXXXX-XXXX var med');
    expect(entry.tags).toEqual(['begrundelse', 'formål']);
    expect(entry.flags).toEqual({ nextMeeting: true, askSupport: false });
    expect(await store.get(entry.id)).toEqual(entry);
    expect((await store.getDraft()).text).toBe('');
    store.close();
  });

  it('refuses an empty note with a Danish message and keeps the draft', async () => {
    const store = await openStore();
    await store.saveDraft({ text: 'mit udkast' });
    await expect(store.add({ kind: 'godt', text: '   ' })).rejects.toThrow('Noten er tom.');
    expect((await store.getDraft()).text).toBe('mit udkast');
    store.close();
  });

  it('masks CPR numbers in drafts too, so none is ever stored', async () => {
    const store = await openStore();
    const r = await store.saveDraft({ text: 'se 0101901234' });
    expect(r.maskedCpr).toBe(1);
    expect((await store.getDraft()).text).toBe('se XXXXXX-XXXX');
    store.close();
  });

  it('lists recent notes newest first, filtered by context, without deleted ones', async () => {
    const c = clock();
    const store = await openStore(freshFactory(), c.now);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      c.advance(60_000);
      const { entry } = await store.add({ kind: 'godt', text: `n${i}`, context: i % 2 ? { area: 'boern' } : { area: 'aeldre' } });
      ids.push(entry.id);
    }
    await store.softDelete(ids[4]!);
    expect((await store.recent(3)).map((e) => e.text)).toEqual(['n3', 'n2', 'n1']);
    expect((await store.recent(10, { area: 'boern' })).map((e) => e.text)).toEqual(['n3', 'n1']);
    store.close();
  });

  it('soft-deletes, restores, and purges tombstones only after the undo window', async () => {
    const c = clock();
    const store = await openStore(freshFactory(), c.now);
    const { entry } = await store.add({ kind: 'ide', text: 'idé' });
    await store.softDelete(entry.id);
    expect(await store.all()).toHaveLength(0);
    expect((await store.all({ includeDeleted: true }))[0]?.deletedAt).toBeDefined();
    await store.undoDelete(entry.id);
    expect((await store.all())[0]?.deletedAt).toBeUndefined();

    await store.softDelete(entry.id);
    c.advance(5_000);
    expect(await store.purgeDeleted(10_000)).toBe(0);
    await store.undoDelete(entry.id);
    await store.softDelete(entry.id);
    c.advance(11_000);
    expect(await store.purgeDeleted(10_000)).toBe(1);
    await expect(store.undoDelete(entry.id)).rejects.toBeInstanceOf(LogbookError);
    store.close();
  });

  it('updates a note, and refuses a stale edit from another tab', async () => {
    const c = clock();
    const store = await openStore(freshFactory(), c.now);
    const { entry } = await store.add({ kind: 'godt', text: 'første' });
    c.advance(1000);
    const a = await store.update(entry.id, { kind: 'svaert', text: 'anden 010190-1234' }, entry.updatedAt);
    expect(a.entry.kind).toBe('svaert');
    expect(a.maskedCpr).toBe(1);
    expect(a.entry.createdAt).toBe(entry.createdAt);
    expect(a.entry.updatedAt > entry.updatedAt).toBe(true);
    await expect(store.update(entry.id, { kind: 'godt', text: 'gammel' }, entry.updatedAt)).rejects.toMatchObject({ code: 'conflict' });
    expect((await store.get(entry.id))?.text).toBe('anden XXXXXX-XXXX');
    store.close();
  });

  it('bumps the revision on every write', async () => {
    const store = await openStore();
    const r0 = await store.revision();
    const { entry } = await store.add({ kind: 'godt', text: 'x' });
    const r1 = await store.revision();
    await store.softDelete(entry.id);
    const r2 = await store.revision();
    expect(r1).toBeGreaterThan(r0);
    expect(r2).toBeGreaterThan(r1);
    store.close();
  });

  it('loses nothing when two tabs write at the same time', async () => {
    const factory = freshFactory();
    const [tabA, tabB] = await Promise.all([openStore(factory), openStore(factory)]);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 ? tabA : tabB).add({ kind: 'godt', text: `samtidig ${i}` })),
    );
    const all = await tabA.all();
    expect(all).toHaveLength(40);
    expect(new Set(all.map((e) => e.text)).size).toBe(40);
    expect(await tabA.revision()).toBe(40);
    tabA.close();
    tabB.close();
  });

  it('reports a blocked upgrade in Danish when an old connection will not close', async () => {
    const factory = freshFactory();
    // An "old tab" opened v1 with raw IndexedDB and ignores versionchange.
    await new Promise<void>((resolve, reject) => {
      const req = factory.open('sidevogn-logbog', 1);
      req.onupgradeneeded = () => req.result.createObjectStore('entries', { keyPath: 'id' });
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error);
    });
    await expect(LogbookStore.open({ factory })).rejects.toMatchObject({ code: 'blocked', message: expect.stringContaining('Luk') });
  });

  it('waits a moment when an old connection is slow to close, instead of reporting it blocked', async () => {
    const factory = freshFactory();
    await new Promise<void>((resolve, reject) => {
      const req = factory.open('sidevogn-logbog', 1);
      req.onupgradeneeded = () => req.result.createObjectStore('entries', { keyPath: 'id' });
      req.onsuccess = () => {
        // Closes when asked, but only after 200 ms: the upgrade sees "blocked" first.
        req.result.onversionchange = () => setTimeout(() => req.result.close(), 200);
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
    const store = await LogbookStore.open({ factory });
    expect(store.db.version).toBe(LOGBOOK_DB_VERSION);
    store.close();
  });

  it('turns a quota error into a Danish message and keeps the draft', async () => {
    const store = await openStore();
    await store.saveDraft({ text: 'vigtig tekst' });
    // Simulate a full disk as browsers report it: the write request fails with AbortError and
    // the transaction aborts with error QuotaExceededError. Patched on the raw IDB objects,
    // beneath idb's wrappers, so the store's real code path runs.
    const raw = unwrap(store.db);
    const realTransaction = raw.transaction.bind(raw);
    const quota = new DOMException('quota', 'QuotaExceededError');
    const patched = (names: string | string[], mode?: IDBTransactionMode) => {
      const tx = realTransaction(names, mode);
      if (mode !== 'readwrite') return tx;
      const realObjectStore = tx.objectStore.bind(tx);
      tx.objectStore = (name: string) => {
        const os = realObjectStore(name);
        if (name === 'entries') {
          const realAdd = os.add.bind(os);
          os.add = (...args: Parameters<IDBObjectStore['add']>) => {
            const req = realAdd(...args);
            Object.defineProperty(tx, 'error', { get: () => quota });
            queueMicrotask(() => tx.abort());
            return req;
          };
        }
        return os;
      };
      return tx;
    };
    raw.transaction = patched as IDBDatabase['transaction'];
    const err = await store.add({ kind: 'godt', text: 'ny' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LogbookError);
    expect((err as LogbookError).code).toBe('quota');
    expect((err as LogbookError).message).toMatch(/ikke mere plads/);
    raw.transaction = realTransaction;
    expect((await store.getDraft()).text).toBe('vigtig tekst');
    expect(await store.all()).toHaveLength(0);
    store.close();
  });
});
