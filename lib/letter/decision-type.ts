/**
 * Decision type from the text (where the result is stated), overridden by the case screen's
 * afgørelsestype when that can be read.
 *
 * Municipal letters state the result near the top (Ankestyrelsen's "At skrive en afgørelse":
 * overskrift, resultat, begrundelse …), often in the title ("Afslag på …", "Afgørelse om ophør
 * af …"). So the FIRST statement with a result cue sets the primary type, and later sentences
 * can only refine it:
 * - a refusal followed by a firm grant of something else ("men du får …") is `delvis`; an
 *   alternative the citizen may apply for ("Du kan i stedet søge om …", "Vi kan tilbyde dig
 *   …") is guidance, not a grant;
 * - a grant followed by an end date ("Bevillingen ophører den 31. december") stays a grant;
 *   only a reduction ("nedsættes", "fra 2 til 1 time") turns it into `aendring`;
 * - conditional clauses ("Hvis din situation ændrer sig …") state no result at all.
 */
import type { Letter } from './letter';
import { matchesIn } from './letter';
import type { Span } from './segment';
import type { DecisionType, DecisionTypeSource } from './types';
import { isLawSentence, LETTER_PURPOSE } from './elements/common';
import { MONTH_NAMES } from './letter-date';
import { NEGATION, HAD_AMOUNT, APPLIED, CONDITION, ZONE_SENTENCES, CAN_GET_AMOUNT, COMPLAINT, REPORT_CUE, whyLessHeading, WISHED, beforePurpose, READER, ONE_AMOUNT, count, NOW_HAS, ASKED_WHETHER, asks, APPLIED_FOR, stems, zoneBody, KRONER_PER, DEFINITE_GENITIVE, REFUSED_BY_PRONOUN } from './decision-cues';
import { unstatedResult } from './unstated-result';
import { withLearnedType } from './type-model/index';
import { askedPeriodHappens, grantsLessThanAsked, isColumnHead, lessThanBefore, refusesAppliedItemLater, tableGrantsLess, yesAndNoCells, yesButNotHeading } from './partial-grant';

/** Map the screen's free-text afgørelsestype ("Delvis bevilling", "Afslag", "Ophør") to an id. */
export function decisionTypeFromScreen(value?: string): DecisionType | undefined {
  if (!value) return undefined;
  const v = value.toLowerCase();
  if (/delvi/.test(v)) return 'delvis';
  if (/afsl|afvis|ikke\s+bevil|nej/.test(v)) return 'afslag';
  if (/oph[øo]r|neds[æa]t|[æa]ndr|reduk|reducer|frakend|bortfald|stop|tilbagekald/.test(v)) return 'aendring';
  if (/bevil|im[øo]dekom|godkend|tildel|medhold|ja\b/.test(v)) return 'bevilling';
  if (/ukendt/.test(v)) return 'ukendt';
  return undefined;
}

// Headings after which the result is no longer being stated.
// (Plain-language question headings too: "Hvilke oplysninger har vi brugt?", "Hvad har vi
// lagt vægt på?".)
// (Round 53: also the law's conditions as the heading, "Lovens betingelser", "Betingelser for hjælp": the rule quoted under
// it refuses "ændringer, som alene har karakter af vedligeholdelse" to anyone, not this reader.)
// (Round 57: also numbered, "2. Lovgrundlag", "3. Sagens oplysninger": the help the citizen already gets, told under the
// facts, is no grant beside the refusal above.)
// (Round 62: also the reasons' heading in the order of an indirect question, "Hvad vi har lagt vægt på".)
const SECTION_STOP = /^(?:\d{1,2}\s*[.)]\s*)?(?:begrundelse|vurdering|kommunens vurdering|vores vurdering|lovgrundlag|retsgrundlag|regler|lovgivning|lovens (?:betingelser|krav|regler)|betingelser(?:ne)? for|klage|sådan|hvorfor|partshøring|aktindsigt|bisidder|vejledning|dine synspunkter|det har vi lagt vægt på|oplysninger|sagens oplysninger|andre muligheder|hvad kan du ellers|hvilke oplysninger|hvad har vi (?:lagt|brugt|vurderet|set|bygget|hørt)|hvad (?:vi|kommunen|udvalget) har (?:lagt|brugt|vurderet|bygget)|hvad bygger|hvad ved vi)/iu;
// Headings of the case history ("Sagens forløb", "Baggrund", "Udvalgets begrundelse"): once a
// result is found, what follows them is what happened before, not the decision ("behandlingen
// er forlænget til marts" is about someone else's treatment).
const HISTORY_STOP = /^(?:\d{1,2}\s*[.)]\s*)?(?:(?:sagens|sags)\s*(?:forløb|baggrund|fremstilling)|sagsforløb\p{L}*|forløb\p{L}*|baggrund\p{L}*|(?:udvalgets|kommunens|forvaltningens|vores|rådgivers)\s+(?:begrundelse|vurdering)|beskrivelse)/iu;
const PLAIN_CHANGE = /^(?:ændring|lave|flyttes|skift|rykke)/iu;
const HOME_ALTERATION =
  /^ændring(?:er|en)?\s+af\s+(?:(?:dit|din|jeres|Deres|boligens|husets|lejlighedens|et|en)\s+)?(?:badeværelse|bolig|hjem|hus|lejlighed|køkken|toilet|indgang|trappe|dør|døre|bil)(?:et|en|s|ne)?(?![\p{L}])/iu;
// A fixture of the home named just before ("badekarret fjernes og …", "de høje dørtrin …").
const FIXTURE_BEFORE =
  /(?<![\p{L}])(?:badekar|karkant|dørtrin|trin|dørtærskel|tærskel|toilet|håndvask|bordplade|køkkenbord|hoveddør|dør|trappe|gulv|fliser|vindue|brusekabine|bruser|skab|elevator|komfur|kogeplade|greb|rampe|dørhåndtag|armatur|blandingsbatteri)\p{L}*\s+(?:[\p{L}-]+\s+){0,4}?$/iu;
const CARE_TASK_AFTER = /^skift\p{L}*\s+af\s+(?:\p{L}+\s+)?(?:sengetøj|sengelinned|linned|lagen|bleer|ble|forbinding\p{L}*|stomi\p{L}*|kateter\p{L}*|tøj|pose|poser|bind)(?![\p{L}])/iu;
// ("kontakt", "kontakte" as a verb; a "kontaktperson" is help, not a possibility.)
// A clause that offers or describes a possibility rather than deciding ("Du kan i stedet
// søge om …", "Vi kan tilbyde dig …", "kan der ydes"): no grant in it counts.
const POSSIBILITY = /(?<![\p{L}])(?:du\s+kan|kan\s+du|I\s+kan|kan\s+I|De\s+kan|kan\s+De|kunne|evt\.?|eventuelt|muligvis|måske|søge|søg|ansøge|kontakt(?:e|er)?|henvend\p{L}*|mulighed(?:en)?\s+for|velkommen|uden\s+visitation|kræver\s+ikke\s+visitation|åbent\s+for\s+alle|alle\s+borgere)(?![\p{L}])/iu;
// "Du får fremover rengøring hver 3. uge i stedet for hver 2. uge": a swap of existing help
// (revisitation), not the applied-for amount ("i stedet for de 3 timer, du søgte om").
const INSTEAD = /(?<![\p{L}])i\s+stedet\s+for(?![\p{L}])/iu;
// (Round 69: also "fra næste uge", "fra i morgen": "Fra næste uge kommer vi torsdag i stedet for tirsdag".)
const NOW_OR_FROM_NOW = /(?<![\p{L}])(?:fremover|fremadrettet|fra\s+nu\s+af|herefter|hidtil|indtil\s+nu|nuværende|i\s+dag|fra\s+(?:\p{L}+dag\s+)?(?:den\s+)?\d{1,2}\.\s*(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)|fra\s+(?:og\s+med\s+)?uge\s+\d{1,2}|fra\s+(?:og\s+med\s+)?næste\s+(?:uge|måned)|fra\s+i\s+morgen|fra\s+(?:og\s+med\s+)?(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december))(?![\p{L}])/iu;
const HAS_HAD = /(?<![\p{L}])(?:(?:har|havde)\s+(?:\p{L}+\s+)?(?:modtaget|fået|haft)|igangværende|eksisterende|hidtidige)(?![\p{L}])/iu;
// (Also a date with its year: "Fra 1. oktober 2026 bliver det 1 weekend om måneden".)
const NEW_AMOUNT_FROM =
  /(?<![\p{L}])(?:fra|fremover|herefter|nu)\s+(?:(?:den\s+)?[\p{L}\d.]+\s+(?:[\p{L}\d.]+\s+)?(?:\d{4}\s+)?)?bliver\s+det\s+(?:kun\s+)?(?:\d+|en|én|et|ét|to|tre|fire|fem|seks)\s+(?:gange?|dage?|weekend(?:er)?|timer?|besøg|døgn)(?![\p{L}])/iu;
// (Round 57: the amount may come after an abbreviation's point, "Fra 1. august er De der mandag, onsdag og fredag, dvs. tre dage
// om ugen".)
const FROM_TIME_AMOUNT =
  new RegExp(String.raw`(?<![\p{L}])(?:fra\s+(?:og\s+med\s+)?(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\s+)?(?:den\s+)?(?:\d{1,2}\.\s*(?:${MONTH_NAMES}|\d{1,2}\.?)|${MONTH_NAMES}|uge\s+\d{1,2}|nytår|næste\s+(?:uge|måned))(?:\s+\d{4})?|fremover|fremadrettet|herefter)\s+(?:[^.;:!?\n]|(?<=(?<![\p{L}])(?:dvs|ca|fx))\.){0,60}?(?<![\p{L}\d])(?:(?:\d+(?:,\d+)?|en|én|et|ét|to|tre|fire|fem|seks|syv)\s+(?:gange?|dage?|weekend(?:er)?|timer?|besøg|døgn|nætter)|hver\s+(?:\d{1,2}\.|anden|tredje|fjerde)\s+(?:uge|dag|måned|weekend))(?![\p{L}])`, 'iu');
/** The same or one of the two sentences before says the amount the citizen has had. */
// Round 55: also the very next sentence when it opens on the time before ("Fra 6. oktober kommer hjemmeplejen og gør rent
// hver 3. uge. Indtil nu har det været hver 2. uge", "Hidtil har du haft 4 timer"): the old amount told right after the new.
function hadAmountBefore(letter: Letter, i: number): boolean {
  for (let k = i; k >= Math.max(0, i - 2); k--) if (HAD_AMOUNT.test(letter.slice(letter.sentence(k)))) return true;
  if (i + 1 >= letter.seg.sentences.length || letter.seg.sentences[i + 1]!.heading) return false;
  const next = letter.slice(letter.sentence(i + 1));
  return NOW_HAS.test(next) && HAD_AMOUNT.test(next) && !COMPLAINT.test(next);
}
// An ending that makes room for other help: "Samtidig ophører den familiebehandling, som har
// været iværksat", "Din kontaktperson stopper – og du får en mentor i stedet". With a grant in the
// result, the existing help changes type (aendring), as a reduction would.
const HELP_ENDS = /^(?:(?:bevillingen|hjælpen|støtten|indsatsen)\s+)?(?:ophør|stop|slutte|afslutte|udløb)/iu;
// (Also new help joined to the ending one: "Din kontaktperson stopper – og du får støtte fra voksenteamet",
// "Familiebehandlingen stopper, når anbringelsen begynder"; help at home that stops when the child moves out,
// "Den støtte, I har haft derhjemme siden marts, stopper, når Ida flytter".)
const REPLACEMENT = /(?<![\p{L}])(?:i\s+stedet|samtidig|har\s+været\s+(?:iværksat|bevilget|etableret)|(?:du|I|De|han|hun)\s+har\s+haft\s+(?:\p{L}+\s+)?siden|igangværende|eksisterende|hidtidige|nuværende|når\s+(?:anbringelsen|opholdet|aflastningen|indsatsen|støtten|behandlingen|den\s+nye\s+\p{L}+)\s+(?:begynder|starter)|når\s+\p{L}+\s+flytter)(?![\p{L}])|(?:,|[–-])\s*og\s+(?:du|I|De)\s+får(?![\p{L}])/iu;
const INSTEAD_OF_AMOUNT = /(?<![\p{L}])i\s+stedet\s+for\s+(?:de\s+|den\s+|det\s+)?(?:\d+(?:[,.]\d+)?|en|et|to|tre|fire|fem|seks|syv|otte|ni|ti)(?![\p{L}\d])/iu;
// The thing set aside: "i stedet for en elkørestol" (a noun, not "i stedet for på de tunge opgaver").
const INSTEAD_OF_THING = /(?<![\p{L}])i\s+stedet\s+for\s+(?:en|et|den|det|de)\s+(\p{L}{4,})/iu;
/** What the grant replaces was applied for, or is refused, elsewhere in the letter ("Derfor kan vi ikke bevilge en elkørestol"). */
function insteadOfApplied(letter: Letter, i: number, sText: string): boolean {
  const m = INSTEAD_OF_THING.exec(sText);
  if (!m) return false;
  const thing = m[1]!.toLowerCase();
  for (let k = 0; k < letter.seg.sentences.length; k++) {
    if (k === i) continue;
    const t = letter.slice(letter.sentence(k));
    if (COMPLAINT.test(t) || !t.toLowerCase().includes(thing)) continue;
    if ((k < i && APPLIED.test(t)) || matchesIn(letter, letter.compiled.cues.afslag, letter.sentence(k)).length > 0) return true;
  }
  return false;
}
// An extension asked for ("I har bedt om, at den bliver forlænget", "søgt om forlængelse").
const EXTENSION_ASKED = /(?<![\p{L}])(?:søgt|søgte|ansøgt|ansøgning\p{L}*|bedt|bad|anmodet|anmodning\p{L}*|ønsket|ønskede|spurgt|spurgte)\s[^!?\n]{0,80}?forlæng/iu;
/** The sentence or the next one asks for the help to be extended (outside the complaint guidance). */
function extensionAsked(letter: Letter, i: number): boolean {
  for (let k = i; k <= i + 1 && k < letter.seg.sentences.length; k++) {
    const t = letter.slice(letter.sentence(k));
    if (EXTENSION_ASKED.test(t) && !COMPLAINT.test(t)) return true;
  }
  return false;
}
/** A wish told before sentence `i` (outside the complaint guidance), as an application would be. */
function wishedBefore(letter: Letter, i: number): boolean {
  for (let k = 0; k < i; k++) {
    const t = letter.slice(letter.sentence(k));
    if (WISHED.test(t) && !COMPLAINT.test(t)) return true;
  }
  return false;
}
/** An application is mentioned before sentence `i` (outside the complaint guidance). */
function appliedBefore(letter: Letter, i: number): boolean {
  return firstApplication(letter) < i;
}
// The first sentence that mentions an application, worked out once per letter: several checks ask whether one came
// before the sentence they look at, and asking each time read the letter from the top again.
const firstApplicationCache = new WeakMap<Letter, number>();
function firstApplication(letter: Letter): number {
  let first = firstApplicationCache.get(letter);
  if (first === undefined) {
    const n = letter.seg.sentences.length;
    first = n;
    for (let k = 0; k < n; k++) {
      const t = letter.slice(letter.sentence(k));
      if (APPLIED.test(t) && !COMPLAINT.test(t)) {
        first = k;
        break;
      }
    }
    firstApplicationCache.set(letter, first);
  }
  return first;
}
// (Round 63: the refusal idiom "det bliver ikke til, at …" / "… til noget med …"; see sentenceFlags.)
const NOT_COMING_ABOUT = /^(?:men\s+|og\s+|så\s+)?det\s+bliver\s+(?:dog\s+|desværre\s+|derfor\s+)?ikke\s+til\s*(?:,\s*at|noget(?:\s+med)?|med)(?![\p{L}])/iu;
// More help asked for ("Du har bedt om, at din ordning udvides", "søgt om flere timer").
// (Also "søgt om at få støtten sat op fra 4 til 8 timer".)
// (Round 63: also the help raised to a level, "søgt om at få tilskuddet hævet til 40 timer": only "hæve" up to a level or
// by an amount, so a sum drawn from an account, "hæve pengene", is no increase.)
const MORE_WORD = /(?<![\p{L}])(?:udvid\p{L}*|øge[ st]?|øget|forøge\p{L}*|forhøj\p{L}*|flere|mere|ekstra|sat\s+op|sætte\s+op|hæve[rst]?\s+(?:til|med|fra))(?![\p{L}])/iu;
// Round 39: more help asked for as a question ("Du spurgte, om hjemmeplejen også kunne komme om aftenen").
const ASKED_ALSO = /(?<![\p{L}])(?:spurgt|spurgte|spørger)\s*,?\s+(?:\p{L}+,?\s+){0,3}?om\s+[^.?!\n]{0,60}?(?<![\p{L}])(?:også|flere|mere|ekstra)(?![\p{L}])/iu;
// Round 65: also more help wished for by the reader, as a mail tells it ("du skrev, at du gerne vil have mere hjælp", "I vil
// gerne have flere timer"), not the municipality's own wish ("Vi vil gerne have flere oplysninger").
const WISHED_BY_READER = /(?<![\p{L}])(?:[Dd]u|I|De)\s+(?:(?:\p{L}+\s+){0,2}?gerne\s+vil(?:le)?\s+have|vil(?:le)?\s+(?:\p{L}+\s+)?gerne\s+have)(?![\p{L}])/u;
/** The same or an earlier sentence (outside the complaint guidance) applies for more help. */
function increaseAppliedFor(letter: Letter, i: number): boolean {
  for (let k = 0; k <= i; k++) {
    const t = letter.slice(letter.sentence(k));
    if ((((APPLIED.test(t) || WISHED_BY_READER.test(t)) && MORE_WORD.test(t)) || ASKED_ALSO.test(t)) && !COMPLAINT.test(t)) return true;
  }
  return false;
}
// Round 73 (A2): the citizen asked for the change itself, another time or provider ("I har bedt om at få flyttet støtten til
// eftermiddagen", "Du vil gerne skifte til Plejeselskabet Omsorg"): per the guide the answer is typed as for any application.
const CHANGE_ASKED =
  /(?<![\p{L}])(?:bedt|bad|søgt|søgte|ansøgt|anmodet|ønsker|ønsket|ønskede|spurgt|spurgte|vil(?:le)?\s+gerne|gerne\s+vil(?:le)?)\s[^.!?\n]{0,60}?(?<![\p{L}])(?:flytte\p{L}*|skifte\p{L}*|ændre\p{L}*|rykke\p{L}*|bytte\p{L}*|lave\s+\p{L}+\s+om|lavet\s+om|andet\s+tidspunkt|anden\s+leverandør|ny\s+leverandør)(?![\p{L}])/iu;
/** The same or an earlier sentence (outside the complaint guidance) asks for the help to be moved, swapped or changed. */
function changeAskedFor(letter: Letter, i: number): boolean {
  for (let k = 0; k <= i; k++) {
    const t = letter.slice(letter.sentence(k));
    if (CHANGE_ASKED.test(t) && !COMPLAINT.test(t)) return true;
  }
  return false;
}
// Round 73 (A2): a plain yes right after the ask ("Det er i orden.", "Det er helt fint.").
const SPLIT_DOWN = /(?<![\p{L}])(?:sætter|skærer|sætte|skære)\s+(?:vi|kommunen|jeg)\s+(?:(?:din|dit|dine|jeres|Deres|hans|hendes)\s+)?(?:[\p{L}-]+\s+){1,2}?ned(?![\p{L}])/iu;
const HELP_MOVED_PASSIVE = /(?<![\p{L}])(?:bliver|er\s+blevet)\s+(?:din|dit|dine|jeres|Deres)\s+(?:[\p{L}-]+\s+){1,5}?flyttet\s+(?:fra|til)(?![\p{L}])|(?<![\p{L}])(?:din|dit|dine|jeres|Deres)\s+(?:[\p{L}-]+\s+){1,5}?(?:bliver|er\s+blevet)\s+flyttet\s+(?:fra|til)(?![\p{L}])/u;
const GOES_ON_WORD = /(?<![\p{L}])(?:fortsat|stadig|som\s+hidtil|uændret)(?![\p{L}])/iu;
const OK_ANSWER = /^(?:(?:ja|jo|og|så),?\s+)?det\s+er\s+(?:helt\s+|selvfølgelig\s+|også\s+)?(?:i\s+orden|fint|ok|okay)\s*[.!]?$/iu;
/** A grant (or a plain "Det er i orden") after the citizen asked for more help or for the change itself. */
function saysYesToOwnAsk(letter: Letter, i: number, sText: string, f: Readonly<Flags>): boolean {
  if (!appliedBefore(letter, i) && !changeAskedFor(letter, i - 1) && !wishedBefore(letter, i)) return false;
  // (Not the help said to go on, "Du får fortsat 1 bad om ugen": nothing new is granted.)
  if (f.bevilling) return !f.afslag && !f.aendring && !f.delvis && !f.aim && !f.continues && !GOES_ON_WORD.test(sText);
  return !any(f) && OK_ANSWER.test(sText.trim());
}
const THAN_APPLIED = /(?<![\p{L}])end\s+(?:du|I|De|han|hun|I\s+har)\s+(?:har\s+|havde\s+)?(?:søgt|søgte|ansøgt|ansøgte|bedt|bad|ønsket|ønskede)(?![\p{L}])/iu;
// (Round 40: also the citizen's own help said to be adjusted, "Vi har nu tilpasset Deres helhedspleje", "Din ordning er
// derfor tilpasset"; not an aid fitted, "Kørestolen er tilpasset dine mål".)
// A letter that says it has looked at existing help again ("Vi har revurderet din hjælp",
// "Afgørelse efter revisitation") changes that help; a grant in it is the new level.
// (Round 57: not a form's title that names its kinds with a slash, "Afgørelse / revisitation", over an application answered
// item by item: the form, not a revisit said of this help.)
const REVISIT = /(?<![\p{L}])(?:(?:har|er|blevet)\s+(?:\p{L}+\s+){0,3}?(?:revurderet|revisiteret)|(?<!(?:næste|kommende|ny|fornyet|planlagt|senere)\s+|\/\s*)revisitation(?:en)?(?!\s*:|\s+(?:om|efter|i|hvert|senest|næste|igen))|ved\s+revurderingen|efter\s+revurdering(?:en)?|ny\s+vurdering\s+af\s+(?:din|jeres|Deres)\s+(?:hjælp|støtte|bevilling)|(?:har|er|blevet)\s+(?:\p{L}+\s+){0,3}?(?:tilpasset|justeret)\s+(?:din|dit|dine|jeres|Deres)\s+(?:[\p{L}-]+\s+)?(?:hjælp|helhedspleje|pleje|støtte|bostøtte|ordning|bevilling|indsats|hjemmehjælp|aflastning)|(?:din|dit|dine|jeres|Deres)\s+(?:[\p{L}-]+\s+)?(?:hjælp|helhedspleje|pleje|støtte|bostøtte|ordning|bevilling|indsats|hjemmehjælp|aflastning)\s+er\s+(?:\p{L}+\s+){0,2}?(?:tilpasset|justeret))(?![\p{L}])/iu;
// Every REVISIT match holds one of these words (same flags, so the same case folding): a cheap
// first test, as REVISIT's look-behind and many alternatives are tried at every character.
const REVISIT_WORD = /rev|vurdering|tilpasset|justeret/iu;
// "Vi kan tilbyde dig …" is an offer, "Vi kan bevilge …" a decision.
const OFFER = /^tilbyd/iu;
// Also the polite offer: "Vi vil i stedet gerne tilbyde dig en plads på forældrekurset".
const CAN = /(?<![\p{L}])(?:kan|vil\s+(?:\p{L}+\s+){0,2}?gerne|gerne\s+vil)(?![\p{L}])/iu;
// An aendring cue that only dates the end of a grant, not a change of existing help.
const END_OF_GRANT = /^(?:(?:bevillingen|hjælpen|støtten|indsatsen)\s+)?(?:ophør\p{L}*\s+(?:den|pr\.?|efter|automatisk)|udløb\p{L}*|slutter|afsluttes|afslutte\p{L}*|ikke\s+længere|ændres|ændrer|indstille\p{L}*|stop\p{L}*)/iu;
// An aendring cue that raises the help ("udvides", "øges").
// (Round 55: also "hæver vi", "hæves": a benefit raised, as the pack's aendring cues now read it.)
// (Round 57: also "besluttet at øge", "besluttet at udvide".)
// (Round 65: also "sættes op", which the pack's aendring cues read as a raise: "Din støtte sættes op fra 2 til 4 timer".)
// (Round 71: also "opjusteres", the pack's raise beside "nedjusteres": "Din hjælp opjusteres fra 26. januar".)
const INCREASE = /^(?:øges|forøges|forhøjes|forhøjer\s+vi|øger\s+vi|udvides|udvider\s+vi|hæver\s+vi|vi\s+hæver|hæves|hæver\s+kommunen|kommunen\s+hæver|sættes\s+op|opjuster\p{L}*|besluttet\s+at\s+(?:øge|forhøje|udvide)|(?:udvidet|øget|forhøjet)\s+(?:din|dit|jeres|Deres))$/iu;
// A cue in a result statement that is clearly a reduction of existing help.
// (Round 69: also help stepped down, "aflastningen trappes ned", "Nedtrapningen sker, fordi …".)
const REDUCTION = /^(?:nedsæt\p{L}*|reduc\p{L}*|reduktion\p{L}*|frakend\p{L}*|bortfald\p{L}*|tilbagekald\p{L}*|trækker\s+tilbage|mindre\s+hjælp|færre\s+timer|nedtrap\p{L}*|trappe[sr]?\s+ned|(?:vi|kommunen)\s+trapper|trapper\s+(?:vi|kommunen))/iu;
// A grant to a named person ("Ella får aflastning 1 weekend om måneden", "Frank får
// boligindretning"). Case-sensitive, so it lives here and not in the pack (pack patterns run
// with the i flag): "Derfor får du" and "Hjemmeplejen får besked" are left out.
// (Round 71: also the family or child named by the reader's possessive, "Jeres familie får familiebehandling", "Din søn får aflastning".)
const NAMED_GETS = /(?:(?<![\p{L}])\p{Lu}\p{Ll}+|(?<![\p{L}])(?:[Jj]eres|[Dd]in|[Dd]it|[Dd]ine|Deres)\s+(?:familie|søn|datter|barn|børn|dreng|pige))\s+får(?=\s)(?!\s+(?:du|I|De|vi|han|hun|det|der|man|ikke|besked|brev|svar|kopi)(?![\p{L}]))/gu;
const RECEIVES_REFUSAL = /^\s+(?:\p{L}+\s+){0,2}?(?:afslag|nej|et\s+afslag)(?![\p{L}])/iu;
// Receiving the letter itself, as deadlines count it ("Skriv til os inden 4 uger fra I har
// fået denne mail", "efter at du har modtaget brevet"): no grant.
// Also a letter still to come ("som du får i et særskilt brev", "du får en ny afgørelse").
// (Round 39: and the spoken demonstrative, "efter du har fået det her brev".)
// (Round 47: and several decisions in one letter, "Du får her begge afgørelser", "I får hermed to afgørelser".)
// (Round 59: also after a linking adverb, "Du får derfor to afgørelser i dette brev", "I får altså et svar på begge dele".)
// (Round 71: also the answer said to come late, "derfor får du først svar nu".)
const RECEIVES_LETTER =
  /^\s+(?:(?:derfor|dermed|således|altså|også|først)\s+)?(?:(?:her|hermed|nu)\s+)?(?:(?:det|den)\s+her\s+(?:brev|mail|e-mail|afgørelse|svar|besked)|denne|dette|brevet|afgørelsen|mailen|e-mailen|svaret|svar|besked|beskeden|meddelelsen|(?:min|vores|kommunens|udvalgets)\s+(?:\p{L}+\s+)?(?:afgørelse|svar|brev|mail)|(?:(?:i|med|som)\s+)?(?:et|en)\s+(?:\p{L}+\s+)?(?:brev|afgørelse|mail|e-mail|besked|svar|kopi)|kopi(?:en)?|(?:begge|alle|de\s+(?:to|tre)|to|tre)\s+(?:\p{L}+\s+)?(?:afgørelser|breve|svar)|på\s+skrift|skriftligt(?=\s*(?:,|$)|\s+(?:hvad|at|hvordan)(?![\p{L}])))(?![\p{L}])/iu;
