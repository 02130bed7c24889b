/**
 * `hovedhensyn`: the letter states the main considerations ("Vi har lagt vægt på, at …").
 * A consideration that only restates the rule ("lagt vægt på, at De ikke opfylder
 * betingelserne") names no consideration, unless the sentence also carries a concrete fact.
 */
import type { Detection, Letter } from '../letter';
import { matchesIn } from '../letter';
import type { Span } from '../segment';
import { findHeading, isLawSentence, weighsOnlyGeneric } from './common';

// A weight that points back ("lagt vægt herpå", "lagt vægt på dette", "Herpå er der lagt
// vægt"): the consideration is the sentence before.
const POINTS_BACK = /(?:her|der)på|^\s*(?:dette|det)\s*[.!]/iu;
// "Det har vi lagt vægt på.", "Dette har udvalget lagt afgørende vægt på."
const ENDS_SENTENCE = /^\s*[.!]?\s*$/u;
const STARTS_WITH_IT = /^(?:det|dette)\s/iu;

/** The sentence only restates the rule: hollow phrases and no concrete marker outside them. */
function onlyRule(letter: Letter, s: Span): boolean {
  const { lists } = letter.compiled;
  const hollow = matchesIn(letter, lists.hollowReasons, s);
  // "De ikke" inside "De ikke opfylder betingelserne" is part of the restated rule.
  return hollow.length > 0 && !matchesIn(letter, lists.concreteReasons, s).some((c) => !hollow.some((h) => c.start < h.end && h.start < c.end));
}

export function detect(letter: Letter): Detection {
  const { elements } = letter.compiled;
  for (const m of letter.matches(elements.hovedhensyn.re)) {
    const si = letter.sentenceAt(m.start);
    if (si >= 0) {
      const s = letter.sentence(si);
      // The law's demand for main considerations (FVL § 24 quoted) and a weight on "en samlet
      // vurdering af dine forhold" name no consideration.
      if (isLawSentence(letter, s) || weighsOnlyGeneric(letter.slice(s))) continue;
      if (onlyRule(letter, s)) continue;
      const after = letter.text.slice(m.end, Math.min(s.end, m.end + 8));
      const back =
        POINTS_BACK.test(letter.slice(m)) || POINTS_BACK.test(after) || (ENDS_SENTENCE.test(after) && STARTS_WITH_IT.test(letter.slice(s)));
      if (back && (si === 0 || onlyRule(letter, letter.sentence(si - 1)))) continue;
    }
    return { present: true, evidence: m };
  }
  const heading = findHeading(letter, 'hovedhensyn');
  return heading ? { present: true, evidence: heading } : { present: false };
}
