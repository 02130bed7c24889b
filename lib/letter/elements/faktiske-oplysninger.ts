/**
 * `faktiske-oplysninger`: present when one of the pack's phrases for it occurs outside the
 * complaint guidance (which talks about its own weeks, contacts and help, not the
 * decision's) and outside routine case statements: "Vi har modtaget din ansøgning",
 * "Rehabiliteringsforløbet er afsluttet", "en samtale med din sagsbehandler" as an offer
 * say nothing about the citizen that the decision rests on.
 */
import type { Detection, Letter } from '../letter';
import { COMPLAINT_SENTENCE, findHeading } from './common';

const ROUTINE = [
  /(?<![\p{L}])(?:(?:vi|kommunen|jeg)\s+)?(?:har\s+modtaget|modtog|modtaget)\s+(?:din|jeres|Deres|en)\s+(?:ansøgning|henvendelse|mail|e-mail|brev|besked|anmodning)\p{L}*/giu,
  /(?<![\p{L}])\p{L}*(?:forløb|undersøgelse|samtale)\p{L}*\s+(?:er|blev|bliver)\s+(?:nu\s+)?(?:afsluttet|slut|færdig|stoppet)/giu,
  // Offers of a talk or a test ("Du er velkommen til en samtale", "kontakt os for en samtale").
  /(?<![\p{L}])(?:velkommen\s+til|ønsker\s+du|vil\s+du|kan\s+du\s+få|for\s+at\s+aftale|for\s+en)\s+(?:\p{L}+\s+){0,2}?(?:samtale|møde|besøg)\p{L}*/giu,
];

function inRoutine(sentence: string, offset: number, start: number, end: number): boolean {
  for (const re of ROUTINE) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const a = offset + m.index;
      if (start >= a && end <= a + m[0].length) return true;
    }
  }
  return false;
}

export function detect(letter: Letter): Detection {
  for (const m of letter.matches(letter.compiled.elements['faktiske-oplysninger'].re)) {
    const si = letter.sentenceAt(m.start);
    if (si >= 0) {
      const s = letter.sentence(si);
      const sText = letter.slice(s);
      if (COMPLAINT_SENTENCE.test(sText)) continue;
      if (inRoutine(sText, s.start, m.start, m.end)) continue;
    }
    return { present: true, evidence: m };
  }
  const heading = findHeading(letter, 'faktiske-oplysninger');
  return heading ? { present: true, evidence: heading } : { present: false };
}