// (Round 60: also after a connective that ties the grant to the facts just told, "Du kan derfor godt få en badestol",
// "Du kan altså få …"; "Du kan derfor ikke få" stays out, the verb must follow.)
const CAN_GET = /(?<![\p{L}])(?:du|I|De)\s+kan\s+(?:(?:derfor|dermed|altså|således)\s+)?(?:godt\s+|nu\s+|fremover\s+|fortsat\s+)?(?:få|blive\s+boende)(?![\p{L}])(?!\s+(?:aktindsigt|hjælp\s+(?:hos|fra|af)|rådgivning|vejledning|svar|besked|mere\s+at\s+vide))/iu;
// A stay told as what will happen, with its amount ("Fra marts skal Noah være hos aflastningsfamilien
// Dam 1 weekend om måneden", "Oskar skal i aflastning hos Birgit og Ove 1 weekend om måneden").
const WILL_STAY_AMOUNT =
  /(?<![\p{L}])(?:skal\s+(?:du|I|De|barnet|hun|han|\p{Lu}\p{Ll}+)|(?:du|I|De|barnet|hun|han|\p{Lu}\p{Ll}+)\s+skal)\s+(?:fortsat\s+|nu\s+|fremover\s+|(?:fra|i|om|efter)\s+[\p{L}\d.]+\s+)?(?:(?:være|komme|bo|sove)\s+(?:hos|i|på)|i\s+(?:aflastning|døgnaflastning|dagtilbud|dagcenter|daghjem))(?![\p{L}])/u;
// Asked whether ("hvor du spørger, om du kan få 2 timer mere"): the question, not a grant.
// (Also whether one can come or stay: "I har spurgt, om Kristoffer kan komme i aflastning …".)
// Round 44: the help offered in the municipality's voice with its amount ("Vi kan hjælpe dig i bad to gange om ugen"),
// said before the part refused ("Den tredje gang kan vi ikke give dig"), is the granted part, as "Du kan få …" is.
// (Round 69: also without the object, "Vi kan hjælpe med rengøring – dog hver 3. uge".)
const WE_CAN_HELP = /(?<![\p{L}])(?:vi|kommunen|jeg)\s+kan\s+(?:godt\s+|gerne\s+)?hjælpe\s+(?:(?:dig|jer|Dem|hende|ham|\p{Lu}\p{Ll}+)\s+)?(?:med|i|til)(?![\p{L}])/iu;
const WHETHER_CAN_GET = /(?<![\p{L}])om\s+(?:du|I|De|han|hun|barnet|\p{Lu}\p{Ll}+)\s+kan\s+(?:godt\s+)?(?:få|komme|begynde|blive)(?![\p{L}])/u;
// Round 73b: what something is needed for, not what the citizen gets ("En trappelift er ikke nødvendig, for at De kan blive
// boende"): the "kan" after "for at" is the aim of a need, cut off before reading a plain-language grant.
const FOR_THAT_CAN = /(?<![\p{L}])for\s+at\s+(?:du|I|De|han|hun|barnet|\p{Lu}\p{Ll}+)\s+(?:kan|skal)(?![\p{L}])/u;
const beforeAimOfNeed = (sText: string) => {
  const m = FOR_THAT_CAN.exec(sText);
  return m ? sText.slice(0, m.index) : sText;
};
// "Du kan få den manuelle kørestol, og den bliver leveret i næste uge": an aid on its way is granted.
const DELIVERED = /(?<![\p{L}])(?:bliver|vil\s+blive)\s+(?:\p{L}+\s+)?(?:leveret|bragt\s+ud|kørt\s+ud|sat\s+op|monteret|installeret)(?![\p{L}])/iu;
// "Du kan blive boende på Engly som efterværn frem til sommerferien": a stay granted, amount or not.
// The amount it becomes, said before the rest is refused ("Du søgte om, at en familiekonsulent kommer
// hjem til dig to gange om ugen. Det bliver et fast ugentligt besøg … Et besøg mere om ugen kan vi
// ikke bevilge."): the granted part.
const IT_BECOMES_AMOUNT =
  /^(?:men\s+)?det\s+bliver\s+(?:en|et|én|ét|\d+|to|tre|fire|fem)\s+(?:\p{L}+\s+){0,3}?(?:besøg|time|timer|gang|gange|weekend|weekender|dag|dage|døgn|hovedret\p{L}*|nat|nætter)(?![\p{L}])/iu;
// The asked amount named and refused after the granted one: "ikke de 4 dage, du skrev om", "ikke tre, som I søgte om".
const AMOUNT_NOT_ASKED =
  /(?<![\p{L}])ikke\s+(?:de\s+|den\s+|det\s+)?(?:\d+|en|et|to|tre|fire|fem|seks|syv|otte)(?![\p{L}\d])[^,.;\n]{0,30},\s*(?:som\s+)?(?:du|I|De)\s+(?:har\s+|havde\s+)?(?:bad|bedt|søgte|søgt|ansøgte|ansøgt|ønskede|ønsket|skrev|skrevet|spurgte|spurgt)\s+(?:\p{L}+\s+)?om(?![\p{L}])/u;
const CAN_STAY = /(?<![\p{L}])(?:du|I|De|barnet|hun|han|\p{Lu}\p{Ll}+)\s+kan\s+(?:godt\s+|fortsat\s+)?blive\s+boende(?![\p{L}])/u;
// (A dash between clauses too: "de dage, hvor du ikke er på holdet – vi giver dig et program med hjem".)
const CLAUSE_BREAK = /[,;:–—]|\s-\s|(?<![\p{L}])(?:men|og|eller)(?![\p{L}])/giu;
const CLAUSE_END = /[,;:–—]|\s-\s|(?<![\p{L}])(?:men|og|eller|fordi|da)(?![\p{L}])/iu;
const OTHER_BODY_AFTER = /^\s+(?:heller\s+)?af\s+(?:regionen|region\s+\p{L}+|sygehuset|hospitalet|sundhedsvæsenet|udbetaling\s+danmark|staten|jobcentret|skolen|sygesikringen|din\s+læge|lægen)(?![\p{L}])/iu;
// (Also with a comma before the condition: "Der kan kun ydes dækning, når merudgiften udgør …".)
const ONLY_BY_RULE_AFTER = /^\s+(?:[\p{L}-]+,?\s+){0,2}?(?:ud\s+fra|når|hvis|til\s+personer|efter\s+reglerne)(?![\p{L}])/iu;
/** "kun bevilge … ud fra dit behov", "kan kun give … når …": the grant is the rule's, not this decision's. */
const onlyByRule = (letter: Letter, s: Span, m: Span) => ONLY_BY_RULE_AFTER.test(letter.text.slice(m.end, Math.min(s.end, m.end + 50)));
const EXISTING_BEFORE = /(?<![\p{L}])(?<!fra\s)(?:i\s+dag|i\s+forvejen|allerede)\s+$/iu;
const WHETHER_BEFORE = /(?<![\p{L}])om\s+(?:[\p{L}-]+\s+){1,5}$/iu;
const WHETHER_MODAL_BEFORE =
  /(?:,|(?<![\p{L}])og)\s+om\s+(?!(?:morgen|formiddag|middag|eftermiddag|aften|nat|dag|ugen|måned|året|weekend|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|sommer|vinter|foråret|efteråret)\p{L}*(?![\p{L}]))(?:[\p{L}-]+\s+){1,3}?(?:skal|kan|bør|vil|kunne|skulle)\s+(?:[\p{L}-]+\s+)?$/iu;
// (Round 68: "om" and a pronoun subject right before a grant cue: "…, eller om du er berettiget til …".)
const WHETHER_SUBJECT_BEFORE = /(?<![\p{L}])om\s+(?:du|I|De|han|hun|barnet)\s+$/u;
const GRANT_NOUN = /^tildeling(?:en|er|erne)?$/iu;
const APPROVED_CUE = /^(?:godkend\p{L}*|vedt\p{L}*|bevilget)$/iu;
const RULES_APPROVED_BEFORE = /(?<![\p{L}])(?:retningslinje\p{L}*|kvalitetsstandard\p{L}*|serviceniveau\p{L}*|servicedeklaration\p{L}*|regler(?:ne)?|regelsæt\p{L}*|politik(?:ken)?|principper(?:ne)?|kriterier(?:ne)?|takst(?:en|erne)?)(?![\p{L}])[^.;:!?\n]{0,60}?,?\s+(?:som|der)\s+(?!(?:du|I|De|han|hun|vi)\s)(?:[\p{L}-]+\s+){0,2}?(?:har|er|blev|havde)\s+(?:\p{L}+\s+)?$/iu;
// A consequence clause right before the cue ("…, så du ikke får flere rykkere"); a fronted "Så kan
// du ikke få …" has no subject between and stays a refusal.
const SO_THAT_BEFORE = /,\s*så\s+(?:at\s+)?(?:du|I|De|han|hun|barnet|vi)\s+$/u;
const PURPOSE_BEFORE = /(?<![\p{L}])for\s+at\s*(?:(?:blive|være|kunne|få)\s+){0,2}$/iu;
// (Case-sensitive "de": "De bevilges …" is the formal "you", "de bevilgede timer" the help.)
const DESCRIBED_BEFORE = /(?<![\p{L}])(?:[Dd]en|[Dd]in|[Dd]it|[Dd]ine|de|[Dd]et|[Jj]eres|Deres|[Hh]idtil|[Aa]llerede|[Tt]idligere)\s+$/u;
const PAST_GRANT_BEFORE = /(?<![\p{L}])(?:blev|fik)\s+(?:[\p{L}\d.]+\s+){0,5}?$/iu;
// "Den 27. maj 2025 gav vi dig afslag", "Du fik i 2024 afslag": the history of the case.
// "… er ikke et afslag", "der er ikke tale om et afslag": the refusal word under a negation.
// Round 71: "no ground for" before a refusal verb ("ikke fundet grundlag for at afvise", "ingen grund til at afslå"): see computeFlags.
// Round 71: a view negated before its "at"-clause ("vurderer ikke, at der er grundlag for at …"); see computeFlags.
const NEGATED_VIEW_BEFORE = /(?<![\p{L}])(?:vurderer|vurderes|finder|findes|mener|skønner|skønnes)\s+(?:\p{L}+\s+)?ikke\s*,?\s+at\s[^.;:!?]{0,80}$/iu;
const NO_GROUND_TO_REFUSE_BEFORE = /(?<![\p{L}])(?:ikke|ingen)\s+(?:[\p{L}]+\s+){0,2}?(?:grundlag|grund|anledning|årsag)\s+(?:til|for)\s+at\s+$/iu;
const NOT_A_REFUSAL_BEFORE = /(?<![\p{L}])ikke\s+(?:(?:tale\s+om|nogen\s+form\s+for)\s+)?(?:et|noget|nogen)\s+$/iu;
const PAST_REFUSAL_BEFORE = /(?<![\p{L}])(?:gav|fik|blev)\s+(?:[\p{L}\d.]+\s+){0,5}?$/iu;
// A negated cue in a relative clause describes something ("kvitteringer for stomitilbehør, der
// ikke dækkes af regionen").
// (Round 39: not the existential "der" of a main clause after "og"/"men": "…, og der gives ikke en el-kørestol".)
// (Round 40: nor after the verb of an inverted main clause: "Derfor er der ikke grundlag for et ophold".)
const RELATIVE_BEFORE = /(?:,\s*|\p{L}\s+)som\s+(?:\p{L}+\s+)?$|(?:,\s*|\p{L}(?<!(?<![\p{L}])(?:og|men|er|var|bliver|blev))\s+)der\s+(?:\p{L}+\s+)?$|\p{L},\s+(?:han|hun|de|den|det)\s+$/u;
// (And a relative clause without "som": "et pusterum, han ikke kan få hjemme".)
// "Det kan du ikke længere": what the citizen can no longer do, not help that stops.
// ("… ringer for at aftale, hvornår nødkaldet sættes op": an aid installed.)
const INSTALLED_BEFORE = /(?:(?<![\p{L}])hvornår\s+(?:\p{L}+\s+){0,2}|(?:nødkald|lift|loftlift|greb|rampe|ramper|anlæg|alarm|skinne|skinner|håndliste|gelænder|døråbner|toiletforhøjer|bruseniche)\p{L}*\s+)$/iu;
// (Round 44: also the aim told without its object, perhaps as a bullet: "• Målet er, at du kan klare økonomien selv eller
// med mindre hjælp om et halvt år" is where the help should lead, not less help decided now.)
const AIM_SENTENCE = /^(?:[-–•*·▪]\s*)?(?:formålet|målet|hensigten)\s+(?:med\s+(?!(?:dette|brevet|denne|mailen))|er\s*,?\s+at\s)/iu;
// (The clause goes on to a "siden" with a time: "siden marts 2024", "siden 1. maj", "siden sidste sommer".)
const HAD_SINCE_AFTER =
  new RegExp(String.raw`^[^,.;:!?\n]{0,100}?(?<![\p{L}])siden\s+(?:\d|(?:${MONTH_NAMES}|sommer\p{L}*|foråret|efteråret|vinteren|jul\p{L}*|påske\p{L}*|nytår|sidste|starten|begyndelsen|dengang)(?![\p{L}]))`, 'iu');
const HAS_GOT = /^(?:(?:du|I|De)\s+har\s+fået|har\s+(?:du|I|De)\s+fået)$/iu;
// (Also the keys to one's own home: "Du har fået nøglen til din egen lejlighed".)
const LIFE_AFTER = /^\s+(?:et\s+|en\s+|nyt\s+|ny\s+|sit\s+|din\s+|dit\s+)?(?:\p{L}+\s+){0,2}?(?:fritidsjob|job|arbejde|studiejob|lejlighed|kæreste|diagnose\p{L}*|uddannelsesplads|læreplads|praktikplads|venner|veninde|ven|barn|hund|kørekort|styr\s+på|nøglen|nøglerne)(?![\p{L}])/iu;
// "du har fået en robotstøvsuger af dine børn": a gift from someone close, not a grant.
// Round 57: what the citizen has got back ("det, du har fået tilbage", "du har fået kræfterne tilbage"): strength or skill
// regained, told as a fact or a fear of losing it, not help granted.
const REGAINED_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?tilbage(?![\p{L}])/iu;
const GIFT_AFTER = /^[^,.;\n]{0,40}?\saf\s+(?:din|dine|dit|jeres|Deres|sin|sine)\s+(?:børn|barn|søn|sønner|datter|døtre|familie|mand|kone|ægtefælle|bror|søster|forældre|naboer|nabo|venner|ven)(?![\p{L}])/iu;
// Round 66: what the citizen has got moved over to a service ("du har fået alle faste regninger over på Betalingsservice",
// "har fået posten over i e-Boks"): a task the citizen has done, told as progress, not help granted.
const MOVED_OVER_AFTER = /^\s+(?:[\p{L}-]+\s+){1,4}?over\s+(?:på|i)\s+\p{Lu}/u;
const MET_BY_AFTER = /^\s+(?:ved|gennem)\s/iu;
const DECIDED = /^(?:besluttet|truffet\s+afgørelse)/iu;
const PART_OF = /^en\s+del\s+af/iu;
// ("… bevilges som en del af helhedspleje", "Rengøringen er en del af den helhedspleje, kommunen giver".)
const AS_BEFORE = /(?<![\p{L}])(?:som|er|bliver|indgår\s+som)\s+$/iu;
const INSTALLED_AFTER = /^\s+(?:af|hos|i\s+(?:dit|din|jeres|Deres)|på\s+(?:væggen|badeværelset|toilettet))(?![\p{L}])/iu;
// (Also an old aid no longer good enough, the reason for a new one: "Din gamle manuelle stol er ikke længere nok".)
const NO_LONGER_FEASIBLE = /^ikke\s+længere\s+(?:lade\s+sig\s+gøre|(?:er\s+|være\s+)?(?:muligt|forsvarligt|trygt|sikkert|realistisk|nok|tilstrækkelig\p{L}*|egnet|god\s+nok)(?![\p{L}]))/iu;
// "om støtten skal fortsætte, ændres eller kan …": the whether-clause and its list of outcomes (a comma or "eller" after an
// outcome) up to the cue.
const WHETHER_OUTCOMES_BEFORE = /(?<![\p{L}])om\s+(?:[\p{L}-]+\s+){1,3}?(?:skal|kan|bør|vil|kunne|skulle)\s+(?:[\p{L}-]+,?\s+){0,3}?[\p{L}-]+(?:,|\s+eller)\s+(?:[\p{L}-]+\s+)?$/iu;
// "Det kan ikke fortsætte", "Sådan kan det ikke fortsætte": the situation as subject, opening the sentence or a clause.
const SITUATION_CANNOT_BEFORE = /(?:^|[,;:]\s*|(?<![\p{L}])(?:og|men)\s+)(?:(?:det|dette|sådan|situationen|tilstanden)\s+kan|sådan\s+kan\s+det)\s+(?:(?:jo|bare|altså|simpelthen)\s+)?$/iu;
const ABILITY_BEFORE = /(?<![\p{L}])(?:(?:kan|kunne|klarer|magter)\s+(?:du|hun|han|I|De|vedkommende|borgeren)|(?:du|hun|han|I|De)\s+(?:kan|kunne|klarer|magter))\s+(?:\p{L}+\s+)?$/iu;
// Round 51: a need the citizen no longer has ("det [behov] har du efter min vurdering ikke længere", "du har ikke længere
// brug for det"): the reason, told of the citizen, not the help ended. (Not "du har ikke længere ret til …", which ends it.)
const HAS_BEFORE = /(?<![\p{L}])(?:(?:har|behøver)\s+(?:du|hun|han|I|De|borgeren)\s+(?:\p{L}+\s+){0,4}?|(?:du|hun|han|I|De|borgeren)\s+(?:har|behøver)\s+)$/iu;
const NEED_GONE_AFTER = /^ikke\s+længere(?:\s*[.,;!]|\s*$|\s+(?:brug\s+for|behov\s+for)(?![\p{L}]))/iu;
// ("Du får i dag helhedspleje med 3 besøg om dagen" in a refusal of a care home.)
// (Round 57: also after a linking adverb, "Du får således fortsat rengøring hver 14. dag", "får derfor stadig".)
const GOES_ON_AFTER = /^\s+(?:(?:således|derfor|altså|dermed|hermed|også)\s+)?(?:fortsat|stadig|fortsætter|i\s+dag|allerede)(?![\p{L}])/iu;
const GOES_ON_BEFORE = /(?<![\p{L}])(?:fortsat|stadig)\s+$/iu;
const GOES_ON_INSIDE = /^(?:du|I|De|han|hun)\s+(?:fortsat|stadig)\s/iu;
// (Round 41: also the help set going with the object fronted, "Det sætter vi i gang nu".)
// (Round 62: also the cost met with the object fronted, "Det betaler kommunen", "Det dækker vi også": a finite verb after
// "det" is no described "det bevilgede".)
const FINITE_GETS = /^(?:får|sætter|betaler|dækker)(?![\p{L}])/iu;
// "Udvalget imødekommer således ikke moderens anmodning": the "ikke" after an adverb.
const AS_PLANNED = /(?<![\p{L}])som\s+(?:planlagt|aftalt|tidligere\s+(?:besluttet|aftalt|oplyst)|forventet)(?![\p{L}])/iu;
// "Du får hjælp til bad …, og den hjælp fungerer efter din egen mening fint": the help the citizen has.
const HELP_WORKS = /(?<![\p{L}])(?:den|denne|din|jeres|Deres|den\s+nuværende)\s+(?:hjælp|støtte|ordning)\s+(?:fungerer|virker|går\s+godt)(?![\p{L}])/iu;
const THAT_CLAUSE = /(?<![\p{L}])at\s/u;
// (Also "Kommunen betaler derimod ikke for en ny altan".)
const NEGATED_AFTER_ADVERB = /^\s+(?:således|derfor|dermed|desværre|altså|heller|fortsat|stadig|som\s+udgangspunkt|normalt|generelt|derimod|dog|imidlertid|til\s+gengæld)\s+ikke(?![\p{L}])/iu;
// A passive grant verb with its subject after it and then the negation ("Derfor imødekommes
// anmodningen ikke", "dækkes udgiften desværre ikke"); a comma ends the clause.
const PASSIVE_GRANT = /^\p{L}+(?:es|s)$/u;
const NEGATED_AFTER_SUBJECT = /^\s+(?:\p{L}+\s+){1,3}?ikke(?![\p{L}])/iu;
const CONTINUES = /^(?:fortsætter|videreføres|viderefører)/iu;
const PLACEMENT_STAYS = /(?<![\p{L}])(?:fortsat\s+(?:skal\s+)?være\s+anbragt|forbliver\s+anbragt|fortsat\s+skal\s+bo\s+på)(?![\p{L}])/iu;
// ("Jonas fortsætter med aflastning 1 weekend om måneden, som han har nu", "som før".)
const EXISTING_AS_BEFORE = /(?<![\p{L}])(?:nuværende|hidtidige|som\s+hidtil|uændret|som\s+nu|som\s+i\s+dag|som\s+før|som\s+(?:\p{L}+\s+){1,2}?(?:har|får|modtager|gør)\s+(?:nu|i\s+dag|allerede))(?![\p{L}])/iu;
const PARTICIPLE = /^(?:godkendt|bevilget|bevilliget|tildelt|imødekommet)$/iu;
// What was weighed, then "at": the clause after it states the facts weighed.
const REASON_CUE = /(?:lagt|lægger|lægges)\s+(?:\p{L}+\s+)?vægt\s+på|afgørende\s+(?:for\s+[^,.]{0,40}?)?(?:er|var)|været\s+afgørende|(?<![\p{L}])(?:fordi|idet|eftersom)(?![\p{L}])/iu;
// A conclusion drawn in the same sentence turns back to the decision ("…, og du får derfor …").
const CONCLUSION = /(?<![\p{L}])(?:derfor|dermed|således|hvorfor)(?![\p{L}])|,\s*og\s+(?:vi|du|I|De)\s/iu;
const MAIN_CLAUSE_AFTER_COMMA = /,\s*(?:skal|kan|har|er|vil|får|må|bliver|blev|gives|ydes|meddeles)\s/iu;
// (Round 50: also the caseworker writing as "jeg": "Jeg skriver for at bekræfte det, vi talte om: hjælpen … stopper" is
// the letter's own news, not someone's account.)
const WE_BEFORE = /(?<![\p{L}])(?:vi|kommunen|jeg)\s+(?:har\s+|havde\s+)?(?:\p{L}+\s+)?$/iu;

// Round 40: also asked as a question ("Du spurgte i oktober, om du kunne få 5 timer i stedet for de 3").
// What was asked for, then the change itself inside it ("anmodet om, at Deres hjælp øges"); also
// the application named with its date ("din ansøgning af 27. november 2025 om at blive godkendt til
// en plejebolig").
// (Round 59: also the question in the present tense, "hvor du spørger, om du kan få 25 timer i stedet for de 15".)
// (Round 57: also the wish told as a that-clause, "I ønsker, at kommunen betaler halvdelen af en ny cykel": the share in it
// is what was asked, not a part granted. The "at" is left to the rest, as after "bedt om, at".)
// (Round 73: also with an adverb after the verb, "De ønsker derfor, at kommunen dækker … 420 kr. om måneden": the
// adverb belongs to the wish, so it is not the turn to the answer.)
const ASKED_FOR =
  /(?<![\p{L}])(?:(?:ønsker|ønsket|ønskede)(?:\s+(?:derfor|også|gerne|helst|nu|stadig|fortsat))?(?=\s*,?\s+at\s)|(?:søgt|søgte|ansøgt|anmodet|anmodede|anmoder|bedt|bad|ønsker|ønsket|ønskede|ansøgning|ansøgningen|anmodning|anmodningen)\s+(?:den\s+\d{1,2}\.\s*\p{L}+\s+(?:\d{4}\s+)?|i\s+(?:\p{L}+\s+){1,2}?)?om|(?:ansøgning|anmodning)(?:en)?\s+(?:af|fra|modtaget|dateret)\s+(?:den\s+)?(?:[\d.\-/]+\s*(?:\p{L}+\.?\s+)?(?:\d{4}\s+)?)om|(?:spurgt|spurgte|spørger)(?:\s+(?:i|den|sidste)\s+[\p{L}\d.]+(?:\s+\p{L}+)?)?\s*,?\s+om|(?:gerne\s+vil(?:le)?|vil(?:le)?\s+gerne)\s+have)(?![\p{L}])/giu;
const TURN = /(?<![\p{L}])(?:men|derfor|vi\s+har|og\s+vi|har\s+vi)(?![\p{L}])/iu;

/** What follows the last "søgt om"/"anmodet om" before the match, or undefined when none. */
function afterLastAsk(letter: Letter, s: Span, m: Span): string | undefined {
  const before = letter.text.slice(s.start, m.start);
  let last: RegExpExecArray | null = null;
  ASKED_FOR.lastIndex = 0;
  for (let a = ASKED_FOR.exec(before); a; a = ASKED_FOR.exec(before)) last = a;
  return last ? before.slice(last.index + last[0].length) : undefined;
}

