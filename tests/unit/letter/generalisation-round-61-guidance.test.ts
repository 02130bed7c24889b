/**
 * Round 61: vejledning-andre-ydelser — more of the decided help asked for again with a pronoun ("Det kan I søge om
 * særskilt"), the sender's own unit named in the genitive or after a dash in the letterhead ("KOMMUNE – SOCIALAFDELINGEN"),
 * the transport scheme by its common name chosen by the citizen ("kan selv vælge at tage flextrafik"), and a relative's
 * own help through their doctor ("via sin egen læge"), held-out sets 42 and 43 measured once before they were fixed.
 * Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const ID = 'vejledning-andre-ydelser' as const;
const guides = (t: string) => present(t, ID);
const END = '\n\nKlagevejledning\nI kan klage inden 4 uger efter, at I har fået brevet.\n\nMed venlig hilsen\nKarin Lund\nRådgiver\n';

const respite = (hearing: string) =>
  'Nordvig Kommune\nFamilieafdelingen\n\nKære Mette og Jonas\n\nAfgørelse\nFra 1. marts nedsættes Williams aflastning til 2 døgn om måneden.\n\n' +
  'Begrundelse\nWilliam vil gerne være mere hjemme, og hans farmor hjælper nu en gang om måneden.\n\nPartshøring\n' + hearing + END;
describe('more of the decided help, asked for again with a pronoun', () => {
  it('"Det kan I søge om særskilt" after a wish for more respite in the holidays is the same help', () =>
    expect(guides(respite('I skrev, at I gerne vil søge om aflastning i juleferien. Det kan I søge om særskilt, og vi tager stilling til det som en ny sag.'))).toBe(false));
  it('the same words after a wish for another kind of help still guide', () =>
    expect(guides(respite('I skrev, at I gerne vil søge om en handicapbil til familien. Det kan I søge om særskilt, og vi tager stilling til det som en ny sag.'))).toBe(true));
});

const ending = (head: string, line: string) =>
  head + '\nAfgørelse om ophør af bostøtte\n\nKære Ali\n\nAfgørelse\nDin socialpædagogiske støtte efter servicelovens § 85 stopper den 31. januar.\n\n' +
  'Vurdering\nDu klarer nu selv dine regninger og har fået et fast job.\n\n' + line + END;
describe("the sender's own unit, in the genitive or after a dash in the letterhead", () => {
  // Round 73b: the guide corrected this (h43-20): open counselling, also the sender's own, is another offer.
  it("turning to the sending unit's open counselling if help is needed again guides (an offer without application)", () =>
    expect(guides(ending('HOLMSTED KOMMUNE – VOKSENAFDELINGEN', 'Du kan rette henvendelse til Voksenafdelingens åbne rådgivning, hvis du igen får brug for hjælp.'))).toBe(true));
  it('the same line with another unit than the sender guides', () =>
    expect(guides(ending('HOLMSTED KOMMUNE – VOKSENAFDELINGEN', 'Du kan rette henvendelse til Jobcentrets åbne rådgivning, hvis du igen får brug for hjælp.'))).toBe(true));
  it('asking the sending unit about another named help still guides', () =>
    expect(guides(ending('HOLMSTED KOMMUNE – VOKSENAFDELINGEN', 'Du kan kontakte Voksenafdelingen for at høre om et bofællesskab.'))).toBe(true));
});

const training = (line: string) =>
  'Bakkeby Kommune – Træning\n\nKære Inger\n\nDu får genoptræning efter servicelovens § 86, stk. 1, to gange om ugen i 10 uger på Træningscentret.\n\n' +
  'Formålet er, at du igen kan gå på trapper uden at holde fast.\n\n' + line + END;
describe('the transport scheme by its common name', () => {
  it('the citizen may choose to ride with flextrafik to the training', () =>
    expect(guides(training('Du kan selv vælge at tage flextrafik til træningen, men du betaler selv turen.'))).toBe(true));
  it('flextrafik named as how the citizen came before is a fact of the case', () =>
    expect(guides(training('Du fortalte, at din nabo plejer at køre, og at flextrafik var for dyrt sidste år.'))).toBe(false));
});

const placement = (line: string) =>
  'Søby Kommune\nBørn og Familie\n\nKære Hanne og Per\n\nAfgørelse\nVi har besluttet, at Lukas bliver anbragt på opholdsstedet Engly fra 1. juni efter barnets lov § 46.\n\n' +
  'Begrundelse\nLukas har brug for ro og faste rammer, og Hanne er lige nu syg med stress.\n\n' + line + END;
describe("a relative's own help through their doctor", () => {
  it('the mother can get help for herself via her own doctor', () =>
    expect(guides(placement('Hanne kan få samtaler via sin egen læge, som kan henvise til en psykolog.'))).toBe(true));
  it("the doctor's route told as how the case began is a fact", () =>
    expect(guides(placement('Sagen begyndte, da Hanne blev sygemeldt og talte med sin egen læge om Lukas.'))).toBe(false));
});
