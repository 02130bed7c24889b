/**
 * Round 64: decisionType — a limit of a rule told of anyone ("… gælder dog ikke, når man …") read as a part of the application
 * held back, and a grant word named only as what a need would justify under a "not" ("der ikke er et behov, som kan begrunde
 * iværksættelse af …") read as a grant, held-out sets 46 and 47 measured once before they were fixed.
 * Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const opts = { date: new Date('2026-05-01T12:00:00') };
const type = (t: string) => analyzeLetter(t, opts).decisionType;
const END = '\n\nHvis du vil klage\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nMette Krog\nSagsbehandler\n';

const home = (limit: string) =>
  'Svar på din ansøgning om en ældrebolig\n\nKære Grethe\n\nVi har behandlet din ansøgning om en ældrebolig, og vi har godkendt den.\n\n' +
  'Du står nu på listen over ledige boliger. Du har skrevet, at du ønsker at bo tæt på din datter i Nordbyen. ' +
  limit + '\n\nVi ringer til dig, når der er en bolig klar.' + END;
describe('decisionType: a limit of a rule told of anyone is no part held back', () => {
  it('"Tilbuddet om en bolig inden to måneder gælder dog ikke, når man ønsker et bestemt sted" leaves a grant', () =>
    expect(type(home('Tilbuddet om en bolig inden to måneder gælder dog ikke, når man ønsker et bestemt sted, så ventetiden kan blive længere.'))).toBe('bevilling'));
  it('the same "dog ikke" said to the reader ("Du får dog ikke en bolig i Nordbyen") makes it partial', () =>
    expect(type(home('Du får dog ikke en bolig i Nordbyen, som du ønskede, men i Sydbyen.'))).toBe('delvis'));
});

const need = (finding: string) =>
  'Afgørelse om støtte til familien\n\nKære Per og Anne\n\nI har søgt om en familiekonsulent i hjemmet til jeres datter Ida.\n\n' +
  finding + '\n\nVi har lagt vægt på, at Ida trives i skolen og har gode venner.' + END;
describe('decisionType: a grant named only as what would be justified, under a "not"', () => {
  it('"der ikke er et behov, som kan begrunde iværksættelse af …" is no grant: the refusal after it decides', () =>
    expect(type(need('Vi vurderer, at der ikke er et behov for særlig støtte, der kan begrunde iværksættelse af en familiekonsulent. Ansøgningen imødekommes derfor ikke.'))).toBe('afslag'));
  it('without the "not", "jeres behov kan begrunde iværksættelse af …" still grants', () =>
    expect(type(need('Vi vurderer, at Idas behov for særlig støtte kan begrunde iværksættelse af en familiekonsulent. I får derfor en familiekonsulent to timer om ugen.'))).toBe('bevilling'));
});
