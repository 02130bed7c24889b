/**
 * Round 60: ressourcer and vejledning-andre-ydelser — a skill with a contrast between "kan" and "selv", a relative who is
 * with the family already, doing well said with "det går godt", a skill seen at a trial said with "sikkert", a child's
 * continence reached, and a job named only as where an aid is used; the free choice of aid named as the right, a passive
 * buy with the thing as a pronoun after "kan", a concession to buy under a subsidy with "sagtens", and the citizen's own
 * offer named with its place, held-out sets 40 and 41 measured once before they were fixed, plus older rows. Written for
 * these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import type { ElementId } from '../../../lib/letter/index';
import { present } from './present';

const opts = { date: new Date('2026-05-01T12:00:00') };
const END = '\n\nKlagevejledning\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nAnne Dahl\nSagsbehandler\n';
const has = (t: string, id: ElementId) => present(t, id, opts);

const meals = (said: string) =>
  'Afgørelse om madservice\n\nKære Gerda\n\nDu har søgt om madservice til både frokost og aften.\n\nDu får bevilget en varm hovedret hver dag efter ældrelovens § 14. ' +
  'Du får ikke aftensmad.\n\nBegrundelse\nDu bliver svimmel, når du står ved komfuret. ' + said + END;
describe('ressourcer: a skill with a contrast or concession between "kan" and "selv"', () => {
  it('"Du kan til gengæld selv smøre en mad og koge te" counts', () =>
    expect(has(meals('Du kan til gengæld selv smøre en mad og koge te.'), 'ressourcer')).toBe(true));
  it('"Du kan til gengæld selv vælge leverandør" is a choice, not a skill', () =>
    expect(has(meals('Du kan til gengæld selv vælge leverandør.'), 'ressourcer')).toBe(false));
});

const relief = (said: string) =>
  'Afgørelse om afløsning\n\nKære Bente\n\nDu har søgt om afløsning 6 timer om ugen, så du kan få en pause fra plejen af din mand.\n\n' +
  'Du får afløsning 3 timer om ugen efter ældrelovens § 16.\n\nBegrundelse\n' + said + ' Derfor vurderer vi, at 3 timer dækker dit behov.' + END;
describe('ressourcer: a relative who is with the family already, an adverb before "hos"', () => {
  it('"Jeres nevø, Mikkel, er allerede hos jer hver fredag" counts as network', () =>
    expect(has(relief('Jeres nevø, Mikkel, er allerede hos jer hver fredag formiddag.'), 'ressourcer')).toBe(true));
  it('a relative who is no longer there is absent', () =>
    expect(has(relief('Jeres nevø er flyttet til Aarhus og kommer ikke længere.'), 'ressourcer')).toBe(false));
});

const youth = (said: string) =>
  'Svar på din ansøgning om ungestøtte\n\nHej Malthe\n\nDu har søgt om en kontaktperson.\n\nVi har besluttet, at du ikke kan få ungestøtte efter barnets lov § 114.\n\n' +
  'Hvorfor?\nDu havde ikke en kontaktperson, da du fyldte 18 år. ' + said + END;
describe('ressourcer: doing well now, said with "det går godt"', () => {
  it('"Du fortalte, at det går godt på produktionsskolen" counts', () =>
    expect(has(youth('Du fortalte, at det går godt på produktionsskolen, hvor du går på metallinjen.'), 'ressourcer')).toBe(true));
  it('a hope that it goes well is a wish', () =>
    expect(has(youth('Vi håber, at det går godt på produktionsskolen.'), 'ressourcer')).toBe(false));
  it('a condition ("hvis det går godt") is no state', () =>
    expect(has(youth('Hvis det går godt på produktionsskolen, kan du søge en læreplads.'), 'ressourcer')).toBe(false));
});

const wheelchair = (said: string) =>
  'Afgørelse om el-kørestol\n\nKære Lars\n\nDu har søgt om en el-kørestol med løftefunktion.\n\nVi har bevilget dig en el-kørestol efter servicelovens § 112 uden løftefunktion.\n\n' +
  said + ' Løftefunktionen er ikke nødvendig, fordi du kan nå dine skabe fra stolen.' + END;
describe('ressourcer: a skill seen at a trial, said with "sikkert"', () => {
  it('"Ved prøvekørslen kunne du sikkert manøvrere stolen" counts', () =>
    expect(has(wheelchair('Ved prøvekørslen kunne du sikkert manøvrere stolen på fortovet.'), 'ressourcer')).toBe(true));
  it('"kunne du ikke sikkert" is what the citizen could not do', () =>
    expect(has(wheelchair('Ved prøvekørslen kunne du ikke styre stolen på fortovet.'), 'ressourcer')).toBe(false));
});

const diapers = (said: string) =>
  'Afgørelse om merudgifter\n\nKære Sanne og Per\n\nVi har genberegnet jeres tilskud til merudgifter for Noah efter barnets lov § 41.\n\n' +
  'Tilskuddet nedsættes fra 1.200 kr. til 700 kr. om måneden.\n\nBegrundelse\n' + said + ' Udgiften til bleer er derfor mindre.' + END;
describe('ressourcer: a child\'s continence reached', () => {
  it('"Noah er blevet renlig om natten" counts', () =>
    expect(has(diapers('I har oplyst, at Noah er blevet renlig om natten.'), 'ressourcer')).toBe(true));
  it('"endnu ikke blevet renlig" is a limit', () =>
    expect(has(diapers('I har oplyst, at Noah endnu ikke er blevet renlig om natten.'), 'ressourcer')).toBe(false));
});

const workChair = (said: string) =>
  'Afgørelse om kontorstol\n\nKære Henrik\n\nDu har søgt om en kontorstol med sadelsæde.\n\nVi kan ikke bevilge stolen som hjælpemiddel efter servicelovens § 112.\n\n' +
  'Begrundelse\n' + said + ' Hjælpemidler til arbejdspladsen hører under jobcentret.' + END;
describe('ressourcer: a job named only as where an aid is used', () => {
  it('"du skal bruge stolen på dit arbejde som lagerekspedient" is why the aid belongs to work', () =>
    expect(has(workChair('Af ansøgningen fremgår det, at du skal bruge stolen på dit arbejde som lagerekspedient.'), 'ressourcer')).toBe(false));
  it('the job said plainly as the citizen\'s own still counts', () =>
    expect(has(workChair('Du passer dit arbejde som lagerekspedient 30 timer om ugen.'), 'ressourcer')).toBe(true));
});

const grantedChair = (said: string) =>
  'Afgørelse om el-kørestol\n\nKære Lars\n\nDu har søgt om en el-kørestol med løftefunktion.\n\nVi har bevilget dig en el-kørestol efter servicelovens § 112 uden løftefunktion.\n\n' + said + END;
describe('vejledning-andre-ydelser: the free choice of aid named as the right', () => {
  it('"Du har frit valg af hjælpemiddel" guides to another aid paid privately', () =>
    expect(has(grantedChair('Du har frit valg af hjælpemiddel efter servicelovens § 112, stk. 3.'), 'vejledning-andre-ydelser')).toBe(true));
  it('a free choice of who delivers is no other help', () =>
    expect(has(grantedChair('Du har frit valg af leverandør til service på stolen.'), 'vejledning-andre-ydelser')).toBe(false));
});

const refusedLift = (said: string) =>
  'Afgørelse om badeløfter\n\nKære Inge\n\nDu har søgt om en badeløfter.\n\nVi kan ikke bevilge badeløfteren efter servicelovens § 112, da du ikke har et badekar.\n\n' + said + END;
describe('vejledning-andre-ydelser: a passive buy with the thing as a pronoun after "kan"', () => {
  it('"… kan den købes i en almindelig butik" points to a private way', () =>
    expect(has(refusedLift('Hvis du alligevel vil have en til sommerhuset, kan den købes i en almindelig hjælpemiddelbutik.'), 'vejledning-andre-ydelser')).toBe(true));
  it('"kan den ikke bruges" says nothing of where to get one', () =>
    expect(has(refusedLift('Uden et badekar kan den ikke bruges i dit hjem.'), 'vejledning-andre-ydelser')).toBe(false));
});

const scooter = (said: string) =>
  'Afgørelse om el-scooter\n\nKære Bent\n\nDu har søgt om en el-scooter med kaleche til 31.000 kr.\n\n' +
  'Du får et tilskud på 19.000 kr. til en el-scooter efter servicelovens § 113.\n\n' + said + END;
describe('vejledning-andre-ydelser: a concession to buy under a subsidy, with "sagtens"', () => {
  it('"Du kan sagtens købe modellen med kaleche, men så betaler du selv resten" is the share the subsidy leaves', () =>
    expect(has(scooter('Du kan sagtens købe modellen med kaleche, men så betaler du selv resten.'), 'vejledning-andre-ydelser')).toBe(false));
  it('a private rental named as another option still guides', () =>
    expect(has(scooter('Du kan også leje en el-scooter hos en privat forhandler.'), 'vejledning-andre-ydelser')).toBe(true));
});

const cafe = (said: string) =>
  'Nordby Kommune\nCenter for Handicap\n\nTil Per Holm\n\n' + said + '\n\nKære Per\n\nVi har besluttet at ændre dit aktivitets- og samværstilbud efter servicelovens § 104. ' +
  'Du kommer fremover 2 dage om ugen i stedet for 4, fordi du nu arbejder på værkstedet de andre dage.' + END;
describe('vejledning-andre-ydelser: the citizen\'s own offer named with its place', () => {
  it('"Vedrørende dit tilbud i Café Solhjem" is the help the letter is about', () =>
    expect(has(cafe('Vedrørende dit tilbud i Café Solhjem'), 'vejledning-andre-ydelser')).toBe(false));
  it('a café pointed to as another place still guides', () =>
    expect(has(cafe('Vedrørende dit tilbud. Du er også velkommen i Café Solhjem om fredagen'), 'vejledning-andre-ydelser')).toBe(true));
});
