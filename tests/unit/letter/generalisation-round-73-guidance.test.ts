/**
 * Round 73: vejledning-andre-ydelser — help under another section said to lie outside this decision, other help granted in
 * a separate decision, a private person to make an arrangement with, talks offered with a professional, a referral open
 * for someone named, "Ring til <enhed>", one's caseworker at another unit asked about something, "Kontakt din læge om …";
 * and (the other way) another body's part told as what was weighed, and an extra bought with the help decided.
 * Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const opts = { date: new Date('2026-04-20T12:00:00') };
const END = '\n\nKlagevejledning\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nTove Brink\nSagsbehandler\n';
const grant = (mid: string, unit = 'Sundhed og Omsorg') =>
  `Holmkær Kommune\n${unit}\n\nAfgørelse om personlig hjælp\n\nKære Inge\n\nDu får hjælp til bad to gange om ugen. Hjælpen er bevilget efter servicelovens § 83. ${mid}${END}`;
const refusal = (mid: string, unit = 'Børn og Familie') =>
  `Holmkær Kommune\n${unit}\n\nAfgørelse\n\nKære Lars\n\nDu har søgt om aflastning til Ida. Vi kan ikke bevilge aflastning efter barnets lov § 84. ${mid}${END}`;
const meals = (mid: string) =>
  `Holmkær Kommune\nSundhed og Omsorg\n\nAfgørelse om madservice\n\nKære Inge\n\nDu har søgt om varm mad og aftensmad. Du får den varme mad, men ikke aftensmaden. Du får 7 hovedretter om ugen. ${mid}${END}`;
const guides = (text: string) => present(text, 'vejledning-andre-ydelser', opts);

describe('vejledning-andre-ydelser: help under another section, outside this decision', () => {
  it('"Den indgår ikke i denne afgørelse" after help under sundhedsloven', () =>
    expect(guides(grant('Din fysioterapi efter sundhedslovens § 140 foregår på Sundhedscentret. Den indgår ikke i denne afgørelse.'))).toBe(true));
  it('"er ikke omfattet af denne afgørelse" with the section in the same sentence', () =>
    expect(guides(grant('Hjemmesygeplejen efter sundhedslovens § 138 er ikke omfattet af denne afgørelse og kommer som hidtil.'))).toBe(true));
  it('look-alike: a detail of this help with no other section', () =>
    expect(guides(grant('Prisen for vasketøjet er ikke en del af denne afgørelse.'))).toBe(false));
});

describe('vejledning-andre-ydelser: other help granted in a separate decision', () => {
  it('"har i en separat afgørelse bevilget"', () =>
    expect(guides(refusal('Handicapteamet har i en separat afgørelse bevilget ledsagelse til Ida fra 1. juni.'))).toBe(true));
  it('"i en selvstændig afgørelse af 2. juni 2025 tilbudt"', () =>
    expect(guides(refusal('Ungeenheden har i en selvstændig afgørelse af 2. juni 2025 tilbudt Ida en mentor.'))).toBe(true));
  it('look-alike: a separate decision announced about the payment', () =>
    expect(guides(grant('Du får en særskilt afgørelse om din egenbetaling.'))).toBe(false));
});

describe('vejledning-andre-ydelser: a private person or firm to arrange with', () => {
  it('"Du kan i stedet aftale med en privat havemand"', () =>
    expect(guides(refusal('Du kan i stedet aftale med en privat havemand, at han slår græsset hver anden uge.'))).toBe(true));
  it('"hyre et privat firma"', () =>
    expect(guides(refusal('Mange familier vælger at hyre et privat firma til den slags opgaver.'))).toBe(true));
  it('look-alike: arranging the day with the home care', () =>
    expect(guides(grant('Du kan aftale med hjemmeplejen, hvilken dag de kommer.'))).toBe(false));
});

describe('vejledning-andre-ydelser: talks offered with a professional', () => {
  it('"Du kan også få samtaler med en psykolog i Sundhedshuset"', () =>
    expect(guides(refusal('Du kan også få samtaler med en psykolog i Sundhedshuset.'))).toBe(true));
  it('"Kan I få samtaler hos en familieterapeut"', () =>
    expect(guides(refusal('Ønsker I det, kan I få samtaler hos en familieterapeut, der kender til skilsmisser.'))).toBe(true));
  it('look-alike: talks with the caseworker', () =>
    expect(guides(grant('Du kan få samtaler med en sagsbehandler, når du ønsker det.'))).toBe(false));
});

describe('vejledning-andre-ydelser: a referral open for someone named', () => {
  it('"Forvaltningen kan henvise faderen til en psykolog"', () =>
    expect(guides(refusal('Forvaltningen kan henvise faderen til en psykolog med erfaring i samarbejdsproblemer.'))).toBe(true));
  it('"vil gerne henvise din mor til en diætist"', () =>
    expect(guides(grant('Vi vil gerne henvise din mor til en diætist, hvis hun ønsker det.'))).toBe(true));
  it('look-alike: "kan henvise til, at …" is an argument', () =>
    expect(guides(grant('Lægen kan henvise til, at dit knæ er blevet bedre.'))).toBe(false));
});

describe('vejledning-andre-ydelser: one\'s caseworker at another unit, asked about something', () => {
  it('"tale med din rådgiver i Jobcentret om et ressourceforløb"', () =>
    expect(guides(refusal('Du kan tale med din rådgiver i Jobcentret om et ressourceforløb.'))).toBe(true));
  it('"Spørg din vejleder på Produktionsskolen om en mentor"', () =>
    expect(guides(refusal('Spørg din vejleder på Produktionsskolen om en mentor.'))).toBe(true));
  it('look-alike: the caseworker in the unit that wrote the letter', () =>
    expect(guides(refusal('Du kan tale med din sagsbehandler i Familieenheden om dine spørgsmål.', 'Familieenheden'))).toBe(false));
});

describe('vejledning-andre-ydelser: "Kontakt din læge om …"', () => {
  it('"Kontakt din læge om en henvisning til fysioterapi"', () =>
    expect(guides(refusal('Kontakt din læge om en henvisning til fysioterapi.'))).toBe(true));
  it('"Kontakt din egen læge om tilskud til medicinen"', () =>
    expect(guides(refusal('Kontakt din egen læge om tilskud til medicinen.'))).toBe(true));
  it('look-alike: the home helper about a new time', () =>
    expect(guides(grant('Kontakt din hjemmehjælper om en ny tid.'))).toBe(false));
});

describe('vejledning-andre-ydelser (the other way): another body\'s part told as what was weighed', () => {
  it('"Afgørende for vores vurdering har været, at skolen dækker formiddagene"', () =>
    expect(guides(refusal('Afgørende for vores vurdering har været, at skolen dækker formiddagene med voksne, der kender Ida.'))).toBe(false));
  it('"lagt afgørende vægt på, at regionen betaler"', () =>
    expect(guides(refusal('Vi har lagt afgørende vægt på, at regionen betaler sensorerne.'))).toBe(false));
  it('look-alike: the same body pointed to outside a weighing', () =>
    expect(guides(refusal('Skolen dækker udgiften til en mentor i timerne.'))).toBe(true));
});

describe('vejledning-andre-ydelser (the other way): an extra bought with the help decided', () => {
  it('"Desserten kan du købe ekstra, hvis du har lyst"', () =>
    expect(guides(meals('Desserten kan du købe ekstra, hvis du har lyst.'))).toBe(false));
  it('"Suppe kan du købe oveni"', () =>
    expect(guides(meals('Suppe kan du købe oveni, når du bestiller maden.'))).toBe(false));
  it('look-alike: an extra bought somewhere else', () =>
    expect(guides(meals('Aftensmad kan du købe ekstra hos et privat cateringfirma.'))).toBe(true));
  it('look-alike: "købe ekstra <help>" names more of a help, bought privately', () =>
    expect(guides(grant('Hvis du gerne vil have mere hjælp, kan du selv købe ekstra havearbejde hos din leverandør.'))).toBe(true));
});
