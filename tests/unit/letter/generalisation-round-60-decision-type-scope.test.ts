/**
 * Round 60: decisionType and omfang — a plain "Du kan derfor godt få …" grant with its delivery before a refused item, help
 * measured out to an amount ("udmåles til 15 timer i døgnet") before the rest is refused, costs listed under a lead-in that
 * grants them, and a verbless "Derefter hver 6. md." that carries on the follow-up, held-out sets 40 and 41 measured once
 * before they were fixed, plus older rows. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const opts = { date: new Date('2026-05-01T12:00:00') };
const run = (t: string) => analyzeLetter(t, opts);
const type = (t: string) => run(t).decisionType;
const scope = (t: string) => run(t).elements.omfang.present;
const END = '\n\nKlagevejledning\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nLis Holm\nSagsbehandler\n';

const mail = (first: string) =>
  'Emne: Svar om toiletstol og loftlift\n\nHej Bent\n\nDu fortalte i telefonen, at du har fået et nyt toilet med armlæn.\n\n' + first +
  ' Loftliften kan vi ikke bevilge, da du selv kan rejse dig fra sengen med støtte.\n\nVenlig hilsen\nSara\nHjælpemiddelteamet\n';
describe('decisionType: "Du kan derfor godt få" with its delivery before a refused item', () => {
  it('an aid the reader can therefore have and that is brought out, then another refused, is partial', () =>
    expect(type(mail('Du kan derfor godt få en toiletstol med hjul, og den bliver kørt ud til dig i næste uge.'))).toBe('delvis'));
  it('"Du kan derfor ikke få" the first aid either stays a refusal', () =>
    expect(type(mail('Du kan derfor ikke få en toiletstol med hjul, og den bliver heller ikke kørt ud til dig.'))).toBe('afslag'));
});

const measured = (result: string) =>
  'Afgørelse om borgerstyret personlig assistance\n\nKære Jonas\n\nDu har søgt om at få din BPA udvidet til hele døgnet.\n\nAfgørelse\n' +
  result + ' Du får afslag på en hjælper om natten.\n\nBegrundelse\nDu sover igennem de fleste nætter og kan ringe til nattevagten.' + END;
describe('decisionType and omfang: help measured out to an amount before the rest is refused', () => {
  it('"udmåles fremover til 14 timer i døgnet" before a refusal of the night is partial, with its scope', () => {
    const t = measured('Vi har truffet afgørelse om, at din ordning efter servicelovens § 96 udmåles til 14 timer i døgnet fra 1. juni 2026.');
    expect(type(t)).toBe('delvis');
    expect(scope(t)).toBe(true);
  });
  it('the measuring named without an amount ("Vi har set på, hvordan timerne er udmålt") is no grant: a refusal', () =>
    expect(type(measured('Vi har set på, hvordan timerne i din ordning er udmålt.'))).toBe('afslag'));
});

const costs = (lead: string) =>
  'Afgørelse om merudgifter\n\nKære Lise og Anders\n\nI har søgt om dækning af merudgifter til jeres søn Emil.\n\nAfgørelse\n' + lead +
  '\n- Kørsel til sygehuset: 420 kr. om måneden\n- Særlige bleer: 260 kr. om måneden\n\nBegrundelse\nEmil har en muskelsygdom og skal jævnligt til kontrol.' + END;
describe('omfang: costs listed under a lead-in that grants them', () => {
  it('"Vi har besluttet at dække disse merudgifter:" over monthly sums gives the scope', () =>
    expect(scope(costs('Vi har besluttet at dække disse merudgifter efter barnets lov § 86:'))).toBe(true));
  it('"Sådan har vi beregnet jeres udgifter:" over the same sums is the reckoning, no scope', () =>
    expect(scope(costs('Sådan har vi beregnet jeres udgifter:'))).toBe(false));
});

const note = (after: string) =>
  'AFGØRELSESNOTAT\n\nBorger: Ole Berg\nYdelse: Længerevarende botilbud, servicelovens § 108\n\nOpfølgning:\nFørste opfølgning 2 mdr. efter indflytning. ' + after +
  '\n\nAfgørelse:\nBorgeren bevilges længerevarende botilbud på Bostedet Lyngen fra 01.06.2026.\n';
describe('omfang: a verbless sentence that carries on the follow-up', () => {
  it('"Herefter hver 4. md." after the first follow-up is the follow-up\'s rhythm, no scope', () =>
    expect(scope(note('Herefter hver 4. md.'))).toBe(false));
  it('"Herefter får han støtte 3 timer om ugen" has a verb of its own and stays a scope', () =>
    expect(scope(note('Herefter får han socialpædagogisk støtte 3 timer om ugen.'))).toBe(true));
});
