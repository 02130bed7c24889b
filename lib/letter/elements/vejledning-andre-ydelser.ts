/**
 * `vejledning-andre-ydelser`: present when one of the pack's phrases for it occurs outside the
 * complaint guidance (which talks about its own weeks, contacts and help, not the decision's)
 * and outside an invitation to apply for the same help again ("De har mulighed for at søge om
 * hjælp igen, hvis Deres situation ændrer sig"): that is not other help. Office names in the
 * letterhead and the signature ("Borgerservice og Hjælpemidler") are the sender, not guidance;
 * help named under the complaint heading ("DUKH kan rådgive dig gratis") is about the complaint.
 * A bare name of an office, a benefit or a place ("Du får førtidspension fra Udbetaling
 * Danmark", "Du modtager boligstøtte", "Du spiser i caféen hver dag") is a fact of the case;
 * it guides only in a sentence that tells the citizen to turn there or what they can get. The
 * data-protection paragraph ("oplysninger fra andre myndigheder") guides to nothing.
 */
import type { Detection, Letter } from '../letter';
import { DATA_PROTECTION, detectByPhrases } from './common';

const NOT_OTHER_HELP = /klag|ankestyrelse|søge?\p{L}*\s+(?:\p{L}+\s+){0,5}?(?:igen|på\s+ny)(?![\p{L}])|genoptag/iu;
const BARE_NAME =
  /^(?:jobcent|ydelseskontor|udbetaling\s+danmark|pensionsafdeling|pensionskontor|borgerservice|borger\.dk|patientforening|handicapforening|frivilligcent|boligstøtte|varmetillæg|helbredstillæg|personligt\s+tillæg|café|cafe|cafeteri|værested|ældrerådgiver|socialrådgivning)/iu;
const GUIDES =
  /(?<![\p{L}])(?:kan|kunne|kontakt\p{L}*|henvend\p{L}*|søg\p{L}*|ansøg\p{L}*|ring\p{L}*|spørg\p{L}*|læs\p{L}*|vejled\p{L}*|rådgiv\p{L}*|anbefal\p{L}*|opfordr\p{L}*|foreslå\p{L}*|velkommen|mulighed\p{L}*|tilbud\p{L}*|tilbyd\p{L}*|henvis\p{L}*|hjælpe\s+dig|berettiget|ret\s+til)(?![\p{L}])/iu;

// What the citizen can do, said as the purpose of the help granted ("Formålet med ledsagelsen
// er, at du kan deltage i sociale aktiviteter") or as a consideration ("Vi har lagt vægt på, at
// du kan bruge offentlig transport"), is not guidance to other help.
// Free choice of who delivers the help granted ("Du kan også benytte en privat leverandør") is
// not other help (README); buying help privately is.
const FREE_CHOICE = /leverandør|frit\s+valg/iu;
const BUYS = /(?<![\p{L}])(?:købe|køber|betale\s+selv|for\s+egen\s+regning)(?![\p{L}])/iu;
const PURPOSE_SENTENCE = /^(?:formålet|målet|hensigten)(?![\p{L}])/iu;
const CONSIDERATION = /lagt\s+(?:\p{L}+\s+)?vægt\s+på/iu;
const CITIZEN_CAN = /^(?:du|i|de)\s/iu;

export function detect(letter: Letter): Detection {
  return detectByPhrases(letter, 'vejledning-andre-ydelser', {
    outside: NOT_OTHER_HELP,
    skipFrame: true,
    skipSections: ['klagevejledning'],
    accept: (match, sentence) =>
      !DATA_PROTECTION.test(sentence) &&
      !PURPOSE_SENTENCE.test(sentence) &&
      !(FREE_CHOICE.test(sentence) && !BUYS.test(sentence)) &&
      !(CONSIDERATION.test(sentence) && CITIZEN_CAN.test(match)) &&
      (!BARE_NAME.test(match) || GUIDES.test(sentence)),
  });
}
