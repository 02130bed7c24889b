/**
 * Round 49: help the citizen had, named further up than the sentence before the new amount or given at a part of the day
 * ("hver morgen") and added to from a date ("også om aftenen"), is changed; a ceiling on the grant after an application
 * for the whole price is a partial grant; a rule of the law paragraph that goes on two sentences refuses nothing
 * (decisionType), batches dt and du measured once unseen before they were fixed. Written for these tests in our own
 * words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const opts = { date: new Date('2026-03-01T12:00:00') };
const type = (t: string) => analyzeLetter(t, opts).decisionType;

describe('decisionType: help had, named anywhere before the new amount', () => {
  it('a past season with the amount had, three sentences before "Fra uge 12 …", is a change', () =>
    expect(type('Kære Grete\n\nI efteråret fik du hjælp til rengøring hver uge. Du har siden været på et kort forløb hos ergoterapeuten. Hun har set, at du selv kan tørre støv af. Du klarer også selv opvasken.\n\nFra uge 12 får du hjælp til rengøring hver anden uge.\n\nHilsen Lone')).toBe('aendring'));
  it('a first grant from a date, with no help had named, stays a grant', () =>
    expect(type('Kære Grete\n\nDu har været på et kort forløb hos ergoterapeuten. Hun har set, at du ikke kan tørre støv af. Du klarer selv opvasken.\n\nFra uge 12 får du hjælp til rengøring hver anden uge.\n\nHilsen Lone')).toBe('bevilling'));
  it('help at a part of the day until now, then more of it "også" from a date, is a change', () =>
    expect(type('Kære Holger\n\nHidtil har du fået hjælp hver aften til at komme i seng. Fra torsdag den 5. marts kommer hjemmeplejen også om morgenen. Du får dermed 2 besøg om dagen, hvor du får hjælp til tøj og bad.\n\nHilsen Lone')).toBe('aendring'));
  it('a relative\'s help until now, and help added from a date, stays a grant', () =>
    expect(type('Kære Holger\n\nHidtil har din søn hjulpet dig hver aften. Fra torsdag den 5. marts kommer hjemmeplejen også om morgenen. Du får dermed 2 besøg om dagen, hvor du får hjælp til tøj og bad.\n\nHilsen Lone')).toBe('bevilling'));
});

describe('decisionType: a ceiling on the grant', () => {
  it('a share of the price "dog højst" a sum, after an application for the whole, is partial', () =>
    expect(type('Kære Erik\n\nDu har søgt om at få en el-cykel betalt.\n\nVi bevilger tilskud efter servicelovens § 113. Tilskuddet er halvdelen af prisen på en almindelig model, dog maksimalt 7.500 kr.\n\nHilsen Mia')).toBe('delvis'));
  it('a ceiling on what the citizen pays himself limits the charge, not the grant', () =>
    expect(type('Kære Erik\n\nDu har søgt om ledsagelse.\n\nVi bevilger ledsagelse 10 timer om måneden efter servicelovens § 97. Du skal selv betale dine egne billetter, dog højst 900 kr. om året for ledsagerens.\n\nHilsen Mia')).toBe('bevilling'));
});

describe('decisionType: the law paragraph goes on', () => {
  it('"Der gives heller ikke …" two sentences after the law put first, in a grant, refuses nothing', () =>
    expect(type('Kære Lars\n\nDu har søgt om at få dækket dine ekstra udgifter. Du får dækket 900 kr. om måneden.\n\nEfter servicelovens § 100 dækker kommunen nødvendige merudgifter for personer med varigt nedsat funktionsevne. Der gives ikke støtte, hvis udgiften er lav. Der gives heller ikke støtte til udgifter, som alle andre på samme alder også har.\n\nHilsen Mia')).toBe('bevilling'));
  it('"Du får heller ikke …" said to the reader after the rule is still a part refused', () =>
    expect(type('Kære Lars\n\nDu har søgt om at få dækket dine ekstra udgifter. Du får dækket 900 kr. om måneden.\n\nEfter servicelovens § 100 dækker kommunen nødvendige merudgifter for personer med varigt nedsat funktionsevne. Der gives ikke støtte, hvis udgiften er lav. Du får heller ikke dækket udgiften til taxa.\n\nHilsen Mia')).toBe('delvis'));
});

describe('decisionType: the cheapest suitable thing instead of the make asked for', () => {
  it('the cheapest car that covers the need, against an application naming another make, is partial', () =>
    expect(type('Kære Jens\n\nDu får støtte til køb af bil efter servicelovens § 114. Støtten gives til en Dacia Jogger, som er den billigste bil, der kan dække dit behov. Du har søgt om en Ford Tourneo med lift.\n\nHilsen Mia')).toBe('delvis'));
  it('the cheapest car when the make asked for is the one granted stays a grant', () =>
    expect(type('Kære Jens\n\nDu får støtte til køb af bil efter servicelovens § 114. Støtten gives til en Dacia Jogger, som er den billigste bil, der kan dække dit behov. Du har søgt om en Dacia Jogger.\n\nHilsen Mia')).toBe('bevilling'));
});
