import { describe, expect, it } from 'vitest';
import { redactNote } from '../../../lib/logbook/redaction';
import { CPR_MASK } from '../../../lib/privacy/cpr';

// The logbook reuses lib/privacy/cpr.ts; these cases pin the behaviour the logbook relies on.
const masked = (text: string) => redactNote({ text }).value.text;
const count = (text: string) => redactNote({ text }).maskedCpr;

describe('CPR masking in notes', () => {
  it.each([
    ['DDMMYY-SSSS', 'Borger 010190-1234 ringede', `Borger ${CPR_MASK} ringede`],
    ['DDMMYYSSSS', 'cpr 0101901234 i noten', `cpr ${CPR_MASK} i noten`],
    ['with a space', 'cpr: 010190 1234.', `cpr: ${CPR_MASK}.`],
    ['inside other text', '(010190-1234)', `(${CPR_MASK})`],
    ['after a colon without space', 'CPR:2412851235,', `CPR:${CPR_MASK},`],
    ['at the very start and end', '311299-4321', CPR_MASK],
    ['a leap day', '290296-1111 blev nævnt', `${CPR_MASK} blev nævnt`],
    ['en dash', '010190–1234', CPR_MASK],
  ])('masks %s', (_name, input, expected) => {
    expect(masked(input)).toBe(expected);
    expect(count(input)).toBe(1);
  });

  it('masks several numbers and counts them', () => {
    const r = redactNote({ text: 'A: 010190-1234, B: 0202021236 og C 150575 4321', tags: ['x 010190-1234'] });
    expect(r.maskedCpr).toBe(4);
    expect(r.value.text).not.toMatch(/\d{6}/);
    expect(r.value.tags).toEqual([`x ${CPR_MASK}`]);
  });

  it.each([
    ['a phone number', 'Ring på 12 34 56 78 eller +45 12345678'],
    ['a plain 8-digit phone number', 'tlf. 33123456'],
    ['an amount', 'Prisen er 1.234.567,89 kr. og 123456 kr.'],
    ['a case number', 'Sag 2025-0412-0101901234 og j.nr. 27.12.04-G01-1-25'],
    ['a date', 'Mødet 01-01-1990 kl. 10.30 og 2026-03-02'],
    ['an impossible date', 'kode 321390-1234 og 001290-1234'],
    ['eleven digits', 'konto 01019012345'],
    ['a longer digit run with a hyphen', '1234567-1234'],
    ['an account number', 'reg. 1234 kontonr. 0001234567'],
  ])('leaves %s alone', (_name, input) => {
    expect(masked(input)).toBe(input);
    expect(count(input)).toBe(0);
  });
});
