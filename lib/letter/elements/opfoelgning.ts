/**
 * `opfoelgning`: present when one of the pack's phrases for it occurs outside the complaint
 * guidance (which talks about its own weeks, contacts and help, not the decision's). In a
 * letter that ends help, the date it ends ("Hjælpen ophører den 1. maj") is not a follow-up
 * of granted help. Nor is a look that already happened ("Vi har revurderet din hjælp", "ved
 * revisitationen", "Evalueringen viste"): that is why the letter was written.
 */
import type { AnalysedLetter, Detection, Letter } from '../letter';
import { COMPLAINT_SENTENCE, findHeading, inMergeField, isLawSentence } from './common';
import { MONTH_NAMES, MONTHS } from '../letter-date';

const DONE_VERB = /^(?:revurderet|revurderede|revisiteret|revisiterede|evalueret|evaluerede|fulgt\s+op|genbesøgte|genberegnet|genberegnede)$/iu;
// Round 56: a look given as the past reason for an earlier step ("Vi bad jer om kvitteringer, fordi vi skulle genberegne
// jeres ydelse", "da vi skulle revurdere din hjælp"): the review this letter reports, not one ahead. ("Vi aftalte, at vi
// skulle følge op i marts" has no "fordi"/"da" and stays.)
const PAST_REASON_BEFORE = /(?<![\p{L}])(?:fordi|da|idet)\s+(?:vi|jeg|kommunen|\p{L}+en)\s+skulle\s+(?:\p{L}+\s+){0,2}?$/iu;
const REVIEW_VERB = /^(?:genberegn|revurder|revisit|evaluer|følge\s+op|genvurder|genbesøg)/iu;
const PASSIVE_FUTURE_BEFORE = /(?<![\p{L}])(?:(?:vil|skal)\s+(?:\p{L}+\s+)?blive|bliver)\s+(?:\p{L}+\s+)?$/iu;
const DONE_NOUN = /^(?:revurdering|revisitation|evaluering|opfølgning|genbesøg)\p{L}*$/iu;
// (Also with an adjective: "i forbindelse med den planlagte revurdering", "ved den årlige opfølgning".)
// (Round 46: and the review the decision rests on: "Afgørelsen er truffet på baggrund af revurdering".)
const AFTER_DONE = /(?<![\p{L}])(?:ved|efter|under|i\s+forbindelse\s+med|på\s+(?:baggrund|grundlag)\s+af|som\s+følge\s+af)\s+(?:den\s+|vores\s+|din\s+|jeres\s+|deres\s+)?(?:planlagte\s+|aftalte\s+|årlige\s+|seneste\s+|varslede\s+)?$/iu;
// (Round 29: and the last week or the move it runs to: "Dine timer fortsætter frem til og med din sidste
// uge her", "indtil du flytter".)
// (Also the run-out of help that ends: "Under hensyn til afviklingsperioden udbetales hjælpen til
// og med den 30. november", "Sidste udbetaling sker den 31. maj".)
const ENDING =
  /(?<![\p{L}])(?:ophør\p{L}*|stopper|stoppes|slutter|afslutte\p{L}*|bortfald\p{L}*|udløb\p{L}*|ikke\s+længere|afvikling\p{L}*|sidste\s+(?:udbetaling|dag|betaling|uge|besøg)|(?:til|indtil)\s+(?:du|I|De|hun|han)\s+(?:flytter|fraflytter)|fraflytning\p{L}*)(?![\p{L}])/iu;
// An end asked about, not decided ("se på, om behandlingen kan afsluttes", "vurdere, om støtten skal ophøre").
const WEIGHED_ENDING =
  /(?<![\p{L}])om\s+(?:[\p{L}-]+\s+){0,3}?(?:kan|skal)\s+(?:\p{L}+\s+)?(?:afsluttes|afslutte|ophøre|stoppe|stoppes|slutte)(?![\p{L}])/giu;
// Round 41: a lower amount that goes on ("bliver det til 2 timer om ugen", "nedsættes til 3 timer", "fremover
// 1 gang om ugen"): the help is stepped down, not ended.
const REDUCED_GOES_ON =
  /(?<![\p{L}])(?:bliver\s+det\s+(?:til\s+)?|(?:nedsættes|reduceres|ændres|sættes\s+ned)\s+(?:\p{L}+\s+){0,3}?til\s+|fremover\s+(?:\p{L}+\s+){0,3}?)(?:\d+(?:[,.]\d+)?|en|et|én|to|tre|fire|fem|seks)\s+(?:timer?|gange?|dage?|besøg|weekend\p{L}*|kr\.?)(?![\p{L}])/iu;
// Help the citizen has had ("Du har haft en kontaktperson i 2 år"): its past duration.
const PAST_HELP = /(?<![\p{L}])(?:har\s+haft|havde|har\s+modtaget|modtog|har\s+fået|fik|har\s+været|var)(?![\p{L}])/iu;

const PAST_REVIEW =
  /(?<![\p{L}])(?:blev|er\s+blevet|har\s+været)\s+(?:\p{L}+\s+){0,3}?(?:revideret|udarbejdet|opdateret|evalueret|afholdt|gennemgået|drøftet|justeret)(?![\p{L}])/iu;
const HISTORY_BEFORE = /(?<![\p{L}])(?:har|havde)\s+(?:\p{L}+\s+)?(?:boet|haft|været|gået|arbejdet|levet|kendt|brugt|passet|boede|trænet|deltaget|modtaget|fået|kørt|cyklet|ejet|spillet|dyrket|sejlet|drevet|røget|klaret|anvendt|benyttet)(?![\p{L}])[^,.;]*$/iu;
// Round 47: a perfect with any "-et"/"-t" participle before the span, or the span before "(ikke) har + participle",
// or "har i perioden … lavet" (a span in the past); GRANT_IN_SPAN keeps "har bevilget dig hjælp i 6 måneder".
const ANY_PERFECT_BEFORE = /(?<![\p{L}])(?:har|havde)\s+(?:\p{L}+\s+)?(?!(?:ret|fast|brug|behov|bevilget|tildelt|tilbudt)(?![\p{L}]))\p{L}{2,}t(?![\p{L}])[^,.;]{0,30}$/iu;
const PERFECT_AFTER_SPAN = /^\s+(?:(?:ikke|aldrig|kun|selv)\s+){0,2}(?:har|havde)\s+(?:(?:ikke|aldrig|kun|selv)\s+)?\p{L}{2,}(?:et|t)(?![\p{L}])/iu;
const SPAN_THEN_PARTICIPLE = /^[^,.;]{0,30}?\s\p{L}{2,}et(?![\p{L}])/iu;
const GRANT_IN_SPAN = /(?<![\p{L}])(?:bevilg\p{L}*|forlæng\p{L}*|tildel\p{L}*|givet|gives|ydes|visiteret|godkendt|fortsæt\p{L}*|gælde\p{L}*|får)(?![\p{L}])/iu;
const MOVED_HISTORY_BEFORE = /(?<![\p{L}])(?:er|var)\s+(?:\p{L}+\s+)?(?:kommet|gået|mødt\s+op)(?![\p{L}])(?:(?!får|fik|bevilg|gives|ydes|tilbyd)[^,.;])*$/iu;
const HISTORY_AFTER = /^\s+(?:boet|haft|været|gået|arbejdet|levet|kendt|brugt|passet|trænet|deltaget|modtaget|fået|kørt|ejet|klaret|anvendt|benyttet)(?![\p{L}])/iu;
const PAST_TENSE = /(?<![\p{L}])(?:var|blev|havde|gennemgik|fik|kom|sagde|fortalte|faldt|lå|skete|aftalte|talte|drøftede|\p{L}+ede|er\s+faldet|har\s+været)(?![\p{L}])/iu;
// (A label with nothing after it may have its text on the next line; only a dash, "ingen" or
// an unfilled merge field says the field is empty.)
// The rest of a sentence that ends in an unfilled merge field, with no date or number before it.
// (Round 51: a field with a date or a number in it is filled in, "«Indsatsen revurderes senest 01.03.2026.»": the
// template puts its guillemets around the text it inserted.)
const FIELD_TIME_AFTER = /^[^.\n\d]{0,60}?(?:«[^»\n\d]*»|<<[^>\n\d]*>>|\[[^\]\n\d]*\]|\{\{[^}\n\d]*\}\})\s*\.?\s*$/u;
// Round 65: what follows a bare "i perioden" that names no span: the clause ends there.
const BARE_PERIOD_AFTER = /^\s*(?:[.;!?]|$|,\s+(?:og|men|idet|fordi|da|så)(?![\p{L}]))/u;
// Help from elsewhere the citizen already has, named in a refusal.
// (Round 72: also a medical treatment or a hospital stay the case papers report, "han er i kemoterapi frem til december", "er
// indlagt til og med udgangen af måneden", "sygemeldt indtil 1. marts": the health service's span, not this help's.)
const ELSEWHERE =
  /(?<![\p{L}])(?:allerede|i\s+forvejen|tilknyttet|behandlingsforløb\p{L}*|\p{L}*terapi|strålebehandling\p{L}*|kræftbehandling\p{L}*|i\s+behandling|indlagt|indlæggelse\p{L}*|sygemeldt|sygemelding\p{L}*)(?![\p{L}])/iu;
// A field label of its own: "Opfølgning:", "Varighed:", "Forventet varighed:".
const FIELD_LABEL_WORD = /^(?:opfølgning|varighed)$/iu;
const EMPTY_FIELD = /^\s*:\s*(?:[—–-]+|ingen|n\/a|«[^»]*»|\[[^\]]*\]|\.{2,})\s*$/iu;
// (Also records kept over a period: "hjemmeplejens observationsskema for perioden 1.-21. oktober".)
const DOCUMENT =
  /(?<![\p{L}])(?:udskrift|kvittering\p{L}*|regning\p{L}*|\p{L}*opgørelse\p{L}*|faktura\p{L}*|lønseddel\p{L}*|lønsedler|kontoudtog|dokumentation|\p{L}*skema\p{L}*|\p{L}*observation\p{L}*|\p{L}*registrering\p{L}*|\p{L}*dagbog\p{L}*|\p{L}*måling\p{L}*)(?![\p{L}])/iu;
