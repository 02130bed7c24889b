/**
 * `hovedhensyn`: the letter states the main considerations ("Vi har lagt vægt på, at …").
 * A consideration that only restates the rule ("lagt vægt på, at De ikke opfylder
 * betingelserne") names no consideration, unless the sentence also carries a concrete fact.
 */
import type { Detection, Letter } from '../letter';
import { matchesIn } from '../letter';
import type { Span } from '../segment';
import { findHeading, isLawSentence, weighsOnlyGeneric } from './common';

// A weight that points back ("lagt vægt herpå", "lagt vægt på dette", "Herpå er der lagt
// vægt"): the consideration is the sentence before.
const POINTS_BACK = /(?:her|der)på|^\s*(?:dette|det)\s*[.!]/iu;
// "Det har vi lagt vægt på.", "Dette har udvalget lagt afgørende vægt på."
const ENDS_SENTENCE = /^\s*[.!]?\s*$/u;
const STARTS_WITH_IT = /^(?:det|dette)\s/iu;

// A causal conjunction and a subject pronoun, nothing else, before the restated criterion.
const LEADS_INTO = /^(?:da|fordi|idet|eftersom)\s+(?:du|De|I|han|hun|barnet|borgeren)\s*$/iu;
/** The sentence only restates the rule: hollow phrases and no concrete marker outside them. */
function onlyRule(letter: Letter, s: Span): boolean {
  const { lists } = letter.compiled;
  const hollow = matchesIn(letter, lists.hollowReasons, s);
  // "De ikke" inside "De ikke opfylder betingelserne" is part of the restated rule.
  // (Round 72: so is a cause's lead-in right before the criterion, "da du ikke har en betydelig og varigt nedsat
  // funktionsevne", "fordi De ikke …": the conjunction and the subject introduce the rule said back, no fact of the case.)
  const outside = (c: Span) => !hollow.some((h) => (c.start < h.end && h.start < c.end) || (c.end <= h.start && LEADS_INTO.test(letter.text.slice(c.start, h.start))));
  // (A fact of the case beside the rule's words counts too: "…, og at han ifølge funktionsvurderingen
  // fra juli 2025 har brug for hjælp hele døgnet".)
  return (
    hollow.length > 0 &&
    !matchesIn(letter, lists.concreteReasons, s).some(outside) &&
    !matchesIn(letter, letter.compiled.elements['faktiske-oplysninger'].re, s).some(outside)
  );
}

// Words that name nothing of the case in the clause after the cue ("at De efter en samlet
// vurdering ikke opfylder betingelserne", "at du har søgt om hjælp, og at …").
const FILLER = new Set(
  (
    'at og samt men du de dig dem din dit dine deres jeres hun han hendes hans i vi os vores kommunens efter ud fra en et ' +
    'samlet samlede konkret konkrete individuel vurdering vurderingen vores ikke heller også derfor således dermed der det ' +
    'den som er har kan vil skal på af til med for om sagen sagens oplysninger oplysningerne forhold forholdene situation ' +
    'alle alt helhed nu fortsat længere mere regler reglerne loven lovens lovgivningen bestemmelsen betingelserne stk nr ' +
    'søgt ansøgt søger ansøgning ansøgningen hjælp hjælpen støtte støtten'
  ).split(' '),
);
const CONTENT_WORD = /[\p{L}\p{N}]+/gu;

/**
 * The clause right after the cue names something of the case before it turns to the rule:
 * "Vi har lagt vægt på, at du med bilen og cyklen kan komme de steder hen, du gerne vil, og at
 * el-scooteren derfor ikke i væsentlig grad vil lette din daglige tilværelse" weighs the car
 * and the bike; "lagt vægt på, at De efter en samlet vurdering ikke opfylder betingelserne"
 * weighs nothing. Three words of content before the rule's words are enough.
 */
