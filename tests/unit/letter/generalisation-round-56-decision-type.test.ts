/**
 * Round 56: decision type (decisionType) — "delvis" told of the citizen's health, a child who "kan starte i aflastning" from
 * a weekend, the amount it becomes set against the amount asked, support the municipality gives with a thing left outside
 * the grant, "ikke vil kunne" before a verb that gives nothing, the rule's plain exclusion after its condition, the old way
 * of granting told to explain the new, a refusal whose "men" names the grant, and a grant "som du har søgt om" beside a
 * limit of something not asked for; older dev and held-out rows left by earlier rounds. Written for these tests in our own
 * words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const opts = { date: new Date('2026-03-01T12:00:00') };
const type = (t: string) => analyzeLetter(t, opts).decisionType;
const END = '\n\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nMette Holm\n';

describe('decisionType: "delvis" told of the citizen\'s health', () => {
  const letter = (said: string) =>
    'Kære Knud\n\nDu har søgt om hjælp til bad.\n\nDu får hjælp til bad 2 gange om ugen efter ældreloven.\n\n' + said + '\n\nHjælpen starter mandag.' + END;
  it('"forventet delvis bedring" in the doctor\'s note leaves a full grant', () =>
    expect(type(letter('Af lægens notat fremgår en forventet delvis bedring over et halvt år.'))).toBe('bevilling'));
  it('"delvist selvhjulpen" leaves a full grant', () =>
    expect(type(letter('Du er delvist selvhjulpen om morgenen.'))).toBe('bevilling'));
  it('the grant itself said to be partial is still partial', () =>
    expect(type(letter('Din ansøgning er derfor delvist imødekommet.'))).toBe('delvis'));
});

describe('decisionType: a named child who can start in respite care from a weekend', () => {
  const letter = (start: string) => 'Hej Rikke og Jonas\n\nGod nyhed!\n\n' + start + '\n\nDer er tale om en støttende indsats.' + END;
  it('"Mille kan starte i aflastning hos familien Dahl fra weekenden den 6. marts" grants', () =>
    expect(type(letter('Mille kan starte i aflastning hos familien Dahl fra weekenden den 6. marts.'))).toBe('bevilling'));
  it('a child starting school from a date is no grant', () =>
    expect(type(letter('Mille kan starte i skole fra den 10. august.'))).not.toBe('bevilling'));
});

describe('decisionType: the amount it becomes against the amount asked', () => {
  const letter = (result: string) => 'Hej Sofus\n\n' + result + '\n\nPladsen står klar fra næste uge.' + END;
  it('"Det bliver 2 dage om ugen, og ikke de 5 dage, du bad om" is partial', () =>
    expect(type(letter('Det bliver 2 dage om ugen i værkstedet, og ikke de 5 dage, du bad om.'))).toBe('delvis'));
  it('the amount it becomes alone is no partial grant', () =>
    expect(type(letter('Det bliver 2 dage om ugen i værkstedet.'))).not.toBe('delvis'));
});

describe('decisionType: support the municipality gives, with a thing left outside the grant', () => {
  const letter = (after: string) =>
    'Kære Inger\n\nDu har søgt om at få bygget en rampe og udvidet døren til badeværelset.\n\nAfgørelse\nKommunen giver støtte efter servicelovens § 116 til en rampe ved hoveddøren.\n\n' +
    after + '\n\nHvorfor\nDu kan komme ind på badeværelset med din rollator.' + END;
  it('"Døren er ikke omfattet af bevillingen" after the application is partial', () =>
    expect(type(letter('Udvidelse af døren er ikke omfattet af bevillingen.'))).toBe('delvis'));
  it('without a thing left out, "Kommunen giver støtte … til" grants', () =>
    expect(type(letter('Rampen sættes op af kommunens håndværker.'))).toBe('bevilling'));
});

describe('decisionType: "ikke vil kunne" before a verb that gives nothing', () => {
  const letter = (then: string) =>
    'Kære hr. Lund\n\nDe er visiteret til beskyttet beskæftigelse på Værkstedet Nord fire dage om ugen.\n\n' + then + '\n\nDe starter den 1. april.' + END;
  it('"at De ikke vil kunne klare et ordinært job" leaves the grant', () =>
    expect(type(letter('Det bemærkes, at De efter lægens vurdering ikke vil kunne klare et ordinært job.'))).toBe('bevilling'));
  it('"vi ikke vil kunne bevilge kørsel" beside the grant is partial', () =>
    expect(type(letter('De har også søgt om kørsel, men vi gør opmærksom på, at vi ikke vil kunne bevilge kørsel til værkstedet.'))).toBe('delvis'));
});

describe('decisionType: the rule\'s plain exclusion after its condition', () => {
  const letter = (rule: string) =>
    'Kære Poul\n\nDu har søgt om en rampe.\n\nVi betaler en rampe ved din bagdør efter servicelovens § 116.\n\nStøtte til boligindretning kan kun ydes, når ændringen er nødvendig for, at boligen kan bruges. ' +
    rule + '\n\nRampen sættes op i uge 14.' + END;
  it('"Der ydes ikke støtte til vedligeholdelse, …" right after the rule leaves the grant', () =>
    expect(type(letter('Der ydes ikke støtte til vedligeholdelse eller til ændringer, der kun gør boligen pænere.'))).toBe('bevilling'));
  it('a refusal said to the reader is still a part refused', () =>
    expect(type(letter('Du får ikke en ny hoveddør.'))).toBe('delvis'));
});

describe('decisionType: the old way of granting told to explain the new', () => {
  const letter = (told: string) =>
    'Kære Lis\n\nDu har søgt om hjælp i hjemmet.\n\nDu er visiteret til helhedspleje efter ældrelovens § 10. ' + told + ' I stedet får du et samlet forløb med dit faste team.' + END;
  it('"…, sådan som man gjorde før" leaves a full grant', () =>
    expect(type(letter('Det betyder, at du ikke længere får bevilget hver opgave for sig, sådan som man gjorde tidligere.'))).toBe('bevilling'));
  it('the same refusal without the old practice is not a plain grant', () =>
    expect(type(letter('Det betyder, at du ikke får bevilget hjælp til indkøb.'))).not.toBe('bevilling'));
});

describe('decisionType: a refusal past the reasons whose "men" names the grant', () => {
  const letter = (why: string) =>
    'Kære Ali\n\nDu har søgt om en plads i et botilbud og om bostøtte om natten.\n\nDu får en plads i botilbuddet Lindely efter servicelovens § 108.\n\nBegrundelse\n' +
    why + '\n\nDu flytter ind den 1. maj.' + END;
  it('"kan ikke dækkes i en almindelig bolig, men kun i et botilbud" leaves the grant', () =>
    expect(type(letter('Dit behov kan ikke dækkes i en almindelig lejlighed, men kun i et botilbud med personale.'))).toBe('bevilling'));
  it('the applied thing refused before "men" is a part refused', () =>
    expect(type(letter('Bostøtte om natten kan vi ikke bevilge, men personalet på Lindely er vågent.'))).toBe('delvis'));
});

describe('decisionType: a grant "som du har søgt om" beside a limit of something not asked for', () => {
  const letter = (limit: string) =>
    'Kære Naja\n\nDu får 10 timers ledsagelse om måneden efter servicelovens § 97, som du har søgt om.\n\nFormålet er, at du kan komme ud.\n\n' +
    limit + '\n\nBevillingen gælder et år.' + END;
  it('"Kommunen betaler ikke ledsagerens entré" leaves the grant full', () =>
    expect(type(letter('Kommunen betaler ikke ledsagerens entré og billetter.'))).toBe('bevilling'));
  it('the applied help itself refused in part is partial', () =>
    expect(type(letter('Kommunen betaler ikke ledsagelse på ferierejser.'))).toBe('delvis'));
});
