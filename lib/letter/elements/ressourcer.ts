/** `ressourcer`: present when one of the pack's phrases for it occurs (see default-rules.ts). */
import type { Detection, Letter } from '../letter';
import { detectByPhrases } from './common';

export function detect(letter: Letter): Detection {
  return detectByPhrases(letter, 'ressourcer');
}
