/** The whole letter's LIX is in the "svær" band or above. */
import type { RuleDefinition } from './types';
import { GOOD_AFSLAG } from './sample-letters';

const HARD = Array.from({ length: 6 }, () =>
  'Kommunalbestyrelsens fastsatte kvalitetsstandarder vedrørende personlig og praktisk bistand forudsætter individuelle funktionsevnevurderinger, hvorefter visitationsafdelingen udarbejder bevillingsdokumentation indeholdende leveringsspecifikationer.',
).join(' ');

export const rule: RuleDefinition = {
  id: 'lix',
  description: 'Beregner brevets LIX (læsbarhed) og giver besked, når teksten er svær at læse.',
  severity: 'warning',
  message: 'Brevet har LIX {lix} ({band}). Skriv kortere sætninger og kortere ord; sigt efter under {max}. Den sværeste sætning er markeret.',
  why: 'LIX over 45 er svær tekst (faglitteratur); lovtekst ligger over 55. Borgeren skal kunne forstå sin afgørelse (klarsprog; Dansk Socialrådgiverforening).',
  examples: { valid: [GOOD_AFSLAG], invalid: [HARD] },
  check(letter) {
    const t = letter.compiled.settings.thresholds;
    if (letter.lix.words < t.lixMinWords || letter.lix.value < t.lixWarning) return [];
    let worst = -1;
    let score = -1;
    letter.seg.sentences.forEach((s, i) => {
      if (s.heading || s.words === 0) return;
      const v = s.words + (s.longWords * 100) / s.words;
      if (v > score) {
        score = v;
        worst = i;
      }
    });
    const s = worst >= 0 ? letter.sentence(worst) : { start: 0, end: 0 };
    return [{ start: s.start, end: s.end, vars: { lix: letter.lix.value, band: letter.lix.band, max: t.lixWarning } }];
  },
};
