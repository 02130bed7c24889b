/**
 * The Danish cue words and sentence helpers the decision-type classifier's parts share (decision-type.ts and
 * partial-grant.ts): an application, a wish, a complaint, a condition, a report; amounts and counts; the stems of
 * the things applied for; the zone of body sentences where results are told.
 */
import type { Letter } from './letter';
import { NUMBER_WORDS } from '../service-level/tokens';
export const NEGATION = /(?<![\p{L}])(?:ikke|ingen|afslag|aldrig)(?![\p{L}])/iu;
// (Also the help had now, in the present: "Mikkel har i dag aflastning 2 weekender om måneden".)
// (Round 57: also a day service attended now, "De går i dag på værkstedet fem dage om ugen"; and past the points of a law
// reference, "har haft aflastning efter barnets lov § 32, stk. 1, nr. 5, i 2 weekender om måneden".)
// (Round 50: also the amount told as a rhythm, "Noah har indtil nu været i aflastning hver anden weekend", "hver 3. uge".)
export const HAD_AMOUNT =
  /(?<![\p{L}])(?:(?:har|havde)\s+(?:\p{L}+\s+){0,2}?(?:været|haft|fået|modtaget)|(?:har|får|går|kommer)\s+(?:i\s+dag|for\s+tiden|lige\s+nu))\s+(?:[^.]|(?<=(?<![\p{L}])(?:stk|nr|jf|dvs|ca))\.){0,80}?(?:(?<![\p{L}\d])(?:\d+|en|én|et|ét|to|tre|fire|fem|seks|syv)\s+(?:gange?|dage?|weekend(?:er)?|timer?|besøg|døgn)|(?<![\p{L}])hver\s+(?:anden|tredje|fjerde|\d+\.)\s+(?:uge|weekend|dag|måned))(?![\p{L}])/iu;
// (Also with a time between: "Du bad i september om at få gjort rent hver uge"; not "hjælp til bad 3
// gange om ugen", the bath.)
export const APPLIED = /(?<![\p{L}])(?:søgt|søgte|ansøg\p{L}*|ønske\p{L}*|(?:bad|bedt)\s+(?:(?:i|den|sidste|i\s+sidste)\s+[\p{L}\d.]+\s+(?:[\p{L}\d.]+\s+)?|os\s+|mig\s+|kommunen\s+)?om|anmod\p{L}*)(?![\p{L}])/iu;
// Conditional clauses state no result ("Hvis dit behov ændres …", "Når forløbet er slut …").
// (Round 50: also the cases a rule just named, taken up again: "I de tilfælde vil ansøgningen blive afslået", "I så fald".)
export const CONDITION = /(?<![\p{L}])(?:hvis|såfremt|skulle|når|ved\s+behov|i\s+(?:(?:de|disse|sådanne|den\s+slags)\s+)?tilfælde|i\s+så\s+fald)(?![\p{L}])/iu;
export const ZONE_SENTENCES = 10;
// (Also a named child: "Emil kan få aflastning 1 weekend om måneden", "Oliver kan komme i aflastning … én
// weekend om måneden".)
// (And inverted after a fronted time: "Fra juni kan Liva komme i aflastning … én weekend om måneden".)
// (Round 40: also the place just named, "Du har bedt om at komme i Solgården alle fem hverdage. Du kan komme der tre dage om ugen".)
// (Round 47: also training or treatment one can come to, "Du kan komme til træning på centret to gange om ugen".)
export const CAN_GET_AMOUNT = /(?<![\p{L}])(?:(?:du|I|De|barnet|hun|han|\p{Lu}\p{Ll}+)\s+kan|kan\s+(?:du|I|De|barnet|hun|han|\p{Lu}\p{Ll}+))\s+(?:godt\s+|fortsat\s+|(?:fra|i|om|efter)\s+(?:[\p{L}\d.]+\s+){1,3}?)?(?:få|(?:komme|være)\s+(?:i|på)\s+(?:[Aa]flastning\p{L}*|[Dd]øgnaflastning|[Dd]agtilbud|[Dd]agcent\p{L}*|[Dd]aghjem\p{L}*)|komme\s+der|komme\s+til\s+(?:\p{L}*træning|fysioterapi|behandling)|begynde\s+(?:i|på))(?![\p{L}])(?!\s+(?:aktindsigt|hjælp\s+(?:hos|fra|af)|rådgivning|vejledning|svar|besked))/u;
// (Also the complaint's path said without the word: "Vi ser på sagen igen, og får du ikke ret, sender vi den
// videre til Ankestyrelsen".)
export const COMPLAINT = /klag|ankestyrelse/iu;

