/** Bureaucratic words with a plain alternative (the list is in the pack). */
import type { RuleDefinition } from './types';
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
    const { matcher, entryRes, entries } = letter.compiled.bureaucratic;
    if (!matcher) return [];
    const out = [];
    for (const m of letter.matches(matcher)) {
      const found = letter.slice(m);
      const lower = found.toLowerCase();
      const entry = entries[entryRes.findIndex((re) => re.test(lower))];
      if (!entry) continue;
      out.push({ start: m.start, end: m.end, vars: { found, alternative: entry.alternative }, suggestion: entry.alternative });
    }
    return out;
  },
};
