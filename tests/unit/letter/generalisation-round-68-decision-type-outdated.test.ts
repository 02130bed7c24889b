/**
 * Round 68: decisionType — a grant cue that is the verb of an indirect question with no modal ("…, eller om du er berettiget
 * til tilskud via lægen") read as a granted part of a refusal; foraeldet-henvisning — a number under a CPR label whose day
 * does not exist (31 February) gave no age, so servicelovens § 83 to a pensioner after 1 July 2025 went unmarked. Held-out
 * sets 52 and 53 measured once before they were fixed. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';
import { present } from './present';

const END = '\n\nHvis du vil klage\nDu kan klage til Ankestyrelsen inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nJonas Krog\nSocialrådgiver\n';

const type = (pointer: string) =>
  analyzeLetter(
    'Afgørelse om merudgifter\n\nKære Lone\n\nDu har søgt om dækning af merudgifter efter servicelovens § 100 til særlige sko og indlæg.\n\n' +
      'Dine kvitteringer viser udgifter på ca. 2.100 kr. om året. Det er mindre end det beløb, udgifterne skal overstige, før vi kan dække dem. ' +
      'Derfor får du afslag.\n\n' + pointer + END,
    { date: new Date('2024-03-04T12:00:00') },
  ).decisionType;

describe('decisionType: a grant cue as the verb of an indirect question is no grant', () => {
  it('"…, eller om du er berettiget til tilskud …" after a refusal stays a refusal', () =>
    expect(type('Spørg din fodterapeut, om du kan få tilskud fra regionen, eller om du er berettiget til tilskud via din sygeforsikring.')).toBe('afslag'));
  it('"Tjek om du får …" with no comma stays a refusal', () =>
    expect(type('Du kan selv tjekke om du får tilskud til indlæggene fra din forening.')).toBe('afslag'));
  it('look-alike: "Du er berettiget til tilskud til indlæggene" beside the refusal is a part granted', () =>
    expect(type('Du er dog berettiget til tilskud til indlæggene efter servicelovens § 112, og dem bevilger vi.')).toBe('delvis'));
});

const stop = (who: string) =>
  'Visitationen\n\nBorger: Erik Lund\n' + who + '\nBrevdato: 10.11.2025\n\nAfgørelse om ophør af praktisk hjælp\n\nKære Erik\n\n' +
  'Din praktiske hjælp til rengøring efter servicelovens § 83, stk. 1, nr. 2, stopper 1. december 2025, fordi du efter dit træningsforløb selv kan gøre rent.' +
  END;
const outdated = (who: string) => present(stop(who), 'foraeldet-henvisning', { date: new Date('2025-11-10T12:00:00') });

describe('foraeldet-henvisning: an invalid day under a CPR label still gives the age', () => {
  it('"CPR: 310447-2213" (31 April 1947) makes § 83 in November 2025 outdated', () => expect(outdated('CPR: 310447-2213')).toBe(true));
  it('look-alike: the same invalid day in 1985 is an adult, § 83 still holds', () => expect(outdated('CPR: 310485-2213')).toBe(false));
  it('look-alike: an age the letter states wins over the invalid number', () =>
    expect(outdated('CPR: 310447-2213\nDu er 58 år.')).toBe(false));
  it('look-alike: a number with no CPR label gives no age', () => expect(outdated('Sagsnr.: 310447-2213')).toBe(false));
});
