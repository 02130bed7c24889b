/**
 * Round 63: omfang, formaal and opfoelgning — the noun "bad" before a time read as "bad om" (asked for), the place of work
 * in a compound, help given anew from a date in the passive beside old help that ends, the answer "det bliver …" after the
 * application, an open activity joined by signing up, the aim of ended help with "Den skulle sørge for", and a "Periode:"
 * field with a length; the unseen batches eh and ei measured once before they were fixed. Written for these tests in our
 * own words, each with a look-alike.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { present } from './present';

const opts = { date: new Date('2026-05-01T12:00:00') };
const END = '\n\nHvis du vil klage\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nOle Dam\nSagsbehandler\n';
const has = (t: string, id: Parameters<typeof present>[1]) => present(t, id, opts);
// (The first analysis compiles the pack; on a busy host that may take longer than one test's time.)

const bath = (kept: string) =>
  'Svar om mere hjælp til bad\n\nKære Inger\n\nDu har spurgt, om du kan få hjælp til bad tre gange om ugen. Det kan vi ikke give dig. ' + kept +
  '\n\nHvorfor?\nDu klarer selv at vaske dig ved vasken de andre dage.' + END;
beforeAll(() => void has(bath('Du får fortsat hjælp til bad 1 gang om ugen.'), 'omfang'), 60_000);
describe('omfang: the noun "bad" before a time is no "bad om" (asked for)', () => {
  it('"Dit bad om fredagen fortsætter som hidtil – 2 gange om ugen" keeps the scope', () =>
    expect(has(bath('Dit bad om fredagen fortsætter som hidtil – 2 gange om ugen, med hjælp til ryg og fødder.'), 'omfang')).toBe(true));
  it('"Din datter bad om, at det fortsatte som hidtil – 2 gange om ugen" is what was asked, no scope', () =>
    expect(has(bath('Din datter bad om, at det fortsatte som hidtil – 2 gange om ugen, med hjælp til ryg og fødder.'), 'omfang')).toBe(false));
});

const car = (work: string) =>
  'Svar på din ansøgning om støtte til bil\n\nKære Per\n\nVi kan ikke give dig støtte til køb af bil.\n\nHvorfor?\nDu kan selv gå hen til bussen, ' + work + END;
describe('omfang: the place of work in a compound is the citizen\'s own week', () => {
  it('"og du skal kun være på arbejdspladsen tre dage om ugen" is no scope', () =>
    expect(has(car('og du skal kun være på arbejdspladsen tre dage om ugen.'), 'omfang')).toBe(false));
  it('"arbejdsfortjeneste" stays the help: "Vi dækker din tabte arbejdsfortjeneste 15 timer om ugen" is a scope', () =>
    expect(has('Tabt arbejdsfortjeneste\n\nKære Lene\n\nVi bevilger dig dækning af tabt arbejdsfortjeneste. Vi dækker din tabte arbejdsfortjeneste 15 timer om ugen.' + END, 'omfang')).toBe(true));
});

const change = (newHelp: string) =>
  'Ændring af aflastning for Emil\n\nKære Sara og Jens\n\nVi har besluttet at ændre Emils aflastning.\n\n' + newHelp +
  ' Den hidtidige aflastning om lørdagen ophører samtidig.' + END;
describe('omfang: help given anew from a date in the passive, beside old help that ends', () => {
  it('"Fra den 1. juni 2026 gives aflastningen som 3 eftermiddage om ugen" is the new scope', () =>
    expect(has(change('Fra den 1. juni 2026 gives aflastningen som 3 eftermiddage om ugen i Solstrålen.'), 'omfang')).toBe(true));
  it('"Fra den 1. juni 2026 gives der ikke længere aflastning 3 eftermiddage om ugen" is no scope', () =>
    expect(has(change('Fra den 1. juni 2026 gives der ikke længere aflastning 3 eftermiddage om ugen i Solstrålen.'), 'omfang')).toBe(false));
});

const becomes = (answer: string) =>
  'Aflastning til Ida\n\nKære Maria og Søren\n\nIda får aflastning, men ikke så meget, som I bad om. I søgte om tre døgn om ugen; ' + answer +
  '\n\nHvorfor?\nIda har brug for ro i hverdagen.' + END;
describe('omfang: the answer said as what it becomes after the application', () => {
  it('"I søgte om tre døgn om ugen; det bliver to døgn om ugen" grants the new scope', () =>
    expect(has(becomes('det bliver to døgn om ugen.'), 'omfang')).toBe(true));
  it('"…; det bliver ikke to døgn om ugen" stays no scope', () =>
    expect(has(becomes('det bliver ikke to døgn om ugen, men vi ser på det igen.').replace('Ida får aflastning, men ikke så meget, som I bad om.', 'Ida får ikke aflastning.'), 'omfang')).toBe(false));
});

const stops = (offer: string) =>
  'Din madservice stopper\n\nKære Poul\n\nDu kan nu lave mad selv igen, og derfor stopper din madservice den 30. juni 2026.\n\n' +
  'Hvis du savner selskab\n' + offer + END;
describe('omfang: an open activity joined by signing up or paid for is no help granted', () => {
  it('"I Seniorhuset er der fælles frokost hver torsdag kl. 12. Du skal bare melde dig til" is no scope', () =>
    expect(has(stops('I Seniorhuset er der fælles frokost hver torsdag kl. 12. Du skal bare melde dig til hos værten.'), 'omfang')).toBe(false));
  it('help granted to the citizen beside the same sign-up stays a scope: "Vi bevilger dig i stedet hjælp til indkøb 1 gang om ugen"', () =>
    expect(has(stops('Vi bevilger dig i stedet hjælp til indkøb 1 gang om ugen. Du skal bare melde dig til hos værten.'), 'omfang')).toBe(true));
});

const ended = (aim: string) =>
  'Din madservice stopper\n\nKære Grethe\n\nDin madservice stopper den 30. juni 2026. Madservicen blev sat i gang, da du havde brækket armen. ' + aim +
  '\n\nHvorfor?\nDu kan nu selv stå ved komfuret.' + END;
describe('formaal: the aim of ended help, "Den skulle sørge for, at …"', () => {
  it('after the service named, "Den skulle sørge for, at du fik varm mad" is the aim', () =>
    expect(has(ended('Den skulle sørge for, at du fik varm mad, mens armen blev god igen.'), 'formaal')).toBe(true));
  it('after the supplier named, "Den skulle sørge for, at kassen blev hentet" is its duty, no aim', () =>
    expect(has(ended('Leverandøren fik besked om det. Den skulle sørge for, at kassen blev hentet.'), 'formaal')).toBe(false));
});

const note = (period: string) =>
  'Bevillingsnotat\n\nBorger: Aase Holm\nYdelse: Genoptræning efter serviceloven § 86, stk. 1\nBevilget som søgt.\n\nOmfang: 2 x ugentligt på holdet.\n' +
  period + '\n\nSagsbehandler: Kim Lund';
describe('opfoelgning: a "Periode:" field with the help\'s length', () => {
  it('"Periode: 10 uger" says how long the help lasts', () => expect(has(note('Periode: 10 uger fra opstart.'), 'opfoelgning')).toBe(true));
  it('"Ansøgt periode: 10 uger" is the application, no follow-up', () =>
    expect(has(note('Ansøgt periode: 10 uger fra opstart.'), 'opfoelgning')).toBe(false));
});
