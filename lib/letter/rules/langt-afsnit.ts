/** Paragraphs longer than the threshold (about 5–6 lines). */
import type { RuleDefinition } from './types';
import { GOOD_AFSLAG } from './sample-letters';

const LONG = Array.from({ length: 14 }, (_, i) => `Det er sætning nummer ${i + 1} i et meget langt afsnit.`).join(' ');

export const rule: RuleDefinition = {
  id: 'langt-afsnit',
  description: 'Finder afsnit, der er længere end grænsen (ca. 5–6 linjer).',
  severity: 'info',
  message: 'Afsnittet har {words} ord. Del det op i kortere afsnit (højst ca. {max} ord).',
  why: 'Korte afsnit gør brevet lettere at læse. Dansk Socialrådgiverforening anbefaler højst 5–6 linjer pr. afsnit.',
  examples: { valid: [GOOD_AFSLAG], invalid: [LONG] },
  check(letter) {
    const max = letter.compiled.settings.thresholds.paragraphWords;
    return letter.seg.blocks
      .filter((b) => b.kind === 'paragraph' && b.words > max)
      .map((b) => ({ start: b.start, end: b.end, vars: { words: b.words, max } }));
  },
};
