/**
 * Round 39: decision type (partial grants and refusals read as grants: an offer refused in the passive, the rest
 * refused with "gør vi ikke", the answer after a colon, the second of two things asked for refused further down, the
 * letter itself received "det her brev"), batches cy/cz/da measured once unseen before they were fixed. Written for
 * these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const type = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).decisionType;

describe('decisionType: an offer refused in the passive', () => {
  it.each([
    'Kære Henning\n\nDin far bliver ikke tilbudt en ældrebolig nu. Han klarer sig fint i huset med den hjælp, han har.',
    'Hej Camilla\n\nVi har set på din sag, og du vil derfor ikke få tilbudt et forløb på dagcentret. Du klarer dagen selv.',
  ])('refuses: %s', (t) => expect(type(t)).toBe('afslag'));
  it.each([
    // The offer made, not refused.
    'Kære Henning\n\nDin far bliver tilbudt en ældrebolig på Lindevej fra 1. maj.',
    // A relative who has not offered to help, in a grant letter: no refusal of the decision.
    'Hej Camilla\n\nDu får rengøring hver anden uge. Din søster har ikke tilbudt at hjælpe med det.',
  ])('does not refuse: %s', (t) => expect(type(t)).not.toBe('afslag'));
});

describe('decisionType: the rest refused with "gør" standing in for the grant verb', () => {
  it('two of three costs paid, "den tredje gør vi ikke", is partial', () => {
    expect(type('Kære Ole\n\nVi har set på de tre regninger, du sendte. To af dem betaler vi, den tredje gør vi ikke.')).toBe('delvis');
  });
  it('"resten gør vi ikke" after a grant is partial', () => {
    expect(type('Hej Lis\n\nHjælp til bad dækker vi, resten gør vi ikke.')).toBe('delvis');
  });
  it('look-alike: all of them paid, "det gør vi, fordi …", stays a grant', () => {
    expect(type('Kære Ole\n\nVi har set på de tre regninger, du sendte. Alle tre betaler vi. Det gør vi, fordi lægen har ordineret det.')).toBe('bevilling');
  });
});

describe('decisionType: the answer after a colon is no longer inside the application', () => {
  it('"Svar på din ansøgning om X: du får 4 timer, ikke de 6, du bad om" is partial', () => {
    expect(type('Hej Mads\n\nSvar på din ansøgning om bostøtte: du får 4 timer om ugen, ikke de 6, du bad om.')).toBe('delvis');
  });
  it('look-alike: the whole amount granted after the colon stays a grant', () => {
    expect(type('Hej Mads\n\nSvar på din ansøgning om bostøtte: du får de 6 timer om ugen, du bad om.')).toBe('bevilling');
  });
});

describe('decisionType: two things asked for, the second refused further down', () => {
  const head =
    'Kære Ida\n\nTak for snakken i sidste uge. Jeg skriver til dig, fordi det er dig, det handler om. ' +
    'Du og din far har bedt om to ting: en fast voksen, du kan gå til svømning og biograf med, og at kommunen betaler for et ophold på en højskole til foråret. ' +
    'Jeg svarer på dem hver for sig.\n\nEn støtteperson\nDu får en fast støtteperson. Han hedder Malte. I ses 2 timer om ugen. ' +
    'Du fortalte, at du mangler nogen at tale med. Din lærer skriver, at du er glad i skolen. Det er derfor vigtigt for mig, at du har en voksen uden for hjemmet. ' +
    'Din far synes også, det er en god idé. Vi snakker om det igen efter sommer.\n\n';
  it('the højskole refused after the grant of the støtteperson is partial', () => {
    expect(type(head + 'Højskolen\nKommunen betaler ikke for et ophold på en højskole. Jeg ved, at du gerne ville af sted.')).toBe('delvis');
  });
  it('look-alike: something not asked for refused later leaves the grant whole', () => {
    expect(type(head + 'Kørsel\nKommunen betaler ikke for taxa til tandlægen, men det har I heller ikke spurgt om.')).toBe('bevilling');
  });
});

describe('decisionType: the letter itself received, said "det her brev"', () => {
  it('the deadline counted from "det her brev" grants nothing', () => {
    expect(type('Hej Rikke\n\nHvis du ikke er enig, skal du skrive til os senest 4 uger efter du har fået det her brev.')).not.toBe('bevilling');
  });
  it('look-alike: help received "det her år" is still a grant', () => {
    expect(type('Hej Rikke\n\nDu får det her år bostøtte 3 timer om ugen.')).toBe('bevilling');
  });
});
