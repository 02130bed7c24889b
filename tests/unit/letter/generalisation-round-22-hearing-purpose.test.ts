/**
 * Round 22: hearing, purpose, follow-up and the citizen's views as caseworkers phrase them in
 * their own words. Sentences written for these tests, not taken from the evaluation letters.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

describe('partshoering: the hearing told in other words', () => {
  it.each([
    // The party's answer given through a representative, or named by what it answered.
    'Udvalget har læst din værges høringssvar af 3. marts. Du får afslag på plejebolig.',
    'Vi har modtaget høringssvaret til forvaltningens indstilling den 9. juni. Du får 20 timers BPA.',
    'Din partsrepræsentants høringssvar er indgået i sagen. Du får afslag.',
    // A letter with what a worker wrote down, and the chance to answer.
    'Den 2. maj fik du et brev med det, terapeuten havde noteret ved besøget, og vi bad dig give besked inden en uge, hvis noget var forkert. Vi hørte ikke fra dig.',
    'I fik den 4. februar det, Lone har skrevet om jeres hverdag, og vi bad jer melde tilbage, hvis noget ikke passede.',
    // Given the floor on the information at the meeting.
    'Du og din søn fik lejlighed til at sige jeres mening om indstillingen, før udvalget traf sin afgørelse.',
    'Far fik ordet til forvaltningens sagsfremstilling, inden udvalget besluttede sig.',
    'Begge forældre havde mulighed for at kommentere oplysningerne i undersøgelsen på mødet.',
  ])('present: %s', (t) => expect(present(t, 'partshoering')).toBe(true));
  it.each([
    // A consultation answer from a council, not the party's.
    'Ældrerådets høringssvar til kvalitetsstandarden er indarbejdet. Du får rengøring hver 14. dag.',
    // Something written that the party got, without any chance to answer.
    'Den 2. maj fik du et brev med det, terapeuten havde noteret ved besøget. Du får en badebænk.',
    // A chance to tell one's wishes, or to seek again, is no hearing over the information.
    'Du fik lejlighed til at sige, hvad du selv ønsker dig af hjælpen. Du får bad 1 gang om ugen.',
    'Du har haft mulighed for at søge om en ny vurdering. Du får afslag.',
    'Du var med på mødet og fortalte om din hverdag. Du får afslag på plejebolig.',
  ])('absent: %s', (t) => expect(present(t, 'partshoering')).toBe(false));
});
