/**
 * `klagevejledning`: the letter tells the citizen how to complain. Evidence is the whole
 * complaint section when there is a heading for it, so the sub-checks (frist, genvurdering,
 * klageinstans) can point there when they are missing.
 */
import type { Detection, Letter } from '../letter';
import { detectByPhrases, sectionUnder } from './common';

export function detect(letter: Letter): Detection {
  const section = sectionUnder(letter, 'klagevejledning');
  if (section) return { present: true, evidence: section };
  const found = detectByPhrases(letter, 'klagevejledning');
  if (!found.present || !found.evidence) return found;
  // Stretch the evidence over the sentences that talk about complaints.
  const first = letter.sentenceAt(found.evidence.start);
  if (first < 0) return found;
  let last = first;
  const sentences = letter.seg.sentences;
  for (let i = first + 1; i < sentences.length && i <= last + 2; i++) {
    if (/klag|ankestyrelse|frist/iu.test(letter.slice(sentences[i]!))) last = i;
  }
  return { present: true, evidence: { start: sentences[first]!.start, end: sentences[last]!.end } };
}
