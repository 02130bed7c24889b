/**
 * Round 47: partial grants read as full grants (decisionType) — a table of expenses whose amounts stand without "kr." under
 * a head that gives the unit, a one-column expense table with a row at 0 kr., an item asked for said in a relative clause
 * not to come, a yes and a no per item with a short note after a dash, and a span of dates shorter than the year asked
 * for; batches dq–ds measured once unseen before they were fixed. Written for these tests in our own words, each with a
 * look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const opts = { date: new Date('2026-03-01T12:00:00') };
const type = (t: string) => analyzeLetter(t, opts).decisionType;
const END = '\n\nMed venlig hilsen\nKarin Holm\n';

// A table as the editor's HTML leaves it: one cell per line.
const bareTable = (rows: [string, string, string][]) =>
  'Kære Poul\n\nDu søgte om hjælp til dine ekstra udgifter efter servicelovens § 100. Sådan har vi regnet:\n\nPost\n\nAnsøgt, kr. pr. md.\n\nKommunen betaler, kr. pr. md.\n\n' +
  rows.map(([l, a, g]) => `${l}\n\n${a}\n\n${g}`).join('\n\n') +
  '\n\nDu får derfor 900 kr. om måneden fra 1. april 2026.' + END;

describe('decisionType: amounts without "kr." under a head that gives the unit', () => {
  it('a row granted lower than asked is partial', () =>
    expect(type(bareTable([['Fodpleje', '300', '300'], ['Ekstra el', '400', '400'], ['Svømmehal', '250', '200']]))).toBe('delvis'));
  it('every row granted as asked stays a grant', () =>
    expect(type(bareTable([['Fodpleje', '300', '300'], ['Ekstra el', '400', '400'], ['Svømmehal', '200', '200']]))).toBe('bevilling'));
});

const oneColumn = (rows: [string, string][]) =>
  'Kære Mette\n\nDu har søgt om dækning af merudgifter til din søn efter barnets lov § 86. Vi har regnet udgifterne ud sådan:\n\nUdgift\n\nHver måned\n\n' +
  rows.map(([l, a]) => `${l}\n\n${a}`).join('\n\n') +
  '\n\nDu får i alt pengene udbetalt hver måned fra 1. maj 2026.' + END;
const plainRows = (rows: string[]) =>
  'Kære Hans\n\nDu har søgt om dækning af merudgifter efter servicelovens § 100. Du får 540 kr. om måneden fra 1. juni 2026.\n\n' +
  rows.join('\n') + END;

const givenTable = (last: string) =>
  'Kære Ib\n\nDu har søgt om dækning af merudgifter efter servicelovens § 100.\n\nUdgift\n\nOpgivet pr. md.\n\nGodkendt pr. md.\n\nFodpleje\n\n200 kr.\n\n200 kr.\n\nBus til træning\n\n300 kr.\n\n' +
  last + '\n\nDu får udbetalt pengene hver måned fra 1. maj 2026.' + END;
describe('decisionType: the citizen\'s own figures as the applied column', () => {
  it('"Opgivet | Godkendt" with a row granted lower is partial', () => expect(type(givenTable('150 kr.'))).toBe('delvis'));
  it('"Opgivet | Godkendt" with every row as given stays a grant', () => expect(type(givenTable('300 kr.'))).toBe('bevilling'));
});

describe('decisionType: an expense set at 0 kr. among paid ones', () => {
  it('one row of an expense table at 0 kr. is partial', () =>
    expect(type(oneColumn([['Sondemad', '380 kr.'], ['Parkering ved hospitalet', '120 kr.'], ['Ekstra sko', '0 kr.']]))).toBe('delvis'));
  it('the same table with every row paid stays a grant', () =>
    expect(type(oneColumn([['Sondemad', '380 kr.'], ['Parkering ved hospitalet', '120 kr.'], ['Ekstra sko', '90 kr.']]))).toBe('bevilling'));
  it('a plain-text row "Kørsel  0 kr." among paid rows is partial', () =>
    expect(type(plainRows(['Medicin        310 kr.', 'Tøjslid        230 kr.', 'Kørsel         0 kr.']))).toBe('delvis'));
  it('the citizen\'s own share at 0 kr. is nothing refused', () =>
    expect(type(plainRows(['Medicin        310 kr.', 'Tøjslid        230 kr.', 'Din egenbetaling   0 kr.']))).toBe('bevilling'));
  it('two amount columns, before and from now on, are no zero row of a grant', () =>
    expect(type('Kære Hans\n\nVi har regnet dine merudgifter efter servicelovens § 100 igen. Fra 1. juni 2026 får du 540 kr. om måneden. Hidtil har du fået 630 kr.\n\nPost   Hidtil   Fremover\nMedicin        310 kr.    310 kr.\nTøjslid        230 kr.    230 kr.\nKørsel         90 kr.     0 kr.' + END)).not.toBe('delvis'));
});

const AID = 'Kære Birthe\n\nDu får en plejeseng efter servicelovens § 112, så du kan komme op og i seng uden at falde.\n\n';
describe('decisionType: a thing asked for, said in a relative clause, is not given', () => {
  it('"…, som du også søgte om, følger ikke med" is partial', () =>
    expect(type(`${AID}Den ekstra madras, som du også søgte om, følger ikke med, fordi sengens egen madras passer til dig.${END}`)).toBe('delvis'));
  it('"…, som du har bedt om, dækker vi ikke" is partial', () =>
    expect(type(`${AID}Sengebordet, som du har bedt om, dækker vi ikke, da det kan købes i almindelig handel.${END}`)).toBe('delvis'));
  it('"…, som du også søgte om, følger med" stays a grant', () =>
    expect(type(`${AID}Den ekstra madras, som du også søgte om, følger med sengen.${END}`)).toBe('bevilling'));
  it('"…, som du søgte om, kan vi ikke levere før maj" stays a grant', () =>
    expect(type(`${AID}Sengen, som du søgte om, kan vi ikke levere før maj, men du får besked om dagen.${END}`)).toBe('bevilling'));
});

const HOME = 'Kære Frede\n\nSvar på din ansøgning om ændringer i boligen\n\n';
describe('decisionType: a yes and a no per item with a note after a dash', () => {
  it('"Gelænder: JA – …" and "Dørautomatik: NEJ – …" is partial', () =>
    expect(type(`${HOME}• Gelænder ved trappen: JA – det bliver sat op i maj.\n• Dørautomatik: NEJ – du kan selv åbne døren.\n\nGelænderet bevilges efter servicelovens § 116.${END}`)).toBe('delvis'));
  it('two yeses with notes stay a grant', () =>
    expect(type(`${HOME}• Gelænder ved trappen: JA – det bliver sat op i maj.\n• Dørautomatik: JA – den kommer samtidig.\n\nBegge dele er bevilget efter servicelovens § 116.${END}`)).toBe('bevilling'));
});

const ASK = 'Kære Lis\n\nDu har søgt om ledsagelse i 15 timer om måneden i et år fra 1. marts 2026.\n\nDu får ledsagelse efter servicelovens § 97 svarende til 15 timer om måneden. ';
describe('decisionType: a span of dates shorter than the length asked for', () => {
  it('from March to the end of August against a year is partial', () =>
    expect(type(`${ASK}Bevillingen gælder fra 1. marts 2026 til og med 31. august 2026.${END}`)).toBe('delvis'));
  it('from March to the end of February next year, a whole year, stays a grant', () =>
    expect(type(`${ASK}Bevillingen gælder fra 1. marts 2026 til og med 28. februar 2027.${END}`)).toBe('bevilling'));
  it('"i et halvt år" against "i et år" is partial', () =>
    expect(type(`${ASK}Du får hjælpen i et halvt år, og så ser vi på det igen.${END}`)).toBe('delvis'));
});
