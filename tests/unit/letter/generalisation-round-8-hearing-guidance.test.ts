/**
 * Round 8 (hearing, guidance, follow-up, facts, the citizen's views): phrasings from two blind
 * batches (caseworkers with strong habits: field labels, phone mails with abbreviations, letters
 * to relatives; and less common help types). Written for these tests, not taken from the
 * evaluation letters. Every widened phrasing has a look-alike that must stay absent.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

// FVL § 19: a case document sent to the party with the party after "til" (also "til borger" in a
// field-style record) and a deadline or the purpose of comments in the same sentence, or "Der er
// ikke modtaget bemærkninger" after it; and comments the party gave on a document it read.
describe('partshoering: a document sent "til" the party with a deadline, comments given on a document', () => {
  it.each([
    'Afgørelse: Din hjælp nedsættes.\n\nHøring: Notatet fra revisitationen blev sendt til borgeren 3-2-2026 med frist til 12-2-2026.',
    'Din bostøtte nedsættes. Vi sendte den 4. marts vores vurdering til dig med henblik på eventuelle bemærkninger.',
    'Kommunen fremsendte den 2. maj 2025 funktionsbeskrivelsen til Dem. Der er ikke modtaget bemærkninger.',
    'Du får afslag. Referatet af mødet blev sendt til jer med svarfrist den 10. juni.',
    'Vi nedsætter støtten. Forældrene har gennemgået den børnefaglige undersøgelse og kom med bemærkninger den 3. juni.',
    'Du får afslag. Du har læst lægens udtalelse og gav bemærkninger til den i telefonen.',
    'Hjælpen ophører. Vurderingen blev sendt til borgeren den 2. juni. Der er ikke indkommet bemærkninger.',
  ])('present: %s', (t) => expect(present(t, 'partshoering')).toBe(true));
  it.each([
    // Something sent to the citizen that is no document of the case, or a form to fill in.
    'Du er bevilget en badebænk. Bænken blev sendt til borgeren den 3. februar med fragtmand.',
    'Du får afslag. Vi har sendt et skema til dig med frist til 1. maj, som du skal udfylde.',
    'Du er bevilget en rollator. Rollatoren blev sendt til borgeren den 2. juni. Der er ikke indkommet klager.',
    // A document sent to someone else, and the municipality's own comments.
    'Du får afslag. Vi sendte notatet til lægen med frist til 10. juni.',
    'Du får afslag. Vi har læst lægens udtalelse og givet bemærkninger til hospitalet om din genoptræning.',
    // A document read without any comments given.
    'Du får afslag. Forældrene har læst den børnefaglige undersøgelse og givet samtykke til anbringelsen.',
  ])('absent: %s', (t) => expect(present(t, 'partshoering')).toBe(false));
});

// RSL § 5: another scheme with an abbreviation between the words of a phone mail ("du kan evt.
// søge"), a body that "har en rådgivning", open offers that need no visitation, a heading of other
// options, the parents' støtteperson offered in a placement, the own doctor to talk things over
// with; "et andet sted" only with a word of getting or asking near it.
describe('vejledning-andre-ydelser: abbreviations, "har en rådgivning", no visitation, støtteperson, own doctor', () => {
  it.each([
    'Du er bevilget ledsagelse 12 t/md. Ang. transport: du kan evt. søge om handicapkørsel hos trafikselskabet.',
    'Du får afslag på en ny kørestol. Hvis cyklen ikke slår til, kan I f.eks. ansøge om et individuelt tilskud.',
    'Du får afslag på merudgifter. Hjernesagen har en rådgivning for pårørende, som du kan ringe til.',
    'Du er bevilget et træningsforløb. Bagefter kan du gå på kommunens seniorhold i hallen. Du behøver ikke at blive visiteret.',
    'Vi har ikke kunnet bevilge en kugledyne.\n\nØvrige muligheder\n\nSe kommunens side om søvn.',
    'Vi anbringer Emil hos sin moster. Som forældre kan I få tilbud om en støtteperson under anbringelsen.',
    'Du får afslag på en vægtdyne. Sønnens uro om natten kan med fordel drøftes med jeres egen læge.',
    'Du får afslag på en vægtdyne. I kan drøfte med jeres læge om en henvisning til søvnklinikken.',
    'Du får afslag.\n\nAndre steder, du kan få hjælp\n\nPatientforeningen har en telefonlinje.',
    'Du får afslag på hjælp til haven. Du kan måske få hjælp til det et andet sted.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    // An abbreviation before asking for the same help again, or before a call to the writer.
    'Du er bevilget ledsagelse 12 t/md. Du kan evt. søge igen, hvis dit syn bliver dårligere.',
    'Du er bevilget ledsagelse 12 t/md. Du kan evt. ringe til mig, hvis der er noget.',
    // A meeting with the writer, no visitation again for the help granted.
    'Du er bevilget bostøtte. Vi har en rådgivningssamtale med dig den 3. maj.',
    'Du er visiteret til madservice. Du behøver ikke at blive visiteret igen, når du flytter til Solbakken.',
    // The doctor as a source, a child who wants to sleep somewhere else, a place already found.
    'Du får afslag. Vi har drøftet sagen med din læge, som ikke mener, at dynen hjælper.',
    'Vi bevilger aflastning. Oliver har sagt, at han godt vil sove et andet sted, hvis der er en hund.',
    'Vi stopper støtten, fordi du selv har fundet et andet sted at bo.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
});

// Metode til god sagsbehandling: a deadline for something the citizen must do (comment, return an
// aid), delivery up to a past date, a trial or a record made in a past period, and "indtil videre"
// are no follow-up and no duration; the duration and the look ahead in the same words stay.
describe('opfoelgning: deadlines for the citizen, past periods and "indtil videre" are no follow-up', () => {
  it.each([
    'Du er bevilget en kugledyne til afprøvning i perioden 1.-28. februar. Derefter vurderer vi, om den virker.',
    'Du er bevilget madservice. Bevillingen gælder indtil den 31. marts 2026.',
    'Du er bevilget aflastning til og med den 30. juni 2026.',
    'Du er bevilget en badestol. Ergoterapeuten kommer senest den 1. juni og ser, om stolen passer.',
    'Du er bevilget støtte i perioden 1. maj - 31. oktober. Vi vil i perioden holde to statusmøder med dig.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
  it.each([
    'Du får afslag på afløsning. Du havde indtil den 5. januar til at komme med bemærkninger til notatet.',
    'Du får afslag på en kugledyne. Dynen skal afleveres til depotet senest den 25. november.',
    'Du får afslag. Du kan sende dine kommentarer til os senest den 3. marts.',
    'Din madservice ophører. Boet betaler for de portioner, der er leveret til og med den 6. november.',
    'Du får afslag. Der er i perioden 1.-29. oktober foretaget en afprøvning af dynen.',
    'Du får afslag. Forældrene har i perioden målt Idas blodsukker hver morgen.',
    'Dit klip nedsættes til 30 minutter om ugen. Ændringen gælder indtil videre.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
});

// FVL § 24, stk. 2: what the writer checked herself, daily life with the subject after the verb
// ("I uge 29 går Oscar i sommer-SFO"), a dated talk told in the past even when a wish follows.
// Not a check of the application, the rule's target group ("borgere, der bor i eget hjem"), nor a
// preference told ("at du helst bruger klippene på ture").
describe('faktiske-oplysninger: checked by the writer, inverted daily life, a dated talk; not the rule\'s group', () => {
  it.each([
    'Du får afslag på ekstra døgn. Han står på klubbens venteliste, har jeg tjekket i morges.',
    'Du får afslag på dækning. Vi har kontrolleret hos apoteket, at medicinen ikke giver tilskud.',
    'Du får afslag på ekstra aflastning. I uge 30 går Oscar i sommer-SFO fra kl. 7 til 16.',
    'Du får afslag på en ledsager. Om formiddagen går Maja i børnehave.',
    'Du får afslag på ledsagelse. Da vi talte sammen på besøget den 12. maj, ville du helst have hjælp om aftenen.',
  ])('present: %s', (t) => expect(present(t, 'faktiske-oplysninger')).toBe(true));
  it.each([
    'Du får afslag. Jeg har tjekket din ansøgning igennem.',
    'Du får afslag. Vi har kontrolleret, at din ansøgning er kommet frem.',
    'Dit klip nedsættes. Efter serviceniveauet får borgere, der bor alene, rengøring hver 14. dag.',
    'Du får afslag på aflastning. Børn, der går i SFO, får ikke aflastning i SFO-tiden.',
    'Dit klip nedsættes. Du har fortalt hjemmeplejen, at du helst bruger klippene på ture til havnen.',
  ])('absent: %s', (t) => expect(present(t, 'faktiske-oplysninger')).toBe(false));
});

// RSL § 4 and Ankestyrelsen's "partens synspunkter": the view as a noun of the party
// ("Det er forældrenes opfattelse, at …"), not another's view, the municipality's, or a condition.
describe('borgerens-synspunkter: the party\'s opinion as a noun', () => {
  it.each([
    'Vi giver afslag på en vægtdyne. Det er forældrenes opfattelse, at Emil sover bedre med den.',
    'Du får afslag på aflastning. Efter jeres opfattelse har Sara brug for flere døgn.',
    'Vi bevilger en kontaktperson. Den unges ønske er at få en mandlig kontaktperson.',
    'Din hjemmehjælp nedsættes. Din holdning er, at du stadig har brug for hjælp til gulvvask.',
  ])('present: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(true));
  it.each([
    'Du får afslag på en kugledyne. Hvis det er jeres opfattelse, at afgørelsen er forkert, kan I klage.',
    'Du får afslag på en kugledyne. Det er lægens opfattelse, at dynen ikke hjælper.',
    'Du får afslag på en kugledyne. Det er vores opfattelse, at dynen ikke hjælper.',
    'Du får afslag på aflastning. Skolens holdning er, at Sara trives i SFO.',
  ])('absent: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(false));
});
