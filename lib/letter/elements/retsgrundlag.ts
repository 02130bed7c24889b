/**
 * `retsgrundlag`: a specific provision is cited — a § with a number and a law's name or
 * abbreviation (the pack's phrase list) in the same sentence. A bare "§ 83" or "reglerne"
 * is not enough (FVL § 24, stk. 1).
 */
import type { Detection, Letter } from '../letter';
import { matchesIn } from '../letter';

const SECTION = /§§?\s*\d+/g;

export function detect(letter: Letter): Detection {
  const laws = letter.compiled.elements.retsgrundlag.re;
  for (const p of letter.matches(SECTION)) {
    const si = letter.sentenceAt(p.start);
    if (si < 0) continue;
    const named = matchesIn(letter, laws, letter.sentence(si));
    if (named.length === 0) continue;
    const law = named.reduce((best, m) => (Math.abs(m.start - p.start) < Math.abs(best.start - p.start) ? m : best));
    return { present: true, evidence: { start: Math.min(law.start, p.start), end: Math.max(law.end, p.end) } };
  }
  return { present: false };
}
