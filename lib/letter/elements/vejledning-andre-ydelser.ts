/**
 * `vejledning-andre-ydelser`: present when one of the pack's phrases for it occurs outside the
 * complaint guidance (which talks about its own weeks, contacts and help, not the decision's)
 * and outside an invitation to apply for the same help again ("De har mulighed for at søge om
 * hjælp igen, hvis Deres situation ændrer sig"): that is not other help. Office names in the
 * letterhead and the signature ("Borgerservice og Hjælpemidler") are the sender, not guidance.
 */
import type { Detection, Letter } from '../letter';
import { detectByPhrases } from './common';

const NOT_OTHER_HELP = /klag|ankestyrelse|søge?\p{L}*\s+(?:\p{L}+\s+){0,5}?(?:igen|på\s+ny)(?![\p{L}])|genoptag/iu;

export function detect(letter: Letter): Detection {
  return detectByPhrases(letter, 'vejledning-andre-ydelser', { outside: NOT_OTHER_HELP, skipFrame: true });
}
