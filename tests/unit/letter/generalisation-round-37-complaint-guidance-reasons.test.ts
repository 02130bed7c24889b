/**
 * Round 37: reconsideration, bisidder, guidance to other help, reasons and facts of the case in the writer's own
 * voice, batches cw/cx measured once unseen before they were fixed. Written for these tests in our own words,
 * each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const el = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements;
const GRANT = 'Kære Karen\n\nDu får hjælp til rengøring hver 14. dag efter servicelovens § 83.\n\n';
const REFUSAL = 'Kære Svend\n\nDu får ikke en el-scooter som hjælpemiddel efter servicelovens § 112. Vi giver dig afslag.\n\n';

describe('genvurdering: the look again in plain words', () => {
  it('deadline and look again in one sentence after a disagreement', () =>
    expect(el(`${GRANT}Er du uenig i det, så skriv til mig inden 4 uger, så ser jeg på sagen igen.`).genvurdering.present).toBe(true));
  it('a deadline for papers in the same sentence, with no disagreement, is no reconsideration', () =>
    expect(el(`${GRANT}Send os lejekontrakten inden 14 dage, så ser vi på sagen igen.`).genvurdering.present).toBe(false));
  it('"Uenig?" as a heading with the look again as a bullet below', () =>
    expect(el(`${GRANT}Uenig?\n- Giv mig besked senest 4 uger efter, at du har fået brevet.\n- Jeg kigger på sagen igen.\n- Ændrer jeg ikke noget, sender jeg den til Ankestyrelsen.\n\nHilsen\nLis`).genvurdering.present).toBe(true));
  it('"Uenig?" heading with the complaint sent straight to Ankestyrelsen is no reconsideration', () =>
    expect(el(`${GRANT}Uenig?\n- Skriv direkte til Ankestyrelsen senest 4 uger efter, at du har fået brevet.\n\nHilsen\nLis`).genvurdering.present).toBe(false));
});

describe('bisidder: a power of attorney held is no right', () => {
  it('"vi har den fuldmagt, din far skrev under" is a fact of the case', () =>
    expect(el(`${GRANT}Jeg skriver til dig, fordi vi har den fuldmagt, din far skrev under i maj.`).bisidder.present).toBe(false));
  it('"Du kan give en anden fuldmagt" is the right', () =>
    expect(el(`${GRANT}Du kan give en anden fuldmagt til at tale din sag.`).bisidder.present).toBe(true));
});

describe('vejledning-andre-ydelser: other help in the writer\'s own words', () => {
  it('the refused thing at the citizen\'s own cost, offered as a condition', () =>
    expect(el(`${REFUSAL}Vil du selv betale for en scooter, kan du spørge hos en forhandler om en brugt.`)['vejledning-andre-ydelser'].present).toBe(true));
  it('a charge the citizen must pay is no guidance', () =>
    expect(el(`${GRANT}Du skal selv betale for rengøringsmidlerne.`)['vejledning-andre-ydelser'].present).toBe(false));
  it('"en anden vej, du kan gå" to another provision guides', () =>
    expect(el(`${REFUSAL}Der er en anden vej, du kan gå: kommunen yder i nogle sager tilskud til et forbrugsgode efter § 113.`)['vejledning-andre-ydelser'].present).toBe(true));
  it('"Vi ser ikke en anden vej, du kan gå" is no guidance', () =>
    expect(el(`${REFUSAL}Vi ser ikke en anden vej, du kan gå, for at få scooteren.`)['vejledning-andre-ydelser'].present).toBe(false));
  it('a team of a club suggested as a good idea guides', () =>
    expect(el(`${REFUSAL}Det kunne være en god idé at prøve seniorholdet i Byens Gymnastikforening om tirsdagen.`)['vejledning-andre-ydelser'].present).toBe(true));
  it('the team the citizen goes to already is a fact', () =>
    expect(el(`${REFUSAL}Du går på seniorholdet i gymnastikforeningen om tirsdagen.`)['vejledning-andre-ydelser'].present).toBe(false));
  it('an association the citizen may use already, in the if-clause, is no guidance', () =>
    expect(el(`${GRANT}Hvis du bruger en forening til at holde styr på papirerne, skal du give dem besked om ændringen.`)['vejledning-andre-ydelser'].present).toBe(false));
});

describe('begrundelse: reasons and what only looks like them', () => {
  it('the refused part placed under another law that comes first', () =>
    expect(el(`${REFUSAL}Din høreapparat-batteriudgift tager vi ikke med. Den hører under reglerne om tilskud i sundhedsloven, og de regler går forud for vores.`).begrundelse.present).toBe(true));
  it('"Når …, er der altså ikke brug for" ties the fact to the result', () =>
    expect(el(`${REFUSAL}Når du kører bil til alle dine ærinder, er der altså ikke brug for en scooter.`).begrundelse.present).toBe(true));
  it('a follow-up after a longer when-clause is no reason', () =>
    expect(el(`${GRANT}Når de 3 måneder er gået, vurderer vi, om du stadig har brug for hjælpen.`).begrundelse.present).toBe(false));
});

describe('faktiske-oplysninger: a visit and a quote', () => {
  it('a visit to a place in the past with its date', () =>
    expect(el(`${GRANT}Vi besøgte dagcentret sammen den 12. januar.`)['faktiske-oplysninger'].present).toBe(true));
  it('a visit still to come is no fact', () =>
    expect(el(`${GRANT}Vi besøger dagcentret sammen den 12. april.`)['faktiske-oplysninger'].present).toBe(false));
  it('"Tilbuddet lyder på 2.400 kr." is the price of the thing', () =>
    expect(el(`${GRANT}Tilbuddet lyder på 2.400 kr., og kommunen betaler det.`)['faktiske-oplysninger'].present).toBe(true));
  it('a unit price is no fact', () =>
    expect(el(`${GRANT}Tilbuddet lyder på 60 kr. om måneden for vask.`)['faktiske-oplysninger'].present).toBe(false));
});
