/**
 * Round 51: omfang, vejledning-andre-ydelser and decision type. A count of visits with an aside between dashes before
 * its period ("to besøg – formiddag og aften – hver dag") is a scope; the writer's own "jeg skriver" is no report of
 * what someone wrote; the granted hours or money named back as what is used ("bruge timerne til") is no other help; a
 * need the citizen no longer has ("det har du ikke længere") ends no help; and the thing applied for refused with a
 * plain verb ("Du kommer ikke i et plejehjem") is a refusal. Batches dv, dw and dx measured once unseen before they
 * were fixed. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const run = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') });
const scope = (t: string) => run(t).elements.omfang.present;
const guide = (t: string) => run(t).elements['vejledning-andre-ydelser'].present;
const type = (t: string) => run(t).decisionType;

describe('omfang: an aside between dashes, and the writer telling', () => {
  const NO = 'Kære Poul\n\nDu har bedt om et besøg mere om natten. Vi sætter ikke et ekstra besøg ind.\n\n';
  it('a count of visits with the times between dashes, then the period', () =>
    expect(scope(`${NO}Dine tre besøg – formiddag, eftermiddag og aften – fortsætter hver dag.`)).toBe(true));
  it('the same aside in what a relative says the citizen does is no scope', () =>
    expect(scope(`${NO}Din søn har fortalt, at han ringer to gange – formiddag og aften – hver dag.`)).toBe(false));
  const OK = 'Hej Sara\n\n';
  it('"jeg skriver … at du er bevilget" with an amount is the grant', () =>
    expect(scope(`${OK}Jeg skriver for at bekræfte, at du er bevilget ledsagelse i 12 timer om måneden.`)).toBe(true));
  it('what someone else writes about the citizen\'s week is no grant', () =>
    expect(scope(`${OK}Du er bevilget ledsagelse. Din kontaktperson skriver, at du går til svømning 2 gange om ugen.`)).toBe(false));
});

describe('vejledning-andre-ydelser: the granted hours named back', () => {
  const OK = 'Hej Sara\n\nDu er bevilget ledsagelse 12 timer om måneden.\n\n';
  it('"det kan du godt bruge timerne til" is how the grant may be spent', () =>
    expect(guide(`${OK}Du vil gerne til koncerter, og det kan du godt bruge timerne til.`)).toBe(false));
  it('another offer used is still guidance', () =>
    expect(guide(`${OK}Du kan også bruge Dansk Blindesamfunds ledsagerordning til koncerter.`)).toBe(true));
});

describe('decision type: a need gone and a plain refusal', () => {
  it('an application to keep help, refused, with the need said to be gone', () =>
    expect(type('Kære Ali\n\nDu bad om at beholde din mentor, efter du fylder 18. Din mentor fortsætter derfor ikke. Du har fået styr på skole og økonomi, og behovet for støtte har du efter vores vurdering ikke længere.')).toBe('afslag'));
  it('help said to stop because the right is gone is still a change', () =>
    expect(type('Kære Ali\n\nVi har set på din støtte igen. Du har ikke længere ret til støtte fra din mentor, og den stopper 1. maj.')).toBe('aendring'));
  it('the thing applied for refused with a plain verb', () =>
    expect(type('Kære Hans\n\nDu har søgt om en plads på et plejehjem. Vi har talt med dig og din datter. Du kommer ikke på et plejehjem nu.')).toBe('afslag'));
  it('a plain verb negated about something else than the application is no result', () =>
    expect(type('Kære Hans\n\nDu har søgt om en plads på et plejehjem. Vi har talt med dig og din datter. Du kommer ikke ud af huset om vinteren.')).not.toBe('afslag'));
});
