/**
 * Round 64: formaal, omfang and opfoelgning — "formål" as a plain plural after a word of number or kind, a "så" clause
 * inside the reason why a refused thing is not needed, what an aid "vil gøre det muligt for dig", help kept in one
 * sentence with its amount in the next ("Den består af …"), the facts heading under a header of field lines, a price
 * "for et halvt år" and a grant table's "Periode" column, held-out sets 46 and 47 measured once before they were fixed.
 * Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const opts = { date: new Date('2026-03-10T12:00:00') };
const END = '\n\nKlagevejledning\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nKarin Bo\nSagsbehandler\n';

describe('formaal: "formål" as a plain plural', () => {
  const car = (s: string) =>
    'Afslag på støtte til bil\n\nDu har søgt om støtte til køb af bil. Du får afslag.\n\nVurdering\nVi har lagt vægt på, at du kan tage bussen. ' + s + END;
  it('"kørslen skal dække mange forskellige formål" names no aim of the help', () =>
    expect(present(car('Efter praksis skal kørslen dække mange forskellige formål i hverdagen.'), 'formaal', opts)).toBe(false));
  it('"Formålet med bilen er, at du kan …" stays an aim', () =>
    expect(present(car('Formålet med bilen er, at du kan komme til arbejde.'), 'formaal', opts)).toBe(true));
});

describe('formaal: a "så" clause inside the reason a refused thing is not needed', () => {
  const aids = (s: string) =>
    'Svar om hjælpemidler\n\nDu har søgt om en badestol og en ny bruseniche. Vi bevilger badestolen. Du får afslag på brusenichen.\n\n' + s + END;
  it('"ikke nødvendig, fordi stolen kan vippes, så du kan …" is the reason to refuse the rest', () =>
    expect(present(aids('En ny bruseniche er ikke nødvendig, fordi badestolen kan stilles lavt, så du kan sidde sikkert i det brusebad, du har.'), 'formaal', opts)).toBe(false));
  it('"Badestolen skal bruges, så du kan sidde sikkert" stays an aim', () =>
    expect(present(aids('Vi bevilger badestolen, så du kan sidde sikkert, mens du går i bad.'), 'formaal', opts)).toBe(true));
});

describe('formaal: what the aid "vil gøre det muligt for dig"', () => {
  const lift = (s: string) =>
    'Tilskud til lænestol\n\nDu får et tilskud på 4.000 kr. til en lænestol med løft.\n\nVurdering\n' + s + END;
  it('"vil gøre det muligt for dig at rejse dig selv" is an aim', () =>
    expect(present(lift('Terapeuten vurderer, at stolen vil gøre det muligt for dig at komme op af stolen uden hjælp.'), 'formaal', opts)).toBe(true));
  it('"vil ikke gøre det muligt for dig" is no aim', () =>
    expect(present(lift('Terapeuten vurderer, at en massagefunktion ikke vil gøre det muligt for dig at komme op af stolen.'), 'formaal', opts)).toBe(false));
});

describe('omfang: help kept in one sentence, its amount in the next', () => {
  const kept = (first: string) =>
    'Afslag på plejebolig\n\nDu har søgt om en plejebolig. Du får afslag på plejebolig.\n\n' + first +
    ' Den består af et besøg om morgenen og et besøg om aftenen hver dag.\n\nVi har lagt vægt på, at du klarer dig om natten.' + END;
  it('"Du beholder din hjemmepleje. Den består af … hver dag" is the scope that goes on', () =>
    expect(present(kept('Du beholder din nuværende hjemmepleje.'), 'omfang', opts)).toBe(true));
  it('"Du beholder ikke …" before it grants no scope', () =>
    expect(present(kept('Din hjemmepleje har du ikke søgt om at beholde, og du beholder ikke din hjemmepleje, når du flytter.'), 'omfang', opts)).toBe(false));
});

describe('omfang: the facts heading under a header of field lines', () => {
  const minutes = (heading: string) =>
    'Borger: Ole Lund\nSag: 12-345\nAnsøgt: Botilbud\n' + heading + '\nBorgeren går på værkstedet tre dage om ugen og passer dyrene.\n\n' +
    'Afgørelse\nUdvalget bevilger en plads i botilbud med indflytning den 1. juni 2026.' + END;
  it('what the citizen does under "Sagsfremstilling" is no scope granted', () =>
    expect(present(minutes('Sagsfremstilling'), 'omfang', opts)).toBe(false));
  it('the same sentence under a heading that is no facts heading still counts', () =>
    expect(present(minutes('Indhold i tilbuddet'), 'omfang', opts)).toBe(true));
});

describe('opfoelgning: a price "for et halvt år"', () => {
  const ends = (s: string) =>
    'Afslutning af din træning\n\nDin træning afsluttes den 20. marts 2026, fordi målene er nået.\n\nTræning bagefter\n' + s + END;
  it('"Holdet koster 200 kr. for et halvt år" is no duration of help', () =>
    expect(present(ends('Den lokale idrætsforening har et hold for seniorer. Holdet koster 200 kr. for et halvt år.'), 'opfoelgning', opts)).toBe(false));
  it('"Du får 2.000 kr. for et år" in a grant stays a duration', () =>
    expect(present('Tilskud til træning\n\nVi bevilger et tilskud. Du får 2.000 kr. for et år ad gangen.' + END, 'opfoelgning', opts)).toBe(true));
});

describe('opfoelgning: a grant table\'s "Periode" column', () => {
  const table = (to: string) =>
    'Afgørelse om samværstilbud\n\nDu får bevilget 2 dage om ugen i samværstilbuddet.\n\nIndsats\n\nBevilget\n\nPeriode\n\nSamværstilbud\n\n2 dage om ugen\n\n' +
    `1. april 2026 – ${to}` + '\n\nVi har lagt vægt på, at du bliver træt efter en dag ude.' + END;
  it('a period that still runs at the letter\'s date is how long help lasts', () =>
    expect(present(table('31. december 2026'), 'opfoelgning', opts)).toBe(true));
  it('a bare date range with no "Periode" head says nothing', () =>
    expect(present(table('31. december 2026').replace('Periode\n\n', 'Sted\n\n'), 'opfoelgning', opts)).toBe(false));
});
