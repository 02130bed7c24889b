/**
 * Round 67: begrundelse, faktiske-oplysninger and bisidder — the conditions "er således ikke opfyldt" with a hyphenated
 * word in the rule's name, a fronted "Da ansøgers …" clause in a file-style letter, "de foreliggende oplysninger, herunder
 * [sources]" with nothing of what the sources say, a profession named as who leads a class on offer, the parents' own
 * støtteperson during a placement and the lawyer the municipality pays, held-out sets 50 and 51 measured once before
 * they were fixed. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const opts = { date: new Date('2026-05-01T12:00:00') };
const END = '\n\nHvis du vil klage\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nLone Birk\nSagsbehandler\n';

const bike = (body: string) =>
  'Afslag på el-cykel\n\nKære Poul\n\nDu har den 3. februar søgt om en el-cykel efter servicelovens § 113.\n\n' + body + '\n\nDu får derfor afslag på en el-cykel.' + END;
describe('begrundelse: the conditions unmet, with a hyphenated word and "således" before "ikke opfyldt"', () => {
  it('"Betingelserne for at yde tilskud til en el-cykel er således ikke opfyldt" then "derfor afslag" restates the rule', () =>
    expect(present(bike('Betingelserne for at yde tilskud til en el-cykel som forbrugsgode er således ikke opfyldt.'), 'begrundelse', opts)).toBe(false));
  it('a concrete finding before the same "derfor" is the reason', () =>
    expect(present(bike('Ved besøget den 12. februar cyklede du selv 3 km på din almindelige cykel uden at holde pause.'), 'begrundelse', opts)).toBe(true));
});

const car = (cause: string) =>
  'Afgørelse om støtte til bil\n\nKære Hanne\n\nDer er søgt om støtte til køb af bil og til indretning af bil. Der bevilges støtte til indretning med håndbetjent speeder. Der gives afslag på støtte til køb af bil.\n\n' +
  cause + END;
describe('begrundelse: a fronted "Da" clause about the applicant in the third person', () => {
  it('"Da ansøgerens bil fra 2021 kan bygges om til hendes behov, er der ikke behov for …" gives the reason', () =>
    expect(present(car('Da ansøgerens bil fra 2021 kan bygges om til hendes behov, er der ikke behov for støtte til en ny bil.'), 'begrundelse', opts)).toBe(true));
  it('"Da ansøgeren ikke opfylder betingelserne, …" only restates the rule', () =>
    expect(present(car('Da ansøgeren ikke opfylder betingelserne, gives der afslag på støtte til køb af bil.'), 'begrundelse', opts)).toBe(false));
});

const refusal = (basis: string) =>
  'Afslag på genoptræning\n\nKære Inger\n\nDu har søgt om genoptræning.\n\n' + basis + '\n\nVi har besluttet, at du ikke kan få genoptræning efter servicelovens § 86, fordi du ikke opfylder betingelserne.' + END;
describe('faktiske-oplysninger: sources listed after "herunder" with nothing of what they say', () => {
  it('"på baggrund af de foreliggende oplysninger, herunder en udtalelse fra din læge." names no fact', () =>
    expect(present(refusal('Vi har behandlet sagen på baggrund af de foreliggende oplysninger, herunder en udtalelse fra din læge.'), 'faktiske-oplysninger', opts)).toBe(false));
  it('"de oplysninger, der er i sagen, herunder børnehavens beskrivelse" names no fact either', () =>
    expect(present(refusal('Sagen er afgjort ud fra de oplysninger, der er i sagen, herunder børnehavens beskrivelse.'), 'faktiske-oplysninger', opts)).toBe(false));
  it('a source that says something ("herunder din læges udtalelse, som viser, at du går 800 meter") is a fact', () =>
    expect(present(refusal('Vi har behandlet sagen på baggrund af de foreliggende oplysninger, herunder din læges udtalelse af 4. marts, som viser, at du går 800 meter uden stok.'), 'faktiske-oplysninger', opts)).toBe(true));
});

describe('faktiske-oplysninger: a profession named as who leads a class on offer', () => {
  it('"Holdet ledes af en uddannet ergoterapeut" in an offer is no finding', () =>
    expect(present(refusal('Du er velkommen på kommunens stolegymnastik hver onsdag i Kulturhuset. Holdet ledes af en uddannet ergoterapeut.'), 'faktiske-oplysninger', opts)).toBe(false));
  it('"Træningen blev ledet af en ergoterapeut, som så, at du …" looks back and is a fact', () =>
    expect(present(refusal('Din prøvetræning i marts blev ledet af en ergoterapeut, som så, at du selv kunne rejse dig fra gulvet.'), 'faktiske-oplysninger', opts)).toBe(true));
});

const placement = (rights: string) =>
  'Afgørelse om anbringelse\n\nKære Sanne\n\nDu har givet samtykke til, at Oliver anbringes i plejefamilie efter barnets lov § 46. Vi bevilger anbringelsen fra 1. juni.\n\n' + rights + '\n\nMed venlig hilsen\nLone Birk\nRådgiver\n';
describe('bisidder: the parents\' own støtteperson during a placement is support, not the bisidder right', () => {
  it('"Du kan få tilbudt en støtteperson under anbringelsen. Støttepersonen er uafhængig af kommunen." is no bisidder', () =>
    expect(present(placement('Du kan få tilbudt en støtteperson under anbringelsen. Støttepersonen er uafhængig af kommunen og kan hjælpe dig i kontakten med plejefamilien. Giv besked, hvis du vil have det.'), 'bisidder', opts)).toBe(false));
  it('a støtteperson to take along to the meetings with us is the bisidder right', () =>
    expect(present(placement('Du kan tage en støtteperson med til møderne med kommunen under anbringelsen.'), 'bisidder', opts)).toBe(true));
});

describe('bisidder: the lawyer the municipality pays, with the municipality as subject', () => {
  it('"Kommunen betaler for din advokat i sagen" is the right to a free lawyer', () =>
    expect(present(placement('Kommunen betaler for din advokat i sagen.'), 'bisidder', opts)).toBe(true));
  it('"Du betaler selv for din advokat" is no such right', () =>
    expect(present(placement('Hvis du vælger at bruge en privat rådgiver, betaler du selv for din advokat.'), 'bisidder', opts)).toBe(false));
});
