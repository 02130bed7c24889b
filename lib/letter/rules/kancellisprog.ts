/** Bureaucratic words with a plain alternative (the list is in the pack). */
import { lowerSameLength } from '../letter';
import type { RuleDefinition } from './types';

const WORD_CHAR = /[\p{L}\p{N}]/u;
import { GOOD_AFSLAG } from './sample-letters';

export const rule: RuleDefinition = {
  id: 'kancellisprog',
  description: 'Finder kancellisprog (fx "såfremt", "fremsende") og foreslår et enklere ord fra pakkens ordliste.',
  severity: 'info',
  message: 'Skriv "{alternative}" i stedet for "{found}".',
  why: 'Almindelige ord gør brevet lettere at forstå (klarsprog; Naturstyrelsens sprogpolitik).',
  examples: {
    valid: [GOOD_AFSLAG],
    invalid: ['Vi skal bede dig fremsende lægeerklæringen.', 'Såfremt du er uenig, kan du klage.'],
  },
  check(letter) {
    const { re, entries } = letter.compiled.bureaucratic;
    if (!re) return [];
    const out = [];
    const lower = lowerSameLength(letter.text);
    re.lastIndex = 0;
    for (let m = re.exec(lower); m; m = re.exec(lower)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (m.index > 0 && WORD_CHAR.test(lower[m.index - 1]!)) {
        re.lastIndex = m.index + 1;
        continue;
      }
      const index = m.findIndex((g, i) => i > 0 && g !== undefined) - 1;
      const entry = entries[index];
      if (!entry) continue;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        vars: { found: letter.text.slice(m.index, m.index + m[0].length), alternative: entry.alternative },
        suggestion: entry.alternative,
      });
    }
    return out;
  },
};