function namesBeforeRule(letter: Letter, s: Span, cueEnd: number): boolean {
  const firstHollow = matchesIn(letter, letter.compiled.lists.hollowReasons, s).find((h) => h.start >= cueEnd);
  const clause = letter.text.slice(cueEnd, firstHollow ? firstHollow.start : s.end).toLowerCase();
  let n = 0;
  for (const w of clause.match(CONTENT_WORD) ?? []) if (!FILLER.has(w) && !/\d/u.test(w) && !w.startsWith('servicelov') && ++n >= 3) return true;
  return false;
}

// The party's own weight, not the authority's: "Du lagde vægt på, at du kan blive boende", "I har
// lagt vægt på …", "det, der vejer tungest for dig, er …", "Det var afgørende for jer, at …".
// (Case-sensitive for "I" and "De"; "for mig" in a caseworker's letter is the caseworker.)
const PARTY_BEFORE = /(?<![\p{L}])(?:(?:[Dd]u|I|De|[Hh]un|[Hh]an|[Ff]orældrene|[Bb]orgeren)\s+(?:har\s+|havde\s+)?(?:\p{L}+\s+)?|(?:har|havde)\s+(?:du|I|De|hun|han)\s+(?:\p{L}+\s+)?)$/u;
const FOR_PARTY_BEFORE = /(?<![\p{L}])(?:[Ff]or|[Ii]følge)\s+(?:dig|jer|Dem|hende|ham|din\s+\p{L}+|jeres\s+\p{L}+)(?:\s+selv)?\s+(?:\p{L}+\s+){0,2}$/u;
const PARTY_SOURCE_START = /^\s*(?:[Ii]følge|[Ff]or)\s+(?:dig|jer|Dem|hende|ham)(?:\s+selv)?(?![\p{L}])/u;
const FOR_PARTY_AFTER = /^\s*(?:,\s*)?for\s+(?:dig|jer|Dem|hende|ham|din|dit|dine|jeres|Deres|hans|hendes)(?![\p{L}])/u;

// The cue inside what the party said ("Du sagde, at det, der talte mest imod flytningen, var din
// kat"): their weight, reported, not the authority's.
// (Round 49: also with the verb first after a fronted time or place, "På mødet fortalte I, at det tungeste for jer er
// onsdag aften": still their account.)
const REPORTED_BEFORE =
  /(?<![\p{L}])(?:[Dd]u|I|De|[Hh]un|[Hh]an|[Ff]orældrene|(?!Udvalget|Kommunen|Forvaltningen|Visitationen|Vi(?![\p{L}]))\p{Lu}\p{Ll}+)\s+(?:har\s+|havde\s+)?(?:\p{L}+\s+)?(?:sagde|sagt|fortalte|fortalt|skrev|skrevet|nævnte|nævnt|mener|mente|synes|syntes|oplyste|oplyst|gav\s+udtryk\s+for)\s*,?\s+at\s|(?<![\p{L}])(?:sagde|fortalte|skrev|nævnte|mente|syntes|oplyste)\s+(?:du|I|De|hun|han|forældrene)(?:\s+(?:selv|også|begge))?\s*,?\s+at\s/u;

// (Not when the authority speaks again after it: "Malthe har sagt, at han godt kan lide dyr, og det har vi lagt vægt på".)
const AUTHORITY = /(?<![\p{L}])(?:vi|os|vores|jeg|kommunen|udvalget|forvaltningen)(?![\p{L}])/iu;
function reportedByParty(before: string): boolean {
  const r = REPORTED_BEFORE.exec(before);
  return !!r && !AUTHORITY.test(before.slice(r.index + r[0].length));
}

