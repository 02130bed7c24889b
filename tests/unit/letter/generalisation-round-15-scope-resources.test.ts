/**
 * Round 15 (blind batches ac and ad): phrasings for ressourcer, partshoering, vejledning,
 * omfang, opfoelgning, borgerens-synspunkter and formaal, written for these tests — not taken
 * from the evaluation letters. Every widened phrase has a look-alike that must stay absent.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

describe('ressourcer: what the citizen manages on the way and in daily life', () => {
  it.each([
    'Du får hjælp til bad. Udendørs går du sikkert med din rollator.',
    'Vi bevilger nødkald. Du kender ruten til købmanden og finder selv hjem.',
    'Hjælpen til indkøb ophører, da du efter din hofteoperation nu kan køre bil igen.',
    'Du får fortsat plads på bostedet. Thomas deltager i værkstedet tre dage om ugen.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    'Du får hjælp til indkøb, fordi du ikke går sikkert uden for hjemmet.',
    'Vi bevilger en rollator, så du går sikkert på vejen til bussen.',
    'Du får kørsel til træning, fordi du ikke kan køre bil efter operationen.',
    'Formålet med hjælpen er, at du igen kan køre bil selv.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

describe('partshoering: the party\'s answer and an assessment sent for comments', () => {
  it.each([
    'Vi nedsætter din hjælp. I dit høringssvar af 3. marts skriver du, at du er uenig.',
    'Vi har modtaget jeres høringssvar og taget det med i vurderingen.',
    'Du fik vores vurdering til bemærkninger den 4. maj og skrev tilbage den 10. maj.',
  ])('present: %s', (t) => expect(present(t, 'partshoering')).toBe(true));
  it.each([
    'Kvalitetsstandarden er vedtaget efter høringssvar fra Ældrerådet.',
    'Ergoterapeutens foreløbige vurdering er, at du kan klare badet med en badebænk.',
  ])('absent: %s', (t) => expect(present(t, 'partshoering')).toBe(false));
});
