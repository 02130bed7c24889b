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
import { ANKESTYRELSEN, COMPLAINT_SENTENCE, findHeading, sectionUnder } from './common';
import { CONTACT, CONTACT_DEADLINE, answersComplaint } from './klagevejledning';
import { DISAGREES } from './klagefrist';

const ONWARD = /ankestyrelse|videre/iu;

/**
 * Round 36: plain guidance never says "klage": "Skriv eller ring til mig inden 4 uger. Så ser jeg på sagen
 * igen." The look again follows the citizen's deadline to write in (one or two sentences back, same
 * paragraph), and either a disagreement is said just before ("Er du uenig, så skriv …", "Synes du, det er
 * forkert?") or the case goes on right after ("Holder jeg fast, sender jeg den til Ankestyrelsen"). Not "Send
 * kvitteringerne inden 14 dage, så ser vi på sagen igen" with neither.
 */
function afterPlainDeadline(letter: Letter, si: number, start: number): boolean {
  const s = letter.sentence(si);
  const n = letter.seg.sentences.length;
  // Round 37: the deadline can also sit in the look's own sentence, before it ("Er du ikke enig, så
  // sig det til mig inden 14 dage, så kigger jeg på det igen"); then only the text before the look counts.
  for (const k of [si, si - 1, si - 2]) {
    if (k < 0 || letter.sentence(k).block !== s.block) continue;
    const text = k === si ? letter.text.slice(s.start, start) : letter.slice(letter.sentence(k));
    if (!CONTACT_DEADLINE.test(text) || !CONTACT.test(text)) continue;
    const disagrees = [k, k - 1, k - 2].some((d) => d >= 0 && DISAGREES.test(letter.slice(letter.sentence(d))));
    const onward = si + 1 < n && letter.sentence(si + 1).block === s.block && ONWARD.test(letter.slice(letter.sentence(si + 1)));
    if (disagrees || onward || ONWARD.test(letter.text.slice(letter.sentence(si).start, letter.sentence(si).end))) return true;
  }
  return false;
}

/**
 * Round 45: the look again between the disagreement and the way on, with the deadline elsewhere or after ("Er der
 * noget, du ikke er enig i, så ring eller skriv til mig. Så ser jeg på det en gang til. Hvis vi stadig ikke er enige,
 * sender jeg det videre til Ankestyrelsen."): a disagreement in this or the two sentences before, and Ankestyrelsen or
 * the complaint in the next sentence, all in one paragraph. Not a look again with neither.
 */
function disagreeThenOnward(letter: Letter, si: number): boolean {
  const s = letter.sentence(si);
  if (si + 1 >= letter.seg.sentences.length || letter.sentence(si + 1).block !== s.block) return false;
  if (!COMPLAINT_SENTENCE.test(letter.slice(letter.sentence(si + 1)))) return false;
  return [si, si - 1, si - 2].some((k) => k >= 0 && letter.sentence(k).block === s.block && DISAGREES.test(letter.slice(letter.sentence(k))));
}

const NEGATED = /(?<![\p{L}])(?:ikke|ingen|aldrig)(?![\p{L}])/iu;
const CLAUSE_BREAK = /([,;:]|(?<![\p{L}])(?:men|og|hvis|såfremt|dersom|før|inden)(?![\p{L}]))/iu;
// A negation in a condition ("Hvis vi ikke ændrer afgørelsen, sender vi den videre") takes for
// granted that the municipality weighs the case again; only a plain denial ("afgørelsen
// genvurderes ikke af kommunen") says it does not.
const CONDITION = /^(?:hvis|såfremt|dersom)$/iu;
const MUNICIPALITY = /(?<![\p{L}])(?:vi|os|kommunen|forvaltningen)(?![\p{L}])/iu;

/** Whether the match is denied or is about Ankestyrelsen rather than the municipality. */
function negated(letter: Letter, start: number, end: number, sStart: number, sEnd: number): boolean {
  const back = letter.text.slice(Math.max(sStart, start - 50), start);
  // Split with the breaks kept: odd entries are the breaks, the last entry the clause before the match.
  const parts = back.split(CLAUSE_BREAK);
  const clause = parts[parts.length - 1] ?? '';
  const conditional = parts.length > 1 && CONDITION.test((parts[parts.length - 2] ?? '').trim());
  const ahead = letter.text.slice(end, Math.min(sEnd, end + 25)).split(CLAUSE_BREAK)[0] ?? '';
  if (byAnkestyrelsen(parts, ahead)) return true;
  return (!conditional && NEGATED.test(clause)) || NEGATED.test(ahead);
}

/**
 * A medhold or a new look by Ankestyrelsen is the appeal, not the municipality's
 * reconsideration: in the match's own clause ("Hvis Ankestyrelsen giver dig medhold", "får du
 * medhold i Ankestyrelsen"), as the subject of the clause an "om" hangs on ("Ankestyrelsen
 * tager stilling til, om du kan få medhold"), or as what a relative clause hangs on ("…
 * behandles af Ankestyrelsen, som kan give dig ret"; not "… til kommunen, som ser på sagen igen").
 */
function byAnkestyrelsen(parts: string[], ahead: string): boolean {
  const clause = parts[parts.length - 1] ?? '';
  if (ANKESTYRELSEN.test(clause) || ANKESTYRELSEN.test(ahead)) return true;
  const before = parts.length > 2 ? (parts[parts.length - 3] ?? '') : '';
  if (/^\s*(?:om|hvorvidt)(?![\p{L}])/iu.test(clause)) return ANKESTYRELSEN.test(before) && !MUNICIPALITY.test(before);
  if (/^\s*(?:som|der)(?![\p{L}])/iu.test(clause)) return /ankestyrelsen\s*$/iu.test(before);
  return false;
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
      (si > 1 && letter.sentence(si - 2).block === s.block && COMPLAINT_SENTENCE.test(letter.slice(letter.sentence(si - 2)))) ||
      afterPlainDeadline(letter, si, m.start) ||
      disagreeThenOnward(letter, si);
    if (!about || negated(letter, m.start, m.end, s.start, s.end)) continue;
    // "Du får medhold i din klage": the outcome of a complaint already made, not the guidance
    // that the municipality will look again at a new one.
    if (answersComplaint(letter.slice(s))) continue;
    return { present: true, evidence: m };
  }
  const heading = findHeading(letter, 'genvurdering');
  if (heading) return { present: true, evidence: heading };
  if (letter.committee) return { present: false };
  const direct = letter.matches(letter.compiled.lists.directComplaint)[0];
  if (direct) return { present: false, problem: 'direkte-til-ankestyrelsen', evidence: direct };
  return { present: false };
}