// Round 39: the answer after a colon, with its own subject ("Kort svar på din ansøgning om hjemmehjælp: du får to
// timer, ikke de fire, du bad om"): no longer inside the application.
const ANSWER_AFTER_COLON = /:\s*(?:[Dd]u|I|De|[Vv]i|[Jj]eg|[Kk]ommunen|[Hh]an|[Hh]un)\s+\p{L}/u;
function askedFor(letter: Letter, s: Span, m: Span): boolean {
  const rest = afterLastAsk(letter, s, m);
  // (A cue that is itself the turn is not inside the application: "Vi kan imødekomme din ansøgning om en
  // rollator, men ikke den model, du har søgt om.")
  return rest !== undefined && !TURN.test(rest) && !TURN.test(letter.slice(m)) && !ANSWER_AFTER_COLON.test(rest);
}

// Help the citizen may still apply for, in a that-clause ("Du kan søge om, at bostøtten også kommer om aftenen,
// og at du får et nummer til akuttelefonen"): each "at"-clause it joins is part of the application to make.
const TO_APPLY_THAT = /(?<![\p{L}])(?:søge|ansøge|søg)\s+(?:\p{L}+\s+){0,2}?om,?\s+at\s/iu;
function toApplyForThat(letter: Letter, s: Span, m: Span): boolean {
  const before = letter.text.slice(s.start, m.start);
  if (!before.includes('søg')) return false;
  const a = TO_APPLY_THAT.exec(before);
  if (!a) return false;
  const rest = before.slice(a.index + a[0].length);
  return !TURN.test(rest) && (!/[,;:]/u.test(rest) || /(?:,\s*|\s)og\s+at\s+(?:\p{L}+\s+)?$/iu.test(rest));
}

// "ikke A, men B" that only says what form the help takes ("Det betyder, at du ikke får en liste med minutter,
// men et samlet forløb"): the "not" is corrected by "men" and a thing, so nothing is refused — unless A is what
// was applied for ("Du får ikke elkørestolen, men en manuel kørestol" after "søgt om en elkørestol") or a count
// ("ikke 3 timer, men 2"), which stay a refusal of a part.
const CORRECTED_BY_BUT = /^\s+([^,.;:!?\n\d]{3,50}),\s*men\s+(?:en|et|én|ét)\s+\p{L}/iu;
function correctedByBut(letter: Letter, s: Span, m: Span): boolean {
  const c = CORRECTED_BY_BUT.exec(letter.text.slice(m.end, Math.min(s.end, m.end + 80)));
  if (!c || /(?<![\p{L}])(?:ikke|hver|kun|to|tre|fire|fem|seks|gange?|timer?)(?![\p{L}])/iu.test(c[1]!)) return false;
  const refused = stems(c[1]!);
  for (const sentence of letter.seg.sentences) {
    const a = APPLIED_FOR.exec(letter.slice(sentence));
    if (a) for (const st of stems(a[1]!)) if (refused.has(st)) return false;
  }
  return true;
}

/** The grant asked for in a that-clause, nothing between: "søgt om, at du bliver godkendt til …". */
// Round 39: also the second of two things asked for, joined by "og at" ("bedt om to ting: en fast voksen at tale
// med, og at kommunen betaler for et højskoleophold"), as toApplyForThat reads a list of things to apply for.
const LAW_REF_COMMAS = /§\s*\d+\s*[a-z]?(?:\s*,\s*(?:stk|nr|litra)\.?\s*\d+\s*[a-z]?)*\s*,?/giu;
const AND_THAT_END = /(?:,\s*|\s)og\s+at\s+(?:\p{L}+\s+)?$/iu;
function askedForThat(letter: Letter, s: Span, m: Span): boolean {
  let rest = afterLastAsk(letter, s, m);
  if (rest === undefined || TURN.test(rest)) return false;
  // Round 43: the commas of a law reference inside the that-clause end nothing ("bedt om, at hans kontaktperson efter
  // servicelovens § 52, stk. 3, nr. 6, fortsætter"): the clause is still what was asked.
  if (rest.includes('§')) rest = rest.replace(LAW_REF_COMMAS, ' ');
  return (/^,?\s*at\s/u.test(rest) && !/[,;:]/u.test(rest.replace(/^,/u, ''))) || AND_THAT_END.test(rest);
}

// A name called between commas ("fortalte du, Kirsten, at du ikke længere kan gå til gymnastik");
// case-sensitive, so ", og," is no name.
const VOCATIVE = /,\s*\p{Lu}\p{Ll}+(?:\s+og\s+\p{Lu}\p{Ll}+)?,/gu;
function insideReason(letter: Letter, s: Span, m: Span): boolean {
  const before = letter.text.slice(s.start, m.start).replace(VOCATIVE, ' ');
  let cue = REASON_CUE.exec(before);
  if (!cue) {
    const report = REPORT_CUE.exec(before);
    if (report && !WE_BEFORE.test(before.slice(0, report.index))) cue = report;
  }
  if (!cue) return false;
  // "Vi skriver til dig, fordi tidspunktet bliver lavet om": why the letter is sent is the news.
  if (LETTER_PURPOSE.test(before.slice(0, cue.index))) return false;
  const between = before.slice(cue.index + cue[0].length);
  // "Fordi du ikke kan stå, får du hjælp til bad": the main clause after a fronted reason; also
  // further on ("Idet kommunen har modtaget din ansøgning …, skal det herved meddeles, at …").
  if (/,\s*$/u.test(between) || MAIN_CLAUSE_AFTER_COMMA.test(between)) return false;
  // (A "derfor" inside a reported that-clause is still the report: "skriver du, at du er bange
  // for anfald, og at du derfor ikke længere tager til fodbold".)
  const main = between.replace(REPORTED_CONSEQUENCE, '');
  // (Also a conclusion inside the cue itself: "…, fordi der ikke er tale om … – den slags sko dækkes derfor ikke".)
  return !CONCLUSION.test(main) && !CONCLUSION.test(letter.slice(m)) && !CONCLUSION.test(letter.text.slice(m.end, Math.min(s.end, m.end + 15)));
}
const WE_NAMED = /(?<![\p{L}])(?:vi|kommunen|udvalget|forvaltningen)(?![\p{L}])/iu;
// (Also people named by what they are: "fordi du kender nogle af beboerne fra dit gamle arbejde".)
const SOME_PEOPLE_AFTER = /^\s+(?:de\s+andre|dem|os|jer|dine|hans|hendes|beboer\p{L}*|ansatte|personale\p{L}*|medarbejder\p{L}*|børn\p{L}*|nabo\p{L}*|kolleg\p{L}*|venne\p{L}*|veninde\p{L}*|deltager\p{L}*|brugere\p{L}*|elever\p{L}*|kammerat\p{L}*|forældre\p{L}*|familie\p{L}*)(?![\p{L}])/iu;
const CAN_GET_BEFORE_BUT = /^(?:(?:du|I|De)\s+kan|kan\s+(?:du|I|De))\s+(?:godt\s+)?få\s[^,.;:]{1,60},\s*$/iu;
const HANDLED_BEFORE = /^[^,;]{0,60}(?:(?:er|blev|har\s+været)\s+(?:behandlet|modtaget|vurderet|undersøgt)|(?:vi|jeg)\s+har\s+(?:nu\s+)?(?:behandlet|modtaget|vurderet|set\s+på|læst)\s[^,;]{0,60}),\s*$/iu;
const TO_APPLY_AFTER = /^\s+(?:at\s+)?(?:indgive|søge|ansøge|genansøge|klage|sende\s+en\s+ny)(?![\p{L}])/iu;
const ACCEPT_NEXT = /(?<![\p{L}])(?:tage\s+imod|takke\s+ja\s+til|sige\s+ja\s+til)\s+(?:tilbuddet|det|forløbet|den|støtten)(?![\p{L}])/iu;
const ACCEPT_OFFER = /(?<![\p{L}])(?:sige\s+ja\s+(?:eller\s+nej\s+)?til|takke\s+ja\s+til|tage\s+imod,?\s+hvis|hvis\s+(?:du|I|De)\s+(?:ønsker\s+det|vil|har\s+lyst))(?![\p{L}])/u;
// The pack's counted part left out ("De 8 timer bliver ikke en del af ordningen").
// (Round 56: the health or function word after "delvis"/"delvist", see the delvis loop in computeFlags.)
const OTHER_PAYER_AFTER =
  /^\s+(?:\p{L}+\s+)?(?:dækket|dækkes|betalt|betales|finansieret|finansieres|refunderet|refunderes|godtgjort)\s+(?:af|via|gennem)\s+(?:[\p{L}-]+\s+){0,3}?(?:sygesikring\p{L}*|regionen|region\s+\p{L}+|sygehuset|hospitalet|staten|udbetaling\s+danmark|forsikring\p{L}*|sundhed\s+danmark|fagforening\p{L}*|arbejdsgiver\p{L}*|pensionskass\p{L}*)(?![\p{L}])/iu;
const DELVIS_STATE_AFTER =
  /^\s+(?:bedring|bedret|forbedret|helbred\p{L}*|restitu\p{L}*|lam(?:met|mede|melse\p{L}*)|selvhjulp\p{L}*|førlig\p{L}*|mobil|immobil|blind\p{L}*|døv\p{L}*|sygemeld\p{L}*|raskmeld\p{L}*|arbejdsdygtig\p{L}*|uarbejdsdygtig\p{L}*|remission|genvundet|nedsat|svækket|ophelet|helet|afhængig|uafhængig)(?![\p{L}])/iu;
// "…, sådan som man gjorde før", "…, som vi gjorde tidligere": the practice before, said of no one case.
const OLD_PRACTICE = /,\s*(?:sådan\s+)?som\s+(?:man|vi|kommunen)\s+(?:gjorde|har\s+gjort|tidligere\s+gjorde)\s+(?:det\s+)?(?:før|tidligere|hidtil|indtil)(?![\p{L}])/iu;
// A verb that gives, pays or admits (active or passive), perhaps after one adverb: what a refusal cue may govern.
const GIVING_VERB_AFTER =
  /^\s+(?:\p{L}+\s+)?(?:bevilg\p{L}*|bevillig\p{L}*|give[ns]?|hjælpe[s]?|dække[s]?|betale[s]?|tilbyde[s]?|imødekom\p{L}*|få|yde[s]?|godkende[s]?|støtte[s]?|visitere[s]?|tildele[s]?|iværksætte[s]?|sætte[s]?|sende[s]?|låne[s]?|udlåne[s]?|tilbydes|anbringe[s]?|hjemgive[s]?|forlænge[s]?|fortsætte)(?![\p{L}])/iu;
const PART_LEFT_OUT = /^(?:de|den|det)\s[^.\n]*?\sikke\s+(?:en\s+del|med|taget|bevilget|dækket)(?![\p{L}])/iu;
// Round 40: the part left out named by its own noun at the head of the sentence ("Tøjvasken bliver ikke en del af
// beløbet", "Rampen ved terrassedøren bliver ikke en del af det, vi sætter i gang"): the noun before "bliver ikke".
const THING_LEFT_OUT_BEFORE = /^(\p{Lu}\p{Ll}{3,})(?:\s+(?:ved|i|på|til|fra|om)\s+(?:\p{L}+\s+){0,2}?)?\s*(?:bliver|er|kommer)\s+(?:derfor\s+|desværre\s+|dog\s+)?ikke\s+$/u;
const LEFT_OUT_OF_AFTER = /^\s+(?:ordningen|bevillingen|afgørelsen|beløbet|tilskuddet|hjælpen|støtten|det\s*,?\s+(?:vi|kommunen)\s)/iu;
/** The noun left out ("Rampen", "Tøjvasken") named before in a heading or in the application ("Dørtrin og rampe i dit hus"). */
function leftOutNamedBefore(letter: Letter, i: number, noun: string): boolean {
  const head = noun.toLowerCase().replace(/(?:erne|ene|en|et|ne|n)$/u, '');
  if (head.length < 4) return false;
  for (let k = 0; k < i; k++) {
    const s = letter.sentence(k);
    const t = letter.slice(s);
    if ((s.heading || APPLIED.test(t)) && !COMPLAINT.test(t) && t.toLowerCase().includes(head)) return true;
  }
  // Round 69: or refused by name further on ("Indkøb er ikke en del af bevillingen. … Derfor bevilger vi ikke hjælp til
  // indkøb."): the thing was at issue, so leaving it out refuses a part, as when the application names it.
  const { afslag } = letter.compiled.cues;
  for (let k = i + 1; k < letter.seg.sentences.length; k++) {
    const s = letter.sentence(k);
    const t = letter.slice(s);
    if (!s.heading && !COMPLAINT.test(t) && !CONDITION.test(t) && t.toLowerCase().includes(head) && matchesIn(letter, afslag, s).length > 0) return true;
  }
  return false;
}
const COUNT_NOT_GRANTED = /^ikke\s+(?:\d|(?:to|tre|fire|fem|seks|syv|otte)(?![\p{L}])|hver\s)/iu;
// "Du fylder 18 den 2. januar, og din anbringelse slutter derfor": an end the age brings, not a change decided.
const OWN_LIFE_AFTER = /^ændre\s+(?:din|dit|dine|jeres|Deres|sin|sit|sine|hans|hendes)\s+(?:situation|livssituation|liv|tilværelse|adfærd|vaner|hverdag|kost|misbrug|forbrug)(?![\p{L}])/iu;
// (Also in the past: "Du blev 18 år den 2. august, og din anbringelse … er derfor ophørt".)
// Round 59: also the birthday said as a noun, and coming of age in a word ("Nu er det snart din 18-års fødselsdag, og det
// betyder, at den støtte, du har haft som barn, stopper", "når du bliver myndig").
const AGE_REACHED = /(?<![\p{L}])(?:(?:fylder|fyldte|er\s+fyldt|bliver|blev)\s+(?:18|23)(?![\d])|(?:18|23)\s*-?\s*års\s*-?\s*(?:fødselsdag|dag)|(?:18|23)-årsdag|(?:bliver|blev|er\s+blevet)\s+myndig(?![\p{L}]))/iu;
const CAUSE_BEFORE = /(?<![\p{L}])(?:gør|gjorde)\s*,?\s+at\s+(?:(?:du|I|De|han|hun|barnet|\p{Lu}\p{Ll}+)\s+)?(?:\p{L}+\s+)?$/u;
const RISK_BEFORE = /(?<![\p{L}])(?:risiko(?:en)?\s+for|risikere[rs]?|frygt(?:er|en)?\s+for|bange\s+for)(?![\p{L}])/iu;
// Round 62: a sentence opened by an if-clause, up to the first words of the main clause after its comma.
const FRONTED_IF_BEFORE = /^(?:hvis|såfremt)\s[^,.;:!?\n]{3,120},\s*(?:så\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
const FRONTED_REASON = /^(?:da|fordi|idet|eftersom|siden)\s/iu;
/** Where a fronted reason clause ends ("Da …, bevilges …"): the offset of its comma, or 0. */
function frontedReasonEnd(sText: string, start: number): number {
  if (!FRONTED_REASON.test(sText)) return 0;
  const comma = sText.indexOf(',');
  return comma > 0 ? start + comma : 0;
}
const REPORTED_CONSEQUENCE = /(?<![\p{L}])at\s+\p{L}+\s+(?:derfor|dermed)(?![\p{L}])/giu;

function lastClauseStart(text: string): number {
  let at = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) at = m.index + m[0].length;
  return at;
}

/** The clause around a match: back to the last clause break, on to the next. */
function clauseAround(letter: Letter, s: Span, m: Span): { before: string; after: string } {
  const from = Math.max(s.start, m.start - 60);
  let back = letter.text.slice(from, m.start);
  if (from > s.start && /[\p{L}\p{N}]/u.test(letter.text[from - 1] ?? '')) back = back.replace(/^[\p{L}\p{N}]+/u, '');
  const before = back.slice(lastClauseStart(back));
  const end = Math.min(s.end, m.end + 60);
  let ahead = letter.text.slice(m.end, end);
  // (A window cut inside a word would leave its start as a word of its own: "kontaktperson" as "kontakt".)
  if (end < s.end && /[\p{L}\p{N}]/u.test(letter.text[end] ?? '')) ahead = ahead.replace(/[\p{L}\p{N}]+$/u, '');
  const cut = CLAUSE_END.exec(ahead);
  return { before, after: cut ? ahead.slice(0, cut.index) : ahead };
}

const MONTHS = /^(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)/iu;
// "fra 1.400 til 900 kr.", "fra 2 til 1 session", "fra 3 timer til 2 timer".
// (Round 41: also in words with the unit told, "fra fem til to timer om ugen", "fra tre besøg til ét".)
const FROM_TO = /(?<![\p{L}])fra\s+(\d[\d.,]*|én|et|ét|to|tre|fire|fem|seks|syv|otte|ni|ti|tolv)\s*((?:[\p{L}.]+\s+){0,3}?)til\s+(\d[\d.,]*|én|en|et|ét|to|tre|fire|fem|seks|syv|otte|ni|ti)(\s*\p{L}*)/giu;
const FROM_NUMBER = /fra\s+(?:\d|(?:én|et|ét|to|tre|fire|fem|seks|syv|otte|ni|ti|tolv)\s)/iu;
const COUNTED_UNIT = /^\s*(?:timer?|gange?|dage?|besøg|weekend\p{L}*|nætter|døgn|kr)/iu;

/** A "fra X til Y" in the span where Y < X and neither side is a date or a clock time. */
function hasReduction(letter: Letter, s: Span): boolean {
  // (Not inside what the help is for: "Du får dækket 7 timer om ugen, så du kan gå ned fra 37 til 30 timer".)
  const text = beforePurpose(letter.slice(s));
  if (!FROM_NUMBER.test(text)) return false;
  FROM_TO.lastIndex = 0;
  for (let m = FROM_TO.exec(text); m; m = FROM_TO.exec(text)) {
    const [, a, between, b, unitAfter] = m;
    // A count in words only with its unit beside it ("fra to til en ny leverandør" is no amount).
    if (!/^\d/u.test(a!) || !/^\d/u.test(b!)) {
      if (!(COUNTED_UNIT.test(between!) || COUNTED_UNIT.test(unitAfter!))) continue;
    }
    if (/\d\.$/.test(a!) && MONTHS.test(between!.trim())) continue;
    if (MONTHS.test(unitAfter!.trim()) || /^\s*(?:kl|år)/iu.test(unitAfter!)) continue;
    if (/kl\.?\s*$/iu.test(text.slice(0, m.index))) continue;
    const x = count(a!);
    const y = count(b!);
    if (x > y && x < 100000 && !(x > 1900 && x < 2100)) return true;
  }
  return false;
}

/** "Ella får …" inside the sentence, as spans of the whole text. */
const GAINS_FROM_AFTER = /^\s+(?:\p{L}+\s+){0,3}?(?:meget|mere|mest|noget|en\s+del|glæde|gavn|godt)\s+ud\s+af(?![\p{L}])/iu;
const AFTER_INSTRUCTION = /^\s*(?:tag|ring|kom|send|skriv|husk|giv|kontakt|mød|vis|hent|bestil|gå)\s[^.]*,\s*så\s+$/iu;
// (Round 43: also the amount one has, named by its count, "i stedet for de 2 gange, du får nu", "de tre besøg, han får i dag".)
// (Round 72: also the relative "der", the help a municipality gives described: "… ikke en del af den praktiske hjælp, der ydes i
// kommunen".)
const HELP_ONE_HAS_BEFORE = /(?<![\p{L}])(?:den|de|det)\s+(?:[\p{L}\d]+\s+)?(?:hjælp|støtte|tilbud|timer|indsats|gange?|besøg|dage|weekender|bade)\p{L}*\s*,\s*(?:som\s+|der\s+)?(?:(?:du|I|De|han|hun)\s+(?:allerede\s+|i\s+forvejen\s+)?)?$/iu;
// "Hun får i dag hjælp morgen og aften": the help she has, not this grant.
// Round 41: "får" in a phrase for a state or a need, not help received ("Du får brug for hjælp til bad", "hvis han får
// behov for mere", "du får måske svært ved trappen", "får ondt i ryggen", "får det bedre"): no grant.
// Round 62: a trouble noun heading a relative clause whose verb is "få" (see its use).
const TROUBLE_HEAD_BEFORE = /(?<![\p{L}])(?:udfordring\p{L}*|problem\p{L}*|vanskelighed\p{L}*|gener|generne|smerte\p{L}*|besvær\p{L}*|komplikation\p{L}*|bivirkning\p{L}*)(?![\p{L}])\s*,?\s+(?:(?:som|der)\s+)?(?:(?:du|I|De|han|hun|\p{Lu}\p{Ll}+)\s+)?(?:(?:måske|nok|sikkert|senere|snart)\s+)?$/u;
const GETS_STATE_AFTER =
  /^\s+(?:\p{L}+\s+){0,2}?(?:(?:brug|behov)\s+for|svært\s+ved|sværere\s+ved|ondt|lyst\s+til|det\s+(?:bedre|værre|svært|sværere|godt|nemmere|lettere|dårligt|dårligere))(?![\p{L}])/iu;
// (Round 42: also with a linking adverb first, "Oliver får altså allerede støtte fra en voksen", "du får jo i forvejen
// hjælp": still the help one has, told as a reason.)
const TODAY_OPENING_BEFORE = /^(?:[Dd]u|I|De|[Hh]an|[Hh]un|\p{Lu}\p{Ll}+)\s+(?:\p{L}+\s+)?i\s+dag\s[^.;:!?]*?,\s*og\s+(?:(?:du|I|De|han|hun)\s+)?$/u;
const ADDED_AFTER = /^\s+(?:nu|også|fremover|desuden|herefter|fra)(?![\p{L}])/iu;
const GETS_ALREADY_AFTER = /^\s+(?:(?:altså|jo|nemlig|faktisk|også|desuden)\s+)?(?:i\s+dag|allerede|i\s+forvejen)(?![\p{L}])/iu;
function namedGrants(letter: Letter, s: Span): Span[] {
  const text = letter.slice(s);
  if (!text.includes('får')) return [];
  const out: Span[] = [];
  NAMED_GETS.lastIndex = 0;
  for (let m = NAMED_GETS.exec(text); m; m = NAMED_GETS.exec(text)) {
    // "Sofie får også meget ud af sin spejdergruppe": what she gains from something, no grant.
    if (GAINS_FROM_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length });
  }
  return out;
}

interface Flags {
  bevilling: boolean;
  /** A grant cue in a clause that offers a possibility or guides (weak). */
  possibility: boolean;
  afslag: boolean;
  delvis: boolean;
  /** Only contrastive partial cues ("men ikke", "i mindre omfang"), not "delvis" itself. */
  contrast: boolean;
  aendring: boolean;
  /** The aendring cue is a reduction (not just an end date). */
  reduction: boolean;
  /** A contrastive cue that compares the result with what was applied for. */
  partOfApplied: boolean;
  /** Help the citizen has ends as the new help starts ("Samtidig ophører …", "stopper – du får … i stedet"). */
  replaces: boolean;
  /** The grant is the help going on ("Du får fortsat støtte 5 timer om ugen"), not asked for. */
  continues: boolean;
  /** Round 44: the only grant is the legal basis told of nobody ("Praktisk hjælp ydes efter servicelovens § 83"). */
  lawBasis: boolean;
  /** Round 50: the sentence states the aim of the help ("Formålet med … er, at …"): it names help, grants nothing new. */
  aim?: boolean;
}

function emptyFlags(): Flags {
  return { bevilling: false, possibility: false, afslag: false, delvis: false, contrast: false, aendring: false, reduction: false, partOfApplied: false, replaces: false, continues: false, lawBasis: false };
}

// The flags of a sentence are asked for by several passes (the result zone, the amounts, a
// later refusal); work each sentence out once per letter.
const flagsCache = new WeakMap<Letter, (Flags | undefined)[]>();
function sentenceFlags(letter: Letter, i: number): Readonly<Flags> {
  let cache = flagsCache.get(letter);
  if (!cache) flagsCache.set(letter, (cache = []));
  return (cache[i] ??= computeFlagsOutsideAim(letter, i));
}

const SEPARATE_DECISION_AFTER = /^[^;:]{0,120}?(?<![\p{L}])(?:jf\.?|se|i|ved)\s+(?:en\s+|et\s+|vores\s+|den\s+)?(?:særskilt|separat)e?\s+(?:afgørelse|brev|skrivelse)/iu;
// A rule said to nobody with the law put first ("Efter servicelovens § 100 dækker kommunen … til personer, der …").
const LAW_FRONTED = /^(?:efter|ifølge|i\s+henhold\s+til)\s+(?:\p{L}+\s+)?(?:§|loven|lovens|servicelovens|barnets\s+lovs?|ældrelovens|bestemmelsen|reglerne)/iu;
/** One of the two sentences before `i`, in its paragraph and said to nobody, is a law sentence or puts the law first. */
function ruleParagraphBefore(letter: Letter, i: number): boolean {
  const sentences = letter.seg.sentences;
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    if (sentences[k]!.block !== sentences[i]!.block || sentences[k]!.heading) return false;
    const t = letter.slice(sentences[k]!);
    if (READER.test(t)) return false;
    if (isLawSentence(letter, letter.sentence(k)) || LAW_FRONTED.test(t) || RULE_ONLY_WHEN.test(t)) return true;
  }
  return false;
}
// Round 56: a rule said to nobody by its condition, without naming the law ("Hjælp til boligindretning kan kun gives, når
// indretningen er nødvendig …", "Støtten kan kun ydes, hvis …").
const RULE_ONLY_WHEN = /(?<![\p{L}])kan\s+kun\s+(?:\p{L}+\s+)?(?:gives|ydes|bevilges|dækkes|tildeles)\s*,?\s+(?:[\p{L}-]+\s+){0,3}?(?:når|hvis|såfremt)(?![\p{L}])/iu;
// The rule's plain exclusion, the impersonal "der" first ("Der gives ikke hjælp til …", "Der ydes ikke støtte til …").
const RULE_EXCLUDES = /^der\s+(?:gives|ydes|bevilges|dækkes)\s+ikke\s/iu;
// The rule's own words for a further exclusion ("heller ikke", "som udgangspunkt ikke", "normalt ikke").
const RULE_GOES_ON = /(?<![\p{L}])(?:heller|som\s+udgangspunkt|normalt|generelt|som\s+hovedregel)\s+ikke(?![\p{L}])/iu;
// Round 41: the rule told of anyone, not of this citizen: a grant or a refusal said to nobody in the letter (no "du", "I",
// "De", "vi", "pågældende") and bound to a condition or a class of people after it ("Genoptræning kan ikke bevilges,
// hvis funktionsnedsættelsen …", "Der kan efter § 114 ydes støtte til køb af bil til personer med …", "Hjælpen gives
// ikke, medmindre man …"), or with a class of people as its subject ("Mange familier i samme situation får hjælp fra
// fonde", "man får …"). The law's own conditions quoted in a grant refuse nothing, and quoted in a refusal grant
// nothing, so they can never make a letter partial.
// (Round 43: also "når" with the rule's own conditions after it, "Der kan efter § 113 ydes støtte til forbrugsgoder, når
// betingelserne i § 112 er opfyldt", "… gives, når kravene er opfyldt": a condition of the rule, not a date of this grant.)
// (Round 64: also "når man" and the generic person after it, "Garantien gælder dog ikke, når man ønsker et bestemt sted":
// the rule's own case told of anyone; the sentence must still name no reader.)
// (Round 65: also the law's own test of need, "Der skal ydes hjælp til boligindretning, når det er nødvendigt for at …", "når
// dette skønnes nødvendigt": the rule's condition said to nobody, not this case's grant beside its refusal.)
const RULE_CONDITION_AFTER = /^[^.;:!?–—]{0,60}?(?<![\p{L}])(?:hvis|såfremt|medmindre|i\s+tilfælde\s+af|når\s+man|når\s+(?:det|dette)\s+(?:er|skønnes|vurderes\s+at\s+være)\s+(?:\p{L}+\s+)?nødvendigt|når\s+(?:\p{L}+\s+){0,3}?(?:betingelse\p{L}*|krav\p{L}*|kriteri\p{L}*|forudsætning\p{L}*)\s+(?:[^\s,.;]+\s+){0,4}?(?:er|være|bliver)\s+(?:opfyldt|til\s+stede))(?![\p{L}])/iu;
const RULE_CLASS_AFTER =
  /^[^.;:!?]{0,80}?(?<![\p{L}])(?:til\s+)?(?:personer|borgere|børn|unge|voksne|familier|ansøgere|folkepensionister|pensionister|mennesker)\s*,?\s+(?:der|som|med|over|under)(?![\p{L}])/iu;
