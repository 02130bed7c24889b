/**
 * Round 50: the crux in a relative clause or the perfect tense ("Det, der er afgørende her, er, at …", "Det afgørende
 * har været, at …") is a main consideration (hovedhensyn); the decision called "svar" that the citizen disagrees with
 * does not make the deadline ours, and a deadline's number in a merge field's chevrons ("«4» uger") still counts
 * (klagefrist); a power of attorney the citizen may give, as a condition ("Hvis du giver hende en fuldmagt"), is the
 * right to one (bisidder), batches dv, dw and dx measured once unseen before they were fixed. Written for these tests
 * in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const opts = { date: new Date('2026-03-01T12:00:00') };
const has = (t: string, el: string) => analyzeLetter(t, opts).elements[el as 'cpr'].present;
const letter = (body: string) => `Kære Bodil\n\nDu har søgt om en rampe ved hoveddøren. Vi giver dig afslag.\n\n${body}\n\nHilsen Jens`;

describe('hovedhensyn: the crux in other word orders', () => {
  it('"Det, der er afgørende her, er, at …" names the main consideration', () =>
    expect(has(letter('Det, der er afgørende her, er, at du selv kan gå op ad de to trin med stokken.'), 'hovedhensyn')).toBe(true));
  it('"Det, der er vigtigt her, er, at du ringer" is advice, not a weighing', () =>
    expect(has(letter('Det, der er vigtigt her, er, at du ringer til os, hvis du falder.'), 'hovedhensyn')).toBe(false));
  it('"Det afgørende har været, at …" names the main consideration', () =>
    expect(has(letter('Det afgørende har været, at du kommer ud og ind ad bagdøren uden trin.'), 'hovedhensyn')).toBe(true));
  it('"Det første har været, at …" tells the order of things, not the weight', () =>
    expect(has(letter('Det første har været, at vi har talt med din ergoterapeut.'), 'hovedhensyn')).toBe(false));
});

describe('klagefrist: the decision called "svar", and a merge field', () => {
  it('"Er du ikke enig i mit svar, så skriv til mig inden 4 uger fra …" is the complaint deadline', () =>
    expect(has(letter('Er du ikke enig i mit svar, så skriv til mig inden 4 uger fra den dag, du har fået brevet.'), 'klagefrist')).toBe(true));
  it('our own answer within 4 weeks after a complaint is not the citizen\'s deadline', () =>
    expect(has(letter('Er du ikke enig, så skriv til os. Du får vores svar inden 4 uger efter, du har modtaget brevet fra os.'), 'klagefrist')).toBe(false));
  it('"Klagefristen er «4» uger fra …" in a template still counts', () =>
    expect(has(letter('Du kan klage over afgørelsen. Klagefristen er «4» uger fra den dag, du har modtaget brevet.'), 'klagefrist')).toBe(true));
  it('"Klagefristen er «8» uger" in a template is the wrong deadline', () =>
    expect(has(letter('Du kan klage over afgørelsen. Klagefristen er «8» uger fra den dag, du har modtaget brevet.'), 'klagefrist')).toBe(false));
});

describe('bisidder: a power of attorney the citizen may give', () => {
  it('"Hvis du giver din søn en fuldmagt, kan han …" is the right to a representative', () =>
    expect(has(letter('Hvis du giver din søn en fuldmagt, kan han også ringe til os om sagen.'), 'bisidder')).toBe(true));
  it('a power of attorney already given ("som har givet dig en fuldmagt") is a fact of the case, no right', () =>
    expect(has(letter('Vi har talt med din søn, som har givet dig en fuldmagt til hans bankkonto.'), 'bisidder')).toBe(false));
});
