/**
 * `klagevejledning`: the letter tells the citizen how to complain. Evidence is the whole
 * complaint section when there is a heading for it, so the sub-checks (frist, genvurdering,
 * klageinstans) can point there when they are missing.
 *
 * A bare pointer to guidance elsewhere ("Klagevejledning: Se vedlagte pjece", "Klagevejledning
 * vedlagt", "Bilag: Klagevejledning", "Læs om klagemuligheder på kommunens hjemmeside") tells
 * neither how nor to whom: it is not guidance in this letter. The enclosure counts when its
 * text is part of the letter (then it has sentences of its own that say how).
 */
import type { Detection, Letter } from '../letter';
import type { Span } from '../segment';
import { ANKESTYRELSEN, inMergeField, sectionUnder } from './common';
import { DISAGREES } from './klagefrist';
import { NO_APPEAL_DETAIL } from '../requirements';

// Where else the guidance is said to be.
const ELSEWHERE =
  /(?<![\p{L}])(?:vedlag\p{L}*|vedhæft\p{L}*|medsend\p{L}*|bilag\p{L}*|pjece\p{L}*|folder\p{L}*|hjemmeside\p{L}*|borger\.dk|kommunens\s+side|læs\s+mere)/iu;
// Anything that says how or to whom: a body, a channel, a deadline, a verb of sending.
const HOW =
  /ankestyrelse|kommune(?!ns\s+(?:hjemme)?side)|forvaltning|afdeling|visitation|(?<![\p{L}])(?:os|mig|send\p{L}*|skriv\p{L}*|ring\p{L}*|mail\p{L}*|e-mail|digital\p{L}*|brev|frist\p{L}*|uger?|dage|måneder|inden|senest|mundtlig\p{L}*|skriftlig\p{L}*|telefon\p{L}*|formular\p{L}*|klageportal\p{L}*|selvbetjening\p{L}*|begrund\p{L}*)(?![\p{L}])/iu;

/** The text only points to guidance elsewhere (a label and a reference, nothing on how). */
function onlyPointer(text: string): boolean {
  return ELSEWHERE.test(text) && !HOW.test(text);
}

/**
 * The sentence of a match, with the next sentence when the match stands in a bare label
 * ("Klagevejledning" as a heading, "Klagevejledning:"), whose content follows it.
 */
function context(letter: Letter, si: number): string {
  const s = letter.sentence(si);
  const text = letter.slice(s);
  if (/[\p{L}\d]/u.test(text.replace(/^[^:]*:/u, '')) && text.trim().split(/\s+/u).length > 2) return text;
  const next = si + 1 < letter.seg.sentences.length ? letter.slice(letter.sentence(si + 1)) : '';
  return `${text} ${next}`;
}

const LEFT_OUT =
  /(?:ikke|ingen)\s+(?:\p{L}+\s+)?klagevejledning|klagevejledning\p{L}*\s+(?:\p{L}+\s+)?(?:vedlægges|medsendes|gives|følger)\s+ikke|(?:vedlægges|medsendes|gives)\s+ikke\s+(?:\p{L}+\s+)?klagevejledning/iu;

/**
 * The outcome of, or the receipt of, a complaint already made ("Du får medhold i din klage",
 * "Vi har modtaget din klage af 3. maj"): a reply to the complaint, which tells nothing about
 * how to complain about this letter.
 */
// (Also what the complaint said, "Du skriver i din klage, at …", "I klagen anfører De, at …", and
// its end, "din klage er dermed afsluttet hos os".)
export const COMPLAINT_ALREADY_MADE =
  /(?<![\p{L}])(?:(?:medhold\s+i|ret\s+i|modtaget|modtog|behandlet|imødekommet|imødekommer|skriver\s+i|skrev\s+i|anfører\s+i|anførte\s+i|oplyser\s+i|oplyste\s+i)\s+(?:din|jeres|Deres|hans|hendes)\s+klage|i\s+(?:din\s+|jeres\s+|Deres\s+)?klagen\s+(?:anfører|anførte|skriver|skrev|oplyser|oplyste)|(?:din|jeres|Deres)\s+klage\s+(?:(?:er|blev)\s+)?(?:\p{L}+\s+){0,2}?afsluttet)(?![\p{L}])/iu;
// What still tells how to complain in such a sentence ("Vi har modtaget din klage, og du kan sende
// flere bemærkninger til Ankestyrelsen").
const STILL_HOW = /(?<![\p{L}])(?:kan\s+(?:du|I|De)\s+(?:klage|sende)|send\s+(?:din|jeres|Deres|klagen)|inden|frist\p{L}*|ankestyrelse\p{L}*)(?![\p{L}])/iu;

const HYPOTHETICAL_BEFORE = /(?<![\p{L}])(?:når|hvis|såfremt|dersom|efter\s+at|så\s+snart|inden|før)\s+(?:\p{L}+\s+){0,3}$/iu;

