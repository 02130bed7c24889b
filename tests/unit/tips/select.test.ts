import { describe, expect, it } from 'vitest';
import type { Checklist, Hint, Tip } from '../../../lib/config/content-schema';
import { DEFAULT_CHECKLISTS, DEFAULT_HINTS, DEFAULT_TIPS } from '../../../lib/config/default-content';
import {
  checklistsFor,
  currentTip,
  hintsFor,
  legalRefMatches,
  normaliseLegalRef,
  previousTips,
} from '../../../lib/tips/select';

const tip = (id: string, over: Partial<Tip> = {}): Tip => ({ id, title: id, body: 'tekst', tags: [], ...over });
const hint = (id: string, target: Hint['target'] = {}): Hint => ({ id, text: id, target });
const list = (id: string, when: Checklist['when'], target: Checklist['target'] = {}): Checklist => ({
  id,
  title: id,
  when,
  target,
  items: [{ id: 'a', text: 'a' }],
});

describe('Ugens Tip', () => {
  it('is the same Monday to Sunday and changes on Monday, across new year', () => {
    const tips = ['a', 'b', 'c'].map((id) => tip(id));
    const week53 = ['2026-12-28', '2026-12-31', '2027-01-01', '2027-01-03'].map((d) => currentTip(tips, d)?.id);
    expect(new Set(week53).size).toBe(1);
    expect(currentTip(tips, '2027-01-04')?.id).not.toBe(week53[0]);
    // Three tips, three consecutive weeks: each shown once.
    const weeks = ['2026-12-21', '2026-12-28', '2027-01-04'].map((d) => currentTip(tips, d)?.id);
    expect([...weeks].sort()).toEqual(['a', 'b', 'c']);
  });

  it('rotates through every undated tip evenly over a year', () => {
    const counts = new Map<string, number>();
    for (let w = 0; w < 52; w++) {
      const d = new Date(Date.UTC(2026, 0, 5 + w * 7)).toISOString().slice(0, 10);
      const id = currentTip(DEFAULT_TIPS, d)!.id;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    expect(counts.size).toBe(DEFAULT_TIPS.length);
    const values = [...counts.values()];
    expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
  });

  it('prefers the tip dated for this week (ISO week or date range), inclusive at both ends', () => {
    const tips = [tip('fast-1'), tip('fast-2'), tip('uge-7', { gyldigFra: '2025-W07', gyldigTil: '2025-W07' }), tip('feb', { gyldigFra: '2025-02-17', gyldigTil: '2025-02-28' })];
    expect(currentTip(tips, '2025-02-10')?.id).toBe('uge-7'); // Monday of week 7
    expect(currentTip(tips, '2025-02-16')?.id).toBe('uge-7'); // Sunday of week 7
    expect(currentTip(tips, '2025-02-17')?.id).toBe('feb');
    expect(currentTip(tips, '2025-02-28')?.id).toBe('feb');
    expect(['fast-1', 'fast-2']).toContain(currentTip(tips, '2025-03-01')?.id);
    expect(['fast-1', 'fast-2']).toContain(currentTip(tips, '2025-02-09')?.id);
  });

  it('handles a week-53 period and open-ended periods', () => {
    const tips = [tip('jul', { gyldigFra: '2020-W53', gyldigTil: '2020-W53' }), tip('fra-maj', { gyldigFra: '2021-05-01' }), tip('fast')];
    expect(currentTip(tips, '2021-01-03')?.id).toBe('jul');
    expect(currentTip(tips, '2020-12-27')?.id).toBe('fast');
    expect(currentTip(tips, '2021-01-04')?.id).toBe('fast');
    expect(currentTip(tips, '2030-01-01')?.id).toBe('fra-maj');
  });

  it('takes turns between several tips valid in the same week', () => {
    const tips = [tip('x', { gyldigFra: '2025-01-01', gyldigTil: '2025-12-31' }), tip('y', { gyldigFra: '2025-W01' })];
    const ids = new Set(['2025-03-03', '2025-03-10'].map((d) => currentTip(tips, d)?.id));
    expect(ids).toEqual(new Set(['x', 'y']));
  });

  it('leaves out tips of another area, and shows nothing rather than an expired tip', () => {
    const tips = [tip('boern', { area: 'boern' }), tip('aeldre', { area: 'aeldre' })];
    expect(currentTip(tips, '2025-03-03', 'aeldre')?.id).toBe('aeldre');
    expect(currentTip([tip('gammel', { gyldigTil: '2024-W10' })], '2025-03-03')).toBeUndefined();
    expect(currentTip([], '2025-03-03')).toBeUndefined();
  });

  it('accepts a Date and refuses nonsense', () => {
    const tips = ['a', 'b'].map((id) => tip(id));
    expect(currentTip(tips, new Date(2027, 0, 1, 12))?.id).toBe(currentTip(tips, '2027-01-01')?.id);
    expect(() => currentTip(tips, '1. januar')).toThrow(/Ugyldig dato/);
  });

  it('lists the tips of earlier weeks, newest first, without repeats or this week’s tip', () => {
    const tips = ['a', 'b', 'c', 'd'].map((id) => tip(id));
    const today = '2026-06-03';
    const now = currentTip(tips, today)!.id;
    const prev = previousTips(tips, today, 10).map((t) => t.id);
    expect(prev).toHaveLength(3);
    expect(prev).not.toContain(now);
    expect(prev[0]).toBe(currentTip(tips, '2026-05-27')!.id);
    expect(previousTips(tips, today, 2)).toHaveLength(2);
    // A future tip is never "previous"; a past dated one is.
    const dated = [tip('fast'), tip('sidste-uge', { gyldigFra: '2026-W22', gyldigTil: '2026-W22' }), tip('naeste', { gyldigFra: '2026-W30' })];
    expect(previousTips(dated, '2026-06-03', 5).map((t) => t.id)).toEqual(['sidste-uge']);
  });
});

describe('legal references', () => {
  it('normalises § spacing, stk. and nr.', () => {
    expect(normaliseLegalRef('SEL §83,stk.1')).toBe('sel § 83, stk. 1');
    expect(normaliseLegalRef('Barnets lov  §32 , stk.1,nr.3')).toBe('barnets lov § 32, stk. 1, nr. 3');
    expect(normaliseLegalRef('FVL §§22-24')).toBe('fvl §§ 22-24');
  });
  it('matches whole provisions only', () => {
    expect(legalRefMatches('§83', 'Serviceloven § 83, stk. 1')).toBe(true);
    expect(legalRefMatches('barnets lov §32', 'Barnets lov § 32, stk. 1, nr. 3')).toBe(true);
    expect(legalRefMatches('§ 83', 'Serviceloven § 83 a')).toBe(false);
    expect(legalRefMatches('§ 83', 'Serviceloven § 83a')).toBe(false);
    expect(legalRefMatches('§ 8', 'Serviceloven § 85')).toBe(false);
    expect(legalRefMatches('§ 83', 'servicelovens § 83 a og § 83')).toBe(true);
    expect(legalRefMatches('§ 83', '§ 83 af serviceloven')).toBe(true);
  });
});

describe('hints and checklists by target', () => {
  const ctx = { siteId: 'demo-nexus', screenId: 'afgoerelse', sagsomraade: 'aeldre' as const, indsats: 'Personlig pleje (hverdage)', lovgrundlag: 'Ældreloven § 10, stk. 1' };

  it('applies untargeted hints everywhere and narrows by every target field', () => {
    const hints = [
      hint('alle'),
      hint('site', { siteId: 'demo-nexus' }),
      hint('andet-site', { siteId: 'demo-dubu' }),
      hint('skaerm', { siteId: 'demo-nexus', screenId: 'afgoerelse' }),
      hint('anden-skaerm', { screenId: 'bevilling' }),
      hint('omraade', { area: 'aeldre' }),
      hint('boern', { area: 'boern' }),
      hint('indsats', { indsats: 'PERSONLIG  pleje' }),
      hint('indsats-nej', { indsats: 'rengøring' }),
      hint('lov', { lovgrundlag: 'ældreloven §10' }),
      hint('lov-nej', { lovgrundlag: 'ældreloven § 1' }),
    ];
    expect(hintsFor(hints, ctx).map((h) => h.id)).toEqual(['alle', 'site', 'skaerm', 'omraade', 'indsats', 'lov']);
  });

  it('does not match a targeted field the screen did not show', () => {
    expect(hintsFor([hint('i', { indsats: 'pleje' }), hint('a', { area: 'aeldre' })], { siteId: 's', screenId: 'x' })).toEqual([]);
    expect(hintsFor(DEFAULT_HINTS, {}).length).toBe(DEFAULT_HINTS.length);
  });

  it('shows "before the decision" lists where a letter is written, roll-out lists only where placed or asked for', () => {
    const lists = [
      list('moede', 'traeningsmoede'),
      list('foer', 'foer-afgoerelse'),
      list('foer-boern', 'foer-afgoerelse', { area: 'boern' }),
      list('udrul-placeret', 'udrulning-indfoering', { siteId: 'demo-nexus' }),
      list('foer-skaerm', 'foer-afgoerelse', { screenId: 'afgoerelse' }),
    ];
    expect(checklistsFor(lists, ctx, { hasLetterEditor: true }).map((l) => l.id)).toEqual(['foer', 'foer-skaerm', 'udrul-placeret']);
    expect(checklistsFor(lists, ctx, { hasLetterEditor: false }).map((l) => l.id)).toEqual(['foer-skaerm', 'udrul-placeret']);
    expect(checklistsFor(lists, ctx, { hasLetterEditor: false, phases: ['traeningsmoede'] }).map((l) => l.id)).toEqual([
      'foer-skaerm',
      'udrul-placeret',
      'moede',
    ]);
    const defaults = checklistsFor(DEFAULT_CHECKLISTS, ctx, { hasLetterEditor: true });
    expect(defaults.map((l) => l.when)).toEqual(['foer-afgoerelse']);
  });
});
