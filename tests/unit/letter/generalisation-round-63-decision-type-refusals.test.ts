/**
 * Round 63: decisionType — refusals of more read as partial, and letters given no type: a grant verb inside a later
 * question ("… og om bevillingen skal forlænges"), a "Hvorfor ikke …?" heading when the only grant is the help going on, a
 * finding denied with another subject or "kunnet" ("ikke kunnet komme frem til, at kommunen kan give dig …"), and the yes
 * said as permission ("Det er i orden med en plads …"), the unseen batches eh and ei measured once before they were fixed.
 * Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const opts = { date: new Date('2026-05-01T12:00:00') };
const type = (t: string) => analyzeLetter(t, opts).decisionType;
const END = '\n\nHvis du vil klage\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nOle Dam\nSagsbehandler\n';

const raise = (later: string) =>
  'Svar om flere timer med ledsagelse\n\nKære Henrik\n\nDu har stadig ledsagelse 10 timer om måneden. Du bad om 15 timer om måneden, ' +
  'og det kan vi ikke imødekomme.\n\n' + later + '\n\nBegrundelse\nDu kommer selv til træning med bussen.' + END;
describe('decisionType: a grant verb inside a question asked for later', () => {
  it('"… og om ordningen skal forlænges" after a refused increase leaves a refusal', () =>
    expect(type(raise('Vi ringer til dig i efteråret og hører, hvordan det går, og om ordningen skal forlænges.'))).toBe('afslag'));
  it('", om du kan få bevilget …" is a question too', () =>
    expect(type(raise('Vi ser igen på sagen til sommer, om du kan få bevilget en ledsager til ferien.'))).toBe('afslag'));
  it('a real grant of something else beside the refusal still makes it partial', () =>
    expect(type(raise('Du får desuden bevilget en ledsager til din ferie i juli.'))).toBe('delvis'));
  it('"om aftenen skal du have hjælp" is a time, no question: the new help makes it partial', () =>
    expect(type(raise('Vi ændrer også tidspunktet, og om aftenen skal du have bevilget hjælp til at komme i seng.'))).toBe('delvis'));
});

const days = (heading: string, first: string) =>
  `${first}\n\nKære Lone\n\nDu har spurgt, om du kan komme i dagcentret fire dage om ugen i stedet for to. Vi mener, at to dage passer bedst til dig lige nu.\n\n` +
  `${heading}\nDu bliver meget træt, når du har været af sted to dage i træk.` + END;
describe('decisionType: "Hvorfor ikke …?" over the reasons when the only grant is the help going on', () => {
  it('"Du fortsætter i dagcentret to dage om ugen" over "Hvorfor ikke fire dage?" is a refusal', () =>
    expect(type(days('Hvorfor ikke fire dage?', 'Du fortsætter i dagcentret to dage om ugen'))).toBe('afslag'));
  it('a new grant of fewer days than asked over the same heading stays partial', () =>
    expect(type(days('Hvorfor ikke fire dage?', 'Du får en plads i dagcentret to dage om ugen'))).toBe('delvis'));
});

const finding = (first: string) =>
  'Svar om tilskud til en trehjulet cykel\n\nKære Bodil\n\n' + first +
  '\n\nDin søn har skrevet, at du gerne vil kunne cykle til købmanden.\n\nVi har lagt vægt på, at du kan gå til købmanden med din rollator.' + END;
describe('decisionType: a finding denied with another subject or with "kunnet"', () => {
  it('"ikke fundet, at din søn kan få …" is a refusal', () =>
    expect(type(finding('Vi har ikke fundet, at kommunen kan give dig et tilskud til cyklen.'))).toBe('afslag'));
  it('"ikke kunnet komme frem til, at kommunen kan betale …" is a refusal', () =>
    expect(type(finding('Jeg har desværre ikke kunnet komme frem til, at kommunen kan betale for cyklen.'))).toBe('afslag'));
  it('"ikke fundet, at din søn kan klare …" names no giving verb, so it refuses nothing', () =>
    expect(type(finding('Vi har ikke fundet, at din søn kan klare indkøbene for dig.'))).not.toBe('afslag'));
});

const permission = (first: string) =>
  'Din plads i caféen\n\nHej Malte\n\n' + first + '\n\nVi taler sammen om 3 måneder om, hvordan det går.' + END;
describe('decisionType: the yes said as permission, "Det er i orden med …"', () => {
  it('"Det er i orden med en plads i caféen tre dage om ugen" is a grant', () =>
    expect(type(permission('Det er i orden med en plads i caféen tre dage om ugen, som du bad om.'))).toBe('bevilling'));
  it('"Hvis det er i orden med dig, ringer jeg på fredag" grants nothing', () =>
    expect(type(permission('Hvis det er i orden med dig, ringer jeg på fredag.'))).toBe('ukendt'));
});

const today = (facts: string) =>
  'Svar om en el-scooter\n\nKære Jens\n\nVi kan desværre ikke give dig en el-scooter.\n\nTerapeuten besøgte dig i april. ' + facts +
  '\n\nVi har lagt vægt på, at du kan gå til bussen med din rollator.' + END;
describe('decisionType: the arrangements had now, "i dag" opening a sentence joined by "og … får"', () => {
  it('"Du kører i dag med taxa til lægen, og du får dine varer bragt af købmanden" leaves a refusal', () =>
    expect(type(today('Du kører i dag med taxa til lægen, og du får dine varer bragt af købmanden.'))).toBe('afslag'));
  it('"… og du får nu også hjælp til indkøb" adds help: partial', () =>
    expect(type(today('Du kører i dag med taxa til lægen, og du får nu også hjælp til indkøb en gang om ugen.'))).toBe('delvis'));
});
