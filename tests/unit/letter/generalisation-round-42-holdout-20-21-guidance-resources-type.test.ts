/**
 * Round 42: guidance, resources and decision type, held-out sets 20 and 21, measured once before they were fixed (a fix,
 * not a measure). Guidance: a duty to tell another body ("De skal oplyse Udbetaling Danmark om …"), a long list of the
 * goals of the help granted that names an office, and the means by which the citizen manages a task alone in the
 * assessment. Resources: a that-clause with the adverb before the modal ("at du nu kan gå"), strength regained as
 * "kraft", a child who "udvikler sig normalt", "går derefter selv", moving one's wheelchair; not a skill denied before
 * "uden hjælp", nor a goal after "således at". Type: help the child already has, told with "altså/jo allerede", is no
 * grant in a refusal. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const opts = { date: new Date('2026-03-01T12:00:00') };
const el = (t: string) => analyzeLetter(t, opts).elements;
const type = (t: string) => analyzeLetter(t, opts).decisionType;
const GRANT = 'Kære Lis\n\nDu får en badebænk som hjælpemiddel efter servicelovens § 112.\n\n';
const WORK = 'Kære Mette\n\nDu er bevilget beskyttet beskæftigelse efter servicelovens § 103 på Værkstedet Engen 3 dage om ugen.\n\n';
const SUPPORT = 'Kære Kasper\n\nVi har bevilget dig socialpædagogisk støtte efter servicelovens § 85 i 4 timer om ugen.\n\n';
const PARTIAL =
  'Kære Ingrid\n\nDu får hjælp til rengøring hver 14. dag efter ældrelovens § 10, men du får ikke hjælp til indkøb.\n\n';

describe('vejledning-andre-ydelser: a duty to tell another body', () => {
  it('"Du skal oplyse Udbetaling Danmark om lønnen, da den kan påvirke din boligstøtte" points to another body', () =>
    expect(el(`${WORK}Du skal oplyse Udbetaling Danmark om lønnen fra værkstedet, da den kan påvirke din boligstøtte.`)['vejledning-andre-ydelser'].present).toBe(true));
  it('the office that has told that body itself sends the citizen nowhere', () =>
    expect(el(`${WORK}Vi har oplyst Udbetaling Danmark om lønnen fra værkstedet, da den kan påvirke din boligstøtte.`)['vejledning-andre-ydelser'].present).toBe(false));
});

describe('vejledning-andre-ydelser: an office named far into the goals of the help granted', () => {
  it('a long list of what the support shall help with, ending at the jobcentre, is the goal, not guidance', () =>
    expect(el(`${SUPPORT}Støtten skal hjælpe dig med at rydde op i lejligheden, betale dine regninger til tiden, komme op om morgenen og møde til de samtaler, du har med lægen og jobcentret.`)['vejledning-andre-ydelser'].present).toBe(false));
  it('the same list with a sentence that sends the citizen on to the jobcentre for something else still guides', () =>
    expect(el(`${SUPPORT}Støtten skal hjælpe dig med at rydde op i lejligheden og betale dine regninger til tiden, og om jobsøgning kan du få råd hos jobcentret.`)['vejledning-andre-ydelser'].present).toBe(true));
});

describe('vejledning-andre-ydelser: how the citizen manages alone, in the assessment', () => {
  it('"vi vurderer, at du selv kan klare dine indkøb ved at bestille dem hjem" explains the refusal', () =>
    expect(el(`${PARTIAL}Vi vurderer, at du selv kan klare dine indkøb ved at bestille dem hjem, som du gjorde hele sidste vinter.`)['vejledning-andre-ydelser'].present).toBe(false));
  it('"Dine indkøb kan du bestille hjem fra et supermarked" is a private option pointed to', () =>
    expect(el(`${PARTIAL}Dine indkøb kan du bestille hjem fra et supermarked, som bringer varerne til døren.`)['vejledning-andre-ydelser'].present).toBe(true));
});

describe('ressourcer: new forms of what the citizen can', () => {
  it('"skriver, at du nu kan gå op ad trappen" is a skill seen by the therapist', () =>
    expect(el(`${GRANT}Fysioterapeuten skriver, at du nu kan gå op ad trappen til soveværelset.`).ressourcer.present).toBe(true));
  it('"skriver, at du nu ikke kan gå på trappen" is a limitation', () =>
    expect(el(`${GRANT}Fysioterapeuten skriver, at du nu ikke kan gå på trappen til soveværelset.`).ressourcer.present).toBe(false));
  it('"har fået mere kraft i armene" is progress', () =>
    expect(el(`${GRANT}Efter forløbet har du fået mere kraft i armene.`).ressourcer.present).toBe(true));
  it('"har ikke fået mere kraft i armene" is none', () =>
    expect(el(`${GRANT}Efter forløbet har du ikke fået mere kraft i armene.`).ressourcer.present).toBe(false));
  it('"går derefter selv ud på badeværelset" is a skill', () =>
    expect(el(`${GRANT}Om morgenen får du hjælp til at sætte dig op, og du går derefter selv ud på badeværelset.`).ressourcer.present).toBe(true));
  it('"går derefter ud på badeværelset med hjælperen" is no skill', () =>
    expect(el(`${GRANT}Om morgenen får du hjælp til at sætte dig op, og hjælperen følger dig derefter ud på badeværelset.`).ressourcer.present).toBe(false));
  it('"køkkenbordet kan du køre ind under med kørestolen" is a skill with one\'s own wheelchair', () =>
    expect(el(`${GRANT}Køkkenbordet kan du køre ind under med kørestolen, som det står nu.`).ressourcer.present).toBe(true));
  it('"til lægen kan du køre med Flextur" is transport, no skill', () =>
    expect(el(`${GRANT}Til lægen kan du køre med Flextur.`).ressourcer.present).toBe(false));
});

describe('ressourcer: a child who develops as expected', () => {
  const CHILD = 'Kære Anne og Peter\n\nI får afslag på dækning af merudgifter til Noah efter barnets lov § 86.\n\n';
  it('"Han vokser og udvikler sig normalt" is the child doing well now', () =>
    expect(el(`${CHILD}Lægen skriver, at Noah er velbehandlet. Han vokser og udvikler sig normalt.`).ressourcer.present).toBe(true));
  it('a worry whether he develops normally is not', () =>
    expect(el(`${CHILD}Lægen skriver, at I er bekymrede for, om han udvikler sig normalt.`).ressourcer.present).toBe(false));
});

describe('ressourcer: a skill denied before "uden hjælp", and a goal after "således at"', () => {
  it('"ikke kan rejse sig fra sofaen uden hjælp" is a limitation', () =>
    expect(el(`${GRANT}Ergoterapeuten har vurderet, at du ikke kan rejse dig fra den lave sofa i stuen uden hjælp.`).ressourcer.present).toBe(false));
  it('"du går på trappen uden hjælp" is a skill', () =>
    expect(el(`${GRANT}Ergoterapeuten så, at du går på trappen uden hjælp.`).ressourcer.present).toBe(true));
  it('"…, således at du fortsat kan færdes i hjemmet" is what the help is for', () =>
    expect(el(`${GRANT}Badebænken skal mindske risikoen for fald, således at du fortsat kan færdes i hjemmet.`).ressourcer.present).toBe(false));
  it('"Du kan fortsat færdes i hjemmet med din rollator" is a skill', () =>
    expect(el(`${GRANT}Du kan fortsat færdes i hjemmet med din rollator.`).ressourcer.present).toBe(true));
});

describe('decisionType: help the child already has, told as a reason in a refusal', () => {
  const REFUSE = 'Kære Sanne\n\nDu har søgt om en støttekontaktperson til Karla efter barnets lov § 32. Vi har besluttet, at Karla ikke får en støttekontaktperson.\n\n';
  it('"Karla får jo allerede hjælp af sin lærer" keeps the letter a refusal', () =>
    expect(type(`${REFUSE}Karla får jo allerede hjælp af sin lærer hver uge, og hun har gode venner i klassen. Derfor vurderer vi, at hun ikke har brug for mere.`)).toBe('afslag'));
  it('"Karla får i stedet en mentor to timer om ugen" makes it partial', () =>
    expect(type(`${REFUSE}Karla får i stedet en mentor to timer om ugen fra den 1. april.`)).toBe('delvis'));
});
