/**
 * Round 40: partial grants read as full grants or unknown (a part left out named by its own noun, or after a wish
 * rather than an application; a heading "Hvorfor X og ikke Y?" further down; a conclusion set against the aid applied
 * for; a grant from the municipality by name below the price; a place one can come to on fewer days), and a grant
 * read as partial (the service level's further exclusions after a law sentence), batches db/dc/dd measured once
 * unseen before they were fixed. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const type = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).decisionType;

describe('a part left out, named by its own noun', () => {
  const letter = (asked: string) =>
    `Kære Lis\n\n${asked}\n\nVi dækker medicinen og kørslen med 300 kr. om måneden efter servicelovens § 100. Diætkosten bliver ikke en del af beløbet.\n\nFormålet er, at du kan passe dit arbejde.`;
  it('named in the application, it is partial', () =>
    expect(type(letter('Du har søgt om dækning af medicin, kørsel og diætkost.'))).toBe('delvis'));
  it('never asked for nor named before, it stays a grant', () =>
    expect(type(letter('Vi har talt med dig om dine udgifter til medicin og kørsel.'))).toBe('bevilling'));
  it('named in the subject heading, with the grant told as work done, it is partial', () =>
    expect(
      type(
        'Håndliste og trappelift i dit hus\n\nKære Erik\n\nVores tømrer sætter en håndliste op ved kældertrappen, og kommunen betaler efter servicelovens § 116.\n\nTrappeliften bliver ikke en del af det, vi sætter i gang.\n\nFormålet er, at du kan gå sikkert på trappen.',
      ),
    ).toBe('delvis'));
});

describe('a counted part left out after a wish', () => {
  const letter = (wish: string) =>
    `Kære Jens\n\nDu fortalte, at ${wish}.\n\nFra mandag den 2. marts får du aftensmad bragt ud mandag, onsdag og fredag. De fire andre dage bliver derfor ikke en del af ordningen.\n\nFormålet er, at du tager på igen.`;
  it('after "vil gerne have … alle dage" it is partial', () =>
    expect(type(letter('du vil gerne have mad bragt ud alle ugens dage'))).toBe('delvis'));
  it('after no wish it stays a grant', () => expect(type(letter('du har tabt dig det seneste halve år'))).toBe('bevilling'));
});

describe('a heading asking why less, further down', () => {
  const letter = (why: string) =>
    `Kære Sara\n\nDin skole har søgt om en mentor til dig i et helt år.\n\nDu får en mentor efter barnets lov § 32 i 3 timer om ugen fra 1. marts til 31. juli 2026.\n\nHvad skal mentoren?\n\nMentoren skal hjælpe dig med at møde i skole.\n\nHvad har vi hørt?\n\nDu sagde, at du gerne vil have hjælp om morgenen.\n\n${why}\n\nVi vil først se, hvordan det går.`;
  it('"Hvorfor 5 måneder og ikke et år?" makes it partial', () =>
    expect(type(letter('Hvorfor 5 måneder og ikke et år?'))).toBe('delvis'));
  it('"Hvorfor en mentor?" does not', () => expect(type(letter('Hvorfor en mentor?'))).toBe('bevilling'));
});

describe('a conclusion set against the aid applied for', () => {
  const letter = (other: string, applied = 'en elektrisk scooter') =>
    `Kære Ruth\n\nDu søgte om ${applied} til dine indkøb.\n\nVi har bevilget dig en trehjulet cykel med hjælpemotor efter servicelovens § 112.\n\nHvorfor en cykel?\n\nDu cykler stadig selv korte ture. Derfor er det en cykel, du får, og ikke ${other}.\n\nFormålet er, at du selv kan handle.`;
  it('not the scooter applied for: partial', () => expect(type(letter('en elektrisk scooter'))).toBe('delvis'));
  // (Round 44: the look-alike now applies for the cycle it gets. It used to apply for the scooter and expect a full grant
  // of the cycle, but another aid than the one applied for is a partial grant by the guide, contrast or not.)
  it('not something never applied for: still a grant', () => expect(type(letter('en gangvogn', 'en trehjulet cykel'))).toBe('bevilling'));
});

describe('a grant from the municipality by name below the price applied for', () => {
  const letter = (sum: string) =>
    `Kære Hans\n\nDu har den 2. februar ansøgt om at få dækket en elektrisk hæve-sænkeseng, som koster 12.000 kr.\n\nSkovby Kommune yder et tilskud på ${sum} til sengen efter servicelovens § 113.\n\nBeløbet udbetales, når vi har fået kvitteringen.`;
  it('5.000 kr. of 12.000 kr. is partial', () => expect(type(letter('5.000 kr.'))).toBe('delvis'));
  it('the whole 12.000 kr. is a grant', () => expect(type(letter('12.000 kr.'))).toBe('bevilling'));
});

describe('a place one can come to, on fewer days than asked', () => {
  const letter = (granted: string) =>
    `Kære Mads\n\nDu har bedt om at komme i Værkstedet Lindely alle fem hverdage.\n\nDu kan komme der ${granted}: mandag, tirsdag og torsdag. Pladsen er efter servicelovens § 104.\n\nHvad skal dagene give dig?\n\nFaste rammer og andre at tale med.\n\nHvorfor tre og ikke fem?\n\nDin læge skriver, at du bliver træt af for mange dage i træk.`;
  it('three days a week, with the why-less heading, is partial', () => expect(type(letter('tre dage om ugen'))).toBe('delvis'));
  it('the café one can come to is no grant in itself', () =>
    expect(
      type(
        'Kære Mads\n\nCaféen i Medborgerhuset er åben for alle. Hvis du har lyst, kan du komme der to dage om ugen.\n\nDu kan klage inden 4 uger.',
      ),
    ).not.toBe('bevilling'));
});

describe('the service level exclusions quoted in a grant', () => {
  const letter = (third: string) =>
    `Kære Ole\n\nDu får madservice med 7 hovedretter om ugen efter ældrelovens § 14.\n\nMadservice kan bevilges til borgere, som ikke selv kan lave mad. Madservice bevilges som udgangspunkt ikke, hvis en ægtefælle kan lave maden. ${third}\n\nDu opfylder betingelserne, fordi du ikke kan stå ved komfuret.`;
  it('"bevilges heller ikke … borgeren" continuing the rule refuses nothing', () =>
    expect(type(letter('Madservice bevilges heller ikke alene fordi borgeren ikke kan lide at lave mad.'))).toBe('bevilling'));
  it('a refusal addressed to the reader still refuses a part', () =>
    expect(type(letter('Dessert bevilges heller ikke til dig, da du selv kan købe den.'))).toBe('delvis'));
});
