/** CPR numbers in the letter (pattern + real date; modulus 11 only lowers or raises confidence). */
import { findCprNumbers } from '../../privacy/cpr';
import type { RuleDefinition } from './types';

export const rule: RuleDefinition = {
  id: 'cpr-nummer',
  description: 'Finder CPR-numre i brevet (også numre, der ikke består modulus 11-kontrollen).',
  severity: 'error',
  message: 'Brevet indeholder et CPR-nummer. Fjern det, hvis det ikke er nødvendigt.',
  why: 'CPR-numre er fortrolige oplysninger og må kun bruges, hvor det er nødvendigt (databeskyttelseslovens § 11; dataminimering).',
  examples: {
    valid: ['Sagsnummer 2025-0412. Ring på tlf. 12345678.'],
    invalid: ['Borger: Jens Hansen, CPR 070761-0018.', 'Cpr.nr. 0101900003 (født 1. januar).'],
  },
  check(letter) {
    return findCprNumbers(letter.text).map((c) => ({
      start: c.start,
      end: c.end,
      message: c.mod11
        ? undefined
        : 'Brevet indeholder det, der ligner et CPR-nummer (det består ikke modulus 11-kontrollen, men det gør nogle ægte CPR-numre heller ikke). Fjern det, hvis det ikke er nødvendigt.',
      suggestion: 'Fjern CPR-nummeret eller erstat det med sagsnummeret.',
    }));
  },
};
