/**
 * Round 73: decisionType of letters that tell the result only by its consequence, with no decision word (unstated-result.ts,
 * consequenceResult): the money paid out or the amount received (partial when lower than asked), a supplier contacting the
 * citizen to arrange delivery, a home ready or the move-in day; and, after an ask, the citizen left to pay or manage on their
 * own, the help going on as it is now, or the case closing. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const END = '\n\nMed venlig hilsen\nKaren Dalby\nSagsbehandler\n';
const OPEN = 'Vestervig Kommune\nSocial og Sundhed\n\nDato: 9. februar 2026\n\n';

const type = (subject: string, body: string) =>
  analyzeLetter(OPEN + subject + '\n\nKære Jytte\n\n' + body + END, { date: new Date('2026-02-09T12:00:00') }).decisionType;

describe('decisionType: the money paid out or the amount received', () => {
  it('"udbetales … udgør" a sum, with no sum asked: a grant', () =>
    expect(type('Dine merudgifter', 'Tak for din ansøgning om dækning af merudgifter til inkontinensprodukter.\n\nBeløbet udbetales sammen med din løn fra 1. marts og udgør 420 kr. om måneden.')).toBe('bevilling'));
  it('"kommer ind på jeres NemKonto": a grant', () =>
    expect(type('Tilskud til Freja', 'Tak for jeres ansøgning og kvitteringerne.\n\nTilskuddet på 2.300 kr. kommer ind på jeres NemKonto i næste uge.')).toBe('bevilling'));
  it('"vil du modtage" fewer hours than asked: a partial grant', () =>
    expect(type('Tabt arbejdsfortjeneste', 'Du søgte i januar om at få dækket tabt arbejdsfortjeneste i 30 timer om ugen.\n\nFra 1. april vil du modtage kompensation for 12 timer om ugen.')).toBe('delvis'));
  it('a lower sum per month paid out than asked: a partial grant', () =>
    expect(type('Merudgifter', 'Du har ansøgt om 900 kr. om måneden til diætkost og transport.\n\nBeløbet udbetales fra 1. maj og er på 500 kr. om måneden.')).toBe('delvis'));
  it('look-alike: a sum received now, told as background, is no result', () =>
    expect(type('Merudgifter', 'Tak for din ansøgning om hjælp til merudgifter.\n\nDu modtager i dag 300 kr. om måneden i boligstøtte fra Udbetaling Danmark.')).toBe('ukendt'));
});

describe('decisionType: a supplier contacting the citizen to arrange delivery or the work', () => {
  it('"kontakter dig for at aftale levering"', () =>
    expect(type('Din badestol', 'Hjælpemiddeldepotet kontakter dig i næste uge for at aftale levering af din badestol.')).toBe('bevilling'));
  it('"ringer til dig … for at aftale, hvornår"', () =>
    expect(type('Rampe ved hoveddøren', 'Tak for din ansøgning af 4. januar.\n\nMurer Hedegaard ringer til dig inden for 14 dage for at aftale, hvornår rampen bliver lavet.')).toBe('bevilling'));
  it('look-alike: a call to arrange a visit before the decision is no result', () =>
    expect(type('Din ansøgning om en badestol', 'Tak for din ansøgning om en badestol.\n\nEn ergoterapeut ringer til dig for at aftale, hvornår hun kan komme på besøg og vurdere dit badeværelse.')).toBe('ukendt'));
});

describe('decisionType: a home ready for the citizen, or the move-in day', () => {
  it('"står nu en lejlighed klar til dig"', () =>
    expect(type('Ældrebolig', 'Tak for din ansøgning om en ældrebolig.\n\nDer står nu en lejlighed klar til dig i Birkely, Skovvej 4.')).toBe('bevilling'));
  it('"kan flytte ind fredag den 6. marts"', () =>
    expect(type('Plejebolig', 'Tak for ansøgningen, som din søn sendte i januar.\n\nHun kan flytte ind fredag den 6. marts, og nøglen udleveres samme dag.')).toBe('bevilling'));
  it('look-alike: a chair that is ready is no home', () =>
    expect(type('Reparation', 'Tak for din henvendelse om reparation.\n\nDer står nu en stol klar til dig i receptionen.')).toBe('ukendt'));
});

describe('decisionType: after an ask, the citizen left to pay or manage alone, or the help going on as now', () => {
  it('"skal du fortsat selv betale"', () =>
    expect(type('Briller', 'Tak for din ansøgning om tilskud til nye briller.\n\nBrillerne skal du fortsat selv betale.')).toBe('afslag'));
  it('"må I fortsat klare uden"', () =>
    expect(type('Praktisk støtte', 'I har søgt om praktisk støtte i hjemmet om eftermiddagen.\n\nEftermiddagene må I derfor fortsat klare uden en hjælper fra kommunen.')).toBe('afslag'));
  it('"fortsætter … som du gør nu" after an ask for more', () =>
    expect(type('Aktivitetstilbud', 'Tak for din ansøgning om at komme i Aktivitetshuset tre dage om ugen.\n\nDu fortsætter i huset to dage om ugen, som du gør nu.')).toBe('afslag'));
  it('"Den nuværende ordning fortsætter uændret"', () =>
    expect(type('Ledsagelse', 'Du har søgt om flere timers ledsagelse.\n\nDen nuværende ordning fortsætter uændret.')).toBe('afslag'));
  it('look-alike: the help kept as now with more laid on is no refusal', () =>
    expect(type('Aktivitetstilbud', 'Tak for din ansøgning om at komme i Aktivitetshuset tre dage om ugen.\n\nDu fortsætter i huset to dage om ugen, som du gør nu, og derudover kan du komme om fredagen.')).not.toBe('afslag'));
  it('look-alike: paying on one\'s own with no ask is no result', () =>
    expect(type('Oplysning om egenbetaling', 'Vi skriver til dig om prisen på madservice.\n\nDu betaler fortsat selv for maden.')).toBe('ukendt'));
});

describe('decisionType: the case closing after an ask', () => {
  it('"Din sag … lukker, når du fylder 18"', () =>
    expect(type('Efterværn', 'Tak for din ansøgning om efterværn med en mentor.\n\nDin sag hos Ungeteamet lukker, når du fylder 18 år den 2. april.')).toBe('afslag'));
  it('"Vi afslutter din sag"', () =>
    expect(type('Støtte', 'Du har søgt om en støtteperson.\n\nVi afslutter nu din sag, og du kan kontakte Borgerservice for andre tilbud.')).toBe('afslag'));
  it('look-alike: the case closed only if no answer comes is no result', () =>
    expect(type('Støtte', 'Du har søgt om en støtteperson.\n\nHvis vi ikke hører fra dig inden 14 dage, lukker vi din sag.')).toBe('ukendt'));
});
