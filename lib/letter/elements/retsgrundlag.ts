/**
 * `retsgrundlag`: a specific provision is cited — a § with a number and a law's name or
 * abbreviation (the pack's phrase list) in the same sentence. A bare "§ 83" or "reglerne"
 * is not enough (FVL § 24, stk. 1).
 *
 * A law's full title often ends in "m.v." or "m.m." ("lov om almene boliger m.v. § 54", "lov
 * om social pension m.v., § 16"); the full stop then looks like a sentence end before the §.
 * A § that opens its sentence therefore also takes a law name that ends the sentence before.
 */
import type { Detection, Letter } from '../letter';
import { matchesIn } from '../letter';
import type { Span } from '../segment';

const SECTION = /§§?\s*\d+/g;
// What may stand between a law's name and the full stop the segmenter took for a sentence end.
// (The title may go on in lower case: "lov om kompensation til handicappede i erhverv m.v.".)
const TITLE_TAIL = /^[\p{Ll}\s,-]{0,80}?\s(?:m\.\s?v|mv|m\.\s?m|mm|o\.\s?lign|m\.\s?fl)\.?\s*,?\s*$/u;

export function detect(letter: Letter): Detection {
  const laws = letter.compiled.elements.retsgrundlag.re;
  for (const p of letter.matches(SECTION)) {
    const si = letter.sentenceAt(p.start);
    if (si < 0) continue;
    const s = letter.sentence(si);
    let named = matchesIn(letter, laws, s);
    if (named.length === 0 && si > 0 && !/\S/u.test(letter.text.slice(s.start, p.start))) named = titleBefore(letter, si - 1);
    if (named.length === 0) continue;
    const law = named.reduce((best, m) => (Math.abs(m.start - p.start) < Math.abs(best.start - p.start) ? m : best));
    return { present: true, evidence: { start: Math.min(law.start, p.start), end: Math.max(law.end, p.end) } };
  }
  return { present: false };
}

/** A law name that ends the sentence, followed only by "m.v." or the like. */
function titleBefore(letter: Letter, si: number): Span[] {
  const prev = letter.sentence(si);
  return matchesIn(letter, letter.compiled.elements.retsgrundlag.re, prev).filter((m) => TITLE_TAIL.test(letter.text.slice(m.end, prev.end)));
}
