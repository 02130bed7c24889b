/**
 * `hovedhensyn`: the letter states the main considerations ("Vi har lagt vægt på, at …").
 * A consideration that only restates the rule ("lagt vægt på, at De ikke opfylder
 * betingelserne") names no consideration, unless the sentence also carries a concrete fact.
 */
import type { Detection, Letter } from '../letter';
import { hasMatchIn } from '../letter';
import { findHeading } from './common';

export function detect(letter: Letter): Detection {
  const { elements, lists } = letter.compiled;
  for (const m of letter.matches(elements.hovedhensyn.re)) {
    const si = letter.sentenceAt(m.start);
    if (si >= 0) {
      const s = letter.sentence(si);
      if (hasMatchIn(letter, lists.hollowReasons, s) && !hasMatchIn(letter, lists.concreteReasons, s)) continue;
    }
    return { present: true, evidence: m };
  }
  const heading = findHeading(letter, 'hovedhensyn');
  return heading ? { present: true, evidence: heading } : { present: false };
}
