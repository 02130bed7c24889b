/**
 * `begrundelse`: the letter explains why, tied to this case. Candidates are sentences with a
 * reason cue ("fordi", "vi har lagt vægt på", "da du …") or under a "Begrundelse" heading.
 * A candidate that only names the rule or the conditions ("Du opfylder ikke betingelserne i
 * § 83") is hollow unless it also carries something concrete ("fordi du …"). Only hollow
 * reasons ⇒ absent with the problem `kun-regel` (FVL §§ 22, 24).
 */
import type { Detection, Letter } from '../letter';
import { hasMatchIn, matchesIn } from '../letter';
import { COMPLAINT_SENTENCE, sectionUnder } from './common';

const CONSEQUENCE = /(?<![\p{L}])(?:derfor|af\s+den\s+grund|det\s+betyder|dermed|således)(?![\p{L}])/iu;

// Words that bring a reason of their own into a consequence sentence.
const OWN_REASON = /(?<![\p{L}])(?:fordi|idet|eftersom|da|lagt\s+vægt|vurder\p{L}*|viser|fremgår|oplyst)(?![\p{L}])/iu;

// A list item ("• at du selv kan gå på trapper", "- 1. Du bor i stueetagen").
const BULLET = /^[ \t]*(?:[-•*–·▪◦]|\d{1,2}[.)])[ \t]+/;
// A reason cue that ends in a colon introduces the reasons as a list ("Vi har lagt vægt på:").
const ENDS_WITH_COLON = /:\s*$/;

export function detect(letter: Letter): Detection {
  const { elements, lists } = letter.compiled;
  const cue = elements.begrundelse.re;
  const section = sectionUnder(letter, 'begrundelse');
  let hollow: Detection | undefined;
  const sentences = letter.seg.sentences;
  let prevHollow = false;
  // Inside a list of reasons introduced by a cue: short items count too.
  let reasonList = false;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const raw = letter.slice(s);
    const isItem = BULLET.test(raw);
    if (!isItem) reasonList = false;
    if (ENDS_WITH_COLON.test(raw) && hasMatchIn(letter, cue, s)) {
      reasonList = true;
      if (s.heading) continue;
    }
    if (s.heading) continue;
    if (reasonList && isItem && s.words >= 3 && !COMPLAINT_SENTENCE.test(raw)) {
      const hollowItem = hasMatchIn(letter, lists.hollowReasons, s);
      if (!hollowItem && (s.words >= 5 || hasMatchIn(letter, lists.concreteReasons, s))) return { present: true, evidence: { start: s.start, end: s.end } };
    }
    if (s.words < 4) {
      prevHollow = false;
      continue;
    }
    const inSection = !!section && s.start >= section.start && s.end <= section.end;
    const hasCue = hasMatchIn(letter, cue, s);
    if (!hasCue && !inSection) {
      prevHollow = hasMatchIn(letter, lists.hollowReasons, s);
      continue;
    }
    if (COMPLAINT_SENTENCE.test(letter.slice(s))) continue;
    const hollowHits = matchesIn(letter, lists.hollowReasons, s);
    let isHollow = hollowHits.length > 0;
    // "at du ikke opfylder betingelserne": the "du ikke" inside the restated condition does
    // not make it concrete.
    const concrete = matchesIn(letter, lists.concreteReasons, s).some((c) => !hollowHits.some((h) => c.start < h.end && h.start < c.end));
    // "Du kan derfor ikke få hjælp" right after a restated condition draws its conclusion;
    // it adds no reason of its own.
    const conclusion = !isHollow && prevHollow && CONSEQUENCE.test(letter.slice(s)) && !OWN_REASON.test(letter.slice(s));
    if (conclusion) isHollow = true;
    prevHollow = isHollow;
    if (!isHollow && (hasCue ? s.words >= 5 : s.words >= 6)) return { present: true, evidence: { start: s.start, end: s.end } };
    if (isHollow && concrete && hasCue && !conclusion) return { present: true, evidence: { start: s.start, end: s.end } };
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
