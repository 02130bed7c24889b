/**
 * Round 7: phrasings from two blind batches (one written from public municipal and
 * Ankestyrelsen texts, one of hard cases). Written for these tests, not taken from the
 * evaluation letters. Every widened phrasing has a look-alike that must stay absent.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const spring2024 = { date: new Date('2024-05-06T12:00:00') };

// Barnets lov §§ 86–87 replaced servicelovens §§ 41–42 on 1 January 2024 (the bill commentary
// on lovguiden.dk); a children's letter that still cites them uses an outdated reference. The
// child is often only named by age or by the department that writes.
describe('foraeldet-henvisning: servicelovens §§ 41–42 in a children\'s case from 2024', () => {
  it.each([
    'Børnehandicap\n\nDu får dækket merudgifter efter servicelovens § 41 med 420 kr. om måneden.',
    'Du har søgt om merudgifter til en dreng på 7 år. Vi giver dig delvis dækning efter servicelovens § 41.',
    'Vi bevilger jer tabt arbejdsfortjeneste efter servicelovens § 42, fordi jeres datter på 4 år skal passes hjemme.',
    'Dit barn har brug for pasning. Du får hjælp efter SEL § 42.',
  ])('outdated: %s', (t) => expect(present(t, 'foraeldet-henvisning', spring2024)).toBe(true));
  it.each([
    // The new sections, and the old ones before the change.
    'Børnehandicap\n\nDu får dækket merudgifter efter barnets lov § 86.',
    // No sign of a child: a period of years is no child's age.
    'Du får hjælp i en periode på 2 år efter servicelovens § 42.',
  ])('not outdated: %s', (t) => expect(present(t, 'foraeldet-henvisning', spring2024)).toBe(false));
  it('before 2024 the old sections were right', () =>
    expect(present('Børnehandicap\n\nDu får dækket merudgifter efter servicelovens § 41.', 'foraeldet-henvisning', { date: new Date('2023-10-01T12:00:00') })).toBe(false));
});
