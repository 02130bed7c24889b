/**
 * Round 45: partial grants read as full grants (the grant compared with a larger amount the citizen asked or hoped for,
 * "N og ikke M", a count with an adjective before its unit, a refused thing with a short name or refused with guidance
 * to another payer after "men", a plain refusal of paying or "bliver det ikke til", a table whose granted column is
 * headed by the municipality's verb or that has a column of remarks), batches dn–dp measured once unseen before they
 * were fixed. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const type = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).decisionType;

describe('the grant set against a larger amount asked or hoped for', () => {
  const letter = (compare: string) =>
    `Kære Jonas\n\nDu får støtte af en bostøttemedarbejder 4 timer om ugen. ${compare}\n\nBegrundelse\n\nDu klarer selv din mad og dit tøj.\n\nFormålet er, at du kan bo i din lejlighed.`;
  it('"færre end de 8 timer, du havde regnet med": partial', () =>
    expect(type(letter('Det er færre end de 8 timer, du havde regnet med i din ansøgning.'))).toBe('delvis'));
  it('"ikke helt de fem besøg, I havde ønsket": partial', () =>
    expect(type(letter('Det er ikke helt de fem besøg, som I havde ønsket.'))).toBe('delvis'));
  it('the same amount as asked for, said plainly: a grant', () =>
    expect(type(letter('Det er de 4 timer, du bad om.'))).toBe('bevilling'));
});

describe('"N og ikke M" after an application', () => {
  const letter = (why: string) =>
    `Kære Sara\n\nDu søgte i januar om at komme i dagcentret Lærkely tre dage om ugen.\n\nVi har besluttet, at du får en plads i Lærkely.\n\n${why}\n\nFormålet er, at du får et fællesskab.`;
  it('fewer days than the other number: partial', () =>
    expect(type(letter('Vi har valgt to dage og ikke tre, fordi du går til træning om onsdagen.'))).toBe('delvis'));
  it('a weekday set against another: a grant', () =>
    expect(type(letter('Vi har valgt mandag og ikke fredag, fordi du går til træning om fredagen.'))).toBe('bevilling'));
});

describe('a count with an adjective before its unit is read as an amount', () => {
  const letter = (granted: string) =>
    `Kære Mikkel\n\nDu har søgt om aflastning fire hele døgn om måneden.\n\nDu får aflastning ${granted}.\n\nFormålet er, at dine forældre får luft.`;
  it('two whole days a month for four: partial', () => expect(type(letter('to hele døgn om måneden'))).toBe('delvis'));
  it('four whole days a month: a grant', () => expect(type(letter('fire hele døgn om måneden'))).toBe('bevilling'));
});

describe('a thing applied for with a short name, refused after the grant', () => {
  const letter = (refusal: string) =>
    `Kære Hanne\n\nDu har søgt om to ting: dækning af ekstra udgifter til kost og støtte til en ny seng.\n\nMerudgifter\n\nDu får dækket 400 kr. om måneden til kost efter servicelovens § 100.\n\nSengen\n\n${refusal}\n\nFormålet er, at du kan leve som andre.`;
  it('"Du kan ikke få støtte til sengen": partial', () =>
    expect(type(letter('Du kan ikke få støtte til sengen, fordi den ikke skyldes din sygdom.'))).toBe('delvis'));
  it('the short thing granted, and a refusal of something else about it: a grant', () =>
    expect(
      type(
        'Kære Hanne\n\nDu har søgt om støtte til en ny seng.\n\nDu får 4.000 kr. til en ny seng efter servicelovens § 100.\n\nBegrundelse\n\nDin gamle seng er for lav.\n\nVi kan ikke betale for at fjerne den gamle seng, men genbrugspladsen henter den gratis.\n\nFormålet er, at du kan leve som andre.',
      ),
    ).toBe('bevilling'));
});

describe('a refusal with guidance to another payer after "men"', () => {
  const letter = (refusal: string) =>
    `Kære Ole\n\nDu har bedt os dække to slags udgifter: ekstra vask og kørsel til genoptræning.\n\nVi dækker vasken med 200 kr. om måneden. ${refusal}\n\nFormålet er, at du ikke betaler mere end andre.`;
  it('the refused thing in the clause before "men": partial', () =>
    expect(type(letter('Kørslen betaler vi ikke, men regionen kan måske dække den, og du kan søge dem.'))).toBe('delvis'));
  it('only a possibility, nothing refused: a grant', () =>
    expect(type(letter('Kørslen kan du søge om hos regionen, men vi hjælper gerne.'))).toBe('bevilling'));
});

describe('refusals said plainly', () => {
  it('"Vi kan ikke betale …" after a grant of another thing applied for: partial', () =>
    expect(
      type(
        'Kære Lise og Per\n\nI har søgt om en støtteperson og betaling af et ophold på efterskole til Noah.\n\nStøtteperson\n\nNoah får en støtteperson 3 timer om ugen efter barnets lov § 32.\n\nEfterskole\n\nVi kan ikke betale opholdet på efterskolen.\n\nFormålet er, at Noah kommer i skole.',
      ),
    ).toBe('delvis'));
  it('"Vi kan betale …" without the negation: a grant', () =>
    expect(
      type(
        'Kære Lise og Per\n\nI har søgt om en støtteperson og betaling af et ophold på efterskole til Noah.\n\nStøtteperson\n\nNoah får en støtteperson 3 timer om ugen efter barnets lov § 32.\n\nEfterskole\n\nVi kan betale opholdet på efterskolen.\n\nFormålet er, at Noah kommer i skole.',
      ),
    ).toBe('bevilling'));
  it('"X bliver det ikke til" of one applied thing: partial', () =>
    expect(
      type(
        'Hej Bent\n\nDu har søgt om madservice og hjælp til rengøring.\n\nFra mandag får du 5 hovedretter om ugen.\n\nHjælp til rengøring bliver det ikke til.\n\nDu har en datter, der gør rent hver uge.',
      ),
    ).toBe('delvis'));
  it('the word "til" going on to something else: a grant', () =>
    expect(
      type(
        'Hej Bent\n\nDu har søgt om madservice.\n\nFra mandag får du 5 hovedretter om ugen.\n\nMaden bliver bragt ud til din dør om formiddagen.\n\nDu har en datter, der handler ind.',
      ),
    ).toBe('bevilling'));
});

describe('tables of asked and granted sums', () => {
  const table = (head: string, rows: string) =>
    `Kære Bo\n\nVi har set på dine ekstra udgifter efter servicelovens § 100.\n\nUdgift\nDu har oplyst\n${head}\n${rows}\n\nDu får 500 kr. om måneden fra 1. april.\n\nFormålet er, at du ikke betaler mere end andre.`;
  it('"Kommunen betaler" as the granted column, one row lower: partial', () =>
    expect(type(table('Kommunen betaler', 'Kost\n300 kr.\n300 kr.\nVask\n350 kr.\n200 kr.'))).toBe('delvis'));
  it('every row granted in full: a grant', () =>
    expect(type(table('Kommunen betaler', 'Kost\n300 kr.\n300 kr.\nVask\n200 kr.\n200 kr.'))).toBe('bevilling'));
  const remarks = (last: string) =>
    `Kære Bo\n\nDu har søgt om dækning af merudgifter.\n\nDu får 600 kr. om måneden fra 1. april.\n\nUdgift\nAnsøgt\nBevilget\nBemærkning\nMedicin\n250 kr.\n250 kr.\nKvitteringerne fra apoteket viser udgiften måned for måned i hele perioden.\nTransport\n350 kr.\n${last}\nSe afsnittet om transport.\n\nFormålet er, at du ikke betaler mere end andre.`;
  it('a long remark between rows, then a row granted less: partial', () => expect(type(remarks('0 kr.'))).toBe('delvis'));
  it('the same table granted in full: a grant', () => expect(type(remarks('350 kr.'))).toBe('bevilling'));
});
