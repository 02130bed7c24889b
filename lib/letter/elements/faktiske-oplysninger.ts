/**
 * `faktiske-oplysninger`: present when one of the pack's phrases for it occurs outside the complaint
 * guidance (which talks about its own weeks, contacts and help, not the decision's).
 */
import type { Detection, Letter } from '../letter';
import { COMPLAINT_SENTENCE, detectByPhrases } from './common';

export function detect(letter: Letter): Detection {
  return detectByPhrases(letter, 'faktiske-oplysninger', { outside: COMPLAINT_SENTENCE });
}
