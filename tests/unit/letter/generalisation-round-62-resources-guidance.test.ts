/**
 * Round 62: ressourcer and vejledning-andre-ydelser — a thing borrowed from someone to try it, a bare group an offer is
 * for, a decision the other authority makes "selv", and the citizen's own training already under way; a cost another
 * body covers named as why it is left out of the reckoning, and another scheme said to exist "også", held-out sets 44 and
 * 45 measured once before they were fixed, and the unseen batches ef and eg. Written for these tests in our own words,
 * each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import type { ElementId } from '../../../lib/letter/index';
import { present } from './present';

const opts = { date: new Date('2026-05-01T12:00:00') };
const END = '\n\nKlagevejledning\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nKaren Friis\nRådgiver\n';
const has = (t: string, id: ElementId) => present(t, id, opts);

const blanket = (said: string) =>
  'Afslag på vægtdyne\n\nKære Henrik og Line\n\nI har søgt om en vægtdyne til Ida efter barnets lov § 86.\n\n' +
  'Vi afslår ansøgningen, fordi dynen er et almindeligt forbrugsgode.\n\nBegrundelse\nIda sover uroligt. ' + said + END;
describe('ressourcer: a thing borrowed from someone to try it', () => {
  it('"en vægtdyne, I havde lånt af en nabo" is where the trial came from, absent', () =>
    expect(has(blanket('Hun sov bedre i den uge, hvor I havde lånt en vægtdyne af en nabo.'), 'ressourcer')).toBe(false));
  it('a neighbour who drives the family counts as network', () =>
    expect(has(blanket('Jeres nabo kører Ida til skole, når I er på arbejde.'), 'ressourcer')).toBe(true));
});

describe('ressourcer: a bare group an offer is for', () => {
  it('"en telefonlinje for forældre, som kan hjælpe" is an offer, absent', () =>
    expect(has(blanket('Søvnforeningen har en telefonlinje for forældre, som kan hjælpe med gode råd.'), 'ressourcer')).toBe(false));
  it('"Idas mormor kan hjælpe med at putte hende" counts', () =>
    expect(has(blanket('Idas mormor kan hjælpe med at putte hende to aftener om ugen.'), 'ressourcer')).toBe(true));
});

const moving = (said: string) =>
  'Din hjælp, når du flytter\n\nKære Poul\n\nDu flytter til Nordby Kommune den 1. juni.\n\nDu får fortsat kontant tilskud efter servicelovens § 95. ' +
  said + END;
describe('ressourcer: a decision the other authority makes "selv"', () => {
  it('"indtil de selv har truffet en afgørelse" is the new municipality, absent', () =>
    expect(has(moving('Nordby Kommune skal lade hjælpen fortsætte, indtil de selv har truffet en afgørelse om din sag.'), 'ressourcer')).toBe(false));
  it('"Du kan selv lægge skemaet for dine hjælpere" counts', () =>
    expect(has(moving('Du kan selv lægge skemaet for dine hjælpere og styre regnskabet.'), 'ressourcer')).toBe(true));
});

const rehab = (said: string) =>
  'Bevilling af genoptræning\n\nKære Else\n\nDu får genoptræning efter serviceloven § 86, stk. 1, to gange om ugen i 10 uger.\n\n' + said + END;
describe('ressourcer: the citizen\'s own training already under way', () => {
  it('"Du er i gang med de øvelser, sygeplejersken viste dig" counts', () =>
    expect(has(rehab('Du er i gang med de øvelser, sygeplejersken viste dig på afdelingen.'), 'ressourcer')).toBe(true));
  it('"Du skal i gang med øvelserne, når du er hjemme" is a plan, absent', () =>
    expect(has(rehab('Du skal i gang med øvelserne, når du er hjemme igen.'), 'ressourcer')).toBe(false));
  it('"Vi spørger, om du er i gang med øvelserne" is a question, absent', () =>
    expect(has(rehab('Ved opfølgningen spørger vi, om du er i gang med øvelserne.'), 'ressourcer')).toBe(false));
});

const costs = (said: string) =>
  'Afslag på merudgifter\n\nKære Jonas\n\nDu har søgt om dækning af merudgifter efter servicelovens § 100 på grund af din gigt.\n\n' +
  'Du har sendt os regninger for fysioterapi, skinner og særlige handsker. ' + said +
  ' Dine udgifter er under minimumsgrænsen, og derfor afslår vi ansøgningen.' + END;
describe('vejledning-andre-ydelser: a cost another body covers, left out of the reckoning', () => {
  it('"Fysioterapien betales af regionen og indgår derfor ikke" is how we counted, absent', () =>
    expect(has(costs('Fysioterapien betales af regionen og indgår derfor ikke i beregningen.'), 'vejledning-andre-ydelser')).toBe(false));
  it('"Fysioterapien betales af regionen" said as a pointer stays', () =>
    expect(has(costs('Fysioterapien betales af regionen, når din læge henviser dig.'), 'vejledning-andre-ydelser')).toBe(true));
});

const dayOffer = (said: string) =>
  'Du kan begynde i aktivitetstilbuddet\n\nKære Mikkel\n\nDu får plads i Aktivitetshuset Lyngen efter servicelovens § 104 to dage om ugen.\n\n' +
  'Vi holder et møde efter tre måneder om, hvordan det går. ' + said + END;
describe('vejledning-andre-ydelser: another scheme said to exist "også"', () => {
  it('"findes der også en kørselsordning" points to other help', () =>
    expect(has(dayOffer('Er cykelturen for lang om vinteren, findes der også en kørselsordning, som jeg kan fortælle dig om.'), 'vejledning-andre-ydelser')).toBe(true));
  it('"der findes også en elevator i huset" names no scheme, absent', () =>
    expect(has(dayOffer('Er trapperne for hårde, findes der også en elevator i huset.'), 'vejledning-andre-ydelser')).toBe(false));
});
