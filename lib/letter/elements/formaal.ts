/**
 * `formaal`: present when one of the pack's phrases for it occurs (see default-rules.ts), but
 * not in a refusal where the purpose clause belongs to the application ("Du har søgt om at få
 * udvidet døren, så du kan komme ind med din kørestol"): that is why the citizen applied, not
 * the purpose of help that is given.
 */
import type { AnalysedLetter, Detection, Letter } from '../letter';
import { detectByPhrases, findHeading } from './common';

const APPLIED_BEFORE = /(?<![\p{L}])(?:(?:an)?søgt\s+om|ansøgning\s+om|ansøger\s+om|bedt\s+om|bad\s+om|anmodet\s+om|anmodning\s+om)(?![\p{L}])/iu;

export function detect(letter: Letter): Detection {
  const refusal = (letter as Partial<AnalysedLetter>).decisionType === 'afslag';
  if (!refusal) return detectByPhrases(letter, 'formaal');
  for (const m of letter.matches(letter.compiled.elements.formaal.re)) {
    const si = letter.sentenceAt(m.start);
    if (si >= 0 && APPLIED_BEFORE.test(letter.text.slice(letter.sentence(si).start, m.start))) continue;
    return { present: true, evidence: m };
  }
  const heading = findHeading(letter, 'formaal');
  return heading ? { present: true, evidence: heading } : { present: false };
}
