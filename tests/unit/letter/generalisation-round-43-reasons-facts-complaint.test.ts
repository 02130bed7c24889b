/**
 * Round 43: a causal "for" after a comma (begrundelse); a visit dated without "den", what someone "fortæller", what the
 * citizen "har selv fortalt" and a distance in km (faktiske-oplysninger); a case document sent "til kommentar" in journal
 * style (partshoering); a "Klage:" field line with the way to complain (klagevejledning); the deadline after the
 * disagreement in the same sentence (klagefrist). Batches dh/di measured once unseen before they were fixed. Written for
 * these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const el = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements;
const PART = 'Kære Sara\n\nDu søgte om to ting: støtte til en cykel og en kontaktperson. Du får en kontaktperson efter barnets lov § 32, 3 timer om ugen, men ikke cyklen.\n\n';
const CUT = 'Kære Erik\n\nDin rengøring efter ældrelovens § 10 ændres fra hver uge til hver anden uge fra 1. april 2026.\n\n';
const GRANT = 'Kære Vagn\n\nDu får en plads i dagcenteret på Lindehøj 2 dage om ugen efter ældrelovens § 10.\n\n';

describe('begrundelse: a causal "for" after a comma', () => {
  it('"Cyklen betaler vi ikke, for det løser ikke det, du søger støtte til" gives the reason', () =>
    expect(el(`${PART}Cyklen betaler vi ikke, for det løser ikke det, du søger støtte til – du går selv til skolen, og den ligger tæt på.`).begrundelse.present).toBe(true));
  it('", for at du kan ..." is a purpose, not a reason', () =>
    expect(el(`${PART}Kontaktpersonen kommer hver tirsdag, for at du kan få en fast voksen at tale med.`).begrundelse.present).toBe(false));
});

describe('faktiske-oplysninger: a visit dated without "den", a present "fortæller", "har selv fortalt", a distance', () => {
  it('"Da vi var hos dig 3. februar, så vi, at ..." is a dated visit with what was seen', () =>
    expect(el(`${CUT}Da jeg var hos dig 3. februar, så jeg, at du selv tørrer støv af i stuen.`)['faktiske-oplysninger'].present).toBe(true));
  it('"Da vi var hos dig, aftalte vi ..." tells no finding', () =>
    expect(el(`${CUT}Da jeg var hos dig, aftalte vi en ny dag.`)['faktiske-oplysninger'].present).toBe(false));
  it('"Plejefamilien fortæller, at han sover hele natten" is what a source tells', () =>
    expect(el(`${PART}Plejefamilien fortæller, at Sara sover hele natten nu.`)['faktiske-oplysninger'].present).toBe(true));
  it('"Du fortæller, at du gerne vil ..." is a wish, not a fact', () =>
    expect(el(`${PART}Du fortæller, at du gerne vil have en cykel i en bestemt farve.`)['faktiske-oplysninger'].present).toBe(false));
  it('"du har selv fortalt, at du tager toget" is what the citizen told', () =>
    expect(el(`${GRANT}Du har selv fortalt, at du tager toget ind til byen om lørdagen.`)['faktiske-oplysninger'].present).toBe(true));
  it('"Dagcenteret ligger 2,5 km fra din bolig" is a fact of the case', () =>
    expect(el(`${GRANT}Dagcenteret ligger 2,5 km fra din bolig.`)['faktiske-oplysninger'].present).toBe(true));
  it('"Dagcenteret ligger tæt på bussen" has no measure', () =>
    expect(el(`${GRANT}Dagcenteret ligger tæt på bussen.`)['faktiske-oplysninger'].present).toBe(false));
});

describe('partshoering: a document sent "til kommentar" in journal style', () => {
  it('"Notat + udkast sendt til borger 4-02 til kommentar" is a hearing', () =>
    expect(el(`${CUT}- Notat fra besøget + udkast sendt til borger 04-02 til kommentar.`).partshoering.present).toBe(true));
  it('"Notat fra besøget sendt til borger 04-02" with no purpose and no answer is none', () =>
    expect(el(`${CUT}- Notat fra besøget sendt til borger 04-02.`).partshoering.present).toBe(false));
});

describe('klagevejledning: a "Klage:" field line with the way', () => {
  it('"Klage: skriv eller ring til Visitationen" tells how and to whom', () =>
    expect(el(`${CUT}- Klage: skriv eller ring til Visitationen.`).klagevejledning.present).toBe(true));
  it('"Klagesag: ring til hjemmeplejen ved spørgsmål" is no field for a complaint', () =>
    expect(el(`${CUT}- Klagesag: ring til hjemmeplejen ved spørgsmål om tider.`).klagevejledning.present).toBe(false));
});

describe('klagefrist: the deadline after the disagreement in the same sentence', () => {
  it('"Er du uenig i, at du ikke får cyklen, så skriv til mig inden 4 uger" states the deadline', () =>
    expect(el(`${PART}Er du uenig i, at du ikke får cyklen, så skriv til mig inden 4 uger. Så ser jeg på det igen, og holder jeg fast, sender jeg din klage til Ankestyrelsen.`).klagefrist.present).toBe(true));
  it('"Er du uenig, så skriv til mig inden 8 uger" is the wrong deadline', () =>
    expect(el(`${PART}Er du uenig i, at du ikke får cyklen, så skriv til mig inden 8 uger. Så ser jeg på det igen, og holder jeg fast, sender jeg din klage til Ankestyrelsen.`).klagefrist.present).toBe(false));
});
