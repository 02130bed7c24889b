/**
 * Round 68: vejledning-andre-ydelser — an aid "efter § N" where the result sentence names no section and the decision's
 * basis is said in a sentence of its own ("Afgørelsen er truffet efter … § M"), and word sent to a nursing unit by a device
 * rather than by the sender, held-out sets 52 and 53 measured once before they were fixed.
 * Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const opts = { date: new Date('2026-03-10T12:00:00') };
const END = '\n\nKlagevejledning\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nKarin Bo\nSagsbehandler\n';
const GUIDE = 'vejledning-andre-ydelser';

// A partial grant of home adaptation whose result lists the help with no section; the basis comes after.
const adaptation = (s: string) =>
  'Afgørelse om ændring af din bolig\n\nDu har søgt om en rampe ved hoveddøren og om at få udvidet døren til soveværelset.\n\n' +
  'Du får hjælp til:\n- en rampe ved hoveddøren\n\nDu får afslag på:\n- udvidelse af døren til soveværelset\n\n' +
  'Afgørelsen er truffet efter servicelovens § 116, stk. 1.\n\nBegrundelse\nDu kan komme ind i soveværelset med din smalle rollator, så døren behøver ikke at blive bredere.\n\n' +
  s + END;

// A change letter in which the evening call ends.
const change = (s: string) =>
  'Afgørelse om ændring af din hjemmehjælp\n\nVi har besluttet, at besøget om aftenen ophører fra den 1. april 2026. Morgenbesøget fortsætter som hidtil.\n\n' +
  'Baggrund\n' + s + '\n\nBegrundelse\nDu klarer nu selv aftenen, og der er derfor ikke længere behov for besøget.\n\nAfgørelsen er truffet efter servicelovens § 83.' + END;

describe('vejledning: another section than the basis said apart from the result', () => {
  it('an aid to borrow under § 112 in a § 116 decision whose result names no section guides', () =>
    expect(present(adaptation('En toiletforhøjer kan du låne som hjælpemiddel efter servicelovens § 112, hvis du får brug for den.'), GUIDE, opts)).toBe(true));
  it('the help of the decision itself under its own § 116 does not', () =>
    expect(present(adaptation('Rampen kan du få monteret efter servicelovens § 116, når håndværkeren har tid.'), GUIDE, opts)).toBe(false));
});

describe('vejledning: word sent to a unit by a device is no referral', () => {
  it('"medicinrobotten sender besked til hjemmesygeplejen, hvis …" does not guide', () =>
    expect(present(change('Du har fået en medicinrobot. Den sender besked til hjemmesygeplejen, hvis du ikke tager dine piller til tiden.'), GUIDE, opts)).toBe(false));
  it('"Vi har sendt besked til Jobcentret …" by the sender still guides', () =>
    expect(present(change('Du har fået en medicinrobot. Vi har også sendt besked til Jobcentret, som vil kontakte dig om et forløb.'), GUIDE, opts)).toBe(true));
});
