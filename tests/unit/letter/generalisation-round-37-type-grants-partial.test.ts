/**
 * Round 37: decision type (grants told as an aid ordered, a form of help explained as "ikke A, men B", partial
 * grants whose refused part comes after a listed grant, after a late result or as the amount asked for after the
 * grant), batches cw/cx measured once unseen before they were fixed. Written for these tests in our own words,
 * each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const type = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).decisionType;

describe('decisionType: a grant told as the aid ordered for the citizen', () => {
  it.each([
    'Hej Knud\n\nDin nye rollator er bestilt til dig hos depotet og kommer i næste uge. Ring, hvis den ikke passer.',
    'Kære Grete\n\nVi har bestilt en toiletstol til dig. En terapeut viser dig, hvordan den bruges.',
  ])('grants: %s', (t) => expect(type(t)).toBe('bevilling'));
  it('look-alike: what the citizen orders herself is no grant', () => {
    expect(type('Hej Knud\n\nDu har selv bestilt dagligvarer på nettet, og de kommer hver fredag. Ring, hvis der er noget.')).toBe('ukendt');
  });
});

describe('decisionType: "ikke A, men B" that explains the form of the help', () => {
  it('a grant followed by what the help is not, but is instead, stays a grant', () => {
    expect(type('Kære Alma\n\nDu får hjælp til bad og rengøring. Det betyder, at du ikke får et skema med faste tider, men et samlet forløb med de samme hjælpere.')).toBe('bevilling');
  });
  it('look-alike: the thing applied for, set aside for another, is a partial grant', () => {
    expect(type('Kære Alma\n\nDu har søgt om en elkørestol. Vi bevilger et hjælpemiddel. Du får ikke en elkørestol, men en manuel kørestol med hjælpemotor.')).toBe('delvis');
  });
});

describe('decisionType: a refusal after a listed grant under the result heading', () => {
  const list = (after: string) =>
    `Kære Jens\n\nDu har søgt om hjælp morgen og aften.\n\nAfgørelse\n\nDu bevilges hjælp til personlig pleje således:\n\nHjælp til at komme op hver morgen\n\nBad én gang om ugen\n\n${after}\n\nBegrundelse\n\nDu klarer selv aftenen.`;
  it('the evening refused after the items is a partial grant', () => {
    expect(type(list('Hjælpen om aftenen kan ikke bevilges.'))).toBe('delvis');
  });
  it('look-alike: the items with nothing refused stay a grant', () => {
    expect(type(list('Hjælpen starter på mandag.'))).toBe('bevilling');
  });
});

describe('decisionType: a grant found after the facts, then limited', () => {
  const note = (after: string) =>
    `Notat\n\nAnsøgning modtaget 1. marts. Borgeren søger om betaling af en elektrisk seng til 12.000 kr.\n\nOplysninger:\n\n- Terapeuten har set borgeren i hjemmet.\n\nBorgeren har svært ved at rejse sig.\n\nHan kan selv gå med stok.\n\n- En almindelig plejeseng dækker behovet.\n\nDen koster ca. 8.000 kr.\n\n- Den ønskede seng har massage.\n\nBorgeren bor alene.\n\nHan har ingen trapper.\n\nResultat i korte træk:\n\nDer ydes tilskud med 4.000 kr. til sengen. Beløbet udbetales efter kvittering. ${after}\n\nKlage:\n\nKlage sendes til kommunen.`;
  it('the rest left to the citizen, in the third person, is a partial grant', () => {
    expect(type(note('Resten betaler borgeren selv.'))).toBe('delvis');
  });
  it('look-alike: the rest of the day the citizen manages himself', () => {
    expect(type(note('Resten af dagen klarer borgeren selv.'))).toBe('bevilling');
  });
});

describe('decisionType: the amount asked for, told after the grant', () => {
  it('more asked than granted for the same period is a partial grant', () => {
    expect(type('Hej Sofus\n\nDu får en støtteperson. Hun hedder Line. I skal ses 2 timer om ugen. Din mor havde spurgt om 4 timer om ugen, men det bliver det ikke.')).toBe('delvis');
  });
  it('look-alike: the amount asked for is the one granted', () => {
    expect(type('Hej Sofus\n\nDu får en støtteperson. Hun hedder Line. I skal ses 4 timer om ugen. Din mor havde spurgt om 4 timer om ugen.')).toBe('bevilling');
  });
});
