/**
 * Round 70: vejledning-andre-ydelser — goods to have delivered from shops ("kan få leveret dagligvarer"), an open
 * counselling named as a compound ("åben ungerådgivning"), an aid to borrow after an if-clause in straight order ("Hvis du
 * får brug for …, kan du låne den"), a recommendation that the person the letter is about turns somewhere ("anbefale, at
 * Sofie tager kontakt til …"); and, the other way, the new form of the help in a change ("får du i stedet … 1 gang om
 * ugen") and other benefits named as untouched by this one ("påvirker ikke dine andre ydelser"). Held-out sets 56 and 57.
 * Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const opts = { date: new Date('2026-03-10T12:00:00') };
const END = '\n\nKlagevejledning\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nHanne Krogh\nSagsbehandler\n';
const GUIDE = 'vejledning-andre-ydelser';
const guides = (text: string) => present(text, GUIDE, opts);

// A refusal of help with shopping.
const shoppingRefused = (s: string) =>
  'Afslag på hjælp til indkøb\n\nKære Erna Falk\n\nDu har søgt om hjælp til indkøb. Det kan vi ikke give dig efter servicelovens § 83, ' +
  'fordi din nabo handler ind for dig hver uge.\n\n' + s + END;
// A grant of help with shopping.
const shoppingGranted = (s: string) =>
  'Bevilling af hjælp til indkøb\n\nKære Erna Falk\n\nDu får hjælp til indkøb efter servicelovens § 83, 1 gang om ugen.\n\n' + s + END;

describe('vejledning: goods to have delivered, the private way round refused shopping help', () => {
  it('"Du kan få leveret dagligvarer fra de fleste supermarkeder" guides', () =>
    expect(guides(shoppingRefused('Du kan få leveret dagligvarer fra de fleste supermarkeder, hvis du bestiller på nettet.'))).toBe(true));
  it('"Man kan også få sine varer bragt hjem fra købmanden" guides', () =>
    expect(guides(shoppingRefused('Man kan også få sine varer bragt hjem fra købmanden for et lille gebyr.'))).toBe(true));
  it('look-alike: in a grant of the shopping help, the delivery is the help itself', () =>
    expect(guides(shoppingGranted('Du kan få leveret dine varer om fredagen.'))).toBe(false));
});

// A refusal of a contact person for a boy.
const boy = (s: string) =>
  'Afgørelse om kontaktperson til Elias\n\nKære Mette\n\nVi har besluttet ikke at bevilge en fast kontaktperson til Elias efter barnets lov § 32, ' +
  'fordi han klarer sig godt i skolen og har en god ven i nabohuset.\n\n' + s + END;

describe('vejledning: an open counselling named as a compound', () => {
  it('"Kommunen har en åben misbrugsrådgivning hver onsdag" guides', () =>
    expect(guides(boy('Hvis Elias får brug for at tale med nogen, har Sundhedshuset en åben misbrugsrådgivning hver onsdag.'))).toBe(true));
  it('"den åbne telefonrådgivning for unge" guides', () =>
    expect(guides(boy('Elias er velkommen til at ringe til den åbne telefonrådgivning for unge, når det passer ham.'))).toBe(true));
  it('look-alike: the counselling he already goes to is a fact', () =>
    expect(guides(boy('Elias går i den åbne ungerådgivning hver torsdag.'))).toBe(false));
});

// A grant of a ramp at the front door.
const ramp = (s: string) =>
  'Bevilling af rampe\n\nKære Bent\n\nDu får bevilget en rampe ved hoveddøren efter servicelovens § 116. ' +
  'Vi bevilger rampen, fordi du bruger kørestol og ikke kan komme over trappetrinnet.\n\n' + s + '\n\nMed venlig hilsen\nLone Berg\nErgoterapeut\n';

describe('vejledning: an aid to borrow after an if-clause in straight order', () => {
  it('"Hvis du får brug for en toiletstol, kan du låne den i hjælpemiddeldepotet" guides', () =>
    expect(guides(ramp('Hvis du får brug for en toiletstol, kan du låne den i hjælpemiddeldepotet.'))).toBe(true));
  it('"Hvis I senere har brug for et badebræt, kan I låne et …" guides', () =>
    expect(guides(ramp('Hvis I senere har brug for et badebræt, kan I låne et i kommunens depot.'))).toBe(true));
  it('look-alike: "kan du ikke låne den hos os" does not', () =>
    expect(guides(ramp('Hvis du får brug for en toiletstol, kan du ikke låne den hos os.'))).toBe(false));
});

describe('vejledning: a recommendation that the person the letter is about turns somewhere', () => {
  it('"Vi vil anbefale, at Elias tager kontakt til fritidsklubben …" guides', () =>
    expect(guides(boy('Vi vil anbefale, at Elias tager kontakt til fritidsklubben, som har lektiehjælp to dage om ugen.'))).toBe(true));
  it('"Forvaltningen anbefaler, at han melder sig til …" guides', () =>
    expect(guides(boy('Forvaltningen anbefaler, at han melder sig til et gruppeforløb for unge med angst.'))).toBe(true));
  it('look-alike: back to his own caseworker does not', () =>
    expect(guides(boy('Vi anbefaler, at Elias kontakter sin sagsbehandler, hvis noget ændrer sig.'))).toBe(false));
});

// A change of the help with shopping to a delivery scheme.
const changed = (s: string) =>
  'Ændring af din hjælp til indkøb\n\nKære Ove Lind\n\nFra 1. april 2026 bliver din hjælp til indkøb lavet om. ' +
  'I dag handler hjemmehjælperen for dig hver onsdag. ' + s + '\n\nÆndringen sker, fordi kommunen har lavet en aftale med en købmand om levering.' + END;

describe('vejledning: in a change, the new form of the help with a quantity per period is the help decided', () => {
  it('"Fremover får du i stedet dine varer fra indkøbsordningen 1 gang om ugen" does not guide', () =>
    expect(guides(changed('Fremover får du i stedet dine varer fra indkøbsordningen 1 gang om ugen.'))).toBe(false));
  it('"I stedet får du varerne bragt af indkøbsordningen hver tirsdag" does not guide', () =>
    expect(guides(changed('I stedet får du varerne bragt af indkøbsordningen hver tirsdag.'))).toBe(false));
  it('look-alike: another help offered beside it still guides', () =>
    expect(guides(changed('Fremover får du i stedet dine varer fra indkøbsordningen 1 gang om ugen. Du kan også få besøg af en besøgsven fra Ældre Sagen.'))).toBe(true));
});

// A grant of a monthly allowance.
const allowance = (s: string) =>
  'Bevilling af merudgifter\n\nKære Nina og Kasper\n\nI får dækket merudgifter til medicin til Freja med 400 kr. om måneden efter barnets lov § 86.\n\n' +
  'Vi bevilger, fordi Freja har astma og skal have medicin hver dag.\n\n' + s + '\n\nMed venlig hilsen\nTina Holm\nRådgiver\n';

describe('vejledning: other benefits named as untouched by this one', () => {
  it('"Beløbet er skattefrit og påvirker ikke jeres andre ydelser" does not guide', () =>
    expect(guides(allowance('Beløbet er skattefrit og påvirker ikke jeres andre ydelser.'))).toBe(false));
  it('"Tilskuddet modregnes ikke i jeres andre ydelser" does not guide', () =>
    expect(guides(allowance('Tilskuddet modregnes ikke i jeres andre ydelser.'))).toBe(false));
  it('look-alike: other help pointed to in the same sentence still guides', () =>
    expect(guides(allowance('Beløbet påvirker ikke jeres andre ydelser, men I kan også søge om boligstøtte hos Udbetaling Danmark.'))).toBe(true));
});