// (Round 62: also a thing for a class of people as the subject, "Bleer til børn, der ikke kan blive renlige, skal bevilges
// efter reglerne om hjælpemidler", "Hjælp til personer med … gives efter § 83": the rule for the kind of help.)
const CLASS_SUBJECT_BEFORE =
  /^(?:(?:mange|andre|nogle|de\s+fleste|alle)\s+(?:\p{L}+\s+)?(?:familier|forældre|borgere|personer|ældre|børn|unge|pensionister|mennesker)(?![\p{L}])[^,;:]{0,40}$|(?:[^,;:]*\s)?(?:man|kan\s+man)\s+$|[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?\s+til\s+(?:personer|borgere|børn|unge|voksne|familier|ældre|mennesker)\s*,?\s+(?:der|som|med)\s[^.;:!?]{0,140}$)/iu;
// Round 62: the rule's condition fronted with the verb first, the Danish "if" without "hvis" ("Er betingelserne ikke opfyldt,
// kan der ikke gives støtte", "Opfylder ansøgeren ikke kravene, ydes der ikke hjælp"): said to nobody, the rule's own
// outcome, not this case's. (A question to the reader names the reader, and is kept out before this is asked.)
const VERB_FIRST_CONDITION_BEFORE = /^(?:er|har|opfylder|opfyldes|bliver|mangler|kan|skal|ønsker)\s+[^,;:.!?]{3,80},\s/iu;
// Round 64: the verb that names a grant as what a need or the facts would justify (see the grant loop in computeFlags).
const JUSTIFIES_BEFORE = /(?<![\p{L}])(?:begrunde[rs]?|berettige[rs]?(?:\s+til)?|retfærdiggøre[rs]?|give[rs]?\s+(?:\p{L}+\s+)?grundlag\s+for|tale[rs]?\s+for)\s+(?:en\s+|et\s+|at\s+)?$/iu;
function saidOfAnyone(letter: Letter, s: Span, m: Span): boolean {
  const after = letter.text.slice(m.end, Math.min(s.end, m.end + 120));
  const before = letter.text.slice(s.start, m.start);
  return RULE_CONDITION_AFTER.test(after) || RULE_CLASS_AFTER.test(after) || CLASS_SUBJECT_BEFORE.test(before) || VERB_FIRST_CONDITION_BEFORE.test(before);
}
// Round 50: with the law put first, a "når" or "hvis" clause after the cue is the rule's own condition ("Efter
// servicelovens § 112 ydes støtte til hjælpemidler, når hjælpemidlet i væsentlig grad kan …, eller er nødvendigt for,
// at den pågældende kan …"): the rule quoted, not this case's grant or refusal. Only the words up to the condition must
// name no reader, as the law's own "den pågældende" may come in the condition (see ruleRefusesIf).
const WHEN_AFTER = /^[^.;:!?]{0,80}?(?<![\p{L}])(?:når|hvis|såfremt)(?![\p{L}])/iu;
// Round 70: the law's power given to the municipality, "kan vi"/"vi kan", is the rule's own subject, not a reader ("Efter
// servicelovens § 113 kan vi give støtte til et forbrugsgode, hvis …"): only the modal pair is taken out before asking.
const MODAL_MUNICIPALITY = /(?<![\p{L}])(?:kan\s+(?:vi|kommunen)|(?:vi|kommunen)\s+kan)(?![\p{L}])/giu;
function lawRuleWhen(letter: Letter, s: Span, m: Span): boolean {
  if (!LAW_FRONTED.test(letter.text.slice(s.start, m.start))) return false;
  const c = WHEN_AFTER.exec(letter.text.slice(m.end, Math.min(s.end, m.end + 100)));
  return !!c && !READER.test(letter.text.slice(s.start, m.end + c[0].length).replace(MODAL_MUNICIPALITY, ' '));
}
// "Det, du får, er …", "Hvad I kan få dækket, er …", "Det vi bevilger, bliver …": the subject clause up to the cue,
// then the rest of the clause (a participle or an object pronoun) and "er"/"bliver".
const PSEUDO_CLEFT_BEFORE = /^(?:[Dd]et|[Dd]ette|[Hh]vad)\s*,?\s+(?:som\s+)?(?:[Dd]u|I|De|[Vv]i|[Kk]ommunen|[Hh]an|[Hh]un|[Bb]arnet|\p{Lu}\p{Ll}+)\s+(?:kan\s+|skal\s+|vil\s+|har\s+)?$/u;
const PSEUDO_CLEFT_AFTER = /^(?:\s+(?:dig|jer|Dem|ham|hende|dækket|bevilget|tildelt|udbetalt|fra\s+os|hos\s+os)){0,2}\s*,?\s+(?:er|bliver)\s+(?!ikke(?![\p{L}]))/u;
function pseudoCleft(letter: Letter, s: Span, m: Span): boolean {
  const cue = letter.slice(m);
  // (The cue may carry its subject: "du får", "vi bevilger".)
  const subjectInCue = /^(?:du|I|De|vi|kommunen|han|hun)\s/iu.test(cue);
  const before = letter.text.slice(s.start, m.start);
  if (subjectInCue ? !/^(?:[Dd]et|[Dd]ette|[Hh]vad)\s*,?\s+(?:som\s+)?$/u.test(before) : !PSEUDO_CLEFT_BEFORE.test(before)) return false;
  return PSEUDO_CLEFT_AFTER.test(letter.text.slice(m.end, Math.min(s.end, m.end + 40)));
}
// Round 44: the refusal the rule gives under a condition, said of the municipality in the third person ("Kommunen giver
// afslag, hvis behovet kan dækkes med et hjælpemiddel, … for at du kan bruge boligen"): up to the condition the clause
// names no reader, so a "du" inside the condition does not make it this case's result (saidOfAnyone asks the whole
// sentence).
const REFUSES_IF_AFTER = /^[^,.;:!?]{0,30}?,?\s*(?:hvis|såfremt|medmindre|i\s+tilfælde\s+af)(?![\p{L}])/iu;
function ruleRefusesIf(letter: Letter, s: Span, m: Span): boolean {
  const c = REFUSES_IF_AFTER.exec(letter.text.slice(m.end, Math.min(s.end, m.end + 50)));
  return !!c && !READER.test(letter.text.slice(s.start, m.end + c[0].length));
}
// The law a grant is given under, the passive grant word with the law right after it ("ydes efter servicelovens § 83",
// "er givet efter barnets lov § 32", "bevilges i henhold til § 100"), no one named as giving it before (not "Kommunen
// har i stedet bevilget bostøtte efter § 85", which grants).
const PASSIVE_GRANT_CUE = /^(?:(?:er|blev|bliver)\s+)?\p{L}+(?:es|s|et|t)(?:\s+(?:efter|jf\.?))?$/iu;
const AGENT_BEFORE = /(?<![\p{L}])(?:vi|kommunen|udvalget|forvaltningen|jeg)(?![\p{L}])/iu;
function lawBasisOnly(letter: Letter, s: Span, m: Span): boolean {
  const cue = letter.slice(m);
  if (!PASSIVE_GRANT_CUE.test(cue) || AGENT_BEFORE.test(letter.text.slice(s.start, m.start))) return false;
  // (Nothing between the grant word and the law: "bevilges hjælp til bad efter § 83" names what is granted.)
  const after = letter.text.slice(m.end, Math.min(s.end, m.end + 60));
  return /(?:efter|jf\.?)$/iu.test(cue) ? LAW_NAMED_AFTER.test(after) : LAW_BASIS_AFTER.test(after);
}
const LAW_BASIS_AFTER = /^\s+(?:efter|jf\.?|i\s+henhold\s+til|med\s+hjemmel\s+i)\s+(?:[\p{L}-]+\s+){0,3}?(?:§|lov\p{L}*|serviceloven|barnets\s+lov)/iu;
const LAW_NAMED_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:§|lov\p{L}*|serviceloven|barnets\s+lov)/iu;
// Round 44: "får" with the citizen's own income after it ("du får SU og betaler selv din husleje", "han får løn fra
// værkstedet", "hun får folkepension"): how the citizen lives, told among the reasons, not help granted.
const GETS_INCOME_AFTER = /^\s+(?:\p{L}+\s+)?(?:SU|løn|lønnen|pension|folkepension|efterløn|dagpenge|sygedagpenge|børnepenge|uddannelsesstøtte)(?![\p{L}])/iu;
// Round 58: "får" with another giver than the municipality's help after it ("Vi vurderer, at Emil får den støtte, han har
// brug for, gennem skolen", "hun får hjælp fra sin familie"): the need met elsewhere, a reason for a no, not help granted.
// (Only "gennem/via/fra" and a body outside the decision in the same clause: "får hjælp fra hjemmeplejen" still grants, and so
// does "Du får det, fordi … fra hospitalet".)
const GETS_ELSEWHERE_AFTER = /^(?:(?!(?<![\p{L}])(?:fordi|da|når|hvis|idet|eftersom|men|og|at|før|efter)(?![\p{L}]))[^.;:!?\n]){0,60}?(?<![\p{L}])(?:gennem|via|fra)\s+(?:(?:sin|sine|hans|hendes|din|dine|jeres|deres)\s+)?(?:skolen|skole|børnehaven|vuggestuen|dagplejen|klubben|fritidsklubben|SFO|institutionen|familie|familien|netværk|netværket|forældre|forældrene|venner|regionen|psykiatrien|sygehuset|hospitalet|egen\s+læge|lægen|læge|PPR)(?![\p{L}])/iu;
// Round 47: the rule quoted, then the conclusion drawn for this case in the same sentence ("Efter § 113 kan kommunen kun
// give tilskud til ting over 500 kr., så den kan vi ikke være med til at betale", "…, og derfor får du ikke …"): the
// clause after the turn is the decision, not the law.
const LAW_CONCLUSION = /,\s*(?:og\s+)?(?:så|derfor|hvorfor|dermed)\s+(?=(?:\p{L}+\s+){0,2}?(?:kan|får|må|vil|skal)\s+(?:vi|du|I|De|kommunen|jeg)(?![\p{L}]))/u;
// Round 47: a journal line that quotes another body ("30/07: Mail fra Jobcenter Lading Mark: Borger er visiteret til
// ressourceforløb", "Brev fra sygehuset: …"): what that body wrote or decided is the case history, not this decision.
// (Not the municipality's own unit: "Svar fra visitationen: …".)
const OTHER_SOURCE_LINE =
  /^(?:[\d/.-]+\s*:\s*)?(?:mail|e-mail|brev|besked|svar|udtalelse|notat|sms)\s+fra\s+(?!(?:kommunen|os|visitation\p{L}*|udvalget|forvaltningen|borger\p{L}*)(?![\p{L}]))[^:.\n]{1,60}:\s/iu;
// (The thing refused is named before it, "det"/"den"/"som", so the phrase points back at the refusal.)
const NOT_ASKED_FOR =
  /(?<![\p{L}])(?:(?:det|den|dem|som|hvilket)\s+(?:har|havde)\s+(?:du|I|De|han|hun|\p{Lu}\p{Ll}+)\s+(?:(?:jo|også|heller|i\s+øvrigt)\s+){0,2}ikke\s+(?:selv\s+)?(?:søgt|ansøgt|bedt|ønsket|spurgt)\s+om|(?:som|hvilket|det|den)\s+(?:du|I|De|han|hun|\p{Lu}\p{Ll}+)\s+(?:(?:jo|også|heller|i\s+øvrigt)\s+){0,2}ikke\s+(?:har|havde)\s+(?:søgt|ansøgt|bedt|ønsket|spurgt)\s+om)(?![\p{L}])/iu;
