/**
 * Round 45: a field label "Spørgsmål om …: Jobcentret, tlf." ahead of a named body, "kan blive visiteret til" another
 * scheme, "han kan søge om" in a letter to a værge or parent, and a thing "gratis at låne"; staff who "kan bruge mere
 * tid" and "kan godt købe den" are no guidance (vejledning-andre-ydelser); a bare "kan gå ca. 400 meter", work held
 * "tre dage om ugen", "passet dine faste tider", "tager bus" and a child who "er med i alt" (ressourcer); "når …, er der
 * ikke længere grund til, at …" and a terse "Grund:" label (begrundelse). Batches dn–dp measured once unseen before
 * they were fixed. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const el = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements;
const ENDS = 'Kære Bo\n\nDin plads i dagtilbuddet efter servicelovens § 104 slutter den 30. april.\n\n';
const REFUSAL = 'Kære Lis\n\nDu får ikke betalt taxa til genoptræning efter servicelovens § 100, som du har søgt om.\n\n';
const GUARDIAN = 'Kære Mona\n\nKommunen har godkendt, at Niels får et botilbud efter servicelovens § 107 fra 1. maj.\n\n';
const PARTIAL =
  'Kære Aase\n\nDu får en rollator som hjælpemiddel efter servicelovens § 112. En trappelift kan vi ikke give dig.\n\n';
const CARE = 'Kære Ib\n\nDu får fortsat hjælp til bad to gange om ugen efter servicelovens § 83.\n\n';

describe('vejledning-andre-ydelser: a questions label, being referred, a third person who may apply, a free loan', () => {
  it('"Spørgsmål om løn og timer i det nye job: Jobcentret, tlf." guides', () =>
    expect(el(`${ENDS}Spørgsmål om løn, timer og tilskud i det nye job: Jobcentret, tlf. 70 10 20 30.`)['vejledning-andre-ydelser'].present).toBe(true));
  it('the job centre named as the one who decided is a fact of the case', () =>
    expect(el(`${ENDS}Du begynder i et nyt job 1. maj efter jobcentrets afgørelse af 3. marts.`)['vejledning-andre-ydelser'].present).toBe(false));
  it('"du kan blive visiteret til handicapkørsel" guides', () =>
    expect(el(`${REFUSAL}Det betaler vi ikke, fordi du kan blive visiteret til handicapkørsel hos trafikselskabet.`)['vejledning-andre-ydelser'].present).toBe(true));
  it('handicapkørsel the citizen already uses is no guidance', () =>
    expect(el(`${REFUSAL}Du har været visiteret til handicapkørsel siden sidste år.`)['vejledning-andre-ydelser'].present).toBe(false));
  it('"han kan søge om en ledsager efter § 97" guides', () =>
    expect(el(`${GUARDIAN}Niels vil gerne til koncerter, og han kan søge om en ledsager efter servicelovens § 97 til det.`)['vejledning-andre-ydelser'].present).toBe(true));
  it('what he has applied for is the application, not guidance', () =>
    expect(el(`${GUARDIAN}Niels har selv søgt om at flytte ind sammen med sin ven.`)['vejledning-andre-ydelser'].present).toBe(false));
  it('a thing "gratis at låne" beside a refused part guides', () =>
    expect(el(`${PARTIAL}Depotet har også en gribetang. Den er gratis at låne, hvis du vil prøve den.`)['vejledning-andre-ydelser'].present).toBe(true));
  it('a free item with nothing to borrow is no guidance', () =>
    expect(el(`${PARTIAL}Rollatoren er gratis for dig.`)['vejledning-andre-ydelser'].present).toBe(false));
  it('staff who "kan bruge mere tid" on a bad day is no guidance', () =>
    expect(el(`${CARE}Er du træt en dag, kan de bruge mere tid på badet, og en anden dag mindre.`)['vejledning-andre-ydelser'].present).toBe(false));
  it('"kan du også benytte" another offer still guides', () =>
    expect(el(`${CARE}Vil du gerne træne, kan du også benytte motionsholdet i Aktivitetshuset.`)['vejledning-andre-ydelser'].present).toBe(true));
  it('"Du kan godt købe den, men så betaler du resten" is no guidance', () =>
    expect(el(`${PARTIAL}Du kan godt købe den, men så skal du selv betale hele prisen.`)['vejledning-andre-ydelser'].present).toBe(false));
});

describe('ressourcer: a bare "kan gå … meter", work held, steady attendance, public transport, a child who joins in', () => {
  it('"har ondt i hoften og kan gå ca. 300 meter med stok" is a resource', () =>
    expect(el(`${REFUSAL}Lægen skriver, at du har ondt i hoften og kan gå ca. 300 meter med stok.`).ressourcer.present).toBe(true));
  it('"kun kan gå 30 meter" is a limit', () =>
    expect(el(`${REFUSAL}Lægen skriver, at du har ondt i hoften og kun kan gå 30 meter med stok.`).ressourcer.present).toBe(false));
  it('"hvor du arbejder to dage om ugen" is a resource', () =>
    expect(el(`${PARTIAL}Rollatoren skal hjælpe dig på vej til butikken, hvor du arbejder to dage om ugen.`).ressourcer.present).toBe(true));
  it('work as a wish is no resource', () =>
    expect(el(`${PARTIAL}Du håber at komme i arbejde igen til efteråret.`).ressourcer.present).toBe(false));
  it('"har passet dine faste tider i fire år og er klar til et job" is a resource', () =>
    expect(el(`${ENDS}Lederen skriver, at du har passet dine faste tider i fire år og er klar til et job.`).ressourcer.present).toBe(true));
  it('a leader who only reports the end date is none', () =>
    expect(el(`${ENDS}Lederen skriver, at din sidste dag bliver den 30. april.`).ressourcer.present).toBe(false));
  it('"Du tager bus til arbejde hver morgen" is a resource', () =>
    expect(el(`${REFUSAL}Du tager bus til arbejde hver morgen uden problemer.`).ressourcer.present).toBe(true));
  it('a bus that does not run is no resource', () =>
    expect(el(`${REFUSAL}Der kører ingen bus fra din adresse om aftenen.`).ressourcer.present).toBe(false));
  it('"er med i alt i vuggestuen" is a resource', () =>
    expect(el(`${REFUSAL}Personalet fortæller, at Ella er med i alt i vuggestuen, også på ture.`).ressourcer.present).toBe(true));
  it('a child kept out of outings is none', () =>
    expect(el(`${REFUSAL}Personalet fortæller, at Ella bliver hjemme, når gruppen tager på tur.`).ressourcer.present).toBe(false));
});

describe('begrundelse: "når …, er der ikke længere grund til", a terse "Grund:" label', () => {
  it('"når du nu selv kan …, er der ikke længere grund til, at vi fortsætter" is a reason', () =>
    expect(el(`${ENDS}Du har nået dine mål, og når du nu selv kan holde din styrke ved lige, er der ikke længere grund til, at vi fortsætter.`).begrundelse.present).toBe(true));
  it('"der er ingen grund til bekymring" alone is none', () =>
    expect(el(`${ENDS}Du skal ikke gøre noget, og der er ingen grund til bekymring.`).begrundelse.present).toBe(false));
  it('"Grund: Du begynder i et job …" is a reason', () =>
    expect(el(`${ENDS}Grund: Du begynder i et job på 15 timer om ugen den 1. maj, og de to ting kan ikke kombineres.`).begrundelse.present).toBe(true));
  it('"Grundlag:" with only the rule is none', () =>
    expect(el(`${ENDS}Grundlag: servicelovens § 104.`).begrundelse.present).toBe(false));
});
