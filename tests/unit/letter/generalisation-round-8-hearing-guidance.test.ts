/**
 * Round 8 (hearing, guidance, follow-up, facts, the citizen's views): phrasings from two blind
 * batches (caseworkers with strong habits: field labels, phone mails with abbreviations, letters
 * to relatives; and less common help types). Written for these tests, not taken from the
 * evaluation letters. Every widened phrasing has a look-alike that must stay absent.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

// FVL § 19: a case document sent to the party with the party after "til" (also "til borger" in a
// field-style record) and a deadline or the purpose of comments in the same sentence, or "Der er
// ikke modtaget bemærkninger" after it; and comments the party gave on a document it read.
describe('partshoering: a document sent "til" the party with a deadline, comments given on a document', () => {
  it.each([
    'Afgørelse: Din hjælp nedsættes.\n\nHøring: Notatet fra revisitationen blev sendt til borgeren 3-2-2026 med frist til 12-2-2026.',
    'Din bostøtte nedsættes. Vi sendte den 4. marts vores vurdering til dig med henblik på eventuelle bemærkninger.',
    'Kommunen fremsendte den 2. maj 2025 funktionsbeskrivelsen til Dem. Der er ikke modtaget bemærkninger.',
    'Du får afslag. Referatet af mødet blev sendt til jer med svarfrist den 10. juni.',
    'Vi nedsætter støtten. Forældrene har gennemgået den børnefaglige undersøgelse og kom med bemærkninger den 3. juni.',
    'Du får afslag. Du har læst lægens udtalelse og gav bemærkninger til den i telefonen.',
  ])('present: %s', (t) => expect(present(t, 'partshoering')).toBe(true));
  it.each([
    // Something sent to the citizen that is no document of the case, or a form to fill in.
    'Du er bevilget en badebænk. Bænken blev sendt til borgeren den 3. februar med fragtmand.',
    'Du får afslag. Vi har sendt et skema til dig med frist til 1. maj, som du skal udfylde.',
    // A document sent to someone else, and the municipality's own comments.
    'Du får afslag. Vi sendte notatet til lægen med frist til 10. juni.',
    'Du får afslag. Vi har læst lægens udtalelse og givet bemærkninger til hospitalet om din genoptræning.',
    // A document read without any comments given.
    'Du får afslag. Forældrene har læst den børnefaglige undersøgelse og givet samtykke til anbringelsen.',
  ])('absent: %s', (t) => expect(present(t, 'partshoering')).toBe(false));
});
