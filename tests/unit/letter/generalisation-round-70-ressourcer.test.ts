/**
 * Round 70: ressourcer — a skill with aids named at length before the movement, a list of tasks with commas before
 * "selv", adults the young person trusts, getting about on one's own bike, and what the citizen has shown with a time
 * or place between "vist" and its "at"-clause. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const opts = { date: new Date('2026-05-01T12:00:00') };
const END = '\n\nHvis du vil klage\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nKarin Due\nSagsbehandler\n';
const letter = (mid: string) => 'Svar på din ansøgning\n\nKære Erik\n\nVi har truffet afgørelse efter servicelovens § 116. ' + mid + END;
const youth = (mid: string) => 'Afgørelse om støtte\n\nKære Amalie\n\nVi har truffet afgørelse efter barnets lov § 32. ' + mid + END;

describe('ressourcer: a movement managed with aids named at length', () => {
  it('"kunne De ved hjælp af en lånt taburet og et håndtag ved vasken stå sikkert"', () =>
    expect(present(letter('Ved afprøvningen kunne De ved hjælp af en lånt taburet og et håndtag ved vasken stå sikkert ved køkkenbordet.'), 'ressourcer', opts)).toBe(true));
  it('"kunne hun med den nye stok fra depotet og en hånd på gelænderet gå sikkert"', () =>
    expect(present(letter('Terapeuten så, hvordan det gik: hun kunne med den nye stok fra depotet og en hånd på gelænderet gå sikkert ned ad trappen.'), 'ressourcer', opts)).toBe(true));
  it('a denial with the aids named at length is no skill', () =>
    expect(present(letter('Ved afprøvningen kunne De heller ikke ved hjælp af en lånt taburet og et håndtag stå sikkert ved køkkenbordet.'), 'ressourcer', opts)).toBe(false));
});

describe('ressourcer: a list of tasks with commas, managed "selv"', () => {
  it('"hun klarer indkøb, tøjvask og madlavning selv"', () =>
    expect(present(letter('Da vi besøgte dig, så vi, at huset var ryddeligt. Din kone klarer indkøb, tøjvask og madlavning selv.'), 'ressourcer', opts)).toBe(true));
  it('"fordi du i dag klarer både husleje, skole og arbejde selv"', () =>
    expect(present(youth('Støtten stopper, fordi du i dag klarer både husleje, skole og arbejde selv.'), 'ressourcer', opts)).toBe(true));
  it('a list the citizen shall pay for "selv" is a duty, not a skill', () =>
    expect(present(letter('Du skal betale transport, kost, og entré selv.'), 'ressourcer', opts)).toBe(false));
});

describe('ressourcer: adults the young person trusts', () => {
  it('"en lærer og en onkel, hun har stor tillid til"', () =>
    expect(present(youth('Amalie har allerede en lærer og en onkel, hun har stor tillid til, og derfor giver vi afslag.'), 'ressourcer', opts)).toBe(true));
  it('"du har tillid til din klubmedarbejder"', () =>
    expect(present(youth('Du fortalte os, at du har tillid til din klubmedarbejder og ofte taler med ham.'), 'ressourcer', opts)).toBe(true));
  it('trust that is lacking is no network', () =>
    expect(present(youth('Amalie har ikke tillid til de voksne på skolen og vil ikke tale med dem.'), 'ressourcer', opts)).toBe(false));
});

describe('ressourcer: getting about on one\'s own bike', () => {
  it('"hun cykler dagligt på sin trehjulede cykel"', () =>
    expect(present(letter('Din hustru har oplyst, at hun cykler dagligt på sin trehjulede cykel til brugsen.'), 'ressourcer', opts)).toBe(true));
  it('"du cyklede på din ladcykel hele sommeren"', () =>
    expect(present(letter('Af kørselsbilagene ses, at du i juli cyklede på din ladcykel til træningen.'), 'ressourcer', opts)).toBe(true));
  it('pain when riding the bike is a limitation', () =>
    expect(present(letter('Du har fået ondt i ryggen, når du cykler på din gamle cykel.'), 'ressourcer', opts)).toBe(false));
});

describe('ressourcer: what the citizen has shown, a time or a place between "vist" and "at"', () => {
  it('"I har vist på de sidste tre møder, at I kan samarbejde"', () =>
    expect(present(youth('I har vist på de sidste tre møder, at I kan samarbejde om Amalies skolegang.'), 'ressourcer', opts)).toBe(true));
  it('"Du har vist siden sommerferien, at du kan passe din lejlighed"', () =>
    expect(present(letter('Du har vist siden sommerferien, at du kan holde orden i lejligheden uden bostøtte.'), 'ressourcer', opts)).toBe(true));
  it('a test that has shown something about the citizen is no skill shown by the citizen', () =>
    expect(present(letter('Undersøgelsen har vist i efteråret, at du har brug for mere hjælp.'), 'ressourcer', opts)).toBe(false));
});
