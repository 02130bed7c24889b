/**
 * Round 72: decisionType on grants that give something else or less than asked without a word for it: the municipality's
 * standard model against a make named in the application, a shorter period than the span of dates applied for (the care of
 * a close relative granted as employment), an applied/granted table set with spaces whose rhythm is lower, a part of the
 * application refused by name ("den del af ansøgningen"); and a refusal by the service's scope ("ikke en del af den hjælp,
 * der ydes"). Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const END = '\n\nMed venlig hilsen\nBirthe Holm\nVisitator\n';
const OPEN = 'Egebæk Kommune\nVisitation og Hjælpemidler\n\nDato: 3. marts 2026\n\n';

const type = (subject: string, body: string) =>
  analyzeLetter(OPEN + subject + '\n\nKære Poul\n\n' + body + END, { date: new Date('2026-03-03T12:00:00') }).decisionType;

describe('decisionType: the standard model from the municipality\'s range against a named make is a partial grant', () => {
  it('"fra kommunens sortiment" after "af mærket …"', () =>
    expect(type('ROLLATOR', 'Du har søgt om en rollator af mærket Vento Lite, fordi den kan foldes helt sammen.\n\nDu får en rollator fra kommunens sortiment efter servicelovens § 112. Den kan også foldes sammen og vejer 7 kg.')).toBe('delvis'));
  it('"standardmodellen" after "model …"', () =>
    expect(type('Din ansøgning om en badestol', 'Du har søgt om en badestol, model Aquasit Pro.\n\nVi bevilger dig standardmodellen, som har ryglæn og armlæn ligesom den, du ønskede.')).toBe('delvis'));
  it('look-alike: the range named when no make was asked for is a full grant', () =>
    expect(type('ROLLATOR', 'Du har søgt om en rollator, fordi din datter Hanne er bekymret for, at du falder.\n\nDu får en rollator fra kommunens sortiment efter servicelovens § 112.')).toBe('bevilling'));
});

describe('decisionType: a shorter period than the span of dates applied for is a partial grant', () => {
  it('the applied span told only at the end', () =>
    expect(type('Pasning af nærtstående', 'Egebæk Kommune ansætter dig til at passe din mor i hjemmet efter servicelovens § 118 i perioden 1. april til 30. juni 2026. Du ansættes på 30 timer om ugen.\n\nVi har lagt vægt på lægens vurdering af forløbet.\n\nI din ansøgning af 2. februar 2026 har du søgt om perioden 1. april til 31. december 2026.')).toBe('delvis'));
  it('a grant verb with the span asked in the first sentence', () =>
    expect(type('Aflastning', 'Du har søgt om aflastning fra 1. maj til 31. oktober 2026.\n\nVi bevilger aflastning i perioden 1. maj til 31. juli 2026, 1 weekend om måneden.')).toBe('delvis'));
  it('look-alike: the same span granted as applied for is a full grant', () =>
    expect(type('Pasning af nærtstående', 'Egebæk Kommune ansætter dig til at passe din far i hjemmet efter servicelovens § 118 i perioden 1. april til 30. september 2026.\n\nI ansøgningen er perioden angivet som 1. april til 30. september 2026.')).toBe('bevilling'));
});

describe('decisionType: an applied/granted table set with spaces, a lower rhythm granted, is a partial grant', () => {
  it('"hver 14. dag" against "om ugen"', () =>
    expect(type('Afgørelse om praktisk hjælp', 'Du søgte om hjælp til rengøring og indkøb. Vi har vurderet din ansøgning efter ældrelovens § 10.\n\nYdelse       Ansøgt            Bevilget\nRengøring    1 gang om ugen    1 gang hver 14. dag\nIndkøb       1 gang om ugen    1 gang om ugen\n\nHjælpen starter i uge 12.')).toBe('delvis'));
  it('"hver 3. uge" against "hver anden uge"', () =>
    expect(type('Afgørelse om rengøring', 'Du har søgt om hjælp til rengøring.\n\nOpgave       Ansøgt           Bevilget\nRengøring    hver 2. uge      1 gang hver 3. uge\n\nHjælpen starter i næste uge.')).toBe('delvis'));
  it('look-alike: the same rhythm in both columns is a full grant', () =>
    expect(type('Afgørelse om praktisk hjælp', 'Du søgte om hjælp til rengøring og indkøb.\n\nYdelse       Ansøgt            Bevilget\nRengøring    1 gang hver 14. dag    1 gang hver 14. dag\nIndkøb       1 gang om ugen    1 gang om ugen\n\nHjælpen starter i uge 12.')).toBe('bevilling'));
});

describe('decisionType: a part of the application refused by name is a partial grant', () => {
  it('"Den del af ansøgningen kan vi ikke imødekomme" after items told as actions', () =>
    expect(type('Svar på din ansøgning om ændringer i dit hjem', 'Du har bedt os om to ting: greb ved toilettet og en ny bruseniche.\n\nVores håndværker monterer grebene i uge 15.\n\nBrusenichen er ikke nødvendig, fordi du kan bruge din badebænk i det bad, du har. Den del af ansøgningen kan vi ikke imødekomme.')).toBe('delvis'));
  it('"du får afslag på denne del af din ansøgning"', () =>
    expect(type('Ændringer i boligen', 'Du har søgt om en rampe og om at få udvidet døren til soveværelset.\n\nRampen sættes op i april.\n\nDøren er bred nok til din rollator, så du får afslag på denne del af din ansøgning.')).toBe('delvis'));
  it('look-alike: the whole application refused is a refusal', () =>
    expect(type('Ændringer i boligen', 'Du har søgt om at få udvidet døren til soveværelset.\n\nDøren er bred nok til din rollator, så vi kan ikke imødekomme din ansøgning.')).toBe('afslag'));
});

describe('decisionType: help outside what the municipality gives, said in a relative clause, is a refusal', () => {
  it('"ikke en del af den praktiske hjælp, der ydes i kommunen"', () =>
    expect(type('Vedr. din ansøgning om hjælp til havearbejde', 'De har søgt om hjælp til at slå græs.\n\nHavearbejde er ikke en del af den praktiske hjælp, der ydes i Egebæk Kommune, og De opfylder derfor ikke betingelserne.\n\nAnsøgningen afslås.')).toBe('afslag'));
  it('"hører ikke til den støtte, der gives efter kvalitetsstandarden"', () =>
    expect(type('Din ansøgning om hjælp til gardiner', 'Du har søgt om hjælp til at vaske gardiner.\n\nGardinvask er ikke en del af den hjælp, der gives efter kommunens kvalitetsstandard. Vi giver dig derfor afslag.')).toBe('afslag'));
  it('look-alike: a grant with a part outside the help is still partial', () =>
    expect(type('Din ansøgning om praktisk hjælp', 'Du har søgt om hjælp til rengøring og vinduespudsning.\n\nDu får hjælp til rengøring hver 14. dag. Vinduespudsning er ikke en del af den hjælp, der ydes i kommunen, så den del kan vi ikke give dig.')).toBe('delvis'));
});
