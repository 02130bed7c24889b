/**
 * Round 25 (resources): phrasing classes behind ressourcer misses left on the blind batches bl–bs.
 * Written for these tests in our own words; every widened phrasing has a look-alike that must
 * keep its reading.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const hasResources = (t: string) => present(t, 'ressourcer');
const LEAD = 'Vi har bevilget hjælp til rengøring hver anden uge. ';

describe('ressourcer: spare strength, punctuality, a love of something, a goal reached', () => {
  it.each([
    'De har selv overskud til at lave aftensmaden, og det vil De gerne blive ved med.',
    'Din mand har stadig overskud til at gå med hunden hver morgen.',
    'Praktikstedet skriver, at du møder op til tiden og tager fat på opgaverne.',
    'Lærerne fortæller, at Mikkel kommer til tiden hver dag.',
    'Sofie er vild med at bage og hjælper gerne til i køkkenet.',
    'Han elsker at spille fodbold med sine kusiner.',
    'Målet var, at du kunne bo i egen lejlighed. Det har du klaret.',
    'Du har fået et fast arbejde i en børnehave tre dage om ugen.',
    'Ergoterapeuten vurderer, at du klarer de fleste opgaver i hjemmet uden hjælp fra andre.',
    'Du har det sidste halve år selv handlet og selv lavet mad.',
  ])('names a resource: %s', (t) => expect(hasResources(LEAD + t)).toBe(true));
  it.each([
    // Lacking it, negated, or only asked about.
    'De har ikke selv overskud til at lave aftensmaden længere.',
    'Praktikstedet skriver, at du ikke møder op til tiden.',
    'Sofie er ikke vild med at bage.',
    'Vi skal vurdere, om du klarer de fleste opgaver i hjemmet.',
    // A wish about the job, not a job held.
    'Du ønsker at få et fast arbejde, men er ikke klar endnu.',
  ])('names no resource: %s', (t) => expect(hasResources(LEAD + t)).toBe(false));
});

describe('ressourcer: leisure with an adverb between, and finding one\'s way', () => {
  it.each([
    'Du går også stadig til seniorgymnastik i foreningen om onsdagen.',
    'Hun går fortsat til vandgymnastik i svømmehallen.',
    'Terapeuten så ved besøget, at du selv kan finde rundt i huset.',
    'Du kan selv finde vej til Brugsen.',
  ])('names a resource: %s', (t) => expect(hasResources(LEAD + t)).toBe(true));
  it.each([
    // Training that is the help itself, and a supplier the citizen must find.
    'Du går også stadig til genoptræning på sundhedscentret.',
    'Du kan selv finde en privat leverandør på kommunens hjemmeside.',
  ])('names no resource: %s', (t) => expect(hasResources(LEAD + t)).toBe(false));
});

const guides = (t: string) => present(t, 'vejledning-andre-ydelser');

describe('vejledning-andre-ydelser: another body\'s scheme the citizen orders on their own', () => {
  it.each([
    'Vi flytter dit aftenbesøg til kl. 19. Transport til genoptræning på sygehuset bevilger vi ikke. Det er regionens patientbefordring, og den bestiller du selv.',
    'Vi flytter dit aftenbesøg til kl. 19. Kørsel til sygehuset dækker kommunen ikke; du bestiller selv patientbefordring, når du har fået en tid.',
  ])('guides: %s', (t) => expect(guides(t)).toBe(true));
  it.each([
    // Transport told as a fact of the case, and ordering the help itself.
    'Vi flytter dit aftenbesøg til kl. 19. Du kører i dag til dialyse med patientbefordring tre gange om ugen.',
    'Vi flytter dit aftenbesøg til kl. 19. Du bestiller selv tiden hos hjemmeplejen.',
  ])('does not guide: %s', (t) => expect(guides(t)).toBe(false));
});

describe('vejledning-andre-ydelser: shopping refused in a paragraph of its own, grocery delivery pointed to', () => {
  it.each([
    'Rengøring\n\nKære Erik\n\nDu får hjælp til rengøring hver anden uge fra 1. marts.\n\nIndkøb: Det bliver ikke til hjælp her, da din nabo handler for dig. Hvis det ændrer sig, kan du bestille varer hos Netto eller Coop, som bringer ud i hele kommunen.',
  ])('guides: %s', (t) => expect(guides(t)).toBe(true));
  it.each([
    // Shopping granted: the delivery is how the help is given.
    'Rengøring\n\nKære Erik\n\nDu får hjælp til rengøring hver anden uge fra 1. marts.\n\nIndkøb: Du får også hjælp til indkøb én gang om ugen. Varerne kan du bestille på nettet, og butikken bringer ud om torsdagen.',
  ])('does not guide: %s', (t) => expect(guides(t)).toBe(false));
});

describe('ressourcer: what a place can, a diet, and help to anyone the law means', () => {
  it.each([
    // The family's own ability, told with the school as the source.
    'Skolen fortæller, at Mathias efter kurset selv kan måle sit blodsukker.',
    'Diætisten skriver, at du kan spise selv, når maden er skåret ud.',
    'Aflastningen er en hjælp til jer, og din søster passer Oscar hver anden weekend.',
  ])('names a resource: %s', (t) => expect(hasResources(LEAD + t)).toBe(true));
  it.each([
    'Vi har lagt vægt på, at skolen efter kurset i foråret selv kan tage sig af målingerne.',
    'Diætisten skriver, at du kan spise almindelig kost med lidt mindre fedt.',
    'Aflastning er en hjælp til de pårørende, der passer en person med nedsat funktionsevne i hjemmet.',
  ])('names no resource: %s', (t) => expect(hasResources(LEAD + t)).toBe(false));
});
