/**
 * Round 69: vejledning-andre-ydelser — guidance in a journal note ("Borger orienteret om Flexkørsel"), a service another
 * place gives for a fee, the free choice of aid with the difference put first ("Forskellen betaler du selv"), a group "for
 * forældre/pårørende" named analytically, an aid granted beside a decision on other help; and, the other way, other help
 * named only as not looked at, or as what the citizen pays for in the help decided. Dev batch em and held-out sets 54 and 55.
 * Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const opts = { date: new Date('2026-02-16T12:00:00') };
const END = '\n\nKlagevejledning\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nPernille Dam\nSagsbehandler\n';
const GUIDE = 'vejledning-andre-ydelser';
const guides = (text: string) => present(text, GUIDE, opts);

// A refusal of an electric wheelchair written as a journal note.
const note = (s: string) =>
  'Nordby Kommune · Hjælpemidler\n\nDato ......... 09.02.26\nBorger ....... Svend Holt\nAnsøgt ....... el-kørestol\n\n' +
  'Vurdering:\nBorger går 300 m med rollator og tager selv bussen til centret.\n\nAfgørelse: AFSLAG på el-kørestol efter SEL § 112.\n\n' +
  s + END;

describe('vejledning: a journal note that the citizen was told about another scheme', () => {
  it('"Borgeren telefonisk orienteret om Flexkørsel …" guides', () =>
    expect(guides(note('Vejl.: Borgeren telefonisk orienteret om Flexkørsel til lægebesøg uden for byen.'))).toBe(true));
  it('"Borger informeret 05.02 om flexbussen …" guides', () =>
    expect(guides(note('Øvrigt: Borger informeret 05.02 om flexbussen til ture, hvor der ikke går bus.'))).toBe(true));
  it('look-alike: the bus the citizen already rides, told as a fact, does not', () =>
    expect(guides(note('Øvrigt: Borger kører i dag med flexbussen til frisøren hver anden uge.'))).toBe(false));
});

// A refusal of help with window cleaning.
const windows = (s: string) =>
  'Svar på din ansøgning om vinduespudsning\n\nKære Grete\n\nDu har søgt om hjælp til at pudse vinduer. Det kan vi ikke give dig, ' +
  'fordi vinduespudsning ikke er en del af den praktiske hjælp efter servicelovens § 83.\n\n' + s + END;
// A grant of meals on wheels.
const meals = (s: string) =>
  'Afgørelse om madservice\n\nKære Poul\n\nDu får madservice efter servicelovens § 83 med levering tre gange om ugen.\n\n' +
  'Begrundelse\nDu kan ikke længere stå ved komfuret, fordi du har svimmelhed.\n\n' + s + END;

describe('vejledning: a service another place gives for a fee', () => {
  it('"kan vinduespudseren på Torvet pudse dine vinduer mod betaling" guides', () =>
    expect(guides(windows('Hvis du vil, så kan vinduespudseren på Torvet pudse dine vinduer mod betaling. Han kommer hver måned.'))).toBe(true));
  it('"Byens cykelværksted henter … mod betaling" guides', () =>
    expect(guides(windows('Byens cykelværksted henter og bringer også en cykel til reparation mod betaling.'))).toBe(true));
  it('look-alike: the meals granted here, brought for a fee, do not', () =>
    expect(guides(meals('Madservicen bringes ud mod betaling af 58 kr. pr. portion.'))).toBe(false));
});

// A grant of an aid in kind.
const aid = (s: string) =>
  'Din nye badestol\n\nKære Inger\n\nDu får en badestol med armlæn efter servicelovens § 112. Den bliver leveret fra depotet i næste uge.\n\n' + s + END;
// A subsidy toward buying a scooter.
const subsidy = (s: string) =>
  'Afgørelse om el-scooter\n\nKære Bent\n\nDu får et tilskud på 16.000 kr. til en el-scooter efter servicelovens § 113.\n\n' + s + END;

describe('vejledning: the free choice of aid with the difference put first', () => {
  it('"Vil du hellere have en anden model … Forskellen betaler du selv" guides', () =>
    expect(guides(aid('Vil du hellere have en anden model end den, vi har valgt, kan du finde den hos en forhandler. Forskellen betaler du selv.'))).toBe(true));
  it('"Differencen betaler I selv" after a dearer chair guides', () =>
    expect(guides(aid('I må gerne vælge en dyrere stol med ryglæn i en butik. Differencen betaler I selv.'))).toBe(true));
  it('look-alike: the scooter the subsidy is for, conceded, with the rest put first does not', () =>
    expect(guides(subsidy('Du kan godt købe den scooter, du har fundet. Forskellen betaler du selv.'))).toBe(false));
});

// A consent placement letter to a parent.
const placement = (s: string) =>
  'Sara flytter i plejefamilie\n\nKære Lene\n\nDu har givet samtykke til, at Sara bor hos familien Holm fra 1. marts. ' +
  'Afgørelsen er truffet efter barnets lov § 46, stk. 1.\n\n' + s + END;

describe('vejledning: a group for parents or relatives named with "for"', () => {
  it('"Familiehuset har en gruppe for forældre til …" guides', () =>
    expect(guides(placement('Familiehuset har en gruppe for forældre til børn i pleje, som mødes hver onsdag aften.'))).toBe(true));
  it('"I Sognegården mødes grupper for pårørende …" guides', () =>
    expect(guides(placement('I Sognegården mødes grupper for pårørende til børn, der bor uden for hjemmet, den sidste tirsdag i måneden.'))).toBe(true));
  it('look-alike: a group the parent already goes to does not', () =>
    expect(guides(placement('Du går allerede i en gruppe for forældre i Sognegården, og det vil du fortsætte med.'))).toBe(false));
});

// A change of home help under § 83, and one of BPA under § 96.
const homeHelp = (s: string) =>
  'Afgørelse om ændring af din hjemmehjælp\n\nKære Ruth\n\nDin hjælp til bad efter servicelovens § 83 nedsættes fra 3 til 2 gange om ugen fra 1. marts 2026.\n\n' +
  'Begrundelse\nDu kan nu selv klare overkroppen.\n\n' + s + END;
const bpa = (s: string) =>
  'Afgørelse om ændring af din BPA\n\nKære Niels\n\nDit tilskud til borgerstyret personlig assistance efter servicelovens § 96 nedsættes fra 120 til 100 timer om ugen.\n\n' +
  'Begrundelse\nDu har ikke længere brug for hjælp hele aftenen.\n\n' + s + END;

describe('vejledning: an aid granted beside a decision on other help', () => {
  it('"Derfor får du en badetaburet som hjælpemiddel" in a change of home help guides', () =>
    expect(guides(homeHelp('Derfor får du en badetaburet med ryglæn, som hjælpemiddel, så du kan sidde under badet.'))).toBe(true));
  it('"Vi bevilger samtidig en loftlift som hjælpemiddel" in a change of BPA guides', () =>
    expect(guides(bpa('Vi bevilger samtidig en loftlift i soveværelset som hjælpemiddel.'))).toBe(true));
  it('look-alike: an aid refused in the same words does not', () =>
    expect(guides(homeHelp('Du får ikke en badetaburet som hjælpemiddel, fordi du står sikkert ved håndtaget.'))).toBe(false));
});

// A refusal of a lift chair.
const chair = (s: string) =>
  'Afgørelse om løftestol\n\nKære Erna\n\nDu har søgt om tilskud til en løftestol. Vi kan ikke imødekomme ansøgningen, ' +
  'fordi en løftestol er et forbrugsgode, der koster under 500 kr. mere end en almindelig stol.\n\n' + s + END;

describe('vejledning: other help named only as not looked at', () => {
  it('"Kommunen har ikke vurderet andre ydelser" does not guide', () =>
    expect(guides(chair('Kommunen har ikke vurderet andre ydelser i denne sag.'))).toBe(false));
  it('"Vi har ikke taget stilling til anden støtte" does not guide', () =>
    expect(guides(chair('Vi har heller ikke taget stilling til anden støtte.'))).toBe(false));
  it('look-alike: not looked at, but the citizen is sent on, guides', () =>
    expect(guides(chair('Vi har ikke taget stilling til andre former for hjælp, men du kan søge om dem hos visitationen i Ældreplejen.'))).toBe(true));
});

// A grant of a place in a residential home.
const home = (s: string) =>
  'Afgørelse om botilbud\n\nKære Anders\n\nDu får en plads i et længerevarende botilbud efter servicelovens § 108 på Bostedet Granly fra 1. april 2026.\n\n' +
  'Begrundelse\nDu har brug for støtte hele døgnet.\n\n' + s + END;

describe('vejledning: other services named as what the citizen pays for in the help decided', () => {
  it('"Du skal betale for kost, vask og andre ydelser" does not guide', () =>
    expect(guides(home('Du skal betale husleje og desuden for kost, vask og andre ydelser efter takstbladet.'))).toBe(false));
  it('"Egenbetaling for el og andre ydelser …" does not guide', () =>
    expect(guides(home('Egenbetaling for el og andre ydelser på stedet opkræves af Granly.'))).toBe(false));
  it('look-alike: paying, then sent on to other help, guides', () =>
    expect(guides(home('Har du svært ved at betale for maden, kan du søge om anden hjælp hos Borgerservice.'))).toBe(true));
});