// What someone reported or fears, then "at" ("I har oplyst, at …", "I er bekymrede for, at Emil
// får lavt blodsukker"): the clause after it is their account, not the decision. (Not when the
// municipality is the one telling: "Vi har fortalt dig, at du får …".)
// (Also what a document says: "Det fremgår af børnehavens udtalelse af 24. februar, at hun får
// fysioterapi i børnehavetiden".)
export const REPORT_CUE =
  /(?<![\p{L}])(?:(?:oplyst|oplyste|oplyser|anført|anførte|anfører|fortalt|fortalte|fortæller|sagt|sagde|siger|skrevet|skrev|skriver|beskriver|nævner|ønsker|ønskede|håber|foretrækker|opfattelse|mener|synes|oplever|bekymre\p{L}*\s+for|frygte\p{L}*|utryg\p{L}*\s+ved|bange\s+for)(?=(?:\s+[^\s,;:]+){0,8}?[\s,]+at\s)|(?:fremgår|fremgik|ses|sås|kan\s+ses|viser|viste)(?=(?:\s+\S+){0,12}?[\s,]+at\s))/iu;
// (Counts only: "Hvorfor træning og ikke bare hjælp?" sets one kind of help against another. Also what was not
// granted, asked over the reasons: "Hvorfor ikke bruseniche?", "Hvorfor kun én weekend?"; not a bare "Hvorfor ikke?".)
// (Round 59: also the amount or period said lower than asked, "Hvorfor er beløbet lavere end det, I har søgt om?", "Hvorfor
// bliver perioden kortere end ansøgt om?".)
export const WHY_LESS_HEADING = /^hvorfor\s+(?:du\s+får\s+|kun\s+)?(?:\d+|én|en|et|ét|to|tre|fire|fem|seks|syv|otte|ni|ti|tolv)(?![\p{L}\d])[^?\n]{0,30}?\s+og\s+ikke\s+(?:\d+|én|en|et|ét|to|tre|fire|fem|seks|syv|otte|ni|ti|tolv|tyve)(?![\p{L}\d])[^?\n]{0,20}\??$|^hvorfor\s+(?:ikke|kun)\s+[\p{L}\d][^?\n]{0,40}\??$|^hvorfor\s+(?:er|bliver|blev)\s+(?:\p{L}+\s+){1,2}?(?:lavere|mindre|kortere|færre)\s+end\s+[^?\n]{0,40}?(?:søgt|søgte|ansøgt|bedt|bad|ønsket|ønskede)(?![\p{L}])[^?\n]{0,10}\??$/iu;
// Round 71: the two counts of "Hvorfor 3 timer og ikke 2?": a heading that asks why the grant is MORE than asked (the first
// count larger) says nothing is held back.
// (Only in the same unit: "Hvorfor 5 måneder og ikke et år?" still asks why less.)
const WHY_COUNTS = /^hvorfor\s+(?:du\s+får\s+|kun\s+)?(\d+|én|en|et|ét|to|tre|fire|fem|seks|syv|otte|ni|ti|tolv)(?![\p{L}\d])\s*(\p{L}*)[^?\n]{0,30}?\s+og\s+ikke\s+(\d+|én|en|et|ét|to|tre|fire|fem|seks|syv|otte|ni|ti|tolv|tyve)(?![\p{L}\d])\s*(\p{L}*)/iu;
const UNIT_STEM = 3;
/** A heading over the reasons that asks why the grant is less than something else (WHY_LESS_HEADING), not more. */
export function whyLessHeading(text: string): boolean {
  if (!WHY_LESS_HEADING.test(text)) return false;
  const c = WHY_COUNTS.exec(text);
  if (!c) return true;
  const unit = c[4]!.toLowerCase();
  const sameUnit = unit === '' || unit.slice(0, UNIT_STEM) === c[2]!.toLowerCase().slice(0, UNIT_STEM);
  return !sameUnit || !(count(c[1]!) > count(c[3]!));
}
// A wish told instead of an application ("du gerne vil have mad bragt ud alle ugens syv dage").
export const WISHED = /(?<![\p{L}])(?:gerne\s+vil(?:le)?\s+have|vil(?:le)?\s+gerne\s+have)(?![\p{L}])/iu;
const PURPOSE_TAIL = /,\s*så\s+(?:at\s+)?(?:du|I|De|han|hun|barnet|vi)\s/u;
export function beforePurpose(sText: string): string {
  const m = PURPOSE_TAIL.exec(sText);
  return m ? sText.slice(0, m.index) : sText;
}

