/**
 * Round 65: ressourcer, partshoering and vejledning-andre-ydelser — the network itself named as missing ("ikke har familie
 * i nærheden, der kan …"), a step the letter advises ("Vi anbefaler, at I selv kontakter …"), a job named with the hours
 * that bind it, the party's answer with its date between "har" and "svaret", and what the citizen "har fået" (a group of
 * friends at a café) told as a fact, held-out sets 48 and 49 measured once before they were fixed.
 * Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const opts = { date: new Date('2026-03-10T12:00:00') };
const END = '\n\nKlagevejledning\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nKarin Bo\nSagsbehandler\n';

describe('ressourcer: the network named as missing', () => {
  const child = (s: string) =>
    'Afgørelse om aflastning til Ida\n\nI har søgt om aflastning til Ida. Vi bevilger en weekend om måneden efter barnets lov.\n\nSagens oplysninger\n' + s + END;
  it('"ikke har pårørende tæt på, der kan passe hende" names nobody who helps', () =>
    expect(present(child('Far fortalte, at familien ikke har pårørende tæt på, der kan passe hende.'), 'ressourcer', opts)).toBe(false));
  it('a grandmother close by who looks after her stays a resource', () =>
    expect(present(child('Far fortalte, at mormor bor tæt på og kan passe hende.'), 'ressourcer', opts)).toBe(true));
});

describe('ressourcer: a step the letter advises', () => {
  const moved = (s: string) =>
    'Afgørelse om ophør af støtte\n\nDin støtte efter servicelovens § 85 stopper den 1. juni, fordi du flytter til en anden kommune.\n\n' + s + END;
  it('"Vi anbefaler, at du selv ringer til …" is what we ask, not what the citizen manages', () =>
    expect(present(moved('Vi anbefaler, at du selv ringer til socialafdelingen i din nye kommune.'), 'ressourcer', opts)).toBe(false));
  it('"du selv ringer til lægen, når …" told as what the citizen does stays a resource', () =>
    expect(present(moved('Du fortalte, at du selv ringer til lægen, når du har brug for det.'), 'ressourcer', opts)).toBe(true));
});

describe('ressourcer: a job named with the hours that bind it', () => {
  const costs = (s: string) =>
    'Afslag på dækning af merudgifter\n\nI har søgt om dækning af udgifter til kørsel med Noah. Vi giver afslag.\n\nSagens oplysninger\n' + s + END;
  it('"har arbejde med skiftende vagter" is why time is short', () =>
    expect(present(costs('Det er svært for jer at nå hjem til tiden, fordi I begge har arbejde med skiftende vagter.'), 'ressourcer', opts)).toBe(false));
  it('a job named plainly stays a resource', () =>
    expect(present(costs('Mor har arbejde i en børnehave, og far studerer.'), 'ressourcer', opts)).toBe(true));
});

describe('partshoering: the answer with its date between "har" and "svaret"', () => {
  const cut = (s: string) =>
    'Afgørelse om nedsættelse af hjælp\n\nVi nedsætter din hjemmehjælp til rengøring hver tredje uge fra 1. april.\n\n' + s + END;
  it('a letter about what we considered, then "Du har den 9. marts svaret, at …", is the hearing', () =>
    expect(present(cut('Den 2. marts sendte vi dig et brev om, at vi overvejede at sætte hjælpen ned. Du har den 9. marts svaret, at du ikke er enig.'), 'partshoering', opts)).toBe(true));
  it('the dated answer to a questionnaire with nothing sent before is none', () =>
    expect(present(cut('Du har den 9. marts svaret på et spørgeskema fra hjemmeplejen om din hverdag.'), 'partshoering', opts)).toBe(false));
});

describe('vejledning-andre-ydelser: what the citizen has got at a place', () => {
  const support = (s: string) =>
    'Ændring af din støtte\n\nDu får i dag støtte efter servicelovens § 85 i 3 timer om ugen. Fra 1. maj får du 2 timer om ugen.\n\nSagens oplysninger\n' + s + END;
  it('"har fået en fast vennegruppe i caféen" is a fact of the case', () =>
    expect(present(support('Din kontaktperson fortalte, at du har fået en fast vennegruppe i Café Lyset.'), 'vejledning-andre-ydelser', opts)).toBe(false));
  it('a café that holds a group for young people still points there', () =>
    expect(present(support('Café Lyset i kulturhuset har en samtalegruppe for unge hver torsdag.'), 'vejledning-andre-ydelser', opts)).toBe(true));
});
