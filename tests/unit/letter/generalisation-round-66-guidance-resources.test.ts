/**
 * Round 66: vejledning-andre-ydelser and ressourcer — applying for something at another body ("søge om … hos …"), a local
 * association in the indefinite ("…forening"), a place open until an hour, a body's past recommendation that the citizen
 * gets the help, a call already made ("har ringet"), and the town bus by its local name, unseen batches ej and ek measured
 * once before they were merged.
 * Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const opts = { date: new Date('2026-03-10T12:00:00') };
const END = '\n\nKlagevejledning\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nKarin Bo\nSagsbehandler\n';
const refusal = (s: string) =>
  'Afslag på dækning af merudgifter\n\nI har søgt om dækning af udgifter til særlige sko til Oskar efter barnets lov § 86. Vi giver afslag.\n\nBegrundelse\nUdgiften er under minimumsgrænsen.\n\n' +
  s + END;
const GUIDE = 'vejledning-andre-ydelser';

describe('vejledning: applying for it at another body', () => {
  it('"skal I søge om dem hos Hjælpemiddelteamet" points to another scheme', () =>
    expect(present(refusal('Indlæg til skoene er et hjælpemiddel, og dem skal I søge om hos Hjælpemiddelteamet.'), GUIDE, opts)).toBe(true));
  it('"kan fodterapeuten søge om tilskud hos regionen" points to another body', () =>
    expect(present(refusal('Hvis det bliver nødvendigt, kan fodterapeuten søge om tilskud hos regionen.'), GUIDE, opts)).toBe(true));
  it('applying again with us is no other help', () =>
    expect(present(refusal('Hvis udgifterne stiger, kan I søge om dækning hos os igen.'), GUIDE, opts)).toBe(false));
});

describe('vejledning: a local association named in the indefinite', () => {
  it('"Nordby Pensionistforening har gratis dans om onsdagen" guides', () =>
    expect(present(refusal('Nordby Pensionistforening har gratis dans for alle om onsdagen i hallen.'), GUIDE, opts)).toBe(true));
  it('the association one lives in, named as a fact, does not', () =>
    expect(present(refusal('Familien bor i en lejlighed i Nordby Boligforening.'), GUIDE, opts)).toBe(false));
});

describe('vejledning: a place open until an hour', () => {
  it('"Værestedet Ankeret har åbent til kl. 22" tells when to go', () =>
    expect(present(refusal('Værestedet Ankeret har åbent til kl. 22 tre aftener om ugen.'), GUIDE, opts)).toBe(true));
  it('the place the child already goes to, with no hours, does not', () =>
    expect(present(refusal('Oskar kommer i værestedet to gange om ugen.'), GUIDE, opts)).toBe(false));
});

describe('vejledning: a past recommendation that the citizen gets help', () => {
  const grant = (s: string) =>
    'Bevilling af plads i aktivitets- og samværstilbud\n\nDu har søgt om en plads i Værkstedet Ly. Du får en plads efter servicelovens § 104 tre dage om ugen.\n\nBegrundelse\n' +
    s + END;
  it('"Jobcentrets team har i maj anbefalet, at du får en plads" is a fact of the case', () =>
    expect(present(grant('Jobcentrets team har i maj anbefalet, at du får en plads i et beskyttet tilbud.'), GUIDE, opts)).toBe(false));
  it('a pointer to ring the jobcentre about a flexjob still guides', () =>
    expect(present(grant('Du kan også ringe til jobcentret og høre om et fleksjob.'), GUIDE, opts)).toBe(true));
});

describe('vejledning: a call already made', () => {
  it('"du har selv ringet til jobcentret" is what the citizen did', () =>
    expect(present(refusal('Mor har selv ringet til jobcentret og flyttet sine møder, så hun kan følge Oskar.'), GUIDE, opts)).toBe(false));
  it('"I kan ringe til jobcentret" is a pointer', () =>
    expect(present(refusal('I kan ringe til jobcentret, hvis mor får brug for at gå ned i tid.'), GUIDE, opts)).toBe(true));
});

describe('ressourcer: the town bus by its local name', () => {
  const costs = (s: string) =>
    'Nedsættelse af merudgifter\n\nVi nedsætter din dækning af merudgifter efter servicelovens § 100 fra 900 kr. til 500 kr. om måneden.\n\nSagens oplysninger\n' +
    s + END;
  it('"du tager lokalbussen til træningen" is what the citizen manages', () =>
    expect(present(costs('Du har fortalt, at du tager lokalbussen til træningen.'), 'ressourcer', opts)).toBe(true));
  it('the bus that cannot take the wheelchair is no resource', () =>
    expect(present(costs('Lokalbussen kan ikke tage din kørestol, og der er langt til stoppestedet.'), 'ressourcer', opts)).toBe(false));
});
