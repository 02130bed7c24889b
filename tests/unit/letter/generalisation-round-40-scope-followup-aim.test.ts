/**
 * Round 40: follow-up as a grant that runs between two dates or ends with a closing meeting, and its look-alikes (the
 * yearly index rise on a fixed day or "automatisk", a visit only if the citizen calls, a meeting only "skal vi mødes
 * igen", a span in the past, a closing talk already held); purpose as "meningen med" a few words or a label, and
 * pointed back to ("det er hele meningen med …"), with a person's own treatment and another body's goal in a refusal
 * as look-alikes; scope kept "som i dag" beside a refused increase. Batches db/dc/dd measured once unseen before they
 * were fixed. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const el = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements;
const GRANT = 'Kære Hanne\n\nDu får hjælp til rengøring efter servicelovens § 83.\n\n';
const MONEY = 'Kære Bo\n\nDu får dækket nødvendige merudgifter med 600 kr. om måneden efter servicelovens § 100.\n\n';
const STEP_DOWN =
  'Kære Tina og Jonas\n\nVi nedsætter familiebehandlingen efter barnets lov § 32. Fra 1. april kommer behandleren én gang hver anden uge i stedet for hver uge.\n\n';
const REFUSAL = 'Kære Lars\n\nDu får afslag på beskyttet beskæftigelse efter servicelovens § 103.\n\n';

describe('opfoelgning: the index rise and help only on request are no follow-up', () => {
  it('an amount "reguleres hvert år pr. 1. januar" is the yearly index rise', () =>
    expect(el(`${MONEY}Tilskuddet reguleres hvert år pr. 1. januar.`).opfoelgning.present).toBe(false));
  it('an amount "reguleres automatisk" each year is the index rise too', () =>
    expect(el(`${MONEY}Ydelsen reguleres automatisk én gang årligt.`).opfoelgning.present).toBe(false));
  it('an amount the office works out again once a year, with no fixed day, is a follow-up', () =>
    expect(el(`${MONEY}Vi regulerer tilskuddet en gang om året ud fra dine kvitteringer.`).opfoelgning.present).toBe(true));
  it('an open invitation to call, with the visit after it, is help only on request', () =>
    expect(el(`${GRANT}Får du det værre, er du velkommen til at ringe, så kigger vi forbi og ser på det.`).opfoelgning.present).toBe(false));
  it('the condition with the verb first ("Skulle du …, kan du kontakte os, så …") is only on request', () =>
    expect(el(`${GRANT}Skulle du få brug for det, kan du kontakte os, så kommer vi ud og ser på det.`).opfoelgning.present).toBe(false));
  it('a visit set at a time is a follow-up', () =>
    expect(el(`${GRANT}Om tre uger kommer vi ud og ser, om ordningen passer dig.`).opfoelgning.present).toBe(true));
  it('"Skal vi mødes igen, …" is a meeting only if one is needed', () =>
    expect(el(`${GRANT}Skal vi mødes igen, må du gerne have din datter med.`).opfoelgning.present).toBe(false));
  it('"Vi mødes igen i oktober" is a meeting planned', () =>
    expect(el(`${GRANT}Vi mødes igen i oktober og taler om hjælpen.`).opfoelgning.present).toBe(true));
});

describe('opfoelgning: a grant between two dates, and a closing meeting ahead', () => {
  it('help paid from one date to another lasts that long, whatever the verb', () =>
    expect(el(`${MONEY}Beløbet udbetaler vi fra 1. marts 2026 til 28. februar 2027.`).opfoelgning.present).toBe(true));
  it('a span between two dates in the past is no duration of the help', () =>
    expect(el(`${GRANT}Du har fra 1. august til 30. september 2025 været på et træningsforløb.`).opfoelgning.present).toBe(false));
  it('receipts for a period between two dates are no duration of the help', () =>
    expect(el(`${MONEY}Vi har fået dine kvitteringer fra 1. maj til 31. juli.`).opfoelgning.present).toBe(false));
  it('help stepped down that ends with a closing talk ahead is followed up', () =>
    expect(el(`${STEP_DOWN}Behandlingen slutter den 30. juni 2026 med en afsluttende samtale hjemme hos jer.`).opfoelgning.present).toBe(true));
  it('a closing talk already held is what the letter rests on', () =>
    expect(el(`${STEP_DOWN}Ved den afsluttende samtale den 10. februar fortalte I, at morgenerne går bedre.`).opfoelgning.present).toBe(false));
});

describe('formaal: the meaning of the help said in more words, as a label, or pointed back to', () => {
  it('"Meningen med de første seks uger er, at …" names the aim', () =>
    expect(el(`${GRANT}Meningen med de første seks uger er, at du bliver tryg ved at gøre rent i køkkenet selv.`).formaal.present).toBe(true));
  it('"Det er ikke meningen, at du selv skal betale" is no aim', () =>
    expect(el(`${GRANT}Det er ikke meningen, at du selv skal betale for rengøringsmidlerne.`).formaal.present).toBe(false));
  it('"Tanken med madservicen:" with the goal after the colon names the aim', () =>
    expect(el(`${GRANT}Tanken med madservicen: Du skal have kræfter til at gå tur med hunden.`).formaal.present).toBe(true));
  it('"Meningen med brevet:" names no aim of the help', () =>
    expect(el(`${GRANT}Meningen med brevet: at give dig et overblik over sagen.`).formaal.present).toBe(false));
  it('the aim pointed back to ("det er netop meningen med ændringen") names it', () =>
    expect(el(`${GRANT}Med et greb ved trappen kan du komme sikkert ned – det er netop meningen med ændringen.`).formaal.present).toBe(true));
  it('the meaning of the rules pointed to is no aim of the help', () =>
    expect(el(`${GRANT}Det er netop meningen med reglerne, at kommunen ser på hele din situation.`).formaal.present).toBe(false));
  it('a person who has started on a treatment "for at" reach something is no aim of the help', () =>
    expect(el(`${MONEY}Du er startet på en særlig kost hos diætisten for at få dit blodsukker ned.`).formaal.present).toBe(false));
  it('help started "for at" reach something names the aim', () =>
    expect(el(`${GRANT}Rengøringen er sat i gang for at du kan have et rent og sikkert hjem.`).formaal.present).toBe(true));
  it('in a refusal, the goal the job centre sets is the aim of help elsewhere', () =>
    expect(el(`${REFUSAL}Jobcentret vurderer, at målet er et job med løntilskud.`).formaal.present).toBe(false));
  it('in a grant, "Målet er, at …" names the aim', () =>
    expect(el(`${GRANT}Målet er, at du kan klare den daglige oprydning selv.`).formaal.present).toBe(true));
});

describe('omfang: the scope kept "som i dag" beside a refused increase', () => {
  const ASKED = 'Kære Sofie\n\nDu har søgt om 4 timers bostøtte om ugen. Det kan vi ikke bevilge.\n\n';
  it('"Du beholder din bostøtte som i dag: 2 timer om ugen" is the scope that goes on', () =>
    expect(el(`${ASKED}Du beholder din bostøtte efter servicelovens § 85 som i dag: 2 timer om ugen.`).omfang.present).toBe(true));
  it('help the citizen has today, told as a fact in the refusal, is no scope granted', () =>
    expect(el(`${ASKED}Du har i dag bostøtte 2 timer om ugen.`).omfang.present).toBe(false));
});
