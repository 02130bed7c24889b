/**
 * Round 50: refusals read as partial grants (a rule quoted with the law first and its own "når"; the aim of the help the
 * citizen keeps), a rule's refusal "i de tilfælde", help that stops told after "Jeg skriver for at …", and changes told
 * as a rhythm had ("hver anden weekend") or a sum of money per month (decisionType), batches dv, dw and dx measured
 * once unseen before they were fixed. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const opts = { date: new Date('2026-03-01T12:00:00') };
const type = (t: string) => analyzeLetter(t, opts).decisionType;

describe('decisionType: the rule quoted with the law first grants nothing', () => {
  it('"Efter § 113 ydes tilskud …, når …" after a refusal leaves a refusal', () =>
    expect(type('Kære Birthe\n\nDu har søgt om tilskud til en trehjulet cykel.\n\nVi har besluttet, at du ikke kan få tilskud til cyklen.\n\nEfter servicelovens § 113 ydes tilskud til forbrugsgoder, når varen i væsentlig grad letter hverdagen for den pågældende.\n\nHilsen Per')).toBe('afslag'));
  it('a grant to the reader after the law stays a grant beside the refusal', () =>
    expect(type('Kære Birthe\n\nDu har søgt om tilskud til en trehjulet cykel og en rollator.\n\nVi har besluttet, at du ikke kan få tilskud til cyklen.\n\nEfter servicelovens § 112 bevilger vi dig en rollator, når den er bestilt hjem.\n\nHilsen Per')).toBe('delvis'));
});

describe('decisionType: the aim of the help kept makes no refusal partial', () => {
  it('a refused increase, then "Formålet med støtten er fortsat, at …", is a refusal', () =>
    expect(type('Kære forældre\n\nI har søgt om, at Sofies støtteperson kommer 6 timer om ugen i stedet for 3.\n\nVi har vurderet, at den nuværende støtte er nok. Ansøgningen kan derfor ikke imødekommes.\n\nFormålet med støtten er fortsat, at Sofie får hjælp til at komme af sted til træning.\n\nHilsen Jonas')).toBe('afslag'));
  it('a refusal with a plain grant of something else is partial', () =>
    expect(type('Kære forældre\n\nI har søgt om, at Sofies støtteperson kommer 6 timer om ugen, og om en mentor.\n\nVi har vurderet, at den nuværende støtte er nok. Ansøgningen om flere timer kan derfor ikke imødekommes.\n\nVi bevilger en mentor til Sofie.\n\nHilsen Jonas')).toBe('delvis'));
});

describe('decisionType: the refusal the rule gives "i de tilfælde"', () => {
  it('"I sådanne tilfælde gives afslag" after the rule, then a grant, is a grant', () =>
    expect(type('Kære Knud\n\nDu har søgt om et badeværelsesgreb.\n\nEfter servicelovens § 112 ydes hjælpemidler ved varigt nedsat funktionsevne. Der ydes ikke støtte, hvis behovet er kortvarigt. I sådanne tilfælde gives der afslag.\n\nVi vurderer, at dit behov er varigt. Grebet er derfor bevilget.\n\nHilsen Eva')).toBe('bevilling'));
  it('a plain refusal of the reader stays a refusal', () =>
    expect(type('Kære Knud\n\nDu har søgt om et badeværelsesgreb.\n\nVi vurderer, at dit behov er kortvarigt. Du får derfor afslag på grebet.\n\nHilsen Eva')).toBe('afslag'));
});

describe('decisionType: help that stops, told by the caseworker as "jeg"', () => {
  it('"Jeg skriver for at bekræfte …: hjælpen til indkøb stopper" is a change', () =>
    expect(type('Kære Inge\n\nJeg skriver for at bekræfte det, vi aftalte på besøget: hjælpen til indkøb stopper fra uge 14, fordi du nu selv handler på nettet.\n\nHilsen Mads')).toBe('aendring'));
  it('what the citizen wrote, "Du skriver, at hjælpen stopper …", is no change', () =>
    expect(type('Kære Inge\n\nDu skriver, at hjælpen til indkøb stopper for tidligt. Vi bevilger hjælp til indkøb en gang om ugen.\n\nHilsen Mads')).toBe('bevilling'));
});

describe('decisionType: a new amount beside the amount had, told as a rhythm or a sum', () => {
  it('"har indtil nu været i aflastning hver tredje weekend", then a new amount from a month, is a change', () =>
    expect(type('Kære forældre\n\nLucas har indtil nu været i aflastning hos sin plejefamilie hver tredje weekend. Fra marts 2026 bliver det 2 weekender om måneden.\n\nHilsen Rikke')).toBe('aendring'));
  it('the same new amount with no help had stays a grant', () =>
    expect(type('Kære forældre\n\nLucas har længe glædet sig til at møde sin plejefamilie. Fra marts 2026 kan han komme i aflastning 2 weekender om måneden.\n\nHilsen Rikke')).toBe('bevilling'));
  it('a benefit of kroner a month, then the sum had until now, is a change', () =>
    expect(type('Kære Leif\n\nVi har regnet din ydelse efter servicelovens § 100 igennem igen. Fra 1. maj får du 640 kr. om måneden. Indtil nu har du fået 420 kr. om måneden.\n\nHilsen Tina')).toBe('aendring'));
  it('a first sum a month, with no sum had before, stays a grant', () =>
    expect(type('Kære Leif\n\nVi har behandlet din ansøgning efter servicelovens § 100. Fra 1. maj får du 640 kr. om måneden. Indtil nu har du selv betalt dine udgifter.\n\nHilsen Tina')).toBe('bevilling'));
});
