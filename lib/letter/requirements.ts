/**
 * Whether each building block is required for this letter: the pack's requiredWhen
 * conditions (decision type, legal area, law cited, another block), plus two fixed facts:
 * `cpr` and `foraeldet-henvisning` are never required (they are defects when present), and
 * a børne- og ungeudvalg decision needs no genvurdering (it is appealed directly).
 */
import type { CompiledCondition } from './compile';
import type { Detection, Letter } from './letter';
import { ELEMENT_IDS, type DecisionType, type ElementId } from './types';

const NEVER_REQUIRED: ReadonlySet<ElementId> = new Set(['cpr', 'foraeldet-henvisning']);
/** Set by the klagevejledning detector when the letter says the decision cannot be appealed. */
export const NO_APPEAL_DETAIL = 'ingen-klageadgang';
// The parts of complaint guidance, which a decision with no appeal does not need.
const COMPLAINT_PARTS: ReadonlySet<ElementId> = new Set(['klagevejledning', 'klagefrist', 'genvurdering', 'klageinstans']);

// Per letter: whether a law expression matches the screen's lovgrundlag or the letter.
const lawTests = new WeakMap<Letter, Map<RegExp, boolean>>();
function lawMatches(letter: Letter, re: RegExp): boolean {
  let cache = lawTests.get(letter);
  if (!cache) lawTests.set(letter, (cache = new Map()));
  let hit = cache.get(re);
  if (hit === undefined) {
    hit = re.test(letter.context.lovgrundlag ?? '') || re.test(letter.text);
    cache.set(re, hit);
  }
  return hit;
}

/** True when one of the conditions holds (an empty list never holds). */
export function conditionsHold(
  conditions: CompiledCondition[],
  letter: Letter,
  type: DecisionType,
  isActive: (id: ElementId) => boolean,
): boolean {
  return conditions.some((c) => {
    const s = c.source;
    if (s.decisionTypes && !s.decisionTypes.includes(type)) return false;
    if (s.areas && (!letter.area || !s.areas.includes(letter.area))) return false;
    if (c.lawCited && !lawMatches(letter, c.lawCited)) return false;
    if (c.unlessLawCited && lawMatches(letter, c.unlessLawCited)) return false;
    if (s.withElement && !isActive(s.withElement as ElementId)) return false;
    return true;
  });
}

export function computeRequired(letter: Letter, type: DecisionType, detections: Record<ElementId, Detection>): Record<ElementId, boolean> {
  const required = {} as Record<ElementId, boolean>;
  for (const id of ELEMENT_IDS) required[id] = false;
  const isActive = (id: ElementId) => required[id] || detections[id].present;
  // ("Afgørelsen kan ikke indbringes for anden administrativ myndighed", e.g. a place on a waiting list.)
  const noAppeal = detections.klagevejledning.detail === NO_APPEAL_DETAIL;
  // Two passes so a condition on another block ("withElement") sees that block's result
  // whatever the order in the pack.
  for (let pass = 0; pass < 2; pass++) {
    for (const id of ELEMENT_IDS) {
      if (NEVER_REQUIRED.has(id)) continue;
      if (id === 'genvurdering' && letter.committee) continue;
      if (noAppeal && COMPLAINT_PARTS.has(id)) continue;
      required[id] = conditionsHold(letter.compiled.elements[id].conditions, letter, type, isActive);
    }
  }
  return required;
}