/** The sentence only answers a complaint already made (and the next one, if given, says no more on how). */
export function answersComplaint(sentence: string, next = ''): boolean {
  const m = COMPLAINT_ALREADY_MADE.exec(sentence);
  if (!m) return false;
  // "Når vi har modtaget din klage, ser vi på sagen igen": a complaint yet to come is the guidance.
  if (HYPOTHETICAL_BEFORE.test(sentence.slice(0, m.index))) return false;
  return !STILL_HOW.test(sentence) && !STILL_HOW.test(next);
}

const NO_APPEAL = /(?<![\p{L}])(?:kan\s+ikke\s+(?:\p{L}+\s+)?(?:indbringes|påklages|ankes|klages\s+over)|ingen\s+klageadgang|ikke\s+klageadgang)(?![\p{L}])/iu;
// A deadline for the citizen ("inden 4 uger", "senest fire uger efter"; round 36: also "inden for 4 uger" and the
// time said as the citizen's: "Du har fire uger, fra du har fået brevet").
const CITIZENS_DEADLINE = String.raw`(?:inden|senest)(?:\s+for)?\s+(?:\d{1,2}|en|to|tre|fire|seks|otte|fjorten)\s+(?:uger|dage|måneder)|(?:du|I|De)\s+har\s+(?:\d{1,2}|fire|otte|fjorten)\s+uger`;
// That deadline or the appeals body.
const DEADLINE_OR_BODY = new RegExp(String.raw`(?<![\p{L}])(?:${CITIZENS_DEADLINE}|ankestyrelse\p{L}*)(?![\p{L}])`, 'iu');
/**
 * The citizen's own deadline to get in touch ("Skriv eller ring til mig inden 4 uger", "Send os en mail senest
 * fire uger efter …", "Du har 4 uger, fra du har fået brevet, til at skrive til os"): a time and a way to answer.
 */
export const CONTACT_DEADLINE = new RegExp(String.raw`(?<![\p{L}])(?:${CITIZENS_DEADLINE})(?![\p{L}])`, 'iu');
// (Round 44: also "sige", the duty put plainly: "skal du sige det til mig inden 4 uger efter, du har fået brevet".)
export const CONTACT = /(?<![\p{L}])(?:skriv\p{L}*|ring\p{L}*|send\p{L}*|kontakt\p{L}*|sige?|mail\p{L}*|henvend\p{L}*|besked)(?![\p{L}])/iu;
const ONWARD_LOOKAHEAD = 3;

/**
 * Guidance that never says "klage": disagreeing, then whom to tell and by when ("Skulle du være
 * utilfreds med noget, kan du kontakte mig inden 4 uger efter, at du har fået brevet, så ser jeg
 * på det igen"). Not "Er du utilfreds med leverandøren, kan du ringe til dem".
 */
function plainGuidance(letter: Letter): Span | undefined {
  const sentences = letter.seg.sentences;
  for (let i = 0; i < sentences.length; i++) {
    const text = letter.slice(sentences[i]!);
    if (!DISAGREES.test(text)) continue;
    const next = i + 1 < sentences.length ? letter.slice(sentences[i + 1]!) : '';
    // ("Hvad hvis du er uenig?" as a heading, and the next line says to whom and by when.)
    if (DEADLINE_OR_BODY.test(text) || (DEADLINE_OR_BODY.test(next) && (HOW.test(text) || HOW.test(next)))) return sentences[i];
  }
  // Round 36: no disagreement said at all, only "write to me within four weeks", and the way on to Ankestyrelsen
  // in the same paragraph ("Send mig en mail inden 4 uger efter, at du har fået brevet. Jeg vurderer så sagen
  // igen, og holder vi fast, går den videre til Ankestyrelsen."): the citizen's deadline and the appeals body.
  // (Not "Send kvitteringerne inden 4 uger" with no Ankestyrelsen after it.)
  if (!ANKESTYRELSEN.test(letter.text)) return undefined;
  for (let i = 0; i < sentences.length; i++) {
    const text = letter.slice(sentences[i]!);
    if (!CONTACT_DEADLINE.test(text)) continue;
    // Round 41: the way to Ankestyrelsen just before, the deadline after it ("Du kan skrive direkte til Ankestyrelsen …
    // Det skal ske inden for 4 uger efter, at du har fået dette brev."): how and by when, without the word "klage".
    const prev = i > 0 && sentences[i - 1]!.block === sentences[i]!.block ? letter.slice(sentences[i - 1]!) : '';
    if (prev && CONTACT.test(prev) && ANKESTYRELSEN.test(prev)) return sentences[i - 1];
    if (!CONTACT.test(text)) continue;
    for (let j = i; j < sentences.length && j <= i + ONWARD_LOOKAHEAD && sentences[j]!.block === sentences[i]!.block; j++) {
      if (ANKESTYRELSEN.test(letter.slice(sentences[j]!))) return sentences[i];
    }
  }
  return undefined;
}

