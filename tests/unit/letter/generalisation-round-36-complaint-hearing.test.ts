/**
 * Round 36: complaint guidance, deadline, reconsideration, hearing and main consideration in the writer's own
 * voice, batches ct/cu/cv measured once unseen before they were fixed. Written for these tests in our own words,
 * each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const el = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements;
const HEAD = 'Kære Bodil\n\nDu får ikke en ny kørestol nu. Den gamle kan repareres, og det har vi bestilt.\n\n';

describe('klagevejledning and klagefrist: guidance without the word "klage"', () => {
  it('"Synes du, det er forkert?" and then a deadline is guidance', () => {
    const e = el(`${HEAD}Synes du, det er forkert?\nSå giv mig besked inden fire uger efter, at du har fået dette brev.`);
    expect(e.klagevejledning.present).toBe(true);
    expect(e.klagefrist.present).toBe(true);
  });
  it('"Vi mener, det er forkert at …" with a start date is no guidance', () => {
    const e = el(`${HEAD}Vi mener, det er forkert at give en ny stol, når den gamle kan laves. Reparationen sker inden 2 uger.`);
    expect(e.klagevejledning.present).toBe(false);
    expect(e.klagefrist.present).toBe(false);
  });
  it('"inden for 4 uger" after "Er du ikke tilfreds?" is guidance', () =>
    expect(el(`${HEAD}Er du ikke tilfreds?\nKontakt mig inden for 4 uger efter, at du har modtaget brevet.`).klagevejledning.present).toBe(true));
  it('"Du har fire uger" after a disagreement is guidance with the right deadline', () => {
    const e = el(`${HEAD}Hvis du er uenig, så ring til mig. Du har fire uger, fra du har fået brevet.`);
    expect(e.klagevejledning.present).toBe(true);
    expect(e.klagefrist.present).toBe(true);
  });
  it('a plain "write within four weeks" with the way on to Ankestyrelsen is guidance and a deadline', () => {
    const e = el(`${HEAD}Vil du have det prøvet igen?\nSend mig en mail inden 4 uger efter, at du har fået brevet. Jeg tager så stilling på ny, og ender jeg samme sted, går sagen til Ankestyrelsen.`);
    expect(e.klagevejledning.present).toBe(true);
    expect(e.klagefrist.present).toBe(true);
  });
  it('papers to send within four weeks, with no Ankestyrelsen, are neither', () => {
    const e = el(`${HEAD}Send mig regningen fra cykelsmeden inden 4 uger efter, at du har fået brevet. Så betaler vi den.`);
    expect(e.klagevejledning.present).toBe(false);
    expect(e.klagefrist.present).toBe(false);
  });
  it('"Det skal være inden 4 uger efter, at din far har fået brevet" is the deadline', () =>
    expect(el(`${HEAD}I må gerne ringe, hvis I mener, vi har taget fejl. Det skal være inden 4 uger efter, at din far har fået brevet.`).klagefrist.present).toBe(true));
  it('"Det skal være inden 4 uger" after an ordinary sentence is no deadline', () =>
    expect(el(`${HEAD}I må gerne ringe, hvis stolen larmer. Det skal være inden 4 uger efter, at din far har fået den.`).klagefrist.present).toBe(false));
});

describe('genvurdering: looking again after the plain deadline', () => {
  it('"Er du uenig, så skriv … Jeg ser på det igen." is a reconsideration', () =>
    expect(el(`${HEAD}Er du uenig, så skriv til mig inden 4 uger efter, at du har fået brevet. Så ser jeg på det igen.`).genvurdering.present).toBe(true));
  it('"… så kigger vi på det hele forfra" before Ankestyrelsen is a reconsideration', () =>
    expect(el(`${HEAD}Ring til os inden fire uger, fra du har fået brevet. Så kigger vi på det hele forfra. Ender vi samme sted, sender vi sagen til Ankestyrelsen.`).genvurdering.present).toBe(true));
  it('papers sent within a deadline and then "we look again" is none', () =>
    expect(el(`${HEAD}Send os lægens erklæring inden 4 uger. Så ser vi på det igen.`).genvurdering.present).toBe(false));
});

describe('partshoering: the party read the papers and answered', () => {
  it('"Efter at have læst notatet svarede du …" is a hearing', () =>
    expect(el(`${HEAD}Efter at have læst mit referat fra besøget svarede du den 3. februar, at stolen stadig kan bruges.`).partshoering.present).toBe(true));
  it('the caseworker reading a statement is none', () =>
    expect(el(`${HEAD}Efter at have læst lægens udtalelse har vi besluttet at reparere stolen.`).partshoering.present).toBe(false));
  it('a record sent to the party and answered is a hearing', () =>
    expect(el(`${HEAD}Du fik opgørelsen over reparationerne tilsendt den 2. februar, og du svarede den 6. februar, at den passede.`).partshoering.present).toBe(true));
  it('a record sent with no answer is none', () =>
    expect(el(`${HEAD}Du fik opgørelsen over reparationerne tilsendt den 2. februar.`).partshoering.present).toBe(false));
});

describe('hovedhensyn: "fyldte mest for" the decision-maker', () => {
  it('"Det, der fyldte mest for os, var, at …" is the main consideration', () =>
    expect(el(`${HEAD}Det, der fyldte mest for os, var, at den gamle stol passer til dine ben og kan køre i to år endnu.`).hovedhensyn.present).toBe(true));
  it('"det, der fyldte mest for dig" is the party\'s own', () =>
    expect(el(`${HEAD}Du sagde, at det, der fyldte mest for dig, var farven på stolen.`).hovedhensyn.present).toBe(false));
});
