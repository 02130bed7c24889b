/**
 * Round 52: faktiske-oplysninger, formaal and begrundelse, held-out sets 28–31 measured once before they were fixed.
 * Written for these tests in our own words, each with a look-alike.
 *
 * faktiske-oplysninger: a meeting dated by a past weekday ("til mødet i onsdags"), the length of the trip of the case
 * ("turen er 64 km") and a record under any compound name ("fremmøderegistreringen") are facts; a thanks for a talk
 * "i går", a distance as a rule's condition, a record still to be made and a role named after a diagnosis
 * ("demenskoordinatoren") are not.
 * formaal: in a refusal, a "så du kan" at the end of the weighed facts stays a consequence even when the facts hold
 * "ca." or "kl.".
 * begrundelse: the help had "hidtil" is the starting point of a change, not a fact a "derfor" leans on; the aim said
 * reached with nothing of what was reached is no reason; a verdict that the amount "er tilstrækkeligt" or that an aid
 * "vurderes at dække dit behov" is the conclusion again; a fronted "Da Sofie har …, vurderer kommunen, at der ikke er
 * behov …" gives the facts the verdict rests on.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

type Id = 'faktiske-oplysninger' | 'formaal' | 'begrundelse';
const el = (t: string, id: Id) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements[id].present;
const facts = (t: string) => el(t, 'faktiske-oplysninger');
const aim = (t: string) => el(t, 'formaal');
const why = (t: string) => el(t, 'begrundelse');

const GRANT = 'Hej Bo\n\nDu får en plads i dagtilbuddet Lærken tre dage om ugen efter servicelovens § 104.\n\n';
const REFUSAL = 'Kære Inger\n\nDu får afslag på afløsning i hjemmet efter ældrelovens § 16.\n\n';

describe('faktiske-oplysninger: a meeting dated by a past weekday', () => {
  it('"Til mødet i onsdags" with what came out', () =>
    expect(facts(`${GRANT}Til mødet i onsdags sagde du, at du helst vil være i køkkenet.`)).toBe(true));
  it('"efter vores møde i går" is a dated meeting', () =>
    expect(facts(`${GRANT}Jeg skriver efter vores møde i går, hvor vi gennemgik dine dage.`)).toBe(true));
  it('a thanks for a talk yesterday says nothing', () =>
    expect(facts(`${GRANT}Tak for snakken i går. Du kan starte på mandag.`)).toBe(false));
  it('a meeting still to come is no fact', () =>
    expect(facts(`${GRANT}Vi ses til et møde på fredag, hvor vi aftaler det praktiske.`)).toBe(false));
});

describe('faktiske-oplysninger: the length of the trip', () => {
  const KM = 'Kære Anja og Rune\n\nI får dækket kørsel til sygehuset efter barnets lov § 86.\n\n';
  it('"turen er 64 km" is a measured fact', () =>
    expect(facts(`${KM}Sofus skal til træning hver tirsdag, og turen er 64 km frem og tilbage.`)).toBe(true));
  it('"afstanden til skolen er 9 km"', () =>
    expect(facts(`${KM}Afstanden til skolen er 9 km ad landevej.`)).toBe(true));
  it('a distance as the rule\'s condition is no fact', () =>
    expect(facts(`${KM}Kørsel dækkes kun, hvis turen er over 20 km hver vej.`)).toBe(false));
});

describe('faktiske-oplysninger: a record under a compound name', () => {
  const CHANGE = 'Kære Bo\n\nDit dagtilbud ændres fra fem til tre dage om ugen fra 1. maj.\n\n';
  it('the attendance record sent by the place', () =>
    expect(facts(`${CHANGE}Værestedet har sendt os fremmøderegistreringen for vinteren, og du er kommet om mandagen og torsdagen.`)).toBe(true));
  it('a record still to be made is no fact', () =>
    expect(facts(`${CHANGE}Vi vil lave en tidsregistrering sammen med dig i foråret.`)).toBe(false));
});

describe('faktiske-oplysninger: a role named after a diagnosis', () => {
  it('where to turn: the demenskoordinator', () =>
    expect(facts(`${REFUSAL}Ring gerne til demenskoordinatoren, som kan fortælle om samtalegrupper for pårørende.`)).toBe(false));
  it('the diagnosis said of the citizen is a fact', () =>
    expect(facts(`${REFUSAL}Din mand har demens og kan ikke være alene om aftenen.`)).toBe(true));
});

describe('formaal: "så du kan" after weighed facts with an abbreviation', () => {
  const CAR = 'Kære Allan\n\nDu får afslag på støtte til køb af bil efter servicelovens § 114.\n\n';
  it('"ca." inside the weighed facts keeps the consequence out', () =>
    expect(aim(`${CAR}Vi har lagt vægt på, at du går ca. 400 meter uden pause, og at du kan møde kl. 10, så du kan tage bussen efter myldretiden.`)).toBe(false));
  it('a granted help "så du kan" is still an aim', () =>
    expect(aim(`${GRANT}Pladsen er bevilget, så du kan få faste rammer om ugen.`)).toBe(true));
});

describe('begrundelse: the help had "hidtil" is no fact of the case', () => {
  const STD = 'Kære Ebbe\n\nByrådet har vedtaget en ny kvalitetsstandard. Efter den nye kvalitetsstandard gives indkøbshjælp som hovedregel hver 14. dag.\n\n';
  it('"hidtil" then "derfor" leans on the standard', () =>
    expect(why(`${STD}Du har hidtil fået indkøbshjælp hver uge. Vi har derfor ændret hjælpen til hver 14. dag.`)).toBe(false));
  it('what was seen at a visit, then "derfor", is a reason', () =>
    expect(why(`${STD}Ved besøget så vi, at du selv handler i Netto to gange om ugen. Vi har derfor ændret hjælpen til hver 14. dag.`)).toBe(true));
});

describe('begrundelse: the aim said reached, and nothing else', () => {
  const END = 'Kære Mona\n\nKontaktpersonordningen for Kasper ophører den 1. juni.\n\n';
  it('"ophører, da formålet vurderes at være opnået"', () =>
    expect(why(`${END}Ordningen ophører, da formålet med støtten vurderes at være opnået.`)).toBe(false));
  it('with what was reached it is a reason', () =>
    expect(why(`${END}Ordningen ophører, fordi Kasper nu kommer i skole hver dag og selv har fundet en fritidsklub.`)).toBe(true));
});

describe('begrundelse: the verdict that the help is enough', () => {
  const PART = 'Kære Lene og Jonas\n\nI får praktisk pædagogisk støtte 2 timer om ugen, men afslag på de 5 timer, I søgte om.\n\nBegrundelse:\n';
  it('"Kommunen vurderer, at 2 timer om ugen er tilstrækkeligt."', () =>
    expect(why(`${PART}Kommunen vurderer, at 2 timer om ugen er tilstrækkeligt.`)).toBe(false));
  it('the same with why is a reason', () =>
    expect(why(`${PART}Kommunen vurderer, at 2 timer om ugen er nok, fordi Ida nu sover igennem og morgenerne er roligere.`)).toBe(true));
  const AID = 'Kære Kim\n\nDu får en manuel kørestol med hjælpemotor, men afslag på en el-kørestol.\n\nBegrundelse:\n';
  it('"som vurderes at dække dit behov" is the conclusion again', () =>
    expect(why(`${AID}Kommunen bevilger i stedet en manuel kørestol med hjælpemotor, som vurderes at dække dit behov.`)).toBe(false));
  it('with what the citizen manages it is a reason', () =>
    expect(why(`${AID}Kommunen bevilger en manuel kørestol med hjælpemotor, fordi du selv kan køre 2 km i den på prøveturen.`)).toBe(true));
});

describe('begrundelse: facts in a fronted "Da" clause before the verdict', () => {
  const NO = 'Kære Hanne\n\nDu får afslag på en kontaktperson til Sofie.\n\n';
  it('"Da Sofie har …, vurderer kommunen, at der ikke er behov"', () =>
    expect(why(`${NO}Da Sofie har to faste venner i klassen og går til spejder hver torsdag, vurderer kommunen, at der ikke er behov for en kontaktperson.`)).toBe(true));
  it('the verdict alone is hollow', () =>
    expect(why(`${NO}Samlet set vurderer kommunen, at der ikke er behov for en kontaktperson.`)).toBe(false));
  it('a fronted clause that restates the rule stays hollow', () =>
    expect(why(`${NO}Da betingelserne i loven ikke er opfyldt, vurderer kommunen, at der ikke er behov for en kontaktperson.`)).toBe(false));
});
