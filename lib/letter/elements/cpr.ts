/** `cpr`: the letter contains a CPR number (pattern + real date; see lib/privacy/cpr.ts). */
import { findCprNumbers } from '../../privacy/cpr';
import type { Detection, Letter } from '../letter';

export function detect(letter: Letter): Detection {
  const first = findCprNumbers(letter.text)[0];
  return first ? { present: true, evidence: { start: first.start, end: first.end } } : { present: false };
}