const DOCUMENT_BEFORE = new RegExp(`(?:${DOCUMENT.source})\\s+(?:(?:de|den|det|seneste|sidste)\\s+){0,2}$`, 'iu');
const ASKED_LABEL_BEFORE = /(?:ansøgt|ansøgte|søgt|søgte|ønsket|ønskede|anmodet|kvittering\p{L}*|udgift\p{L}*|\p{L}*opgørelse\p{L}*|tidligere|forrige|sidste)\p{L}*\s*$/iu;
const NONE_AFTER = /^\s*(?:ingen|ikke\s+(?:relevant|planlagt|aktuel\p{L}*))(?![\p{L}])/iu;
const DATED_AFTER = /^\s+(?:ved\s+\p{L}+\s+|den\s+|d\.\s*)?\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/u;
// (Round 44: also a rental: "Nogle forhandlere udlejer el-scootere for en måned eller en sæson", "lejes for en uge".)
const OTHER_OFFER = /(?<![\p{L}])(?:anbefale\p{L}*|tilmeld\p{L}*|melde\s+(?:dig|jer|Dem)\s+(?:til|på)|kursus\p{L}*|kurset|forløbet\s+hos|udlej\p{L}*|leje|lejer|lejes|lejet|lejeperiode\p{L}*)(?![\p{L}])/iu;
const INDEX_RISE = /satsregul|pristal|reguleringsprocent|prisudvikling/iu;
// Round 40: the same rise said by its fixed day or as automatic ("Beløbet reguleres hvert år den 1. januar",
// "reguleres automatisk hvert år"): the yearly index rise of every such amount, no look at this case
// (the guide's boern-ca23). A recalculation "en gang om året" with no fixed day stays a follow-up.
const FIXED_DAY_AFTER = /^\s*,?\s*(?:den\s+|pr\.\s*|per\s+|d\.\s*)?1\.\s*januar(?![\p{L}])/iu;
const AUTOMATIC = /(?<![\p{L}])automatisk(?![\p{L}])/iu;
// (Round 59: also an amount given at a year's price level, "mindst 5.348 kr. om året (2023-niveau, beløbet reguleres hvert
// år)": the law's limit moved each year.)
const LAW_AMOUNT = /\d{4}-niveau|\d{4}-pris(?:niveau|er)|minimumsbeløb|mindstebeløb|beløbsgrænse|bagatelgrænse|minimumsgrænse|maksimumsbeløb|(?<![\p{L}])(?:satsen|satserne|grænsen|loftet|takst(?:en|erne)?)(?![\p{L}])/iu;
const FUTURE = /(?<![\p{L}])(?:vil|skal|kommer\s+til|igen|næste)(?![\p{L}])/iu;
// A deadline for something the citizen must do ("havde indtil den 5. januar til at komme med
// bemærkninger", "Rollatoren skal afleveres til depotet senest den 25. november"): the
// hearing's or the return's deadline, not how long help lasts or when it is looked at again.
const REASON_AFTER = /^\s+(?:pga\.|p\.g\.a\.|på\s+grund\s+af|grundet|som\s+følge\s+af)/iu;
const REASON_LABEL = /(?<![\p{L}])(?:baggrund|anledning|årsag)\s*:\s*$/iu;
const ON_CHANGE_ONLY = /^\s*:?\s*(?:kun\s+)?(?:ved|hvis|når|efter)\s+(?:\p{L}+\s+){0,2}?(?:ændring\p{L}*|behov)(?![\p{L}])(?:(?!senest|dog|eller|\d)[^.\n]){0,40}(?:\.|\n|$)/iu;
const REVIEW_WORD = /^(?:revurder|genvurder|evaluer|vurdere\s+igen|vurderer\s+igen)/iu;
const ON_CHANGE_CLAUSE =
  /^(?:\s+(?:\p{L}+\s+){0,2}?igen)?\s*,?\s*(?:kun\s+)?(?:hvis|såfremt|dersom|i\s+tilfælde\s+af\s*,?\s*at)\s+(?:\p{L}+\s+){0,3}?(?:behov|situation|forhold|helbred|funktionsniveau)\p{L}*\s+(?:ændrer|ændres|forandrer|forværres|forbedres)(?![\p{L}])[^.\n\d]{0,30}(?:\.|\n|$)/iu;
// Round 34: the same when the office hears of a change ("Hjælpen revurderes, når vi får oplysninger om
// ændringer i din situation", "… hvis kommunen får besked om, at dit behov har ændret sig", "…, når der
// sker ændringer"): a look only on news of a change, no time and no plan. (A date or a "senest" in the
// clause still gives one: "…, dog senest i maj".)
const ON_NEWS_OF_CHANGE =
  /^(?:\s+(?:\p{L}+\s+){0,2}?igen)?\s*,?\s*(?:kun\s+)?(?:hvis|når|såfremt|dersom)\s+(?:(?:vi|kommunen|jeg|visitationen)\s+(?:får|modtager|bliver\s+gjort\s+opmærksom\s+på)\s+(?:\p{L}+\s+){0,3}?(?:om|på)\s*,?\s+(?:at\s+)?|der\s+(?:sker|kommer)\s+)(?:\p{L}+\s+){0,4}?(?:ændring\p{L}*|ændret|ændrer)(?![\p{L}])(?:(?!senest|dog|\d)[^.\n]){0,50}(?:\.|\n|$)/iu;
// Round 34: the complaint's reconsideration said without the word "klage" ("Udvalget vurderer sagen igen,
// inden den sendes videre", "… ser på sagen igen, før den bliver sendt videre"), the sentence before
// having named the complaint: the genvurdering, not a follow-up of the help.
const SENT_ON_AFTER = /^\s*,?\s*(?:den|sagen|klagen|afgørelsen)\s+(?:sendes|videresendes|bliver\s+sendt|går|send\p{L}*)\s+(?:\p{L}+\s+){0,2}?videre(?![\p{L}])/iu;
const CARRIED_OUT_BEFORE =
  /(?<![\p{L}])(?:har|havde|er|blev)\s+(?:\p{L}+\s+)?(?:foretaget|lavet|gennemført|afholdt|udført)\s+(?:en|et|den|vores)\s+(?:\p{L}+\s+)?$/iu;
// Round 38: the same with the participle right before the bare noun ("Der er den 1. oktober foretaget
// revisitation i Deres hjem", "gennemført opfølgning"): told as done, whatever stands between the verb and it.
const DONE_PARTICIPLE_BEFORE = /(?<![\p{L}])(?:foretaget|gennemført|afholdt|udført)\s+(?:(?:årlig|ny|fornyet)\s+)?$/iu;
const MEETING = /^(?:mødes\s+(?:(?:alle|vi|alle\s+sammen)\s+)?igen|ses\s+(?:(?:alle|vi)\s+)?igen|nyt\s+møde)$/iu;
const IF_BEFORE = /(?<![\p{L}])hvis\s+(?:\p{L}+\s+){0,3}?$/iu;
// Round 40: the same condition with the verb put first ("Skal vi mødes igen om sagen, er I velkomne til at have
// en bisidder med"): "if we are to meet again", no meeting planned.
const INVERTED_IF_BEFORE = /^\s*(?:skal|skulle)\s+(?:vi|I|du|De)\s+$/iu;
// (Round 70: also the help or pay said to run on "som hidtil" up to the end, "Du får løn som hidtil til og med 31. juli",
// "Hjemmeplejen kommer som nu indtil flytningen": the run-out of what stops, not how long help lasts.)
const CURRENT_RUNS_ON_BEFORE =
  /(?<![\p{L}])(?:(?:nuværende|hidtidige|eksisterende|nugældende|gældende|gamle)\s+(?:[\p{L}-]+\s+){0,2}?(?:fortsætter|gælder|løber|bevares|opretholdes|udbetales|bibeholdes)|(?:får|modtager|beholder|kommer|fortsætter|udbetales|løber|kører)\s+(?:[\p{L}-]+\s+){0,3}?(?:som\s+(?:hidtil|nu|før|i\s+dag)|uændret))(?![\p{L}])[^.;]{0,40}$/iu;
const DEADLINE_OR_UNTIL = /^(?:indtil|frem\s+til|til\s+og\s+med|senest)/iu;
const CAN_APPLY_BEFORE = /(?<![\p{L}])(?:kan|må)\s+(?:\p{L}+\s+){0,2}?(?:søge|ansøge)(?![\p{L}])[^.;:]{0,40}$/iu;
const DEADLINE_WORD = /^(?:senest\s+den|indtil|frem\s+til|til\s+og\s+med)/iu;
// (Round 73b: also word the citizen must give by then, "Giv besked om dit valg af leverandør senest den 7. november",
// "meddel os …": a deadline for the citizen's reply or choice, not a look at the help.)
const CITIZEN_TASK =
  /(?<![\p{L}])(?:aflever\p{L}*|tilbagelever\p{L}*|returner\p{L}*|indsend\p{L}*|bemærk\p{L}*|kommentar\p{L}*|kommentere|indsigelse\p{L}*|svarfrist\p{L}*|høringsfrist\p{L}*|til\s+at\s+svare|(?:giv|give)\s+(?:\p{L}+\s+)?besked|meddel|meddele|(?:dit|jeres|Deres)\s+valg)(?![\p{L}])/iu;
// Round 73b: the span of help the citizen has had, in the perfect before "frem til"/"indtil" ("Efterværn er for unge, der
// har haft en fast kontaktperson frem til, de fylder 18", "Du har modtaget støtte indtil sommerferien"): its past, not how
// long granted help lasts. (A grant in the words between keeps it: "har været bevilget støtte frem til …".)
const HAD_UNTIL_BEFORE = /(?<![\p{L}])(?:har|havde)\s+(?:\p{L}+\s+)?(?:haft|været|modtaget|boet|gået|deltaget)(?![\p{L}])[^,.;:]{0,50}$/iu;
const UNTIL_WORD = /^(?:frem\s+til|indtil|til\s+og\s+med)$/iu;
// Up to a date in the past: what was delivered or received then ("Boet skal betale for de
// portioner, der er leveret til og med den 6. november").
const DONE_UP_TO = /(?<![\p{L}])(?:er|har|blev|var)\s+(?:\p{L}+\s+)?(?:leveret|modtaget|brugt|fået|udbetalt|afregnet|forbrugt)\s+$/iu;
// A period in the past in which a trial or a record was made ("Der er i perioden 1.–29. oktober
// foretaget en afprøvning", "Forældrene har i perioden ført søvndagbog").
const RECORDED =
  /(?<![\p{L}])(?:foretaget|gennemført|afprøvet|ført|registreret|målt|observeret|udført|testet|noteret|benyttet|deltaget|brugt|mødt|anvendt|forbrugt)(?![\p{L}])/iu;

