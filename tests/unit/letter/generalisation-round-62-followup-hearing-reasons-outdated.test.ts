/**
 * Round 62: opfoelgning, partshoering and begrundelse — a worry about "hvordan det går", the last day of ending help
 * said again as how long it runs, "senest den …, hvor …" as the last time something happened, the right to be heard
 * listed as a right, a conclusion drawn with "Så længe det går på den måde", an offer of other help behind "Vi gør
 * opmærksom på" and the steps to get it, and a cause that only says which law applies, held-out sets 44 and 45
 * measured once before they were fixed, and the unseen batches ef and eg. Written for these tests in our own words,
 * each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const opts = { date: new Date('2026-03-10T12:00:00') };
const END = '\n\nKlagevejledning\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nSus Holm\nRådgiver\n';

describe('opfoelgning: "hvordan det går" after a worry', () => {
  const stop = (line: string) =>
    'Afgørelse om ophør af familiebehandling\n\nKære Tina\n\nFamiliebehandlingen ophører den 30. april 2026 efter barnets lov § 32.\n\n' +
    'Begrundelse\nMålene er nået: Magnus kommer i skole hver dag, og I har faste rutiner om aftenen. ' + line + END;
  it('"du er bekymret for, hvordan det går uden behandleren" is the mother\'s worry, no follow-up', () =>
    expect(present(stop('Du har fortalt, at du er bekymret for, hvordan det går, når behandleren ikke kommer mere.'), 'opfoelgning', opts)).toBe(false));
  it('look-alike: "Jeg ringer i juni og hører, hvordan det går" is a follow-up', () =>
    expect(present(stop('Jeg ringer til dig i juni og hører, hvordan det går.'), 'opfoelgning', opts)).toBe(true));
});

describe('opfoelgning: the end day of help that stops, said again as how long it runs', () => {
  const stop = (line: string) =>
    'Ophør af tilskud til ansatte hjælpere\n\nKære Bent\n\nDit tilskud efter servicelovens § 95 ophører den 31. maj 2026, fordi du flytter til en anden kommune.\n\n' +
    line + END;
  it('"Tilskuddet løber til og med 31. maj" after "ophører den 31. maj" is the run-out, no duration', () =>
    expect(present(stop('Tilskuddet løber til og med 31. maj 2026, så du kan nå at sige dine hjælpere op.'), 'opfoelgning', opts)).toBe(false));
  it('look-alike: help that runs to another, later day is still how long it lasts', () =>
    expect(present(stop('Din hjemmehjælp efter § 83 er ikke berørt. Hjælpen løber til 30. september 2026, hvor vi ser på den igen.'), 'opfoelgning', opts)).toBe(true));
});

describe('opfoelgning: "senest den …, hvor …" as the last time something happened', () => {
  const grant = (line: string) =>
    'Du får et nødkald\n\nKære Ruth\n\nDu får bevilget et nødkald efter ældrelovens § 10.\n\nBegrundelse\n' +
    'Du er faldet i hjemmet flere gange i vinter. ' + line + END;
  it('"senest den 2. februar, hvor naboen fandt dig" is the last fall, no deadline', () =>
    expect(present(grant('Du har ikke kunnet rejse dig selv, senest den 2. februar, hvor din nabo fandt dig på gulvet.'), 'opfoelgning', opts)).toBe(false));
  it('look-alike: "Vi ser på ordningen igen senest den 1. september" is a follow-up', () =>
    expect(present(grant('Vi ser på ordningen igen senest den 1. september, hvor vi kommer på besøg.'), 'opfoelgning', opts)).toBe(true));
});

describe('partshoering: the right to be heard listed as a right', () => {
  const rights = (line: string) =>
    'Bevilling af aflastning\n\nKære Lise\n\nEmma får aflastning to weekender om måneden efter barnets lov § 32.\n\n' +
    'Dine rettigheder\n- Du kan få aktindsigt i sagen.\n- ' + line + END;
  it('"Emma har ret til at udtale sig, før der træffes afgørelse" is the rule, no hearing', () =>
    expect(present(rights('Emma har ret til at udtale sig, før der træffes afgørelse i hendes sag.'), 'partshoering', opts)).toBe(false));
  it('look-alike: the papers sent and the chance to speak to them is a hearing', () =>
    expect(present(rights('Du fik notatet tilsendt den 2. februar og havde ret til at udtale dig om det, før vi besluttede noget.'), 'partshoering', opts)).toBe(true));
});

describe('begrundelse: a conclusion drawn with "Så længe det går på den måde"', () => {
  const refusal = (facts: string) =>
    'Indkøbshjælp\n\nKære Erik\n\nVi bevilger ikke hjælp til indkøb.\n\n' + facts +
    ' Så længe det går på den måde, har du efter vores vurdering ikke brug for hjælp til indkøb.' + END;
  it('what was seen at the visit, then "Så længe det går på den måde, har du ikke brug for hjælp", is the reason', () =>
    expect(present(refusal('Ved besøget den 12. februar viste du os, at du bestiller dine varer på nettet, og at din søn bærer dem op hver fredag.'), 'begrundelse', opts)).toBe(true));
  it('look-alike: the same conclusion after the rule alone gives no reason', () =>
    expect(present(refusal('Du opfylder ikke betingelserne for hjælp efter kommunens kvalitetsstandard.'), 'begrundelse', opts)).toBe(false));
});

describe('begrundelse: an offer of other help behind a notice, and how to get it', () => {
  const refusal = (tail: string) =>
    'Afslag på trappelift\n\nKære Aase\n\nDu får afslag på en trappelift.\n\nBegrundelse\n' +
    'Du opfylder ikke betingelserne i servicelovens § 116.\n\n' + tail + END;
  it('"Vi gør opmærksom på, at du kan søge …" and the next sentence on the form are no reason', () =>
    expect(present(refusal('Vi gør opmærksom på, at du kan søge om en flytning til en stuelejlighed hos boligforeningen. Skemaet ligger på boligforeningens hjemmeside, eller du kan få det sendt ved at ringe til dem.'), 'begrundelse', opts)).toBe(false));
  it('look-alike: a concrete fact under the heading in its own paragraph still is the reason', () =>
    expect(present(refusal('Ved besøget gik du selv op og ned ad trappen til første sal uden at holde pause, og du har et soveværelse i stuen.'), 'begrundelse', opts)).toBe(true));
});

describe('begrundelse: a cause that only says which law applies', () => {
  const change = (line: string) =>
    'Ændring af rengøring\n\nKære Jonna\n\nFra 1. maj 2026 får du rengøring hver 14. dag i stedet for hver uge.\n\n' +
    line + ' Kommunalbestyrelsen har vedtaget et nyt serviceniveau, hvor rengøring gives hver 14. dag. Derfor ændres din hjælp.' + END;
  it('"Da du er 58 år, får du fortsat hjælpen efter serviceloven" says why that law, no reason for the change', () =>
    expect(present(change('Da du endnu ikke er folkepensionist, får du fortsat hjælpen efter serviceloven.'), 'begrundelse', opts)).toBe(false));
  it('look-alike: a cause from the case tied to the change is the reason', () =>
    expect(present(change('Da du selv støvsuger stuen og køkkenet ugentligt, kan rengøringen klares hver 14. dag.'), 'begrundelse', opts)).toBe(true));
});

describe('foraeldet-henvisning: the new law cited is not outdated (h44-27 checked against the guide)', () => {
  const child = (basis: string) =>
    'Afslag på kontaktperson\n\nKære Susanne\n\nDin søn Oliver, cpr-nr. 070611-4318, får ikke en fast kontaktperson.\n\n' +
    `Ansøgningen er behandlet efter ${basis}. Oliver har ikke et behov for særlig støtte.` + END;
  it('"barnets lov § 32" in a child\'s case from December 2024 is the current rule', () =>
    expect(present(child('barnets lov § 32'), 'foraeldet-henvisning', { date: new Date('2024-12-13T12:00:00') })).toBe(false));
  it('look-alike: "servicelovens § 52" in the same letter is outdated', () =>
    expect(present(child('servicelovens § 52'), 'foraeldet-henvisning', { date: new Date('2024-12-13T12:00:00') })).toBe(true));
});