// An empty check box and the option after it, up to the next box or the end of the line.
const BOX = /\[\s*[xX✓✔]?\s*\]|[☐☒☑]/gu;
const EMPTY_BOX = /^(?:\[\s*\]|☐)$/u;
function uncheckedOptions(text: string, offset: number): Span[] {
  const out: Span[] = [];
  const boxes = [...text.matchAll(BOX)];
  for (let k = 0; k < boxes.length; k++) {
    const b = boxes[k]!;
    if (!EMPTY_BOX.test(b[0])) continue;
    const nl = text.indexOf('\n', b.index!);
    const end = Math.min(k + 1 < boxes.length ? boxes[k + 1]!.index! : text.length, nl < 0 ? text.length : nl);
    out.push({ start: offset + b.index!, end: offset + end });
  }
  return out;
}
function computeFlags(letter: Letter, i: number): Flags {
  let s = letter.sentence(i);
  const { cues } = letter.compiled;
  const flags = emptyFlags();
  if (OTHER_SOURCE_LINE.test(letter.slice(s))) return flags;
  // The law quoted or restated ("Efter bestemmelsen kan der ydes …") decides nothing, unless it ends in this case's conclusion.
  if (isLawSentence(letter, s)) {
    const turn = LAW_CONCLUSION.exec(letter.slice(s));
    if (!turn) return flags;
    s = { ...s, start: s.start + turn.index + turn[0].length };
  }
  // Asked of the whole sentence by several checks below: work each out once.
  const sText = letter.slice(s);
  // Round 55: a form's result field with check boxes ("Afgørelse: [X] Bevilget  [ ] Delvist bevilget  [ ] Afslag"): only the
  // ticked option is the result; the words after an empty box are the form's other choices, not said of this case.
  const blank = sText.includes('[ ]') || sText.includes('☐') ? uncheckedOptions(sText, s.start) : [];
  const ticked = (ms: Span[]) => (blank.length === 0 ? ms : ms.filter((m) => !blank.some((b) => m.start >= b.start && m.start < b.end)));
  // (Round 40: also asked as a question, "Du spurgte, om du kunne få 5 timer i stedet for de 3 timer, du har nu".)
  // (Round 44: also a wish told as the request, "Du skrev til os, at du gerne vil have 20 timer i stedet for de 15 timer, du
  // har i dag": the amounts in it are what was asked, not a new amount decided.)
  // (Round 59: also in the present tense, "hvor du spørger, om du kan få 25 timer i stedet for de 15": ASKED_WHETHER reads
  // "spørger", but the cheap gate only let "spurgt"/"spurgte" through.)
  const applied = APPLIED.test(sText) || ((sText.includes('spur') || sText.includes('spørg')) && ASKED_WHETHER.test(sText)) || WISHED.test(sText);
  const thanApplied = THAN_APPLIED.test(sText);
  const asPlanned = AS_PLANNED.test(sText);
  // (Worked out only when a cue is found: most sentences have none.)
  let toNobody: boolean | undefined;
  const ruleForAnyone = (m: Span) => ((toNobody ??= !READER.test(sText)) && saidOfAnyone(letter, s, m)) || lawRuleWhen(letter, s, m);
  const refusals = ticked(matchesIn(letter, cues.afslag, s));
  // Round 56: a way of granting the municipality has left, told to explain the new kind of help ("at du ikke længere får
  // bevilget enkelte ydelser hver for sig, sådan som man gjorde før 1. juli"): the old practice, so a refusal, an end or a
  // negated grant in the clause before it is not this citizen's help refused or ended.
  const practice = sText.includes('som ') ? OLD_PRACTICE.exec(sText) : null;
  const practiceAt = practice ? s.start + practice.index : -1;
  const oldPractice = (m: Span) => practiceAt >= 0 && m.start < practiceAt && m.start > practiceAt - 120;
  // Round 40: the service level's list of exclusions runs on past the law sentence it follows ("Madservice kan bevilges
  // til borgere, som … Madservice bevilges som udgangspunkt ikke, hvis … Madservice bevilges heller ikke alene af
  // hensyn til, at borgeren …"): the next rule of the same paragraph, not addressed to the reader, refuses nothing.
  // Round 49: also two sentences on, when the one between is a rule of the same paragraph to nobody ("Efter § 100
  // dækker kommunen … Der ydes ikke hjælp, hvis … Der ydes heller ikke hjælp til udgifter, som andre også har").
  // Round 56: also the rule's plain exclusion with the impersonal "der" first ("Hjælp til boligindretning kan kun gives, når
  // … Der gives ikke hjælp til almindelig vedligeholdelse, …"), said to nobody right after the rule: the rule goes on.
  if (refusals.length > 0 && (RULE_GOES_ON.test(sText) || RULE_EXCLUDES.test(sText)) && !READER.test(sText) && ruleParagraphBefore(letter, i)) return flags;
  // "Kørslen dækkes ikke af regionen, da Aksel ikke opfylder afstandskravet": another body's rule and
  // its reason, not this decision.
  const otherBody = refusals.some((m) => OTHER_BODY_AFTER.test(letter.text.slice(m.end, Math.min(s.end, m.end + 40))));
  const fronted = frontedReasonEnd(sText, s.start);
  // Round 52: help said not to be given and, in the same breath, not asked for ("så du får ikke hjælp til indkøb – det har
  // du jo heller ikke bedt om", "Du får ikke rengøring, som du heller ikke har søgt om"): nothing applied for is refused.
  const notAsked = sText.includes('ikke') && sText.includes(' om') ? NOT_ASKED_FOR.exec(sText) : null;
  const notAskedEnd = notAsked ? s.start + notAsked.index + notAsked[0].length : -1;
  for (const m of otherBody ? [] : refusals) {
    if (m.start < notAskedEnd) continue;
    const { before } = clauseAround(letter, s, m);
    // (Round 62: also the main clause after a fronted if-clause, "Hvis lægen ikke støtter det, bliver det nok et nej".)
    if (CONDITION.test(before) || INVERTED_CONDITION.test(letter.text.slice(s.start, m.start)) || FRONTED_IF_BEFORE.test(letter.text.slice(s.start, m.start))) continue;
    if (ruleForAnyone(m)) continue;
    if (ruleRefusesIf(letter, s, m)) continue;
    if (correctedByBut(letter, s, m)) continue;
    // "Du får madservice, fordi … du ikke får mad nok": a "not" inside the reason or inside what
    // someone told is no refusal.
    if (insideReason(letter, s, m)) continue;
    const justBefore = letter.text.slice(Math.max(s.start, m.start - 40), m.start);
    if (PAST_REFUSAL_BEFORE.test(before) || RELATIVE_BEFORE.test(justBefore)) continue;
    // Round 69: a refusal denied by name ("Egenbetalingen er ikke et afslag", "Der er ikke tale om et afslag"): the letter says
    // it refuses nothing.
    if (NOT_A_REFUSAL_BEFORE.test(justBefore) && /^(?:afslag|nej)/iu.test(letter.slice(m))) continue;
    // "Du betaler selv dine regninger, så du ikke får flere rykkere": what the help is to spare.
    if (SO_THAT_BEFORE.test(justBefore)) continue;
    // "Da Jens ikke får et varmt måltid og taber sig, bevilges madservice": a "not" in a fronted
    // reason clause, before the main clause after its comma (not the municipality's own "Da vi ikke
    // kan bevilge …").
    if (fronted && m.start < fronted && !WE_NAMED.test(letter.text.slice(s.start, m.start))) continue;
    // "ellers risikerer vi, at … du ikke kan blive boende hjemme": a consequence feared, not refused.
    if (RISK_BEFORE.test(letter.text.slice(s.start, m.start))) continue;
    // "Din angst gør, at du ikke får åbnet post": what the illness causes, not a refusal.
    if (CAUSE_BEFORE.test(justBefore)) continue;
    if (oldPractice(m)) continue;
    // Round 56: "ikke vil kunne" before a verb that gives nothing ("De efter det oplyste ikke vil kunne fastholde et fleksjob",
    // "at målet ikke vil kunne nås hjemme"): what someone or something can't manage, not help refused ("ikke vil kunne
    // bevilges", "ikke vil kunne få" still refuse).
    if (/^ikke\s+vil\s+kunne$/iu.test(letter.slice(m)) && !GIVING_VERB_AFTER.test(letter.text.slice(m.end, Math.min(s.end, m.end + 40)))) continue;
    // Round 71: the citizen's own income negated ("Du er 59 år og får ikke folkepension"): how the citizen lives, as
    // GETS_INCOME_AFTER reads it for a grant, not help refused.
    if (/får\s+ikke$/iu.test(letter.slice(m)) && GETS_INCOME_AFTER.test(letter.text.slice(m.end, Math.min(s.end, m.end + 30)))) continue;
    // Round 71: a refusal verb under "no ground for" ("Udvalget har ikke fundet grundlag for at afvise ansøgningen", "Vi ser
    // ingen grund til at afslå"): the refusal is denied, which grants.
    if (NO_GROUND_TO_REFUSE_BEFORE.test(letter.text.slice(Math.max(s.start, m.start - 60), m.start))) {
      flags.bevilling = true;
      continue;
    }
    // "Strømperne kan du ikke få på selv": putting something on, not getting it.
    if (/få$/iu.test(letter.slice(m)) && PUT_ON_AFTER.test(letter.text.slice(m.end, Math.min(s.end, m.end + 12)))) continue;
    // Round 46: the same for moving a thing one has ("du ikke kan få din rollator over dørtrinnet", "kan ikke få benene op
    // i karret"): a physical task, not help refused. ("få tilskuddet ud over …", "op til 20 timer" stay refusals.)
    if (/få$/iu.test(letter.slice(m)) && MOVE_THING_AFTER.test(letter.text.slice(m.end, Math.min(s.end, m.end + 40)))) continue;
    // Round 67: "not only …, but also" ("Vi giver ikke kun penge, men også råd", "Der ydes ikke blot hjælp til X, men også
    // til Y"): the negation limits "kun", it adds to the help, it refuses nothing. (Only with the "men også" after it; a
    // bare "Vi giver ikke kun af den grund afslag" stays as it is.)
    if (NOT_ONLY_AFTER.test(letter.text.slice(m.end, s.end))) continue;
    flags.afslag = true;
  }
  let leftOut: RegExpExecArray | null;
  for (const m of ticked(matchesIn(letter, cues.delvis, s))) {
    // Round 64: a limit of a rule told of anyone ("Garantien gælder dog ikke, når man ønsker et bestemt plejecenter"): said to
    // nobody and bound to the rule's condition (see saidOfAnyone), no part of this application held back.
    if (ruleForAnyone(m)) continue;
    // Round 56: "delvis" told of the citizen's health or function ("forventet delvis bedring", "er delvist selvhjulpen",
    // "delvis sygemeldt"): a state of the person, not a part of the help granted.
    if (/^delvi/iu.test(letter.slice(m)) && DELVIS_STATE_AFTER.test(letter.text.slice(m.end, Math.min(s.end, m.end + 30)))) continue;
    // Round 62: "delvis" of what another body pays ("Fodplejen er delvist dækket af tilskud fra sygesikringen", "betales delvis
    // af regionen"): a fact behind the decision, not a part of this help granted. ("delvist dækket af kommunen" still counts.)
    if (/^delvi/iu.test(letter.slice(m)) && OTHER_PAYER_AFTER.test(letter.text.slice(m.end, Math.min(s.end, m.end + 70)))) continue;
    // "Hjælpen bevilges som en del af helhedspleje": part of a whole, not part of the application.
    if (PART_OF.test(letter.slice(m)) && AS_BEFORE.test(letter.text.slice(Math.max(s.start, m.start - 6), m.start))) continue;
    // "Du søgte den 8. januar om at få dækket nogle af de ekstra udgifter": inside what was asked.
    if (askedFor(letter, s, m)) continue;
    // "fordi du kender nogle af de andre derfra": some of the people, not part of the help.
    if (/^(?:nogle|noget)\s+af$/iu.test(letter.slice(m)) && SOME_PEOPLE_AFTER.test(letter.text.slice(m.end, Math.min(s.end, m.end + 20)))) continue;
    // "Vi har skrevet dit ønske på, men vi kan ikke love, at det bliver netop den bolig": no promise, no part refused.
    if (/^men\s+(?:vi|kommunen)\s+kan\s+ikke$/iu.test(letter.slice(m)) && /^\s+(?:love|garantere|lover|garanterer)(?![\p{L}])/iu.test(letter.text.slice(m.end, Math.min(s.end, m.end + 14)))) continue;
    // "Ansøgningen er behandlet, men vi kan ikke hjælpe med betalingen": set against the handling, not against a part granted.
    if (/^men\s+(?:vi|kommunen)\s+kan\s+ikke$/iu.test(letter.slice(m)) && HANDLED_BEFORE.test(letter.text.slice(s.start, m.start))) continue;
    // "derfor er det en rollator, du får, og ikke en stok": the thing chosen against another, not against
    // an application, when the letter mentions none.
    if (/^,/u.test(letter.slice(m)) && !applied && !appliedBefore(letter, i)) continue;
    // "vi kan kun bevilge boligindretning ud fra dit behov nu": what the rule allows, no part granted.
    if (/^kun\s+(?:bevilge|give)/iu.test(letter.slice(m)) && onlyByRule(letter, s, m)) continue;
    // (Also not all of it, and the rest left to the citizen: "Det kan vi ikke helt leve op til", "Resten skal du selv betale".)
    // (Also the part beyond the grant refused after "men": "…, men den tredje dag kan vi ikke give".)
    // "…, men 1 gang om ugen i 2 timer hos Familiehuset, ikke to gange hjemme" after the application for two: the
    // count not granted.
    if (COUNT_NOT_GRANTED.test(letter.slice(m)) && (applied || appliedBefore(letter, i))) flags.delvis = true;
    // "De 8 nattetimer bliver ikke en del af ordningen" after the application: a part of it left out.
    else if (PART_LEFT_OUT.test(letter.slice(m))) {
      if (applied || appliedBefore(letter, i) || wishedBefore(letter, i)) flags.delvis = true;
    }
    // (Round 40: "Tøjvasken bliver ikke en del af beløbet" after the application for three kinds of costs.)
    else if (PART_OF.test(letter.slice(m)) && (leftOut = THING_LEFT_OUT_BEFORE.exec(letter.text.slice(s.start, m.start))) && LEFT_OUT_OF_AFTER.test(letter.text.slice(m.end, Math.min(s.end, m.end + 20))) && leftOutNamedBefore(letter, i, leftOut[1]!)) flags.delvis = true;
    // "Der er både noget, vi kan give jer, og noget, vi ikke kan": yes and no at once.
    else if (/^både\s/iu.test(letter.slice(m))) flags.delvis = true;
    // Round 56: a thing outside the grant, after an application ("Et niveaufrit bad er ikke omfattet af bevillingen").
    else if (/^ikke\s+omfattet\s+af\s/iu.test(letter.slice(m)) && (applied || appliedBefore(letter, i))) flags.delvis = true;
    // "Du kan få støtte til en bil, men ikke til den bil, du har valgt": the yes and its limit in one breath.
    else if (/^men\s+ikke$/iu.test(letter.slice(m)) && CAN_GET_BEFORE_BUT.test(letter.text.slice(s.start, m.start))) flags.delvis = true;
    // (Round 72: also "den del af ansøgningen", a part of the application named as such.)
    else if (/^(?:delvi|(?:den|denne)\s+del\s+af\s|ikke\s+i\s+det\s+omfang|(?:betaler|dækker)\s+(?:vi\s+)?halvdelen|(?:kun|alene|dvs|altså|svarende)[^]*halvdelen|ikke\s+(?:helt|fuldt\s+ud)\s|imødekommer\s+ikke\s+fuldt|rest\p{L}*\s|selv\s+betale\s+resten|(?:vi|kommunen)\s+kan\s|kan\s+(?:vi|kommunen)\s|kan\s+(?:du|I|De)\s+få\s*,\s*men\s|men\s+(?:den|det|de)\s+(?:anden|andet|tredje|fjerde|femte|sidste|resterende|øvrige|ekstra)\s|(?:du|I|De)\s+(?:har\s+)?(?:søgte|søgt|bad|bedt)\s+om\s*,\s*(?:er|kommer)\s+ikke\s+med)/iu.test(letter.slice(m))) flags.delvis = true;
    // Round 49: a ceiling on the grant after an application for the whole price ("Du har søgt om at få cyklen betalt …
    // Tilskuddet udgør 50 % af prisen, dog højst 9.000 kr."): the part above the ceiling is refused (guide: 50 % of
    // the price is delvis). Without an application it only states the rule; a ceiling on what the citizen pays ("Du
    // skal selv betale transporten, dog højst 1.066 kr. om året") limits the charge, not the grant.
    else if (/^dog\s+(?:højst|maksimalt|max)$/iu.test(letter.slice(m)) && (applied || appliedBefore(letter, i)) && GRANT_SHARE_BEFORE.test(letter.text.slice(s.start, m.start))) flags.delvis = true;
    else flags.contrast = true;
  }
  for (const m of ticked(matchesIn(letter, cues.aendring, s))) {
    if (oldPractice(m)) continue;
    const { before } = clauseAround(letter, s, m);
    if (CONDITION.test(before) || PURPOSE_BEFORE.test(before)) continue;
    // "Du fortalte, at du ikke længere kan stå ved komfuret": the citizen's account, no change.
    if (insideReason(letter, s, m)) continue;
    // "De har anmodet om, at Deres hjælp til bad øges": the change asked for, not decided.
    if (askedFor(letter, s, m)) continue;
    if (AGE_REACHED.test(sText)) continue;
    // "Udvalget anerkender, at du er i gang med at ændre din situation": the citizen's own life, not the help.
    if (OWN_LIFE_AFTER.test(letter.text.slice(m.start, Math.min(s.end, m.end + 30)))) continue;
    // "Anlægget sættes op af vores tekniker i uge 13": installed, not increased.
    if (/^sættes\s+op$/iu.test(letter.slice(m)) && (INSTALLED_AFTER.test(letter.text.slice(m.end, Math.min(s.end, m.end + 20))) || INSTALLED_BEFORE.test(letter.text.slice(Math.max(s.start, m.start - 40), m.start)))) continue;
    if (/^ikke\s+længere/iu.test(letter.slice(m)) && ABILITY_BEFORE.test(letter.text.slice(Math.max(s.start, m.start - 30), m.start))) continue;
    if (NEED_GONE_AFTER.test(letter.text.slice(m.start, Math.min(s.end, m.end + 20))) && HAS_BEFORE.test(letter.text.slice(Math.max(s.start, m.start - 50), m.start))) continue;
    // "Det kan ikke længere lade sig gøre i dit hus": what is no longer feasible, the reason for the help.
    if (NO_LONGER_FEASIBLE.test(letter.text.slice(m.start, Math.min(s.end, m.end + 30)))) continue;
    // Round 69: the state of things that cannot go on ("Det kan ikke fortsætte, mens du er i behandling, og derfor skal Noah bo et
    // andet sted"): the reason for the new measure, not help that stops.
    if (/^ikke\s+fortsætte$/iu.test(letter.slice(m)) && SITUATION_CANNOT_BEFORE.test(letter.text.slice(s.start, m.start))) continue;
    // Round 69: one of the outcomes a later meeting will weigh ("ser på, om støtten skal fortsætte, ændres eller kan trappes ned"):
    // an indirect question, nothing decided now.
    if (WHETHER_OUTCOMES_BEFORE.test(letter.text.slice(Math.max(s.start, m.start - 80), m.start))) continue;
    // "Du får færre timer, end du har søgt om": less than applied for, not less than before.
    if (thanApplied) {
      flags.contrast = true;
      flags.partOfApplied = true;
      continue;
    }
    // "skift af sengetøj", "skift af ble": a care task, not a change of help.
    if (CARE_TASK_AFTER.test(letter.text.slice(m.start, Math.min(s.end, m.end + 30)))) continue;
    // "Bevilling af ændring af dit badeværelse": an alteration of the home (boligindretning) is the
    // help itself, not a change of help.
    if (HOME_ALTERATION.test(letter.text.slice(m.start, Math.min(s.end, m.end + 40)))) continue;
    // Round 69: a fixture of the home replaced in the building work granted ("badekarret fjernes og erstattes af en bruseniche",
    // "Dørtrinnene erstattes af små ramper"): the alteration itself, not help the citizen has changed.
    if (/^erstatte/iu.test(letter.slice(m)) && FIXTURE_BEFORE.test(letter.text.slice(Math.max(s.start, m.start - 50), m.start))) continue;
    // "Kontaktpersonen ophører, når du fylder 18, som planlagt i din ungeplan": an end already set, not decided now.
    if (asPlanned) continue;
    // "Der er ingen ændring af dit behov": a change denied is no change.
    // "din ansøgning om ændring af …", "du ønsker at få tiden lavet om": asked for, not decided.
    if (PLAIN_CHANGE.test(letter.slice(m)) && (NEGATION.test(before) || APPLIED.test(before))) continue;
    // "Du har bedt om, at din ordning udvides … Ordningen udvides fra 8 til 10 timer": more help given in answer
    // to the citizen's own application is the grant of what was asked (what is left out makes it partial), not
    // a change the municipality makes of its own accord.
    if (INCREASE.test(letter.slice(m)) && increaseAppliedFor(letter, i) && !NEGATION.test(before) && !NEGATION.test(clauseAround(letter, s, m).after)) {
      flags.bevilling = true;
      continue;
    }
    // Round 53: the party's own right to withdraw a consent, an application or a power of attorney ("I kan til enhver tid
    // tilbagekalde jeres samtykke"): what the citizen may do, not help the municipality takes back.
    if (/^tilbagekald/iu.test(letter.slice(m)) && OWN_WITHDRAWAL_AFTER.test(letter.text.slice(m.end, Math.min(s.end, m.end + 40)))) continue;
    const written = letter.text.slice(m.start, Math.min(s.end, m.end + 20));
    // Round 39: the grant's end date told with the extension asked for ("Bevillingen slutter den 31. december, og I har
    // bedt om, at den bliver forlænget"): why the family applied, not a change decided now.
    if (END_OF_GRANT.test(written) && !REDUCTION.test(written) && extensionAsked(letter, i)) continue;
    if (REPLACES_CUE.test(written) && grantReplacesHad(letter, i, s, m)) continue;
    flags.aendring = true;
    if (REDUCTION.test(written) || !END_OF_GRANT.test(written)) flags.reduction = true;
    else if (HELP_ENDS.test(written) && REPLACEMENT.test(sText)) flags.replaces = true;
  }
  // Round 58: a form field that names the decision a change ("Ændring: Udbringning af mad stopper pr. 1. maj", "Ophør:
  // Rengøring fra uge 20"): the existing help stopped as the decision, not the end date of a grant ("Bevillingen
  // ophører 31.12.").
  if (flags.aendring && !flags.reduction && CHANGE_FIELD.test(sText)) flags.reduction = true;
  // (Not the change applied for: "søgt om … så du kan gå ned fra 37 til 30 timer".)
  // Round 73 (A2): the municipality's own change with the particle split off ("sætter vi din kontaktperson ned fra …", "skærer
  // kommunen støtten ned") or the help moved in the passive ("bliver dine dage i værkstedet flyttet fra tirsdag til mandag").
  if (!applied && (sText.includes(' ned') || sText.includes('flyttet')) && (SPLIT_DOWN.test(sText) || HELP_MOVED_PASSIVE.test(sText)) && !CONDITION.test(sText) && !changeAskedFor(letter, i)) {
    flags.aendring = true;
    flags.reduction = true;
  }
  if (hasReduction(letter, s) && !applied) {
    flags.aendring = true;
    flags.reduction = true;
  }
  // "Fra 1. marts får du støtte 3 timer om ugen i stedet for 5": a new amount for help the citizen
  // has, when nothing was applied for (against an application it is a partial grant).
  if (INSTEAD_OF_AMOUNT.test(sText) && !applied && !appliedBefore(letter, i)) {
    flags.aendring = true;
    flags.reduction = true;
  }
  // "Du har været på Kilden fire dage om ugen. Fra den 1. december bliver det tre dage om ugen": a
  // new amount from a date, after the amount the citizen has had.
  // Round 41: the same with any verb and subject after the fronted date (round 55: also a rhythm, "hver 3. uge") ("Fra den 1. juni 2025 bliver støtten 2 timer om
  // ugen", "Fra uge 10 kommer hjemmeplejen 3 gange om ugen", "Fremover får du 1 besøg om dagen"), when no application
  // is answered (more asked for and granted is the grant).
  if (!applied && (NEW_AMOUNT_FROM.test(sText) || (/fra\s|fremover|fremadrettet|herefter/iu.test(sText) && FROM_TIME_AMOUNT.test(sText) && !appliedBefore(letter, i))) && hadAmountBefore(letter, i)) {
    flags.aendring = true;
    flags.reduction = true;
  }
  // "Hidtil er hjælperen kommet kl. 7.00 … Fra 1. februar kommer hun i stedet mellem kl. 9.00 og 9.30", "derfor skal
  // du fra den 1. marts arbejde på Værkstedet Kløverhuset i stedet": the same help from a date in a new way.
  if (!applied && INSTEAD_NOW.test(sText) && !/^\s*i\s+stedet/iu.test(sText) && NOW_OR_FROM_NOW.test(sText) && !OFFERED.test(sText)) flags.aendring = true;
  // Round 70: the visit's new clock time set against the old one ("kommer mellem kl. 21 og 22 og ikke kl. 20, som du er vant
  // til", "kl. 9.30 i stedet for kl. 8"): the same help at another time, the guide's "ændres (tidspunkt)".
  if (!applied && (sText.includes('kl') || sText.includes('Kl')) && CLOCK_SHIFT.test(sText) && !CONDITION.test(sText) && !appliedBefore(letter, i)) flags.aendring = true;
  // Round 53: the help itself moved to another place or provider ("Derfor flytter Olivers aflastning fra december til
  // Aflastningshuset Kastanjen", "Din træning flyttes til Sundhedshuset"): the help the citizen has, changed in place
  // (the guide's "ændres (tidspunkt, type)"; lower-cased at the start for "Aflastningen flytter …"). A person who moves ("Mikkel flytter i plejefamilien") is no help moved.
  if (!applied && sText.includes('flytte') && (HELP_MOVES.test(sText) || HELP_MOVES.test(sText.charAt(0).toLowerCase() + sText.slice(1))) && !CONDITION.test(sText)) flags.aendring = true;
  // "Du beholder dine 3 timer om ugen …, men vi kan ikke give dig de 2 ekstra timer": the help the citizen
  // keeps is not a part of the application granted.
  if (flags.contrast && KEEPS_EXISTING.test(sText)) flags.contrast = false;
  // "Det er en del af det, I søgte om", "mindre end du har søgt": compared with the application.
  if (flags.contrast && applied) flags.partOfApplied = true;
  // (Also help that replaces help the family has had: "Anbringelsen træder i stedet for den
  // familiebehandling, som familien har modtaget siden marts".)
  // (Round 63: not when the citizen asked for more, "søgt om at få timerne hævet til 40 … får du 30 timer i stedet for de 22,
  // du har i dag": the new level answers the application, a grant, less than asked a partial one, as INCREASE reads above.)
  // (Round 73: nor when the citizen asked for the move, "I har bedt om at få flyttet støtten … kl. 15 i stedet for kl. 7".)
  if (INSTEAD.test(sText) && (NOW_OR_FROM_NOW.test(sText) || HAS_HAD.test(sText)) && !applied && !increaseAppliedFor(letter, i) && !changeAskedFor(letter, i)) {
    flags.aendring = true;
    flags.reduction = true;
  }
  // "Du får ikke …", "kan ikke bevilge": a negated grant cue is a refusal.
  let basisGrant = false;
  let firmGrant = false;
  for (const m of ticked([...matchesIn(letter, cues.bevilling, s), ...namedGrants(letter, s)])) {
    const { before, after } = clauseAround(letter, s, m);
    // (Up to the next comma: "det er den, du får, og ikke en stok" sets one thing against another, see delvis.)
    // (Round 71: also up to an empty check box, "[X] Bevilget\n[ ] Afslag": the next option on the form is no negation of the ticked one.)
    const near = letter.text.slice(m.end, Math.min(s.end, m.end + 12)).replace(/(?:[,;:]|\[\s*\]|☐).*$/su, '');
    // "… og du får derfor afslag", "I får desværre et afslag": what is received is the refusal.
    // A grant inside what was weighed ("Vi har lagt vægt på, at Sofie får den pasning, hun har
    // brug for, i børnehaven", "Afgørende er, at du sammen med din datter får et varmt måltid")
    // is a fact behind the decision, not the decision; nor is the grant asked for ("søgt om, at
    // du bliver godkendt til en plejebolig").
    if (insideReason(letter, s, m) || askedForThat(letter, s, m) || oldPractice(m)) continue;
    if (ruleForAnyone(m)) continue;
    // Round 62: the main clause right after a fronted if-clause ("Hvis bleer bliver bevilget som hjælpemiddel, får I dem
    // leveret …", "Såfremt du søger igen, får du svar inden 4 uger"): what follows if something else happens, no grant.
    if (FRONTED_IF_BEFORE.test(letter.text.slice(s.start, m.start))) continue;
    if (toApplyForThat(letter, s, m)) {
      flags.possibility = true;
      continue;
    }
    // "Udvalget har ikke fundet, at du skal visiteres til en plejebolig": the grant verb inside the that-clause a
    // refusal governs is what is refused.
    if (refusals.some((r) => r.end <= m.start && THAT_CLAUSE.test(letter.slice(r)) && /^\s*(?:[\p{L}-]+\s+){0,2}$/u.test(letter.text.slice(r.end, m.start)))) continue;
    // The noun names a kind of decision ("retningslinjer for tildeling af plejebolig"), it decides nothing.
    if (GRANT_NOUN.test(letter.slice(m))) continue;
    // Round 61: the rules approved by a council or a board, in a relative clause ("efter kommunens retningslinjer for
    // visitation til plejebolig, som byrådet har godkendt den 12. december", "kvalitetsstandarden, der er godkendt af
    // udvalget"): the rules described, nothing granted to the reader.
    if (APPROVED_CUE.test(letter.slice(m)) && RULES_APPROVED_BEFORE.test(letter.text.slice(Math.max(s.start, m.start - 120), m.start))) continue;
    // "… og tager stilling til, om vi kan give dig ret": the complaint's outcome, not this decision.
    if (/^\s+(?:ret|medhold)(?![\p{L}])/iu.test(letter.text.slice(m.end, Math.min(s.end, m.end + 10)))) continue;
    // Round 57: also "medhold" itself inside the question the review weighs ("Voksenservice tager stilling til, om vi kan give
    // Dem medhold", "vurderer, om du skal have medhold"): whether, not a grant.
    if (/^medhold$/iu.test(letter.slice(m)) && WHETHER_BEFORE.test(letter.text.slice(s.start, m.start))) continue;
    // Round 63: a grant verb inside an indirect question after a comma or "og" ("Vi kontakter dig i maj for at tale om, hvordan
    // det går, og om bevillingen skal forlænges", "vi ser på, om du kan få flere timer"): whether, to be weighed later, not
    // this decision. (Not "om aftenen skal du have hjælp": "om" before a time of day or a period is no question.)
    if (WHETHER_MODAL_BEFORE.test(letter.text.slice(Math.max(s.start, m.start - 60), m.start))) continue;
    // Round 68: the cue's own verb is the indirect question's verb, with no modal ("undersøg, om du er berettiget til tilskud
    // via din læge", "eller om I får hjælp fra regionen"): "om" and a pronoun right before the cue ask whether, not grant.
    if (WHETHER_SUBJECT_BEFORE.test(letter.text.slice(Math.max(s.start, m.start - 12), m.start))) continue;
    // "De er berettiget til at indgive fornyet ansøgning": entitled to apply again, not granted.
    if (TO_APPLY_AFTER.test(letter.text.slice(m.end, Math.min(s.end, m.end + 30)))) continue;
    // "vi kan kun bevilge boligindretning ud fra dit behov nu": what the rule allows.
    if (/(?<![\p{L}])kun\s+$/iu.test(letter.text.slice(Math.max(s.start, m.start - 5), m.start)) && onlyByRule(letter, s, m)) continue;
    // "Støtten blev bevilget i 2023, fordi …", "Du fik bevilget": the history of the case.
    if (PAST_GRANT_BEFORE.test(before)) continue;
    // Round 64: the grant named as what something would justify, under a "not" before it in the sentence ("at der ikke er et
    // behov, som kan begrunde iværksættelse af familiebehandling", "Oplysningerne giver ikke grundlag for en bevilling"): what
    // is not justified, no grant. (Without a "not", "Dit behov begrunder en bevilling af 10 timer" still grants.)
    if (JUSTIFIES_BEFORE.test(letter.text.slice(Math.max(s.start, m.start - 40), m.start)) && NEGATION.test(letter.text.slice(s.start, m.start))) continue;
    // Round 38: a grant that belongs to another decision ("Kommunen har i stedet bevilget støtte efter § 85, jf. særskilt
    // afgørelse af 22. september", "bevilges … i en særskilt afgørelse"): not a part of this one.
    if (SEPARATE_DECISION_AFTER.test(letter.text.slice(m.end, s.end))) continue;
    // "I dag får du hjælp fra hjemmeplejen …": the help the citizen has, not this grant ("Fra i dag får du" grants).
    if (EXISTING_BEFORE.test(letter.text.slice(Math.max(s.start, m.start - 20), m.start))) continue;
    // Help that exists already ("De modtager fortsat den bevilgede hjælp") and a participle
    // after a comma ("retningslinjerne, godkendt af udvalget") describe, they grant nothing.
    // "Den nuværende hjælp fortsætter som hidtil": help that goes on as before grants nothing new.
    if (CONTINUES.test(letter.slice(m)) && EXISTING_AS_BEFORE.test(sText)) continue;
    // "… at Sofie fortsat skal være anbragt …, og at anbringelsen fortsætter": the placement that goes
    // on against the parents' wish to bring the child home is the refusal, said twice.
    // (Also "at anbringelsen af Lucas uden for hjemmet fortsætter" after the request to bring him home.)
    if (CONTINUES.test(letter.slice(m)) && (PLACEMENT_STAYS.test(sText) || (STAYS_PLACED.test(sText) && HOME_REQUEST.test(letter.text.slice(0, s.start))))) continue;
    // "at du får mere ud af noget andet": what one gains; "Hun får i dag hjælp …": help one has.
    // "Tag dit sundhedskort med, så får du den med hjem": what follows an instruction, no grant.
    if (AFTER_INSTRUCTION.test(letter.text.slice(s.start, m.start))) continue;
    // "… besluttet, at Alma fortsat skal bo hos plejefamilien" after the parents asked to have her home: the
    // placement kept is the refusal, not a grant.
    if (/\sbo\s+(?:hos|på|i)$/iu.test(letter.slice(m)) && HOME_REQUEST.test(letter.text.slice(0, m.start))) continue;
    // Round 53: the open door of a café or a club, where no assessment is needed ("Her skal du ikke visiteres – du kan bare
    // ringe", "man behøver ikke visiteres for at komme"): no help refused; "skal ikke visiteres til en plejebolig" still is.
    if (letter.slice(m).toLowerCase() === 'visiteres' && NO_VISITATION_NEEDED.test(letter.text.slice(Math.max(s.start, m.start - 20), m.start)) && !/^\s+til(?![\p{L}])/iu.test(letter.text.slice(m.end, Math.min(s.end, m.end + 6)))) continue;
    // "… til den hjælp, du er visiteret til": a relative clause describing help one has.
    if (HELP_ONE_HAS_BEFORE.test(letter.text.slice(Math.max(s.start, m.start - 30), m.start))) continue;
    // "Medicinen, du får om morgenen, er ikke afhængig af …": the subject described by a clause without "som".
    // (Not a plain-language heading that is the granted part itself: "Det, du får" over the items, beside "Det, du ikke får".)
    // Round 41: the grant said as a pseudo-cleft ("Det, du får, er 10 timer om ugen", "Hvad vi kan bevilge, er en
    // rollator", "Det I kan få dækket, bliver 412 kr."): the clause names what is granted, and what follows "er" is it.
    if (pseudoCleft(letter, s, m)) {
      flags.bevilling = true;
      firmGrant = true;
      continue;
    }
    if (SUBJECT_DESCRIBED_BEFORE.test(letter.text.slice(s.start, m.start)) && !(letter.seg.sentences[i]!.heading && GRANT_HEADING.test(sText))) continue;
    // (The cue may be "får I", which lower-cased also reads "får i dag".)
    const gets = /^får(?![\p{L}])/iu.test(letter.slice(m)) ? m.start + 3 : /(?<![\p{L}])får$/iu.test(letter.slice(m)) ? m.end : -1;
    if (gets >= 0) {
      // What follows "får", read once: each check looks at its own first stretch of it.
      const after = letter.text.slice(gets, Math.min(s.end, gets + 90));
      if (GAINS_FROM_AFTER.test(after.slice(0, 40)) || GETS_ALREADY_AFTER.test(after.slice(0, 20)) || GETS_STATE_AFTER.test(after.slice(0, 40)) || GETS_INCOME_AFTER.test(after.slice(0, 30)) || GETS_ELSEWHERE_AFTER.test(after)) continue;
      // Round 63: the same "i dag" opening the sentence and carried into a clause joined by "og" ("Hun kører i dag med
      // Flextrafik til lægen, og hun får sine varer bragt fra købmanden"): the citizen's arrangements now, told as facts. (Not
      // with "nu", "også" or "fremover" after the verb, "… og du får nu også hjælp til bad", which adds help.)
      if (TODAY_OPENING_BEFORE.test(letter.text.slice(s.start, m.start)) && !ADDED_AFTER.test(after.slice(0, 20))) continue;
    }
    // Round 62: "få" whose object is a trouble named before it in a relative clause ("de andre udfordringer, du vil få i
    // huset", "de problemer, som han får med trappen"): trouble the citizen will meet, not help granted.
    if (/(?<![\p{L}])få[r]?$/iu.test(letter.slice(m)) && TROUBLE_HEAD_BEFORE.test(letter.text.slice(Math.max(s.start, m.start - 50), m.start))) continue;
    // Round 53: "få … på/af" of clothes put on or taken off, told of the citizen's own skill ("Strømperne får du på med
    // strømpepåtageren", "Jakken får hun af selv"): a task done, not help granted. ("får du på mandag", "får du af
    // hjemmeplejen" go on to a time or a giver, so the particle must end the clause or lead to a tool or "selv".)
    if (gets >= 0 && PUT_ON_GRANT_AFTER.test(letter.text.slice(m.end, Math.min(s.end, m.end + 30))) && /(?:^|\s)får(?:\s+(?:du|I|De|han|hun))?$/iu.test(letter.slice(m))) continue;
    const justBefore = letter.text.slice(Math.max(s.start, m.start - 12), m.start);
    // ("Det får I" as a heading is a fronted object before the verb, not "det bevilgede".)
    if ((DESCRIBED_BEFORE.test(justBefore) && !FINITE_GETS.test(letter.slice(m))) || (/,\s*$/u.test(justBefore) && PARTICIPLE.test(letter.slice(m)))) continue;
    // "betingelserne for at bevilge psykologbehandling er ikke opfyldt": a grant verb after "for
    // at" names what the rule would allow, it grants nothing ("ikke grundlag for at bevilge"
    // still refuses).
    if (PURPOSE_BEFORE.test(before)) {
      // (Round 71: also the "not" in the main clause of the view before it, "Kommunen vurderer ikke, at der er grundlag for at
      // imødekomme anmodningen", "Vi finder ikke, at der er grundlag for at bevilge".)
      if (NEGATION.test(before) || NEGATED_VIEW_BEFORE.test(letter.text.slice(s.start, m.start))) flags.afslag = true;
      continue;
    }
    // (Round 67: not the "ikke" of "ikke kun …, men også …" right after the verb, see NOT_ONLY_GRANT_AFTER.)
    const negNear = NEGATION.test(near) && !NOT_ONLY_GRANT_AFTER.test(letter.text.slice(m.end, s.end));
    if ((NEGATION.test(before) || negNear) && correctedByBut(letter, s, m)) continue;
    // (Help said not to be given, then "det har du heller ikke bedt om": see NOT_ASKED_FOR.)
    if (m.start < notAskedEnd && (NEGATION.test(before) || negNear)) continue;
    if (NEGATION.test(before) || negNear || RECEIVES_REFUSAL.test(after) || NEGATED_AFTER_ADVERB.test(letter.text.slice(m.end, Math.min(s.end, m.end + 30))) || (PASSIVE_GRANT.test(letter.slice(m)) && NEGATED_AFTER_SUBJECT.test(letter.text.slice(m.end, Math.min(s.end, m.end + 40))))) flags.afslag = true;
    else if (CONDITION.test(before) || RECEIVES_LETTER.test(after)) continue;
    // "Du bor nu på kollegiet, og du har fået fritidsjob i Netto": a fact of the citizen's life.
    // Round 41: "Du har fået socialpædagogisk støtte … i 5 timer om ugen siden marts 2024": the help the citizen has had
    // since a time, told before the new level, not this grant.
    else if (HAS_GOT.test(letter.slice(m)) && (LIFE_AFTER.test(letter.text.slice(m.end, Math.min(s.end, m.end + 40))) || GIFT_AFTER.test(letter.text.slice(m.end, Math.min(s.end, m.end + 50))) || REGAINED_AFTER.test(letter.text.slice(m.end, Math.min(s.end, m.end + 40))) || MOVED_OVER_AFTER.test(letter.text.slice(m.end, Math.min(s.end, m.end + 60))) || HAD_SINCE_AFTER.test(letter.text.slice(m.end, Math.min(s.end, m.end + 120))))) continue;
    // "… hvorfor det kan imødekommes ved besøg i hjemmet": how the need can be met, no grant.
    else if (/^imødekom/iu.test(letter.slice(m)) && MET_BY_AFTER.test(letter.text.slice(m.end, Math.min(s.end, m.end + 12)))) continue;
    // "Vi har besluttet, at du kan blive boende i plejefamilien": decided, so no mere possibility.
    else if (DECIDED.test(letter.slice(m))) {
      flags.bevilling = true;
      firmGrant = true;
    }
    else if (POSSIBILITY.test(before) || POSSIBILITY.test(after) || POSSIBILITY.test(letter.slice(m))) flags.possibility = true;
    else if (OFFER.test(letter.slice(m)) && CAN.test(before)) flags.possibility = true;
    // "I stedet tilbyder vi dig et forløb …, som du kan sige ja eller nej til": an offer to accept, not the result.
    else if (ACCEPT_OFFER.test(letter.text.slice(m.end, s.end))) flags.possibility = true;
    // Round 39: the offer, then how to accept it ("I stedet tilbydes borgeren støtte efter § 85. Borgeren kan kontakte
    // undertegnede for at tage imod tilbuddet"): an offer to take up, not a part granted.
    else if (/^tilbyd/iu.test(letter.slice(m)) && i + 1 < letter.seg.sentences.length && ACCEPT_NEXT.test(letter.slice(letter.sentence(i + 1)))) flags.possibility = true;
    else {
      flags.bevilling = true;
      // (Round 55: also the adverb before the verb, as a that-clause orders it: "Det betyder, at De fortsat får hjælp morgen og
      // aften", "at du stadig modtager bostøtte": the help going on, not a new grant.)
      if ((GOES_ON_AFTER.test(letter.text.slice(m.end, Math.min(s.end, m.end + 24))) || CONTINUES.test(letter.slice(m)) || HELP_WORKS.test(sText) || GOES_ON_BEFORE.test(letter.text.slice(Math.max(s.start, m.start - 12), m.start)) || GOES_ON_INSIDE.test(letter.slice(m))) && !applied) flags.continues = true;
      // Round 44: the law the help falls under, said of nobody ("Praktisk hjælp ydes efter servicelovens § 83, stk. 1, nr.
      // 2", "Støtten er givet efter barnets lov § 32"): the rule, or the basis of help the citizen has, not a grant
      // beside a refusal.
      if (lawBasisOnly(letter, s, m) && (toNobody ??= !READER.test(sText))) basisGrant = true;
      else firmGrant = true;
    }
  }
  flags.lawBasis = basisGrant && !firmGrant;
  // Round 57: the child told to stay where it is placed ("Malthe bliver boende hos plejefamilien i denne omgang", "Han er
  // fortsat anbragt") after the parent asked to have the child home: the request refused (the guide's "afvist anmodning om
  // hjemgivelse"), not help granted. (Not until a date, "bliver boende på opholdsstedet indtil 1. august", a move home set.)
  if (!flags.bevilling && (sText.includes('boende') || sText.includes('anbragt')) && STAYS_WHERE_PLACED.test(sText) && !STAYS_UNTIL.test(sText) && !CONDITION.test(sText) && HOME_REQUEST.test(letter.text.slice(0, s.start))) flags.afslag = true;
  // Round 63: "Det bliver ikke til, at du fortsætter i plejefamilien", "Det bliver ikke til noget med trappeliften": the
  // main clause says the thing will not happen, so a grant verb in what follows is the thing refused (the negation stands
  // before the "at" clause a grant cue reads). Not "Det bliver til …", nor "bliver ikke til" of a sum ("bliver ikke til mere").
  if (sText.includes('ikke til') && NOT_COMING_ABOUT.test(sText) && !CONDITION.test(sText)) {
    flags.bevilling = false;
    flags.continues = false;
    flags.afslag = true;
  }
  // "Vi har besluttet at bevilge dig en manuel kørestol i stedet for en elkørestol", after an application for the
  // elkørestol: something other than was asked for, a partial grant.
  if (flags.bevilling && !flags.aendring && !NOW_OR_FROM_NOW.test(sText) && !HAS_HAD.test(sText) && insteadOfApplied(letter, i, sText)) {
    flags.contrast = true;
    flags.partOfApplied = true;
  }
  return flags;
}

