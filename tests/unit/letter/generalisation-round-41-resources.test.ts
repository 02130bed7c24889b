/**
 * Round 41: resources told in passing: a task seen on a visit with the subject after the verb ("vaskede du selv"), a
 * linking adverb before "selv" ("kan altså selv"), a past trial with the aid between "kunne" and "selv", one's own
 * sensor read, a parent's weekday off and days shared between the parents, a child who grows normally and a habit kept
 * up; and their look-alikes: a goal said with "Meningen er, at …", a relative only invited to help, a thing counted in
 * a relative clause, a pastime before an illness and neighbours who reported the family. Batches de/df/dg measured once
 * unseen before they were fixed. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const res = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements.ressourcer.present;
const CARE = 'Kære Birthe\n\nDu får hjælp til bad en gang om ugen efter ældrelovens § 10.\n\n';
const CHILD = 'Kære Lone og Kasper\n\nI får dækket merudgifter til Noahs særlige kost med 400 kr. om måneden efter barnets lov § 86.\n\n';
const AID = 'Kære Jens\n\nDu får en rollator efter servicelovens § 112.\n\n';

describe('ressourcer: a task seen on a visit, with the subject after the verb', () => {
  it('"Ved besøget redte du selv din seng" is what the citizen does', () =>
    expect(res(`${CARE}Ved besøget i marts redte du selv din seng og smurte din mad.`)).toBe(true));
  it('"du tørrede dig selv" in the past is a care task done', () =>
    expect(res(`${CARE}Terapeuten var med, da du tog et brusebad, og bagefter tørrede du dig selv på en stol.`)).toBe(true));
  it('"Ved besøget vaskede hjælperen dig" is no task of the citizen', () =>
    expect(res(`${CARE}Ved besøget i marts vaskede hjælperen dig, mens du sad på taburetten.`)).toBe(false));
  it('"vaskede du ikke selv" stays absent', () =>
    expect(res(`${CARE}Ved besøget i marts vaskede du ikke selv håret, fordi armene ikke kan løftes.`)).toBe(false));
});

describe('ressourcer: a linking adverb between the modal and "selv"', () => {
  it('"Du kan altså selv holde dig ren" is an ability', () =>
    expect(res(`${CARE}Du kan altså selv holde dig ren mellem badene med en klud ved vasken.`)).toBe(true));
  it('"Du kan derfor selv vælge leverandør" is a choice, not an ability', () =>
    expect(res(`${CARE}Du kan derfor selv vælge leverandør af hjælpen.`)).toBe(false));
});

describe('ressourcer: a past trial with the aid between "kunne" and "selv"', () => {
  it('"hun kunne med rollatoren selv gå ned til postkassen" was seen on the trial', () =>
    expect(res(`${AID}Ved afprøvningen i februar kunne hun med rollatoren selv gå ned til postkassen og tilbage.`)).toBe(true));
  it('"du kunne med fordel selv kontakte" is advice, not an ability', () =>
    expect(res(`${AID}Vi skrev til dig, at du kunne med fordel selv kontakte forhandleren om en anden model.`)).toBe(false));
});

describe('ressourcer: keeping an eye on one\'s own condition', () => {
  it('"Noah aflæser selv sin måler" is a task he manages', () =>
    expect(res(`${CHILD}Noah aflæser selv sin måler i frikvarteret og henter en voksen, hvis tallet er lavt.`)).toBe(true));
  it('"Sygeplejersken aflæser målerne" is staff, not the child', () =>
    expect(res(`${CHILD}Skolens sygeplejerske aflæser målerne i frikvarteret.`)).toBe(false));
});

describe('ressourcer: the parents cover days themselves', () => {
  it('"Mor har fri om fredagen" is cover the family has', () =>
    expect(res(`${CHILD}Kasper arbejder på skift, og Lone har fri om fredagen, hvor hun tager Noah med til kontrol.`)).toBe(true));
  it('"I har delt ugen mellem jer" is cover the parents give', () =>
    expect(res(`${CHILD}Vi kan se, at I har delt ugen ligeligt mellem jer, så Noah aldrig er alene efter skole.`)).toBe(true));
  it('"Skolen har fri om fredagen" is no parent\'s time off', () =>
    expect(res(`${CHILD}Skolen holder lukket i vinterferien, og SFO'en har fri om fredagen i uge 7.`)).toBe(false));
  it('a wish to share the week is not cover already given', () =>
    expect(res(`${CHILD}I vil gerne dele ugen mellem jer, men jeres arbejdstider gør det svært.`)).toBe(false));
});

describe('ressourcer: a child who grows normally, and a habit kept up', () => {
  it('"Noah vokser normalt" is how he is doing now', () =>
    expect(res(`${CHILD}Lægen skriver, at Noah vokser normalt og har det godt med den nye kost.`)).toBe(true));
  it('"så Noah kan vokse normalt" is a goal', () =>
    expect(res(`${CHILD}Pengene skal dække den ekstra kost, så Noah kan vokse normalt.`)).toBe(false));
  it('"børn vokser normalt ud af skoene" is about clothes, not the child', () =>
    expect(res(`${CHILD}Sko er ikke en merudgift, fordi alle børn vokser normalt ud af deres sko hvert halve år.`)).toBe(false));
  it('"har holdt fast i gåturene med sin søster" is a habit kept up', () =>
    expect(res(`${AID}Du har holdt fast i gåturene med din søster om lørdagen, selv om det er gået langsommere.`)).toBe(true));
  it('"har ikke holdt fast i træningen" stays absent', () =>
    expect(res(`${AID}Du har ikke holdt fast i træningen, efter at forløbet sluttede.`)).toBe(false));
});

describe('ressourcer: look-alikes that name no resource', () => {
  it('"Meningen er, at du kan klare dig" is a goal', () =>
    expect(res(`${AID}Meningen er, at du kan klare turen til bussen uden at skulle vente på din nabo.`)).toBe(false));
  it('"Din søn er velkommen til at hjælpe dig" is a permission, not help he gives', () =>
    expect(res(`${AID}Blanketten finder du på kommunens hjemmeside. Din søn er velkommen til at hjælpe dig med at udfylde den.`)).toBe(false));
  it('"Din søn hjælper dig med blanketter" is help he gives', () =>
    expect(res(`${AID}Din søn hjælper dig med blanketter og post.`)).toBe(true));
  it('"fire frosne retter, som du kan varme" is the meals\' use, not an ability', () =>
    expect(res(`${CARE}Hver mandag får du fire frosne retter, som du kan varme i ovnen.`)).toBe(false));
  it('"Sofie gik til gymnastik, før hun fik gigt" is what was, not what she does', () =>
    expect(res(`${CHILD}Sofie gik til gymnastik, før hun blev syg, og kontingentet er det samme som før.`)).toBe(false));
  it('"Sofie gik til gymnastik i går" is a pastime she has', () =>
    expect(res(`${CHILD}Sofie gik til gymnastik i går og var glad bagefter.`)).toBe(true));
  it('neighbours named as those who reported the family are no support', () =>
    expect(res(`${CHILD}Kommunen har fået tre underretninger om familien fra skolen og naboer.`)).toBe(false));
});