export function number(written: string): number {
  // Danish: "1.400" is a thousand separator, "1,5" a decimal comma.
  const n = Number(written.replace(/\.(?=\d{3}(?!\d))/g, '').replace(/\.$/, '').replace(',', '.'));
  return Number.isFinite(n) ? n : NaN;
}
// The reader or the case addressed ("du", "I", "De", "vi", "pågældende"): the sentence is about this case.
export const READER = /(?<![\p{L}])(?:[Dd]u|[Dd]ig|[Dd]in|[Dd]it|[Dd]ine|I|[Jj]er|[Jj]eres|De|Dem|Deres|[Vv]i|[Oo]s|[Vv]ores|[Pp]ågældende)(?![\p{L}])|^(?:[Bb]orgeren|[Aa]nsøgeren)(?![\p{L}])/u;

// "3 timers ledsagelse om ugen", "2 weekender om måneden", "rengøring hver 2. uge", "hver uge".
// (Round 45: also with an adjective between the count and the unit, "to faste dage om ugen", "3 ekstra timer om ugen".)
export const AMOUNT =
  /(?<![\p{L}\d])(\d+(?:,\d+)?|en|et|én|ét|to|tre|fire|fem|seks|syv|otte|ni|ti|tolv|femten|tyve)\s+(?:ekstra\s+|\p{L}{2,}e\s+)?(time|gang|weekend|dag|døgn|besøg|hovedret|nat|nætter)\p{L}*(?:\s+\p{L}+){0,2}?(?:\s+(?:om|pr\.?|i|per)\s+(uge|dag|måned|døgn|år)|\s+(uge(?=ntlig)|dag(?=lig)|måned(?=lig)))|(?<![\p{L}])hver(?:\s+(\d+)\.|\s+(anden|tredje|fjerde|femte|sjette|ottende))?\s+(uge|dag|måned|weekend)(?![\p{L}])/giu;
