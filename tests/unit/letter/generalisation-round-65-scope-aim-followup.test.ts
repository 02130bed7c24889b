/**
 * Round 65: omfang, formaal and opfoelgning — a change that keeps the help and moves only its time, the old amount the
 * help "har hidtil svaret til", what a report "har beskrevet" the citizen does on their own, the "not" on the verb of
 * judging before the law's test of necessity, and a bare "i perioden" that points back, held-out sets 48 and 49 measured
 * once before they were fixed. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const opts = { date: new Date('2026-03-10T12:00:00') };
const END = '\n\nKlagevejledning\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nKarin Bo\nSagsbehandler\n';

describe('omfang: a change that keeps the help and moves only its time', () => {
  const moved = (s: string) =>
    'Ændring af din hjemmehjælp\n\nKære Bent\n\nDu har en fast ordning, hvor hjemmeplejen kommer hver aften, 5 dage om ugen, og hjælper dig i seng.\n\n' +
    'Vi har besluttet at flytte aftenbesøget. Fra 1. april kommer hjælperen mellem kl. 20 og 20.30 i stedet for kl. 19. ' + s + END;
  it('"det er kun tidspunktet, der ændres": the help the citizen has goes on', () =>
    expect(present(moved('Du får den samme hjælp som nu, og det er kun tidspunktet, der ændres.'), 'omfang', opts)).toBe(true));
  it('without saying the help stays the same, what the citizen has is the old help', () =>
    expect(present(moved('Vi ringer til dig efter en måned og hører, hvordan det går.'), 'omfang', opts)).toBe(false));
});

describe('omfang: the old amount the help "har hidtil svaret til"', () => {
  const ends = (s: string) =>
    'Ophør af tilskud til hjælper\n\nDit tilskud til at ansætte hjælpere ophører den 30. april 2026, fordi du er flyttet i plejebolig, hvor vi har bevilget dig en bolig. ' + s + END;
  it('"har hidtil svaret til 40 timers hjælp om ugen" is the help that ends', () =>
    expect(present(ends('Tilskuddet har hidtil svaret til 40 timers hjælp om ugen.'), 'omfang', opts)).toBe(false));
  it('"Tilskuddet fortsætter uændret med 40 timer om ugen" is help that goes on', () =>
    expect(present('Ændring af tilskud til hjælper\n\nDit tilskud ændres, så det nu udbetales den 1. i måneden. Tilskuddet fortsætter uændret med 40 timer om ugen.' + END, 'omfang', opts)).toBe(true));
});

describe('omfang: what a report "har beskrevet" the citizen does on their own', () => {
  const meals = (s: string) =>
    'Ophør af madordning\n\nDin madordning ophører den 31. marts 2026, fordi du igen kan lave mad. Vi har bevilget dig et køkkenredskab. ' + s + END;
  it('"har beskrevet, at du selv laver mad fire dage om ugen" is no help granted', () =>
    expect(present(meals('Ergoterapeuten har i sin status beskrevet, at du nu selv laver mad fire dage om ugen.'), 'omfang', opts)).toBe(false));
  it('"Du får fortsat rengøring hver 14. dag" beside it is help that goes on', () =>
    expect(present(meals('Du får fortsat rengøring hver 14. dag, som du har i dag.'), 'omfang', opts)).toBe(true));
});

describe('formaal: the "not" on the verb of judging before the test of necessity', () => {
  const lift = (s: string) =>
    'Afslag på trappelift\n\nDu har søgt om en trappelift. Du får afslag.\n\nVurdering\nDu kan gå på trapper med gelænder. ' + s + END;
  it('"Vi vurderer ikke, at en lift er nødvendig, for at du kan …" is the law\'s condition', () =>
    expect(present(lift('Vi vurderer derfor ikke, at en lift er nødvendig, for at du kan blive i din bolig.'), 'formaal', opts)).toBe(false));
  it('"Vi bevilger gelænderet, for at du kan …" stays an aim', () =>
    expect(present(lift('Vi bevilger i stedet et ekstra gelænder, for at du kan gå sikkert på trappen.'), 'formaal', opts)).toBe(true));
});

describe('opfoelgning: a bare "i perioden" that points back', () => {
  const refusal = (s: string) =>
    'Afslag på dækning af merudgifter\n\nI har søgt om dækning af merudgifter, mens Ida er i behandling. I får afslag.\n\nAnden hjælp\n' + s + END;
  it('"hjemmearbejde i perioden." says nothing of how long help lasts', () =>
    expect(present(refusal('I kan tale med jeres arbejdsgivere om fridage eller hjemmearbejde i perioden.'), 'opfoelgning', opts)).toBe(false));
  it('"i perioden 1. april til 30. juni" with a span still names how long help lasts', () =>
    expect(present('Bevilling af aflastning\n\nI får aflastning i perioden 1. april til 30. juni 2026.' + END, 'opfoelgning', opts)).toBe(true));
});
