/**
 * The klagevejledning sends the complaint straight to Ankestyrelsen, skipping the
 * municipality's genvurdering. Not reported for børne- og ungeudvalg decisions, which are
 * appealed directly.
 */
import type { RuleDefinition } from './types';
import { GOOD_AFSLAG } from './sample-letters';

const DIRECT = GOOD_AFSLAG.replace(
  'Send klagen til os i kommunen. Vi vurderer sagen igen. Giver vi dig ikke ret, sender vi klagen videre til Ankestyrelsen.',
  'Du skal sende din klage direkte til Ankestyrelsen.',
);

export const rule: RuleDefinition = {
  id: 'klage-direkte-til-ankestyrelsen',
  description: 'Finder klagevejledninger, der sender klagen direkte til Ankestyrelsen i stedet for til kommunen (genvurdering).',
  severity: 'error',
  message: 'Klagevejledningen sender klagen direkte til Ankestyrelsen. Klagen skal sendes til kommunen, som vurderer sagen igen først.',
  why: 'Kommunen skal genvurdere afgørelsen, før klagen sendes videre (retssikkerhedslovens § 66). Kun afgørelser fra børne- og ungeudvalget klages direkte til Ankestyrelsen.',
  examples: {
    valid: [
      GOOD_AFSLAG,
      'Børne- og ungeudvalget har besluttet, at din søn skal anbringes uden for hjemmet. Du kan klage. Du skal sende din klage direkte til Ankestyrelsen inden 4 uger.',
    ],
    invalid: [DIRECT],
  },
  check(letter) {
    const e = letter.elements.genvurdering;
    if (e.problem !== 'direkte-til-ankestyrelsen' || !e.evidence) return [];
    return [{ ...e.evidence, suggestion: 'Send klagen til os i kommunen. Vi vurderer sagen igen. Giver vi dig ikke ret, sender vi klagen videre til Ankestyrelsen.' }];
  },
};