export const ONE_AMOUNT = new RegExp(AMOUNT.source, 'iu');
// A sum in kroner, and whether a period follows it ("1.500 kr. om måneden", "250 kr. pr. md."). One definition for both
// uses: the partial-grant check compares sums with or without a period (KRONER); the change check wants a sum for a
// period only (KRONER_PER: "Fra 1. april får du 1.150 kr. om måneden. Indtil nu har du fået 850 kr. om måneden").
const KRONER_SUM = String.raw`(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d{1,7})(?:,\d{1,2}|,-)?\s*(?:kr\.?|kroner)(?![\p{L}])`;
const KRONER_PERIOD = String.raw`\s+(?:om|pr\.?|per|i)\s+(måned|md|år|uge|dag|kvartal)`;
export const KRONER = new RegExp(`${KRONER_SUM}(?:${KRONER_PERIOD})?`, 'iu');
export const KRONER_PER = new RegExp(KRONER_SUM + KRONER_PERIOD, 'iu');
/** A count written in digits ("1.400", "1,5") or as a word ("to gange"). */
export function count(written: string): number {
  return /^\d/.test(written) ? number(written) : (NUMBER_WORDS[written.toLowerCase()] ?? NaN);
}
export const NOW_HAS = /^(?:i\s+dag|hidtil|indtil\s+nu|lige\s+nu)\s/iu;
export const ASKED_WHETHER = /(?<![\p{L}])(?:spurgt|spurgte|spørger|bedt|bad),?\s+(?:[\p{L}\d.]+,?\s+){0,4}?om\s+(?:du|I|De|han|hun|vi|kommunen|\p{Lu}\p{Ll}+)\s+(?:kan|kunne|må|måtte|vil)\s/u;
/** An ask (whether, or an application) in this text, outside the complaint guidance. */
// (Any "spurgt, om …", whoever it is about: "Du spurgte, om din datter kunne komme i aflastning".)
export const ASKED_ANY = /(?<![\p{L}])(?:spurgt|spurgte|spørger)\s*,?\s+(?:[\p{L}\d.]+,?\s+){0,4}?om(?![\p{L}])/iu;
export const asks = (t: string) => !COMPLAINT.test(t) && (APPLIED.test(t) || ASKED_ANY.test(t) || ASKED_WHETHER.test(t) || WISHED.test(t));
// The things applied for: the words after "søgt om" in the application.
// (Round 39: also the application named with its date, "Deres ansøgning af 14. april 2025 om en el-kørestol".)
// (Round 39: also "bedt om", and up to 160 characters, so the second of two things listed is read: "I har bedt om to
// ting: en fast voksen at tale med, og at kommunen betaler for et ophold på højskole".)
// (Round 45: also asked of the municipality without "om": "Du har bedt os dække tre slags udgifter".)
export const APPLIED_FOR = /(?:søgt|søgte|ansøgt|ansøgning|bedt)\s+(?:(?:af\s+(?:den\s+)?\d{1,2}\.\s*\p{L}+\s+(?:\d{4}\s+)?)?om\s+|(?:os|kommunen)\s+(?:om\s+(?:at\s+)?)?(?=dække|betale|give|hjælpe))([^.\n]{3,160})/iu;
// A definite genitive before its noun ("ledsagerens udgifter", "hjælpemidlets reparation"): it names whose thing is meant,
// the noun after it is the thing (Round 56).
// The refused thing said by a pronoun ("Det kan vi ikke bevilge", "Men den vil kommunen desværre ikke betale", "Derfor kan vi
// ikke betale for den", "give ham det"): refuses what the sentence before names. Round 58: one pattern for both readers
// (refusalsOutsideAsked in decision-type.ts, the later refusal of an applied item in partial-grant.ts), which had it twice.
// (Round 71: also in the passive, "Den dækkes ikke", "Det bevilges derfor ikke".)
export const REFUSED_BY_PRONOUN =
  /^(?:men\s+)?(?:det|den|dem)\s+(?:kan|vil|må)\s+(?:vi|kommunen|jeg)\s+(?:\p{L}+\s+)?ikke(?![\p{L}])|^(?:men\s+)?(?:det|den|de)\s+(?:dækkes|bevilges|betales|ydes|gives|godkendes|imødekommes)\s+(?:\p{L}+\s+)?ikke(?![\p{L}])|(?<![\p{L}])(?:(?:bevilge|give|dække|betale|godkende|imødekomme)\s+(?:for\s+)?(?:dig|jer|Dem|ham|hende)?\s*(?:den|det|dem)|(?:den|det|dem)\s+kan\s+vi\s+(?:\p{L}+\s+)?ikke)(?![\p{L}])/iu;
export const DEFINITE_GENITIVE = /(?<![\p{L}])\p{L}{3,}(?:ens|ets|nes|ernes)(?=\s+\p{L})/gu;
const STEM = 6;
const GENERIC_STEMS = new Set(['hjælpe', 'dækning', 'ansøgn', 'afgøre', 'kommun', 'betale', 'tilsku', 'udgift', 'merudg', 'bevill', 'støtte']);

export function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[\p{L}-]{6,}/gu) ?? []) {
    const st = w.slice(0, STEM);
    if (!GENERIC_STEMS.has(st)) out.add(st);
  }
  return out;
}

/** The first ZONE_SENTENCES body sentences (headings skipped), with their text: where results are told. */
export function* zoneBody(letter: Letter): Generator<[number, string]> {
  const sentences = letter.seg.sentences;
  for (let i = 0, seen = 0; i < sentences.length && seen < ZONE_SENTENCES; i++) {
    if (sentences[i]!.heading) continue;
    seen++;
    yield [i, letter.slice(sentences[i]!)];
  }
}