// (Round 40: also the closing meeting, "ved det afsluttende møde den 2. juni": told as held, the same filters.)
// (Round 48: and "det opfølgende besøg", the same meeting as "opfølgningsbesøget".)
const MEETING_NOUN = /^(?:(?:status|opfølgnings|evaluerings|revisitations|revurderings)(?:møde|besøg|samtale)\p{L}*|afsluttende\s+(?:møde|samtale|statusmøde|besøg)|opfølgende\s+(?:møde|samtale|besøg))$/iu;
const CLOSING_MEETING = /^afsluttende\s/iu;
// Round 53: also "haft" ("Vi har den 12. maj haft en opfølgningssamtale med dig"): the talk already took place.
const HELD_BEFORE = /(?<![\p{L}])(?:holdt|afholdt|haft)\s+(?:(?:vi|jeg|I|du|De)\s+)?(?:(?:et|en|det|vores|jeres)\s+)?(?:\p{L}+\s+)?$/iu;
// Round 40: a closing meeting counts only as one still to come: any past or perfect verb in its sentence
// ("De har under den afsluttende samtale selv givet udtryk for …", "Som vi talte om på det afsluttende møde")
// makes it the talk the letter rests on.
const PAST_OR_PERFECT =
  /(?<![\p{L}])(?:havde|blev|var|\p{L}+ede|talte|sagde|fortalte|oplyste|aftalte|nævnte|kom|fik|gav|deltog|viste|konstateret|oplyst)(?![\p{L}])|(?<![\p{L}])har\s+(?:[\p{L}\d.]+\s+){0,10}?(?:givet|været|deltaget|sagt|fortalt|oplyst|haft|holdt|afholdt|talt|aftalt|vist)(?![\p{L}])/iu;
// Round 40: a span between two dates in the past ("Du har fra 1. september til 24. oktober været i et forløb",
// "I dit praktikforløb fra 1. maj til 31. juli har du arbejdet 12 timer om ugen").
const PAST_SPAN = /(?<![\p{L}])(?:har|havde)\s+(?:[\p{L}\d.]+\s+){0,10}?(?:været|deltaget|arbejdet|haft|boet|fået|modtaget|gået|trænet|brugt|sendt|betalt)(?![\p{L}])/iu;
const BEEN_AT = /(?<![\p{L}])(?:har|havde)\s+(?:[\p{L}\d.]+\s+){0,5}?været\s+på(?![\p{L}])|(?<![\p{L}])deltog(?![\p{L}])/iu;
const TALK_AFTER = /^\s+på\s+(?:vores|din|jeres|Deres|den|dagens|gårsdagens)?\s*(?:telefon)?(?:samtale|snak|møde|besøg|opkald|henvendelse)/iu;
// The visit this letter rests on, told as done ("det af visitator foretagne revisitationsbesøg",
// "Ved revurderingsbesøget blev det konstateret, at …"): no look ahead, whatever "igen" or "skal"
// the sentence has elsewhere.
const DONE_BEFORE = /(?<![\p{L}])(?:foretagne|afholdte|gennemførte|aflagte)\s+(?:\p{L}+\s+)?$/iu;
// (Round 29: also with the visit's date between, dots and all: "Ved opfølgningsbesøget den 3. marts 2025
// blev det konstateret, at …".)
const FOUND_AFTER =
  /^(?:[^,.;\n]|(?<=\d)\.){0,40}?(?<![\p{L}])(?:blev|var|konstaterede|fandt|oplyste|viste|fortalte|sagde|talte|gennemgik|aftalte)(?![\p{L}])/iu;
// A restriction the citizen had in the past ("Borger måtte ikke bære/bøje i 3 mdr."): its length is
// no duration of the help.
const PAST_RESTRICTION_BEFORE = /(?<![\p{L}])måtte\s+(?:ikke\s+)?(?:[\p{L}/]+\s+){1,2}$/iu;
// A journal line that opens with its date ("20.01.2026  Opfølgningsbesøg i hjemmet."): a look that
// already happened when that date lies before the letter's.
const JOURNAL_DATE_BEFORE = /(?:^|\n)[ \t]*(\d{1,2})[./-](\d{1,2})[./-](\d{4})[ \t]*[:–-]?[ \t]*$/u;
const NUMERIC_DATE_AFTER = /^\s+(?:den\s+|d\.\s*)?(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?!\d)/u;
function dateAfterBefore(letter: Letter, at: number): boolean {
  const d = NUMERIC_DATE_AFTER.exec(letter.text.slice(at, at + 20));
  return !!d && new Date(Number(d[3]), Number(d[2]) - 1, Number(d[1])) < letter.date;
}
// Round 40: the same with the month in words ("afsluttende statusmøde 10. juni 2025", "ved den afsluttende samtale
// den 12. januar"; with no year, the letter's own).
const WORD_DATE_AFTER =
  new RegExp(String.raw`^\s*(?:den\s+|d\.\s*)?(\d{1,2})\.\s*(${MONTH_NAMES})(?:\s+(\d{4}))?(?![\p{L}])`, 'iu');
function wordDateAfterBefore(letter: Letter, at: number): boolean {
  const d = WORD_DATE_AFTER.exec(letter.text.slice(at, at + 30));
  if (!d) return false;
  return wordDate(letter, d[1]!, d[2]!, d[3]) < letter.date;
}
/** "12. januar" (the letter's year when none is written) as a date. */
function wordDate(letter: Letter, day: string, month: string, year: string | undefined): Date {
  return new Date(year ? Number(year) : letter.date.getFullYear(), MONTHS.indexOf(month.toLowerCase()), Number(day));
}
// Round 42: a meeting or visit with its date a few words on ("Vi holdt statusmøde hos dig den 17. september",
// "opfølgningsbesøget i dit hjem 3.9.2026"): dated before the letter, it already happened, whatever the verb.
// (Not with a time word between that points ahead: "statusmøde senest den 1. marts".)
const DATE_NEAR_AFTER =
  new RegExp(String.raw`^(?:\s+(?!(?:senest|inden|før|efter|næste|igen|om|fra|til)(?![\p{L}]))[\p{L}-]+){0,4}?\s*,?\s+(?:den\s+|d\.\s*)?(?:(\d{1,2})\.\s*(${MONTH_NAMES})(?:\s+(\d{4}))?(?![\p{L}])|(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?!\d))`, 'iu');
function nearDateBefore(letter: Letter, at: number): boolean {
  const d = DATE_NEAR_AFTER.exec(letter.text.slice(at, at + 70));
  if (!d) return false;
  const when = d[1] ? wordDate(letter, d[1], d[2]!, d[3]) : new Date(Number(d[6]), Number(d[5]) - 1, Number(d[4]));
  return when < letter.date;
}
function journalDateBefore(letter: Letter, at: number): boolean {
  const d = JOURNAL_DATE_BEFORE.exec(letter.text.slice(Math.max(0, at - 30), at));
  return !!d && new Date(Number(d[3]), Number(d[2]) - 1, Number(d[1])) < letter.date;
}
// Round 61: a look named after "ved den årlige"/"ved den planlagte" with a month still ahead of the letter right after it
// ("… bliver gennemgået ved den årlige opfølgning i november 2026"): the next look, not the one this letter rests on.
// (With no year, the month must lie later in the letter's own year.)
const MONTH_AFTER = new RegExp(String.raw`^\s+(?:i|primo|medio|ultimo|sidst\s+i|først\s+i|i\s+løbet\s+af)\s+(${MONTH_NAMES})(?:\s+(\d{4}))?(?![\p{L}])`, 'iu');
function monthAheadAfter(letter: Letter, at: number): boolean {
  const d = MONTH_AFTER.exec(letter.text.slice(at, at + 40));
  if (!d) return false;
  const month = MONTHS.indexOf(d[1]!.toLowerCase());
  const year = d[2] ? Number(d[2]) : letter.date.getFullYear();
  return year > letter.date.getFullYear() || (year === letter.date.getFullYear() && month > letter.date.getMonth());
}
// Round 61: a price that stands until a date ("Prisen er uændret 59 kr. pr. hovedret indtil den 31. december",
// "Egenbetalingen er 120 kr. til og med 2026"): when the rate changes, not how long the help lasts or a look at it.
const PRICE_BEFORE = /(?<![\p{L}])(?:pris(?:en|erne)?|takst(?:en|erne)?|egenbetaling(?:en)?|egenandel(?:en)?)(?![\p{L}])[^;!?\n]{0,60}$/iu;
// A review after "når" or "efter at" is still to come ("når din medicin er blevet justeret").
const WHEN_BEFORE = /(?<![\p{L}])(?:når|efter\s+at|så\s+snart)\s+(?:[\p{L}-]+\s+){0,4}$/iu;
// A visit's own length ("af 1 times varighed", "af 30 minutters varighed").
const VISIT_LENGTH_BEFORE = /(?:\d|en|halv|kvarter)\s*(?:times|timers|minutters|min\.)\s+$/iu;
// Unused hours saved up or carried over ("spare ubrugte timer op", "opsparede timer").
// (Round 38: also in the passive, "Timerne kan spares op i 6 måneder".)
const SAVED_HOURS = /(?<![\p{L}])(?:spares?\s+(?:\p{L}+\s+){0,3}?op|ubrugte|opspar\p{L}*|overføre\s+(?:\p{L}+\s+){0,2}?timer)(?![\p{L}])/iu;
const ON_CHANGE_OR_FIELD = /(?<![\p{L}])(?:hvis|når|ved)\s+(?:\p{L}+\s+){0,3}?ændring\p{L}*[^.]*?(?:senest|inden|den)\s+«[^»]*»/iu;

// The decision itself looked at again after a complaint ("Vi vil herefter revurdere afgørelsen"):
// the genvurdering, not a follow-up of the help.
const DECISION_AFTER = /^\s+(?:afgørelsen|beslutningen|vores\s+afgørelse)(?![\p{L}])/iu;
// Round 42: the same with the case as object ("Forvaltningen vil herefter revurdere sagen. Fastholdes afgørelsen,
// …", after the complaint's deadline): still the reconsideration, unless a time follows ("revurderer sagen om et år").
const CASE_AFTER = /^\s+(?:sagen|din\s+sag|jeres\s+sag|Deres\s+sag|klagen|din\s+klage|Deres\s+klage)(?![\p{L}])[^.\n\d]{0,40}[.!]?\s*$/iu;
const COMPLAINT_WORD = /(?<![\p{L}])(?:klage\p{L}*|herefter|fastholde\p{L}*)(?![\p{L}])/iu;
// A meeting named as where something was promised or agreed ("Som lovet på statusmødet den 8.
// januar", "som aftalt ved opfølgningsbesøget"): it already happened.
// A meeting named as where something was said or agreed, without "som" ("Du har selv sagt på
// statusmødet den 5. marts, at …", "det, vi aftalte ved opfølgningsbesøget"): it already happened.
const SAID_AT_BEFORE =
  /(?<![\p{L}])(?:sagt|fortalt|oplyst|aftalt|aftalte|drøftet|drøftede|nævnt|nævnte|talt\s+om|talte\s+om|udtalt|givet\s+udtryk\s+for)\s+(?:\p{L}+\s+){0,2}?(?:på|ved|under)\s+$/iu;
