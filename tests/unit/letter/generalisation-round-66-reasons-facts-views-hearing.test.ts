/**
 * Round 66: begrundelse, faktiske-oplysninger, borgerens-synspunkter and partshoering — a "derfor" that only points to
 * "opfylder betingelserne" in its own sentence, an amount worked out from the family's receipts, "Med det, du selv kan, …
 * er det ikke X, der skal til", the profession in a performer field or a planned end of the course, the price found in a
 * price check or named as a quote's total, "Om liften skriver du i ansøgningen, at …" and the papers sent in the past "til
 * Dem med henblik på Deres bemærkninger", unseen batches ej and ek measured once before they were merged.
 * Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const opts = { date: new Date('2026-05-01T12:00:00') };
const END = '\n\nHvis du vil klage\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nMette Krog\nSagsbehandler\n';

const training = (body: string) =>
  'Bevilling af træning\n\nKære Ruth\n\nDu har den 2. marts søgt om træning.\n\nVi bevilger dig træning 1 gang om ugen i 10 uger.\n\n' + body + END;
describe('begrundelse: a "derfor" after "opfylder betingelserne" in the same sentence ties no fact to the result', () => {
  it('"Du opfylder betingelserne …, og du får derfor det, du har søgt om" after a planned end is no reason', () =>
    expect(present(training('Når de 10 uger er gået, afslutter terapeuten træningen med en test.\n\nDu opfylder betingelserne for træning, og du får derfor det, du har søgt om.'), 'begrundelse', opts)).toBe(false));
  it('a finding from the visit followed by "Derfor får du træning" is still the reason', () =>
    expect(present(training('Ved besøget den 9. marts kunne du kun rejse dig fra stolen med hjælp fra armlænene.\n\nDerfor får du træning, så du igen kan rejse dig selv.'), 'begrundelse', opts)).toBe(true));
});

const costs = (basis: string) =>
  'Bevilling af merudgifter\n\nKære Mette og Ole\n\nI har søgt om dækning af merudgifter til Karls cøliaki. Vi bevilger 450 kr. om måneden efter barnets lov.\n\n' + basis + END;
describe('begrundelse: the amount worked out from the family\'s own documents', () => {
  it('"Tilskuddet er beregnet ud fra de regninger …, som I har sendt" explains the amount', () =>
    expect(present(costs('Tilskuddet er beregnet ud fra de regninger fra februar og marts, som I har sendt til os: glutenfrit brød og mel.'), 'begrundelse', opts)).toBe(true));
  it('"Tilskuddet er beregnet ud fra kommunens faste takster" is the rate, no reason', () =>
    expect(present(costs('Tilskuddet er beregnet ud fra kommunens faste takster for glutenfri kost.'), 'begrundelse', opts)).toBe(false));
});

const walker = (conclusion: string) =>
  'Svar på din ansøgning\n\nHej Poul\n\nVi bevilger ikke en kørestol til dig.\n\nDin søster handler ind for dig om lørdagen. Terapeuten besøgte dig 4. februar og så, at du gik 250 meter med stokken hen til postkassen og tilbage uden at stoppe.\n\n' +
  conclusion + END;
describe('begrundelse: "Med det, du selv kan, …" draws the conclusion from what was just seen', () => {
  it('"Med det, du selv kan, og din søsters hjælp, er det ikke en kørestol, der skal til" is the reason', () =>
    expect(present(walker('Med det, du selv kan, og din søsters hjælp, er det ikke en kørestol, der skal til, for at du kan klare dagen.'), 'begrundelse', opts)).toBe(true));
  it('"Med det samme kan du bestille en kørestol til lån" names nothing the facts lead to', () =>
    expect(present(walker('Med det samme kan du låne en kørestol hos Hjælpemiddeldepotet, hvis du skal på længere ture.'), 'begrundelse', opts)).toBe(false));
});

const rehab = (lines: string) =>
  'Bevilling af genoptræning\n\nKære Ruth\n\nDu har søgt om genoptræning. Vi bevilger dig genoptræning efter servicelovens § 86.\n\n' + lines + END;
describe('faktiske-oplysninger: the profession in a performer field or in the planned end is nothing seen', () => {
  it('"Udfører: Ergoterapeut" and "Til sidst afslutter ergoterapeuten forløbet med en samtale" give no fact', () =>
    expect(present(rehab('Omfang: 1 gang om ugen i 6 uger\nUdfører: Ergoterapeut fra Træningsenheden\n\nTil sidst afslutter ergoterapeuten forløbet med en samtale.'), 'faktiske-oplysninger', opts)).toBe(false));
  it('"Ergoterapeuten så ved besøget, at du ikke kan løfte armen" is a fact', () =>
    expect(present(rehab('Omfang: 1 gang om ugen i 6 uger\n\nErgoterapeuten så ved besøget, at du ikke kan løfte armen over skulderhøjde.'), 'faktiske-oplysninger', opts)).toBe(true));
});

const chair = (body: string) =>
  'Tilskud til kørestol\n\nKære Sofie\n\nDu har søgt om en kørestol. Du får et tilskud, men ikke hele prisen.\n\n' + body + END;
describe('faktiske-oplysninger: the price found in a price check or named as a quote\'s total', () => {
  it('"Prisen på en almindelig kørestol er ifølge forhandlernes lister ca. 9.000 kr." is a fact', () =>
    expect(present(chair('Prisen på en almindelig kørestol er ifølge forhandlernes lister ca. 9.000 kr., og det betaler vi.'), 'faktiske-oplysninger', opts)).toBe(true));
  it('"halvdelen af de 12.000 kr. i tilbuddet fra forhandleren" is a fact', () =>
    expect(present(chair('Vi betaler 6.000 kr., som er halvdelen af de 12.000 kr. i tilbuddet fra forhandleren.'), 'faktiske-oplysninger', opts)).toBe(true));
  it('the rule\'s share and ceiling ("50 % af prisen på en almindelig kørestol, dog højst 5.000 kr.") is no price found', () =>
    expect(present(chair('Efter reglerne betaler vi 50 % af prisen på en almindelig kørestol, dog højst 5.000 kr.'), 'faktiske-oplysninger', opts)).toBe(false));
  it('a place in a provider\'s offer with a monthly charge is no quote', () =>
    expect(present(chair('Du får en plads i tilbuddet fra Solhaven, og du betaler 300 kr. om måneden.'), 'faktiske-oplysninger', opts)).toBe(false));
});

const lift = (body: string) =>
  'Afgørelse om trappelift\n\nKære Jens\n\nDu har søgt om en trappelift. Vi giver dig afslag.\n\n' + body + END;
describe('borgerens-synspunkter: a fronted topic "Om liften skriver du i ansøgningen, at …"', () => {
  it('"Om liften skriver du i ansøgningen, at du ikke vil sove nedenunder" is the citizen\'s account', () =>
    expect(present(lift('Om liften skriver du i ansøgningen, at du ikke vil sove nedenunder, fordi du altid har sovet ovenpå.'), 'borgerens-synspunkter', opts)).toBe(true));
  it('"Om du skriver til os eller ringer, er lige meget" is a condition, no account', () =>
    expect(present(lift('Om du skriver til os eller ringer, er lige meget, hvis du har spørgsmål.'), 'borgerens-synspunkter', opts)).toBe(false));
});

const car = (body: string) =>
  'Afgørelse om støtte til bil\n\nKære Hans\n\nDu har søgt om støtte til en bil. Vi giver dig afslag.\n\nLægen skrev den 2. april, at du kan gå 400 meter med stokke.\n\n' + body + END;
describe('partshoering: the papers sent in the past "til dig med henblik på dine bemærkninger"', () => {
  it('"Vi sendte den 3. maj lægens notat til dig med henblik på dine bemærkninger" is the hearing', () =>
    expect(present(car('Vi sendte den 3. maj lægens notat til dig med henblik på dine bemærkninger. Du svarede ikke.'), 'partshoering', opts)).toBe(true));
  it('the application sent on to the doctor "med henblik på en udtalelse" is no hearing', () =>
    expect(present(car('Vi sendte den 3. maj din ansøgning til din læge med henblik på en udtalelse om din gangfunktion.'), 'partshoering', opts)).toBe(false));
});

const family = (line: string) =>
  'Bevilling af familiebehandling\n\nKære Anders og Julie\n\nI har søgt om familiebehandling, og det er bevilget. I får 2 timer om ugen i 6 måneder efter barnets lov § 32.\n\n' + line + END;
describe('faktiske-oplysninger: how the child is doing in day care, said as what is so', () => {
  it('"Mads har det svært i børnehaven og leger mest alene" is a fact', () =>
    expect(present(family('Mads har det svært i børnehaven og leger mest alene.'), 'faktiske-oplysninger', opts)).toBe(true));
  it('the aim "at Mads får det godt i børnehaven" is no fact', () =>
    expect(present(family('Formålet er, at Mads får det godt i børnehaven og kan lege med de andre børn.'), 'faktiske-oplysninger', opts)).toBe(false));
});
