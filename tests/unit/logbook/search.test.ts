import { describe, expect, it } from 'vitest';
import { LogbookIndex, foldText, searchEntries } from '../../../lib/logbook/search';
import { note } from './helpers';

const notes = [
  note({ id: 'aaaaaaaa-1', kind: 'godt', text: 'Borgerinddragelse lykkedes på hjemmebesøget', tags: ['borgerinddragelse'], createdAt: '2026-01-05T10:00:00.000Z', context: { area: 'aeldre', indsats: 'Personlig pleje' } }),
  note({ id: 'aaaaaaaa-2', kind: 'svaert', text: 'Svært at skrive begrundelsen kort', tags: ['begrundelse', 'afgørelse'], createdAt: '2026-02-10T10:00:00.000Z', flags: { nextMeeting: true, askSupport: false } }),
  note({ id: 'aaaaaaaa-3', kind: 'spoergsmaal', text: 'Skal klagevejledningen nævne genvurdering?', tags: ['klagevejledning'], createdAt: '2026-02-20T10:00:00.000Z', flags: { nextMeeting: false, askSupport: true }, context: { area: 'boern' } }),
  note({ id: 'aaaaaaaa-4', kind: 'ide', text: 'Skabelon til formål', tags: ['formål'], createdAt: '2026-03-01T10:00:00.000Z', deletedAt: '2026-03-01T11:00:00.000Z' }),
];
const ids = (q: Parameters<typeof searchEntries>[1]) => searchEntries(notes, q).map((e) => e.id.slice(-1));

describe('logbook search', () => {
  it('returns live notes newest first', () => {
    expect(ids({})).toEqual(['3', '2', '1']);
    expect(ids({ includeDeleted: true })).toEqual(['4', '3', '2', '1']);
  });
  it('matches every word of the free text, case- and accent-insensitively, in text, tags and indsats', () => {
    expect(ids({ text: 'SVÆRT begrundelsen' })).toEqual(['2']);
    expect(ids({ text: 'svaert' })).toEqual(['2']);
    expect(ids({ text: 'personlig' })).toEqual(['1']);
    expect(ids({ text: 'afgørelse' })).toEqual(['2']);
    expect(ids({ text: 'begrundelse hjemmebesøget' })).toEqual([]);
  });
  it('filters by kind, tag, flag, context and date range', () => {
    expect(ids({ kinds: ['godt', 'spoergsmaal'] })).toEqual(['3', '1']);
    expect(ids({ tags: ['Begrundelse'] })).toEqual(['2']);
    expect(ids({ tags: ['begrundelse', 'formål'] })).toEqual([]);
    expect(ids({ flags: { nextMeeting: true } })).toEqual(['2']);
    expect(ids({ flags: { askSupport: true } })).toEqual(['3']);
    expect(ids({ context: { area: 'boern' } })).toEqual(['3']);
    expect(ids({ context: { indsats: 'personlig pleje' } })).toEqual(['1']);
    expect(ids({ from: '2026-02-01', to: '2026-02-28' })).toEqual(['3', '2']);
    expect(ids({ to: '2026-01-05' })).toEqual(['1']);
    expect(ids({ limit: 1 })).toEqual(['3']);
  });
  it('folds Danish letters', () => {
    expect(foldText('Ældre Øvelse Åben')).toBe('aeldre oevelse aaben');
  });
  it('searches 10,000 notes quickly once indexed', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => note({ text: `Note ${i} om ${i % 7 === 0 ? 'partshøring' : 'andet'} og lidt mere tekst`, tags: i % 3 ? ['formål'] : ['begrundelse'] }));
    const index = new LogbookIndex(many);
    const t0 = performance.now();
    const hits = index.search({ text: 'partshøring', tags: ['begrundelse'] });
    const ms = performance.now() - t0;
    expect(hits.length).toBe(many.filter((_, i) => i % 21 === 0).length);
    expect(ms).toBeLessThan(50);
  });
});
