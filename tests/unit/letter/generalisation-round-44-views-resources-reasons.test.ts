/**
 * Round 44: the party's words with a clause of when between the verb and "at", or told after a fronted "Da jeg besøgte
 * <navn>, fortalte han …", a choice with the party's own reason, and a wish with where it was said between
 * (borgerens-synspunkter); a whole school day taken part in, a grip gained "selv", and the service level's class of
 * people, a former neighbour and a neighbour's taste as no resource (ressourcer); a "Grunden:" label, and a weight on
 * the standard alone, the application handled on its sources, a criterion's relative clause and a need "vurderes at
 * være dækket" as no reason (begrundelse); what "kom det frem" at a visit, the family's cost list, and tasks "beskrevet
 * i kvalitetsstandarden" as no fact (faktiske-oplysninger). Batches dj–dm measured once unseen before they were fixed.
 * Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const el = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements;
const CHILD = 'Kære Sanne og Ole\n\nVi kan ikke give Malte en fast støttekontaktperson efter barnets lov § 32 lige nu.\n\n';
const ADULT = 'Kære Henrik\n\nDu får en ny el-kørestol efter servicelovens § 112.\n\n';
const TO_REP = 'Kære Lise\n\nLise Dam\nbror og partsrepræsentant for Karl Dam\nSkovvej 3\n\nKarl kan bo på Engly i 4 måneder efter servicelovens § 107.\n\n';

describe('borgerens-synspunkter: when-clauses, fronted visits, own choices and wishes', () => {
  it('"Malte sagde til mig, da vi sås på skolen i marts, at …" is the child\'s view', () =>
    expect(el(`${CHILD}Malte sagde til mig, da vi sås på skolen i marts, at han helst vil klare sig uden.`)['borgerens-synspunkter'].present).toBe(true));
  it('"Lægen sagde til mig, da vi talte sammen i marts, at …" is another speaker', () =>
    expect(el(`${CHILD}Lægen sagde til mig, da vi talte sammen i marts, at medicinen virker.`)['borgerens-synspunkter'].present).toBe(false));
  it('"Da jeg besøgte Malte, fortalte han, at …" is the child\'s view', () =>
    expect(el(`${CHILD}Da jeg besøgte Malte i sidste uge, fortalte han, at han er glad for sin klasse.`)['borgerens-synspunkter'].present).toBe(true));
  it('"Da jeg besøgte skolen, fortalte hun, at …" names no party', () =>
    expect(el(`${CHILD}Da jeg besøgte skolen i sidste uge, fortalte hun, at klassen er rolig.`)['borgerens-synspunkter'].present).toBe(false));
  it('in a letter to a party representative, the citizen told after "Da jeg talte med Karl" is his view', () =>
    expect(el(`${TO_REP}Da jeg talte med Karl i telefonen, sagde han, at han vil hjem til sin hund.`)['borgerens-synspunkter'].present).toBe(true));
  it('the representative\'s own account is not the citizen\'s view', () =>
    expect(el(`${TO_REP}Du har oplyst, at Karl ikke kan være alene om natten.`)['borgerens-synspunkter'].present).toBe(false));
  it('"Du valgte selv den smalle model, fordi du …" is a view', () =>
    expect(el(`${ADULT}Du valgte selv den smalle model, fordi du vil kunne komme ind på badeværelset.`)['borgerens-synspunkter'].present).toBe(true));
  it('"Du har selv valgt leverandøren" alone is a choice, not a view', () =>
    expect(el(`${ADULT}Du har selv valgt Hjælpemiddelhuset som leverandør.`)['borgerens-synspunkter'].present).toBe(false));
  it('"Du har i ansøgningen ønsket en lettere stol" is a wish', () =>
    expect(el(`${ADULT}Du har i ansøgningen ønsket en lettere stol med større hjul.`)['borgerens-synspunkter'].present).toBe(true));
  it('"Du har i ansøgningen søgt om en stol" is only the application', () =>
    expect(el(`${ADULT}Du har i ansøgningen søgt om en stol med større hjul.`)['borgerens-synspunkter'].present).toBe(false));
});

describe('ressourcer: a full school day, a grip gained, and what is no resource', () => {
  it('"Malte deltager i hele skoledagen" is a resource', () =>
    expect(el(`${CHILD}Skolen oplyser, at Malte deltager i hele skoledagen og har det godt.`).ressourcer.present).toBe(true));
  it('"Malte kan ikke deltage i hele skoledagen" is a limit', () =>
    expect(el(`${CHILD}Skolen oplyser, at Malte ikke kan deltage i hele skoledagen endnu.`).ressourcer.present).toBe(false));
  it('"Du har selv fået styr på dine indkøb" is a resource', () =>
    expect(el(`${ADULT}Du har det sidste halve år selv fået styr på dine indkøb.`).ressourcer.present).toBe(true));
  it('"Bostøtten skal hjælpe dig med at få styr på dine indkøb" is a goal', () =>
    expect(el(`${ADULT}Bostøtten skal hjælpe dig med at få styr på dine indkøb.`).ressourcer.present).toBe(false));
  it('"til borgere, der selv kan smøre et måltid" is the rule\'s class of people', () =>
    expect(el('Kære Poul\n\nDu får madservice efter ældreloven.\n\nKommunen giver som regel ikke madservice til borgere, der selv kan smøre et måltid, eller som har en ægtefælle, der kan klare det.').ressourcer.present).toBe(false));
  it('"Du kan selv smøre dit morgenmåltid" is a resource', () =>
    expect(el('Kære Poul\n\nDu får madservice efter ældreloven.\n\nDu kan selv smøre dit morgenmåltid.').ressourcer.present).toBe(true));
  it('a former neighbour living at the care home is no network', () =>
    expect(el('Kære Rut\n\nDu er godkendt til en plejebolig.\n\nDu ønsker at bo på Solgården, hvor din tidligere nabo bor.').ressourcer.present).toBe(false));
  it('a neighbour who looks in every day is network', () =>
    expect(el('Kære Rut\n\nDu er godkendt til en plejebolig.\n\nDin nabo kigger ind til dig hver dag.').ressourcer.present).toBe(true));
  it('a neighbour named for liking the food is no support', () =>
    expect(el('Kære Rut\n\nDu får madservice efter ældreloven.\n\nDu vil gerne have maden fra Engkøkkenet, fordi din nabo er glad for den.').ressourcer.present).toBe(false));
});

const MEALS = 'Kære Else\n\nDu får fremover 3 hovedretter om ugen i stedet for 7 efter ældreloven.\n\n';
describe('begrundelse: a "Grunden:" label, and weights, sources and needs that give no reason', () => {
  it('"- Grunden: Du spiser nu i dagcentret fire dage om ugen." is a reason', () =>
    expect(el(`${MEALS}- Grunden: Du spiser nu frokost i dagcentret fire dage om ugen.\n- Klage: skriv til mig.`).begrundelse.present).toBe(true));
  it('"- Grundlag: ældreloven" names no reason', () =>
    expect(el(`${MEALS}- Grundlag: ældreloven og kommunens serviceniveau.\n- Klage: skriv til mig.`).begrundelse.present).toBe(false));
  it('a weight on the new quality standard alone is no reason', () =>
    expect(
      el('Kære Asger\n\nDin rengøring ændres fra hver uge til hver 14. dag.\n\nVi har lagt vægt på, at kommunens nye kvalitetsstandard fastsætter rengøring hver 14. dag, og at Deres hjælp derfor skal tilpasses.').begrundelse
        .present,
    ).toBe(false));
  it('a weight on what was seen in the home is a reason', () =>
    expect(
      el('Kære Asger\n\nDin rengøring ændres fra hver uge til hver 14. dag.\n\nVi har lagt vægt på, at Deres søn nu bor hos Dem og selv gør køkkenet rent hver dag.').begrundelse.present,
    ).toBe(true));
  it('the application handled on a doctor\'s note and a restated criterion give no reason', () =>
    expect(
      el(
        'Kære Ib\n\nKommunen har behandlet Deres ansøgning om bil på baggrund af de foreliggende oplysninger, herunder en lægeattest af 2. februar, hvoraf det fremgår, at De har ondt i hoften.\n\nDe får afslag, idet Deres funktionsevne ikke er nedsat i et omfang, der i betydelig grad vanskeliggør Deres færden.',
      ).begrundelse.present,
    ).toBe(false));
  it('the same refusal tied to what the note says is a reason', () =>
    expect(el('Kære Ib\n\nDe får afslag på bil, fordi De ifølge lægeattesten af 2. februar kan gå 800 meter og selv kører bus til arbejde.').begrundelse.present).toBe(true));
  it('"Behovet vurderes at være dækket af den nuværende aflastning" is no reason', () =>
    expect(el('Kære Pia og Jens\n\nI får ikke en ekstra weekend i aflastning.\n\nBegrundelse\nBehovet vurderes at være dækket af den nuværende aflastning.').begrundelse.present).toBe(false));
});

describe('faktiske-oplysninger: what came out at a visit, a cost list, and the rules\' own descriptions', () => {
  it('"Ved besøget kom det frem, at din datter nu handler ind" is a fact', () =>
    expect(el('Kære Ruth\n\nDin hjælp ændres.\n\nVed besøget kom det frem, at din datter nu handler ind for dig hver fredag.')['faktiske-oplysninger'].present).toBe(true));
  it('"Hvis der kommer noget nyt frem, ser vi på det igen" is no fact', () =>
    expect(el('Kære Ruth\n\nDin hjælp ændres.\n\nHvis der kommer noget nyt frem, ser vi på det igen.')['faktiske-oplysninger'].present).toBe(false));
  it('"Vi har gennemgået jeres udgiftsoversigt" is a fact', () =>
    expect(el('Kære Ali og Mona\n\nI får dækket merudgifter på 900 kr. om måneden.\n\nVi har gennemgået jeres udgiftsoversigt. Den viser udgifter til sensorer og kørsel.')['faktiske-oplysninger'].present).toBe(true));
  it('"I skal sende en udgiftsoversigt" asks for one', () =>
    expect(el('Kære Ali og Mona\n\nVi kan ikke afgøre sagen endnu.\n\nI skal sende en udgiftsoversigt for de sidste tre måneder.')['faktiske-oplysninger'].present).toBe(false));
  it('tasks "beskrevet i kommunens kvalitetsstandard" are no fact', () =>
    expect(el('Kære Svend\n\nDu får ikke hjælp til snerydning.\n\nHjælpen omfatter de opgaver, der er beskrevet i kommunens kvalitetsstandard.')['faktiske-oplysninger'].present).toBe(false));
  it('what the physiotherapist described on a visit is a fact', () =>
    expect(el('Kære Svend\n\nDu får ikke hjælp til snerydning.\n\nFysioterapeuten har beskrevet, at du går sikkert med stok på 400 meter.')['faktiske-oplysninger'].present).toBe(true));
});
