/** A "begrundelse" that only names the rule or the conditions ("Du opfylder ikke betingelserne i § 83"). */
import type { RuleDefinition } from './types';
import { GOOD_AFSLAG } from './sample-letters';

export const rule: RuleDefinition = {
  id: 'begrundelse-kun-regel',
  description: 'Finder begrundelser, der kun nævner reglen eller betingelserne uden at forklare, hvorfor de ikke er opfyldt i denne sag.',
  severity: 'error',
  message: 'Begrundelsen nævner kun reglen eller betingelserne. Skriv, hvorfor de ikke er opfyldt i netop denne sag.',
  why: 'En begrundelse skal være konkret (forvaltningslovens §§ 22 og 24). At henvise til reglen eller skrive "du opfylder ikke betingelserne" er ikke en begrundelse.',
  examples: {
    valid: [GOOD_AFSLAG, 'Du får afslag. Du opfylder ikke betingelserne i servicelovens § 83, fordi du selv kan gøre rent med din robotstøvsuger.'],
    invalid: [
      'Du får afslag på hjælp til rengøring. Du opfylder ikke betingelserne i servicelovens § 83.',
      'Vi har desværre ikke mulighed for at bevilge hjælpen.\n\nBegrundelse\nDu er ikke omfattet af målgruppen i kommunens kvalitetsstandard.',
    ],
  },
  check(letter) {
    const e = letter.elements.begrundelse;
    if (e.problem !== 'kun-regel' || !e.evidence || !e.required) return [];
    return [{ ...e.evidence, suggestion: 'Skriv fx: "Vi har lagt vægt på, at du …, fordi …", og nævn de oplysninger, du har givet os.' }];
  },
};