// A visit or call only when the citizen asks for it ("Hvis skulderen bliver værre, skal du kontakte os,
// så kommer vi ud og ser på det igen", "Ring til os, hvis det går dårligt, så kigger vi forbi"): like
// "du kan søge igen, hvis din situation ændrer sig", no follow-up planned.
// (Round 40: also the condition put first with an inverted verb, "Skulle du få det dårligere igen, så ring
// til os", and an open invitation to call with the visit after it, "Du er velkommen til at ringe, så kommer vi
// ud og ser på det": still only when the citizen asks.)
const ON_CALL_BEFORE =
  /(?<![\p{L}])(?:velkommen\s+til\s+at\s+(?:ringe|kontakte|skrive|henvende)[^.;]{0,40}?,\s*(?:og\s+)?så\s+(?:[\p{L}-]+\s+){0,3}$|(?:hvis|såfremt|^\s*skulle)(?![\p{L}])[^.;]{0,80}?(?<![\p{L}])(?:kontakte|ringe\s+til|skrive\s+til|henvende\s+(?:dig|jer|Dem|sig)\s+til|give|sige)\s+(?:os|mig|besked|til)|(?:ring|kontakt|skriv)\s+(?:til\s+)?(?:os|mig)(?![\p{L}])[^.;]{0,50}?(?<![\p{L}])hvis)(?![\p{L}])/iu;
const AS_PROMISED_BEFORE = /(?<![\p{L}])som\s+(?:lovet|aftalt|nævnt|drøftet|talt\s+om|vi\s+talte\s+om)\s+(?:på|ved|under|i)\s+$/iu;
// A review with an indefinite article told as done ("Der er i forbindelse med en revisitation
// foretaget en fornyet vurdering").
const INDEF_DONE_BEFORE = /(?<![\p{L}])(?:ved|under|efter|i\s+forbindelse\s+med)\s+(?:en|et)\s+(?:\p{L}+\s+)?$/iu;
const DONE_PARTICIPLE_AFTER = /^\s+(?:\p{L}+\s+){0,2}?(?:foretaget|gennemført|afholdt|blev|var|viste|konstateret)(?![\p{L}])/iu;
// A stay or trial the citizen had, told in the past ("Du var i praktik på værkstedet i fire
// uger", "Hun lå på sygehuset i tre uger"): how long that lasted, not the help.
const PAST_STAY_BEFORE = /(?<![\p{L}])(?:var|lå|boede|opholdt\s+(?:dig|sig|jer|Dem))\s+(?:[\p{L}\d.]+\s+){0,6}?$/iu;

const RHYTHM = /^(?:hvert\s+halve\s+år|hver\s+(?:tredje|3\.|sjette|6\.)\s+måned|hvert\s+kvartal)$/iu;
const LOOK_WORD =
  /(?<![\p{L}])(?:mød\p{L}*|ses|status\p{L}*|samtale\p{L}*|opfølg\p{L}*|evaluer\p{L}*|gennemgå\p{L}*|ser\s+(?:vi\s+)?på|kigger\s+(?:vi\s+)?på)(?![\p{L}])/iu;

const START_AFTER = /^[^.\n]{0,30}?(?<![\p{L}])(?:aftal\p{L}*|planlægge\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:første|opstart\p{L}*|start\p{L}*|tidspunkt\p{L}*|tid(?![\p{L}]))/iu;

const MEETING_TO_START =
  /(?<![\p{L}])(?:opstart\p{L}*|første\s+besøg|første\s+gang|(?:før|inden)\s+(?:\p{L}+\s+){0,2}?(?:starter|begynder|går\s+i\s+gang))(?![\p{L}])/iu;

const COMES_BEFORE = /(?<![\p{L}])(?:kommer|ringer|kigger\s+forbi|kigger\s+ind)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

const CALL_TO_ARRANGE_AFTER = /^(?:(?!høre)[^.\n]){0,40}?(?<![\p{L}])(?:så|for\s+at)\s+(?:[\p{L}-]+\s+){0,2}?(?:aftale|planlægge)(?![\p{L}])/iu;
const NEW_TEST_BEFORE = /(?<![\p{L}])(?:laver|tager|gennemfører|foretager|får)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const PAY_FOR_BEFORE = /(?<![\p{L}])(?:betale|betaler|betales|betalt|dække|dækker|dækkes|udgiften|udgifterne|prisen)\s+$/iu;
// Round 64: a sum of money right before the span ("Holdet koster 150 kr. for et halvt år", "kontingent 400 kroner for 3
// måneder"): what the span costs, not how long help lasts; a grant in the sentence ("Du får 3.000 kr. for et år") stays.
const AMOUNT_FOR_BEFORE = /\d\s*(?:kr\.?|kroner)\s+$/iu;
const SUBJECT_LINE_BEFORE = /(?:^|\n)[ \t]*(?:vedr\.?|vedrørende|emne|angående|ang\.|om|re)\s*:\s*$/iu;
// … also with no colon, the review after a dash ("Vedrørende praktisk hjælp – revisitation").
const SUBJECT_DASH_BEFORE = /(?:^|\n)[ \t]*(?:vedr\.?|vedrørende|angående|ang\.)\s+[^\n\d]{0,60}?\s[–-]\s*$/iu;
// A meeting named as where the citizen told or showed us something ("du på statusmødet den 5. marts
// viste os dit budget", "På opfølgningsmødet i december med din bostøtte fortalte du, at …"): it
// already happened, whatever the rest of the sentence says about wishes ahead.
const AT_BEFORE = /(?<![\p{L}])(?:på|ved|under)\s+$/iu;
const TOLD_THERE_AFTER =
  /^(?:[^,.;\n]|(?<=\d)\.){0,70}?(?<![\p{L}])(?:viste|fortalte|sagde|oplyste|forklarede|gennemgik|aftalte|talte|konstaterede|fandt|drøftede|nævnte|lavede)(?![\p{L}])/iu;
// "løbende" as the kind of a cost or a payment ("ikke en løbende merudgift", "en løbende ydelse"):
// what the expense is, not a look at the case as it goes.
const PLANNED_BEFORE = /(?<![\p{L}])(?:(?:vi|jeg)\s+holder|holder\s+(?:vi|jeg))\s+(?:et|en|vores|det)?\s*(?:nyt\s+|fælles\s+)?$/iu;
// Round 70: the same look told in the simple past, the subject after the verb ("På mødet den 4. maj gennemgik vi sammen,
// hvordan det går", "så vi på, hvordan det går", "spurgte jeg dig, hvordan det går"): the review held, not one ahead.
// ("så" only before "på": "…, så vi kan høre, hvordan det går" looks ahead.)
const LOOKED_HOW_BEFORE =
  /(?:(?<![\p{L}])(?:har|havde)\s+(?:[^.;:]{0,80}?\s)?(?:set|kigget|talt|snakket|drøftet|gennemgået|undersøgt)(?:\s+(?:på|om|efter|sammen))?|(?<![\p{L}])(?:kiggede|talte|snakkede|drøftede|gennemgik|undersøgte|spurgte|så(?=(?:\s+(?:vi|jeg|I|De|du|sammen|også|nærmere)){0,3}\s+på(?![\p{L}])))(?:\s+(?:vi|jeg|I|De|du|han|hun|sammen|også|grundigt|nærmere|dig|jer|Dem|ham|hende|med\s+(?:dig|jer|Dem|ham|hende))){0,4}(?:\s+(?:på|om|efter))?)\s*,?\s*$/iu;
const TOLD_HOW_BEFORE =
  /(?<![\p{L}])(?:fortælle|fortalt|fortalte|fortæller|noteret|noterede|registreret|registrerede|beskrevet|beskrev|skrevet|skrev|observeret|observerede)(?:\s+(?:du|I|De|han|hun|selv|os|mig))*\s*,?\s*$/iu;
// (Round 45: also a running loss or income, "giver ikke et løbende tab af arbejdsindtægt".)
const NEED_FOR_BEFORE = /(?<![\p{L}])behov\s+for\s+$/iu;
const RUNNING_COST_AFTER = /^\s+(?:(?:mer)?(?:udgift|ydelse|betaling|tilskud|omkostning|indtægt|indkomst)\p{L}*|tab(?:t|et)?(?![\p{L}]))/iu;
// Round 45: "fra marts og frem" is "onward"; a "til" after it with no time names where something goes ("send
// kvitteringerne fra marts og frem til regionen"), not how long help lasts.
const ONWARD_BEFORE = /(?<![\p{L}])fra\s+[^.;\n]{1,30}?\s+og\s+$/iu;
const TIME_AFTER =
  /^\s+(?:og\s+med\s+)?(?:den\s+|d\.\s*)?(?:\d|januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|udgangen|slutningen|starten|begyndelsen|medio|ultimo|primo|sommer\p{L}*|jul\p{L}*|påske\p{L}*|nytår\p{L}*|efterår\p{L}*|forår\p{L}*|vinter\p{L}*|skole\p{L}*|næste|at|hun|han|du|I|De|barnet)(?![\p{L}])/iu;
// Round 45: a follow-up named among the topics to ask someone else about ("Spørgsmål om fleksjobbet og opfølgning i
// jobbet: Jobcentret, tlf. …", "Har du spørgsmål om opfølgningen, kan du ringe til …"): whom to ask, no look ahead.
const QUESTIONS_ABOUT_BEFORE = /(?<![\p{L}])spørgsmål\s+(?:om|til|vedrørende|vedr\.)\s+[^.:;\n]{0,60}$/iu;

