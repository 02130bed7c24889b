/**
 * Round 43: a ride scheme the citizen "kan køre med", a private provider to order from on one's own in a partial
 * grant, a free course another body holds, and an association for advice on a subject of its own at the end of the
 * complaint paragraph (vejledning-andre-ydelser); two granted things named bare, "Med X og Y kan du selv …" (formaal);
 * the place the citizen "fortsætter i … som hidtil" in a refusal of more, and a count told in the perfect with its
 * participle after it (omfang); the therapist who "kommer og ser" the aid once it is in place, and a span of
 * something that "er kommet/gået" on (opfoelgning). Batches dh/di measured once unseen before they were fixed.
 * Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const el = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements;
const TRAINING = 'Kære Knud\n\nDu får bevilget vedligeholdelsestræning efter servicelovens § 86, stk. 2, som du har søgt om.\n\nTræningen foregår 1 gang om ugen på Sundhedshuset i 10 uger.\n\n';
const ADAPT = 'Kære Tove\n\nDu har søgt om en rampe ved bagdøren og et greb i badet. Du får begge dele efter servicelovens § 116, stk. 1.\n\n';
const WORKSHOP_REFUSAL =
  'Kære Bent\n\nDu har bedt om at komme på værkstedet efter servicelovens § 103 fire dage om ugen i stedet for to.\n\n';

describe('vejledning-andre-ydelser: a ride scheme, a private provider, a free course, advice after the complaint', () => {
  it('"Du kan køre med Flextur til Sundhedshuset" points to another scheme', () =>
    expect(el(`${TRAINING}Du kan køre med Flextur til Sundhedshuset. Turen bestiller du selv.`)['vejledning-andre-ydelser'].present).toBe(true));
  it('"Du kørte med Flextur, da du var til undersøgelse" is what the citizen did', () =>
    expect(el(`${TRAINING}Du kørte med Flextur, da du var til undersøgelse i januar.`)['vejledning-andre-ydelser'].present).toBe(false));
  it('a free course another body holds ("har Aftenskolen et gratis kursus i …") guides', () =>
    expect(
      el('Kære Jonas\n\nDu får ikke socialpædagogisk støtte efter servicelovens § 85, fordi du selv har styr på dine aftaler.\n\nVil du blive bedre til din netbank, har Aftenskolen et gratis kursus i det – spørg på rådhuset.')[
        'vejledning-andre-ydelser'
      ].present,
    ).toBe(true));
  it('the same refusal without the course has no guidance', () =>
    expect(
      el('Kære Jonas\n\nDu får ikke socialpædagogisk støtte efter servicelovens § 85, fordi du selv har styr på dine aftaler.\n\nDu bruger selv din netbank hver uge.')['vejledning-andre-ydelser'].present,
    ).toBe(false));
  it('an association for advice on a subject of its own at the end of the complaint paragraph guides', () =>
    expect(
      el(`${TRAINING}Klagevejledning\nDu kan klage over afgørelsen inden 4 uger. Vi ser på sagen igen, før den sendes til Ankestyrelsen. Du kan kontakte Gigtforeningen for råd om øvelser derhjemme.`)[
        'vejledning-andre-ydelser'
      ].present,
    ).toBe(true));
  it('an association for help with the complaint in the same place is part of the complaint guidance', () =>
    expect(
      el(`${TRAINING}Klagevejledning\nDu kan klage over afgørelsen inden 4 uger. Vi ser på sagen igen, før den sendes til Ankestyrelsen. Du kan kontakte Gigtforeningen for hjælp til din klage.`)[
        'vejledning-andre-ydelser'
      ].present,
    ).toBe(false));
});

describe('formaal: two granted things named bare', () => {
  it('"Med rampe og greb kan du selv komme ud i haven" in a grant is what the help shall lead to', () =>
    expect(el(`${ADAPT}Du sidder i kørestol. Med rampe og greb kan du selv komme ud i haven og i bad.`).formaal.present).toBe(true));
  it('"Med tid og ro kan du selv …" names no granted thing before the clause', () =>
    expect(el(`${ADAPT}Du sidder i kørestol. Du har fortalt, at du med tiden vil prøve mere selv.`).formaal.present).toBe(false));
});

describe('omfang: the place that goes on as it is, and a count of what has happened', () => {
  it('"Du fortsætter på værkstedet to dage om ugen som hidtil" in a refusal of more is the scope that goes on', () =>
    expect(el(`${WORKSHOP_REFUSAL}Du fortsætter på værkstedet to dage om ugen som hidtil. Der bevilges ikke flere dage.`).omfang.present).toBe(true));
  it('"Du har været på værkstedet to dage om ugen" is the time so far', () =>
    expect(el(`${WORKSHOP_REFUSAL}Du har været på værkstedet to dage om ugen siden 2024. Der bevilges ikke flere dage.`).omfang.present).toBe(false));
  it('"Du har tre gange i år ligget på gulvet" in a grant of an alarm is no scope', () =>
    expect(
      el('Kære Ruth\n\nDu får et nødkald efter servicelovens § 112. Du har tre gange i år ligget på gulvet, før nogen kom. Nødkaldet sættes op i uge 12.').omfang.present,
    ).toBe(false));
  it('"Du får hjælp til bad to gange om ugen" in the same letter is one', () =>
    expect(el('Kære Ruth\n\nDu får hjælp til bad to gange om ugen efter servicelovens § 83. Hjælpen starter i uge 12.').omfang.present).toBe(true));
});

describe('opfoelgning: a look at the aid once it is in place, and a span of what has gone on', () => {
  it('"Ergoterapeuten kommer og ser grebet, når det er monteret" is a follow-up', () =>
    expect(el(`${ADAPT}Ergoterapeuten kommer og ser grebet, når det er monteret, for at sikre, at det sidder rigtigt.`).opfoelgning.present).toBe(true));
  it('"Hjemmeplejen kommer og ser til dig" is the help itself', () =>
    expect(el(`${ADAPT}Hjemmeplejen kommer og ser til dig om morgenen, som du er vant til.`).opfoelgning.present).toBe(false));
  it('"Emil er gået i skole hver dag i 5 uger" tells how long something has gone on', () =>
    expect(
      el('Kære Lene\n\nFra februar 2026 kommer familiebehandleren 1 gang om ugen i stedet for 2 efter barnets lov § 32.\n\nEmil er gået i skole hver dag i 5 uger, og I klarer morgenerne selv.').opfoelgning.present,
    ).toBe(false));
  it('"Familiebehandlingen er bevilget i 5 måneder" is how long the help lasts', () =>
    expect(
      el('Kære Lene\n\nFra februar 2026 kommer familiebehandleren 1 gang om ugen i stedet for 2 efter barnets lov § 32.\n\nFamiliebehandlingen er bevilget i 5 måneder.').opfoelgning.present,
    ).toBe(true));
});
