/**
 * Round 71: vejledning-andre-ydelser — the other way: the rest of the price paid for a model of one's own choosing when
 * the letter grants a subsidy (named anywhere in the letter, not only in the result sentence), a doctor's advice on the
 * citizen's own conduct, a delivery the citizen already arranges, and a body named in the genitive as the author of a
 * document of the case. And the one way: a body or a fund to apply to named in the sentence after ("… kan søge dem
 * direkte"), associations in the plural and training teams by their compound name. Written for these tests in our own
 * words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const opts = { date: new Date('2026-03-10T12:00:00') };
const END = '\n\nKlagevejledning\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nLone Bach\nSagsbehandler\n';
const GUIDE = 'vejledning-andre-ydelser';
const guides = (text: string) => present(text, GUIDE, opts);

// A partial grant of a subsidy toward a consumer good; the subsidy is named after the result sentence.
const subsidy = (s: string) =>
  'Afgørelse om el-scooter\n\nKære Poul Riis\n\nDu har søgt om at få betalt en el-scooter til 31.000 kr.\n\nDin ansøgning imødekommes delvist.\n\n' +
  'Efter servicelovens § 113 dækker vi halvdelen af prisen på en almindelig standardmodel. Du får derfor et tilskud på 11.000 kr.\n\n' +
  s + END;
// An aid lent in kind.
const inKind = (s: string) =>
  'Afgørelse om kørestol\n\nKære Poul Riis\n\nDu får udlånt en manuel kørestol efter servicelovens § 112.\n\n' + s + END;

describe('vejledning: the rest paid for a model of one\'s own choosing, under a subsidy', () => {
  it('"Du kan godt vælge Komet 5, men så skal du selv betale forskellen" does not guide', () =>
    expect(guides(subsidy('Du kan godt vælge Komet 5, men så skal du selv betale forskellen.'))).toBe(false));
  it('"Du kan godt købe Vega-scooteren, men så betaler du selv resten" does not guide', () =>
    expect(guides(subsidy('Du kan godt købe Vega-scooteren, men så betaler du selv resten.'))).toBe(false));
  it('look-alike: an aid given in kind, a dearer one with the difference paid (free choice of aid) still guides', () =>
    expect(guides(inKind('Du kan godt vælge en lettere model fra en anden forhandler, men så skal du selv betale forskellen.'))).toBe(true));
});

// A refusal of cleaning help for a woman with a lung disease.
const cleaning = (s: string) =>
  'Afgørelse om rengøring\n\nKære Inge Dam\n\nDu har søgt om hjælp til rengøring. Vi kan ikke bevilge hjælpen, fordi du selv kan klare den lette rengøring.\n\n' +
  s + END;

describe('vejledning: a doctor\'s advice on the citizen\'s own conduct', () => {
  it('"din egen læge anbefaler, at du undgår tunge løft" does not guide', () =>
    expect(guides(cleaning('Vi har lagt vægt på, at din egen læge i et notat af 4. februar 2026 anbefaler, at du undgår tunge løft.'))).toBe(false));
  it('"Fysioterapeuten anbefaler, at du går en tur hver dag" does not guide', () =>
    expect(guides(cleaning('Fysioterapeuten anbefaler, at du går en tur hver dag, og at du holder pauser.'))).toBe(false));
  it('look-alike: the doctor recommends a counselling elsewhere, which guides', () =>
    expect(guides(cleaning('Din læge anbefaler, at du kontakter Lungeforeningens rådgivning om gode vaner i hjemmet.'))).toBe(true));
});

// An end to shopping help, in a letter to a guardian.
const shoppingEnds = (s: string) =>
  'Ophør af hjælp til indkøb\n\nKære Bent Lund\n\nHjælpen til indkøb, som din bror har haft hver uge, ophører fra 1. april 2026.\n\n' + s + END;

describe('vejledning: a delivery the citizen already arranges', () => {
  it('"Han har bestilt sine varer på nettet … Varerne bringes til døren om fredagen" does not guide', () =>
    expect(guides(shoppingEnds('Han har siden jul bestilt sine varer på nettet sammen med sin datter. Varerne bringes til døren om fredagen.'))).toBe(false));
  it('"Han handler selv på nettet. Varerne leveres hver torsdag" does not guide', () =>
    expect(guides(shoppingEnds('Han handler selv på nettet hos en af de store kæder. Varerne leveres hver torsdag.'))).toBe(false));
  it('look-alike: an offer to order with delivery still guides', () =>
    expect(guides(shoppingEnds('Han kan bestille hos købmanden i byen. Varerne bringes til døren dagen efter.'))).toBe(true));
});

// A grant of a contact person for a young man.
const youngMan = (s: string) =>
  'Afgørelse om kontaktperson\n\nKære Jonas\n\nVi bevilger dig en kontaktperson i 4 timer om ugen efter barnets lov § 114.\n\n' + s + END;

describe('vejledning: a body in the genitive before a document of the case', () => {
  it('"Vi har læst jobcentrets notat af 2. marts" does not guide', () =>
    expect(guides(youngMan('Vi har læst din ansøgning og jobcentrets notat af 2. marts 2026.'))).toBe(false));
  it('"Vi har læst din ansøgning og uddannelsesvejlederens beskrivelse" does not guide', () =>
    expect(guides(youngMan('Vi har læst din ansøgning og uddannelsesvejlederens beskrivelse af dit fravær.'))).toBe(false));
  it('look-alike: the same body offering help guides', () =>
    expect(guides(youngMan('Jobcentrets ungeteam kan hjælpe dig med at finde et fritidsjob, hvis du kontakter dem.'))).toBe(true));
});

// A partial grant of extra costs for a boy.
const costs = (s: string) =>
  'Afgørelse om merudgifter\n\nKære Hanne og Mads\n\nI får dækket merudgifter til ekstra vask efter barnets lov § 86, men ikke udgiften til en rideskole.\n\n' + s + END;

describe('vejledning: a body named in one sentence, applying to it in the next', () => {
  it('"Foreningen … giver legater. Forældrene kan søge dem direkte" guides', () =>
    expect(guides(costs('Foreningen Ridning for Alle giver hvert år legater til børn med handicap. Forældrene kan søge dem direkte.'))).toBe(true));
  it('"Fonden … støtter fritidsaktiviteter. Familien kan søge om tilskud hos dem" guides', () =>
    expect(guides(costs('Spejderfonden støtter fritidsaktiviteter for børn med handicap. Familien kan søge om tilskud hos dem.'))).toBe(true));
  it('look-alike: a body named as a fact with no way to it does not guide', () =>
    expect(guides(costs('Foreningen Ridning for Alle har lokaler ved skolen. Forældrene kender dem godt.'))).toBe(false));
});

// A grant of training for an older man.
const training = (s: string) =>
  'Afgørelse om træning\n\nKære Arne Holm\n\nDu får genoptræning efter ældrelovens § 17 på Kløvervang Træningscenter 2 gange om ugen i 8 uger.\n\n' + s + END;

describe('vejledning: associations in the plural and training teams by their compound name', () => {
  it('"gratis stolegymnastik i idrætsforeningerne" guides', () =>
    expect(guides(training('Kommunen har også gratis stolegymnastik i idrætsforeningerne hver mandag.'))).toBe(true));
  it('"har Seniorhuset et gratis træningshold" guides', () =>
    expect(guides(training('Vil du holde dig i gang bagefter, har Seniorhuset i Lystrup et gratis træningshold for pensionister hver onsdag.'))).toBe(true));
  it('look-alike: a club the citizen plays in, named as a fact, does not guide', () =>
    expect(guides(training('Du har i mange år spillet badminton i idrætsforeningerne i byen.'))).toBe(false));
  it('look-alike: the team of the training granted does not guide', () =>
    expect(guides(training('Du træner på træningsholdet om tirsdagen sammen med fem andre.'))).toBe(false));
});