// Round 51: the review or recalculation this letter is the outcome of, named as its topic: in a labelled subject line
// ("Sag: Merudgifter (SEL § 100) – genberegning 2026", only a year after it) or as a lead-in label in the definite form
// ("Kort om genberegningen:"). No time ahead is said there.
const TOPIC_NOUN = /^(?:revurdering|revisitation|evaluering|genberegning|opfølgning)\p{L}*$/iu;
const LABELLED_SUBJECT_BEFORE = /(?:^|\n)[ \t]*(?:sag|emne|vedr\.?|vedrørende|angående|ang\.|re)\s*:[^\n]*$/iu;
const ONLY_YEAR_AFTER = /^[^\n\d]*(?:(?:19|20)\d{2}(?!\d)[^\n\d]*)?(?:\n|$)/u;
// Round 53: the review named after "vedr."/"vedrørende" in a title line with no colon ("Afgørelse vedr. revisitation",
// "Notat vedrørende revurdering"): the review this letter is the outcome of, no time on that line.
const TITLE_ABOUT_BEFORE = /(?:^|\n)[ \t]*[^\n.:]{0,40}?(?<![\p{L}])(?:vedr\.?|vedrørende|angående|ang\.)\s+$/iu;
// Round 53: "nå frem til", "komme frem til": to reach a place or a conclusion, not how long help lasts.
const REACH_BEFORE = /(?<![\p{L}])(?:når|nå|nåede|nået|kommer|komme|kom|kommet)\s+(?:[\p{L}-]+\s+){0,3}?$/iu;
// Round 53: in a refusal, the span of what the citizen asked for ("Du spurgte, om du kan få støtte, indtil du fylder
// 21", "Du har søgt om hjælp i et år"): the asked-for help, which is not given, so no time for it to last.
const ASKED_BEFORE = /(?<![\p{L}])(?:spurgte|spurgt|spørger|søgt|søger|søgte|ansøgt|ansøger|bad|beder|bedt|ønsker|ønskede)\s*,?\s*(?:om|efter)(?![\p{L}])/iu;
const LABEL_END_AFTER = /^\s*:[ \t]*(?:\n|$)/u;

const REPORT_OF_BEFORE = /(?<![\p{L}])(?:referat\p{L}*|notat\p{L}*|resultat\p{L}*|konklusion\p{L}*|rapport\p{L}*|opsummering\p{L}*|udskrift\p{L}*)\s+(?:af|fra)\s+$/iu;
const CITIZEN_CAN_BEFORE =
  /(?<![\p{L}])(?:du|De|han|hun|borgeren)\s+(?:\p{L}+\s+){0,2}?(?:kan|kunne|evner\s+at|formår\s+at|er\s+i\s+stand\s+til\s+at|skal\s+kunne)(?![\p{L}])(?:(?!(?:vi|jeg|kommunen|vil|skal)(?![\p{L}]))[^.;:])*$/iu;

// Round 62: "hvordan det går" after a worry ("du er nervøs for, hvordan det går uden behandleren", "bekymret over, hvordan
// det vil gå"): the party's feeling about the time ahead, not a call to hear how it goes.
const WORRY_BEFORE =
  /(?<![\p{L}])(?:nervøs\p{L}*|bekymr\p{L}*|usikker\p{L}*|utryg\p{L}*|bange|ængstelig\p{L}*|urolig\p{L}*|i\s+tvivl|spændt\p{L}*)\s+(?:(?:for|over|på|om|med)\s*)?,?\s*$/iu;
// Round 62: the last day of help that ends, said again as how long it runs ("Tilskuddet løber til og med 31. december
// 2025, så dine hjælpere kan få løn", after "ophører den 31. december 2025"): the run-out of the ending, no duration of
// help granted. Only when the same day is named as the end elsewhere in the letter.
const DAY_MONTH_AFTER = new RegExp(String.raw`^\s*(?:og\s+med\s+)?(?:den\s+|d\.\s*)?(\d{1,2})\.\s*(${MONTH_NAMES})(?![\p{L}])`, 'iu');
function restatesEndDay(letter: Letter, at: number): boolean {
  const d = DAY_MONTH_AFTER.exec(letter.text.slice(at, at + 30));
  if (!d) return false;
  const day = new RegExp(String.raw`(?<!\d)${d[1]}\.\s*${d[2]}(?![\p{L}])`, 'iu');
  return letter.seg.sentences.some((t) => {
    if (t.start <= at && at < t.end) return false;
    const text = letter.slice(t);
    return ENDING.test(text) && day.test(text);
  });
}
// Round 62: "senest den 29. december, hvor en patrulje kørte dig hjem": the last time something happened, told with
// what happened then, not a deadline.
const LAST_TIME_AFTER =
  /^\s*(?:den\s+|d\.\s*)?\d{1,2}\.\s*[\p{L}\d.]+(?:\s+\d{4})?\s*,\s*(?:hvor|da)\s+(?:[\p{L}-]+\s+){0,4}?(?:var|blev|havde|kom|fik|gik|lå|faldt|fandt|så|tog|gav|skete|måtte|\p{L}+ede|\p{L}+[rdnlgk]te)(?![\p{L}])/iu;

const LAST_WORD_DATE = new RegExp(String.raw`(\d{1,2})\.\s*(${MONTH_NAMES})\s+(\d{4})\s*$`, 'iu');
function tableSpanRuns(letter: Letter, span: string): boolean {
  const d = LAST_WORD_DATE.exec(span);
  return !d || wordDate(letter, d[1]!, d[2]!, d[3]) >= letter.date;
}

function pastHelp(sentence: string): boolean {
  const m = PAST_HELP.exec(sentence);
  return !!m && !WHEN_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index));
}

const TABLE_FROM_HEAD_AFTER = /^(?:\s+\d{4})?[ \t|]*\n\s*(?:\|\s*)?fra\s+(?:den\s+)?\d{1,2}\.\s*\p{L}+(?:\s+\d{4})?[ \t|]*(?:\n|$)/iu;

const STATUS_ASKED =
  /(?<![\p{L}])(?:ønsker|beder\s+om|vil\s+have|skal\s+have|forventer|afventer)\s+(?:at\s+(?:få|modtage)\s+)?(?:en\s+)?(?:ny\s+|fornyet\s+|skriftlig\s+)?(?:status|statusrapport|statusudtalelse|statusbeskrivelse|opdatering|statusnotat)(?![\p{L}])[^.;:!?\n]{0,50}?(?<![\p{L}])(?:i|inden|senest|til|om|efter)\s+(?:udgangen\s+af\s+)?(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|foråret|sommeren|efteråret|vinteren|sommerferien|uge\s+\d|\d|et\s+halvt|en\s+måned|tre|seks)(?![\p{L}])/giu;

const APPLIED_SPAN = /(?<![\p{L}])(?:ansøgning\p{L}*|(?:an)?søgt\s+om|(?:an)?søgte\s+om)(?![\p{L}])/iu;

