/**
 * Round 34 (a): phrasing classes behind the misses on the spent held-out sets 16 and 17 for omfang,
 * formaal, opfoelgning, partshoering and faktiske-oplysninger. Written for these tests in the
 * caseworkers' own kinds of words — not taken from the evaluation letters.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';
import { present } from './present';

describe('opfoelgning: a look only on news of a change is no follow-up', () => {
  it.each([
    'Du får rengøring hver 14. dag. Hjælpen revurderes, når kommunen får besked om ændringer i dit helbred.',
    'Du får hjælp til bad to gange om ugen. Din hjælp genvurderes, hvis vi modtager oplysninger om, at dit behov har ændret sig.',
    'Vi bevilger dig en kørestol. Bevillingen revurderes, når der sker ændringer i din situation.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
  it.each([
    // A time or a plan beside the change still looks ahead.
    'Du får rengøring hver 14. dag. Hjælpen revurderes, når vi får besked om ændringer, dog senest i juni 2026.',
    'Du får hjælp til bad to gange om ugen. Hjælpen revurderes i marts 2026.',
    'Du får bostøtte 3 timer om ugen. Vi vurderer støtten igen i uge 40.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
});

describe('opfoelgning: the complaint reconsidered before it is sent on is no follow-up', () => {
  it.each([
    'Du får afslag på en plejebolig. Du kan klage inden 4 uger. Klagen sendes til os. Vi vurderer sagen igen, inden den sendes videre.',
    'Du får afslag på en elkørestol. Skriv til Visitationen inden 4 uger, hvis du er uenig. Visitationen ser på sagen igen, inden sagen bliver sendt videre.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
  it.each([
    // A real look ahead with "inden": a date, not a sending on.
    'Du får bostøtte 3 timer om ugen. Vi vurderer støtten igen, inden den 1. juni 2026.',
    'Du får aflastning en weekend om måneden. Vi ser på aflastningen igen inden sommerferien.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
});

describe('omfang: the grant on its own field line under an application line', () => {
  it.each([
    'Afgørelse om merudgifter\n\nSøgt: tilskud til merudgifter 1.200 kr. pr. måned (medicin, kørsel)\nBevilget: 700 kr. pr. måned fra 1. marts 2026\nIkke bevilget: medicin (500 kr. pr. måned)\n\nDu får 700 kr. pr. måned.',
    'Ansøgt: praktisk hjælp 2 timer om ugen (rengøring, tøjvask)\nTildelt: 1 time om ugen fra 1. april 2026, jf. ældrelovens § 10',
  ])('present: %s', (t) => expect(present(t, 'omfang')).toBe(true));
  it.each([
    // Only what was applied for and what was refused.
    'Afgørelse om merudgifter\n\nAnsøgt: tilskud til merudgifter 1.200 kr. pr. måned (medicin, kørsel)\nIkke bevilget: hele beløbet, da udgiften dækkes af anden lovgivning.',
    'Ansøgt: praktisk hjælp 2 timer om ugen (rengøring, tøjvask)\nAfslag: Du får ikke praktisk hjælp.',
  ])('absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});

describe('omfang: in a change, the help the citizen has had, said in a relative clause after the quantity', () => {
  it.each([
    'Din hjælp stopper pr. 1. marts 2026. Det drejer sig om hjælp til bad 2 gange om ugen, som du har fået siden oktober.',
    'Støtten ophører den 1. maj 2026. Det gælder bostøtten 4 timer om ugen, som I har haft siden sidste år.',
  ])('absent: %s', (t) => expect(analyzeLetter(t).decisionType === 'aendring' && !present(t, 'omfang')).toBe(true));
  it.each([
    // The new scope in a change, with no relative clause of what was had.
    'Vi har revurderet din hjælp. Fremover får du hjælp til bad 1 gang om ugen, som aftalt med dig.',
    'Din hjælp bliver sat ned. Fra 1. maj får du rengøring hver 3. uge.',
  ])('present: %s', (t) => expect(present(t, 'omfang')).toBe(true));
});

describe("omfang: the child's own school named as a compound is no scope granted", () => {
  it.each([
    'Vi stopper aflastningen, fordi Emil fra august går på Havneskolens døgnafdeling fem nætter om ugen.',
    'Aflastningen ophører, da Sofie starter på Nordskolen tre dage om ugen.',
  ])('absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));
  it.each([
    // Respite after school, and a street named after a school, stay the help.
    'Vi bevilger aflastning efter skole to dage om ugen.',
    'Vi bevilger aflastning hos familien på Skolevej 4 to weekender om måneden.',
  ])('present: %s', (t) => expect(present(t, 'omfang')).toBe(true));
});

describe('formaal: who is to give the help, and a step to apply, are no purpose', () => {
  it.each([
    'Din bostøtte stopper, når du flytter. Det er den kommune, du flytter til, der skal give dig støtte.',
    'Støtten ophører. Det er regionen, som skal hjælpe dig med behandlingen.',
    'Din støtte stopper den 1. juni. Vi har sendt besked til din nye kommune, så du kan søge om hjælp der.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
  it.each([
    'Du får bostøtte 3 timer om ugen. Bostøtten skal give dig ro og overblik i hverdagen.',
    'Du får en mentor. Mentoren skal hjælpe dig, så du kan søge job.',
    'Du får en støtte- og kontaktperson, så du kan klare dine indkøb selv.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
});

describe('partshoering: the case papers sent to the party for comment, in the third person', () => {
  it.each([
    'Din datter, der er din værge, fik den 3. marts sagens oplysninger til udtalelse. Hun har ikke haft bemærkninger.',
    'Oplysningerne blev den 10. februar sendt til forældrene til gennemsyn.',
    'Forældremyndighedsindehaveren har fået oplysningerne til bemærkning inden afgørelsen.',
  ])('present: %s', (t) => expect(present(t, 'partshoering')).toBe(true));
  it.each([
    // Papers sent to a professional for a statement: a source, not a hearing of the party.
    'Vi har sendt oplysningerne til udtalelse hos din egen læge.',
    'Psykologen har fået oplysningerne til udtalelse.',
  ])('absent: %s', (t) => expect(present(t, 'partshoering')).toBe(false));
});

describe('faktiske-oplysninger: staying away and not being reached are facts; sources named bare are not', () => {
  it.each([
    'Din støtte stopper. Du er ikke mødt op til de sidste fire aftaler med din bostøttemedarbejder.',
    'Støtten ophører, fordi du er udeblevet fra alle møder siden maj.',
    'Hjælpen stopper. Din kontaktperson har forgæves forsøgt at ringe til dig i tre uger.',
    'Vi stopper forløbet, da vi ikke har kunnet få fat i dig siden august.',
  ])('present: %s', (t) => expect(present(t, 'faktiske-oplysninger')).toBe(true));
  it.each([
    // A condition, and the bare fact that information was obtained.
    'Støtten kan stoppe, hvis du er udeblevet fra tre aftaler i træk.',
    'Du får afslag på plejebolig. Der er indhentet oplysninger fra hjemmeplejen og din egen læge.',
    'Du får afslag. Vi har indhentet oplysninger hos din læge.',
  ])('absent: %s', (t) => expect(present(t, 'faktiske-oplysninger')).toBe(false));
  it('keeps obtained information with content', () => {
    expect(present('Du får afslag. Vi har indhentet oplysninger fra din læge, som oplyser, at du kan gå 200 meter.', 'faktiske-oplysninger')).toBe(true);
  });
});
