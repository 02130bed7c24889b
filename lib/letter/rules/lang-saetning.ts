/** Sentences longer than the threshold (25 words by default). */
import type { RuleDefinition } from './types';
import { GOOD_AFSLAG } from './sample-letters';

export const rule: RuleDefinition = {
  id: 'lang-saetning',
  description: 'Finder sætninger med flere ord end grænsen (25 ord som standard).',
  severity: 'warning',
  message: 'Sætningen har {words} ord. Del den op, så hver sætning har højst {max} ord.',
  why: 'Korte sætninger er lettere at forstå. Dansk Socialrådgiverforening anbefaler højst 25 ord pr. sætning.',
  examples: {
    valid: [GOOD_AFSLAG, 'Vi har bl.a. lagt vægt på jf. § 83, stk. 1, nr. 2, at du selv kan gøre rent. Det så vi den 12. marts kl. 10.'],
    invalid: [
      'Vi har i forbindelse med behandlingen af din ansøgning om hjælp til rengøring og indkøb vurderet dine samlede behov og dine muligheder for selv at klare opgaverne i hjemmet, og vi har talt med din datter.',
    ],
  },
  check(letter) {
    const max = letter.compiled.settings.thresholds.sentenceWords;
    return letter.seg.sentences
      .filter((s) => !s.heading && s.words > max)
      .map((s) => ({ start: s.start, end: s.end, vars: { words: s.words, max } }));
  },
};