export function detect(letter: Letter): Detection {
  const ending = (letter as Partial<AnalysedLetter>).decisionType === 'aendring';
  const refused = (letter as Partial<AnalysedLetter>).decisionType === 'afslag';
  for (const m of letter.matches(letter.compiled.elements.opfoelgning.re)) {
    const si = letter.sentenceAt(m.start);
    if (si >= 0) {
      const sText = letter.slice(letter.sentence(si));
      if (COMPLAINT_SENTENCE.test(sText)) continue;
      // (Help had "når" or "efter at" is still to come: "Vi ser på ordningen igen, når du har haft den i seks uger".)
      // (Nor an end only weighed at the next look: "Du hører fra os i uge 22, når vi skal se på, om
      // behandlingen kan afsluttes".)
      const word = letter.slice(m);
      // (Round 40: not a closing meeting still to come, "Forløbet slutter den 30. juni med et afsluttende møde hos
      // jer": the last look at help that is stepped down, whose own end word is no reason to drop it.)
      // (Round 41: nor the end of help that is stepped down, the new amount said before it in the sentence: "Fra 1.
      // december bliver det til 2 timer om ugen, og ordningen slutter den 1. juni 2024": how long the rest lasts.)
      // (Round 58: nor any status or follow-up meeting still to come, "Vi holder statusmøde i maj, og hvis det går godt,
      // afsluttes behandlingen": the next look at help that is stepped down, though the sentence names its end.)
      if (ending && !(MEETING_NOUN.test(word) && !PAST_OR_PERFECT.test(sText)) && !REDUCED_GOES_ON.test(letter.text.slice(letter.sentence(si).start, m.start)) && (ENDING.test(sText.replace(WEIGHED_ENDING, '')) || pastHelp(sText))) continue;
      if (CLOSING_MEETING.test(word) && ((PAST_OR_PERFECT.test(sText) && !FUTURE.test(sText)) || wordDateAfterBefore(letter, m.end))) continue;
      // Round 40: a span between two dates told in the past, or the period of a record ("kvitteringer fra 1. marts
      // til 31. maj"): not how long the help lasts.
      if (/^fra\s/iu.test(word) && (DOCUMENT.test(sText) || ((PAST_SPAN.test(sText) || PAST_TENSE.test(sText) || pastHelp(sText)) && !FUTURE.test(sText)))) continue;
      // (Not a look still to come in the passive: "Tilbuddet vil blive revurderet medio 2026".)
      if (DONE_VERB.test(word) && !PASSIVE_FUTURE_BEFORE.test(letter.text.slice(Math.max(0, m.start - 30), m.start))) continue;
      if (REVIEW_VERB.test(word) && PAST_REASON_BEFORE.test(letter.text.slice(Math.max(0, m.start - 40), m.start))) continue;
      // "forældrekurset … hver torsdag i 8 uger": how long another offer lasts, not this help.
      if (/^(?:i|for|om|efter)\s/iu.test(word) && OTHER_OFFER.test(sText)) continue;
      // In a refusal, how long help the citizen already gets elsewhere runs ("hun er i et
      // behandlingsforløb i BUP med samtaler hver 14. dag frem til sommer"): not this help's.
      if (refused && /^(?:frem\s+til|til\s+og\s+med|indtil|i\s+perioden|for\s+perioden)$/iu.test(word) && ELSEWHERE.test(sText)) continue;
      // Round 71: in a refusal, the span of what was applied for ("Der er modtaget ansøgning om dækning af kørsel, i alt 12 ture i
      // perioden september-december"): the application's period, not how long help lasts.
      if (refused && /^(?:i|for)\s+perioden$/iu.test(word) && APPLIED_SPAN.test(sText)) continue;
      // (In a refusal, a time limit names the other help offered: "Det kan dækkes af et tidsbegrænset
      // gruppeforløb".)
      if (refused && /^tidsbegræns/iu.test(word)) continue;
      // The name of an unfilled merge field ("«Opfølgningsdato»", "[Opfølgning]") says nothing.
      if (inMergeField(letter.text, m.start, true)) continue;
      // "Vi følger op på aflastningen «Opfølgningsdato».": the time left as an unfilled merge field.
      if (FIELD_TIME_AFTER.test(letter.text.slice(m.end, letter.sentence(si).end).replace(/^\s+/u, ''))) continue;
      // … also under a bare "Opfølgning" heading whose next sentence is that one.
      // (Round 46: the same for a "Forventet varighed:" label over "Indsatsen forventes at vare [ANGIV VARIGHED].")
      if (FIELD_LABEL_WORD.test(word) && /^\s*:?\s*$/u.test(letter.text.slice(m.end, letter.sentence(si).end)) && si + 1 < letter.seg.sentences.length && FIELD_TIME_AFTER.test(letter.slice(letter.sentence(si + 1)))) continue;
      // "Opfølgning: —", "Opfølgning: «Dato»": an empty field.
      if (FIELD_LABEL_WORD.test(word) && EMPTY_FIELD.test(letter.text.slice(m.end, letter.text.indexOf('\n', m.end) >>> 0))) continue;
      // "Opfølgning:" with "Ingen planlagt." on the next line.
      if (/^opfølgning$/iu.test(word) && NONE_AFTER.test(letter.text.slice(m.end, m.end + 40).replace(/^\s*:/u, ''))) continue;
      if (/^hvordan\s/iu.test(word) && WORRY_BEFORE.test(letter.text.slice(Math.max(letter.sentence(si).start, m.start - 40), m.start))) continue;
      if (ending && /(?:til|til\s+og\s+med|indtil)$/iu.test(word) && restatesEndDay(letter, m.end)) continue;
      if (/^senest\s+den$/iu.test(word) && LAST_TIME_AFTER.test(letter.text.slice(m.end, m.end + 90)) && !FUTURE.test(sText)) continue;
      // "faldet to gange i sommer, senest den 30. juli": a date in the past, not a deadline.
      if (/^senest\s+den$/iu.test(word) && PAST_TENSE.test(sText) && !FUTURE.test(sText)) continue;
      // A call made to hear how it went ("Vi ringede for at høre, hvordan det gik") is history,
      // not the next call.
      if (/^for\s+at\s+høre/iu.test(word) && PAST_TENSE.test(sText) && !FUTURE.test(sText)) continue;
      // "udskrift fra apoteket for perioden oktober–december": the period of a document.
      if (/^(?:for|i)\s+perioden$/iu.test(word) && DOCUMENT.test(sText)) continue;
      // Round 65: a bare "i perioden" that ends its clause ("… hjemmearbejde i perioden.", "har ikke ringet i perioden, og
      // at …"): it points back to a time named elsewhere and says nothing of how long the help lasts.
      if (/^(?:for|i)\s+perioden$/iu.test(word) && BARE_PERIOD_AFTER.test(letter.text.slice(m.end, m.end + 12))) continue;
      // Round 59: the span a document right before it covers ("Kvitteringer for 3 mdr. vedlagt", "lønsedler for de
      // seneste 6 måneder"): the period of the record, not how long help lasts.
      if (/^(?:for|i)\s/iu.test(word) && DOCUMENT_BEFORE.test(letter.text.slice(Math.max(0, m.start - 40), m.start))) continue;
      // Round 59: a "Periode:" field counts only for the granted help: not in a refusal, nor after an applied-for or a
      // document's label on its line ("Ansøgt periode: …", "Kvitteringernes periode: …").
      if (/^periode/iu.test(word) && (refused || ASKED_LABEL_BEFORE.test(letter.text.slice(Math.max(0, letter.text.lastIndexOf('\n', m.start) + 1), m.start)))) continue;
      // Round 64: a "Periode" column head over a date-to-date cell with the months in words counts only when the period
      // still runs at the letter's date (a past period in a table is history).
      if (/^periode[ \t|]*\n/iu.test(word) && !tableSpanRuns(letter, word)) continue;
      // "hvordan vi er nået frem til vores afgørelse": arrived at, not until. (Also in the present,
      // "Vi når frem til, at …", "kommer frem til", and looking forward, "De kan se frem til at få …".)
      if (/^frem\s+til$/iu.test(word) && /(?<![\p{L}])(?:nået|nåede|kommet|kom|komme|kommer|nå|når|se|ser|så|glæde\s+(?:dig|jer|Dem|sig)|glæder\s+(?:dig|jer|Dem|sig))\s+$/iu.test(letter.text.slice(Math.max(0, m.start - 14), m.start))) continue;
      // … also with the subject after the verb, as when a sum is worked out ("Når vi regner udgifterne
      // ud, kommer vi frem til ca. 180 kr. om måneden", "så når jeg frem til, at …").
      // (Round 36: also with adverbs or a negation between, "og når desværre ikke frem til et beløb", "kommer
      // vi dog ikke frem til".)
      if (/^frem\s+til$/iu.test(word) && /(?<![\p{L}])(?:kom|kommer|nåede|når|nået|kommet)\s+(?:(?:vi|jeg|udvalget|kommunen)\s+)?(?:(?:desværre|ikke|dog|derfor|altså|heller|også|stadig|alligevel)\s+){0,3}$/iu.test(letter.text.slice(Math.max(0, m.start - 50), m.start))) continue;
      // "Revisitation ved hjemmebesøg 18.11.2025": a dated look that already happened.
      if (DONE_NOUN.test(word) && DATED_AFTER.test(letter.text.slice(m.end, m.end + 40)) && !FUTURE.test(sText)) continue;
      // Round 44: "frem til nu", "indtil nu": up to now, what the citizen has had ("Borger har frem til nu modtaget
      // hjælp til påklædning"), not how long help lasts.
      if (/(?:^|\s)(?:frem\s+til|indtil|til)$/iu.test(word) && /^\s+nu(?![\p{L}])/iu.test(letter.text.slice(m.end, m.end + 6))) continue;
      // Round 55: the column heads of a before/after table ("Indtil 31. december 2025" over the old help, "Fra 1.
      // januar 2026" over the new): when the change takes effect, not how long the help lasts. (A cell alone on its
      // line, the "Fra" head on the next line.)
      if (/^indtil\s/iu.test(word) && /(?:^|\n)[ \t|]*$/u.test(letter.text.slice(Math.max(0, m.start - 10), m.start)) && TABLE_FROM_HEAD_AFTER.test(letter.text.slice(m.end, m.end + 60))) continue;
      // "frem til videre", "Ændringen gælder indtil videre": until further notice, no end and no look ahead.
      // (Unless an end date follows: "Efterværnet gælder indtil videre til 31. august 2026".)
      if (/(?:^|\s)(?:frem\s+til|indtil|til)$/iu.test(word) && /^\s+videre(?![\p{L}])(?!,?\s+(?:til|frem\s+til|indtil)\s+(?:den\s+)?\d)/iu.test(letter.text.slice(m.end, m.end + 30))) continue;
      // "Hvis du ønsker det, holder vi et møde": a meeting only on request.
      if (/^holder\s+vi\s/iu.test(word) && /(?<![\p{L}])(?:hvis|såfremt)(?![\p{L}])/iu.test(letter.text.slice(letter.sentence(si).start, m.start))) continue;
      // Round 31: "Vi holder et møde med dig" is a look ahead, but not on request, with the condition
      // on either side ("…, hvis du ønsker det"), nor the meeting that sets up the start ("… inden
      // opstart", "… før bostøtten går i gang").
      if (/^holder\s+(?:et\s+)?møde\s/iu.test(word) && (/(?<![\p{L}])(?:hvis|såfremt|ønsker\s+du|ønsker\s+I)(?![\p{L}])/iu.test(sText) || MEETING_TO_START.test(sText))) continue;
      // Round 42: in a change letter, the present level running on until the change starts ("Den nuværende ordning
      // fortsætter uændret til og med 31. august", "Din hidtidige bevilling gælder frem til 1. marts"): the change's
      // start said again, not how long the help lasts. (A time limit of the help itself, "Støtten gælder til 31.
      // marts", names no present level.)
      if (ending && DEADLINE_WORD.test(word) && CURRENT_RUNS_ON_BEFORE.test(letter.text.slice(letter.sentence(si).start, m.start))) continue;
      if (UNTIL_WORD.test(word)) {
        const had = letter.text.slice(Math.max(letter.sentence(si).start, m.start - 70), m.start);
        if (HAD_UNTIL_BEFORE.test(had) && !GRANT_IN_SPAN.test(had)) continue;
      }
      if (DEADLINE_WORD.test(word) && (CITIZEN_TASK.test(sText) || DONE_UP_TO.test(letter.text.slice(Math.max(0, m.start - 30), m.start)))) continue;
      if ((DEADLINE_WORD.test(word) || /^gælder\s/iu.test(word)) && PRICE_BEFORE.test(letter.text.slice(letter.sentence(si).start, m.start))) continue;
      if (/^(?:for|i)\s+perioden$/iu.test(word) && RECORDED.test(sText) && !FUTURE.test(sText)) continue;
      // "kun har brugt besøgene til at fortælle, hvordan det går": the citizen telling, not a look ahead.
      // (Round 44: also with the subject or "selv" after the verb, "fortalte du selv, hvordan det går", and a record kept
      // of it, "Hjemmeplejen har i de seneste seks uger noteret, hvordan det går med din hygiejne": told or written
      // down, not a look ahead.)
      if (/^hvordan\s+det\s+går$/iu.test(word) && TOLD_HOW_BEFORE.test(letter.text.slice(Math.max(0, m.start - 30), m.start))) continue;
      // Round 66: a look at how it goes told in the perfect ("Vi har sammen med dig og din kontaktperson set på, hvordan det
      // går"): the review this letter rests on, not one ahead ("Vi ser igen på, hvordan det går" has no "har").
      if (/^hvordan\s+det\s+går$/iu.test(word) && LOOKED_HOW_BEFORE.test(letter.text.slice(letter.sentence(si).start, m.start)) && !FUTURE.test(sText) && !/(?<![\p{L}])(?:når|inden|før|efter\s+at)(?![\p{L}])/iu.test(sText)) continue;
      // "opfølgning på vores telefonsamtale" (a mail's subject): the letter follows up a talk.
      if (/^opfølgning$/iu.test(word) && TALK_AFTER.test(letter.text.slice(m.end, m.end + 40))) continue;
      // "revurderes, hvis der sker ændringer, dog senest «Revurderingsdato»": the only date is an
      // empty merge field.
      if (ON_CHANGE_OR_FIELD.test(sText) && !/\d/u.test(sText.replace(/«[^»]*»/gu, ''))) continue;
      // "På opfølgningsmødet den 10. juni gennemgik vi målene": a follow-up that already happened.
      if (DONE_NOUN.test(word) && /(?<![\p{L}])på\s+$/iu.test(letter.text.slice(Math.max(0, m.start - 4), m.start)) && PAST_TENSE.test(sText) && !FUTURE.test(sText)) continue;
      // "Vi har den 9. september været på revisitationsbesøg hos dig", "Ved statusmødet den 2. juni,
      // hvor din kone deltog, gennemgik vi …": a dated meeting or visit told in the past tense.
      // (Round 44: not a meeting set with "vi holder" in the present, the past word in what it will look at: "Vi holder
      // et opfølgningsmøde i november, hvor vi ser på, hvordan han er faldet til".)
      if ((DONE_NOUN.test(word) || MEETING_NOUN.test(word)) && (PAST_TENSE.test(sText) || BEEN_AT.test(sText)) && /\d/u.test(sText) && !FUTURE.test(sText) && !PLANNED_BEFORE.test(letter.text.slice(Math.max(0, m.start - 30), m.start))) continue;
      if ((DONE_NOUN.test(word) || MEETING_NOUN.test(word)) && DONE_BEFORE.test(letter.text.slice(Math.max(0, m.start - 40), m.start))) continue;
      // Round 50: a meeting told as held, the verb in the past right before it ("Vi holdt statusmøde med dig og din
      // bostøtte den 19. august", "afholdt et opfølgningsmøde"): the talk the letter rests on, not a look ahead.
      if (MEETING_NOUN.test(word) && HELD_BEFORE.test(letter.text.slice(Math.max(0, m.start - 30), m.start)) && !FUTURE.test(sText)) continue;
      if ((DONE_NOUN.test(word) || MEETING_NOUN.test(word)) && AFTER_DONE.test(letter.text.slice(Math.max(0, m.start - 45), m.start)) && FOUND_AFTER.test(letter.text.slice(m.end, m.end + 60))) continue;
      if ((DONE_NOUN.test(word) || MEETING_NOUN.test(word)) && journalDateBefore(letter, m.start)) continue;
      // "Statusmøde 03.03.2026 med borger og bostøtte" in a journal-style letter of 12.03.2026: a
      // meeting dated before the letter already happened, even with no verb in the past tense.
      if ((DONE_NOUN.test(word) || MEETING_NOUN.test(word)) && dateAfterBefore(letter, m.end)) continue;
      if ((DONE_NOUN.test(word) || MEETING_NOUN.test(word)) && !FUTURE.test(sText) && nearDateBefore(letter, m.end)) continue;
      // "At borger kunne holde hjemmet rent i perioden, hvor han ikke måtte bære": the period of help
      // told in the past (the purpose of help that ends), no time ahead.
      if (/^(?:for|i)\s+perioden$/iu.test(word) && /(?<![\p{L}])(?:kunne|måtte)(?![\p{L}])/iu.test(sText) && !FUTURE.test(sText)) continue;
      if (/^(?:i|for)\s/iu.test(word) && PAST_RESTRICTION_BEFORE.test(letter.text.slice(Math.max(0, m.start - 40), m.start))) continue;
      // "da du har boet i huset i 40 år": how long something has been, not how long help lasts.
      if (/^(?:i|for)\s/iu.test(word) && HISTORY_BEFORE.test(letter.text.slice(Math.max(0, m.start - 60), m.start))) continue;
      // Round 47: the same with any "-et" participle, and with the span before a perfect in a clause ("fordi I har
      // sovet der i 40 år", "at du i et halvt år ikke har brugt mere", "Kommunen har i perioden marts–maj lavet en
      // udredning"): how long something went on, unless the sentence grants or extends help in that span.
      if (/^i\s/iu.test(word) && !GRANT_IN_SPAN.test(sText) && (ANY_PERFECT_BEFORE.test(letter.text.slice(Math.max(0, m.start - 60), m.start)) || PERFECT_AFTER_SPAN.test(letter.text.slice(m.end, m.end + 50)) || (/(?<![\p{L}])(?:har|havde)\s+$/iu.test(letter.text.slice(Math.max(0, m.start - 8), m.start)) && SPAN_THEN_PARTICIPLE.test(letter.text.slice(m.end, m.end + 50))))) continue;
      // Round 43: the same in the perfect with "er" ("Malthe er kommet i skole hver dag i 6 uger", "hun er gået til
      // træning i tre måneder"): how long something has gone on, unless help is given in between.
      if (/^(?:i|for)\s/iu.test(word) && MOVED_HISTORY_BEFORE.test(letter.text.slice(Math.max(0, m.start - 60), m.start))) continue;
      // (Round 53: also with "nu" or the subject in between: "Du har nu i seks uger haft besøg hver aften".)
      // Round 38: the same with the period between the auxiliary and the participle ("Camilla har i et år haft
      // støtte", "du har i 40 år boet i huset"): a span in the past.
      if (/^i\s/iu.test(word) && /(?<![\p{L}])(?:har|havde)\s+(?:(?:nu|allerede|efterhånden|snart|du|I|De|hun|han|vi)\s+){0,2}$/iu.test(letter.text.slice(Math.max(0, m.start - 24), m.start)) && HISTORY_AFTER.test(letter.text.slice(m.end, m.end + 20))) continue;
      // "Din kone døde for to år siden": a time in the past, not how long help lasts.
      if (/^\s+siden(?![\p{L}])/iu.test(letter.text.slice(m.end, m.end + 8))) continue;
      // "Beløbet reguleres hvert år med satsreguleringsprocenten": the yearly index rise, no look at the case.
      if (/^(?:regul|juster|regn|bereg)/iu.test(word) && INDEX_RISE.test(sText)) continue;
      if (/^(?:regul|juster)/iu.test(word) && (FIXED_DAY_AFTER.test(letter.text.slice(m.end, m.end + 30)) || AUTOMATIC.test(sText))) continue;
      // "… over et minimumsbeløb om året, som reguleres hvert år", "Satsen justeres årligt": a
      // limit or a rate of the law moved each year, not a look at this citizen's help.
      // (Round 36: the same for an amount worked out again: "Satsen beregnes igen i januar".)
      if (/^(?:regul|juster|regn|bereg)/iu.test(word) && (LAW_AMOUNT.test(sText) || isLawSentence(letter, letter.sentence(si)))) continue;
      // "Handleplanen blev senest revideret den 1. september": a look that already happened.
      // (Not a review still to come, in the future perfect: "Vi ringer til dig i uge 22 og hører,
      // hvordan det går, når din medicin er blevet justeret".)
      const review = PAST_REVIEW.exec(sText);
      if (review && !FUTURE.test(sText) && !WHEN_BEFORE.test(sText.slice(Math.max(0, review.index - 40), review.index))) continue;
      // "rengøring hver 2. uge af 1 times varighed": how long a visit lasts, not the help.
      if (/^varighed$/iu.test(word) && VISIT_LENGTH_BEFORE.test(letter.text.slice(Math.max(0, m.start - 30), m.start))) continue;
      // "Du kan søge igen en gang om året": the citizen's new application, not a look ahead.
      // Round 72: how long the citizen may apply again ("Får du brug for støtte senere, kan du søge igen, indtil du fylder 23
      // år", "du kan ansøge på ny frem til udgangen af året"): the citizen's right to a new application, not a look ahead.
      if (DEADLINE_OR_UNTIL.test(word) && CAN_APPLY_BEFORE.test(letter.text.slice(Math.max(letter.sentence(si).start, m.start - 60), m.start))) continue;
      if (/^igen\s/iu.test(word) && /(?<![\p{L}])(?:kan|må)\s+(?:\p{L}+\s+){0,2}?(?:søge|ansøge)(?![\p{L}])/iu.test(sText)) continue;
      // "Du faldt to uger efter ændringen": a time after a change told in the past.
      if (/efter\s+ændringen$/iu.test(word) && PAST_TENSE.test(sText) && !FUTURE.test(sText)) continue;
      // "Du kan spare ubrugte timer op i 6 måneder": how long unused hours keep, a rule of the scheme.
      if (/^(?:i|inden\s+for)\s/iu.test(word) && SAVED_HOURS.test(sText)) continue;
      // "Baggrund: Revisitation pga. ny kvalitetsstandard": the review named as the reason for this
      // letter, not a look ahead.
      if (DONE_NOUN.test(word) && !FUTURE.test(sText) && (REASON_AFTER.test(letter.text.slice(m.end, m.end + 20)) || REASON_LABEL.test(letter.text.slice(Math.max(0, m.start - 20), m.start)))) continue;
      // "Næste revisitation: ved ændringer i funktionsniveau": a review only if things change, like
      // "du kan søge igen, hvis din situation ændrer sig"; no time and no plan ("…, dog senest marts" has one).
      if (DONE_NOUN.test(word) && ON_CHANGE_ONLY.test(letter.text.slice(m.end, m.end + 50))) continue;
      // Round 44: the same with the verb ("Der følges op efter behov", "Vi følger op ved behov"): no time and no plan.
      // (Round 73b: also a review verb, "Hjælpen revurderes efter behov", "Vi evaluerer ved behov": no time and no plan.)
      if ((/^(?:følg\p{L}*|fulgt)\s+op$/iu.test(word) || REVIEW_WORD.test(word)) && ON_CHANGE_ONLY.test(letter.text.slice(m.end, m.end + 50))) continue;
      // The same said with the verb ("Hjælpen revurderes, såfremt Deres behov ændrer sig", "Vi
      // vurderer støtten igen, hvis din situation ændrer sig"): a look only if things change.
      if (REVIEW_WORD.test(word) && ON_CHANGE_CLAUSE.test(letter.text.slice(m.end, m.end + 70))) continue;
      if (/^(?:revurder|genvurder|vurderes\s+igen)/iu.test(word) && ON_NEWS_OF_CHANGE.test(letter.text.slice(m.end, m.end + 110))) continue;
      if (/(?:inden|før)$/iu.test(word) && SENT_ON_AFTER.test(letter.text.slice(m.end, m.end + 50))) continue;
      // A follow-up already carried out ("Vi har foretaget en opfølgning på din sag"): why the letter
      // was written, unless the sentence also looks ahead.
      if (DONE_NOUN.test(word) && CARRIED_OUT_BEFORE.test(letter.text.slice(Math.max(0, m.start - 50), m.start)) && !FUTURE.test(sText)) continue;
      if (DONE_NOUN.test(word) && DONE_PARTICIPLE_BEFORE.test(letter.text.slice(Math.max(0, m.start - 30), m.start)) && !FUTURE.test(sText)) continue;
      // "du kan tage en bisidder med, hvis vi skal mødes igen": a meeting only if one is needed.
      if (MEETING.test(word) && (IF_BEFORE.test(letter.text.slice(Math.max(0, m.start - 30), m.start)) || INVERTED_IF_BEFORE.test(letter.text.slice(letter.sentence(si).start, m.start)))) continue;
      // ("Næste gang vi ser på afløsningen, er ved revisitationen i maj 2026" looks ahead.)
      if (DONE_NOUN.test(word) && !FUTURE.test(sText) && (AFTER_DONE.test(letter.text.slice(Math.max(0, m.start - 45), m.start)) || /^\p{Lu}\p{L}*en$/u.test(word)) && !monthAheadAfter(letter, m.end)) continue;
      // "Vedr.: Revisitation af praktisk hjælp", "revurderingen af din hjælp": the review this
      // letter is the outcome of, unless a new one is announced ("en ny revurdering af …").
      if (DONE_NOUN.test(word) && /^\s+af\s/u.test(letter.text.slice(m.end, m.end + 4)) && !FUTURE.test(sText) && !/(?:ny|nyt|næste)\s+$/iu.test(letter.text.slice(Math.max(0, m.start - 8), m.start))) continue;
      if (/^revurder/iu.test(word) && (DECISION_AFTER.test(letter.text.slice(m.end, m.end + 24)) || CASE_AFTER.test(letter.text.slice(m.end, letter.sentence(si).end))) && (COMPLAINT_WORD.test(sText) || (si > 0 && COMPLAINT_SENTENCE.test(letter.slice(letter.sentence(si - 1)))))) continue;
      if ((DONE_NOUN.test(word) || MEETING_NOUN.test(word)) && AS_PROMISED_BEFORE.test(letter.text.slice(Math.max(0, m.start - 30), m.start))) continue;
      if ((DONE_NOUN.test(word) || MEETING_NOUN.test(word)) && SAID_AT_BEFORE.test(letter.text.slice(Math.max(0, m.start - 40), m.start))) continue;
      if (ON_CALL_BEFORE.test(letter.text.slice(letter.sentence(si).start, m.start))) continue;
      if (DONE_NOUN.test(word) && INDEF_DONE_BEFORE.test(letter.text.slice(Math.max(0, m.start - 45), m.start)) && DONE_PARTICIPLE_AFTER.test(letter.text.slice(m.end, m.end + 40)) && !FUTURE.test(sText)) continue;
      if (/^i\s/iu.test(word) && PAST_STAY_BEFORE.test(letter.text.slice(Math.max(0, m.start - 60), m.start)) && !FUTURE.test(sText)) continue;
      // A rhythm alone is a look ahead only with a meeting, a status or a look in the sentence
      // ("Vi mødes med dig hvert halve år"; not "hovedrengøring hvert halve år"), and not in the past.
      if (RHYTHM.test(word) && (!LOOK_WORD.test(sText) || (PAST_TENSE.test(sText) && !FUTURE.test(sText)))) continue;
      // A call in a month that only sets up the start ("Jeg ringer i januar og aftaler det første
      // besøg"): like "bostøtten kontakter dig inden 14 dage", no follow-up.
      if (/^ringer\s+i\s/iu.test(word) && START_AFTER.test(letter.text.slice(m.end, letter.sentence(si).end))) continue;
      // "… igen og ser, om …" is a visit ahead only after someone who comes, calls or looks in ("I
      // maj kommer terapeuten igen og ser, om …"); the complaint's "Vi tager sagen op igen og ser,
      // om vi kan give dig medhold" is none.
      if (/^igen\s+og\s/iu.test(word) && !COMES_BEFORE.test(letter.text.slice(Math.max(0, m.start - 30), m.start))) continue;
      // A call to set up a meeting or the start ("Psykologen ringer til jer i uge 7, så I kan aftale et
      // møde"): like "bostøtten kontakter dig inden 14 dage", no follow-up.
      if (/^(?:ringe|ringer|kontakte|kontakter)\s/iu.test(word) && CALL_TO_ARRANGE_AFTER.test(letter.text.slice(m.end, letter.sentence(si).end))) continue;
      // Round 28: a call with the time put first, only on request ("Hvis du vil, ringer jeg og hører …").
      if (/^ringer\s+(?:jeg|vi)\s/iu.test(word) && /(?<![\p{L}])(?:hvis|såfremt)(?![\p{L}])/iu.test(letter.text.slice(letter.sentence(si).start, m.start))) continue;
      // Waiting for an age ("Du må vente, til du fylder 18"): a condition, not how long help lasts.
      if (/fylder$/iu.test(word) && /(?<![\p{L}])vent\p{L}*\s*,?\s*$/iu.test(letter.text.slice(Math.max(0, m.start - 20), m.start))) continue;
      // A new test only when someone is to make it ("Ved sidste besøg laver Søren en ny test"); not one
      // made before ("Terapeuten lavede en ny test med dig den 9. september") nor one asked for.
      if (/^en\s+ny\s/iu.test(word) && !NEW_TEST_BEFORE.test(letter.text.slice(Math.max(0, m.start - 40), m.start))) continue;
      // The price of a span ("betale for et år på efterskole", "dække udgiften for tre uger på
      // højskole"): what was applied for, not how long help lasts.
      if (/^for\s/iu.test(word) && PAY_FOR_BEFORE.test(letter.text.slice(Math.max(0, m.start - 30), m.start))) continue;
      if (/^for\s/iu.test(word) && AMOUNT_FOR_BEFORE.test(letter.text.slice(Math.max(0, m.start - 16), m.start)) && !GRANT_IN_SPAN.test(sText)) continue;
      // The review this letter is the outcome of, named in the subject line ("Vedr.: Revisitation –
      // praktisk hjælp", "Emne: Revurdering af din støtte"), with no time ahead on that line.
      if (DONE_NOUN.test(word) && SUBJECT_LINE_BEFORE.test(letter.text.slice(Math.max(0, m.start - 30), m.start)) && !/\d/u.test(/^[^\n]*/u.exec(letter.text.slice(m.end, m.end + 80))![0]) && !FUTURE.test(sText)) continue;
      if ((DONE_NOUN.test(word) || MEETING_NOUN.test(word)) && SUBJECT_DASH_BEFORE.test(letter.text.slice(Math.max(0, m.start - 80), m.start)) && !/\d/u.test(/^[^\n]*/u.exec(letter.text.slice(m.end, m.end + 80))![0]) && !FUTURE.test(sText)) continue;
      if ((DONE_NOUN.test(word) || MEETING_NOUN.test(word)) && AT_BEFORE.test(letter.text.slice(Math.max(0, m.start - 6), m.start))) {
        const told = TOLD_THERE_AFTER.exec(letter.text.slice(m.end, m.end + 90));
        if (told && !FUTURE.test(told[0])) continue;
      }
      if (/^løbende$/iu.test(word) && RUNNING_COST_AFTER.test(letter.text.slice(m.end, m.end + 30))) continue;
      // Round 49: "løbende" as the kind of a need ("har behov for løbende behandling", often in a quoted rule): what
      // someone needs, not a look at the case as it goes.
      if (/^løbende$/iu.test(word) && NEED_FOR_BEFORE.test(letter.text.slice(Math.max(0, m.start - 20), m.start))) continue;
      if (/^frem\s+til$/iu.test(word) && ONWARD_BEFORE.test(letter.text.slice(Math.max(0, m.start - 45), m.start)) && !TIME_AFTER.test(letter.text.slice(m.end, m.end + 30))) continue;
      if (DONE_NOUN.test(word) && QUESTIONS_ABOUT_BEFORE.test(letter.text.slice(Math.max(letter.sentence(si).start, m.start - 80), m.start))) continue;
      if (TOPIC_NOUN.test(word) && !FUTURE.test(sText) && ((LABELLED_SUBJECT_BEFORE.test(letter.text.slice(Math.max(0, m.start - 100), m.start)) && ONLY_YEAR_AFTER.test(letter.text.slice(m.end, m.end + 80))) || (/en$/iu.test(word) && LABEL_END_AFTER.test(letter.text.slice(m.end, m.end + 10))))) continue;
      if (DONE_NOUN.test(word) && TITLE_ABOUT_BEFORE.test(letter.text.slice(Math.max(0, m.start - 60), m.start)) && !/[\d.]/u.test(/^[^\n]*/u.exec(letter.text.slice(m.end, m.end + 80))![0]) && !FUTURE.test(sText)) continue;
      if (/^frem\s+til$/iu.test(word) && REACH_BEFORE.test(letter.text.slice(Math.max(letter.sentence(si).start, m.start - 40), m.start)) && !TIME_AFTER.test(letter.text.slice(m.end, m.end + 30))) continue;
      if (refused && /^(?:indtil|til|frem\s+til|i|for)\s/iu.test(word + ' ') && ASKED_BEFORE.test(letter.text.slice(letter.sentence(si).start, m.start)) && !GRANT_IN_SPAN.test(sText)) continue;
      // Round 58: a record of the review this letter rests on ("Vi sendte jer et referat af revisitationen", "notatet
      // fra revurderingen"): the look already happened.
      if (DONE_NOUN.test(word) && /en$/iu.test(word) && REPORT_OF_BEFORE.test(letter.text.slice(Math.max(0, m.start - 40), m.start)) && !FUTURE.test(sText)) continue;
      // Round 58: following up as a task the citizen can or cannot do ("du kan ikke selv planlægge hjælpernes arbejde
      // eller følge op på det", a condition of BPA): the citizen's skill, not the office's look ahead.
      if (/^følge\s+op$/iu.test(word) && CITIZEN_CAN_BEFORE.test(letter.text.slice(Math.max(letter.sentence(si).start, m.start - 90), m.start))) continue;
      // How far the citizen has come, looked at now or before, is no look ahead.
      if (/^hvor\s+langt/iu.test(word) && PAST_TENSE.test(sText) && !FUTURE.test(sText)) continue;
    }
    return { present: true, evidence: m };
  }
  // Round 69: a new status or report asked for at a time ahead ("Udvalget ønsker en ny status fra bostøtten i december 2024",
  // "Vi beder om en statusrapport fra skolen inden udgangen af marts"): when the case is looked at again.
  const asked = letter.matches(STATUS_ASKED)[0];
  if (asked && !COMPLAINT_SENTENCE.test(letter.slice(letter.sentence(Math.max(0, letter.sentenceAt(asked.start)))))) return { present: true, evidence: asked };
  const heading = findHeading(letter, 'opfoelgning');
  // A field label left empty ("Opfølgning: —") says nothing about a follow-up.
  if (heading && EMPTY_FIELD.test(letter.slice(heading).replace(/^[^:]*/u, ''))) return { present: false };
  // "Opfølgning:" with "Ingen planlagt." on the next line.
  if (heading && NONE_AFTER.test(letter.text.slice(heading.end, heading.end + 40))) return { present: false };
  // "Opfølgning: ved behov", "Opfølgning: efter behov": a look only if asked, like "du kan søge igen".
  if (heading && ON_CHANGE_ONLY.test(letter.slice(heading).replace(/^[^:]*/u, ''))) return { present: false };
  // "Opfølgning" with "Vi følger op på aflastningen «Opfølgningsdato»." below: the time was never filled in.
  if (heading && FIELD_TIME_AFTER.test(/^\s*([^\n]*)/u.exec(letter.text.slice(heading.end, heading.end + 200))![1]!)) return { present: false };
  return heading ? { present: true, evidence: heading } : { present: false };
}