// The aim of the help ("Målet med forløbet er, at du igen selv kan gå i bad, så du ikke får brug for
// fast hjælp") refuses, ends or limits nothing; it may only name the help ("Formålet med anbringelsen
// er, at Ida får ro"), which letters with no other result sentence rely on.
function computeFlagsOutsideAim(letter: Letter, i: number): Flags {
  const flags = computeFlags(letter, i);
  if (!AIM_SENTENCE.test(letter.slice(letter.sentence(i)))) return flags;
  return { ...emptyFlags(), bevilling: flags.bevilling, possibility: flags.possibility, aim: flags.bevilling };
}

function any(f: Flags): boolean {
  return f.bevilling || f.afslag || f.delvis || f.aendring || (f.contrast && f.afslag) || f.partOfApplied;
}

/** The type one statement gives on its own. */
const NO_VISITATION_NEEDED = /(?<![\p{L}])(?:skal|behøver)\s+(?:(?:du|I|De|man|han|hun)\s+)?ikke\s+$/iu;
function decideOne(f: Flags): DecisionType {
  // (Also one help stopping while another goes on: "Nattebesøget stopper – aftenbesøgene fortsætter".)
  if (f.aendring && (f.reduction || f.replaces || !f.bevilling || f.continues)) return 'aendring';
  // Round 53: a no, and in the same sentence only the help the citizen has going on ("svaret er nej – du fortsætter med de
  // 3 dage, du har i dag"): the increase is refused and nothing new granted, a refusal (as refineAfterPrimary reads it
  // over two sentences).
  if (f.delvis || (f.afslag && f.bevilling && !f.continues) || (f.contrast && f.bevilling) || f.partOfApplied) return 'delvis';
  if (f.afslag) return 'afslag';
  if (f.bevilling) return 'bevilling';
  if (f.aendring) return 'aendring';
  return 'ukendt';
}

// Round 41: partial needs something granted AND something refused in the same decision. A result that is only the
// help the citizen has going on ("Vi har besluttet, at Sofie fortsætter med 20 timer om ugen", "Du får fortsat hjælp
// 3 timer om ugen") grants nothing new, so a refusal after it ("Vi kan ikke give de 10 timer mere", "Ledsagelse kan vi
// ikke bevilge") makes the letter a refusal, as a refusal before it already does (see refine). A new grant after the
// continued help ends this: then the letter grants something.
interface GoesOn { only: boolean }
function refineAfterPrimary(primary: DecisionType, f: Flags, goesOn: GoesOn): DecisionType {
  if (f.bevilling && !f.continues && !f.aim) goesOn.only = false;
  if (primary === 'bevilling' && goesOn.only && f.afslag && !f.bevilling && !f.delvis && !f.aendring) return 'afslag';
  return refine(primary, f);
}

/** How a later statement refines the primary type. */
function refine(primary: DecisionType, f: Flags): DecisionType {
  if (primary === 'bevilling') {
    if (f.aendring && (f.reduction || f.replaces)) return 'aendring';
    if (f.delvis || (f.afslag && !f.possibility) || f.contrast) return 'delvis';
  }
  if (primary === 'afslag') {
    // (Not the help that goes on beside a refused increase: "Du får fortsat 5 timer om ugen".)
    // (Round 44: nor the law the help falls under, told of nobody: "Støtten er givet efter barnets lov § 32".)
    // (Round 50: nor the aim of the help the citizen keeps, "Formålet med kontaktpersonordningen er fortsat, at …".)
    if (f.delvis || (f.bevilling && !f.afslag && !f.continues && !f.lawBasis && !f.aim)) return 'delvis';
  }
  return primary;
}

// A grant named in the subject line ("Vedr.: Bevilling af badebænk", "Bevilling til
// ledsagelse", "Afgørelse: aflastning 1 weekend om måneden"): the noun alone is too common in the body ("din bevilling ophører") to be a cue.
// Round 71: a subject line naming only a change, not which ("Afgørelse om ændring af din ledsageordning"; not "ophør", "nedsættelse").
// (Round 73: also a mail reply's prefix and a swap, "Emne: SV: Skift af hjemmehjælp".)
const CHANGE_SUBJECT = /^(?:(?:emne|vedr\.?|vedrørende)\s*:\s*)?(?:(?:sv|re|vs|fw|fwd)\s*:\s*){0,2}(?:afgørelse\s+om\s+|svar\s+på\s+)?(?:ansøgning\s+om\s+)?(?:ændring(?:en)?|skift)\s+af(?![\p{L}])(?![^\n]*(?:ophør|nedsæt|reduc|stop|frakend))/iu;
// Round 71: a placement with the parents' consent ("anbringelse … med samtykke", "I har skrevet under på samtykket"), and none
// without it.
const PLACEMENT_WORD = /anbring/iu;
const CONSENT_WORD = /samtykke/iu;
// (Without it in any wording: "uden jeres samtykke", "selvom I ikke har givet jeres samtykke", the § 47 of a forced placement.)
const NO_CONSENT = /(?<![\p{L}])(?:uden\s+(?:\p{L}+\s+){0,2}?samtykke|ikke\s+(?:\p{L}+\s+){0,3}?samtykke)|§\s*47(?!\d)/iu;
function consentedPlacement(text: string): boolean {
  return PLACEMENT_WORD.test(text) && CONSENT_WORD.test(text) && !NO_CONSENT.test(text);
}
const SUBJECT_GRANT = /^(?:(?:vedr\.?|vedrørende|emne|om)\s*:?\s*)?(?:afgørelse\s+om\s+)?bevilling(?:\s+(?:af|til|på)(?![\p{L}])|\s*[–—:-]\s*(?!afslag|ophør|nedsættelse|ændring|stop|nej)\p{L})|^(?:afgørelse|afgjort|resultat)\s*:\s*(?!afslag|ophør|nedsættelse|ændring|stop)\p{L}[^\n]{0,60}?(?<![\p{L}\d])(?:\d+|en|et|én|ét|to|tre)\s+(?:time|gang|weekend|dag|døgn|besøg)\p{L}*\s+(?:om|pr\.?|i)\s+(?:ugen|måneden|dagen|uge|måned|dag|døgnet)/iu;

// (Also "1 fast ugentligt klip".)
const FIELD_AMOUNT = /(?<![\p{L}])(?:\d+|en|et|én|ét|to|tre|fire|fem|seks|syv|otte)\s+(?:\p{L}+\s+){0,2}?(?:timer?|besøg|gange?|dage?|weekend\p{L}*|minutter|kr\.?|klip)(?![\p{L}])/iu;
const SCOPE_FIELD = /^(?:omfang|bevilget\s+omfang)\s*:/iu;
const FIELD_LINE = /^(?:afgørelse|afgjort|resultat)\s*:/iu;
const CHANGE_FIELD = /^(?:ændring|ophør|nedsættelse|stop)\s*:/iu;

// (Round 56: also "kan starte", "skal begynde", and the first weekend or week named before its date: "Liva kan starte i
// aflastning hos familien Holm fra weekenden den 7.–9. marts"; not school or work, which the child starts anyway.)
const STARTS_ON =
  /(?<![\p{L}])(?:du|I|De|\p{Lu}\p{Ll}+)\s+(?:starter|begynder|(?:kan|skal)\s+(?:nu\s+)?(?:starte|begynde))\s+(?:på|i)\s+(?!(?:skole\p{L}*|børnehave\p{L}*|vuggestue\p{L}*|arbejde\p{L}*|job\p{L}*|uddannelse\p{L}*|gymnasi\p{L}*|klasse\p{L}*|\d)(?![\p{L}]))[^.!?\n]{0,60}?(?<![\p{L}])fra\s+(?:(?:weekenden|ugen)\s+)?(?:uge\s+\d|mandag|tirsdag|onsdag|torsdag|fredag|den\s+\d|\d{1,2}\.\s*\p{L})/u;
// The same with the time first ("Fra mandag den 16. marts starter du på Værkstedet Kilden", "Fra juli
// kommer Ida i aflastning hos familien Hviid"); coming to school or work is no grant.
// A condition with the verb first ("Har du ikke mulighed for at sende en mail, kan du ringe").
const INVERTED_CONDITION = /^(?:har|er|kan|vil|skal|får|ønsker|mangler)\s+(?:du|I|De)\s+$/iu;
// Round 39: a heading that names the granted part in plain words ("Det, du får", "Det, I får:").
const GRANT_HEADING = /^(?:det|dette),\s*(?:du|I|De)\s+får\s*:?\s*$/iu;
// (One noun, perhaps with its determiner: not a fronted clause, "Mens du træner, får du også hjælp".)
const SUBJECT_DESCRIBED_BEFORE = /^(?:(?:den|det|de|din|dit|dine|jeres|Deres|hans|hendes)\s+)?[\p{L}-]+,\s*$/u;
// (Round 70: a clock time, then "og/men ikke (længere) kl. N" or "i stedet for kl. N"; or "ikke længere kl. N, men kl. M".)
const CLOCK = String.raw`(?:kl\.?|klokken)\s*\d{1,2}`;
const CLOCK_SHIFT = new RegExp(String.raw`(?<![\p{L}])${CLOCK}[^.;!?\n]{0,40}?(?:,\s*|\s+)(?:og|men)\s+ikke\s+(?:længere\s+|mere\s+)?${CLOCK}|(?<![\p{L}])i\s+stedet\s+for\s+${CLOCK}|(?<![\p{L}])ikke\s+længere\s+${CLOCK}[^.;!?\n]{0,40}?\s+men\s+(?:[\p{L}-]+\s+){0,3}?${CLOCK}`, 'iu');
const INSTEAD_NOW = /(?<![\p{L}])i\s+stedet(?!\s+for)(?![\p{L}])/iu;
const OFFERED = /(?<![\p{L}])(?:tilbyde\p{L}*|bevilge\p{L}*|får\s+(?:du|I|De)|(?:du|I|De)\s+får)(?![\p{L}])/iu;
// "Nu starter jeres familiebehandling i Familiehuset": the help named as the family's, starting.
const HELP_STARTS =
  /(?<![\p{L}])(?:(?:din|dit|jeres|Deres)\s+(?:\p{L}+\s+)?(?:familiebehandling|aflastning|støtte|hjælp|bostøtte|træning|genoptræning|forløb|behandling|kontaktperson)\s+starter|starter\s+(?:din|dit|jeres|Deres)\s+(?:\p{L}+\s+)?(?:familiebehandling|aflastning|støtte|hjælp|bostøtte|træning|genoptræning|forløb|behandling|kontaktperson))(?![\p{L}])/iu;
const KEEPS_EXISTING = /^(?:du|I|De|han|hun|\p{Lu}\p{Ll}+)\s+(?:beholder|bevarer)\s+(?:din|dit|dine|jeres|Deres|sin|sit|sine)\s/u;
// Anchored: a match from any place means one from the start (both parts look ahead over the whole
// rest), and unanchored a miss was retried at every character, each try reading to the end.
const WITHOUT_CONSENT_PLACEMENT = /^(?=[\s\S]*\banbring)[\s\S]*\buden\s+samtykke\b/iu;
// Round 41: also the measure the placement replaces ("erstatter den familiebehandling …", "træder i stedet for"), and
// one said to be under way since a time ("som har været i gang siden marts 2025", "der har været iværksat siden").
const PRIOR_MEASURE = /(?<![\p{L}])(?:har\s+siden\s+[\p{L}\d.\s]{1,25}?været\s+anbragt|har\s+været\s+anbragt\s+(?:\p{L}+\s+){0,3}?siden|har\s+(?:\p{L}+\s+){0,2}?(?:fået|modtaget|haft)\s+siden|har\s+været\s+(?:i\s+gang|iværksat|etableret|bevilget)\s+(?:\p{L}+\s+){0,2}?siden|igangværende\s+(?:familiebehandling|indsats|anbringelse|aflastning)|(?:afløser|erstatter|træder\s+i\s+stedet\s+for)\s+(?:den|det|de|jeres|familiens|hans|hendes|\p{Lu}\p{Ll}+s)\s)/iu;
const MOVE_THING_AFTER =
  /^\s+(?:(?:din|dit|dine|sin|sit|sine|hans|hendes|jeres|Deres)\s+[\p{L}-]+|[\p{L}-]+(?:en|et|ne))\s+(?:over|op(?!\s+(?:til|på)(?![\p{L}]))|ind|ud(?!\s+over(?![\p{L}]))|ned(?!\s+(?:til|på)(?![\p{L}]))|hen|igennem|rundt)(?![\p{L}])(?!\s*\d)/iu;
const HELP_NOUN_MOVED = String.raw`(?:(?:din|dit|dine|jeres|Deres|hans|hendes|\p{Lu}\p{Ll}+s)\s+(?:[\p{L}-]+\s+)?(?:aflastning|træning|genoptræning|hjælp|støtte|bostøtte|samvær|behandling|familiebehandling|dagtilbud|aktivitetstilbud|tilbud|botilbud|ophold)|(?:aflastningen|træningen|genoptræningen|støtten|bostøtten|samværet|behandlingen|familiebehandlingen|dagtilbuddet|aktivitetstilbuddet|opholdet))`;
const HELP_MOVES = new RegExp(String.raw`(?<![\p{L}])(?:${HELP_NOUN_MOVED}\s+(?:flytter|flyttes|bliver\s+flyttet)|(?:flytter|flyttes)\s+${HELP_NOUN_MOVED})(?![\p{L}])[^.;:!?\n]{0,50}?\s+til(?![\p{L}])`, 'u');
const OWN_WITHDRAWAL_AFTER = /^\s+(?:(?:dit|din|dine|jeres|Deres|sit|sin|sine|hans|hendes|deres|et|en|sådan\p{L}*)\s+)?(?:\p{L}+\s+)?(?:samtykke\p{L}*|ansøgning\p{L}*|klage\p{L}*|fuldmagt\p{L}*|accept\p{L}*)(?![\p{L}])/iu;
const PUT_ON_AFTER = /^\s+(?:på|af)(?:\s+selv)?(?=[\s,.;]|$)/iu;
// Round 67: "ikke kun/bare/blot/alene …, men også/tillige/desuden …" right after a refusal cue ending in "ikke" (or with a
// pronoun between, "vi giver dig ikke kun …"), or after a grant verb ("Vi bevilger ikke bare timer, men også …"): the
// continuation that adds, see the refusal and grant loops in computeFlags.
const NOT_ONLY_TAIL = String.raw`\s+(?:kun|bare|blot|alene|udelukkende)\s[^.;!?]*?\bmen\s+(?:(?:\p{L}+\s+){0,3}?også|tillige|desuden|derudover)(?!\p{L})`;
const NOT_ONLY_AFTER = new RegExp(String.raw`^(?:\s+(?:dig|jer|Dem|ham|hende|dem))?` + NOT_ONLY_TAIL, 'iu');
const NOT_ONLY_GRANT_AFTER = new RegExp(String.raw`^(?:\s+(?:vi|du|I|De|kommunen|dig|jer|Dem|ham|hende|dem)){0,2}\s+ikke` + NOT_ONLY_TAIL, 'iu');
const PUT_ON_GRANT_AFTER = /^\s+(?:på|af)(?:\s+selv)?(?=\s*[,.;!?]|\s*$|\s+(?:med|selv|alene|uden|ved\s+hjælp)(?![\p{L}]))/iu;
const HAD_TOLD = /(?<![\p{L}])(?:hidtil|indtil\s+nu|som\s+(?:du|I|De|han|hun|\p{Lu}\p{Ll}+)\s+(?:hidtil\s+|indtil\s+nu\s+)?har\s+(?:haft|brugt|været\s+(?:i|på))|i\s+stedet\s+for\s+(?:de|den|det|dine|din|dit)\s)(?![\p{L}])/u;
const FRONTED_START =
  /(?<![\p{L}])[Ff]ra\s+[^,;:\n]{1,30}?\s+(?:(?:starter|begynder)\s+(?:du|I|De|\p{Lu}\p{Ll}+)\s+(?:på|i)\s+(?!skole|børnehave|vuggestue|\d|arbejde|job)|kommer\s+(?:du|I|De|\p{Lu}\p{Ll}+)\s+(?:i\s+(?:aflastning|døgnaflastning|dagtilbud|dagcenter|daghjem|praktik|bofællesskab)(?![\p{L}])|på\s+(?:[Vv]ærksted|[Oo]pholdssted|[Ee]fterskole|[Dd]øgninstitution|[Aa]flastningscent|[Dd]agcent|[Dd]aghjem|\p{Lu})|i\s+\p{Lu}\p{Ll})|kommer\s+(?:\p{Lu}\p{Ll}+\s+){1,2}som\s+(?:din|dit|jeres|Deres)\s+(?:kontaktperson|støtteperson|hjælper|familiebehandler|bostøtte\p{L}*|mentor)(?![\p{L}])|kommer\s+(?:familiebehandler|terapeut|ergoterapeut|fysioterapeut|hjælper|pædagog|kontaktperson|støtteperson|sygeplejerske|bostøttemedarbejder|medarbejder)\s+(?:\p{Lu}\p{Ll}+\s+){1,2}(?:ud|hjem)\s+til\s+(?:dig|jer|Dem)(?![\p{L}]))/u;
// (Case-sensitive, so "ud til døren" is no name; not a firm "som bringer mad ud til døren".)
const BROUGHT_OUT = /(?<![\p{L}])(?<!som\s)(?:kører|bringer|leverer|sender)\s+[^.,;:\n]{3,80}?\s+ud\s+til\s+(?:dig|jer|Dem|hende|ham|\p{Lu}\p{Ll}+)(?![\p{L}])/u;
// An aid ordered for the citizen, said as done ("Badebænken er nu bestilt til dig hos hjælpemiddeldepotet", "Vi har
// bestilt en rollator til dig", "Stolen er bestilt hjem"): the grant told as the action that follows it. Not what the
// citizen ordered ("du selv har bestilt varer"), nor what may be ordered ("kan bestilles").
const ORDERED_FOR =
  /(?<![\p{L}])(?:(?:er|er\s+blevet|bliver)\s+(?:nu\s+)?bestilt\s+(?:(?:hjem\s+)?til\s+(?:dig|jer|Dem)|hjem|hos\s+(?:leverandøren|hjælpemiddeldepotet|depotet|hjælpemiddelcentret))|(?:vi|jeg|kommunen)\s+har\s+(?:nu\s+|allerede\s+)?bestilt\s+(?:en|et|den|det|de)\s+[^.,;\n]{1,60}?\s+til\s+(?:dig|jer|Dem)|(?:vi|jeg)\s+har\s+(?:nu\s+)?bestilt\s+(?:den|det|dem)\s+(?:til\s+(?:dig|jer|Dem)|hos\s+leverandøren))(?![\p{L}])/iu;
// Round 41: the thing said as delivered or set up for the citizen, in the passive ("en badetaburet … bliver kørt ud til
// dig fra hjælpemiddeldepotet i næste uge", "Rollatoren vil blive leveret hjem til dig", "Grebene bliver sat op hos dig
// i uge 12", "Sengen leveres til dig på fredag"): the grant told as the action that follows it. Not a relative clause
// describing a service ("mad, der bliver bragt ud til dig"), nor what happened before ("blev kørt ud").
const DELIVERED_TO =
  /(?<![\p{L}])(?<!(?:som|der)\s+)(?:(?:bliver|vil\s+blive|er\s+blevet)\s+(?:nu\s+|snart\s+)?(?:(?:leveret|bragt|kørt|sendt|udleveret)\s+(?:ud\s+|hjem\s+)?til|(?:sat\s+op|monteret|installeret|opsat)\s+hos)|(?:leveres|bringes|køres|sendes|udleveres)\s+(?:nu\s+|snart\s+)?(?:ud\s+|hjem\s+)?til|(?:sættes\s+op|monteres|installeres)\s+(?:nu\s+|snart\s+)?hos)\s+(?:dig|jer|Dem|\p{Lu}\p{Ll}+)(?![\p{L}])/u;
