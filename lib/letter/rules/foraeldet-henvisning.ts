/** Outdated legal references, e.g. servicelovens § 52 in a children's decision from 2024 on. */
import { findOutdated } from '../elements/foraeldet-henvisning';
import type { RuleDefinition } from './types';

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
    ],
    invalid: [
      { text: 'Vi bevilger en kontaktperson til din søn efter servicelovens § 52, stk. 3, nr. 6.', date: '2025-03-01' },
      { text: 'Vi har besluttet at lave en undersøgelse efter § 50 i serviceloven.', date: '2024-02-01', sagsomraade: 'boern' },
    ],
  },
  check(letter) {
    return findOutdated(letter).map((h) => ({
      start: h.start,
      end: h.end,
      severity: h.entry.verified ? undefined : 'info',
      vars: { found: letter.slice(h), replacement: h.entry.replacement },
      suggestion: h.entry.replacement,
    }));
  },
};
