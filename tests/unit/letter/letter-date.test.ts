/**
 * The letter's own date decides which law applies (an outdated reference is only outdated after the change), so the
 * header date must be read however the case system writes it.
 */
import { describe, expect, it } from 'vitest';
import { parseDanishDate } from '../../../lib/letter/letter-date';
import { analyzeLetter } from '../../../lib/letter/index';

const iso = (d: Date | undefined) => d?.toISOString().slice(0, 10);

describe('parseDanishDate (letter header)', () => {
  it.each([
    ['Aarhus, 12. marts 2025', '2025-03-12'],
    ['Dato: 12.03.2025', '2025-03-12'],
    ['2025-03-12', '2025-03-12'],
    ['Lild Øst, 13/12/2024', '2024-12-13'],
    // Short month names, as letterheads and case systems print them.
    ['4. nov. 2025', '2025-11-04'],
    ['Dato: 12. sept. 2026', '2026-09-12'],
    ['1. sep 2026', '2026-09-01'],
    ['30. jun. 2025', '2025-06-30'],
    ['7. Jan. 2026', '2026-01-07'],
    ['3. mar. 2024', '2024-03-03'],
    ['31. maj 2025', '2025-05-31'],
  ])('%s → %s', (text, want) => expect(iso(parseDanishDate(text))).toBe(want));

  it.each([
    ['a word that only starts like a month', '4. novelle 2025'],
    ['an impossible day', '31. nov. 2025'],
    ['no year', '4. nov.'],
  ])('reads no date from %s', (_why, text) => expect(parseDanishDate(text)).toBeUndefined());
});

describe('a date given with the letter', () => {
  it('an invalid date (a broken field) counts as none: the letter\'s own date decides, and nothing throws', () => {
    const letter = 'Aarhus, 12. marts 2025\n\nKære Ida\n\nDu får hjælp til rengøring hver anden uge efter servicelovens § 83.\n';
    const a = analyzeLetter(letter, { date: new Date('ikke en dato') });
    expect(a.elements['foraeldet-henvisning'].present).toBe(false);
    expect(analyzeLetter(letter.replace('2025', '2026'), { date: new Date('ikke en dato') }).decisionType).toBe('bevilling');
  });
});