// Someone from a team coming from a given time ("Fra den 2. februar kommer Mette fra bostøtteteamet ud til dig").
const TEAM_COMES = /(?<![\p{L}])[Ff]ra\s+[^,;:\n]{1,30}?\s+kommer\s+\p{Lu}\p{Ll}+\s+fra\s+\p{L}*(?:team\p{L}*|pleje\p{L}*|bostøtte\p{L}*|cent\p{L}*|afdeling\p{L}*)\s+(?:ud|hjem)\s+til\s+(?:dig|jer|Dem)(?![\p{L}])/u;
const ANSWER_YES = /^(?:[Jj]a,?\s+)?[Dd]et\s+(?:kan|må|skal)\s+(?:du|I|De|han|hun|\p{Lu}\p{Ll}+)(?:\s+(?:godt|gerne|sagtens|fint|også))?\s*[.!]?$/u;
const ANSWER_NO = /^(?:[Nn]ej,?\s+)?[Dd]et\s+(?:kan|må|vil)\s+(?:vi|kommunen|jeg|du|I|De|han|hun)\s+(?:desværre\s+)?ikke\s*[.!]?$/u;
// Round 41: the answer to the application told in the next breath, yes or no, with any verb: a short "det"-answer
// after the ask ("Du har bedt os om at betale for … Det kan vi ikke gøre denne gang.", "Det vil vi gerne hjælpe med."),
// the same inside the ask's own sentence after a dash or comma ("I spurgte, om I kunne få hjælp … – og det kan I."),
// the plain "Svaret er nej", and the asked verb said back negated ("om kommunen kan sende en rengøringshjælp" / "at
// kommunen ikke sender en hjælper", "om vi kunne dække …" / "Vi dækker ikke …").
// (Group 1: the negation; group 2: the words after it. Not an answer that puts the decision off: "Det kan vi ikke sige endnu".)
const DET_ANSWER =
  /^(?:(?:[Jj]a|[Nn]ej|[Jj]o|[Mm]en|[Oo]g|[Ss]å),?\s+)?[Dd][eé]t\s+(?:kan|må|vil|gør|skal)\s+(?:vi|kommunen|jeg|udvalget|du|I|De|han|hun|\p{Lu}\p{Ll}+)(?:\s+(?:godt|gerne|sagtens|fint|også|desværre|altså|derfor|bare|selvfølgelig))*(\s+ikke)?((?:\s+[\p{L}\d.]+){0,4}?)\s*[.!]?$/u;
const PUT_OFF_TAIL = /^\s+(?:sige|vide|svare|love\s+noget|afgøre|vurdere|nå|se)(?![\p{L}])/iu;
// What a yes may go on with: the help itself ("Det vil vi gerne hjælpe med", "Det kan du godt få").
const YES_TAIL = /^(?:\s+(?:gøre|få|hjælpe(?:\s+(?:dig|jer|Dem))?\s+med|give\s+(?:dig|jer|Dem)|betale|dække|bevilge|sige\s+ja\s+til)(?:\s+(?:nu|denne\s+gang|fremover))?)?$/iu;
// The answer after the ask in the same sentence: the clause after the last dash, comma or semicolon.
const ANSWER_CLAUSE = /(?:[–—;,]|\s-\s)\s*([^–—;,]*)$/u;
const SAID_ANSWER = /^(?:[Ss]varet|[Vv]ores\s+svar|[Kk]ommunens\s+svar|[Mm]it\s+svar)\s+(?:på\s+[^.,:]{1,60}?\s+)?er\s+(?:desværre\s+|derfor\s+)?(ja|nej)(?![\p{L}])(?!\s+og\s+(?:ja|nej))/u;
// The verb asked about ("om kommunen kan sende …", "bedt os om at betale for …", "søgt om at få dækket …").
const ASKED_VERB =
  /(?<![\p{L}])(?:om\s+(?:du|I|De|han|hun|vi|kommunen|\p{Lu}\p{Ll}+)\s+(?:kan|kunne|må|måtte|vil)\s+(?:godt\s+)?|(?:bedt|bad|søgt|søgte|ansøgt|anmodet|anmodede)\s+(?:\p{L}+\s+){0,2}?om\s+at\s+)(?:få\s+)?(\p{L}{2,})/u;
function detAnswer(clause: string): DecisionType | undefined {
  const a = DET_ANSWER.exec(clause.trim());
  if (!a) return undefined;
  if (a[1]) return PUT_OFF_TAIL.test(a[2]!) ? undefined : 'afslag';
  return YES_TAIL.test(a[2]!) ? 'bevilling' : undefined;
}
function answerToAsk(letter: Letter, i: number, sText: string): DecisionType | undefined {
  const sentences = letter.seg.sentences;
  // Inside the ask's own sentence, after it.
  if (asks(sText)) {
    const c = ANSWER_CLAUSE.exec(sText);
    const own = c && asks(sText.slice(0, c.index)) ? detAnswer(c[1]!) : undefined;
    if (own) return own;
  }
  if (i === 0 || sentences[i - 1]!.heading) return undefined;
  const ask = letter.slice(sentences[i - 1]!);
  if (!asks(ask)) return undefined;
  const said = SAID_ANSWER.exec(sText);
  if (said) return said[1] === 'ja' ? 'bevilling' : 'afslag';
  const short = detAnswer(sText);
  if (short) return short;
  // The asked verb said back negated, by the municipality ("at kommunen ikke sender en hjælper").
  return askedVerbSaidBackNegated(letter, i, sText, ask, false) ? 'afslag' : undefined;
}

/**
 * The verb of an ask said back negated by the municipality, outside a reason or an account of what someone said: the
 * answer to that ask. In the sentence right after the ask (`wide` false) one word may stand before "ikke" and the verb
 * may come first ("at kommunen ikke sender en hjælper", "sender vi ikke"); a few sentences later (`wide`, round 45)
 * two words and "at" may ("Vi ender med ikke at betale for ombygningen"), and the stem needs three letters.
 */
function askedVerbSaidBackNegated(letter: Letter, i: number, sText: string, ask: string, wide: boolean): boolean {
  const v = ASKED_VERB.exec(ask);
  if (!v) return false;
  const stem = v[1]!.toLowerCase().replace(/(?:ede|te|er|es|et|e)$/u, '');
  if (stem.length < (wide ? 3 : 2)) return false;
  const who = '(?:vi|kommunen|jeg|udvalget)';
  const negated = `${who}\\s+(?:\\p{L}+\\s+)${wide ? '{0,2}?' : '?'}ikke\\s+${wide ? '(?:at\\s+)?' : ''}(?:kan\\s+|vil\\s+|kommer\\s+til\\s+at\\s+)?${stem}\\p{L}*`;
  const fronted = wide ? '' : `|${stem}\\p{L}*\\s+${who}\\s+(?:\\p{L}+\\s+)?ikke`;
  const m = new RegExp(`(?<![\\p{L}])(?:${negated}${fronted})(?![\\p{L}])`, 'iu').exec(sText);
  if (!m) return false;
  const s = letter.seg.sentences[i]!;
  return !insideReason(letter, s, { start: s.start + m.index, end: s.start + m.index + m[0].length });
}
// Round 40: the amount kept in answer to a question or application for more ("Det bliver ved de 3 timer", "Timetallet
// forbliver som i dag"): nothing more is granted, so the application is refused.
const STAYS_AS_IS =
  /^(?:(?:men|så)\s+)?(?:det|den|de|timetallet|omfanget|støtten|hjælpen|bevillingen)\s+(?:bliver|forbliver)\s+(?:derfor\s+|altså\s+|desværre\s+)?(?:ved\s+(?:de\s+|den\s+|det\s+)?(?:\d+|én|en|et|ét|to|tre|fire|fem|seks)(?![\p{L}\d])|(?:som\s+(?:i\s+dag|nu|hidtil|før)|uændret)(?![\p{L}]))/iu;
// The move into housing or a placement told as what happens ("Du flytter ind i plejeboligen på Lindehøj den 1. maj",
// "Emma flytter på opholdsstedet Sølvgården"); case-sensitive for the name, so the places are in lower case.
// (Round 47: also a foster family named by its surname, "Sofie flytter ind hos familien Dahl søndag".)
const MOVES_INTO =
  /(?<![\p{L}])(?:du|I|De|han|hun|barnet|\p{Lu}\p{Ll}+)\s+(?:flytter|kan\s+flytte|skal\s+flytte)\s+(?:ind\s+)?(?:på|i|hos|til)\s+(?:(?:plejefamilien|familien)\s+\p{Lu}\p{Ll}+|(?:et\s+|en\s+|det\s+|den\s+)?(?:[\p{L}-]+\s+)?(?:botilbud|plejebolig|plejehjem|bofællesskab|bosted|opholdssted|døgninstitution|plejefamilie|ældrebolig|børnehjem|plejecent)\p{L}*)/u;
const DECIDED_BACK = /^(?:det|dette)\s+har\s+(?:vi|udvalget|kommunen|jeg)\s+(?:nu\s+)?besluttet(?![\p{L}])/iu;
// A parent asks for the child to come home ("din anmodning om, at Jonas kan flytte hjem til dig")
// and the result is that the placement goes on ("Jonas skal blive boende på Egebo. Anbringelsen …
// fortsætter"): the request is refused, however the continued placement is worded.
// (Also "din anmodning om, at Lucas kommer hjem".)
const HOME_REQUEST = /hjemgiv|(?:kan|må|skal)\s+(?:flytte|komme)\s+hjem(?![\p{L}])|(?<![\p{L}])om,?\s+at\s+\p{L}+\s+(?:flytter|kommer)\s+hjem(?![\p{L}])|(?<![\p{L}])at\s+få\s+\p{L}+\s+hjem(?![\p{L}])/iu;
const STAYS_PLACED =
  /(?<![\p{L}])(?:skal\s+(?:fortsat\s+)?blive\s+boende|anbringelsen\s+(?:[\p{L}§\d.,]+\s+){0,10}?(?:fortsætter|opretholdes|videreføres)|fortsat\s+(?:skal\s+)?bo\s+(?:på|hos)|skal\s+fortsat\s+bo\s+(?:på|hos)|forbliver\s+anbragt)(?![\p{L}])/iu;
const STAYS_WHERE_PLACED = /(?<![\p{L}])(?:bliver\s+(?:\p{L}+\s+){0,2}?boende\s+(?:hos|i|på)|(?:er|forbliver)\s+(?:\p{L}+\s+)?fortsat\s+anbragt)(?![\p{L}])/iu;
const STAYS_UNTIL = /(?<![\p{L}])(?:indtil|frem\s+til|til\s+og\s+med)(?![\p{L}])/iu;
function staysAgainstHomeRequest(letter: Letter, result: number): boolean {
  const sentences = letter.seg.sentences;
  const said = letter.slice(sentences[result]!) + (result + 1 < sentences.length ? ` ${letter.slice(sentences[result + 1]!)}` : '');
  return STAYS_PLACED.test(said) && HOME_REQUEST.test(letter.text.slice(0, sentences[result]!.start));
}

const RESULT_HEADING = /^(?:(?:vores|kommunens|udvalgets|forvaltningens)\s+)?(?:afgørelse(?:n)?|resultat(?:et)?|beslutning(?:en)?|det\s+har\s+vi\s+besluttet|hvad\s+har\s+vi\s+besluttet\??|vi\s+har\s+besluttet)\s*:?\s*$/iu;
const RESULT_SECTION_SENTENCES = 6;
const NUMBERED_DECISION = /^(?:afgørelse|beslutning)\s+\d{1,2}\b/iu;

// Other section headings end a list of items (they are not items of the grant).
const LIST_END = /^(?:formål\p{L}*|mål(?:et|s[æa]tning\p{L}*)?|opfølgning\p{L}*|varighed|praktisk\p{L}*|med\s+venlig|venlig\s+hilsen|hilsen|kontakt)(?![\p{L}])/iu;
const listItem = (line: string) => !SECTION_STOP.test(line) && !HISTORY_STOP.test(line) && !COMPLAINT.test(line) && !RESULT_HEADING.test(line.trim()) && !LIST_END.test(line.trim());
const listIntro = (heading: string) => /:\s*$/u.test(heading) && !SECTION_STOP.test(heading) && !COMPLAINT.test(heading) && !HISTORY_STOP.test(heading);

/** The result read from the sentences under a heading that names it, if there is one. */
function resultSection(letter: Letter): { type: DecisionType; resultSentence: number } | undefined {
  const sentences = letter.seg.sentences;
  const at = sentences.findIndex((s) => s.heading && RESULT_HEADING.test(letter.slice(s).trim()));
  if (at < 0) return undefined;
  let type: DecisionType = 'ukendt';
  let resultSentence = -1;
  // (A heading that introduces a list, "Din mor får:", stays inside the section; so do the list's items, set as
  // lines of their own, after a sentence that introduces them: "Du bevilges hjælp som følger:" / "Bad 2 gange om
  // ugen" / "Hjælp om aftenen imødekommes ikke" — the refusal after the items still belongs to the result.)
  let inList = false;
  const goesOn: GoesOn = { only: false };
  for (let i = at + 1; i < sentences.length && i <= at + RESULT_SECTION_SENTENCES && (!sentences[i]!.heading || listIntro(letter.slice(sentences[i]!)) || (inList && listItem(letter.slice(sentences[i]!)))); i++) {
    inList = /:\s*$/u.test(letter.slice(sentences[i]!)) || (inList && sentences[i]!.heading);
    if (COMPLAINT.test(letter.slice(sentences[i]!))) continue;
    const f = sentenceFlags(letter, i);
    if (!any(f)) continue;
    if (type === 'ukendt') {
      type = decideOne(f);
      resultSentence = i;
      goesOn.only = f.continues;
    } else type = refineAfterPrimary(type, f, goesOn);
  }
  return resultSentence < 0 ? undefined : { type, resultSentence };
}

/**
 * A result found only after the zone (a note with the facts first: "Oplysninger: …" then "Hvad kommunen giver:")
 * is read on as the zone's result would be: the sentences right after a grant refine it ("Resten betaler pågældende
 * selv") up to the next section heading, and a heading over the reasons that asks why not more ("Hvorfor ikke
 * mere?") says the grant is less than applied for.
 */
function refineLateResult(letter: Letter, type: DecisionType, at: number): DecisionType {
  // (A grant only: after a late refusal, the guidance that follows names other help — "Får du vederlagsfri
  // fysioterapi, kan du søge regionen om …" — which is no part granted.)
  if (type !== 'bevilling') return type;
  const sentences = letter.seg.sentences;
  for (let i = at + 1; i < sentences.length && i <= at + RESULT_SECTION_SENTENCES; i++) {
    const s = sentences[i]!;
    const sText = letter.slice(s);
    if (s.heading && (SECTION_STOP.test(sText) || HISTORY_STOP.test(sText) || RESULT_HEADING.test(sText.trim()))) {
      if (type === 'bevilling' && whyLessHeading(sText)) return 'delvis';
      break;
    }
    if (COMPLAINT.test(sText) || CONDITION.test(sText)) continue;
    const f = sentenceFlags(letter, i);
    if (any(f)) type = refine(type, f);
  }
  return type;
}

// Round 45: results told as what happens next, or as what stays as it is, with no decision word at all.
// The help told as starting at a set time ("du starter mandag den 20. april", "Du kan begynde at træne på
// torsdag", "du kan starte i værkstedet tirsdag og torsdag"): a start verb, maybe "kan", maybe an activity, then a
// day, date or week. Not school or work, which the citizen starts on their own.
const STARTS_AT =
  /(?<![\p{L}])(?:[Dd]u|I|De|[Hh]an|[Hh]un)\s+(?:kan\s+)?(?:starter|begynder|starte|begynde)\s+(?:at\s+\p{L}+\s+)?(?:(?:på|i|hos)\s+(?!(?:skole\p{L}*|børnehave\p{L}*|vuggestue\p{L}*|arbejde\p{L}*|job\p{L}*|uddannelse\p{L}*|gymnasi\p{L}*|studie\p{L}*)(?![\p{L}]))(?:[\p{L}-]+\s+){1,5}?)?(?:fra\s+|på\s+|allerede\s+)?(?:(?:næste\s+)?(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)|den\s+\d{1,2}\.|i\s+(?:næste|denne)\s+uge|uge\s+\d{1,2}|\d{1,2}\.\s*(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december))(?![\p{L}])/u;
// Someone coming to help at a set time ("Fra næste uge kommer der en fra hjemmeplejen og hjælper dig i bad", "Hver
// tirsdag kommer Bente og hjælper dig med rengøringen"): the help told as the visit. Not a past visit ("kom").
const HELPER_COMES =
  /(?<![\p{L}])kommer\s+(?:der\s+)?(?:en|én|\p{Lu}\p{Ll}+)\s+(?:(?:fra|fra\s+vores)\s+\p{L}+\s+)?og\s+hjælper\s+(?:dig|jer|Dem)(?![\p{L}])/u;
const SET_TIME = /(?<![\p{L}])(?:fra|hver|om|på|i\s+næste)\s+(?:\p{L}+\s+)?(?:uge|mandag\p{L}*|tirsdag\p{L}*|onsdag\p{L}*|torsdag\p{L}*|fredag\p{L}*|lørdag\p{L}*|søndag\p{L}*|morgen\p{L}*|aften\p{L}*|\d)/iu;
// What the citizen has now, kept, against an ask for something else or more ("din hjælp skal fortsat komme fra
// hjemmeplejen, som den gør i dag, og ikke som BPA", "Vi bliver ved med de 3 timer, som du har nu – flere bliver det
// ikke"): a continuing verb, the help told as it is now, and the asked thing said not to come.
const KEPT_ON = /(?<![\p{L}])(?:bliver\s+ved\s+med|fortsætter\s+med|fortsat\s+skal|skal\s+fortsat|forbliver|beholder|bevarer)(?![\p{L}])/iu;
const AS_NOW = /(?<![\p{L}])(?:som\s+(?:(?:den|det|de|du|I|De|han|hun)\s+)?(?:gør|har|får|modtager|er|bruger)\s+(?:\p{L}+\s+)?(?:i\s+dag|nu|hidtil)|som\s+(?:i\s+dag|nu|hidtil|før))(?![\p{L}])/iu;
const NOT_THE_ASKED = /(?<![\p{L}])(?:(?:og|men)\s+ikke\s+(?:som|til|med|mere|flere|\p{Lu})|(?:flere|mere)\s+(?:\p{L}+\s+){0,2}?ikke)(?![\p{L}])/u;
// How far back an ask may stand for its answer told by the asked verb said back negated.
const ASK_REACH = 3;
/**
 * Round 45: results told without a decision word, found by the shape of the telling rather than its words: the
 * help starting at a set time, a helper coming at a set time, what the citizen has kept against the ask, and the
 * asked verb said back negated a few sentences after the ask ("Du har bedt os om at betale for … Sådan en ombygning
 * hører under … Vi ender med ikke at betale for ombygningen").
 */
function resultToldAsWhatHappens(letter: Letter, i: number, sText: string): DecisionType | undefined {
  if (STARTS_AT.test(sText) || (HELPER_COMES.test(sText) && SET_TIME.test(sText))) return 'bevilling';
  const sentences = letter.seg.sentences;
  let askAt = -1;
  for (let k = i - 1; k >= 0; k--) if (asks(letter.slice(sentences[k]!))) { askAt = k; break; }
  if (askAt < 0) return undefined;
  if (KEPT_ON.test(sText) && AS_NOW.test(sText) && NOT_THE_ASKED.test(sText)) return 'afslag';
  if (i - askAt > ASK_REACH || !NEGATION.test(sText)) return undefined;
  return askedVerbSaidBackNegated(letter, i, sText, letter.slice(sentences[askAt]!), true) ? 'afslag' : undefined;
}

/**
 * A result told without a decision word, in a body sentence: a placement kept against a request to
 * bring the child home ("at anbringelsen af Yasmin … opretholdes"); yes or no to the question asked
 * ("… du spurgte mig i maj, om du kunne blive boende hos Lene og Jens. Det kan du.", "Du har spurgt,
 * om kommunen kan dække de ekstra udgifter. Det kan vi ikke."); the aid brought out
 * ("Hjælpemiddeldepotet kører på torsdag en toiletforhøjer … ud til Karina"); a course told as where
 * the citizen starts ("Du starter på holdtræning i Træningscentret fra uge 49", "Fra juli kommer Ida i
 * aflastning hos familien Hviid"); and a decision said
 * back ("Du skal have en fast voksen at snakke med. … Det har vi besluttet efter barnets lov § 32").
 */
function resultToldIndirectly(letter: Letter, i: number, sText: string): { type: DecisionType; resultSentence: number } | undefined {
  const sentences = letter.seg.sentences;
  if (STAYS_PLACED.test(sText) && HOME_REQUEST.test(letter.text.slice(0, sentences[i]!.start))) return { type: 'afslag', resultSentence: i };
  const asked = i > 0 && ASKED_WHETHER.test(letter.slice(sentences[i - 1]!));
  if (asked && ANSWER_NO.test(sText)) return { type: 'afslag', resultSentence: i };
  if (asked && ANSWER_YES.test(sText)) return { type: 'bevilling', resultSentence: i };
  const answer = answerToAsk(letter, i, sText);
  if (answer) return { type: answer, resultSentence: i };
  // Round 40: more asked for and the answer that keeps what the citizen has ("Det bliver ved de 3 timer").
  if (STAYS_AS_IS.test(sText) && i > 0 && (asked || APPLIED.test(letter.slice(sentences[i - 1]!)))) return { type: 'afslag', resultSentence: i };
  // Round 40: the move into a place told as what happens ("Emma flytter på opholdsstedet Sølvgården den 16. februar").
  if (MOVES_INTO.test(sText)) return { type: 'bevilling', resultSentence: i };
  if (FRONTED_START.test(sText)) {
    // "Fra 1. oktober kommer Elias i aflastning … én weekend om måneden. I dag er han der to weekender om
    // måneden.": a new amount set against the one the child has now is a change.
    // Round 41: also the help had told by "hidtil" or a clause of what the citizen has used ("Onsdagen, som du hidtil
    // har brugt i huset, bliver din faste praktikdag", "Hidtil har du været der fire dage").
    const next = i + 1 < sentences.length ? letter.slice(sentences[i + 1]!) : '';
    const had = (NOW_HAS.test(next) && ONE_AMOUNT.test(next)) || HAD_TOLD.test(sText) || HAD_TOLD.test(next) || HAD_AMOUNT.test(next);
    return { type: had ? 'aendring' : 'bevilling', resultSentence: i };
  }
  if (ORDERED_FOR.test(sText) || BROUGHT_OUT.test(sText) || DELIVERED_TO.test(sText) || STARTS_ON.test(sText) || TEAM_COMES.test(sText) || HELP_STARTS.test(sText)) return { type: 'bevilling', resultSentence: i };
  if (DECIDED_BACK.test(sText) && i > 0) return { type: 'bevilling', resultSentence: i - 1 };
  // Round 56: the amount it becomes, set in the same breath against the amount asked ("Det bliver to dage om ugen – og
  // ikke de fire, du skrev om", "Det bliver 2 timer, og ikke de 3 timer, I bad om"): less than asked, a partial grant.
  if (sText.includes('ikke') && IT_BECOMES_AMOUNT.test(sText) && AMOUNT_NOT_ASKED.test(sText)) return { type: 'delvis', resultSentence: i };
  const next = resultToldAsWhatHappens(letter, i, sText);
  if (next) return { type: next, resultSentence: i };
  if (sText.includes('ikke') && appliedThingRefusedPlainly(letter, i, sText)) return { type: 'afslag', resultSentence: i };
  return undefined;
}

// Round 51: the thing applied for refused with a plain verb and no decision word ("Du kommer ikke i et længerevarende
// botilbud" after "bedt om at få et længerevarende botilbud", "Hun får ikke en ny kørestol"): the subject, a plain verb,
// "ikke" and then a word of the application. (Not "ikke længere", which ends help the citizen has; not a reason or a
// condition, which the callers and insideReason leave out.)
const PLAIN_NOT = /(?<![\p{L}])(?:du|I|De|han|hun|barnet|borgeren|\p{Lu}\p{Ll}+)\s+(?:kommer|flytter|får|begynder|starter)\s+ikke\s+(?!længere(?![\p{L}]))(?:ind\s+)?(?:i|på|til|hos)?\s*([^,.;:!?\n]{3,60})/u;
function appliedThingRefusedPlainly(letter: Letter, i: number, sText: string): boolean {
  const m = PLAIN_NOT.exec(sText);
  if (!m) return false;
  const said = stems(m[1]!);
  if (said.size === 0) return false;
  const sentences = letter.seg.sentences;
  for (let k = i - 1; k >= 0; k--) {
    const t = letter.slice(sentences[k]!);
    if (COMPLAINT.test(t)) continue;
    const a = APPLIED_FOR.exec(t);
    if (!a) continue;
    for (const st of stems(a[1]!)) {
      if (!said.has(st)) continue;
      const s = sentences[i]!;
      return !insideReason(letter, s, { start: s.start + m.index, end: s.start + m.index + m[0].length });
    }
  }
  return false;
}

// Round 47: help the citizen has had until now, told beside a new amount from a date ("Fra 1. april får du støtte 4 timer
// om ugen. Du har indtil nu haft 6 timer om ugen", "Indtil din indlæggelse fik du hjælp 2 gange om dagen. Fra mandag
// kommer hjemmeplejen 3 gange om dagen", "Indtil nu har han haft 4 døgn om måneden"): the help already exists, so the
// new amount, more or less, changes it. Both sentences carry an amount, so help a relative gave ("Hidtil har din datter
// handlet ind") or a first grant with a start date is no change.
// Round 53: also the helpers as subject, coming to the citizen ("Indtil nu er hjemmeplejen kommet hos dig morgen og aften",
// "Hidtil har hjælperen været hos dig hver formiddag"): the help had, told by who brings it.
// Round 49: also a past season or time put first ("I foråret fik du hjælp til bad to gange om ugen", "Tidligere havde
// du 3 timer om ugen"): help the citizen had, told as history.
const HAD_UNTIL_NOW =
  /(?<![\p{L}])(?:(?:[Ii]ndtil\s+nu|[Hh]idtil|[Ii]\s+(?:foråret|sommer|sommeren|efteråret|vinter|vinteren)|[Tt]idligere|[Ss]idste\s+(?:år|måned|vinter|sommer)|[Ii]ndtil\s+(?:din|dit|jeres|Deres|hans|hendes|sin|sit)\s+\p{L}+|[Ff]ør\s+(?:din|dit|jeres|Deres|hans|hendes|sin|sit)\s+\p{L}+)\s*,?\s+(?:har|fik|havde|modtog)\s+(?:du|I|De|han|hun|\p{Lu}\p{Ll}+)(?:\s+(?:haft|fået|modtaget))?|(?:[Dd]u|I|De|[Hh]an|[Hh]un|\p{Lu}\p{Ll}+)\s+(?:har|havde)\s+(?:indtil\s+nu|hidtil)\s+(?:haft|fået|modtaget)|(?:[Ii]ndtil\s+nu|[Hh]idtil)\s*,?\s+(?:er|har)\s+(?:hjemmeplejen|hjemmehjælpen|hjemmesygeplejen|hjælperen|hjælperne|medarbejderne|personalet|plejepersonalet|vi)\s+(?:kommet|været)\s+(?:hos|ved|hjemme)|(?:[Ff]ør\s+(?:din\s+|dit\s+|jeres\s+)?\p{L}+|[Ii]ndtil\s+nu|[Hh]idtil)\s*,?\s+kom\s+(?:hjemmeplejen|hjemmehjælpen|hjemmesygeplejen|hjælperen|hjælperne|personalet|plejepersonalet|vi)|(?:[Ii]ndtil\s+nu|[Tt]il\s+nu|[Hh]idtil)\s*,?\s+(?:har|var)\s+(?:den|det|ordningen|hjælpen|støtten|bevillingen|(?:din|dit|jeres|Deres)\s+[\p{L}-]+)\s+(?:været\s+)?på)(?![\p{L}])/u;
