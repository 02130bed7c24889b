/**
 * `genvurdering`: the complaint goes to the municipality, which reconsiders before sending it
 * on (RSL § 66). Only words that say the municipality looks at the case again count, and only
 * in the complaint guidance (a follow-up "Vi vurderer din sag igen om 6 måneder" is not a
 * reconsideration) and not negated ("afgørelser fra børne- og ungeudvalget genvurderes ikke
 * af kommunen"). When the letter instead sends the complaint straight to Ankestyrelsen, the
 * block is absent with the problem `direkte-til-ankestyrelsen` — except for decisions of the
 * børne- og ungeudvalg, which are appealed directly.
 */
import type { Detection, Letter } from '../letter';
import { COMPLAINT_SENTENCE, findHeading, sectionUnder } from './common';

const NEGATED = /(?<![\p{L}])(?:ikke|ingen|aldrig)(?![\p{L}])/iu;
const CLAUSE_BREAK = /[,;:]|(?<![\p{L}])(?:men|og|hvis|før|inden)(?![\p{L}])/iu;

function negated(letter: Letter, start: number, end: number, sStart: number, sEnd: number): boolean {
  const back = letter.text.slice(Math.max(sStart, start - 50), start);
  const parts = back.split(CLAUSE_BREAK);
  const ahead = letter.text.slice(end, Math.min(sEnd, end + 25)).split(CLAUSE_BREAK)[0] ?? '';
  return NEGATED.test(parts[parts.length - 1] ?? '') || NEGATED.test(ahead);
}

export function detect(letter: Letter): Detection {
  const { re } = letter.compiled.elements.genvurdering;
  const section = sectionUnder(letter, 'klagevejledning');
  for (const m of letter.matches(re)) {
    const si = letter.sentenceAt(m.start);
    if (si < 0) continue;
    const s = letter.sentence(si);
    const about =
      (section && m.start >= section.start && m.end <= section.end) ||
      COMPLAINT_SENTENCE.test(letter.slice(s)) ||
      (si > 0 && COMPLAINT_SENTENCE.test(letter.slice(letter.sentence(si - 1)))) ||
      // Plain language spreads the guidance over short sentences: "Så kan du klage. Ring eller
      // skriv til os inden 4 uger. Vi ser på sagen igen." (same paragraph, two sentences back).
      (si > 1 && letter.sentence(si - 2).block === s.block && COMPLAINT_SENTENCE.test(letter.slice(letter.sentence(si - 2))));
    if (!about || negated(letter, m.start, m.end, s.start, s.end)) continue;
    return { present: true, evidence: m };
  }
  const heading = findHeading(letter, 'genvurdering');
  if (heading) return { present: true, evidence: heading };
  if (letter.committee) return { present: false };
  const direct = letter.matches(letter.compiled.lists.directComplaint)[0];
  if (direct) return { present: false, problem: 'direkte-til-ankestyrelsen', evidence: direct };
  return { present: false };
}
