import { describe, expect, it } from 'vitest';
import { cprBirthDate, cprCentury, cprMod11, findCprNumbers, maskCpr, CPR_MASK } from '../../../lib/privacy/cpr';

const values = (text: string) => findCprNumbers(text).map((m) => m.value);

describe('findCprNumbers', () => {
  it('finds the three written forms with exact offsets', () => {
    const text = 'CPR: 070761-0018, også 0707610026 og 070761 0034.';
    const found = findCprNumbers(text);
    expect(found.map((f) => f.value)).toEqual(['070761-0018', '0707610026', '070761 0034']);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.value);
    expect(found.every((f) => f.mod11)).toBe(true);
  });

  it('reports modulus-11 failures as low confidence but still finds them (1 January births)', () => {
    const found = findCprNumbers('Borger 010190-0003 har søgt.');
    expect(found).toHaveLength(1);
    expect(found[0]!.mod11).toBe(false);
    expect(found[0]!.birthDate).toBe('1990-01-01');
  });

  it('applies the century rule from the seventh digit', () => {
    expect(cprCentury(5, 4)).toBe(2005);
    expect(cprCentury(40, 4)).toBe(1940);
    expect(cprCentury(20, 9)).toBe(2020);
    expect(cprCentury(60, 5)).toBe(1860);
    expect(cprCentury(10, 8)).toBe(2010);
    expect(cprCentury(99, 3)).toBe(1999);
    expect(findCprNumbers('150505-4009')[0]?.birthDate).toBe('2005-05-15');
  });

  it('rejects impossible dates, incl. 29 February outside leap years', () => {
    expect(values('320190-1234 og 011390-1234 og 000190-1234 og 310490-1234')).toEqual([]);
    expect(values('290200-4006')).toEqual(['290200-4006']); // 2000 is a leap year
    expect(values('290200-0006')).toEqual([]); // 1900 is not
    expect(cprBirthDate('2902960000')).toBe('1996-02-29');
    expect(cprBirthDate('2902970000')).toBeUndefined();
  });

  it('does not match phone numbers, amounts, case numbers or dates', () => {
    const text = [
      'Ring på tlf. 12345678 eller +45 20 30 40 50.',
      'Beløbet er 1.234.567 kr. eller 1234567890 kr.',
      'Sagsnr. 2025-0412 og journalnr. 2025-010190-0002 og 27.010190-0002.',
      'Mødet er 12-03-2024 kl. 10.00 og 12.03.2024.',
      'Kontonr. 1234 5678901234 og ref. AB0101900002 og 0101900002X.',
      'Lang talrække 120101900002 og 0101900002345.',
    ].join('\n');
    expect(values(text)).toEqual([]);
  });

  it('finds a number at the very start and end of the text and next to punctuation', () => {
    expect(values('070761-0018')).toEqual(['070761-0018']);
    expect(values('(070761-0018).')).toEqual(['070761-0018']);
    expect(values('cpr.nr.:070761-0018,')).toEqual(['070761-0018']);
  });

  it('checks modulus 11 on its own', () => {
    expect(cprMod11('0707610018')).toBe(true);
    expect(cprMod11('0707610019')).toBe(false);
    expect(cprMod11('070761001')).toBe(false);
  });
});

describe('maskCpr', () => {
  it('replaces every number and counts them', () => {
    const { text, count } = maskCpr('A 070761-0018, B 0101900003 og tlf. 12345678.');
    expect(count).toBe(2);
    expect(text).toBe(`A ${CPR_MASK}, B ${CPR_MASK} og tlf. 12345678.`);
    expect(findCprNumbers(text)).toEqual([]);
  });

  it('returns the text unchanged when there is nothing to mask', () => {
    expect(maskCpr('Intet her 2025-0412.')).toEqual({ text: 'Intet her 2025-0412.', count: 0 });
  });
});
