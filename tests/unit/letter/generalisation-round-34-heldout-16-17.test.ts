/**
 * Round 34 (lead): phrasing classes behind the decision-type and complaint misses on the held-out sets 16
 * and 17, fixed after their single measurement. Written for these tests in our own words; every widened
 * phrasing has a look-alike that must keep its reading.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';
import { present } from './present';

const type = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).decisionType;

describe('decision type: an amount per period said as an adverb', () => {
  it.each([
    'Kære Ingrid\n\nDu har søgt om hjælp til bad 3 gange om ugen. Du kan få hjælp til bad 2 gange ugentligt. Du kan ikke få hjælp til det tredje bad.',
    'Kære Ingrid\n\nDu har søgt om 4 timers støtte dagligt. Du kan få 2 timer dagligt. Resten kan vi ikke bevilge.',
  ])('partial: %s', (t) => expect(type(t)).toBe('delvis'));
  it('a refusal without an amount granted stays a refusal', () =>
    expect(type('Kære Ingrid\n\nDu har søgt om hjælp til bad 3 gange ugentligt. Du kan ikke få hjælp til bad.')).toBe('afslag'));
});

describe('klagevejledning and klagefrist in other words', () => {
  it('the impersonal passive "Der kan klages over afgørelsen"', () =>
    expect(present('Afgørelsen er truffet efter barnets lov § 87.\n\nDer kan klages over afgørelsen til Ankestyrelsen inden 4 uger fra modtagelsen.', 'klagevejledning')).toBe(true));
  it('"Der kan ikke klages" is no guidance', () =>
    expect(present('Afgørelsen er truffet efter barnets lov § 87.\n\nDer kan ikke klages over afgørelsen.', 'klagevejledning')).toBe(false));
  it('the deadline sent to the unit that decided', () =>
    expect(present('Du får en kontaktperson.\n\nHvis du ikke er enig, kan du klage. Du bestemmer selv. Skriv til Ungeenheden inden 4 uger, så kigger vi på det igen.', 'klagefrist')).toBe(true));
  it('a start told to the unit is no deadline', () =>
    expect(present('Du får en kontaktperson. Hun starter snart. Skriv til Ungeenheden inden 4 uger, hvis du vil have en anden dag.', 'klagefrist')).toBe(false));
});
