/**
 * `genvurdering`: the complaint goes to the municipality, which reconsiders before sending it
 * on (RSL § 66). When the letter instead sends the complaint straight to Ankestyrelsen, the
 * block is absent with the problem `direkte-til-ankestyrelsen` — except for decisions of the
 * børne- og ungeudvalg, which are appealed directly.
 */
import type { Detection, Letter } from '../letter';
import { detectByPhrases } from './common';

export function detect(letter: Letter): Detection {
  const found = detectByPhrases(letter, 'genvurdering');
  if (found.present || letter.committee) return found;
  const direct = letter.matches(letter.compiled.lists.directComplaint)[0];
  if (direct) return { present: false, problem: 'direkte-til-ankestyrelsen', evidence: direct };
  return found;
}
