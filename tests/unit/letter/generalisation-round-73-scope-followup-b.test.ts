/**
 * Round 73b: omfang for a daily visit told as every day of the week with a time window, and not for an amount inside
 * what the citizen wished the municipality would cover; opfoelgning for a measurement repeated at a time ahead, not for
 * the span of help had in the past, a deadline for the citizen's own reply, or a review "efter behov"; formaal not for
 * the aim of an imperative that points to other help. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const END = '\n\nMed venlig hilsen\nBirthe Holm\nVisitator\n';
const OPEN = 'Solbjerg Kommune\n\nDato: 12. marts 2026\n\n';
type Id = 'omfang' | 'opfoelgning' | 'formaal';
const el = (subject: string, body: string, id: Id) =>
  analyzeLetter(OPEN + subject + '\n\nKære Poul\n\n' + body + END, { date: new Date('2026-03-12T12:00:00') }).elements[id].present;

describe('omfang: every day of the week with a time window', () => {
  it('"alle ugens dage mellem kl. … og …" for help that goes on', () =>
    expect(el('Ændring af din hjemmehjælp', 'Fra 1. april kommer hjemmeplejen ikke længere om eftermiddagen. Hjælpen til medicin fortsætter alle ugens dage mellem kl. 8.00 og 9.30.', 'omfang')).toBe(true));
  it('"alle ugens dage mellem kl. … og kl. …" in a grant', () =>
    expect(el('Bevilling af hjælp til at komme i seng', 'Du har søgt om hjælp om aftenen, og det får du. En hjælper kommer alle ugens dage mellem kl. 20 og kl. 21 og hjælper dig i seng.', 'omfang')).toBe(true));
  it('look-alike: a café where the citizen can buy a meal every day of the week', () =>
    expect(el('Ophør af madservice', 'Din madservice stopper den 1. april, fordi du igen selv kan lave mad. Du kan købe frokost i Seniorcaféen alle ugens dage kl. 12-13.', 'omfang')).toBe(false));
  it('look-alike: a hotline open on weekdays between two times', () =>
    expect(el('Afslag på hjælp til indkøb', 'Vi giver dig afslag på hjælp til indkøb, fordi du selv kan bestille varer på nettet. Har du spørgsmål, kan du ringe til os alle hverdage mellem kl. 8 og 12.', 'omfang')).toBe(false));
});

describe('omfang: an amount inside what the citizen wished the municipality would pay', () => {
  it('look-alike: "ønsker, at kommunen dækker … om måneden" in a refusal', () =>
    expect(el('Afslag på tilskud til taxa', 'Vi giver afslag på tilskud til taxa. Du ønsker, at kommunen dækker taxa til 300 kr. om måneden, fordi du har svært ved at gå til bussen. Du kan bruge flextrafik.', 'omfang')).toBe(false));
  it('look-alike: "søgt om, at kommunen dækker … om måneden" in a refusal', () =>
    expect(el('Afslag på tilskud', 'Du har søgt om, at kommunen dækker taxa til 300 kr. om måneden. Vi giver afslag, fordi du kan bruge flextrafik.', 'omfang')).toBe(false));
  it('help kept beside a refusal, named as what the citizen has now', () =>
    expect(el('Afslag på mere rengøring', 'Vi har ikke imødekommet din ansøgning om rengøring hver uge.\n\nDu fortsætter med den praktiske hjælp, som du har i dag: rengøring 1 gang hver 14. dag.', 'omfang')).toBe(true));
  it('a refusal that still says what the municipality pays each month', () =>
    expect(el('Afslag på forhøjelse', 'Du har søgt om mere til fodpleje. Det kan vi ikke give. Kommunen dækker fortsat dine 500 kr. om måneden til særlig kost.', 'omfang')).toBe(true));
});

describe('opfoelgning: a measurement repeated at a time ahead', () => {
  it('"vejer dig igen i slutningen af …"', () =>
    expect(el('Bevilling af madservice', 'Du får varm mad hver dag. Diætisten vejer dig igen i slutningen af maj, og så tager vi stilling til, om du stadig skal have maden.', 'opfoelgning')).toBe(true));
  it('"måler … igen om tre måneder"', () =>
    expect(el('Bevilling af træning', 'Du får træning to gange om ugen. Terapeuten måler din gangdistance igen om tre måneder.', 'opfoelgning')).toBe(true));
  it('look-alike: a measurement repeated only if something happens', () =>
    expect(el('Bevilling af madservice', 'Du får varm mad hver dag. Hjemmeplejen vejer dig igen, hvis du taber dig.', 'opfoelgning')).toBe(false));
});

describe('opfoelgning: not the span of help had, a deadline for the citizen, or a review "efter behov"', () => {
  it('look-alike: help the citizen has had "frem til"', () =>
    expect(el('Afslag på støtte', 'Tak for din henvendelse. Støtten er for unge, der har haft en mentor frem til, de blev 18. Du har ikke haft en mentor, og derfor giver vi afslag.', 'opfoelgning')).toBe(false));
  it('look-alike: help received "indtil" an event in the past', () =>
    expect(el('Afslag på bostøtte', 'Du har modtaget bostøtte indtil sommerferien sidste år. Vi giver afslag på ny bostøtte, fordi du nu klarer dig selv.', 'opfoelgning')).toBe(false));
  it('look-alike: the choice to be told by a date', () =>
    expect(el('Bevilling af indkøbshjælp', 'Du får hjælp til indkøb en gang om ugen. Du skal meddele Visitationen dit valg senest den 25. marts.', 'opfoelgning')).toBe(false));
  it('look-alike: "evalueres ved behov"', () =>
    expect(el('Bevilling af støtte', 'Du får støtte 2 timer om ugen. Støtten evalueres ved behov.', 'opfoelgning')).toBe(false));
  it('look-alike: word about the choice of provider by a date', () =>
    expect(el('Bevilling af rengøring', 'Du får rengøring hver 14. dag. Giv os besked om dit valg af leverandør senest den 20. marts.', 'opfoelgning')).toBe(false));
  it('look-alike: "revurderes efter behov"', () =>
    expect(el('Bevilling af tøjvask', 'Du får hjælp til tøjvask en gang om ugen. Bevillingen revurderes efter behov.', 'opfoelgning')).toBe(false));
  it('a grant that runs "frem til" a date still counts', () =>
    expect(el('Bevilling af aflastning', 'Du får aflastning en weekend om måneden. Aflastningen er bevilget frem til 31. december 2026.', 'opfoelgning')).toBe(true));
  it('a review at a set time still counts', () =>
    expect(el('Bevilling af tøjvask', 'Du får hjælp til tøjvask en gang om ugen. Bevillingen revurderes i oktober 2026.', 'opfoelgning')).toBe(true));
});

describe('formaal: the aim of an imperative that points to other help', () => {
  it('look-alike: "Kontakt … , så du kan få …"', () =>
    expect(el('Afslag på merudgifter', 'Vi kan ikke dække udgiften til cremer. Kontakt din egen læge om en recept, så du kan få tilskud fra regionen.', 'formaal')).toBe(false));
  it('look-alike: "Henvend dig …, så du kan …"', () =>
    expect(el('Afslag på hjælpemiddel', 'Vi kan ikke bevilge en ny briks. Henvend dig på genoptræningscentret, så du kan låne en, mens du venter.', 'formaal')).toBe(false));
  it('the aim of the help itself still counts', () =>
    expect(el('Bevilling af træning', 'Du får træning to gange om ugen, så du igen kan gå på trapper.', 'formaal')).toBe(true));
  it('the aim of the help stated plainly still counts', () =>
    expect(el('Bevilling af støtte', 'Du får støtte 3 timer om ugen. Formålet er, at du selv kan klare din økonomi.', 'formaal')).toBe(true));
});
