import { describe, expect, it } from 'vitest';
import { confirmExpired, findExpired, retentionCutoff } from '../../../lib/logbook/retention';
import { note } from './helpers';

describe('retention', () => {
  it('counts calendar months and clamps month ends', () => {
    expect(retentionCutoff(new Date(2026, 2, 31, 12), 1).getDate()).toBe(28);
    expect(retentionCutoff(new Date(2026, 2, 31, 12), 1).getMonth()).toBe(1);
    const c = retentionCutoff(new Date(2026, 5, 15), 12);
    expect([c.getFullYear(), c.getMonth(), c.getDate()]).toEqual([2025, 5, 15]);
  });

  it('finds only live notes older than the cutoff, oldest first, without deleting anything', () => {
    const now = new Date('2026-06-15T12:00:00Z');
    const entries = [
      note({ id: 'ret-00001', createdAt: '2025-06-01T00:00:00.000Z' }),
      note({ id: 'ret-00002', createdAt: '2025-01-01T00:00:00.000Z' }),
      note({ id: 'ret-00003', createdAt: '2025-12-01T00:00:00.000Z' }),
      note({ id: 'ret-00004', createdAt: '2024-01-01T00:00:00.000Z', deletedAt: '2026-06-15T11:00:00.000Z' }),
    ];
    const r = findExpired(entries, now, 12);
    expect(r.ids).toEqual(['ret-00002', 'ret-00001']);
    expect(r.oldest).toBe('2025-01-01T00:00:00.000Z');
    expect(findExpired(entries, now, 6).count).toBe(3 - 0);
    expect(findExpired(entries, now, 24).count).toBe(0);
    // Only the confirmed ids that are still expired are removed.
    expect(confirmExpired(entries, ['ret-00001', 'ret-00003', 'nope-0001'], now, 12)).toEqual(['ret-00001']);
  });
});
