/** Outdated legal references, e.g. servicelovens § 52 in a children's decision from 2024 on. */
import { findOutdated } from '../elements/foraeldet-henvisning';
import type { RuleDefinition } from './types';

const ELDERLY_WHY =
  'Siden 1. juli 2025 får folkepensionister hjælp efter ældreloven: den, der kan få hjælp efter ældrelovens §§ 10, 13, 14, 16 og 17, kan ikke få den efter servicelovens §§ 83, 83 a, 83 b, 84 og 86 (servicelovens § 2, stk. 5). En forkert hjemmel er en retlig mangel.';
const ELDERLY_GUESSED_MESSAGE = '"{found}" gælder ikke længere for folkepensionister. Er borgeren folkepensionist, så brug {replacement}.';

export const rule: RuleDefinition = {
  id: 'foraeldet-henvisning',
  description: 'Finder henvisninger til bestemmelser, der ikke længere gælder på området (tabellen står i pakken).',
  severity: 'error',
  message: '"{found}" gælder ikke længere på området. Brug {replacement}.',
  why: 'Siden 1. januar 2024 træffes afgørelser om børn og unge efter barnets lov. En forkert hjemmel er en retlig mangel.',
  examples: {
    valid: [
      { text: 'Vi bevilger en kontaktperson til din søn efter barnets lov § 32, stk. 1, nr. 6.', date: '2025-03-01' },
      { text: 'Vi bevilger en kontaktperson til din søn efter servicelovens § 52, stk. 3, nr. 6.', date: '2023-06-01' },
      { text: 'Du er 52 år. Du får afløsning efter servicelovens § 84, stk. 1, fire timer om ugen.', date: '2025-09-01' },
    ],
    invalid: [
      { text: 'Vi bevilger en kontaktperson til din søn efter servicelovens § 52, stk. 3, nr. 6.', date: '2025-03-01' },
      { text: 'Vi har besluttet at lave en undersøgelse efter § 50 i serviceloven.', date: '2024-02-01', sagsomraade: 'boern' },
      { text: 'Du er 84 år. Du får afløsning efter servicelovens § 84, stk. 1, fire timer om ugen.', date: '2025-09-01' },
    ],
  },
  check(letter) {
    // Ældreloven covers pensioners only: when the elderly area is read from the sender or the kind
    // of help alone (no age, no elderly word, no case screen), the message says what it rests on
    // instead of stating it as fact.
    return findOutdated(letter).map((h) => {
      const elderly = h.entry.area === 'aeldre';
      return {
        start: h.start,
        end: h.end,
        severity: h.entry.verified ? undefined : 'info',
        ...(elderly ? { why: ELDERLY_WHY } : {}),
        ...(h.areaGuessed ? { message: ELDERLY_GUESSED_MESSAGE } : {}),
        vars: { found: letter.slice(h), replacement: h.entry.replacement },
        suggestion: h.entry.replacement,
      };
    });
  },
};
