/**
 * Round 62: decisionType — grants, partial grants and changes confused: a cost met with its object fronted ("Det betaler
 * kommunen"), the help had told by its giver or by the arrangement's size ("Før operationen kom hjemmeplejen …", "Til nu har
 * den været på …") beside a new amount from a date, an aid granted "uden" a feature the application asked "med", a rule's
 * condition fronted with the verb first ("Er kravene ikke opfyldt, kan der ikke …"), and a grant after "Vi har behandlet din
 * ansøgning, og …" set against a wished amount, held-out sets 44 and 45 measured once before they were fixed, and the unseen
 * batches ef and eg. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const opts = { date: new Date('2026-05-01T12:00:00') };
const type = (t: string) => analyzeLetter(t, opts).decisionType;
const END = '\n\nHvis du vil klage\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nOle Dam\nSagsbehandler\n';

const bullets = (second: string) =>
  'Svar på jeres ønsker til huset\n\nKort fortalt:\n• Håndlisten ved trappen til kælderen bliver sat op. Det betaler kommunen.\n• ' + second +
  '\n\nDet har vi set på:\n• Terapeuten var hos jer i sidste uge og målte trappen op.' + END;
describe('decisionType: the cost met with its object fronted, "Det betaler kommunen"', () => {
  it('one alteration paid ("Det betaler kommunen") and another not made is partial', () =>
    expect(type(bullets('Køkkenbordet bliver ikke gjort lavere.'))).toBe('delvis'));
  it('"Det betaler kommunen ikke" of the first stays no grant: with the second not made, a refusal', () =>
    expect(type(bullets('Køkkenbordet bliver ikke gjort lavere.').replace('Det betaler kommunen.', 'Det betaler kommunen ikke.'))).toBe('afslag'));
});

const visits = (had: string) =>
  'Mere hjælp efter din operation\n\nKære Erik\n\nDu kom hjem fra sygehuset i sidste uge, og jeg har været på besøg hos dig.\n\n' +
  'Derfor får du mere hjælp fra nu af. ' + had + ' Fra den 3. juni kommer de 3 gange om dagen.\n\nHvorfor?\nDu kan ikke selv komme ud af sengen.' + END;
describe('decisionType: more help from a date beside the help had, told by its giver in the past', () => {
  it('"Før operationen kom hjemmeplejen 1 gang om dagen" before the new visits is a change', () =>
    expect(type(visits('Før operationen kom hjemmeplejen 1 gang om dagen.'))).toBe('aendring'));
  it('without the help had, the new visits are a grant', () =>
    expect(type(visits('Hjemmeplejen har en nøgle til din hoveddør.'))).toBe('bevilling'));
});

const hours = (had: string) =>
  'Din BPA-ordning efter din nye uddannelse\n\nKære Sofie\n\nDu går nu på en skole, hvor du får hjælp af skolens personale om formiddagen.\n\n' +
  'Din ordning fremover\nFra 1. august er din ordning på 40 timer om ugen. ' + had +
  '\n\nBaggrund\nVi har fratrukket 6 timer og ikke 10, fordi du skal have hjælp til at komme frem og tilbage.' + END;
describe('decisionType: an arrangement set to a new size from a date beside its size until now', () => {
  it('"Til nu har den været på 46 timer om ugen" makes the new size a change, not a partial grant', () =>
    expect(type(hours('Til nu har den været på 46 timer om ugen.'))).toBe('aendring'));
  it('a sentence about the administrator instead is not read as a change', () =>
    expect(type(hours('Din administrator hjælper dig med vagtplanen.'))).not.toBe('aendring'));
});

const bed = (asked: string, granted: string) =>
  'Afgørelse om hjælpemiddel\n\n' + asked + '\n\nAFGØRELSE\nDu bevilges en plejeseng efter servicelovens § 112. ' + granted +
  '\n\nBEGRUNDELSE\nDu kan selv vende dig i sengen med en vendepude.' + END;
describe('decisionType: an aid granted "uden" a feature the application asked "med"', () => {
  it('"Plejesengen bevilges uden vendefunktion" after a field asking for one with it is partial', () =>
    expect(type(bed('Ansøgt: Plejeseng med vendefunktion', 'Plejesengen bevilges uden vendefunktion.'))).toBe('delvis'));
  it('also after an application told in a sentence', () =>
    expect(type(bed('Du har søgt om en plejeseng med vendefunktion.', 'Sengen bevilges uden vendefunktion.'))).toBe('delvis'));
  it('"uden egenbetaling", a term nobody asked about, leaves the full grant', () =>
    expect(type(bed('Ansøgt: Plejeseng med vendefunktion', 'Plejesengen bevilges uden egenbetaling.'))).toBe('bevilling'));
});

const rule = (second: string) =>
  'Vedr. din ansøgning om toiletforhøjer\n\nKære Inger\n\nKommunen skal efter servicelovens § 112 yde støtte til hjælpemidler til personer med varigt nedsat ' +
  'funktionsevne, når hjælpemidlet i væsentlig grad letter den daglige tilværelse. ' + second +
  '\n\nDu har svært ved at rejse dig fra toilettet, og det bliver ikke bedre.\n\nDu får bevilget:\n- 1 toiletforhøjer med armlæn' + END;
describe('decisionType: the rule\'s condition fronted with the verb first refuses nothing of this case', () => {
  it('"Er kravene ikke opfyldt, kan der ikke ydes støtte" before the grant leaves it a grant', () =>
    expect(type(rule('Er kravene ikke opfyldt, kan der ikke ydes støtte, og der ydes heller ikke støtte til ting til kort brug.'))).toBe('bevilling'));
  it('the same words without the fronted verb ("Kravene er ikke opfyldt, og der kan ikke …") still refuse: partial', () =>
    expect(type(rule('Kravene er ikke opfyldt, og der kan ikke ydes støtte.'))).toBe('delvis'));
});

const cleaning = (result: string) =>
  'Afgørelse om praktisk hjælp\n\nKære Hanne\n\nDu har søgt om hjælp til rengøring. Du skrev, at du gerne vil have gjort rent hver uge.\n\n' +
  result + '\n\nHvad har vi lagt vægt på?\nDu kan selv tørre støv af og tage opvasken.' + END;
describe('decisionType: a grant after "Vi har behandlet din ansøgning, og …" set against the amount wished', () => {
  it('cleaning every third week after a wish for every week is partial', () =>
    expect(type(cleaning('Vi har nu behandlet din ansøgning, og du får rengøring 1 gang hver 3. uge.'))).toBe('delvis'));
  it('cleaning every week, as wished, is a grant', () =>
    expect(type(cleaning('Vi har nu behandlet din ansøgning, og du får rengøring 1 gang hver uge.'))).toBe('bevilling'));
});
