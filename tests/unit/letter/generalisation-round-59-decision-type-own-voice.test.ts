/**
 * Round 59: decisionType in letters written in the caseworker's own voice — a refusal without the word "afslag" (a bare
 * "Nej til …" opening the answer line, "at kommunen ikke kan udlåne …" in a that-clause, the need said to be too small
 * "…, at du skal tilbydes …"), a change told as "holder op" or a halving, and support that ends at 18 beside a new grant,
 * blind batches ed and ee measured once as unseen letters before they were fixed. Written for these tests in our own words,
 * each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const opts = { date: new Date('2026-05-01T12:00:00') };
const type = (t: string) => analyzeLetter(t, opts).decisionType;
const END = '\n\nEr du uenig, kan du klage inden 4 uger efter, at du har fået brevet.\n\nHilsen\nLone Berg\nSagsbehandler\n';

describe('decisionType: a bare "Nej til" that opens the answer line', () => {
  it('"Svar: Nej til en plads i bofællesskab" is a refusal', () =>
    expect(type('Sønderby Kommune\n\nTil Ole Friis\n\nSvar: Nej til en plads i bofællesskabet Lyngen.\n\nDu bor godt i din egen lejlighed og klarer selv indkøb og madlavning.' + END)).toBe('afslag'));
  it('the citizen\'s own no to an offer, then a grant, stays a grant', () =>
    expect(type('Sønderby Kommune\n\nTil Ole Friis\n\nDu har tidligere sagt nej til dagcentret. Vi bevilger dig i stedet en ledsager 4 timer om måneden.\n\nDu har svært ved at komme ud alene.' + END)).toBe('bevilling'));
});

describe('decisionType: lending or paying refused in a that-clause', () => {
  it('"at kommunen ikke kan udlåne eller betale en scooter" is a refusal', () =>
    expect(type('Kære Bent\n\nTak for din ansøgning om en el-scooter. Jeg har set på sagen, og jeg må skrive, at kommunen ikke kan udlåne eller betale en el-scooter til dig.\n\nDu kører selv bil og kan gå til bussen.' + END)).toBe('afslag'));
  it('"at kommunen kan udlåne dig en scooter" stays a grant', () =>
    expect(type('Kære Bent\n\nTak for din ansøgning om en el-scooter. Jeg har set på sagen, og jeg kan skrive, at kommunen bevilger dig en el-scooter som udlån.\n\nDu kan ikke gå til bussen.' + END)).toBe('bevilling'));
});

describe('decisionType: the need said to be too small for the help', () => {
  it('"ikke har så stort et behov …, at du skal tilbydes en ældrebolig" is a refusal, not partial', () =>
    expect(type('Kære Inge\n\nVi har set på din ansøgning om en ældrebolig. Vi vurderer, at du i dag ikke har så stort et behov for hjælp i hverdagen, at du skal tilbydes en ældrebolig. Du bliver derfor ikke skrevet op.\n\nDu klarer selv trapperne og dit eget køkken.' + END)).toBe('afslag'));
  it('"har så stort et behov …, at du skal tilbydes en ældrebolig" stays a grant', () =>
    expect(type('Kære Inge\n\nVi har set på din ansøgning om en ældrebolig. Vi vurderer, at du i dag har så stort et behov for hjælp i hverdagen, at du skal tilbydes en ældrebolig.\n\nDu kan ikke længere klare trapperne.' + END)).toBe('bevilling'));
});

describe('decisionType: help that "holder op", or is halved', () => {
  it('one visit going on as now and the other one that "holder op" is a change', () =>
    expect(type('Kære Erik\n\nFra 1. september kommer hjemmeplejen kun om eftermiddagen. Eftermiddagsbesøget bliver som nu: 1 gang dagligt omkring kl. 15.\n\nFormiddagsbesøget holder op. Du kan nu selv tage medicinen.' + END)).toBe('aendring'));
  it('the citizen who "holder op med at arbejde" beside a grant stays a grant', () =>
    expect(type('Kære Erik\n\nVi bevilger dig et eftermiddagsbesøg 1 gang dagligt fra 1. september. Du fortalte, at konen holder op med at arbejde til sommer.\n\nDu kan ikke selv tage medicinen.' + END)).toBe('bevilling'));
  it('a new amount and then "så det er en halvering" is a change', () =>
    expect(type('Kære Sara og Mads\n\nFra marts bliver det sådan, at Ella er i aflastning hos familien Holm 1 weekend om måneden. Indtil nu har det været 2 weekender om måneden, så det er en halvering.\n\nElla har det bedre i skolen nu.' + END)).toBe('aendring'));
  it('a first grant of one weekend with no halving stays a grant', () =>
    expect(type('Kære Sara og Mads\n\nVi bevilger aflastning til Ella hos familien Holm 1 weekend om måneden fra marts.\n\nElla har brug for faste rammer.' + END)).toBe('bevilling'));
});

describe('decisionType: support that ends at 18, told beside a new grant', () => {
  it('"din 18-års fødselsdag … det, du har haft som barn, stopper" then a new contact person is a grant', () =>
    expect(type('Hej Jonas\n\nSnart er det din 18-års fødselsdag, og det betyder, at den støtte, du har haft som barn, stopper. Her er det, vi aftalte på mødet.\n\nDu får Karin som kontaktperson som efterværn. I ses 3 timer om ugen, indtil du fylder 19.\n\nDu skal have hjælp til at finde en bolig.\n\nHilsen\nMia\nRådgiver\n')).toBe('bevilling'));
  it('the support stopped by the municipality, with no birthday, is a change', () =>
    expect(type('Hej Jonas\n\nVi har besluttet, at den støtte, du har haft, stopper. Du får Karin som kontaktperson i stedet, 3 timer om ugen.\n\nDu klarer det meste selv nu.\n\nHilsen\nMia\nRådgiver\n')).toBe('aendring'));
});
