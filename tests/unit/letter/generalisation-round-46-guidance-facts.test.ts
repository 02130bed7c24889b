/**
 * Round 46: a list of shops carrying on a clause that sends the citizen to order ("kan du også selv bestille …, fx hos …,
 * eller hos en netbutik"); "Du kan få hjælp" first under the decision's heading, "i stedet" inside the application and a
 * workplace the citizen is already placed at are no guidance (vejledning-andre-ydelser); a past work placement, a dated
 * evaluation and an amount worked out from the family's own records are facts, while a meeting that "behandlet" the case
 * and "ud fra lægens oplysninger" with nothing of what they say are not (faktiske-oplysninger). Held-out sets 22 and 23
 * measured once before they were fixed. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const el = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements;
const PARTIAL =
  'Kære Poul\n\nDu får rengøring hver 14. dag efter servicelovens § 83. Hjælp til indkøb får du afslag på.\n\n';
const AID = 'Kære Grete\n\nVedr. din ansøgning om en trehjulet cykel\n\nAfgørelse:\n';
const BATH = 'Kære Erna\n\nDu får en ny trappelift efter servicelovens § 116.\n\n';
const REFUSAL = 'Kære Mads\n\nDu får afslag på et længerevarende botilbud efter servicelovens § 108.\n\n';

describe('vejledning-andre-ydelser: a list of places to order from, the decision stated, the application, a workplace', () => {
  it('a web shop named at the end of a list after "kan du også selv bestille" guides', () =>
    expect(el(`${PARTIAL}Er det svært at bære posene, kan du også selv bestille dagligvarer, fx hos slagteren, der kører varer rundt, eller i en af de store netbutikker.`)['vejledning-andre-ydelser'].present).toBe(true));
  it('the same kind of list with no word that sends the citizen anywhere is no guidance', () =>
    expect(el(`${PARTIAL}Din nabo handler for dig hver fredag, fx hos slagteren, der ligger tæt på, eller i en af de store netbutikker.`)['vejledning-andre-ydelser'].present).toBe(false));
  it('"Du kan få hjælp efter § 113" first under "Afgørelse:" is the help granted', () =>
    expect(el(`${AID}Du kan få hjælp efter servicelovens § 113 til halvdelen af prisen på cyklen.\n\nVenlig hilsen\nKim`)['vejledning-andre-ydelser'].present).toBe(false));
  it('"Du kan også få hjælp" under the same heading still points to more', () =>
    expect(el(`${AID}Du får halvdelen af prisen på cyklen. Du kan også få hjælp hos Ældre Sagen til at finde en brugt.\n\nVenlig hilsen\nKim`)['vejledning-andre-ydelser'].present).toBe(true));
  it('"i stedet" in what the citizen applied for is no alternative', () =>
    expect(el(`${BATH}Du har søgt om at få den gamle lift fjernet og en ny sat op i stedet.`)['vejledning-andre-ydelser'].present).toBe(false));
  it('"i stedet kan du" after the application still offers something else', () =>
    expect(el(`${REFUSAL}Du har søgt om en plads på bostedet. I stedet kan du søge om bostøtte efter § 85 i din egen lejlighed.`)['vejledning-andre-ydelser'].present).toBe(true));
  it('a placement the citizen already has at Røde Kors is a fact, not guidance', () =>
    expect(el(`${REFUSAL}Din mentor fortalte, at du siden sommer har været i praktik i Røde Kors' butik to dage om ugen.`)['vejledning-andre-ydelser'].present).toBe(false));
  it('Røde Kors as a place the citizen can turn to still guides', () =>
    expect(el(`${REFUSAL}Du kan også kontakte Røde Kors, som har et netværk for unge, der bor alene.`)['vejledning-andre-ydelser'].present).toBe(true));
});

const REF = 'Kære Lone\n\nDu får afslag på beskyttet beskæftigelse efter servicelovens § 103.\n\n';
const CUT = 'Kære Jens og Lise\n\nI får dækket merudgifter efter servicelovens § 41 med 300 kr. om måneden, men ikke til medicin.\n\n';

describe('faktiske-oplysninger: a placement, a dated evaluation, the family\'s records; handling and bare sources', () => {
  it('"Du var i praktik på …" is a fact of the case', () =>
    expect(el(`${REF}Du var i praktik på savværket i fire uger sidste efterår.`)['faktiske-oplysninger'].present).toBe(true));
  it('a placement still to come is no fact', () =>
    expect(el(`${REF}Du skal i praktik på savværket i fire uger til efteråret.`)['faktiske-oplysninger'].present).toBe(false));
  it('"evalueringen af 2. oktober" is a dated source', () =>
    expect(el(`${REF}Savværket har lavet evalueringen af 2. oktober, og den ligger i sagen.`)['faktiske-oplysninger'].present).toBe(true));
  it('an evaluation to come, with no date, is no source', () =>
    expect(el(`${REF}Savværket laver en evaluering af forløbet til foråret.`)['faktiske-oplysninger'].present).toBe(false));
  it('an amount "beregnet ud fra jeres kilometerregnskab" rests on the family\'s own records', () =>
    expect(el(`${CUT}Beløbet er beregnet ud fra jeres kilometerregnskab for januar og februar.`)['faktiske-oplysninger'].present).toBe(true));
  it('an amount worked out from a rate alone is no fact', () =>
    expect(el(`${CUT}Beløbet er beregnet ud fra statens takst for kørsel.`)['faktiske-oplysninger'].present).toBe(false));
  it('the case "behandlet på mødet i udvalget den 3.4.2026" is handling, no fact', () =>
    expect(el(`${REF}Din sag har været behandlet på mødet i Visitationsudvalget den 03.02.2026.`)['faktiske-oplysninger'].present).toBe(false));
  it('what was said on the meeting is a fact', () =>
    expect(el(`${REF}På mødet den 3. februar fortalte du, at du ikke kan stå op i længere tid.`)['faktiske-oplysninger'].present).toBe(true));
  it('"ud fra lægens oplysninger og de øvrige oplysninger i sagen" says nothing of what they are', () =>
    expect(el(`${REF}Vi har vurderet din ansøgning ud fra lægens oplysninger og de øvrige oplysninger i sagen.`)['faktiske-oplysninger'].present).toBe(false));
  it('the doctor\'s information with its content is a fact', () =>
    expect(el(`${REF}Ud fra lægens oplysninger kan du ikke løfte mere end 5 kg.`)['faktiske-oplysninger'].present).toBe(true));
});