// Round 38: a complaint label that only says the grant is in full ("Klagevejledning: Bevillingen er givet som
// ansøgt. Har du spørgsmål, så ring"): nothing to complain about and no word on how; the phone number is for questions.
const FULL_GRANT = /(?<![\p{L}])(?:(?:givet|bevilget|imødekommet)\s+(?:som\s+ansøgt|fuldt\s+ud)|fuldt\s+medhold)(?![\p{L}])/iu;
function fullGrantOnly(text: string): boolean {
  const body = text.replace(/^[^\n:]*[:\n]/u, '');
  return FULL_GRANT.test(body) && !/klag|ankestyrelse/iu.test(body);
}
// Round 53: a complaint label whose text only says the guidance is left out ("Klagevejledning: Afgørelsen er truffet i
// overensstemmelse med ansøgningen. Der er derfor ikke vedlagt klagevejledning."): nothing on how to complain.
function leftOutOnly(text: string): boolean {
  const body = text.replace(/^[^\n:]*[:\n]/u, '');
  return LEFT_OUT.test(body) && !/klag|ankestyrelse/iu.test(body.replace(new RegExp(LEFT_OUT.source, 'giu'), ''));
}
// Round 71: a complaint label whose text is only a template's unfilled merge field ("Klagevejledning:
// «Klagevejledning_standard_SEL»", "[Indsæt klagevejledning]"): the standard text was never put in, so the letter says
// nothing on how to complain.
const MERGE_FIELDS = /«[^»\n]*»|<<[^>\n]*>>|\{\{[^}\n]*\}\}|\[[^\]\n]*\]/gu;
function onlyMergeField(text: string): boolean {
  const body = text.replace(/^[^\n:]*[:\n]/u, '');
  return body !== body.replace(MERGE_FIELDS, '') && !/[\p{L}\d]/u.test(body.replace(MERGE_FIELDS, ''));
}
export function detect(letter: Letter): Detection {
  const section = sectionUnder(letter, 'klagevejledning');
  if (section && onlyMergeField(letter.text.slice(section.start, section.end))) return { present: false };
  if (section && fullGrantOnly(letter.text.slice(section.start, section.end))) return { present: false };
  if (section && leftOutOnly(letter.text.slice(section.start, section.end))) return { present: false };
  // "Klagevejledning: Afgørelsen kan ikke indbringes for anden administrativ myndighed": no way to complain.
  if (section && NO_APPEAL.test(letter.text.slice(section.start, section.end)) && !DEADLINE_OR_BODY.test(letter.text.slice(section.start, section.end))) return { present: false, detail: NO_APPEAL_DETAIL };
  if (section && !onlyPointer(letter.text.slice(section.start, section.end))) return { present: true, evidence: section };
  const sentences = letter.seg.sentences;
  let found: Span | undefined;
  for (const m of letter.matches(letter.compiled.elements.klagevejledning.re)) {
    const si = letter.sentenceAt(m.start);
    if (si < 0 || inMergeField(letter.text, m.start)) continue;
    if (onlyPointer(context(letter, si)) || fullGrantOnly(context(letter, si)) || onlyMergeField(context(letter, si))) continue;
    // "Da De har fået fuldt medhold, vedlægges ikke klagevejledning": guidance said to be left out.
    if (LEFT_OUT.test(letter.slice(letter.sentence(si)))) continue;
    // (Round 53: also a field label followed in its block by that word: "Klagevejledning: Afgørelsen er truffet i
    // overensstemmelse med ansøgningen. Der er derfor ikke vedlagt klagevejledning.")
    if (si + 1 < sentences.length && sentences[si + 1]!.block === sentences[si]!.block && /^\s*klagevejledning\s*:/iu.test(letter.slice(letter.sentence(si))) && leftOutOnly(`${letter.slice(letter.sentence(si))} ${letter.slice(letter.sentence(si + 1))}`)) continue;
    if (answersComplaint(letter.slice(letter.sentence(si)), si + 1 < sentences.length ? letter.slice(letter.sentence(si + 1)) : '')) continue;
    found = m;
    break;
  }
  found ??= plainGuidance(letter);
  if (!found) return { present: false };
  // Stretch the evidence over the sentences that talk about complaints.
  const first = letter.sentenceAt(found.start);
  let last = first;
  for (let i = first + 1; i < sentences.length && i <= last + 2; i++) {
    if (/klag|ankestyrelse|frist/iu.test(letter.slice(sentences[i]!))) last = i;
  }
  return { present: true, evidence: { start: sentences[first]!.start, end: sentences[last]!.end } };
}
