/**
 * `omfang`: the scope of the help as a quantity per period ("1 time hver 14. dag", "2 besøg
 * dagligt", "nedsættes fra 3 til 2 timer om ugen"). "Efter behov" or a bare duration is not
 * a scope: then the block is absent with the problem `efter-behov`.
 */
import type { Detection, Letter } from '../letter';
import { COMPLAINT_SENTENCE, detectByPhrases } from './common';

export function detect(letter: Letter): Detection {
  const found = detectByPhrases(letter, 'omfang', { outside: COMPLAINT_SENTENCE });
  if (found.present) return found;
  const vague = letter.matches(letter.compiled.lists.vagueScope)[0];
  if (vague) return { present: false, problem: 'efter-behov', evidence: vague, detail: letter.slice(vague) };
  return { present: false };
}
