/**
 * `ressourcer`: the letter names what the citizen can do or has (own abilities, network,
 * motivation). A match inside a purpose or goal clause ("så du selv kan klare toiletbesøg",
 * "for at du kan klare dig selv") describes what the help should lead to, not a resource.
 */
import type { Detection, Letter } from '../letter';
import { COMPLAINT_SENTENCE, findHeading } from './common';

const PURPOSE = /(?<![\p{L}])(?:så|for\s+at|så\s+at|henblik\s+på|formål\p{L}*|målet|mål|skal\s+kunne|blive\s+i\s+stand|bliver\s+i\s+stand|lære\s+at|træne)(?![\p{L}])[^.,;:]*$/iu;

export function detect(letter: Letter): Detection {
  const { re } = letter.compiled.elements.ressourcer;
  for (const m of letter.matches(re)) {
    const si = letter.sentenceAt(m.start);
    if (si >= 0) {
      const s = letter.sentence(si);
      if (COMPLAINT_SENTENCE.test(letter.slice(s))) continue;
      const before = letter.text.slice(Math.max(s.start, m.start - 60), m.start);
      if (PURPOSE.test(before)) continue;
    }
    return { present: true, evidence: m };
  }
  const heading = findHeading(letter, 'ressourcer');
  return heading ? { present: true, evidence: heading } : { present: false };
}
