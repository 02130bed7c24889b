/**
 * Round 52: decisionType — the help had told in the present ("Du har i dag … 20 timer om ugen") before a new amount of the
 * same unit from a date, under an "Afgørelse" heading, is a change; help said not to be given and, in the same breath,
 * not asked for ("det har du heller ikke søgt om") refuses nothing, so a grant stays a grant. Also the one definition of a
 * sum in kroner per period (KRONER / KRONER_PER). Held-out sets 28–31 measured once before they were fixed. Written for
 * these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';
import { KRONER, KRONER_PER } from '../../../lib/letter/decision-cues';

const opts = { date: new Date('2026-03-01T12:00:00') };
const type = (t: string) => analyzeLetter(t, opts).decisionType;
const END = '\n\nKlagevejledning\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nJonas Krog\n';

const present = (had: string, now: string) =>
  'AFGØRELSE OM DIN STØTTE\n\nKære Lise\n\n' + had + ' Vi har set på din sag igen.\n\nAfgørelse\n' + now +
  '\n\nBegrundelse\nDu er begyndt på et hold i dagcentret og klarer flere ting selv.' + END;
describe('decisionType: help had in the present, then a new amount from a date', () => {
  it('"Du har i dag … 20 timer om ugen", then 14 hours from a date, is a change', () =>
    expect(type(present('Du har i dag socialpædagogisk støtte efter servicelovens § 85 på 20 timer om ugen.', 'Fra den 1. april 2026 får du støtte 14 timer om ugen.'))).toBe('aendring'));
  it('"I dag får du hjælp 3 gange om ugen", then 2 times from a date, is a change', () =>
    expect(type(present('I dag får du hjælp til rengøring 3 gange om ugen.', 'Fra den 1. april 2026 får du hjælp til rengøring 2 gange om ugen.'))).toBe('aendring'));
  it('a present fact with another unit (days at a workshop) against hours granted stays a grant', () =>
    expect(type(present('Du er i dag på værkstedet 3 dage om ugen.', 'Fra den 1. april 2026 får du støtte 14 timer om ugen.'))).toBe('bevilling'));
  it('"Fra i dag får du …" is the grant itself, not help had', () =>
    expect(type(present('Fra i dag får du en kontaktperson 4 timer om ugen.', 'Fra den 1. april 2026 får du støtte 6 timer om ugen.'))).toBe('bevilling'));
});

const mail = (last: string) =>
  'Hej Knud\n\nTak for din besked i mandags om, at du har svært ved at gøre rent efter dit fald.\n\n' +
  'Jeg har derfor bevilget dig rengøring hver 14. dag. Den første gang er på torsdag.\n\n' + last +
  '\n\nRing, hvis der er noget.\n\nVenlig hilsen\nMaja Holt\nVisitator';
describe('decisionType: something not given that was not asked for either', () => {
  it('"du får ikke hjælp til vasketøj – det har du heller ikke bedt om" keeps the grant', () =>
    expect(type(mail('Din søn tager dit vasketøj med hjem, så du får ikke hjælp til tøjvask – det har du heller ikke bedt om.'))).toBe('bevilling'));
  it('"…, som du jo heller ikke har søgt om" keeps the grant', () =>
    expect(type(mail('Du får ikke hjælp til indkøb, som du jo heller ikke har søgt om.'))).toBe('bevilling'));
  it('a part refused without the not-asked clause still makes it partial', () =>
    expect(type('Hej Knud\n\nDu har søgt om rengøring hver uge og hjælp til tøjvask.\n\nJeg har derfor bevilget dig rengøring hver 14. dag. Den første gang er på torsdag.\n\nDin søn tager dit vasketøj med hjem, så du får ikke hjælp til tøjvask.\n\nRing, hvis der er noget.\n\nVenlig hilsen\nMaja Holt\nVisitator')).toBe('delvis'));
});

describe('KRONER and KRONER_PER: one definition of a sum in kroner', () => {
  it('a sum with its period is read by both', () => {
    expect(KRONER.exec('Du får 1.150 kr. om måneden')?.[2]).toBe('måned');
    expect(KRONER_PER.test('Du får 1.150 kr. om måneden')).toBe(true);
    expect(KRONER_PER.test('Tilskuddet er 80 kr. pr. md.')).toBe(true);
  });
  it('a one-off sum is a sum, but no sum for a period', () => {
    expect(KRONER.exec('Prisen er 4.500 kr. for stolen')?.[1]).toBe('4.500');
    expect(KRONER_PER.test('Prisen er 4.500 kr. for stolen')).toBe(false);
  });
});
