/**
 * `begrundelse`: the letter explains why, tied to this case. Candidates are sentences with a
 * reason cue ("fordi", "vi har lagt vægt på", "da du …") or under a "Begrundelse" heading.
 * A candidate that only names the rule or the conditions ("Du opfylder ikke betingelserne i
 * § 83") is hollow unless it also carries something concrete ("fordi du …"). Only hollow
 * reasons ⇒ absent with the problem `kun-regel` (FVL §§ 22, 24).
 */
import type { Detection, Letter } from '../letter';
import { hasMatchIn } from '../letter';
import { COMPLAINT_SENTENCE, sectionUnder } from './common';

export function detect(letter: Letter): Detection {
  const { elements, lists } = letter.compiled;
  const cue = elements.begrundelse.re;
  const section = sectionUnder(letter, 'begrundelse');
  let hollow: Detection | undefined;
  const sentences = letter.seg.sentences;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.heading || s.words < 4) continue;
    const inSection = !!section && s.start >= section.start && s.end <= section.end;
    const hasCue = hasMatchIn(letter, cue, s);
    if (!hasCue && !inSection) continue;
    if (COMPLAINT_SENTENCE.test(letter.slice(s))) continue;
    const isHollow = hasMatchIn(letter, lists.hollowReasons, s);
    const concrete = hasMatchIn(letter, lists.concreteReasons, s);
    if (!isHollow && (hasCue ? s.words >= 5 : s.words >= 6)) return { present: true, evidence: { start: s.start, end: s.end } };
    if (isHollow && concrete && hasCue) return { present: true, evidence: { start: s.start, end: s.end } };
    if (isHollow && !hollow) hollow = { present: false, problem: 'kun-regel', evidence: { start: s.start, end: s.end } };
  }
  if (hollow) return hollow;
  // Hollow sentences without any cue ("Du opfylder ikke betingelserne i § 83.") still show
  // the writer thought they had given a reason.
  for (const m of letter.matches(lists.hollowReasons)) {
    const si = letter.sentenceAt(m.start);
    if (si < 0 || COMPLAINT_SENTENCE.test(letter.slice(letter.sentence(si)))) continue;
    const s = letter.sentence(si);
    return { present: false, problem: 'kun-regel', evidence: { start: s.start, end: s.end } };
  }
  return { present: false };
}
