/** The result is not stated early in the letter (or not clearly at all). */
import type { RuleDefinition } from './types';
import { GOOD_AFSLAG } from './sample-letters';

const PREAMBLE = Array.from({ length: 8 }, (_, i) =>
  `Vi har modtaget dit brev nummer ${i + 1} og har læst det grundigt igennem sammen med de andre papirer.`,
).join(' ');

export const rule: RuleDefinition = {
  id: 'resultat-sent',
  description: 'Giver besked, når resultatet (bevilling, afslag m.m.) først står langt nede i brevet eller ikke står tydeligt.',
  severity: 'warning',
  message: 'Resultatet står først efter {words} ord. Skriv resultatet i de første linjer.',
  why: 'Skriv resultatet først, så begrundelsen og til sidst regler og klagevejledning (Dansk Socialrådgiverforening; Ankestyrelsens "At skrive en afgørelse").',
  examples: {
    valid: [GOOD_AFSLAG],
    invalid: [`${PREAMBLE} Du får afslag på hjælp til rengøring, fordi du selv kan gøre rent.`, 'Vi har talt med dig om din situation og læst dine papirer.'],
  },
  check(letter) {
    const max = letter.compiled.settings.thresholds.resultWithinWords;
    if (letter.resultSentence === undefined) {
      const first = letter.seg.blocks[0];
      return [{
        start: first?.start ?? 0,
        end: first?.end ?? 0,
        message: 'Brevet siger ikke tydeligt, hvad resultatet er (bevilling, delvis bevilling, afslag eller ændring).',
      }];
    }
    const s = letter.sentence(letter.resultSentence);
    // Only body text counts: headings, the address block and the salutation are quick to skip.
    let words = 0;
    for (let i = 0; i < letter.resultSentence; i++) {
      const t = letter.sentence(i);
      if (!t.heading) words += t.words;
    }
    if (words <= max) return [];
    return [{ start: s.start, end: s.end, vars: { words } }];
  },
};
