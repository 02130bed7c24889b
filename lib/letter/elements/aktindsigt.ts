/**
 * `aktindsigt`: present when one of the pack's phrases for it occurs (see default-rules.ts), not as
 * the case gone through ("Ankestyrelsen vil se hele sagen igennem") nor as papers handed out to read
 * and sign ("Du skal læse de papirer, vi har vedlagt, og skrive under").
 */
import type { Detection, Letter } from '../letter';
import { detectByPhrases } from './common';

const WHOLE_CASE = /^(?:se|læse)\s+hele/iu;
const GONE_THROUGH_AFTER = /^\s+(?:igennem|på\s+ny|forfra)(?![\p{L}])/iu;
const READ_PAPERS = /^læse\s+(?:de|papirerne|dokumenterne)(?![\p{L}])/iu;
// Papers read as part of the case ("de papirer, vi har brugt i sagen"), not forms to fill in.
const CASE_WORD = /sag/iu;
const FORM_WORDS = /vedlag|underskri|udfyld|skema|blanket/iu;
// Round 44: "papirer, vi har brugt" is the right to see them only as an offer to see or send them ("Vil du se … de andre
// papirer, vi har brugt, så sig til"), not in the account of the case ("De papirer, vi har brugt, viser, at …").
const USED_PAPERS = /^(?:papirer|dokumenter),?\s+vi\s+har\s+brugt$/iu;
const SEE_OR_SEND = /(?<![\p{L}])(?:se|læse|kopi|sender|sende|tilsendt|få\s+dem)(?![\p{L}])/iu;

// Round 69: the case's contents put first and the right to read or see them after, in the caseworker's own words ("Alt det,
// der ligger i din sag – testen og mine notater – kan du få lov at læse", "Alle de papirer, vi har om dig, må du gerne se"):
// the right to see the case's papers, though no fixed phrase names it. (Bounded gaps, one sentence.)
const CONTENTS_FIRST =
  /(?<![\p{L}])(?:alt(?:\s+det)?|alle\s+(?:de\s+)?(?:papirer|dokumenter|oplysninger|notater|akter)(?:ne)?)\s*,?\s+(?:der|som|vi|jeg)\s+[^.!?\n]{0,30}?(?<![\p{L}])(?:i\s+(?:\p{L}+\s+)?sag(?:en)?|om\s+(?:dig|jer|Dem))(?![\p{L}])[^.!?\n]{0,100}?(?<![\p{L}])(?:kan|må)\s+(?:du|I|De)\s+(?:(?:gerne|godt|altid|også)\s+)?(?:få\s+(?:lov\s+(?:til\s+)?at\s+)?)?(?:læse|se)(?![\p{L}])/giu;

export function detect(letter: Letter): Detection {
  const byPhrase = detectByPhrases(letter, 'aktindsigt', {
    accept: (match, sentence) => {
      const at = sentence.indexOf(match);
      if (at < 0) return true;
      if (WHOLE_CASE.test(match) && GONE_THROUGH_AFTER.test(sentence.slice(at + match.length))) return false;
      if (READ_PAPERS.test(match)) return CASE_WORD.test(sentence) && !FORM_WORDS.test(sentence);
      if (USED_PAPERS.test(match)) return SEE_OR_SEND.test(sentence) && !FORM_WORDS.test(sentence);
      return true;
    },
  });
  if (byPhrase.present || !/sag|om\s+(?:dig|jer|Dem)/iu.test(letter.text)) return byPhrase;
  const contents = letter.matches(CONTENTS_FIRST)[0];
  return contents ? { present: true, evidence: contents } : byPhrase;
}