// (Round 62: also the help had told by its giver in the past, "Før indlæggelsen kom hjemmeplejen 2 gange om dagen", and an
// arrangement's size had, "Til nu har den været på 60 timer om ugen"; the amount itself is asked of the sentence below.)
// (The money granted as a share or a sum before the ceiling, and not the citizen's own payment.)
const GRANT_SHARE_BEFORE = /^(?![^]*(?:selv\s+betale|betaler\s+selv|egenbetaling|egenandel))[^]*(?:(?<![\p{L}])(?:tilskud\p{L}*|støtte\p{L}*|beløbet|bevilling\p{L}*|dækker|betaler\s+(?:vi|kommunen))(?![\p{L}])|\d\s*%)/iu;
const NEW_FROM_DATE = /^(?:fra|fremover|herefter|fremadrettet)(?![\p{L}])/iu;
// Round 49: the help had may be named anywhere before the new amount, not only next to it ("I foråret fik du hjælp til
// bad to gange om ugen … [the assessment] … Fra uge 37 får du hjælp til bad 1 gang om ugen"); and help given at a part
// of the day ("hver morgen") is an amount too. Help added from a date to that help ("Fra mandag kommer hjemmeplejen
// også om aftenen") changes it as a new amount does.
// Round 53: also two parts of the day joined as a schedule ("morgen og aften", "formiddag og eftermiddag").
const DAY_PART_AMOUNT = /(?<![\p{L}])(?:(?:hver|hvert|alle)\s+(?:morgen|formiddag|middag|eftermiddag|aften|nat|hverdag|hverdage|dag)|(?:morgen|formiddag|middag|eftermiddag|aften)\s+og\s+(?:morgen|formiddag|middag|eftermiddag|aften|nat))(?![\p{L}])/iu;
const ALSO = /(?<![\p{L}])også(?![\p{L}])/iu;
// Round 50: a sum of money for a period is an amount too ("Fra 1. april får du 1.150 kr. om måneden. Indtil nu har du fået
// 850 kr. om måneden"): a benefit paid now, set to a new sum, is changed (the test runs only where "kr" is written).
// (Round 52: KRONER_PER, from the one definition of a sum in kroner that partial-grant.ts uses too.)
const amountIn = (t: string) => ONE_AMOUNT.test(t) || (t.includes('kr') && KRONER_PER.test(t));
const HAS_NOW =
  /(?<![\p{L}])(?:(?:[Dd]u|I|De|[Hh]an|[Hh]un|\p{Lu}\p{Ll}+)\s+(?:har|får|modtager)\s+(?:i\s+dag|for\s+tiden|lige\s+nu)|(?<![Ff]ra\s)[Ii]\s+dag\s+(?:har|får|modtager)\s+(?:du|I|De|han|hun|\p{Lu}\p{Ll}+)|(?<![Ff]ra\s)[Ii]\s+dag\s+(?:dækker|betaler|yder|giver)\s+(?:vi|kommunen)|(?:[Vv]i|[Kk]ommunen)\s+(?:dækker|betaler|yder|giver)\s+(?:i\s+dag|for\s+tiden|lige\s+nu))(?![\p{L}])/u;
/** The first amount's count (NaN when none is written) and unit ("timer", "gange", "weekend", or the period of "hver 2. uge"). */
function firstAmount(t: string): { count: number; unit: string | undefined } {
  const m = ONE_AMOUNT.exec(t);
  return { count: count(m?.[1] ?? ''), unit: m ? (m[2] ?? m[7])?.toLowerCase() : undefined };
}
function newAmountBesideHad(letter: Letter): boolean {
  const sentences = letter.seg.sentences;
  for (const [i, sText] of zoneBody(letter)) {
    if (!NEW_FROM_DATE.test(sText) || HAD_UNTIL_NOW.test(sText) || CONDITION.test(sText)) continue;
    const newAmount = amountIn(sText);
    if (!newAmount && !ALSO.test(sText)) continue;
    for (let k = i + 1; k >= 0; k--) {
      if (k >= sentences.length || k === i || sentences[k]!.heading) continue;
      const t = letter.slice(sentences[k]!);
      if (!HAD_UNTIL_NOW.test(t) || COMPLAINT.test(t)) continue;
      // (The added help needs an amount had, in numbers or a part of the day; "Hidtil har din datter handlet ind" is none.)
      if (amountIn(t) || (k < i && DAY_PART_AMOUNT.test(t))) return !increaseAppliedFor(letter, Math.max(i, k));
    }
    // Round 52: the help had told in the present before the new amount ("Du har i dag BPA på 70 timer om ugen … Fra den
    // 1. juni får du BPA på 58 timer om ugen", "I dag får han aflastning 2 weekender om måneden"): with the same unit
    // (hours against hours), the new amount changes the help the citizen has. (Not "Fra i dag får du …", the grant.)
    const now = firstAmount(sText);
    const unit = newAmount ? now.unit : undefined;
    if (!unit) continue;
    // (Round 53: also the sentence right after when it had more, "Fra 1. august dækker vi 20 timer om ugen. I dag dækker
    // vi 30 timer om ugen", and the municipality as the one that covers or pays now.)
    for (let k = Math.min(i + 1, sentences.length - 1); k >= 0; k--) {
      if (k === i || sentences[k]!.heading) continue;
      const t = letter.slice(sentences[k]!);
      if ((!t.includes(' dag') && !t.includes('for tiden') && !t.includes('lige nu')) || !HAS_NOW.test(t) || COMPLAINT.test(t) || CONDITION.test(t)) continue;
      // (Told after the new amount, only a larger amount had makes it a change: round 40 reads more than had, told after, as the grant.)
      const had = firstAmount(t);
      if (k > i && !(had.count > now.count)) continue;
      if (had.unit === unit) return !increaseAppliedFor(letter, i);
    }
  }
  return false;
}

// Round 56: the grant says it is what was applied for ("Du får 15 timers ledsagelse om måneden, som du har søgt om", "som
// ansøgt"), and a later refusal in the zone names nothing of the application ("Kommunen betaler ikke ledsagerens udgifter til
// billetter"): a limit of the help told beside a full grant, not a part of the application refused.
const AS_APPLIED = /(?<![\p{L}])(?:som\s+(?:du|I|De)\s+(?:har\s+|havde\s+)?(?:søgt|søgte|ansøgt|ansøgte|bedt|bad)\s+om|som\s+ansøgt)(?![\p{L}])/iu;
function refusalsOutsideAsked(letter: Letter, result: number, refused: number[]): boolean {
  const grant = letter.slice(letter.sentence(result));
  if (!AS_APPLIED.test(grant)) return false;
  // What was applied for: the grant sentence's own words, and any "søgt om …" in the letter (a second application told
  // after the grant counts too: "Du har også søgt om ledsagelse … Det kan vi ikke bevilge").
  const asked = stems(grant);
  for (let k = 0; k < letter.seg.sentences.length; k++) {
    const t = letter.slice(letter.sentence(k));
    const m = COMPLAINT.test(t) ? null : APPLIED_FOR.exec(t);
    if (m) for (const st of stems(m[1]!)) asked.add(st);
  }
  const names = (k: number) => {
    for (const st of stems(letter.slice(letter.sentence(k)).replace(DEFINITE_GENITIVE, ' '))) if (asked.has(st)) return true;
    return false;
  };
  // (A refusal by a pronoun, "Det kan vi ikke bevilge", refuses what the sentence before names.)
  return refused.every((k) => !names(k) && !(k > 0 && REFUSED_BY_PRONOUN.test(letter.slice(letter.sentence(k))) && names(k - 1)));
}

// Round 70: the help just granted on the citizen's application, said to take over from the help had ("De får bevilget BPA
// … BPA-ordningen afløser Deres nuværende tilskud", "Du får en plads i dagcentret … Pladsen erstatter dine besøg"): the grant
// asked for, the old help only giving way to it; not a change the municipality makes (a placement without consent, asked by
// no one, still is one).
const REPLACES_CUE = /^(?:afløser|erstatter)(?![\p{L}])/iu;
const SUBJECT_BEFORE_CUE = /([\p{L}-]{3,})\s+(?:\p{L}+\s+)?$/u;
const GRANT_LOOKBACK = 2;
function grantReplacesHad(letter: Letter, i: number, s: Span, m: Span): boolean {
  if (!appliedBefore(letter, i)) return false;
  const subject = SUBJECT_BEFORE_CUE.exec(letter.text.slice(s.start, m.start));
  if (!subject) return false;
  // (The subject's parts, "BPA-ordningen" → "bpa", "ordningen"; each compared by its first letters.)
  const parts = subject[1]!.toLowerCase().split('-').filter((w) => w.length >= 3).map((w) => w.slice(0, 6));
  for (let k = i - 1; k >= Math.max(0, i - GRANT_LOOKBACK); k--) {
    const t = letter.slice(letter.sentence(k));
    if (COMPLAINT.test(t) || !sentenceFlags(letter, k).bevilling) continue;
    const words = t.toLowerCase().match(/[\p{L}]{3,}/gu) ?? [];
    if (parts.some((p) => words.some((w) => w.startsWith(p)))) return true;
  }
  return false;
}

/** The first result statement after the aim (outside the complaint guidance), when it reduces or replaces the help. */
function reductionAfterAim(letter: Letter, from: number): number {
  const sentences = letter.seg.sentences;
  for (let i = from + 1; i < sentences.length && i <= from + 20; i++) {
    const s = sentences[i]!;
    const sText = letter.slice(s);
    if (s.heading && SECTION_STOP.test(sText)) break;
    if (COMPLAINT.test(sText)) continue;
    const f = sentenceFlags(letter, i);
    if (!any(f) || f.aim) continue;
    return f.aendring && (f.reduction || f.replaces) ? i : -1;
  }
  return -1;
}

// Round 70: the refusal because the costs accepted stay under the law's floor ("dine merudgifter når ikke op på
// minimumsbeløbet", "er under bagatelgrænsen"): a table's "Vi har godkendt" column then is the reckoning, nothing granted.
const BELOW_MINIMUM = /(?<![\p{L}])(?:(?:når|kommer)\s+(?:\p{L}+\s+)?op\s+på|under|overstiger|lavere\s+end|mindre\s+end)\s+(?:\p{L}+\s+){0,2}?(?:minimums\p{L}*|bundgrænse\p{L}*|bagatelgrænse\p{L}*|mindstebeløb\p{L}*|grænsen\s+på)/iu;
function belowMinimum(letter: Letter, result: number | undefined): boolean {
  if (result === undefined) return false;
  const t = letter.slice(letter.sentence(result));
  return (t.includes('minimum') || t.includes('grænse') || t.includes('mindstebeløb')) && BELOW_MINIMUM.test(t);
}

/** Classify the letter; also returns the sentence where the result is stated. */
export function classifyDecision(letter: Letter): { type: DecisionType; resultSentence?: number; source: DecisionTypeSource } {
  const sentences = letter.seg.sentences;
  let type: DecisionType = 'ukendt';
  let resultSentence: number | undefined;
  let body = 0;
  let revisit = false;
  // "Du kan få hjælp til bad 2 gange om ugen. Den tredje gang kan vi ikke bevilge.": an amount the
  // citizen can have, said before a refusal, is the granted part.
  let canGetAmount = false;
  const goesOn: GoesOn = { only: false };
  // The primary's type, and the sentences that made a grant partial by a refusal alone (see refusalsOutsideAsked).
  let primaryType: DecisionType = 'ukendt';
  let otherPartial = false;
  const refusedOnly: number[] = [];
  // Round 61: the primary is only the aim of the help ("Formålet med aflastningen er, at I får tid til at hvile"), and no
  // other grant followed it in the zone.
  let aimOnly = false;
  // Round 71: the primary is a subject line that only names a change ("Emne: Afgørelse om ændring af din ledsageordning").
  let primaryChangeSubject = false;
  // Round 73 (A2): that subject line, while no body statement has followed it yet (see saysYesToOwnAsk).
  let changeHeadingOpen = false;
  for (let i = 0; i < sentences.length && body < ZONE_SENTENCES; i++) {
    const s = sentences[i]!;
    const sText = letter.slice(s);
    // "Hvorfor 8 og ikke 12?": the heading over the reasons says the grant is less than applied.
    if (s.heading && body > 0 && SECTION_STOP.test(sText)) {
      // (Round 63: when the only grant is the help going on, "Du fortsætter i værkstedet tre dage om ugen" over "Hvorfor ikke fem
      // dage?", the increase is refused and nothing new granted: a refusal, as grantsLessThanAsked reads it below.)
      if (type === 'bevilling' && whyLessHeading(sText)) type = goesOn.only ? 'afslag' : 'delvis';
      break;
    }
    if (s.heading && type !== 'ukendt' && HISTORY_STOP.test(sText)) break;
    if (!s.heading) body++;
    if (COMPLAINT.test(sText)) continue;
    // (Round 73: not a new look the citizen asked for in the same breath, "en ny vurdering af din hjælp, efter du bad om mere hjælp".)
    if (!revisit && REVISIT_WORD.test(sText) && REVISIT.test(sText) && !CONDITION.test(sText) && !(APPLIED.test(sText) && MORE_WORD.test(sText))) revisit = true;
    // A table's column head ("Ansøgt | Pris | Bevilget støtte") after the result refines nothing:
    // its rows say what was granted (0 kr. in a refusal).
    if (type !== 'ukendt' && isColumnHead(letter, i)) continue;
    const f = { ...sentenceFlags(letter, i) };
    // (A "når" inside what the help is for is no condition: "Du kan få dækket 20 timer om ugen, så du kan
    // passe Viktor, når han er syg".)
    // (Round 55: not what the ask is for, "Du har bedt om at få forlænget dit ophold, så du kan blive boende til juni":
    // what the citizen could have if the ask were granted is the ask, not a part granted.)
    const canText = type === 'ukendt' && asks(sText) ? beforePurpose(sText) : sText;
    if (type === 'ukendt' && !f.afslag && !COMPLAINT.test(sText) && !CONDITION.test(beforePurpose(sText)) && !WHETHER_CAN_GET.test(sText) && (((CAN_GET_AMOUNT.test(canText) || WE_CAN_HELP.test(canText)) && ONE_AMOUNT.test(canText)) || CAN_STAY.test(canText) || IT_BECOMES_AMOUNT.test(canText) || (CAN_GET.test(canText) && DELIVERED.test(canText)))) canGetAmount = true;
    // (Also a field line of a journal-style letter: "Afgjort: Familiebehandling én gang om ugen á 2 timer".)
    if ((s.heading || FIELD_LINE.test(sText)) && !any(f) && type === 'ukendt' && SUBJECT_GRANT.test(sText)) f.bevilling = true;
    // Round 69: a yes with its limit in one sentence ("Vi kan hjælpe med rengøring – dog hver 3. uge", "Du kan få aflastning, men
    // kun én weekend om måneden"): the limit alone is no result, the help offered with an amount before it is the grant.
    if (f.contrast && !f.bevilling && !f.afslag && !CONDITION.test(sText) && (WE_CAN_HELP.test(sText) || CAN_GET_AMOUNT.test(sText)) && ONE_AMOUNT.test(sText)) f.bevilling = true;
    // Round 73 (A2): the subject only names a change ("Ændring af din hjælp", "SV: Skift af hjemmehjælp") and the body says yes
    // to the citizen's own ask ("Du får den hjælp, du bad om", "I har bedt om at få flyttet støtten … Det er i orden"): the
    // guide types it as any application, so the body's yes is the result.
    // (Only the body's first statement: a change told first, "Vi har besluttet at ændre behandlingen …", is the result.)
    if (changeHeadingOpen && !s.heading && saysYesToOwnAsk(letter, i, sText, f)) {
      type = 'bevilling';
      primaryType = 'bevilling';
      primaryChangeSubject = false;
      changeHeadingOpen = false;
      resultSentence = i;
      goesOn.only = f.continues;
      continue;
    }
    if (changeHeadingOpen && !s.heading && any(f)) changeHeadingOpen = false;
    if (!any(f)) continue;
    if (type === 'ukendt') {
      type = decideOne(f);
      resultSentence = i;
      goesOn.only = f.continues;
      primaryType = type;
      aimOnly = !!f.aim;
      primaryChangeSubject = s.heading && type === 'aendring' && CHANGE_SUBJECT.test(sText);
      changeHeadingOpen = primaryChangeSubject;
    } else {
      // Round 71: the subject names the change asked for, and the body refuses the application ("Du har anmodet om, at din
      // ledsageordning udvides … Kommunen vurderer ikke, at der er grundlag for at imødekomme anmodningen"): the help stays as
      // it was, a refusal (the guide: the asked is refused whole).
      if (primaryChangeSubject && !s.heading && f.afslag && !f.bevilling && !f.aendring && !f.delvis && appliedBefore(letter, i)) {
        type = 'afslag';
        primaryChangeSubject = false;
        resultSentence = i;
        continue;
      }
      if (f.bevilling && !f.aim) aimOnly = false;
      const was = type;
      type = refineAfterPrimary(type, f, goesOn);
      if (type === 'delvis' && (was === 'bevilling' || was === 'delvis')) {
        if (f.delvis || f.contrast || f.partOfApplied) otherPartial = true;
        else if (f.afslag) refusedOnly.push(i);
      }
      if (sentences[resultSentence!]!.heading && !s.heading) resultSentence = i;
    }
  }
  // A section headed "Afgørelse" (or "Resultat", "Det har vi besluttet") says the result in so
  // many words; letters that tell the history first ("Støtten blev bevilget, fordi …", "Det har
  // bostøtteteamet sagt ja til") would otherwise be read by their background.
  if (type === 'delvis' && primaryType === 'bevilling' && !otherPartial && refusedOnly.length > 0 && resultSentence !== undefined && refusalsOutsideAsked(letter, resultSentence, refusedOnly)) type = 'bevilling';
  // Round 61: a letter about help the child has had, its aim told in the first lines and the decision only after the
  // story of why ("Vi har derfor besluttet, at Malthe fra 1. august har aflastning 1 weekend om måneden i stedet for
  // 2"): the first later statement that reduces or replaces the help is the result (a change), not the aim's grant.
  if (type === 'bevilling' && aimOnly && resultSentence !== undefined) {
    const later = reductionAfterAim(letter, resultSentence);
    if (later >= 0) {
      type = 'aendring';
      resultSentence = later;
    }
  }
  // Round 71: a placement the parents consented to, read as a change only because the help the family had ends with it
  // ("Familiebehandlingen … ophører samme dag"): the parents get what they asked for, a grant (the guide's § 46 rule).
  if (type === 'aendring' && primaryType === 'bevilling' && consentedPlacement(letter.text)) type = 'bevilling';
  const headed = resultSection(letter);
  if (headed && headed.type !== 'ukendt') ({ type, resultSentence } = headed);
  if (type === 'afslag' && canGetAmount) type = 'delvis';
  if (type === 'ukendt') {
    // Plain-language grants say "Du kan få …" ("Du kan få en rollator. Vi bestiller den i dag.").
    // Read as a possibility above; when nothing else states a result, it is the grant.
    for (const [i, whole] of zoneBody(letter)) {
      const sText = beforeAimOfNeed(whole);
      // (Also "Emil kan komme i aflastning … én weekend om måneden".)
      if (COMPLAINT.test(whole) || CONDITION.test(whole) || WHETHER_CAN_GET.test(sText) || !(CAN_GET.test(sText) || ((CAN_GET_AMOUNT.test(sText) || WILL_STAY_AMOUNT.test(sText)) && ONE_AMOUNT.test(sText)))) continue;
      type = 'bevilling';
      resultSentence = i;
      break;
    }
  }
  if (type === 'ukendt') {
    // Then a result told without a decision word (see resultToldIndirectly).
    for (const [i, sText] of zoneBody(letter)) {
      if (COMPLAINT.test(sText) || CONDITION.test(sText)) continue;
      const told = resultToldIndirectly(letter, i, sText);
      if (told) {
        ({ type, resultSentence } = told);
        break;
      }
    }
  }
  if (type === 'ukendt') {
    // Not stated early: look through the rest, outside the complaint guidance.
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i]!;
      if (COMPLAINT.test(letter.slice(s))) continue;
      const f = sentenceFlags(letter, i);
      if (!any(f)) continue;
      const t = decideOne(f);
      if (t !== 'ukendt') {
        type = refineLateResult(letter, t, i);
        resultSentence = i;
        break;
      }
    }
  }
  // A grant form with fields and no result sentence ("Indsats: … Omfang: to ugentlige besøg af 2 timer").
  if (type === 'ukendt') {
    const at = sentences.findIndex((s) => SCOPE_FIELD.test(letter.slice(s)) && FIELD_AMOUNT.test(letter.slice(s)));
    if (at >= 0) {
      type = 'bevilling';
      resultSentence = at;
    }
  }
  // Round 71: a result told with no decision word at all: a before/after table, what the help provider will (not) do, the
  // person appointed (see unstated-result.ts).
  if (type === 'ukendt') {
    const unstated = unstatedResult(letter);
    if (unstated) ({ type, resultSentence } = unstated);
  }
  // Numbered decisions in one letter ("AFGØRELSE 1 – personlig pleje: BEVILGET" … "AFGØRELSE 2 – indkøb:
  // AFSLAG") each state their result in their heading, however far down the second one comes.
  if (type !== 'ukendt') {
    for (let i = (resultSentence ?? 0) + 1; i < sentences.length; i++) {
      const s = sentences[i]!;
      if (s.heading && NUMBERED_DECISION.test(letter.slice(s))) type = refine(type, sentenceFlags(letter, i));
    }
  }
  // (Also when the grant was only found further on: "Hjælpen starter i uge 39" after "Vi vurderer, at
  // rengøring hver 3. uge er nok" against an application for every second week.)
  // A placement without consent that takes over from a measure the child has had ("… nu som en anbringelse uden
  // samtykke efter barnets lov § 47. Mathilde har siden oktober 2024 været anbragt med mors samtykke", "Den
  // familiebehandling, som familien har fået siden februar 2025, stopper samtidig") is a change (the guide's rule).
  if (type === 'bevilling' && resultSentence !== undefined && WITHOUT_CONSENT_PLACEMENT.test(letter.slice(sentences[resultSentence]!)) && PRIOR_MEASURE.test(letter.text)) type = 'aendring';
  // Round 53: the only grant is the help the citizen has going on ("De får fortsat helhedspleje"), and the thing applied for
  // is refused further down, past the reasons ("kan udvalget ikke imødekomme Deres ansøgning om … plejebolig"): nothing
  // new is granted, so the letter refuses (as refineAfterPrimary reads a refusal inside the zone).
  if (type === 'bevilling' && goesOn.only && resultSentence !== undefined && refusesAppliedItemLater(letter, resultSentence, sentenceFlags)) type = 'afslag';
  // Round 57: the only grant is the help going on ("Du får således fortsat rengøring hver 14. dag"), less than the amount
  // asked ("hver uge i stedet for hver anden uge"): the increase is refused and nothing new granted, a refusal (the guide's
  // "afslag på en forhøjelse, mens den nuværende hjælp fortsætter"), not a part granted.
  if (type === 'bevilling' && grantsLessThanAsked(letter, resultSentence, sentenceFlags)) type = goesOn.only ? 'afslag' : 'delvis';
  // (Round 53: also a letter that states its result only as a yes and a no per item, "- Rollator: ja." / "- El-scooter:
  // nej, ikke nu.", with no decision word elsewhere.)
  if ((type === 'bevilling' || type === 'afslag' || type === 'ukendt') && yesAndNoCells(letter)) type = 'delvis';
  if (type === 'afslag' && tableGrantsLess(letter, true) && !belowMinimum(letter, resultSentence)) type = 'delvis';
  // (Round 63: also a refusal under a heading that says yes to one part, "Rune bliver – men ikke ophold hos plejefamilien".)
  if (type === 'afslag' && resultSentence !== undefined && yesButNotHeading(letter, resultSentence)) type = 'delvis';
  // (Round 73b: also a refusal beside an asked period told only as what happens then, "I uge 29 er Emil hos familien Vang".)
  if (type === 'afslag' && resultSentence !== undefined && askedPeriodHappens(letter, resultSentence)) type = 'delvis';
  if (type === 'bevilling' && resultSentence !== undefined && lessThanBefore(letter, resultSentence)) type = 'aendring';
  if (type === 'bevilling' && resultSentence !== undefined && staysAgainstHomeRequest(letter, resultSentence)) type = 'afslag';
  if (revisit && (type === 'bevilling' || type === 'delvis')) type = 'aendring';
  // (Round 62: also a "partial" read from the reasons for a new, smaller amount, "Vi har fratrukket 8 timer og ikke 12", when no
  // more was applied for: newAmountBesideHad is false when the citizen asked for an increase, the one partial it may hold.)
  if ((type === 'bevilling' || type === 'delvis') && newAmountBesideHad(letter)) type = 'aendring';
  const screen = decisionTypeFromScreen(letter.context.afgoerelsestype);
  if (screen) return { type: screen, resultSentence, source: 'screen' };
  // Round 74: phrase rules learn how results were said in the letters they were tuned on, and a new writer who never says
  // the result in those words defeated them (batch er: 10 of 30). The model trained on the whole labelled corpus reads the
  // letter as a whole; it decides where the rules found no type, and overrules them only when it finds its own type far
  // likelier than theirs (round 78: two to one, seven to one against a partial grant; type-model/index.ts).
  const learned = withLearnedType(type, letter.lower);
  return { type: learned.type, resultSentence, source: learned.learned ? 'estimate' : 'letter' };
}
