/**
 * Round 53: vejledning-andre-ydelser, batches dy, dz and ea measured once unseen before they were fixed. Written for
 * these tests in our own words, each with a look-alike.
 *
 * Not other help: the caseworker named with a genitive ("kontakte Idas sagsbehandler"), a shop sale as the test of a
 * consumer good, the thing applied for bought by choice with the difference paid ("vælge at købe den …"), what a body
 * "ikke kan dække" as a reason, what a parent "har gennemført", and a place applied for and granted. Other help: a unit
 * contacted with its phone number and "og søge om …", buying privately with "kan man købe", an offer put as a wish
 * ("Hvis du hellere vil …"), and a name line with how to order it next.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const guides = (t: string) =>
  analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements['vejledning-andre-ydelser'].present;
const GRANT = 'Kære Jens\n\nDu får hjælp til bad to gange om ugen efter ældreloven.\n\n';
const MEALS = 'Kære Grete\n\nDu har søgt om madservice. Du får madservice med 5 hovedretter om ugen efter ældreloven.\n\n';
const CHILD =
  'Kære Maria\n\nKommunen har besluttet at give Ida støtte fra en familiebehandler efter barnets lov § 32. Behandlingen sker med dit samtykke.\n\n';
const SUBSIDY =
  'Kære Karl\n\nDu har søgt om at få betalt en hvilestol. Du får et tilskud på 3.000 kr. til en hvilestol efter servicelovens § 113.\n\n';
const AID =
  'Kære Karl\n\nDu har søgt om en el-drevet trehjulet cykel. Du får en trehjulet cykel uden motor efter servicelovens § 112. Du får afslag på motoren.\n\n';
const REFUSED = 'Kære Karl\n\nDu har søgt om en personlig alarm. Vi giver dig afslag på en personlig alarm efter ældreloven.\n\n';
const PART =
  'Kære Karl\n\nDu har søgt om en el-scooter og en rollator.\n\nDu får en rollator efter servicelovens § 112. Du får afslag på el-scooteren.\n\n';
const PLACE =
  'Kære Lone\n\nDu søgte i februar om at komme i Aktivitetscentret Solgården alle hverdage. Vi har besluttet, at du får plads tre dage om ugen efter servicelovens § 104.\n\n';

describe('vejledning-andre-ydelser: the own caseworker and a unit with its phone number', () => {
  it('the caseworker named with the child\'s genitive is the sender', () =>
    expect(guides(`${CHILD}Vil du trække dit samtykke tilbage, skal du kontakte Idas sagsbehandler.`)).toBe(false));
  it('another body contacted by name still guides', () =>
    expect(guides(`${CHILD}Vil du tale med andre forældre, kan du kontakte Forældrelinjen.`)).toBe(true));
  it('a unit with its phone number and "og søge om" other help guides', () =>
    expect(guides(`${GRANT}Får du brug for hjælp til rengøring, kan du kontakte Visitationen på tlf. 44 55 66 77 og søge om praktisk hjælp.`)).toBe(true));
  it('the same unit only for questions on this letter is no other help', () =>
    expect(guides(`${GRANT}Har du spørgsmål til afgørelsen, kan du ringe til Visitationen på tlf. 44 55 66 77.`)).toBe(false));
});

describe('vejledning-andre-ydelser: a shop sale as the rule, the thing applied for bought by choice', () => {
  it('sold in ordinary shops as why it is a consumer good', () =>
    expect(guides(`${SUBSIDY}En hvilestol kan købes i almindelig handel af alle, og derfor er den et forbrugsgode.`)).toBe(false));
  it('a small thing one can buy in ordinary shops, without the rule, still guides', () =>
    expect(guides(`${PART}En stokkeholder kan købes i almindelig handel for under 100 kr.`)).toBe(true));
  it('"vælge at købe den" thing applied for, difference paid', () =>
    expect(guides(`${AID}I kan vælge at købe den cykel med motor hos en forhandler, men så betaler I selv forskellen.`)).toBe(false));
  it('"vælge at købe en dyrere" model, difference paid, still guides', () =>
    expect(guides(`${AID}I kan vælge at købe en dyrere model med motor, men så betaler I selv forskellen.`)).toBe(true));
});

describe('vejledning-andre-ydelser: reasons and facts, not pointers', () => {
  it('what the home care "ikke kan dække" is a reason for the grant', () =>
    expect(guides(`${GRANT}Vi har lagt vægt på, at dit behov ikke kan dækkes af hjemmeplejen om natten.`)).toBe(false));
  it('what another body "kan dække" with a pointer still guides', () =>
    expect(guides(`${GRANT}Udgiften til fodpleje kan dækkes af regionen, og du kan søge om det hos din læge.`)).toBe(true));
  it('a course a parent "har gennemført" is a fact of the case', () =>
    expect(guides(`${CHILD}Moren har fortalt, at hun har gennemført et forældrekursus, og at hun er begyndt i misbrugsbehandling.`)).toBe(false));
  it('an association that holds a course still guides', () =>
    expect(guides(`${CHILD}Forældreforeningen Trappen har et forældrekursus for familier som jeres.`)).toBe(true));
  it('a place applied for and granted is the help decided here', () =>
    expect(guides(`${PLACE}Du kan komme i Aktivitetscentret Solgården mandag, onsdag og fredag fra kl. 10 til 14.`)).toBe(false));
  it('another place marked "også" still guides', () =>
    expect(guides(`${PLACE}Du kan også komme i Daghjemmet Lærken om lørdagen.`)).toBe(true));
});

describe('vejledning-andre-ydelser: private options, wishes and a name line', () => {
  it('"kan man købe" privately where the alarm is refused', () =>
    expect(guides(`${REFUSED}Ønsker I alligevel en alarm, kan man købe et armbånd hos et privat vagtfirma.`)).toBe(true));
  it('"kan man købe" batteries for the help granted is no other help', () =>
    expect(guides(`${GRANT}Batterier til badestolen kan man købe i Brugsen.`)).toBe(false));
  it('an offer put as a wish guides', () =>
    expect(guides(`${MEALS}Hvis du hellere vil spise sammen med andre, har Cafeteriet på Lindehøj middag hver dag kl. 12.`)).toBe(true));
  it('the citizen\'s own café named as a fact does not', () =>
    expect(guides(`${MEALS}Du fortalte, at du før spiste i Cafeteriet på Lindehøj.`)).toBe(false));
  it('a name line with how to order it next guides', () =>
    expect(guides(`${PART}Ture ud af byen:\n- Flextur.\nBestilles hos trafikselskabet på telefon.`)).toBe(true));
  it('the granted aid ordered from the depot is no other help', () =>
    expect(guides(`${PART}Rollatoren bestilles hos depotet, og du får den i næste uge.`)).toBe(false));
});
