/**
 * Round 73b: vejledning-andre-ydelser — an open or anonymous counselling run by the sender's own unit, named in the
 * genitive, is another offer (the guide: open counselling counts, whoever runs it); and a call to a named place counts
 * when that place is said to offer something in the same sentence or the one before, not a bare "Ring til <sted>".
 * Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const opts = { date: new Date('2026-04-20T12:00:00') };
const END = '\n\nKlagevejledning\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nTove Brink\nSagsbehandler\n';
const ending = (mid: string, unit = 'Familieafdelingen') =>
  `Holmkær Kommune\n${unit}\n\nAfgørelse om ophør af støtte\n\nKære Lone og Peter\n\nJeres familiebehandling efter barnets lov § 32 ophører den 30. juni, fordi målene er nået. ${mid}${END}`;
const grant = (mid: string) =>
  `Holmkær Kommune\nSundhed og Omsorg\n\nAfgørelse om personlig hjælp\n\nKære Inge\n\nDu får hjælp til bad to gange om ugen. Hjælpen er bevilget efter servicelovens § 83. ${mid}${END}`;
const refusal = (mid: string) =>
  `Holmkær Kommune\nHandicap og Psykiatri\n\nAfgørelse\n\nKære Bent\n\nDu har søgt om aflastning til din kone. Vi kan ikke bevilge aflastning efter servicelovens § 84. ${mid}${END}`;
const training = (mid: string) =>
  `Holmkær Kommune\nSundhed og Omsorg\n\nAfgørelse om genoptræning\n\nKære Svend\n\nDu får genoptræning to gange om ugen i otte uger. Genoptræningen er bevilget efter servicelovens § 86. ${mid}${END}`;
const guides = (text: string) => present(text, 'vejledning-andre-ydelser', opts);

describe("vejledning-andre-ydelser: the sender's own open counselling, in the genitive", () => {
  it('"kan I ringe til Familieafdelingens åbne rådgivning"', () =>
    expect(guides(ending('Bliver det svært igen, kan I ringe til Familieafdelingens åbne rådgivning uden at søge.'))).toBe(true));
  it('"henvende jer til Familieafdelingens anonyme forældrerådgivning"', () =>
    expect(guides(ending('I er altid velkomne til at henvende jer til Familieafdelingens anonyme forældrerådgivning om torsdagen.'))).toBe(true));
  it('look-alike: a call back to the sender unit itself', () =>
    expect(guides(ending('Har I spørgsmål til afgørelsen, kan I ringe til Familieafdelingen.'))).toBe(false));
});

describe('vejledning-andre-ydelser: a call to a place said to offer something', () => {
  it('the offer in the sentence before: "Mødestedet Lyngen har tilbud … Ring til Mødestedet"', () =>
    expect(guides(grant('Mødestedet Lyngen tilbyder gåture og kortspil for seniorer. Ring til Mødestedet på 21 43 65 87, hvis du vil være med.'))).toBe(true));
  it('the offer in the same sentence: "Ring til Kildehuset, som arrangerer udflugter"', () =>
    expect(guides(refusal('Ring til Kildehuset, som arrangerer udflugter for pårørende, hvis du trænger til et pusterum.'))).toBe(true));
  it('look-alike: a bare call to where the aid is mended', () =>
    expect(guides(grant('Ring til Hjælpemiddeldepotet, hvis badestolen går i stykker.'))).toBe(false));
  it('look-alike: the place offers the help decided here', () =>
    expect(guides(training('Træningscentret Bakkely tilbyder genoptræning på hold. Ring til Bakkely, hvis en tid skal flyttes.'))).toBe(false));
});
