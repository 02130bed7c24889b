/**
 * Round 9 (hearing, guidance, follow-up, the citizen's views): phrasings from two blind batches
 * (letters under ældreloven and barnets lov; good letters that never use the textbook phrases).
 * Written for these tests, not taken from the evaluation letters. Every widened phrasing has a
 * look-alike that must stay absent.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

// FVL § 19: the hearing told as what happened — a document sent with the subject after the verb,
// got "tilsendt", the party's call back ("ringede og sagde, at oplysningerne var rigtige"), told
// what the municipality was considering, shown a document, read aloud "højt", allowed to correct.
describe('partshoering: inverted sending, "fik tilsendt", a call back, told what we considered, shown or read aloud', () => {
  it.each([
    'Din hjælp nedsættes. Den 3. marts sendte vi dig terapeutens notat. Du ringede den 7. marts og sagde, at det var rigtigt.',
    'Du får afslag. Den 2. juni sendte jeg jer skolens udtalelse. I svarede den 6. juni, at I er uenige.',
    'Vi nedsætter støtten. Du fik den 4. april tilsendt vores vurdering, så du kunne sige din mening, før vi besluttede noget.',
    'Vi nedsætter støtten. Du fik referatet fra mødet og kunne rette i det.',
    'Vi nedsætter støtten. Du fik beregningen tilsendt den 3. maj. Du sagde, at du var enig i den.',
    'Du får afslag. Vi sendte dig lægens udtalelse den 1. marts. Du ringede den 5. marts og rettede en fejl om din medicin.',
    'Hjælpen stopper. Visitatoren ringede til dig den 2. maj og fortalte dig, at vi overvejede at stoppe hjælpen.',
    'Støtten nedsættes. Vi orienterede jer den 3. maj om, at kommunen påtænkte at nedsætte støtten.',
    'Du får afslag. På mødet fik du lov til at læse statusrapporten, og du sagde, at den var rigtig.',
    'Du får afslag. På mødet viste vi dig referatet fra besøget.',
    'Du får afslag. Den 4. maj læste jeg det, jeg havde skrevet, højt for dig og din far.',
    'Du får afslag. Vi gennemgik notatet i telefonen, og du fik lov til at rette i det.',
    'Du får afslag.\n\nDu har set oplysningerne\n\nNotatet blev sendt til dig den 3. maj.',
  ])('present: %s', (t) => expect(present(t, 'partshoering')).toBe(true));
  it.each([
    // Something sent that is no case document, followed by an account of anything.
    'Du er bevilget en badebænk. Den 3. marts sendte vi dig en pjece om faldforebyggelse. Du sagde, at du var glad for hjælpen.',
    // A document got at a visit, not to read or answer; an assessment the citizen got.
    'Du får afslag. Du fik en vurdering af dit behov ved besøget den 3. maj. Du sagde, at du gerne ville have hjælp til bad.',
    // Told something that was no intended decision; the municipality's own thoughts.
    'Du er bevilget hjælp. Visitatoren fortalte dig, at vi ville sende en ergoterapeut ud.',
    'Du får afslag. Vi overvejede at bevilge en rollator, men du kan gå uden.',
    'Du får afslag. Du fortalte os, at du overvejede at flytte.',
    // Seeing a home or an aid, and the right to see the papers later.
    'Du er visiteret til en plejebolig. Du fik mulighed for at se boligen den 3. maj.',
    'Du får afslag. Du kan få lov til at se dokumenterne i din sag.',
    // A call that is only about practical things.
    'Du er bevilget madservice. Vi sendte dig menukortet. Du ringede den 5. marts og bestilte fisk.',
  ])('absent: %s', (t) => expect(present(t, 'partshoering')).toBe(false));
});

// RSL § 5: another professional asked to assess another aid, an association that holds courses
// for people like the citizen, and what another body (the school) can give.
describe('vejledning-andre-ydelser: asked to assess another aid, an association that holds courses, what the school can give', () => {
  it.each([
    'Du får ikke aftenbesøg. Vi har bedt ergoterapeuten om at vurdere, om en toiletforhøjer kan gøre det lettere for dig.',
    'Du får afslag på bad. Vi har bedt hjemmesygeplejen om at se på, om et badebræt kan hjælpe dig.',
    'Vi bevilger merudgifter. Diabetesforeningen holder kurser for forældre, hvis I kunne have glæde af det.',
    'Du får afslag. Gigtforeningen afholder temaaftener om smerter.',
    'Vi nedsætter bostøtten. Skolen kan give dig specialpædagogisk støtte, fx en studietime om ugen.',
    'Du får afslag. Uddannelsesstedet kan også tilbyde dig en mentor.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    // The citizen asked, the help this letter decides on, and facts gathered from a doctor.
    'Du får afslag på en toiletforhøjer. Vi har bedt dig om at vurdere, om en anden højde kan passe.',
    'Du får afslag på en toiletforhøjer. Vi har bedt ergoterapeuten om at vurdere, om en toiletforhøjer kan hjælpe.',
    'Du får afslag. Vi har bedt lægen om at vurdere, om en operation er nødvendig.',
    // An association where one lives or plays, and one without anything for the citizen.
    'Du er bevilget en rampe. Boligforeningen holder kurser for nye beboere.',
    'Du får afslag. Handicapforeningen holder generalforsamling i maj.',
    // The school as a fact, or giving a day off.
    'Vi bevilger kontaktperson. Skolen kan give dig fri om fredagen, når du skal til psykolog.',
    'Vi bevilger kontaktperson. Skolen har oplyst, at du kommer hver dag.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
});

// Metode til god sagsbehandling: in a letter that ends help, the run-out period ("afviklingsperioden",
// "sidste udbetaling") is the end, not how long help lasts; a reduced help's new term still counts.
describe('opfoelgning: the run-out of help that ends is no follow-up', () => {
  it.each([
    'Din hjemmehjælp nedsættes fra 2 til 1 time om ugen. Den nedsatte hjælp gælder til og med den 31. marts 2027, og vi ser på den igen i marts.',
    'Tilskuddet nedsættes. Vi vurderer tilskuddet igen om et år.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
  it.each([
    'Din hjælp til tabt arbejdsfortjeneste ophører. Under hensyn til afviklingsperioden udbetales hjælpen til og med den 31. oktober 2026.',
    'Vi stopper tilskuddet til dækning af merudgifter. Sidste udbetaling sker til og med den 30. april 2026.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
});

// RSL § 4: a citizen named in full (with a middle name) in a letter to a guardian, named on the
// "Som værge for:" line; a field for the view that says there is none.
describe('borgerens-synspunkter: the citizen by full name in a letter to a guardian; an empty view field', () => {
  it.each([
    'Til advokat Hans Berg\n\nSom værge for: Karen Sofie Lund\n\nDu får en plejebolig. Ved besøget sagde Karen Sofie Lund, at hun gerne vil bo tæt på sin kirke.',
    'Til Jens Holm\n\nPå vegne af: Anna Marie Holm\n\nHun får afslag. Ved mødet fortalte Anna Marie Holm, at hun er bange om natten.',
    'Vi bevilger aflastning.\n\nBarnets perspektiv: Emil siger, at han glæder sig til at sove hos Bente.',
    'Vi giver afslag på flytning. Barnets ønske er ikke muligt at opfylde, fordi der ikke er plads.',
    'Du får afslag. Du ønsker ingen hjælp til rengøring, men vil have hjælp til bad.',
  ])('present: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(true));
  it.each([
    'Vi bevilger en familiekontaktperson.\n\nBarnets perspektiv: Ikke muligt at tale med barnet pga. alder.',
    'Vi bevilger en familiekontaktperson.\n\nBarnets perspektiv: —\n\nVurdering: Betingelserne er opfyldt.',
    'Vi bevilger en familiekontaktperson. Barnets synspunkter er ikke indhentet, da barnet er 1 år.',
    // A relative named in full, not on the line that names the citizen.
    'Til Jens Holm\n\nPå vegne af: Anna Holm\n\nHun får afslag. Ved mødet fortalte Maja Louise Holm, at hun er træt.',
  ])('absent: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(false));
});