// "hvor der (blev|bliver|kan blive) taget hensyn til …": a place that makes allowance, in an impersonal relative clause.
const PLACE_ALLOWS_BEFORE = /(?<![\p{L}])hvor\s+(?:der|man)\s+(?:\p{L}+\s+){0,2}?(?:blev|bliver|bli'r|er\s+blevet|kan\s+blive|skal\s+blive|vil\s+blive)\s+$/iu;

// The party asked or wished for something ("Du bad om, at …", "I ønsker, at …").
const PARTY_WISH = /^(?:du|I|De|hun|han|forældrene|\p{Lu}\p{Ll}+)\s+(?:har\s+)?(?:\p{L}+\s+)?(?:bad|bedt|ønsker|ønskede|ønsket|foretrækker|foretrak)(?![\p{L}])/u;

// (Not "Du har klaget over smerter i ryggen", a fact.)
const COMPLAINT_GUIDANCE = /(?<![\p{L}])(?:(?:kan|vil|skal|ønsker\s+at|for\s+at)\s+klage|klagen|klagefrist\p{L}*|ankestyrelse\p{L}*)(?![\p{L}])/iu;

// What the party must do next ("Det afgørende er, at du sender kvitteringerne inden 1. maj")
// is an instruction, not what the decision rests on.
const INSTRUCTION_AFTER = /^\s*,?\s*at\s+(?:du|I|De)\s+(?:\p{L}+\s+)?(?:sender|sende|indsender|indsende|husker|huske|kontakter|kontakte|ringer|ringe|søger|søge|ansøger|ansøge|klager|klage|skriver|skrive|melder|melde|giver\s+besked|give\s+besked|giver\s+os|give\s+os)(?![\p{L}])/u;

// "Vi har lagt vægt på, at du derfor ikke længere har brug for hjælp om aftenen": the weight
// rests on the facts of the sentence before ("Af terapeutens notat fremgår, at du nu selv kan
// tage nattøj på"), which "derfor" points back to. (Not when that sentence is a law quote or
// itself only the rule.)
const THEREFORE = /^[^.;]{0,40}?(?<![\p{L}])(?:derfor|dermed|på\s+den\s+baggrund)(?![\p{L}])/iu;
function pointsBackToFacts(letter: Letter, si: number, cueEnd: number): boolean {
  if (si === 0 || !THEREFORE.test(letter.text.slice(cueEnd, cueEnd + 60))) return false;
  const prev = letter.sentence(si - 1);
  return !isLawSentence(letter, prev) && !onlyRule(letter, prev) && matchesIn(letter, letter.compiled.lists.concreteReasons, prev).length > 0;
}

// The clause after the cue is nothing but the criteria said not to be met, to the sentence's end ("lagt vægt
// på, at De ikke opfylder de af kommunalbestyrelsen fastsatte visitationskriterier", "at betingelserne for
// støtte i det hidtidige omfang ikke længere er til stede"): the rule again, whatever words qualify it.
// (Round 54: also said as a judgement and placed in the case, "at betingelserne ikke ses at være opfyldt i Deres sag":
// still the rule, no consideration named.)
const RULE_ONLY_CLAUSE =
  /^\s*,?\s*at\s+(?:(?:\p{L}+\s+){1,2}?ikke\s+(?:længere\s+)?opfylder\s+(?:[\p{L}§\d.,]+\s+){0,6}?\p{L}*(?:kriterie|betingelse|krav)\p{L}*|(?:betingelserne|kriterierne|kravene)\s+(?:[\p{L}§\d.,]+\s+){0,10}?(?:ikke\s+(?:længere\s+)?(?:er|findes|(?:ses|anses|skønnes|vurderes)(?:\s+(?:at\s+være|for\s+at\s+være|for))?)|(?:er|findes)\s+ikke(?:\s+længere)?)\s+(?:opfyldt|til\s+stede))(?:\s+i\s+(?:din|Deres|jeres|hans|hendes|denne)\s+sag|\s+i\s+dette\s+tilfælde)?\s*[.;]?\s*$/u;

// "Skoene opfylder derfor ikke betingelsen …, når et indlæg kan gøre det samme. Det er det, vi har lagt vægt
// på.": the weight points back to a sentence that only restates the rule, but that sentence draws it
// ("derfor") from the concrete fact before it, which is what was weighed.
const DRAWN = /(?<![\p{L}])(?:derfor|dermed|således)(?![\p{L}])/iu;
function ruleDrawnFromFacts(letter: Letter, si: number): boolean {
  if (si < 2 || !DRAWN.test(letter.slice(letter.sentence(si - 1)))) return false;
  const facts = letter.sentence(si - 2);
  return !onlyRule(letter, facts) && matchesIn(letter, letter.compiled.lists.concreteReasons, facts).length > 0;
}

// Round 44: the service level weighed with what it sets ("Vi har lagt vægt på, at kommunens serviceniveau for
// aflastning er 1 weekend om måneden", "at kvalitetsstandarden giver rengøring hver 14. dag"): the level itself is
// named as what weighed. (Not the bare rule, "lagt vægt på kommunens kvalitetsstandard", nor "at serviceniveauet ikke
// giver mulighed for hjælp".)
const STANDARD_WITH_CONTENT =
  /^\s*,?\s*at\s+(?:\p{L}+\s+){0,2}?(?:serviceniveau|kvalitetsstandard)\p{L}*\s(?:(?!ikke(?![\p{L}]))[^.;]){0,60}?(?:(?<![\p{L}\d])(?:\d+|en|et|én|to|tre|fire)\s+(?:gange?|timer?|weekend\p{L}*|dage?|døgn|besøg)(?![\p{L}])|hver\s+(?:\d+\.|anden)\s)/iu;

// Round 60: the weight names the reader's own situation first and only then adds the rule ("Vi har lagt vægt på, at du
// selv kan klare turen, og at kørsel kun gives til borgere, der ikke selv kan komme frem"): the rule's words make the
// sentence look like a law statement, but the first clause is a consideration of this case. The clause runs from the
// cue to the first ", og at"/";" and must address the reader and carry a concrete marker.
const READER_CLAUSE = /^\s*,?\s*at\s+(?:du|I|De|han|hun)\s[^;]*?(?=,\s*(?:og|samt)\s+at\s|;|$)/u;
function weighsCaseFirst(letter: Letter, s: Span, cueEnd: number): boolean {
  const c = READER_CLAUSE.exec(letter.text.slice(cueEnd, s.end));
  if (!c) return false;
  const end = cueEnd + c[0].length;
  return matchesIn(letter, letter.compiled.lists.concreteReasons, s).some((h) => h.start >= cueEnd && h.end <= end);
}

// Round 62: the need said to be gone, then narrowed to what another means of this case does not meet ("at du ikke længere har
// et behov for hjælp om natten, som ikke kan dækkes af nødkaldet"): the emergency call, the aid or the relative named is
// what was weighed, not the rule said back. (The rule's own means, "som ikke kan dækkes efter anden lovgivning", "ved hjælp
// efter de øvrige bestemmelser", "som De ikke selv kan dække", names nothing of the case.)
const MET_BY_OTHER_MEANS =
  /(?<![\p{L}])(?:som|der)\s+ikke\s+(?:kan|kunne|vil\s+kunne)\s+(?:\p{L}+\s+)?(?:dækkes|klares|løses|afhjælpes)\s+(?:af|med|ved|gennem)\s+(?!(?:anden|andre|øvrige|de\s+øvrige|den\s+øvrige|hjælp|støtte|lovgivning\p{L}*|reglerne|bestemmelse\p{L}*)(?![\p{L}]))(?:(?:dit|din|dine|Deres|jeres|hans|hendes|det|den|de)\s+)?\p{L}{4,}/iu;

// The detector and begrundelse (a main consideration is also a reason) both ask; work it out once per letter.
const detected = new WeakMap<Letter, Detection>();
export function detect(letter: Letter): Detection {
  let d = detected.get(letter);
  if (!d) detected.set(letter, (d = detectOnce(letter)));
  return d;
}

function detectOnce(letter: Letter): Detection {
  const { elements } = letter.compiled;
  for (const m of letter.matches(elements.hovedhensyn.re)) {
    const si = letter.sentenceAt(m.start);
    if (si >= 0) {
      const s = letter.sentence(si);
      if (PARTY_BEFORE.test(letter.text.slice(Math.max(s.start, m.start - 30), m.start))) continue;
      // ("For dig var det vigtigste, at du kunne blive boende", "Ifølge dig selv er det vigtigste, at …": the
      // party's own priority.)
      if (FOR_PARTY_BEFORE.test(letter.text.slice(Math.max(s.start, m.start - 30), m.start))) continue;
      if (FOR_PARTY_AFTER.test(letter.text.slice(m.end, Math.min(s.end, m.end + 14)))) continue;
      // The party as the source at the sentence's start, far from the cue ("Ifølge jer selv er det især
      // ugeskemaet …, der har gjort forskellen"): their account, unless the authority speaks after it.
      const lead = PARTY_SOURCE_START.exec(letter.text.slice(s.start, m.start));
      if (lead && !AUTHORITY.test(letter.text.slice(s.start + lead[0].length, m.start))) continue;
      if (reportedByParty(letter.text.slice(s.start, m.start))) continue;
      if (INSTRUCTION_AFTER.test(letter.text.slice(m.end, Math.min(s.end, m.end + 60)))) continue;
      // The complaint guidance ("Det er afgørende for, at du kan klage, at …") weighs nothing.
      if (COMPLAINT_GUIDANCE.test(letter.slice(s))) continue;
      // The law's demand for main considerations (FVL § 24 quoted) and a weight on "en samlet
      // vurdering af dine forhold" name no consideration.
      if ((isLawSentence(letter, s) && !weighsCaseFirst(letter, s, m.end)) || weighsOnlyGeneric(letter.slice(s))) continue;
      if (RULE_ONLY_CLAUSE.test(letter.text.slice(m.end, s.end))) continue;
      if (onlyRule(letter, s) && !namesBeforeRule(letter, s, m.end) && !pointsBackToFacts(letter, si, m.end) && !STANDARD_WITH_CONTENT.test(letter.text.slice(m.end, s.end)) && !MET_BY_OTHER_MEANS.test(letter.text.slice(m.end, s.end))) continue;
      // A heading ("Det har vi lagt vægt på") points to the section under it, not back.
      if (letter.seg.sentences[si]!.heading) {
        const next = letter.seg.sentences[si + 1];
        if (next && !next.heading && !onlyRule(letter, next)) return { present: true, evidence: m };
        continue;
      }
      const after = letter.text.slice(m.end, Math.min(s.end, m.end + 8));
      const back =
        POINTS_BACK.test(letter.slice(m)) || POINTS_BACK.test(after) || (ENDS_SENTENCE.test(after) && STARTS_WITH_IT.test(letter.slice(s)));
      if (back && (si === 0 || (onlyRule(letter, letter.sentence(si - 1)) && !ruleDrawnFromFacts(letter, si)))) continue;
      // "Du bad om, at Jonas ikke skal arbejde om eftermiddagen. Det har vi taget hensyn til.": a wish
      // met, not what the decision rests on.
      if (back && /^taget\s+hensyn/iu.test(letter.slice(m)) && si > 0 && PARTY_WISH.test(letter.slice(letter.sentence(si - 1)))) continue;
      // Round 45: "et sted at arbejde, hvor der blev taget hensyn til din hjerneskade": the place or the help that
      // makes allowance for the citizen, not what the decision weighed.
      if (/^taget\s+hensyn/iu.test(letter.slice(m)) && PLACE_ALLOWS_BEFORE.test(letter.text.slice(Math.max(s.start, m.start - 40), m.start))) continue;
    }
    return { present: true, evidence: m };
  }
  const heading = findHeading(letter, 'hovedhensyn');
  return heading ? { present: true, evidence: heading } : { present: false };
}
