/**
 * Round 36: scope, follow-up and purpose, batches ct/cu/cv measured once unseen before they were
 * fixed. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

describe('omfang: help with a task every evening or on a weekday, no number', () => {
  it.each([
    'Du får hjælp til at komme i seng hver aften.',
    'Vi ændrer tidspunktet. Besøget er det samme: hjælp til at tage strømperne af og gå i seng, hver aften.',
    'Du får hjælp til indkøb hver torsdag.',
  ])('present: %s', (t) => expect(present(t, 'omfang')).toBe(true));
  it.each([
    // Help had before, in another clause, or someone else's offer.
    'Din morgenhjælp ophører. Det drejer sig om den hjælp til bad, du har fået hver morgen siden maj.',
    'Du får afslag på støtte. Har du brug for hjælp til at lægge et budget, tilbyder kommunen gratis rådgivning hver onsdag.',
  ])('absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});

describe('omfang: the citizen\'s own hours or programme, a named share of an expense', () => {
  it.each([
    'Vi bevilger tilskud. Kommunen dækker Sofies særlige udgifter med 600 kr. om måneden.',
    'Du får støtte. En pædagog fra Familiecentret, Lise Holm, kommer hjem til jer hver torsdag fra kl. 16 til 17.30.',
  ])('present: %s', (t) => expect(present(t, 'omfang')).toBe(true));
  it.each([
    'Du har bedt om, at kommunen betaler den løn, du mister, hvis du går ned til 25 timer om ugen. Det kan vi ikke.',
    'Din træning stopper den 1. maj. Inden da får du et øvelsesprogram med hjem, som du kan lave tre gange om ugen.',
  ])('absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});

describe('opfoelgning: an amount worked out again, a call and then a new look', () => {
  it.each([
    'Du får 400 kr. om måneden. Vi regner beløbet igennem igen i marts 2027.',
    'Du får ikke en plejebolig nu. Vi ringer til dig, når lægens svar er kommet og senest i juni, og så ser vi på det igen.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
  it.each([
    // A recalculation already made, a call with no new look, and a sum that falls short.
    'Du får 400 kr. om måneden. Vi regnede beløbet igennem igen i marts, da du sendte nye kvitteringer.',
    'Du får en kørestol. Vi ringer til dig, når kørestolen er klar til levering.',
    'Du får afslag. Vi har regnet på dine udgifter og når desværre ikke frem til et beløb, der kan dækkes.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
});

describe('formaal: what the help is there for, said plainly', () => {
  it.each([
    'Du får aflastning. Aflastningen er fortsat til for, at I kan få ro til søskende.',
    'Du får en bademåtte med sug. Måtten skal netop gøre, at du kan stå sikkert under bruseren.',
    'Du får bostøtte 3 timer om ugen.\n\nDet skal bostøtten hjælpe dig med\n\nat få styr på dine regninger',
    'Jonas\' mentor, Emil, stopper til sommer. Han skulle hjælpe Jonas i gang med en uddannelse.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    // A rule's purpose, the purpose of sending the letter, an empty field under a label, and a relative.
    'Du får aflastning. Reglerne er til for, at alle familier behandles ens.',
    'Du får afslag på en rollator. Jeg sender svaret til din søn, så I kan læse det sammen.',
    'Du får en kørestol.\n\nFormål med hjælpemidlet:\n[Formål]\n\nLevering: Depotet ringer til dig.',
    'Din søn Peter har ringet. Han skal hjælpe Jonas med flytningen.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});
