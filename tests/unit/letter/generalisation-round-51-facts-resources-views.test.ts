/**
 * Round 51: faktiske-oplysninger, ressourcer and borgerens-synspunkter, batches dv, dw and dx measured once unseen
 * before they were fixed. A visit followed straight away by what the citizen did there, a record said to show
 * something ("udskriften viser, at …") and a dated visit whose sentence says the citizen "kommer selv rundt" are facts;
 * punctuality in the past, a skill with a material, a family that has moved on and exercise kept up on a training
 * machine are resources; a child's wish said by name is a view, and an office with a capitalised proper name is no
 * party. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const el = (t: string, id: 'faktiske-oplysninger' | 'ressourcer' | 'borgerens-synspunkter') =>
  analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements[id].present;
const facts = (t: string) => el(t, 'faktiske-oplysninger');
const res = (t: string) => el(t, 'ressourcer');
const view = (t: string) => el(t, 'borgerens-synspunkter');
const CUT = 'Kære Svend\n\nDin hjælp til indkøb ændres fra to gange til én gang om ugen.\n\n';
const AID = 'Kære Grethe\n\nDu får afslag på en el-scooter efter servicelovens § 112.\n\n';
const KID = 'Kære Mette og Jonas\n\nSofies støtte ændres fra familiebehandling til en fast kontaktperson.\n\n';
const JOB = 'Kære Ali\n\nDu kan begynde i beskyttet beskæftigelse på Metalværkstedet tre dage om ugen.\n\n';

describe('faktiske-oplysninger', () => {
  it('a visit followed at once by what the citizen did there', () =>
    expect(facts(`${CUT}Under besøget bar du selv varerne ind fra bilen og satte dem på plads.`)).toBe(true));
  it('a visit followed by what comes next is no fact', () =>
    expect(facts(`${CUT}Under besøget vil du få en folder om madservice.`)).toBe(false));
  it('a record said to show something', () =>
    expect(facts(`${CUT}Kontoudtoget for januar viser, at du selv har betalt for varelevering hver uge.`)).toBe(true));
  it('"Det viser, at …" with no record is no fact', () =>
    expect(facts(`${CUT}Det viser, at vi tager ansøgningen alvorligt.`)).toBe(false));
  it('a dated visit in a sentence where the citizen "kommer selv rundt"', () =>
    expect(facts(`${AID}Ved terapeutens besøg den 4. februar gik du med stok, og du kommer selv rundt i lejligheden.`)).toBe(true));
  it('a therapist who comes to visit later is no fact', () =>
    expect(facts(`${AID}Terapeuten kommer på besøg hos dig, når hun har tid.`)).toBe(false));
});

describe('ressourcer', () => {
  it('punctuality said of the past', () =>
    expect(res(`${JOB}Lederen fortæller, at du mødte op til tiden alle dage i praktikken.`)).toBe(true));
  it('punctuality as a demand is no resource', () =>
    expect(res(`${JOB}Vi forventer, at du møder til aftalt tid.`)).toBe(false));
  it('a skill with a material', () =>
    expect(res(`${JOB}Lederen skriver, at du er dygtig med metal og svejsning.`)).toBe(true));
  it('the workshop being good with metal is no resource of the citizen', () =>
    expect(res(`${JOB}Værkstedet arbejder med metal og svejsning.`)).toBe(false));
  it('a family that has moved on', () =>
    expect(res(`${KID}Vi ændrer støtten, fordi I er kommet godt videre som familie.`)).toBe(true));
  it('moving on as the goal is no resource', () =>
    expect(res(`${KID}Kontaktpersonen skal hjælpe, så I kan komme videre som familie.`)).toBe(false));
  it('exercise kept up on a training machine', () =>
    expect(res(`${CUT}Du træner stadig 15 minutter på kondicyklen hver dag.`)).toBe(true));
  it('the machine as something to try is no resource', () =>
    expect(res(`${CUT}Du kan låne en kondicykel hos træningscentret.`)).toBe(false));
});

describe('borgerens-synspunkter', () => {
  it('a child\'s wish said by name as the reason', () =>
    expect(view(`${KID}Vi ændrer støtten, fordi Sofie gerne vil have en voksen at tale med alene.`)).toBe(true));
  it('"Vi vil gerne …" is the office, no view', () =>
    expect(view(`${KID}Vi vil gerne tilbyde Sofie en voksen at tale med alene.`)).toBe(false));
  it('a wish by name as a condition is no view', () =>
    expect(view(`${KID}Hvis Sofie gerne vil have en anden kontaktperson, kan I ringe til os.`)).toBe(false));
  it('an office with a proper name writing is no party', () =>
    expect(view(`${KID}Odense Universitetshospital skriver i notatet, at Sofie sover igennem om natten.`)).toBe(false));
  it('the parents writing the same is a view', () =>
    expect(view(`${KID}I skriver i jeres mail, at Sofie sover igennem om natten.`)).toBe(true));
});
