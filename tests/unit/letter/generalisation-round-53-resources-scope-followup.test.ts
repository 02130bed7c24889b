/**
 * Round 53: ressourcer, omfang, opfoelgning and borgerens-synspunkter — a review named after "vedr." in a title line, "nå
 * frem til", a span in the past with "nu" between, a follow-up talk already "haft", the asked-for span in a refusal, a
 * visit to see how the help works and a call after an event; the help the citizen keeps, "vedligeholdelsestræning",
 * a job's hours; a relative named as an object, a spouse at home all day, eagerness to start, "godt i gang"; a speaker
 * with a full name before "selv". Batches dy, dz and ea measured once unseen before they were fixed. Written for these
 * tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const opts = { date: new Date('2026-03-01T12:00:00') };
const END = '\n\nKlagevejledning\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nKarin Dahl\nVisitator\n';
type Id = 'ressourcer' | 'omfang' | 'opfoelgning' | 'borgerens-synspunkter';
const has = (text: string, el: Id) => analyzeLetter(text, opts).elements[el].present;

const grant = (body: string) =>
  'Afgørelse om hjælp\n\nKære Niels\n\nDu får hjælp til rengøring hver 14. dag efter servicelovens § 83.\n\n' + body + END;
const refusal = (body: string) =>
  'Afgørelse om hjælp\n\nKære Niels\n\nVi kan ikke give dig den hjælp, du har søgt om.\n\n' + body + END;

describe('opfoelgning: reviews and spans that look back', () => {
  it('"Notat vedrørende revurdering" as a title line is the review behind the letter', () =>
    expect(has('Notat vedrørende revurdering\n\nKære Niels\n\nDin hjælp til rengøring stopper den 1. maj, fordi du nu klarer den selv.' + END, 'opfoelgning')).toBe(false));
  it('look-alike: a dated review ahead is a follow-up', () =>
    expect(has(grant('Vi laver en ny revurdering af din hjælp i september 2026.'), 'opfoelgning')).toBe(true));
  it('"når du selv frem til butikken" is reaching a place', () =>
    expect(has(grant('Med stokken når du selv frem til butikken på hjørnet.'), 'opfoelgning')).toBe(false));
  it('look-alike: "frem til 1. juli" is how long the help lasts', () =>
    expect(has(grant('Hjælpen gælder frem til 1. juli 2026.'), 'opfoelgning')).toBe(true));
  it('"Du har nu i fire uger haft hjælp" is a span in the past', () =>
    expect(has(grant('Du har nu i fire uger haft hjælp til tøjvask.'), 'opfoelgning')).toBe(false));
  it('look-alike: "Du får hjælpen i fire uger" is how long it lasts', () =>
    expect(has(grant('Du får hjælpen til tøjvask i fire uger.'), 'opfoelgning')).toBe(true));
  it('"Vi har den 3. februar haft en opfølgningssamtale med dig" already took place', () =>
    expect(has('Ændring af din hjælp\n\nKære Niels\n\nVi har den 3. februar haft en opfølgningssamtale med dig om din hjælp. Din hjælp til indkøb ophører fra 1. april.' + END, 'opfoelgning')).toBe(false));
  it('look-alike: "Vi holder en opfølgningssamtale med dig i juni" is ahead', () =>
    expect(has(grant('Vi holder en opfølgningssamtale med dig i juni.'), 'opfoelgning')).toBe(true));
  it('in a refusal, "Du spurgte, om du kan få støtte, indtil du fylder 23" is the asked-for span', () =>
    expect(has(refusal('Du spurgte, om du kan få en kontaktperson, indtil du fylder 23. Det kan vi ikke give dig.'), 'opfoelgning')).toBe(false));
  it('look-alike: a grant "indtil du fylder 23" says how long the help lasts', () =>
    expect(has(grant('Du får en kontaktperson, indtil du fylder 23.'), 'opfoelgning')).toBe(true));
  it('someone coming to see how the aid works in use is a follow-up', () =>
    expect(has(grant('Terapeuten kommer i børnehaven efter jul og ser, hvordan stolen fungerer.'), 'opfoelgning')).toBe(true));
  it('look-alike: how the aid works, seen before the decision, is none', () =>
    expect(has(grant('Terapeuten så ved besøget, hvordan stolen fungerer.'), 'opfoelgning')).toBe(false));
  it('a call after the citizen comes home, to hear how it went, is a follow-up in a refusal', () =>
    expect(has(refusal('Jeg ringer til dig, når du er kommet hjem fra sygehuset, og hører, hvordan det gik.'), 'opfoelgning')).toBe(true));
  it('look-alike: a call only to set up a meeting is none', () =>
    expect(has(refusal('Jeg ringer til dig, når du er kommet hjem fra sygehuset, så vi kan aftale et møde om din bolig.'), 'opfoelgning')).toBe(false));
});

describe('omfang: help kept, training granted, a job', () => {
  it('"Du beholder din nuværende aflastning på 2 weekender om måneden" beside a refused increase', () =>
    expect(has('Afgørelse om aflastning\n\nKære Niels\n\nDu har søgt om 3 weekender om måneden. Du beholder din nuværende aflastning på 2 weekender om måneden. Vi kan ikke give dig mere.' + END, 'omfang')).toBe(true));
  it('look-alike: the asked-for amount alone in a refusal is no scope', () =>
    expect(has('Afgørelse om aflastning\n\nKære Niels\n\nDu har søgt om 3 weekender om måneden. Vi kan ikke give dig mere aflastning.' + END, 'omfang')).toBe(false));
  it('"Du fortsætter med de 2 dage om ugen, du har i dag" beside a refused increase', () =>
    expect(has('Afgørelse om dagtilbud\n\nKære Niels\n\nDu har søgt om 4 dage om ugen i værkstedet. Det kan vi ikke give dig. Du fortsætter med de 2 dage om ugen, du har i dag.' + END, 'omfang')).toBe(true));
  it('"vedligeholdelsestræning 2 gange om ugen" granted is a scope', () =>
    expect(has('Afgørelse om træning\n\nKære Niels\n\nDu får vedligeholdelsestræning 2 gange om ugen efter servicelovens § 86, stk. 2.' + END, 'omfang')).toBe(true));
  it('look-alike: upkeep of an aid once a year is no scope of help', () =>
    expect(has('Afgørelse om kørestol\n\nKære Niels\n\nDu får en kørestol efter servicelovens § 112. Vedligeholdelse af kørestolen sker 1 gang om året.' + END, 'omfang')).toBe(false));
  it('"Du er ansat 25 timer om ugen som lagerarbejder" is the citizen\'s job', () =>
    expect(has('Afgørelse om bil\n\nKære Niels\n\nDu får støtte til køb af bil efter servicelovens § 114. Du er ansat 25 timer om ugen som lagerarbejder i Hobro.' + END, 'omfang')).toBe(false));
  it('look-alike: hours of help granted are a scope', () =>
    expect(has('Afgørelse om støtte\n\nKære Niels\n\nDu får socialpædagogisk støtte 5 timer om ugen efter servicelovens § 85.' + END, 'omfang')).toBe(true));
});

describe('ressourcer: relatives as objects or at home, motivation, doing well', () => {
  it('a relative as where the citizen is driven is no help from them', () =>
    expect(has(refusal('Med handicapkørsel kan du fx komme til din søn eller til frisøren, og du bliver hentet ved døren.'), 'ressourcer')).toBe(false));
  it('look-alike: the son who drives the citizen is network', () =>
    expect(has(refusal('Din søn kører dig til frisøren hver fjerde uge.'), 'ressourcer')).toBe(true));
  it('"Din mand Erik er hjemme hele dagen" is someone there to help', () =>
    expect(has(refusal('Din mand Erik er hjemme hele dagen og sover i samme rum som dig.'), 'ressourcer')).toBe(true));
  it('look-alike: "Din mand er hjemme igen efter indlæggelsen" is no such thing', () =>
    expect(has(refusal('Din mand er hjemme igen efter indlæggelsen.'), 'ressourcer')).toBe(false));
  it('"du glæder dig til at komme i gang" is motivation', () =>
    expect(has(grant('Du fortalte, at du glæder dig til at komme i gang med træningen.'), 'ressourcer')).toBe(true));
  it('look-alike: "du glæder dig til at komme hjem" is a wish', () =>
    expect(has(grant('Du fortalte, at du glæder dig til at komme hjem fra sygehuset.'), 'ressourcer')).toBe(false));
  it('"det lyder, som om du er godt i gang med uddannelsen" is doing well now', () =>
    expect(has(refusal('Det lyder, som om du er godt i gang med uddannelsen.'), 'ressourcer')).toBe(true));
  it('look-alike: "Sagen er godt i gang" names no person', () =>
    expect(has(refusal('Sagen om din bolig er godt i gang hos boligselskabet.'), 'ressourcer')).toBe(false));
});

describe('borgerens-synspunkter: a full name before "selv"', () => {
  it('"udtalte Peter Holm selv, at …" is the citizen\'s own view', () =>
    expect(has(grant('På mødet den 2. februar udtalte Peter Holm selv, at han gerne vil blive i sin bolig.'), 'borgerens-synspunkter')).toBe(true));
  it('look-alike: "udtalte lægen, at …" is someone else\'s view', () =>
    expect(has(grant('I sin erklæring udtalte lægen, at han kan blive i sin bolig.'), 'borgerens-synspunkter')).toBe(false));
});
