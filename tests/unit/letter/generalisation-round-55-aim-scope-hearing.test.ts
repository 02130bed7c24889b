/**
 * Round 55: formaal, omfang, klagevejledning and partshoering, batches eb and ec measured once unseen before they were
 * fixed. Written for these tests in our own words, each with a look-alike.
 *
 * formaal: "skal der tages hensyn til" after the help is a rule on the measure; "fordi nogen skal give X" is a need; in a
 * change, a "så" clause on the citizen's own wish is why she wants it.
 * omfang: "fortsætter uændret med 40 timer om ugen" beside a refused increase is the scope that goes on; a helper named
 * with the title right before the name ("familiebehandler Rikke Dam") who comes home is the help.
 * klagevejledning: "Hvis du ikke er enig og vil klage, så skriv til mig" is how to complain.
 * partshoering: "høre dig fortælle" is listening; "I fik et brev om, at vi overvejede …, og I svarede …" is a hearing.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

type Id = 'formaal' | 'omfang' | 'klagevejledning' | 'partshoering';
const el = (t: string, id: Id) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements[id].present;
const END = '\n\nVenlig hilsen\nMette Lind\nSocialrådgiver\n';

describe('formaal: rules, needs and wishes are no aim', () => {
  it('"Når timerne fastsættes, skal hjælpen der …" — no: "Ved beregningen af hjælpen skal der tages hensyn til" is a rule', () =>
    expect(el('Kære Ole\n\nVi nedsætter din hjælp fra 30 til 25 timer om ugen fra 1. april. Ved beregningen af hjælpen skal der tages hensyn til det, din samlever naturligt hjælper med.' + END, 'formaal')).toBe(false));
  it('the help\'s own aim after "skal" still counts', () =>
    expect(el('Kære Ole\n\nVi nedsætter din hjælp fra 30 til 25 timer om ugen fra 1. april. Hjælpen skal give dig ro til at klare dagen selv.' + END, 'formaal')).toBe(true));
  it('"fordi nogen skal give Karla medicin" is a need told as a reason', () =>
    expect(el('Kære Søren\n\nVi bevilger dig tabt arbejdsfortjeneste 10 timer om ugen. Du har fortalt, at du er gået ned i tid, fordi nogen skal give Karla medicin midt på dagen.' + END, 'formaal')).toBe(false));
  it('the helper who shall help the child by name is an aim', () =>
    expect(el('Kære Søren\n\nVi bevilger en kontaktperson 3 timer om ugen. Kontaktpersonen skal hjælpe Karla med at finde venner i klubben.' + END, 'formaal')).toBe(true));
  it('in a change, a "så" clause on the citizen\'s own wish is why she wants it', () =>
    expect(el('Kære Hanne\n\nVi nedsætter din støtte fra 20 til 15 timer om ugen fra 1. april. Vi har lagt vægt på dit ønske om at trappe ned, så du kan hente Bo fra skole om onsdagen.' + END, 'formaal')).toBe(false));
  it('in a change, the help\'s own "så" clause still counts', () =>
    expect(el('Kære Hanne\n\nVi nedsætter din støtte fra 20 til 15 timer om ugen fra 1. april. Støtteren kommer om morgenen, så du kan komme godt i gang med dagen.' + END, 'formaal')).toBe(true));
});

describe('omfang: help that goes on, and a helper named by title', () => {
  const refusal = (line: string) =>
    'Kære Jens\n\nDu har søgt om at få din ordning sat op fra 40 til 50 timer om ugen. Vi giver dig afslag på flere timer.\n\n' + line + END;
  it('"fortsætter uændret med 40 timer om ugen" beside a refused increase is the scope that goes on', () =>
    expect(el(refusal('Din ordning fortsætter uændret med 40 timer om ugen.'), 'omfang')).toBe(true));
  it('the applied-for amount alone is not', () => expect(el(refusal('Vi har vurderet dit behov grundigt.'), 'omfang')).toBe(false));
  const visit = (intro: string) =>
    `Kære Anne og Lars\n\n${intro} Rikke kommer hjem til jer 1 gang om ugen, 2 timer ad gangen. Det er familiebehandling efter barnets lov.` + END;
  it('a helper named with the title right before the name who comes home is the help', () =>
    expect(el(visit('I kan starte hos familiebehandler Rikke Dam i uge 12.'), 'omfang')).toBe(true));
  it('a named person who comes home, never brought in as a helper, is not', () =>
    expect(el(visit('Vi har talt med jer om, hvordan det går i familien.'), 'omfang')).toBe(false));
});

describe('klagevejledning: disagreeing and wishing to complain joined by "og"', () => {
  const mail = (line: string) => 'Hej Kim\n\nVi ændrer dit dagtilbud fra 5 til 4 dage om ugen fra 1. maj.\n\n' + line + END;
  it('"Hvis du ikke er enig og vil klage, så skriv til mig" tells how to complain', () =>
    expect(el(mail('Hvis du ikke er enig og vil klage, så skriv til mig her på mailen.'), 'klagevejledning')).toBe(true));
  it('"Hvis du er uenig og vil tale om det" is no complaint guidance', () =>
    expect(el(mail('Hvis du er uenig og vil tale om det, så skriv til mig her på mailen.'), 'klagevejledning')).toBe(false));
});

describe('partshoering: listening is no hearing; the answer with its own subject is', () => {
  it('"godt at høre dig fortælle om jeres dag" is listening', () =>
    expect(el('Kære Inge\n\nTak for besøget den 3. marts. Det var godt at høre dig fortælle om jeres dag. Du får afløsning hver torsdag.' + END, 'partshoering')).toBe(false));
  it('"Vi har hørt dig om oplysningerne" is a hearing', () =>
    expect(el('Kære Inge\n\nVi har hørt dig om oplysningerne fra hjemmeplejen, før vi besluttede. Du får afløsning hver torsdag.' + END, 'partshoering')).toBe(true));
  it('a letter on what we considered, and "og I svarede" with its own subject, is a hearing', () =>
    expect(el('Kære Maja og Per\n\nI fik den 2. marts et brev om, at vi overvejede at sætte støtten ned, og I svarede den 9. marts, at I forstår det. Støtten er nu 2 timer om ugen.' + END, 'partshoering')).toBe(true));
  it('the same letter with no answer in the clause after "og" is not', () =>
    expect(el('Kære Maja og Per\n\nI fik den 2. marts et brev om, at vi overvejede at sætte støtten ned, og I har haft travlt med flytningen. Støtten er nu 2 timer om ugen.' + END, 'partshoering')).toBe(false));
});
