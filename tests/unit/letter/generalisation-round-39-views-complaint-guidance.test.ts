/**
 * Round 39: a reasoning heading that tells how the result was reached, a dated phone call, a draft sent along with
 * other papers, a wish with a word of preference, things the citizen named in a list and a look again by two people,
 * batches cy/cz/da measured once unseen before they were fixed. Written for these tests in our own words, each with
 * a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const el = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements;
const CHANGE =
  'Kære Oda\n\nFra april får du hjælp til rengøring hver tredje uge i stedet for hver anden uge efter ældrelovens § 10.\n\n';
const GRANT = 'Kære Villads\n\nDu får hjælp til indkøb en gang om ugen efter ældrelovens § 10.\n\n';

describe('begrundelse: a heading that tells how the result was reached', () => {
  it('facts under "Sådan er vi kommet frem til det" are the reasons', () =>
    expect(
      el(`${CHANGE}Sådan er vi kommet frem til det\nDin nabo Jens har sat en robotplæneklipper og en robotstøvsuger op, som kører hver dag i stuen.`)
        .begrundelse.present,
    ).toBe(true));
  it('the same facts under a heading about practical matters give no reason', () =>
    expect(
      el(`${CHANGE}Praktiske oplysninger\nDin nabo Jens har sat en robotplæneklipper og en robotstøvsuger op, som kører hver dag i stuen.`)
        .begrundelse.present,
    ).toBe(false));
});

describe('faktiske-oplysninger: a phone call with its date', () => {
  it('"Vi ringede til dig mandag den 3. februar" is a dated talk', () =>
    expect(el(`${GRANT}Vi ringede til dig mandag den 3. februar for at høre om dine indkøb.`)['faktiske-oplysninger'].present).toBe(true));
  it('"Vi ringer til dig den 3. april" is still to come', () =>
    expect(el(`${GRANT}Vi ringer til dig den 3. april for at høre om dine indkøb.`)['faktiske-oplysninger'].present).toBe(false));
});

describe('partshoering: a draft sent in the past along with other papers', () => {
  it('"Vi sendte dig lægens notat og et udkast til afgørelsen" is a hearing', () =>
    expect(el(`${CHANGE}Vi sendte dig visitationsnotatet og et udkast til afgørelsen i januar.`).partshoering.present).toBe(true));
  it('"Vi sender dig visitationsnotatet og en kopi af aftalen" sends no draft', () =>
    expect(el(`${CHANGE}Vi sender dig visitationsnotatet og en kopi af aftalen i næste uge.`).partshoering.present).toBe(false));
});

describe('borgerens-synspunkter: a wish with a word of preference, and things the citizen named', () => {
  it('"Du bad om at få varerne om formiddagen, helst om tirsdagen" is a wish', () =>
    expect(el(`${GRANT}Du bad om at få varerne bragt om formiddagen, helst om tirsdagen.`)['borgerens-synspunkter'].present).toBe(true));
  it('"Du bad om hjælp til indkøb" alone is the application', () =>
    expect(el(`${GRANT}Du bad om hjælp til indkøb i december.`)['borgerens-synspunkter'].present).toBe(false));
  it('"du nævnte svømning, banko og dit barnebarn" is the citizen\'s account', () =>
    expect(el(`${GRANT}Timerne kan bruges til det, du selv vælger – du nævnte svømning, banko og dit barnebarn.`)['borgerens-synspunkter'].present).toBe(true));
  it('"de nævnte timer" is an adjective, not a report', () =>
    expect(el(`${GRANT}De nævnte timer, og kun dem, kan bruges til ture i byen.`)['borgerens-synspunkter'].present).toBe(false));
});

describe('genvurdering: two people who look at the case again', () => {
  it('"Så ser jeg og min leder på det hele igen" after a deadline to write', () =>
    expect(
      el(`${CHANGE}Er du uenig, så skriv til mig inden 4 uger. Så ser jeg og min leder på det hele igen, og holder vi fast, sender vi det til Ankestyrelsen.`)
        .genvurdering.present,
    ).toBe(true));
  it('the complaint sent straight on is no look again', () =>
    expect(el(`${CHANGE}Er du uenig, så skriv til Ankestyrelsen inden 4 uger. Jeg og min leder får en kopi af din klage.`).genvurdering.present).toBe(false));
});
