/**
 * Phrasing classes of the case-bound building blocks (begrundelse, faktiske-oplysninger,
 * omfang, ressourcer), each with look-alikes that must stay absent. The sentences are written
 * for these tests the way caseworkers write — not taken from the evaluation letters.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter, type ElementId } from '../../../lib/letter/index';

const present = (text: string, id: ElementId) => analyzeLetter(text).elements[id].present;

// The law's criteria said again with a modal and the law's own object ("ikke i væsentlig grad
// vil kunne afhjælpe de varige følger af Deres nedsatte funktionsevne"): the possessive is the
// law's wording, not a fact of the case.
describe('begrundelse: the criteria of the law restated with a modal', () => {
  it.each([
    'Du får afslag på en el-scooter.\n\nBegrundelse\nVi vurderer, at en el-scooter ikke i væsentlig grad vil kunne afhjælpe de varige følger af din nedsatte funktionsevne.',
    'Du får afslag på en badebænk.\n\nBegrundelse\nDet er vores vurdering, at en badebænk heller ikke i væsentlig grad kunne lette Deres daglige tilværelse i hjemmet.',
    'Du får afslag på en badebænk.\n\nBegrundelse\nVi vurderer, at badebænken ikke vil kunne lette din hverdag i væsentlig grad.',
    'Du får afslag på en rollator.\n\nBegrundelse\nVi vurderer, at en rollator ikke i betydelig grad kan lette hans daglige livsførelse.',
  ])('hollow: %s', (t) => {
    const a = analyzeLetter(t);
    expect(a.elements.begrundelse.present).toBe(false);
    expect(a.elements.begrundelse.problem).toBe('kun-regel');
  });
  it.each([
    'Du får afslag på en el-scooter. En el-scooter vil ikke i væsentlig grad kunne lette din daglige tilværelse, fordi du allerede har en elkørestol, som du bruger hver dag.',
    'Du får afslag på en el-scooter. En el-scooter vil ikke i væsentlig grad kunne lette din daglige tilværelse, da du kun går ud to gange om ugen og bliver kørt af din søn.',
  ])('the criterion with a concrete reason still counts: %s', (t) => expect(present(t, 'begrundelse')).toBe(true));
});

// A cause inside what the citizen wrote in the application ("De har i Deres ansøgning
// anført, at De på grund af Deres sygdom har ekstra udgifter") is the citizen's reason for
// applying, not the authority's reason for the decision.
describe('begrundelse: a cause inside the citizen’s own account', () => {
  it.each([
    'Du får afslag på merudgifter. I din ansøgning skriver du, at du på grund af din sygdom har ekstra udgifter til vask. Du opfylder ikke betingelserne.',
    'Du får afslag på merudgifter. Du har i ansøgningen nævnt, at udgifterne skyldes din diabetes. Du opfylder ikke betingelserne.',
    'Du får afslag på merudgifter. Det fremgår af din ansøgning, at du som følge af din gigt køber særligt tøj. Betingelserne er ikke opfyldt.',
    'I får afslag på aflastning. I har på mødet fortalt, at I ønsker aflastning, fordi I er trætte. Betingelserne er ikke opfyldt.',
    'Deres ansøgning imødekommes ikke. De har i Deres ansøgning anført, at De grundet Deres allergi køber dyrere fødevarer. De opfylder ikke lovens betingelser.',
  ])('not a reason: %s', (t) => expect(present(t, 'begrundelse')).toBe(false));
  it.each([
    // The authority's own voice after the report.
    'Du får hjælp til rengøring. Du har oplyst, at du har ondt i ryggen, og vi giver dig derfor hjælp, fordi du ikke kan støvsuge.',
    // A professional's statement is a fact the authority relies on, not the citizen's account.
    'Du får afslag på en el-scooter. Af lægens udtalelse fremgår det, at du på grund af din gigt ikke kan gå længere end 100 meter, og vi vurderer derfor, at en el-scooter ikke er nødvendig, fordi du har en elkørestol.',
  ])('still a reason: %s', (t) => expect(present(t, 'begrundelse')).toBe(true));
});
