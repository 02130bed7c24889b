/**
 * `hovedhensyn`: the letter states the main considerations ("Vi har lagt vægt på, at …").
 * A consideration that only restates the rule ("lagt vægt på, at De ikke opfylder
 * betingelserne") names no consideration, unless the sentence also carries a concrete fact.
 */
import type { Detection, Letter } from '../letter';
import { matchesIn } from '../letter';
import { findHeading, isLawSentence, weighsOnlyGeneric } from './common';

export function detect(letter: Letter): Detection {
  const { elements, lists } = letter.compiled;
  for (const m of letter.matches(elements.hovedhensyn.re)) {
    const si = letter.sentenceAt(m.start);
    if (si >= 0) {
      const s = letter.sentence(si);
      // The law's demand for main considerations (FVL § 24 quoted) and a weight on "en samlet
      // vurdering af dine forhold" name no consideration.
      if (isLawSentence(letter, s) || weighsOnlyGeneric(letter.slice(s))) continue;
      const hollow = matchesIn(letter, lists.hollowReasons, s);
      // "De ikke" inside "De ikke opfylder betingelserne" is part of the restated rule.
      if (hollow.length > 0 && !matchesIn(letter, lists.concreteReasons, s).some((c) => !hollow.some((h) => c.start < h.end && h.start < c.end))) continue;
    }
    return { present: true, evidence: m };
  }
  const heading = findHeading(letter, 'hovedhensyn');
  return heading ? { present: true, evidence: heading } : { present: false };
}
