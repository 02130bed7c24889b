/** "Efter behov" (or "efter aftale") used as the scope of granted help. */
import type { RawFinding, RuleDefinition } from './types';
import { GOOD_BEVILLING } from './sample-letters';

const COMPLAINT = /klag|ankestyrelse/iu;

export const rule: RuleDefinition = {
  id: 'omfang-efter-behov',
  description: 'Finder "efter behov" og lignende uklare angivelser af, hvor meget hjælp borgeren får.',
  severity: 'warning',
  message: '"{found}" er ikke et omfang. Skriv, hvor meget hjælp borgeren får pr. periode (fx "1 time hver 14. dag").',
  why: 'Omfanget skal fremgå, så borgeren og leverandøren ved, hvad der er bevilget, og så hjælpen kan følges op (kvalitetsstandarden; Metode til god sagsbehandling).',
  examples: {
    valid: [GOOD_BEVILLING, 'Du får afslag på hjælp efter behov til rengøring, fordi du selv kan gøre rent.'],
    invalid: [GOOD_BEVILLING.replace('1 time hver 14. dag', 'efter behov'), 'Vi bevilger dig praktisk hjælp efter aftale med hjemmeplejen.'],
  },
  check(letter) {
    if (letter.decisionType === 'afslag') return [];
    const out: RawFinding[] = [];
    for (const m of letter.matches(letter.compiled.lists.vagueScope)) {
      const si = letter.sentenceAt(m.start);
      if (si >= 0 && COMPLAINT.test(letter.slice(letter.sentence(si)))) continue;
      out.push({ ...m, vars: { found: letter.slice(m) }, suggestion: letter.context.omfang ? `Skriv omfanget, fx: ${letter.context.omfang}.` : undefined });
    }
    return out;
  },
};
