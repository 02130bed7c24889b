/**
 * Round 11 (scope and resources): phrasing classes behind misses on the spent held-out sets 4 and
 * 5, written for these tests in the way caseworkers write — not taken from any corpus letter.
 * Each class has valid examples and look-alikes that must stay absent.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

describe('borgerens-synspunkter: an answer with its date, and the record field with "egne"', () => {
  it.each([
    'Vi sendte dig vores beregning den 2. marts. Du svarede den 9. marts, at du også har udgifter til taxa.',
    'Vi ringede til dig om udkastet. Du skrev d. 14.11.2025, at du ikke kan gå på trapper.',
    'Borgerens egne ønsker: Vil gerne kunne handle selv igen.',
    'Borgers eget ønske: At komme i haven til foråret.',
  ])('present: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(true));
  it.each([
    // Someone else's writing with a document's date, and an empty field.
    'Bostøtten skriver i statusrapporten af 3. februar 2026, at du er startet på et kursus.',
    'Din læge skriver i sin attest af 4. april, at du har brug for genoptræning.',
    'Borgers egne ønsker: Ikke oplyst.',
    'Du svarede ikke inden fristen den 9. marts.',
  ])('absent: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(false));
});

describe('ressourcer: reflexive self-care, a frequency before "selv", and a relative who offers help', () => {
  it.each([
    'Du er bevilget bad én gang om ugen. Du vasker dig selv ved håndvasken de andre dage.',
    'Det fremgår af vurderingen, at hun klæder sig selv på om morgenen.',
    'Det er oplyst, at De dagligt selv foretager mindre indkøb i Brugsen.',
    'Han hver morgen selv smører sin mad, men kan ikke stå ved komfuret.',
    'Jeres søn har tilbudt at køre jer til træning hver torsdag.',
    'Din datter Mette tilbyder sig at handle ind, når hun har fri.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    'Hjemmeplejen vasker dig på ryg og ben to gange om ugen.',
    'Hun vasker sig ikke selv længere, fordi hun ikke kan løfte armene.',
    'Det er oplyst, at De ikke dagligt kan foretage indkøb.',
    'Din datter har ikke tilbudt at hjælpe med indkøb.',
    'Vi har tilbudt din søn en samtale med demenskoordinatoren.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

describe('partshoering: the auxiliary and the participle split by a date', () => {
  it.each([
    'Du har den 3. juni fået tilsendt et udkast til afgørelsen. Du ringede den 6. juni og sagde, at du var enig.',
    'I har den 12. maj 2026 fået tilsendt notatet fra samtalen. I svarede, at oplysningerne er rigtige.',
  ])('present: %s', (t) => expect(present(t, 'partshoering')).toBe(true));
  it.each([
    // A leaflet or an aid received is no case document; a plan sent after the decision is no hearing.
    'Du har den 3. juni fået tilsendt en folder om hjælpemidler. Du ringede og sagde tak.',
    'Du har den 3. juni fået leveret din rollator.',
  ])('absent: %s', (t) => expect(present(t, 'partshoering')).toBe(false));
});

describe('formaal: the aim said outright with "skal gøre, at", and an application with its date', () => {
  it.each([
    'Du får en armbåndsalarm. Alarmen skal gøre, at du kan få hjælp om natten.',
    'Vi bevilger træning 2 gange om ugen. Træningen skal føre til, at du igen kan gå på trapper.',
    'Aflastningen skal gøre, at I får tid til jeres andre børn.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    // The application's own purpose in a refusal, with its date between the verb and "om".
    'Du søgte den 2. april 2026 om en ledsager, så du kan komme til koncerter. Vi kan ikke bevilge ledsagelse, fordi du ikke opfylder betingelserne.',
    'Du søgte d. 14. marts om en el-cykel, så du kan komme på arbejde. Vi giver afslag på el-cyklen.',
    // A device's function alone stays out.
    'Du får et nødkald, så du kan tilkalde hjælp, hvis du falder.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

describe('omfang: the application met, a weekday with its hours, and not the costs counted', () => {
  it.each([
    'Kære Sofie\n\nVi kan imødekomme din ansøgning om aktivitets- og samværstilbud på Værestedet, 3 dage om ugen.',
    'Kære Hans\n\nKommunen bevilger din ansøgning om ledsagelse, 10 timer om måneden.',
    'Kære Mia og Jens\n\nJeres ansøgning om aflastning er imødekommet, og I får 2 weekender om måneden.',
    'Kære Ali\n\nVi har besluttet at ændre din støtte. Du kommer i stedet i vores samtalegruppe, som mødes hver onsdag kl. 13-15.',
    'Kære Lone\n\nDu får afløsning i hjemmet hver mandag og torsdag fra kl. 9.00 til 11.30.',
  ])('present: %s', (t) => expect(present(t, 'omfang')).toBe(true));
  it.each([
    // A refusal of the application, and an office's contact time or a single date.
    'Kære Sofie\n\nVi kan ikke imødekomme din ansøgning om aktivitetstilbud 3 dage om ugen, fordi du ikke er i målgruppen.',
    'Kære Mia og Jens\n\nJeres ansøgning om 2 weekender om måneden er ikke imødekommet, fordi Oskar ikke er i målgruppen.',
    'Kære Ali\n\nDu får en kontaktperson. Du kan ringe til os hver tirsdag kl. 10-12, hvis du har spørgsmål.',
    'Kære Ali\n\nDu får en kontaktperson. Du kan træffe mig hver torsdag kl. 9-10.',
    'Kære Lone\n\nDu får en badebænk. Vi kommer tirsdag den 3. marts kl. 10-11 og sætter den op.',
    // A relative's visits, and the citizen's costs as the office counted them.
    'Kære Jonas\n\nDu får et botilbud efter § 108. Din far besøger dig hver anden weekend.',
    'Kære Karen\n\nVi bevilger delvis dækning af dine merudgifter.\n\nSådan har vi regnet\n- Medicin efter tilskud: 120 kr. om måneden\n- Ekstra tøjvask: 45 kr. om måneden\n\nVi har medregnet 45 kr. om måneden til tøjvask, fordi du sveder om natten.',
  ])('absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});

describe('opfoelgning: a limit or a rate of the law moved each year is no follow-up', () => {
  it.each([
    'Du får tilskud til merudgifter. Vi regulerer beløbet en gang om året.',
    'Du får et tilskud på 800 kr. om måneden. Tilskuddet justeres hvert år, når vi har set dine kvitteringer.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
  it.each([
    'Du får ikke hjælp. Efter servicelovens § 100, stk. 3, kan der kun ydes hjælp, når merudgifterne er over et minimumsbeløb, som reguleres hvert år.',
    'Du får afslag. Dine udgifter er under beløbsgrænsen, der justeres årligt.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
});
