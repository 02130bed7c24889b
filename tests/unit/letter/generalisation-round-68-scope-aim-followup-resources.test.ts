/**
 * Round 68: omfang, formaal, opfoelgning and ressourcer — a pastime the citizen has started on read as scope, a "så du"
 * clause after another body's help in a refusal or after what a relative does now read as the help's aim, a new look at
 * how the aid works said with "igen" missed as follow-up, and an open place the citizen may go on using read as a
 * resource, held-out sets 52 and 53 measured once before they were fixed. Written for these tests in our own words,
 * each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const opts = { date: new Date('2026-05-01T12:00:00') };
const END = '\n\nHvis du vil klage\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nLise Brandt\nRådgiver\n';

const stop = (mid: string) =>
  'Din støtteperson stopper\n\nKære Jonas\n\nVi har besluttet, at din støtteperson efter barnets lov § 32 stopper den 31. maj 2026.\n\n' +
  'Du kommer nu i skole hver dag, og din lærer skriver, at det går godt. ' + mid +
  '\n\nDerfor er der ikke længere brug for en støtteperson.' + END;
describe('omfang: a pastime the citizen has started on is no scope', () => {
  it('"Du er startet til håndbold … to gange om ugen" in a letter that ends the help is no scope', () =>
    expect(present(stop('Du er startet til håndbold i klubben to gange om ugen.'), 'omfang', opts)).toBe(false));
  it('the help that goes on "to gange om ugen" is still scope', () =>
    expect(present(stop('Du beholder din samtale med os to gange om ugen frem til sommerferien.'), 'omfang', opts)).toBe(true));
});

const refusal = (mid: string) =>
  'Svar på din ansøgning\n\nKære Mads\n\nDu har søgt om en fast kontaktperson efter barnets lov § 114.\n\nDu får ikke en kontaktperson.\n\n' +
  'Vi har lagt vægt på, at du selv klarer din hverdag og har en mentor på skolen. ' + mid + END;
describe('formaal: the aim of another body\'s help in a refusal is not the help\'s aim', () => {
  it('"Biblioteket kan hjælpe dig med at oprette MitID, så du kan …" in a refusal is no aim', () =>
    expect(present(refusal('Biblioteket kan hjælpe dig med at oprette MitID, så du kan læse din post på nettet.'), 'formaal', opts)).toBe(false));
  it('"Formålet med …" in the same refusal is still an aim', () =>
    expect(present(refusal('Formålet med en kontaktperson er, at du skal kunne klare dig selv i hverdagen.'), 'formaal', opts)).toBe(true));
});

const meals = (mid: string) =>
  'Din madordning stopper\n\nKære Grethe\n\nSom aftalt stopper din madordning fra 1. juni 2026. Du laver nu selv mad igen. ' + mid +
  ' Derfor er der ikke brug for madordningen længere.' + END;
describe('formaal: what a relative does now is the network\'s own help', () => {
  it('"Din nabo Bent henter dig hver tirsdag, så du kan …" is no aim', () =>
    expect(present(meals('Din nabo Bent henter dig hver tirsdag, så du kan handle i Netto.'), 'formaal', opts)).toBe(false));
  it('"Formålet med madordningen har været, at …" is still an aim', () =>
    expect(present(meals('Formålet med madordningen har været, at du fik et sundt måltid hver dag, mens din hånd var i gips.'), 'formaal', opts)).toBe(true));
});

const aid = (mid: string) =>
  'Bevilling af badestol\n\nKære Ole\n\nDu får bevilget en badestol efter servicelovens § 112. Du kan ikke længere stå op i badet, fordi dine ben er blevet svagere.\n\n' +
  'Badestolen bliver leveret inden for 3 uger. ' + mid + END;
describe('opfoelgning: a new look at how the aid works, said with "igen"', () => {
  it('"han ser igen på, hvordan badestolen fungerer for dig, efter en måned" is follow-up', () =>
    expect(present(aid('Terapeuten sætter stolen op, og han ser igen på, hvordan badestolen fungerer for dig, efter en måned.'), 'opfoelgning', opts)).toBe(true));
  it('"Vi har set på, hvordan du klarer badet" is an assessment already made', () =>
    expect(present(aid('Terapeuten sætter stolen op. Vi har set på, hvordan du klarer badet i dag.'), 'opfoelgning', opts)).toBe(false));
});

const ends = (mid: string) =>
  'Ophør af støtte\n\nKære Rasmus\n\nDin støtte efter servicelovens § 85 ophører pr. 1. juli 2026, fordi du ikke længere har brug for den.\n\n' +
  mid + END;
describe('ressourcer: an open place the citizen may go on using is no resource', () => {
  it('"Du kan fortsat bruge Værestedet Lyset" is permission, not a skill', () =>
    expect(present(ends('Du kan fortsat bruge Værestedet Lyset, som er åbent for alle hver tirsdag.'), 'ressourcer', opts)).toBe(false));
  it('"Du kan fortsat bruge din mobil til at holde styr på dine aftaler" is still a skill', () =>
    expect(present(ends('Du kan fortsat bruge din mobil til at holde styr på dine aftaler.'), 'ressourcer', opts)).toBe(true));
});
