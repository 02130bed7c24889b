/**
 * Round 59: decisionType where the result is hard to read — a partial grant shown only by its numbers (a fixed sum against
 * the price or the reader's own reckoning told right after the application; a length told by the grant's noun), a cheaper
 * aid named by a compound ("letvægtskørestol" against "elektrisk kørestol"), the question for more asked in the present
 * tense while the current help goes on, and the letter counting its own decisions ("Du får derfor to afgørelser"), blind
 * batches ed and ee measured once as unseen letters before they were fixed. Written for these tests in our own words, each
 * with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const opts = { date: new Date('2026-05-01T12:00:00') };
const type = (t: string) => analyzeLetter(t, opts).decisionType;
const END = '\n\nKlagevejledning\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nAnne Dahl\nSagsbehandler\n';

const priceLetter = (price: string, grant: string) =>
  'Nordby Kommune\n\nTilskud til cykel\n\nKære Poul\n\nTak for din ansøgning af 3. marts 2026 om hjælp til at købe en trehjulet cykel. ' + price +
  '\n\n' + grant + ' Pengene bliver sat ind på din NemKonto.\n\nBegrundelse\nDu kan ikke holde balancen på en almindelig cykel.' + END;
describe('decisionType: a fixed sum against the price told right after the application', () => {
  it('an offer at a higher price, then a smaller sum granted, is partial', () =>
    expect(type(priceLetter('Du har vedlagt et tilbud fra cykelhandleren på 16.400 kr.', 'Du får et tilskud på 6.000 kr. til cyklen.'))).toBe('delvis'));
  it('the reader\'s own monthly reckoning, then a smaller monthly sum, is partial', () =>
    expect(type('Kære Mette og Jens\n\nI har den 2. februar 2026 søgt om dækning af merudgifter til Oskar. I har opgjort udgifterne til 1.800 kr. om måneden.\n\nOskar får en merudgiftsydelse på 950 kr. om måneden fra 1. juni 2026.\n\nBegrundelse\nOskar har diabetes og skal have særlig kost.' + END)).toBe('delvis'));
  it('the same sum as the offer is a full grant', () =>
    expect(type(priceLetter('Du har vedlagt et tilbud fra cykelhandleren på 6.000 kr.', 'Du får et tilskud på 6.000 kr. til cyklen.'))).toBe('bevilling'));
  it('a sum in the next sentence that is not a price (the reader\'s income) is no ask', () =>
    expect(type(priceLetter('Du har fortalt, at du får 9.000 kr. i pension hver måned.', 'Du får et tilskud på 6.000 kr. til cyklen.'))).toBe('bevilling'));
});

const chair = (granted: string) =>
  'Afgørelse om kørestol\n\nKære Ib\n\nDu har den 2. marts 2026 søgt om en elektrisk kørestol.\n\n' + granted +
  ' Den bliver leveret fra depotet i næste uge.\n\nBegrundelse\nDu har gode kræfter i armene og kan selv køre korte ture.' + END;
describe('decisionType: a cheaper aid named by a compound of its build', () => {
  it('"en manuel letvægtskørestol" granted after "en elektrisk kørestol" applied for is partial', () =>
    expect(type(chair('Vi bevilger dig en manuel letvægtskørestol som hjælpemiddel efter servicelovens § 112.'))).toBe('delvis'));
  it('an electric chair named "el-kørestol" when an electric one was applied for stays a grant', () =>
    expect(type(chair('Vi bevilger dig en el-kørestol som hjælpemiddel efter servicelovens § 112.'))).toBe('bevilling'));
});

const stay = (told: string) =>
  'Forlængelse af dit ophold\n\nKære Mads\n\nVi har modtaget din ansøgning af 1. marts 2026 om at forlænge dit ophold på Bostedet Engen i 12 måneder.\n\n' +
  'Dit ophold i midlertidigt botilbud efter servicelovens § 107 forlænges til og med den 31. oktober 2026.\n\n' +
  'Bostedet skriver, at du nu selv handler ind og laver mad tre dage om ugen. ' + told + '\n\nVi holder statusmøde med dig i september.' + END;
describe('decisionType: the grant\'s length told by its noun, without a grant word', () => {
  it('"Forlængelsen bliver på 6 måneder" after 12 months applied for is partial', () =>
    expect(type(stay('Forlængelsen bliver på 6 måneder, fordi dine sidste mål kan nås på den tid.'))).toBe('delvis'));
  it('"Forlængelsen bliver på 12 måneder", the length applied for, stays a grant', () =>
    expect(type(stay('Forlængelsen bliver på 12 måneder, fordi dine sidste mål tager tid.'))).toBe('bevilling'));
});

const more = (ask: string) =>
  'Kære Sara\n\nTak for din besked af 2. april, ' + ask + '\n\nJeg har set på det, og svaret er, at du fortsat får dækket 10 timer om ugen efter barnets lov § 87. Der bliver ikke flere timer.\n\n' +
  'Begrundelse\nBørnehaven kan klare Emils anfald i løbet af dagen.' + END;
describe('decisionType: more asked in the present tense while the current help goes on', () => {
  it('"hvor du spørger, om du kan få … 18 timer om ugen i stedet for de 10" is a refusal', () =>
    expect(type(more('hvor du spørger, om du kan få dækket tabt arbejdsfortjeneste i 18 timer om ugen i stedet for de 10 timer, du har nu.'))).toBe('afslag'));
  it('the same help told as going on, asked about nothing, is no refusal', () =>
    expect(type(more('hvor du fortæller, at Emil er faldet godt til i børnehaven.'))).not.toBe('afslag'));
});

const two = (intro: string) =>
  'To afgørelser: botilbud og bostøtte\n\nKære Lars\n\nUdvalget har behandlet din ansøgning om et længerevarende botilbud. Samtidig har vi revurderet den bostøtte, du får i dag. ' + intro +
  '\n\nHvad har udvalget besluttet?\n\n1. Du får ikke et længerevarende botilbud efter servicelovens § 108.\n\n2. Din bostøtte efter servicelovens § 85 fortsætter som nu med 4 timer om ugen.\n\n' +
  'Hvorfor får du ikke et botilbud?\nDu klarer dig godt i din egen lejlighed med den støtte, du har.' + END;
describe('decisionType: the letter counting its own decisions after a linking adverb', () => {
  it('"Du får derfor to afgørelser i dette brev" is no grant: the refusal with help kept is a refusal', () =>
    expect(type(two('Du får derfor to afgørelser i dette brev.'))).toBe('afslag'));
  it('a real grant in the same place ("Du får derfor bostøtte 6 timer om ugen") is no letter count', () =>
    expect(type(two('Du får derfor bostøtte 6 timer om ugen.'))).not.toBe('afslag'));
});

describe('decisionType: why the amount is lower than asked, as a heading', () => {
  const sum = (heading: string) =>
    'Kære Hanne\n\nDu har søgt om hjælp til merudgifter. Du får 700 kr. om måneden fra 1. juni 2026.\n\n' + heading +
    '\nKørslen er regnet ud efter den lave takst.' + END;
  it('"Hvorfor er beløbet lavere end det, du har søgt om?" makes the grant partial', () =>
    expect(type(sum('Hvorfor er beløbet lavere end det, du har søgt om?'))).toBe('delvis'));
  it('"Hvorfor får du et beløb?" asks nothing about less', () => expect(type(sum('Hvorfor får du et beløb?'))).toBe('bevilling'));
});
