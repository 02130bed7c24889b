/**
 * `borgerens-synspunkter`: the letter reports the citizen's own account, wishes or views
 * (phrases in default-rules.ts). Procedural wording is not a view: "Hvis De ønsker at
 * klage", "Hvis I er uenige", "Ønsker du at deltage i mødet" speak of what the citizen may
 * do, not what they said.
 */
import type { Detection, Letter } from '../letter';
import { COMPLAINT_SENTENCE, findHeading } from './common';

const CONDITIONAL_BEFORE = /(?<![\p{L}])(?:hvis|såfremt|skulle|når|om)\s+(?:\p{L}+\s+){0,2}$/iu;
const PROCEDURAL_AFTER = /^[\s,]*(?:at\s+)?(?:klage|deltage|få\s+aktindsigt|se\s+|tage\s+en|have\s+en\s+bisidder|kontakte|ringe|høre\s+mere|vide\s+mere|i\s+afgørelsen|i\s+denne\s+afgørelse|i\s+vores\s+afgørelse)/iu;
// Asked as a question or offered ("Ønsker du at deltage …?").
const QUESTION = /^(?:ønsker|vil|er)\s+(?:du|I|De)\b/iu;

// "Hun"/"han" who speaks, and the person the sentence before was about: in "Din datter ringede
// til os. Hun fortalte, at …" it is the daughter's account, not the citizen's.
const PRONOUN_START = /^(?:hun|han)\s/iu;
const THIRD_PARTY =
  /(?<![\p{L}])(?:din|dit|dine|jeres|Deres|hans|hendes|sin|sit)\s+(?:datter|søn|mand|hustru|kone|ægtefælle|samlever|nabo|mor|far|bror|søster|veninde|ven|læge|sygeplejerske|kontaktperson|pædagog|lærer|rådgiver|psykolog|bostøtte|hjemmehjælper|svigerdatter|svigersøn|barnebarn)(?![\p{L}])|(?<![\p{L}])(?:lægen|sygeplejersken|terapeuten|ergoterapeuten|fysioterapeuten|pædagogen|læreren|kontaktpersonen|psykologen|naboen|datteren|sønnen|moren|faren|hjemmehjælperen|visitatoren|sagsbehandleren|rådgiveren)(?![\p{L}])/iu;

function aboutSomeoneElse(letter: Letter, at: number): boolean {
  if (!PRONOUN_START.test(letter.text.slice(at, at + 4))) return false;
  const si = letter.sentenceAt(at);
  if (si <= 0) return false;
  const s = letter.sentence(si);
  // Only a pronoun that opens its sentence points back to the sentence before.
  if (letter.text.slice(s.start, at).trim().length > 0) return false;
  return THIRD_PARTY.test(letter.slice(letter.sentence(si - 1)));
}

const INVITED_BEFORE = /(?<![\p{L}])(?:give|komme\s+med|sende|fremsende|indsende|fremkomme\s+med)\s+(?:os\s+|mig\s+|kommunen\s+)?$/iu;

const WRITES = /skriv|skrev|svar/iu;
// What was written follows: ", at …", "at …" or a colon (not "ikke" or "til os").
const REPORTED_AFTER = /^(?:\s+(?:tilbage\s+)?(?:\p{L}+\s+){0,6}?)?(?:,?\s*at|:)(?![\p{L}])/iu;

export function detect(letter: Letter): Detection {
  for (const m of letter.matches(letter.compiled.elements['borgerens-synspunkter'].re)) {
    if (aboutSomeoneElse(letter, m.start)) continue;
    // Writing and answering are a view only with what was written ("I din mail skriver du, at
    // …", "Du svarede, at du er enig", "Du skrev tilbage: …"); "Skriver du til os, svarer vi
    // inden 5 dage", "Hvis du vil klage, skriver du til os" and "Du svarede ikke" give none.
    if (WRITES.test(letter.slice(m))) {
      const si = letter.sentenceAt(m.start);
      if (si >= 0 && COMPLAINT_SENTENCE.test(letter.slice(letter.sentence(si)))) continue;
      if (!REPORTED_AFTER.test(letter.text.slice(m.end, m.end + 50))) continue;
    }
    const before = letter.text.slice(Math.max(0, m.start - 40), m.start);
    const after = letter.text.slice(m.end, Math.min(letter.text.length, m.end + 40));
    if (CONDITIONAL_BEFORE.test(before)) continue;
    // "… og at du kunne give os dine bemærkninger inden den 16.": the chance to comment is the
    // hearing, not a view the citizen gave.
    if (INVITED_BEFORE.test(before) && /^(?:dine|jeres|Deres|dit)\s/iu.test(letter.slice(m))) continue;
    if (PROCEDURAL_AFTER.test(after) && (QUESTION.test(letter.slice(m)) || /(?:ønske|uenig|enig)/iu.test(letter.slice(m)))) continue;
    return { present: true, evidence: m };
  }
  const heading = findHeading(letter, 'borgerens-synspunkter');
  return heading ? { present: true, evidence: heading } : { present: false };
}
