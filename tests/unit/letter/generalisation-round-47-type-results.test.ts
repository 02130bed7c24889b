/**
 * Round 47: results told without the usual decision words (a law sentence that ends in this case's conclusion, a need
 * denied with "der er", a choice not to act, a move to a foster family named by surname), a change of existing help told
 * as a new amount beside the amount had until now (more or less), the training one can come to as the granted part, and
 * what is no result (receiving several decisions, another body's words quoted in a journal line) (decisionType), batches
 * dq–ds measured once unseen before they were fixed. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const opts = { date: new Date('2026-03-01T12:00:00') };
const type = (t: string) => analyzeLetter(t, opts).decisionType;
const GRANT = 'Kære Anna\n\nDu får en ny bruseniche som boligindretning efter servicelovens § 116.\n\n';

describe('decisionType: a result told indirectly', () => {
  it('the rule quoted, then "og derfor kan vi ikke betale" for this case, is a refusal', () =>
    expect(type('Kære Bent\n\nTak for din ansøgning om en ergonomisk hovedpude. Efter servicelovens § 113 kan kommunen kun støtte forbrugsgoder, som koster mere end 500 kr., og derfor kan vi ikke betale for puden til 320 kr.\n\nHilsen Mette')).toBe('afslag'));
  it('the same rule quoted in a grant, with no conclusion for this case, refuses nothing', () =>
    expect(type(`${GRANT}Efter servicelovens § 113 kan kommunen ikke give tilskud til forbrugsgoder, som koster under 500 kr., så det gælder kun dyrere ting.`)).toBe('bevilling'));
  it('"Vi vurderer ikke, at der i øjeblikket er behov for …" is a refusal', () =>
    expect(type('Kære Poul\n\nDu har spurgt efter en badebænk. Terapeuten så, at du står sikkert i brusebadet. Vi vurderer derfor ikke, at der i øjeblikket er behov for en badebænk.\n\nHilsen Lis')).toBe('afslag'));
  it('"Vi mener ikke, at der er noget i vejen med …" is no refusal', () =>
    expect(type('Kære Poul\n\nVi mener ikke, at der er noget i vejen med din nuværende stol.\n\nHilsen Lis')).not.toBe('afslag'));
  it('"Vi har valgt ikke at starte et forløb" is a refusal', () =>
    expect(type('Kære Rikke og Jonas\n\nI har bedt om hjælp til jeres søn. Vi har valgt ikke at starte et forløb med familiebehandling nu.\n\nHilsen Bo')).toBe('afslag'));
  it('"Du har tidligere valgt ikke at tage imod …" in a grant is the citizen\'s own choice', () =>
    expect(type(`${GRANT}Du har tidligere valgt ikke at tage imod et tilbud om en badetaburet.`)).toBe('bevilling'));
  it('a child moving to a foster family named by surname is a grant', () =>
    expect(type('Kære Peter\n\nOliver flytter ind hos familien Berg i Ry fredag den 6. november. Du har sagt ja til anbringelsen efter barnets lov § 46.\n\nHilsen Ane')).toBe('bevilling'));
  it('a child staying with the family at the weekend is no grant', () =>
    expect(type('Kære Peter\n\nOliver flytter ind hos familien i weekenden, mens I maler.\n\nHilsen Ane')).not.toBe('bevilling'));
});

describe('decisionType: a new amount beside the amount had until now', () => {
  it('less than before, the had amount after ("Hidtil har du fået … hver uge"), is a change', () =>
    expect(type('Kære Inge\n\nFra 1. maj 2026 får du hjælp til indkøb hver anden uge. Hidtil har du fået hjælp til indkøb hver uge.\n\nHilsen Per')).toBe('aendring'));
  it('more than before, the had amount first ("Før din operation havde du …"), is a change', () =>
    expect(type('Kære Arne\n\nFør din operation havde du besøg af hjemmeplejen 1 gang om dagen. Fra mandag den 4. maj kommer hjemmeplejen 2 gange om dagen.\n\nHilsen Per')).toBe('aendring'));
  it('the main-clause order ("Du har hidtil haft 3 timer om ugen") is a change', () =>
    expect(type('Kære Sune\n\nFra 1. juni får du bostøtte 2 timer om ugen. Du har hidtil haft 3 timer om ugen.\n\nHilsen Per')).toBe('aendring'));
  it('a first grant with help a daughter gave until now stays a grant', () =>
    expect(type('Kære Inge\n\nFra 1. maj får du hjælp til rengøring hver anden uge. Hidtil har din datter gjort rent for dig.\n\nHilsen Per')).toBe('bevilling'));
  it('more hours the citizen applied for, granted, stays a grant', () =>
    expect(type('Kære Sune\n\nDu har søgt om flere timer med bostøtte. Fra 1. juni får du 5 timer om ugen. Hidtil har du haft 3 timer om ugen.\n\nHilsen Per')).toBe('bevilling'));
});

describe('decisionType: the granted part, and what is no result', () => {
  it('"Du kan komme til holdtræning to gange om ugen" before the third refused is partial', () =>
    expect(type('Kære Else\n\nDu har søgt om genoptræning tre gange om ugen. Du kan komme til holdtræning to gange om ugen i 6 uger. Den tredje gang om ugen kan vi ikke give dig.\n\nHilsen Tove')).toBe('delvis'));
  it('a leisure activity one can come to in a refusal is no grant', () =>
    expect(type('Kære Else\n\nDu har søgt om en støttekontaktperson. Det kan vi ikke bevilge. Du kan komme til fællesspisning to gange om ugen i Medborgerhuset.\n\nHilsen Tove')).toBe('afslag'));
  it('"Du får her begge afgørelser" before a refusal is no grant', () =>
    expect(type('Kære Mads\n\nVi har set på to ting i din sag, og du får her begge afgørelser. Du har søgt om en ekstra uges aflastning. Det kan vi ikke bevilge.\n\nHilsen Tove')).toBe('afslag'));
  it('"Du får begge hjælpemidler, du har søgt om" is a grant', () =>
    expect(type('Kære Mads\n\nDu får begge hjælpemidler, du har søgt om: en rollator og en badebænk.\n\nHilsen Tove')).toBe('bevilling'));
  it('another body\'s grant quoted in a journal line before the refusal is no part granted', () =>
    expect(type('Notat\n\n03/05: Borger bad om plads på et værksted.\n\n04/05: Brev fra jobcentret: Borger er bevilget et mentorforløb fra 1. juni.\n\nVurdering: Borger kan ikke få plads på værkstedet samtidig med forløbet. Vi kan derfor ikke bevilge pladsen.')).toBe('afslag'));
  it('the municipality\'s own unit answering in a journal line still grants', () =>
    expect(type('Notat\n\n03/05: Borger bad om en rollator.\n\n04/05: Svar fra visitationen: Du får en rollator, som bliver leveret i næste uge.')).toBe('bevilling'));
});
