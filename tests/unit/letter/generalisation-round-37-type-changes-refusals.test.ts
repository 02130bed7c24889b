/**
 * Round 37: decision type (changes told as a new amount or as help that ends when the citizen moves, and
 * refusals told as what will not happen), batches cw/cx measured once unseen before they were fixed.
 * Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const type = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).decisionType;

describe('decisionType: a refusal told as what will not happen', () => {
  it.each([
    // Not set going, with an adverb before the negation.
    'Kære Lise og Tom\n\nI bad om en familiebehandler til jer og Sofus. Jeg mener, Sofus trives i skolen og hjemme, og jeg sætter derfor ikke en familiebehandler i gang.',
    // The inverted order after a fronted object.
    'Kære Lise og Tom\n\nI bad om en støtteperson til Sofus. En støtteperson sætter vi altså ikke i gang nu, for han klarer sig godt.',
    // The move into the housing applied for not happening.
    'Hej Kim\n\nDu har søgt om at komme i et bofællesskab. Du klarer din lejlighed og dit job selv. Derfor flytter du ikke i bofællesskab nu.',
    'Kære Hanne\n\nDu har søgt om en plejebolig til din far. Din far flytter altså ikke på plejehjem i denne omgang, fordi han klarer sig med hjemmeplejen.',
  ])('refuses: %s', (t) => expect(type(t)).toBe('afslag'));
  it.each([
    // Look-alike: help set going, the adverb without the negation.
    'Kære Lise og Tom\n\nI bad om en familiebehandler til jer og Sofus. Vi sætter derfor en familiebehandler i gang fra uge 12, to timer om ugen.',
    // Look-alike: the move happens, and what does not move with the citizen is something else.
    'Hej Kim\n\nDu har søgt om at komme i et bofællesskab. Du kan få en plads i bofællesskabet Lærken fra 1. maj. Du flytter ind på Lærken, og din hund kan komme med.',
  ])('does not refuse: %s', (t) => expect(type(t)).not.toBe('afslag'));
});

describe('decisionType: a grant cue inside what the citizen may still apply for', () => {
  it('"du kan søge om, at …, og at du får …" after a refusal keeps the refusal', () => {
    expect(
      type('Hej Kim\n\nDu har søgt om et botilbud. Du klarer dig i din lejlighed, og derfor flytter du ikke på botilbud nu. Du kan søge om, at din bostøtte kommer en ekstra gang, og at du får hjælp til at handle ind.'),
    ).toBe('afslag');
  });
  it('look-alike: a firm grant beside the refusal makes it partial', () => {
    expect(
      type('Hej Kim\n\nDu har søgt om et botilbud. Du klarer dig i din lejlighed, og derfor flytter du ikke på botilbud nu. I stedet får du bostøtte 4 timer om ugen fra 1. april.'),
    ).toBe('delvis');
  });
});

describe('decisionType: a change told as the new amount set against the amount had now', () => {
  it('"har i dag … 2 weekender", then "fra <date with year> bliver det 1 weekend"', () => {
    expect(
      type('Til Sara\n\nOm: Villads\' aflastning\n\nVillads har i dag aflastning 2 weekender om måneden hos familien Krog. Fra 1. juni 2026 bliver det 1 weekend om måneden. Det sker efter barnets lov § 32.'),
    ).toBe('aendring');
  });
  it('look-alike: a new amount with a year and no amount had before is no change', () => {
    expect(
      type('Til Sara\n\nOm: Villads\' aflastning\n\nDu har søgt om aflastning til Villads. Fra 1. juni 2026 bliver det 1 weekend om måneden hos familien Krog. Det sker efter barnets lov § 32.'),
    ).not.toBe('aendring');
  });
});

describe('decisionType: help at home that stops when the child moves to the placement', () => {
  it('"den støtte, I har haft derhjemme siden …, stopper, når X flytter" makes the placement a change', () => {
    expect(
      type('Kære Lene og Bo\n\nUdvalget har besluttet, at Asta skal bo på opholdsstedet Lyngly, selvom I ikke har givet jeres samtykke. Det sker efter barnets lov § 47. Det betyder, at den støtte, I har haft derhjemme siden maj, stopper, når Asta flytter.'),
    ).toBe('aendring');
  });
  it('look-alike: the same placement without help that stops stays a grant', () => {
    expect(
      type('Kære Lene og Bo\n\nUdvalget har besluttet, at Asta skal bo på opholdsstedet Lyngly. Det sker efter barnets lov § 47. Asta flytter den 1. april, og I kan besøge hende hver weekend.'),
    ).toBe('bevilling');
  });
});

describe('decisionType: the keys to one\'s own home are no grant', () => {
  it('a stay that ends after "du har fået nøglen til …" is a change', () => {
    expect(
      type('Kære Jens\n\nDu har fået nøglerne til din nye lejlighed i Vestergade. Det betyder, at dit ophold på botilbuddet Engen efter servicelovens § 107 slutter den 30. april.'),
    ).toBe('aendring');
  });
  it('look-alike: "du har fået" with help after it is still a grant', () => {
    expect(type('Kære Jens\n\nDu har fået bostøtte 3 timer om ugen efter servicelovens § 85 fra 1. maj.')).toBe('bevilling');
  });
});
