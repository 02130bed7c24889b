/**
 * Round 70: decisionType on letters written to blur the type — a visit moved to a new clock time against the old one ("og
 * ikke kl. 8", "i stedet for kl. 8"), the law's power quoted with the municipality as its subject ("Efter servicelovens
 * § 113 kan vi give støtte til …, hvis …") beside a refusal, a reckoning table ("Vi har godkendt (kr./md.)") in a refusal
 * under the law's floor, and help granted on the application that takes over from the help had ("Ordningen afløser dit
 * nuværende tilskud"). Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const END = '\n\nHvis du vil klage\nDu kan klage til Ankestyrelsen inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nLise Dam\nSagsbehandler\n';
const OPEN = 'Hvidbjerg Kommune\nSocial og Sundhed\n\nDato: 12. februar 2026\n\n';

const type = (subject: string, body: string) =>
  analyzeLetter(OPEN + subject + '\n\nKære Gunnar\n\n' + body + END, { date: new Date('2026-02-12T12:00:00') }).decisionType;

describe('decisionType: a visit moved to a new clock time is a change', () => {
  it('"kommer hjælperen mellem kl. 8 og 9 og ikke kl. 7, som du plejer"', () =>
    expect(type('Nyt tidspunkt for dit morgenbesøg', 'Fra på torsdag kommer hjælperen mellem kl. 8 og 9 om morgenen og ikke kl. 7, som du plejer. Vi har fået en ny medarbejder på ruten.\n\nDu får fortsat hjælp til at komme op hver morgen.')).toBe('aendring'));
  it('"kommer sygeplejersken kl. 14 i stedet for kl. 10"', () =>
    expect(type('Din sygepleje', 'Fra næste tirsdag kommer sygeplejersken kl. 14 i stedet for kl. 10, fordi formiddagsholdet er blevet mindre.\n\nDu får stadig skiftet din forbinding to gange om ugen.')).toBe('aendring'));
  it('look-alike: a clock time set against another in an application answered with a yes', () =>
    expect(type('Dit ønske om et senere besøg', 'Du har spurgt, om hjælperen kan komme kl. 9 i stedet for kl. 7.\n\nDet kan vi godt, og vi har bevilget dig et morgenbesøg kl. 9 hver dag.')).not.toBe('aendring'));
});

describe('decisionType: the law quoted with "kan vi" and its condition is no grant beside a refusal', () => {
  it('"Efter servicelovens § 113 kan vi give støtte til et forbrugsgode, hvis …" after "Vi kan ikke give dig"', () =>
    expect(type('Svar på din ansøgning om en elkedel med vippefunktion', 'Du har søgt om en elkedel med vippefunktion.\n\nVi kan ikke give dig elkedlen.\n\nEfter servicelovens § 113 kan vi give støtte til et forbrugsgode, hvis det i væsentlig grad letter den daglige tilværelse. Du kan selv løfte en almindelig kedel med to hænder, og derfor er den ikke nødvendig.')).toBe('afslag'));
  it('"Ifølge ældreloven kan kommunen yde hjælp, når …" after a refusal', () =>
    expect(type('Afslag på hjælp til vinduespudsning', 'Du har søgt om hjælp til vinduespudsning.\n\nDu får ikke hjælp til vinduespudsning.\n\nEfter ældrelovens § 10 kan kommunen give hjælp til praktiske opgaver, når borgeren ikke selv kan udføre dem. Vinduespudsning er ikke en opgave, som du har brug for at få løst for at klare dig i hjemmet.')).toBe('afslag'));
  it('look-alike: "Efter § 112 kan vi give dig en badestol" is this citizen\'s grant', () =>
    expect(type('Din ansøgning om en badestol', 'Du har søgt om en badestol.\n\nEfter servicelovens § 112 kan vi give dig en badestol, og den bliver bragt ud i næste uge.')).toBe('bevilling'));
});

describe('decisionType: a reckoning table in a refusal under the floor grants nothing', () => {
  // (One cell per paragraph, as an editor's HTML table comes out as text.)
  const cells = (...c: string[]) => c.join('\n\n');
  const HEAD = cells('Post', 'Du har oplyst (kr./md.)', 'Vi har godkendt (kr./md.)');
  it('"Vi har godkendt (kr./md.)" column, total under the minimum', () =>
    expect(type('Afslag på merudgifter', 'Du har søgt om dækning af merudgifter på grund af din gigt.\n\nDu kan ikke få dækket dine merudgifter, fordi de udgifter, vi kan godkende, ikke når op på minimumsbeløbet.\n\nSådan har vi regnet:\n\n' + cells(HEAD, 'Medicin', '300', '150', 'Specialsko', '200', '100', 'I alt pr. år', '6.000', '3.000') + '\n\nVi har lagt vægt på dine kvitteringer.')).toBe('afslag'));
  it('"Kommunen har bevilget (kr./md.)" column head is no grant after a refusal under the floor', () =>
    expect(type('Afslag på merudgifter', 'Du har søgt om dækning af merudgifter.\n\nDu får ikke dækket merudgifter, fordi dine udgifter er under minimumsbeløbet for 2026.\n\n' + cells('Udgift', 'Dine udgifter (kr./md.)', 'Kommunen har bevilget (kr./md.)', 'Bleer', '250', '120', 'Vask', '100', '50') + '\n\nVi har lagt vægt på lægens udtalelse.')).toBe('afslag'));
  it('look-alike: the same table after a refusal of one cost, with no floor named, is partial', () =>
    expect(type('Afgørelse om merudgifter', 'Du har søgt om dækning af merudgifter på grund af din gigt.\n\nDu kan ikke få dækket udgiften til specialsko, fordi de ikke er nødvendige.\n\nSådan har vi regnet:\n\n' + cells(HEAD, 'Medicin', '900', '900', 'Specialsko', '200', '0') + '\n\nVi har lagt vægt på dine kvitteringer.')).toBe('delvis'));
});

describe('decisionType: the help applied for taking over from the help had is no change', () => {
  it('"Ordningen afløser dit nuværende tilskud" after a part refused', () =>
    expect(type('Afgørelse om ledsageordning', 'Du har søgt om en ledsageordning med 20 timer om måneden.\n\nDu får bevilget en ledsageordning med 15 timer om måneden fra 1. marts. Ordningen afløser dit nuværende kørselstilskud. Du får afslag på de sidste 5 timer.')).toBe('delvis'));
  it('"Dagtilbuddet erstatter dine besøg" after a full grant', () =>
    expect(type('Din ansøgning om dagtilbud', 'Du har søgt om en plads i et dagtilbud tre dage om ugen.\n\nDu får bevilget en plads i dagtilbuddet Solsikken tre dage om ugen. Dagtilbuddet erstatter dine besøg af bostøtten om formiddagen.')).toBe('bevilling'));
  it('look-alike: a placement nobody applied for that takes over from family treatment stays a change', () =>
    expect(type('Afgørelse om anbringelse', 'Børne- og ungeudvalget har besluttet, at Mads anbringes uden for hjemmet uden samtykke efter barnets lov § 47.\n\nAnbringelsen afløser den familiebehandling, som familien har modtaget siden maj 2025.')).toBe('aendring'));
});
