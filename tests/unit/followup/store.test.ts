import { describe, expect, it } from 'vitest';
import {
  createIdbFollowupStore,
  followupDedupeKey,
  FOLLOWUP_DB_NAME,
  openFollowupDatabase,
} from '../../../lib/followup/store';
import { freshFactory, panelRecord, uuid } from './helpers';

const march3 = new Date(2026, 2, 3);
const march4 = new Date(2026, 2, 4);
const april1 = new Date(2026, 3, 1);

describe('IndexedDB follow-up store', () => {
  it('opens the database by its Danish name with a date index', async () => {
    const factory = freshFactory();
    const db = await openFollowupDatabase({ factory });
    expect(db.name).toBe(FOLLOWUP_DB_NAME);
    expect(db.version).toBe(1);
    expect([...db.transaction('records').store.indexNames]).toEqual(['date']);
    db.close();
  });

  it('adds, lists by period (inclusive, oldest first), removes and clears', async () => {
    const store = createIdbFollowupStore({ factory: freshFactory() });
    const a = panelRecord({ indsats: 'Rengøring', omfang: '1 time hver 14. dag' }, april1);
    const b = panelRecord({ indsats: 'Rengøring', omfang: '2 timer om ugen' }, march3);
    const c = panelRecord({ indsats: 'Madservice', omfang: '7 hovedretter om ugen' }, march4);
    await store.add(a);
    await store.add(b);
    await store.add(c);
    expect((await store.list()).map((r) => r.id)).toEqual([b.id, c.id, a.id]);
    expect((await store.list({ from: '2026-03-04' })).map((r) => r.id)).toEqual([c.id, a.id]);
    expect((await store.list({ to: '2026-03-04' })).map((r) => r.id)).toEqual([b.id, c.id]);
    expect((await store.list({ from: '2026-03-04', to: '2026-03-04' })).map((r) => r.id)).toEqual([c.id]);
    expect(await store.list({ from: '2026-05-01', to: '2026-01-01' })).toEqual([]);
    expect(await store.list({ from: '2026-01-01' })).toEqual(await store.list());
    expect(await store.remove(c.id)).toBe(true);
    expect(await store.remove(c.id)).toBe(false);
    expect(await store.count()).toBe(2);
    await store.clear();
    expect(await store.list()).toEqual([]);
  });

  it('stores exactly the validated record and survives reopening (a restarted service worker)', async () => {
    const factory = freshFactory();
    const r = panelRecord({ indsats: 'Rengøring', omfang: '2 timer om ugen', afgoerelsestype: 'Delvis bevilling' }, march3, { retsgrundlag: true });
    await createIdbFollowupStore({ factory }).add(r);
    expect(await createIdbFollowupStore({ factory }).list()).toEqual([r]);
  });

  it('rejects records with extra fields, names, CPR numbers or free text before writing', async () => {
    const store = createIdbFollowupStore({ factory: freshFactory() });
    const r = panelRecord({ indsats: 'Rengøring', omfang: '2 timer om ugen' }, march3);
    await expect(store.add({ ...r, borger: 'Jens Hansen' } as never)).rejects.toThrow(/ukendte felter/);
    await expect(store.add({ ...r, id: '010190-1234' })).rejects.toThrow();
    await expect(store.add({ ...r, indsatsId: 'Rengøring hos Jens' })).rejects.toThrow();
    await expect(store.addMany([panelRecord({ indsats: 'Rengøring', omfang: '1 time' }, march3), { ...r, note: 'x' } as never])).rejects.toThrow();
    expect(await store.list()).toEqual([]);
  });

  it('addMany skips ids already stored, also repeated ids within one list', async () => {
    const store = createIdbFollowupStore({ factory: freshFactory() });
    const a = panelRecord({ indsats: 'Rengøring', omfang: '2 timer om ugen' }, march3);
    const b = panelRecord({ indsats: 'Madservice', omfang: '7 hovedretter om ugen' }, march4);
    expect(await store.addMany([a, b, a])).toEqual({ added: 2, duplicates: 1 });
    expect(await store.addMany([a, { ...b, date: '2026-03-09' }])).toEqual({ added: 0, duplicates: 2 });
    // The stored one is kept, not overwritten by the import.
    expect((await store.list()).find((r) => r.id === b.id)?.date).toBe('2026-03-04');
  });

  it('keeps one record per (date, indsats, scope, decision type) and refreshes its figures', async () => {
    const store = createIdbFollowupStore({ factory: freshFactory() });
    const ctx = { indsats: 'Rengøring', omfang: '1 time hver 14. dag', afgoerelsestype: 'Bevilget' };
    const first = panelRecord(ctx, march3, { retsgrundlag: true });
    expect(await store.addOrUpdateSameDay(first)).toBe('added');
    expect(await store.addOrUpdateSameDay(panelRecord(ctx, march3, { retsgrundlag: true }))).toBe('unchanged');
    expect(await store.addOrUpdateSameDay(panelRecord(ctx, march3, { retsgrundlag: true, begrundelse: true }))).toBe('updated');
    let all = await store.list();
    expect(all).toHaveLength(1);
    expect(all[0]!.id).toBe(first.id);
    expect(all[0]!.elements).toEqual({ retsgrundlag: true, begrundelse: true });
    // Another day, another scope, another decision type or indsats: new records.
    expect(await store.addOrUpdateSameDay(panelRecord(ctx, march4))).toBe('added');
    expect(await store.addOrUpdateSameDay(panelRecord({ ...ctx, omfang: '2 timer hver 14. dag' }, march3))).toBe('added');
    expect(await store.addOrUpdateSameDay(panelRecord({ ...ctx, afgoerelsestype: 'Afslag' }, march3))).toBe('added');
    expect(await store.addOrUpdateSameDay(panelRecord({ ...ctx, indsats: 'Tøjvask' }, march3))).toBe('added');
    all = await store.list();
    expect(all).toHaveLength(5);
  });

  it('one id per screen visit: an edited omfang refreshes the visit’s record; another day’s id is refused', async () => {
    const store = createIdbFollowupStore({ factory: freshFactory() });
    const ctx = { indsats: 'Rengøring', omfang: '1 time', afgoerelsestype: 'Bevilget' };
    const visit = panelRecord(ctx, march3);
    expect(await store.addOrUpdateSameDay(visit)).toBe('added');
    const edited = { ...panelRecord({ ...ctx, omfang: '1 time hver 14. dag' }, march3), id: visit.id };
    expect(await store.addOrUpdateSameDay(edited)).toBe('updated');
    const all = await store.list();
    expect(all).toHaveLength(1);
    expect(all[0]!.scope?.kind).toBe('rate');
    await expect(store.addOrUpdateSameDay({ ...edited, date: '2026-03-04' })).rejects.toThrow(/anden dag/);
    expect(await store.list()).toEqual(all);
  });

  it('the dedupe key ignores key order and the id', () => {
    const r = panelRecord({ indsats: 'Rengøring', omfang: '1 time hver 14. dag' }, march3);
    const reordered = { ...r, id: uuid(), scope: Object.fromEntries(Object.entries(r.scope!).reverse()) as typeof r.scope };
    expect(followupDedupeKey(reordered)).toBe(followupDedupeKey(r));
    expect(followupDedupeKey({ ...r, date: '2026-03-04' })).not.toBe(followupDedupeKey(r));
  });

  it('handles 5,000 records in one import and lists them quickly', async () => {
    const store = createIdbFollowupStore({ factory: freshFactory() });
    const base = panelRecord({ indsats: 'Rengøring', omfang: '1 time hver 14. dag' }, march3);
    const many = Array.from({ length: 5000 }, (_, i) => ({ ...base, id: uuid(), date: `2026-${String((i % 12) + 1).padStart(2, '0')}-01` }));
    expect(await store.addMany(many)).toEqual({ added: 5000, duplicates: 0 });
    const t = performance.now();
    expect(await store.list({ from: '2026-06-01', to: '2026-06-30' })).toHaveLength(417);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
