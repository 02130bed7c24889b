/**
 * `partshoering`: present when one of the pack's phrases for it occurs outside the complaint
 * guidance ("inden fristen", "dine bemærkninger" there are about the complaint, not a hearing).
 */
import type { Detection, Letter } from '../letter';
import { COMPLAINT_SENTENCE, detectByPhrases } from './common';

export function detect(letter: Letter): Detection {
  return detectByPhrases(letter, 'partshoering', { outside: COMPLAINT_SENTENCE });
}
