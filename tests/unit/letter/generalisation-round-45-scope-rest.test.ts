/**
 * Round 45: the look again said "en gang til" and placed between the disagreement and the way on to Ankestyrelsen
 * (genvurdering); the deadline in a sentence that asks for the new look (klagefrist); what the decision leaned on
 * most, and a place "hvor der blev taget hensyn til" that is no weighing (hovedhensyn); a meeting held again with no
 * article, help that "fortsætter til" a date, a review together with the citizen before its time, and what is not a
 * look ahead: a running loss, "fra marts og frem til regionen", a follow-up among topics to ask others about
 * (opfoelgning); an application asked "os om" (formaal); a fuldmagt held with no article (bisidder). Batches dn–dp
 * measured once unseen before they were fixed. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const el = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements;
const GRANT = 'Kære Erik\n\nFra mandag får du hjælp til bad to gange om ugen efter ældrelovens § 10.\n\n';
const SUPPORT = 'Kære Sanne\n\nDu får socialpædagogisk støtte efter servicelovens § 85, 4 timer om ugen.\n\n';
const REFUSAL = 'Kære Bent\n\nDu har søgt om en ny rampe ved hoveddøren. Det kan vi ikke give dig, fordi den rampe, du har, stadig kan bruges.\n\n';

describe('genvurdering: the look again in plain words', () => {
  it('"Så kigger jeg på det en gang til" between the disagreement and Ankestyrelsen', () =>
    expect(
      el(`${GRANT}Hvis du ikke er enig, så send mig en sms eller ring. Så kigger jeg på det en gang til. Er vi stadig uenige, går sagen videre til Ankestyrelsen. Gør det inden 4 uger efter, du fik brevet.`).genvurdering.present,
    ).toBe(true));
  it('a look again with no disagreement and no way on is none', () =>
    expect(el(`${GRANT}Send os dit nye skema, så ser vi på det en gang til. Så ved vi, hvad der passer bedst.`).genvurdering.present).toBe(false));
  it('"Så vurderer jeg sagen igen" with the contact and the deadline in separate sentences', () =>
    expect(
      el(`${GRANT}Er du uenig i antallet af bade, kan du ringe til mig. Det skal ske senest fire uger efter, at du har fået brevet. Så vurderer jeg sagen igen. Ændrer jeg ikke noget, sender jeg din klage til Ankestyrelsen.`).genvurdering.present,
    ).toBe(true));
});

describe('klagefrist: the deadline in a sentence that asks for a new look', () => {
  it('"Vil du have, at vi ser på sagen igen, skal du skrive senest 4 uger efter, du har fået brevet"', () =>
    expect(el(`${GRANT}Vil du have, at vi ser på sagen igen, skal du skrive til os senest 4 uger efter, du har fået brevet.`).klagefrist.present).toBe(true));
  it('a deadline to send papers, with no new look, is no complaint deadline', () =>
    expect(el(`${GRANT}Du skal sende os lægens papirer senest 4 uger efter, du har fået brevet.`).klagefrist.present).toBe(false));
});

describe('hovedhensyn: leaned on most, and allowance made by a place', () => {
  it('"Det, vi har lænet os mest op ad, er, at …"', () =>
    expect(el(`${REFUSAL}Det, vi har lænet os mest op ad, er, at du selv går ud ad bagdøren, hvor der ikke er trin.`).hovedhensyn.present).toBe(true));
  it('"hvor der bliver taget hensyn til din ryg" describes the place, no weighing', () =>
    expect(el(`${SUPPORT}Du skal være et sted, hvor der bliver taget hensyn til din ryg, og hvor du kan sidde ned.`).hovedhensyn.present).toBe(false));
});

describe('opfoelgning: looks ahead, and what only looks like one', () => {
  it('"Vi holder møde igen til efteråret og ser på, hvordan det går"', () =>
    expect(el(`${SUPPORT}Vi holder møde igen til efteråret og ser på, hvordan det går.`).opfoelgning.present).toBe(true));
  it('"Støtten fortsætter til 30. juni 2026"', () =>
    expect(el(`${SUPPORT}Støtten fortsætter til 30. juni 2026.`).opfoelgning.present).toBe(true));
  it('"Vi gennemgår tallene sammen med dig igen i maj 2027"', () =>
    expect(el(`${SUPPORT}Vi gennemgår tallene sammen med dig igen i maj 2027.`).opfoelgning.present).toBe(true));
  it('"giver ikke et løbende tab af indtægt" is no look ahead', () =>
    expect(el(`${REFUSAL}Lægebesøgene ligger to gange om året og giver ikke et løbende tab af indtægt.`).opfoelgning.present).toBe(false));
  it('"bilag fra januar og frem til kommunen" is where papers go, not how long help lasts', () =>
    expect(el(`${REFUSAL}Du kan sende dine bilag fra januar og frem til kommunen.`).opfoelgning.present).toBe(false));
  it('"fra januar og frem til 31. maj" is still a time limit', () =>
    expect(el(`${SUPPORT}Støtten gives fra januar og frem til 31. maj 2026.`).opfoelgning.present).toBe(true));
  it('"Spørgsmål om løntilskud og opfølgning: Jobcentret" names whom to ask', () =>
    expect(el(`${REFUSAL}Spørgsmål om løntilskud og opfølgning på arbejdspladsen: Jobcentret, tlf. 11 22 33 44.`).opfoelgning.present).toBe(false));
});

describe('formaal and bisidder: the applicant’s aim and a fuldmagt held', () => {
  it('"Du har bedt os om at betale for en rampe, så du kan …" in a refusal is the application’s aim', () =>
    expect(el(`${REFUSAL}Du har bedt os om at betale for en ny rampe, så du kan køre ud med rollatoren.`).formaal.present).toBe(false));
  it('the aim of the granted help stays a purpose', () =>
    expect(el(`${SUPPORT}Støtten skal hjælpe dig med at få styr på din økonomi.`).formaal.present).toBe(true));
  it('"fordi du har fuldmagt fra din far" says who acts, not the right', () =>
    expect(el(`${REFUSAL}Jeg skriver til dig, fordi du har fuldmagt fra din far.`).bisidder.present).toBe(false));
  it('"Du kan give en anden fuldmagt" is the right', () =>
    expect(el(`${REFUSAL}Du kan give en anden fuldmagt til at føre sagen for dig.`).bisidder.present).toBe(true));
});
