/**
 * Round 73 (A2): decisionType on the boundary between a change of existing help and an answer to an application (the
 * guide's aendring row): a subject that only names a change over a yes to the citizen's own ask (more help, another time,
 * another provider) is typed as the application; the municipality's own raise in the perfect, its reduction with the
 * particle split off, help moved in the passive and a short mail that stops help are changes. Written for these tests in
 * our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const END = '\n\nMed venlig hilsen\nLone Bech\nVisitator\n';
const OPEN = 'Kærby Kommune\nSocial og Omsorg\n\nDato: 9. april 2026\n\n';

const type = (subject: string, body: string) =>
  analyzeLetter(OPEN + subject + '\n\nKære Jonna\n\n' + body + END, { date: new Date('2026-04-09T12:00:00') }).decisionType;
const mail = (subject: string, body: string) =>
  analyzeLetter('Emne: ' + subject + '\n\nHej Jonna\n\n' + body + '\n\nVenlig hilsen\nLone Bech\nKærby Kommune\n', { date: new Date('2026-04-09T12:00:00') }).decisionType;

describe('decisionType: a change heading over a yes to the citizen\'s own ask is typed as the application', () => {
  it('more help asked for, "Du får den hjælp, du søgte om"', () =>
    expect(type('Ændring af din hjemmehjælp', 'Du skrev til os den 20. marts og søgte om mere hjælp, mens din mand er på genoptræningsophold.\n\nDu får den hjælp, du søgte om: hjælp til indkøb én gang om ugen og tøjvask hver uge.\n\nHjælpen er bevilget efter ældrelovens § 10.')).toBe('bevilling'));
  it('another time asked for, "Det er i orden"', () =>
    expect(type('Ændring af tidspunkt for din bostøtte', 'Du har bedt om at få rykket din bostøtte fra tirsdag formiddag til torsdag eftermiddag.\n\nDet er i orden.\n\nFra uge 18 kommer Jesper om torsdagen kl. 13 i stedet for kl. 9. Det er stadig 2 timer om ugen.')).toBe('bevilling'));
  it('another provider wished in a reply mail, "Det er helt fint"', () =>
    expect(mail('SV: Skift af leverandør', 'Du vil gerne skifte fra kommunens hjemmepleje til Omsorgsgruppen, fordi din nabo er glad for dem.\n\nDet er helt fint.\n\nOmsorgsgruppen overtager fra 1. maj, og hjælpen er den samme som nu.')).toBe('bevilling'));
  it('less than asked under a change heading is partial', () =>
    expect(type('Ændring af din aflastning', 'Jeres søn har i dag aflastning 1 weekend om måneden. Den 2. marts søgte I om 3 weekender om måneden.\n\nI får 2 weekender om måneden fra 1. maj. Den tredje weekend, I har søgt om, får I ikke.')).toBe('delvis'));
  it('look-alike: the municipality moves the time on its own, no ask', () =>
    expect(type('Ændring af tidspunkt for din bostøtte', 'Bostøtteteamet har fået nye vagtplaner.\n\nFra uge 18 kommer Jesper om torsdagen kl. 13 i stedet for kl. 9. Det er stadig 2 timer om ugen.')).toBe('aendring'));
});

describe('decisionType: the municipality\'s own raise in the perfect is a change', () => {
  it('"Vi har nu udvidet din hjælp" after a hospital stay', () =>
    expect(type('Mere hjælp efter din indlæggelse', 'Du blev udskrevet fra sygehuset i sidste uge. Før indlæggelsen fik du rengøring hver 14. dag.\n\nVi har nu udvidet din hjælp, så du også får hjælp til at komme i seng hver aften.\n\nVi følger op i juni.')).toBe('aendring'));
  it('"har øget jeres aflastning" after a follow-up', () =>
    expect(type('Aflastning', 'På opfølgningsmødet fortalte I, at nætterne er blevet sværere.\n\nVi har derfor øget jeres aflastning, så Malou fremover er i aflastning 2 weekender om måneden.')).toBe('aendring'));
  it('look-alike: the raise applied for and granted is a grant', () =>
    expect(type('Din ansøgning om mere hjælp', 'Du har søgt om mere hjælp til rengøring, fordi din hofte gør ondt.\n\nVi har udvidet din hjælp, så du får rengøring hver uge i stedet for hver 14. dag, som du søgte om.')).toBe('bevilling'));
});

describe('decisionType: a reduction with the particle split off, or help moved in the passive, is a change', () => {
  it('"sætter vi din støtte ned"', () =>
    expect(mail('Din støtte fremover', 'Tak for mødet i tirsdags. Som vi aftalte, sætter vi din støtte ned fra 3 timer om ugen til 2 timer om ugen fra 1. maj.\n\nGrunden er, at du klarer dine regninger selv nu.')).toBe('aendring'));
  it('"skærer kommunen hjælpen ned"', () =>
    expect(type('Din hjælp', 'Fra 1. juni skærer kommunen din praktiske hjælp ned, så du får rengøring hver 3. uge.\n\nDu kan nu selv tørre støv af.')).toBe('aendring'));
  it('"bliver dine dage i dagcentret flyttet fra … til …"', () =>
    expect(mail('Nye dage', 'Fra 1. august bliver dine dage i dagcentret Lærken flyttet fra mandag og fredag til tirsdag og torsdag. Du kommer stadig 2 dage om ugen.\n\nGrunden er, at bussen kører en ny rute.')).toBe('aendring'));
  it('look-alike: the move the citizen asked for is a grant', () =>
    expect(mail('Nye dage', 'Du har bedt om at få flyttet dine dage i dagcentret Lærken, fordi du er begyndt på svømning om mandagen.\n\nFra 1. august bliver dine dage i dagcentret Lærken flyttet fra mandag og fredag til tirsdag og torsdag, som du ønskede.')).not.toBe('aendring'));
});

describe('decisionType: a short mail that stops help is a change', () => {
  it('"får du her på skrift" then "stopper"', () =>
    expect(mail('Din plads på værkstedet', 'Som aftalt i telefonen får du her på skrift, hvad der sker med din plads.\n\nDin plads på Værkstedet Høvlen efter servicelovens § 104 stopper den 30. juni, fordi du flytter til en anden kommune.')).toBe('aendring'));
  it('"får du skriftligt, hvad" then "slutter"', () =>
    expect(mail('Din kontaktperson', 'Du får skriftligt, hvad vi talte om i går.\n\nDin kontaktperson slutter den 31. maj, fordi du ikke længere har brug for hende.')).toBe('aendring'));
  it('look-alike: "får du her" the help itself is a grant', () =>
    expect(mail('Din plads på værkstedet', 'Du har søgt om en plads på Værkstedet Høvlen.\n\nDu får en plads på Værkstedet Høvlen efter servicelovens § 104 tre dage om ugen fra 1. juni.')).toBe('bevilling'));
});
