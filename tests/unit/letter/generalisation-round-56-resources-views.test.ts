/**
 * Round 56: bisidder, borgerens-synspunkter, opfoelgning and ressourcer, batches eb and ec measured once unseen before
 * they were fixed. Written for these tests in our own words, each with a look-alike.
 *
 * bisidder: "have X eller en anden med, hvis vi skal holde møde" is the right to bring someone; a letter "sendt til
 * fuldmagtshaver" names who gets it.
 * borgerens-synspunkter: a letter to a relative named as "(søn, fuldmagt …)" or "sendt til fuldmagtshaver" makes "du" the
 * relative, whose account is no view of the citizen's own.
 * opfoelgning: "Næste gang vi ser på det: <tid>", "Forløbet er på 6 måneder", "Vi mødes i august og ser på, hvordan det
 * er gået" look ahead; "fordi vi skulle genberegne" is the review behind this letter.
 * ressourcer: getting about safely at a test ("cyklede sikkert", "holdt balancen fint"); "Inde går han med rollator".
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

type Id = 'bisidder' | 'borgerens-synspunkter' | 'opfoelgning' | 'ressourcer';
const el = (t: string, id: Id) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements[id].present;
const END = '\n\nVenlig hilsen\nMette Lind\nVisitator\n';

describe('bisidder: someone along to a meeting, and the letter sent to the proxy', () => {
  const refusal = (line: string) =>
    'Kære Poul\n\nDu får afslag på en plejeseng, fordi din egen seng kan hæves med klodser.\n\n' + line + END;
  it('"velkommen til at have din nabo eller en anden med, hvis vi skal holde møde" is the right', () =>
    expect(el(refusal('Du er velkommen til at have din nabo eller en anden med, hvis vi skal holde møde om sagen.'), 'bisidder')).toBe(true));
  it('the same words about an outing are none', () =>
    expect(el(refusal('Du er velkommen til at have din nabo med, når du skal i banken.'), 'bisidder')).toBe(false));
  const header = (line: string) =>
    'Hjælpemidler\n' + line + '\n\nTil: Bente Holm\n\nKære Bente\n\nVi kan ikke give din far en badestol, da han kan sidde på den, han har.' + END;
  it('"Brev sendt med e-Boks til fuldmagtshaver" names who gets the letter', () =>
    expect(el(header('Brev sendt med e-Boks til fuldmagtshaver'), 'bisidder')).toBe(false));
  it('"Du kan give en anden fuldmagt" in the same place is the right', () =>
    expect(el(header('Du kan give en anden fuldmagt til at tale din sag.'), 'bisidder')).toBe(true));
});

describe('borgerens-synspunkter: a letter to a relative with a proxy', () => {
  const letter = (address: string) =>
    'Vordingby Kommune\n\n' + address + '\n\nKære Bente\n\nVi giver ikke din far en ny kørestol. Du har fortalt, at han har svært ved at komme op ad rampen.' + END;
  it('"Til: Bente Holm (datter, fuldmagt af 2/3-25)": "du har fortalt" is the daughter\'s', () =>
    expect(el(letter('Til: Bente Holm (datter, fuldmagt af 2/3-25)'), 'borgerens-synspunkter')).toBe(false));
  it('a copy to the daughter leaves the letter to the citizen', () =>
    expect(el(letter('Kopi til Bente Holm (datter, fuldmagt)'), 'borgerens-synspunkter')).toBe(true));
  it('"Notat sendt via Digital Post til fuldmagtshaver" makes the reader the proxy', () =>
    expect(el(letter('Notat sendt via Digital Post til fuldmagtshaver'), 'borgerens-synspunkter')).toBe(false));
  it('"Kopi sendt til fuldmagtshaver" does not', () =>
    expect(el(letter('Kopi sendt til fuldmagtshaver'), 'borgerens-synspunkter')).toBe(true));
});

describe('opfoelgning: the next look and the length, said plainly', () => {
  const grant = (line: string) => 'Kære Hans\n\nDu får hjælp til rengøring hver 2. uge efter ældreloven § 10.\n\n' + line + END;
  it('"Næste gang vi kigger på det: oktober 2026" is a follow-up', () =>
    expect(el(grant('Næste gang vi kigger på det: oktober 2026.'), 'opfoelgning')).toBe(true));
  it('"næste gang vi kommer" is the help\'s own visit', () =>
    expect(el(grant('Næste gang vi kommer, tager vi også støvsugeren med.'), 'opfoelgning')).toBe(false));
  const family = (line: string) => 'Kære Rikke og Anders\n\nI får familiebehandling en gang om ugen efter barnets lov § 32.\n\n' + line + END;
  it('"Forløbet er i første omgang på 4 måneder" says how long it lasts', () =>
    expect(el(family('Forløbet er i første omgang på 4 måneder.'), 'opfoelgning')).toBe(true));
  it('"Ventetiden på forløbet er 4 uger" is no length of the help', () =>
    expect(el(family('Ventetiden på forløbet er 4 uger.'), 'opfoelgning')).toBe(false));
  it('"Vi mødes alle i oktober og ser på, hvordan det er gået" is a follow-up', () =>
    expect(el(family('Vi mødes alle i oktober og ser på, hvordan det er gået.'), 'opfoelgning')).toBe(true));
  it('"Vi mødes i uge 12 og aftaler de første besøg" is the start', () =>
    expect(el(family('Vi mødes i uge 12 og aftaler de første besøg.'), 'opfoelgning')).toBe(false));
  const change = (line: string) =>
    'Kære Rikke\n\n' + line + ' Derfor sætter vi jeres tilskud op fra 500 til 700 kr. om måneden fra 1. maj.' + END;
  it('"fordi vi skulle revurdere tilskuddet" is the review behind the letter', () =>
    expect(el(change('Vi bad jer i februar om regninger, fordi vi skulle revurdere tilskuddet.'), 'opfoelgning')).toBe(false));
  it('"Vi revurderer tilskuddet igen i maj 2027" looks ahead', () =>
    expect(el(change('Vi revurderer tilskuddet igen i maj 2027.'), 'opfoelgning')).toBe(true));
});

describe('ressourcer: getting about safely at a test', () => {
  const aid = (line: string) =>
    'Kære Karen\n\nDu får tilskud til en el-scooter efter serviceloven § 113.\n\n' + line + END;
  it('"Ved prøvekørslen kørte du sikkert på fortovet" is a skill', () =>
    expect(el(aid('Ved prøvekørslen kørte du sikkert på fortovet.'), 'ressourcer')).toBe(true));
  it('"Flextur kører dig sikkert hjem" is a driver', () =>
    expect(el(aid('Flextur kører dig sikkert hjem fra lægen.'), 'ressourcer')).toBe(false));
  it('"holder balancen godt" is a skill', () =>
    expect(el(aid('Ved afprøvningen holdt du balancen godt, også i svingene.'), 'ressourcer')).toBe(true));
  it('"Inde i stuen går du med din stok" is a skill, the verb put first', () =>
    expect(el(aid('Inde i stuen går du med din stok.'), 'ressourcer')).toBe(true));
  it('"Går du med stok, skal …" is a condition', () =>
    expect(el(aid('Går du med stok, skal scooteren have en holder.'), 'ressourcer')).toBe(false));
  it('"har svært ved at holde balancen" is a limit', () =>
    expect(el(aid('Du har svært ved at holde balancen på en almindelig cykel.'), 'ressourcer')).toBe(false));
});
