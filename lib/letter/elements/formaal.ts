/**
 * `formaal`: present when one of the pack's phrases for it occurs (see default-rules.ts), except:
 * - in a refusal, a purpose clause in the application sentence ("Du har søgt om at få udvidet
 *   døren, så du kan komme ind med din kørestol"): why the citizen applied, not the purpose of
 *   help that is given;
 * - the purpose of a step in the case rather than of the help ("Vi sender dig notatet, så du kan
 *   komme med bemærkninger", "oplysninger med henblik på at vurdere din sag", "For at du kan
 *   klage, skal …", "egnet til formålet");
 * - the purpose of other help the letter points to ("Du kan søge om et ledsagerkort, så du kan
 *   tage en ledsager gratis med").
 */
import type { AnalysedLetter, Detection, Letter } from '../letter';
import { COMPLAINT_SENTENCE, detectByPhrases } from './common';

const APPLIED_BEFORE = /(?<![\p{L}])(?:(?:an)?søgt\s+om|ansøgning\s+om|ansøger\s+om|bedt\s+om|bad\s+om|anmodet\s+om|anmodning\s+om)(?![\p{L}])/iu;
const PROCEDURAL_AFTER =
  /^[\s,]*(?:at\s+)?(?:kan\s+|skal\s+)?(?:se|læse|kommentere|komme\s+med|udtale|klage|svare|give\s+(?:os|dine|jeres)|vurdere|vurdering|afklare|afklaring|undersøge|undersøgelse|træffe|partshøring|behandle|behandling|oplyse|sagsbehandling)(?![\p{L}])/iu;
const GUIDANCE_BEFORE = /(?<![\p{L}])(?:kan|kunne)\s+(?:\p{L}+\s+){0,2}?(?:søge|ansøge|kontakte|henvende|tale\s+med|købe|benytte)(?![\p{L}])/iu;
const RIGHTS = /aktindsigt|bisidder|partshøring|bemærkning|kommentar/iu;

export function detect(letter: Letter): Detection {
  const refusal = (letter as Partial<AnalysedLetter>).decisionType === 'afslag';
  return detectByPhrases(letter, 'formaal', {
    accept: (match, sentence) => {
      if (COMPLAINT_SENTENCE.test(sentence) || RIGHTS.test(sentence)) return false;
      const at = sentence.indexOf(match);
      const after = at >= 0 ? sentence.slice(at + match.length, at + match.length + 40) : '';
      if (PROCEDURAL_AFTER.test(after)) return false;
      if (/^formålet$/iu.test(match) && /til\s+$/iu.test(sentence.slice(Math.max(0, at - 4), at))) return false;
      if (refusal && at >= 0 && APPLIED_BEFORE.test(sentence.slice(0, at))) return false;
      // The purpose of other help the letter points to ("du kan søge om et ledsagerkort, så du
      // kan tage en ledsager gratis med").
      if (at >= 0 && GUIDANCE_BEFORE.test(sentence.slice(0, at))) return false;
      return true;
    },
  });
}
