/**
 * `formaal`: present when one of the pack's phrases for it occurs (see default-rules.ts), except:
 * - in a refusal or a partial grant, a purpose clause in the application sentence ("Du har
 *   søgt om at få udvidet døren, så du kan komme ind med din kørestol"): why the citizen
 *   applied, not the purpose of help that is given;
 * - a consequence ("Beløbet rundes op, så du får udbetalt 1.100 kr.");
 * - the purpose of a step in the case rather than of the help ("Vi sender dig notatet, så du kan
 *   komme med bemærkninger", "oplysninger med henblik på at vurdere din sag", "For at du kan
 *   klage, skal …", "egnet til formålet");
 * - the purpose of other help the letter points to ("Du kan søge om et ledsagerkort, så du kan
 *   tage en ledsager gratis med"), or of a contact or referral to someone else ("Vi tager kontakt
 *   til aktivitetscentret med henblik på et aftentilbud", "Vi har henvist dig til
 *   genoptræning, så du kan …");
 * - the purpose of a law or a provision in general ("Formålet med barnets lov er at sikre, at børn
 *   og unge …", "Servicelovens formål er …", "formålsbestemmelsen"): README, not the help's;
 * - what the staff of another place shall do ("Det fremgår af handleplanen, at personalet på
 *   botilbuddet skal støtte dig i …", when the letter ends the help because the citizen moves
 *   there): the task of other help, unless that place is the help this letter decides on;
 * - what an alarm lets the citizen do when something happens ("et nødkald, så du kan tilkalde
 *   hjælp, hvis du falder"): the device's function, not what the help shall lead to;
 * - the law's test of necessity, denied or asked ("ikke nødvendig, for at du kan bo i huset",
 *   "vurderet, om en el-kørestol er nødvendig, for at du kan …"); a law as the subject of its
 *   purpose ("Barnets lov har til formål at …"); in a refusal, help the citizen already gets
 *   elsewhere ("du allerede er i behandling, og behandlingen skal hjælpe dig med …");
 * - a purpose left as an empty merge field in a template ("Formålet med hjælpen er «Formål».",
 *   "Mål: [indsæt mål]", "Formål: {{formaal}}"): the letter says no purpose.
 */
import type { AnalysedLetter, Detection, Letter } from '../letter';
import { COMPLAINT_SENTENCE, ENDING_WORDS } from './common';

// (Also what the citizen wrote in the application or wishes: "Du har i ansøgningen skrevet, at du
// ønsker en fast ledsager, så du kan komme mere ud".)
// (Also with only a month or a time: "Du søgte i juni om BPA, så du selv kan ansætte hjælpere",
// "søgte for nylig om".)
// (And the application named with its date: "Tak for din ansøgning af 6. oktober om aflastning,
// så du kan arbejde mere", "Du søgte den 12. maj 2026 om en ledsager, så du kan …".)
// (Round 45: also with whom it was asked of between, "Du har bedt os om at betale for …, så du kan …".)
const APPLIED_BEFORE =
  /(?<![\p{L}])(?:(?:an)?søg(?:t|te|er)\s+(?:(?:du|I|De|han|hun|vi)\s+)?(?:(?:den|d\.)\s+\d{1,2}\.?\s*(?:\p{L}+|\d{1,2}\.?)(?:\s+\d{4})?\s+|(?:i|sidste)\s+\p{L}+(?:\s+\d{4})?\s+|for\s+nylig\s+)?om|ansøgning\s+om|ansøger\s+om|bedt\s+(?:os\s+|mig\s+|kommunen\s+)?om|bad\s+(?:os\s+|mig\s+|kommunen\s+)?om|(?:har\s+|havde\s+)?(?:spurgt|spurgte)\s*,?\s+(?:os\s+|kommunen\s+)?om|anmodet\s+om|anmodning\s+om|i\s+(?:din\s+|jeres\s+|Deres\s+)?ansøgning(?:en)?|(?:din|jeres|Deres|hans|hendes|sin)\s+ansøgning(?:en)?|ønsker|ønskede|ønske\s+om|gerne\s+vil|vil\s+gerne)(?![\p{L}])/iu;
// (Also a practical arrangement: "Leverandøren kontakter Dem med henblik på aftale om tidspunkt".)
// (Round 46: also the first day set up by a call: "Han ringer til dig, så I kan aftale en første dag".)
// (Round 54: also when, said as a question: "Hun ringer i næste uge, så I kan aftale, hvornår I starter".)
// (Round 66: also the first outings or sessions, "Hun kontakter dig i næste uge, så I kan aftale de første ture": the start.)
// (Round 53: also the citizen's trust in the handling, "fået en kollega til at læse med, så du kan være sikker på, at din
// sag er set ordentligt igennem": a step of the case, not what the help shall lead to.)
const PROCEDURAL_AFTER =
  /^[\s,]*(?:at\s+)?(?:kan\s+|skal\s+)?(?:se|læse|kommentere|komme\s+med|udtale|klage|svare|give\s+(?:os|dine|jeres)|(?:re|gen)?vurdere|(?:en\s+(?:nærmere\s+|ny\s+|fornyet\s+)?)?(?:(?:re|gen)?vurdering|afklaring)|afklare|undersøge|undersøgelse|træffe|partshøring|behandle|behandling|oplyse|sagsbehandling|(?:af)?prøve\s+(?:den|det|dem|hjælpemidlet|\p{L}+en)|afprøvning|(?:aftale|planlægge|planlægning)\s+(?:af\s+|om\s+)?(?:\p{L}+\s+){0,2}?(?:tid|tidspunkt|dato|opstart|levering|installation|besøg|møde|(?:dag|gang)(?![\p{L}]))\p{L}*|aftale\s+(?:de|den|det|jeres|dine|Deres)\s+første\s+\p{L}+|(?:aftale|planlægge|finde\s+ud\s+af)\s*,?\s+(?:hvornår|hvilke\s+dage|hvilken\s+dag|hvad\s+tid|hvilket\s+tidspunkt)|opstart\p{L}*|igangsæt\p{L}*|et\s+(?:første\s+)?(?:opstartsmøde|møde|besøg)|(?:en|et)\s+(?:første\s+|indledende\s+)?(?:opstarts|introduktions|indlednings|intro|forventnings|visitations|afklarings)(?:samtale|møde|besøg)\p{L}*|(?:nå\s+at\s+)?(?:sige(?:\s+(?:din|jeres|Deres)\s+mening|,?\s+om|\s+til,?\s+(?:om|hvis)|\s+noget)|fortælle\s+(?:os|mig|kommunen))|vælge\s+(?:\p{L}+\s+){0,2}?(?:leverandør|firma)\p{L}*|søge\s+(?:om|igen|på\s+ny|hos|der)|ansøge|(?:gen|om|efter)?beregn\p{L}*|(?:efter)?regulering\p{L}*|være\s+(?:helt\s+)?(?:sikker|tryg|rolig)\s+på\s*,?\s+at\s+(?:(?:din|jeres|Deres)\s+(?:sag|ansøgning)|sagen|ansøgningen|afgørelsen))(?![\p{L}])/iu;
// (Round 57: the assessment with its article, "med henblik på en afklaring af, om …", "med henblik på en ny vurdering": a
// step of the case as well.)
// (Round 51: also a recalculation or an adjustment of an amount, "Kommunen kontakter Dem i september med henblik på
// genberegning": a step of the case, like a reassessment.)
// (Round 50: also a reassessment, "Før bevillingen udløber, vil du blive kontaktet med henblik på revurdering af dit behov":
// a step of the case, like "vurdering".)
// (Round 34: also applying as the aim of a step, "Vi har sendt besked til din nye kommune, så du kan søge om
// støtte der": a step of the case; "så du kan søge job" stays the aim of help.)
// (And the start of the help, or the choice of provider, as the aim of a step: "Familiehuset kontakter
// jer med henblik på opstart", "Frit valg giver dig mulighed for at vælge en anden leverandør".)
// (Also borrowing or renting something meanwhile: "Du kan låne et badekarsbræt, så du kan komme i
// bad, indtil …".)
const OFFER_GET_BEFORE = /(?<![\p{L}])(?:kan|kunne)\s+(?:(?:du|I|De|også|i\s+stedet|evt\.|eventuelt|godt)\s+){0,2}få\s+(?!(?:dækket|bevilget|hjælp\s+fra\s+os)(?![\p{L}]))[^,.;:]{1,60},\s*$/iu;
const OTHER_CAN_HELP_BEFORE = /(?<![\p{L}])(?:kan|kunne)\s+(?:(?:også|godt|evt\.|eventuelt)\s+)?hjælpe\s+(?:dig|jer|Dem)\s+med\s+[^,.;:]{1,60},\s*$/iu;
// (Round 72: also asking someone else about the thing, "Du kan også spørge ergoterapeuten om en arbejdsstol, så du kan sidde
// ned", "I kan bede hjemmesygeplejersken om …": other help pointed to, its own purpose.)
const GUIDANCE_BEFORE = /(?<![\p{L}])(?:kan|kunne)\s+(?:\p{L}+\s+){0,2}?(?:søge|ansøge|kontakte|henvende|tale\s+med|købe|benytte|låne|leje|anskaffe|spørge|bede)(?![\p{L}])/iu;
// Round 73b: the citizen told to turn to someone else, the imperative opening the sentence ("Kontakt din læge …", "Ring til
// Borgerservice …", "Henvend dig på apoteket …", "Søg om …", "Spørg din terapeut …"), a dash or bullet allowed before it.
const IMPERATIVE_GUIDANCE_BEFORE =
  /^\s*(?:[-•*–·]\s*)?(?:kontakt|ring\s+til|skriv\s+til|henvend\s+(?:dig|jer|Dem)|søg|ansøg|spørg|tal\s+med|bed|tag\s+kontakt)(?![\p{L}])(?!\s+(?:os|mig)(?![\p{L}]))[^.;:]*$/iu;
// A contact or referral to someone else, made or to be made ("taget kontakt til
// aktivitetscentret", "kontakter Jobcentret", "henvist dig til genoptræning"); contact with the
// citizen ("Bostøtten kontakter dig ugentligt for at …") is part of the help.
// (Round 49: also word sent to the place, "Jeg sender besked til værestedet, så du kan starte på mandag": a step.)
// (Round 57: also a referral with an adverb before "til", "Du henvises i stedet til jobcentret med henblik på …": the aim of
// the other place's work, not of help given here.)
const CONTACT_BEFORE =
  /(?<![\p{L}])(?:(?:(?:tage|tager|taget|tages|tog|skabe|skabt)\s+(?:\p{L}+\s+){0,2}?kontakt\s+til|kontakte[rt]?|kontaktes|henvendt\s+os\s+til|(?:sender|sendte|giver|gav|giv)\s+(?:(?:jeg|vi)\s+)?(?:også\s+)?besked\s+til)\s+(?!(?:dig|jer|Dem|os)(?![\p{L}]))|(?:henvis\p{L}*|skrive\p{L}*\s+(?:dig|jer|Dem)\s+op)\s+(?:(?:dig|jer|Dem)\s+)?(?:(?:i\s+stedet|derfor|også|samtidig|hermed|videre)\s+)?til\s+)\p{L}/iu;
// An unfilled merge field: «Formål», <<Formål>>, [Indsæt formål], {{formaal}}, ${mål}, XXX, ____.
const FIELD = String.raw`(?:«[^»\n]{0,40}»|<<[^>\n]{0,40}>>|\[[^\]\n]{0,40}\]|\{\{[^}\n]{0,40}\}\}|\$\{[^}\n]{0,40}\}|x{3,}|_{3,}|\.{3,}|…)`;
// What follows a purpose cue when the purpose itself is a field ("… med hjælpen er «Formål».").
const FIELD_AFTER = new RegExp(String.raw`^[\s:–-]*(?:(?:\p{L}+[\s,]+){0,3}?(?:er|at)\s+)?${FIELD}[\s.:]*$`, 'iu');
const FIELDS = new RegExp(FIELD, 'giu');
// A field row of a form: a short label, a colon and its value on the same line ("Forventet start:    Uge 39").
const NEXT_FIELD = /^\s*\p{Lu}[\p{L} ./-]{1,30}:[ \t]*[^\n]*$/u;
const LEADER = /^[\s:–-]*\.{3,}[\s.:]*$/u;
const CHANGED_BEFORE =
  /(?<![\p{L}])(?:ændre[rs]?|ændret|nedsætte[rs]?|nedsat|reducere[rs]?|reduceret|justere[rs]?|justeret|sætter\s+(?:\p{L}+\s+){0,3}?ned)(?![\p{L}])/iu;
const NEW_AMOUNT_AFTER =
  /^\s+(?:[\p{L}-]+\s+){1,3}?(?:hver(?:t)?|(?:\d+|én|en|et|to|tre|fire|fem|seks|syv)\s+(?:gang|gange|timer?|dage?|besøg)|om\s+(?:ugen|dagen|måneden))(?![\p{L}])/iu;
const MEASURE_AFTER =
  /^\s+(?:(?:kun|alene|altid|fortsat|også)\s+)?(?:dække|svare\s+til|modsvare|afspejle|stå\s+mål\s+med|tage\s+udgangspunkt\s+i)(?![\p{L}])/iu;
// (Round 70: also something offered or sent as the case's next step, "omfattet af garantien, så du får tilbudt en bolig
// senest om to måneder", "så du får tilsendt et nyt kort": a consequence of the handling, not what help shall lead to.)
const CONSEQUENCE_AFTER = /^\s*(?:udbetalt|overført|refunderet|tilbagebetalt|tilbudt|tilsendt|fremsendt|besked|svar|brevet|en\s+kopi|kopi|\d)/iu;
const RIGHTS = /aktindsigt|bisidder|partshøring|bemærkning|kommentar/iu;
// The purpose of a law or provision: the cue's own word, what follows it, or a genitive before it.
const LAW_PURPOSE_MATCH = /^formåls(?:bestemmelse|paragraf)/iu;
// (Also help of a kind in general under a law, indefinite: "Formålet med hjælp efter serviceloven er at
// fremme …", "Formålet med støtte efter barnets lov"; "Formålet med hjælpen efter § 83 er, at du …"
// is this help's.) (And the law's provisions in the genitive: "Formålet med lovens bestemmelser om særlig
// støtte er at sikre …".)
const LAW_AFTER =
  /^\s+med\s+(?:(?:den|denne|hele)\s+)?(?:barnets\s+lov|\p{L}*lov(?:en|ens|givningen|givningens)?|bestemmelse\p{L}*|regle\p{L}*|paragraf\p{L}*|§|(?:hjælp|støtte|indsatser|ydelser|tilbud)\s+(?:efter|i\s+henhold\s+til|jf\.)\s+(?:barnets\s+lov|\p{L}*loven|\p{L}*lovens|§))(?![\p{L}])/iu;
const LAW_BEFORE = /(?:(?<![\p{L}])(?:barnets\s+lovs|\p{L}*lovens|bestemmelsens|reglernes|paragraffens)|§\s*\d+\s*'?s)\s+$/iu;
// The staff of a named place as the subject ("personalet på Skovbrynet skal støtte dig",
// "botilbuddets personale skal hjælpe dig"); the place is checked against the result.
const OTHER_STAFF =
  /(?:(?<![\p{L}])(?:personalet|medarbejderne|pædagogerne|lærerne|plejepersonalet)\s+(?:på|i|fra|hos)\s+(\p{L}+)|(?<![\p{L}])(\p{L}{3,}?)s\s+(?:personale|medarbejdere|pædagoger))\s+(?:\p{L}+\s+)?$/iu;
// "Det følger af formålsbestemmelsen i § 1, at hjælpen skal …", "Efter lovens formål skal …".
const LAW_CUE_BEFORE = /formåls(?:bestemmelse|paragraf)|(?:\p{L}*lovens|barnets\s+lovs)\s+formål/iu;
// The law's test of necessity, denied or still asked ("Derfor er en ombygning ikke nødvendig, for
// at du kan bo i huset", "Vi har vurderet, om en el-kørestol er nødvendig, for at du kan passe dit
// arbejde"): a condition of the rule, not what granted help shall lead to.
// (Round 65: also the "not" on the verb of judging, before its "that" clause: "Vi vurderer ikke, at en trappelift er
// nødvendig, for at du kan …", "finder ikke at ændringen er nødvendig".)
// (Round 66: also the thing as what it takes, denied or asked in a cleft: "er det ikke en scooter, der skal til, for at du
// kan klare dig", "om det er en trappelift, som skal til, for at …".)
const NECESSITY_DENIED =
  /(?<![\p{L}])(?:ikke|om)(?:\s*,?\s+at)?\s+(?:[\p{L}-]+\s+){0,4}?(?:nødvendig\p{L}*|påkrævet|en\s+forudsætning|afgørende|[\p{L}-]+\s*,?\s+(?:der|som)\s+(?:skal|skulle)\s+til)\s*,?\s*$/iu;
// A step of the hearing: a draft, notes or a statement sent, or the decision still to be made.
const HEARING_SENTENCE =
  /(?<![\p{L}])(?:sendte|sendt|tilsendt|udkast\p{L}*|notat\p{L}*|referat\p{L}*|udtalelse\p{L}*|partshøring\p{L}*|(?:før|inden)\s+(?:jeg|vi|kommunen|udvalget)\s+(?:traf|besluttede|afgjorde|tog\s+stilling))(?![\p{L}])/iu;
const DELIVERY_AFTER =
  /^\s+(?:(?:altid|også|fortsat|derfor|helst|primært)\s+)?(?:komme\s+fra|leveres|gives\s+af|foregå|finde\s+sted|ligge|starte|begynde|ske)(?![\p{L}])/iu;
// (Round 52: the weighed facts may hold an abbreviation's or a number's full stop, "at du kan gå ca. 300 meter med stok,
// at der er 250 meter til arbejdet, og at du kan møde fleksibelt, så du kan tage bussen": still the same sentence.)
// Round 64: "formål" as a plain plural after a word of number or kind ("kørslen skal dække mange forskellige formål", "til
// private formål", "bruges til andre formål"): purposes in general, no aim of the help ("Formålet er …" has the article).
const PLAIN_PURPOSES_BEFORE = /(?<![\p{L}])(?:mange|flere|forskellige|andre|alle|diverse|private|personlige|almindelige|erhvervsmæssige|bestemte)\s+$/iu;
// Round 64: the "så" clause inside the reason why a thing is not needed ("Et hævebord er ikke nødvendigt, fordi stolen kan
// indstilles i højden, så du kan arbejde ved dit eget bord"): what the granted aid already allows, the reason to refuse the
// rest, like the round-43 "derfor er ombygningen ikke nødvendig".
const NOT_NEEDED_BECAUSE_BEFORE =
  /(?<![\p{L}])ikke\s+(?:[\p{L}-]+\s+){0,3}?(?:nødvendig\p{L}*|påkrævet|behov\s+for)\s*,?\s+(?:fordi|da|idet|eftersom)\s[^.;:]*$/iu;
const WEIGHED_THAT_BEFORE =
  /(?<![\p{L}])(?:lagt|lægger)\s+(?:\p{L}+\s+){0,2}?vægt\s+på\s*,?\s+at(?![\p{L}])(?:[^.;]|(?<=(?<![\p{L}])(?:ca|fx|kl|nr|pr|mht|bl\.a|f\.eks|\d))\.)*$/iu;
const WISH_BEFORE =
  /(?<![\p{L}])(?:(?:dit|jeres|Deres|sit|hans|hendes)\s+(?:eget\s+)?ønske\s+om|(?:du|I|De|han|hun)\s+(?:selv\s+|også\s+)?(?:ønsker|ønskede|gerne\s+vil|gerne\s+ville))(?![\p{L}])[^.;:]*$/u;
const WORKER_CITIZEN_BEFORE = /(?<![\p{L}])(?:[dD]u|I|De)(?:\s+[\p{L}-]+){0,4}\s+$/u;
// Help the citizen already gets elsewhere, named in a refusal ("du allerede er i behandling i
// psykiatrien, og behandlingen skal hjælpe dig med …"): its purpose is not the refused help's.
const ALREADY_BEFORE = /(?<![\p{L}])(?:allerede|i\s+forvejen)(?![\p{L}])/iu;
// Round 40: in a refusal, the goal another body or its plan sets, reported ("Jobcentret vurderer, at hans
// arbejdsevne bliver afklaret, og at målet er et fleksjob", "Det fremgår af rehabiliteringsplanen, at målet
// er …"): the aim of help elsewhere, not of help this letter gives.
const OTHER_BODY =
  /(?<![\p{L}])(?:jobcent(?:er|ret|rets)|ressourceforløb\p{L}*|rehabiliteringsplan\p{L}*|rehabiliteringsteam\p{L}*|psykiatrien|regionen|sygehus\p{L}*|hospital\p{L}*|ppr|bup|uddannelsesplan\p{L}*|a-kasse\p{L}*)(?![\p{L}])/iu;
const REPORTS = /(?<![\p{L}])(?:vurderer|vurderede|oplyser|oplyste|skriver|skrev|mener|fremgår|fremgik|forventer|anbefaler)(?![\p{L}])/iu;
// A law as the subject of its own purpose ("Barnets lov har til formål at sikre …", "Loven har
// bl.a. til formål at …"), also right after a "Formål:" label.
const LAW_SUBJECT = String.raw`(?:barnets\s+lov|\p{L}*loven|lov(?:en)?\s+om\s+[\p{L}\s]{3,40}?|bestemmelsen|reglerne|paragraffen|§\s*\d+\s*\p{L}?)\s+har\s+(?:(?:bl\.\s*a\.|blandt\s+andet|også)\s+)?(?:til|som)\s+`;
const LAW_HAS_PURPOSE_BEFORE = new RegExp(`${LAW_SUBJECT}$`, 'iu');
// A rule as what gives the chance ("Servicelovens § 112 giver dig mulighed for at få …"): the law's
// offer, not what this help shall lead to.
// … and a chance to order, buy or apply for something ("Det giver dig mulighed for at bestille billig
// kørsel", after a pointer to another offer): what that other offer allows, not this help's aim.
const GIVES_ORDER_AFTER = /^\s+(?:bestille|søge|ansøge|købe|låne|leje|benytte|kontakte|vælge|klage)(?![\p{L}])/iu;
const RULE_GIVES_BEFORE = /(?:(?<![\p{L}])\p{L}*lov(?:en|ens)?|§\s*\d+\s*\p{L}?(?:,\s*stk\.\s*\d+)?|bestemmelsen|reglerne|paragraffen|afgørelsen)\s+$/iu;
const LAW_HAS_PURPOSE_AFTER = new RegExp(`^\\s*[:–-]\\s*${LAW_SUBJECT}formål`, 'iu');
// What a law or the quality standard says, reported ("Det fremgår af servicelovens § 83, stk. 5, at
// kommunalbestyrelsen skal …, og at hjælpen skal …", "Ifølge kvalitetsstandarden skal støtten
// …", "Det står i loven, at hjælpen skal …"): the rule in general, unless the citizen is spoken
// of before the cue ("Det fremgår af § 85, at du kan få støtte, så du kan …" stays the help's
// purpose). (Not "Efter § 85 bevilges støtte, så Henrik kan …": "efter" names the grant's basis.)
const RULE_SAYS_BEFORE =
  /(?<![\p{L}])(?:(?:fremgår|følger)\s+(?:\p{L}+\s+){0,2}?af|ifølge|står\s+(?:der\s+)?i)\s+(?:[^,.;:]{0,30}?\s)?(?:\p{L}*lov(?:en|ens|givningen)|barnets\s+lovs?|§\s*\d|bestemmelse\p{L}*|regle\p{L}*|kvalitetsstandard\p{L}*|serviceniveau\p{L}*)(?![\p{L}])/iu;
const RULE_SAYS_FIRST_BEFORE =
  /(?<![\p{L}])af\s+(?:(?:[^,.;:]|(?<=stk|nr)\.){0,30}?\s)?(?:\p{L}*lov(?:en|ens|givningen)|barnets\s+lovs?|§\s*\d|bestemmelse\p{L}*|regle\p{L}*|kvalitetsstandard\p{L}*|serviceniveau\p{L}*)(?:[^,.;:]|(?<=stk|nr)\.){0,30}?\s(?:fremgår|følger)(?![\p{L}])/iu;
const LAW_PURPOSE_NEXT = /^\s*(?:\p{L}*lovens|barnets\s+lovs|bestemmelsens|paragraffens)\s+(?:\p{L}+\s+)?formål(?![\p{L}])/iu;
const CITIZEN_NAMED = /(?<![\p{L}])(?:du|dig|din|dit|dine|jer|jeres|De|Dem|Deres|(?<!^\s*)I|barnet|barnets|borgeren|borgerens|pågældende)(?![\p{L}])/u;
// The purpose of a kind of help in general, as the quality standard states it ("Formålet med
// personlig og praktisk hjælp i Åbakke Kommune er generelt at understøtte, at borgere med nedsat
// funktionsevne kan …", "Madservice gives til ældre, der ikke selv kan lave mad, så de kan …"):
// a general word and no word for this citizen in the sentence.
const GENERAL_PURPOSE =
  /(?<![\p{L}])(?:generelt|(?:borgere|personer|ældre|mennesker|børn\s+og\s+unge|familier)(?:\s+med|,?\s+(?:der|som))|kvalitetsstandard\p{L}*|serviceniveau\p{L}*|i\s+\p{Lu}\p{L}+\s+Kommune)(?![\p{L}])/u;
// How the help is given, in the passive after "hjælpen skal" ("hjælpen skal tilpasses dit behov",
// "Støtten skal gives i hjemmet", "Indsatsen skal altid vurderes …"): no goal. (Not "dels".)
const DUTY_MATCH = /^skal\s+(?:\p{L}+\s+)?(?:medvirke|bidrage)\s+til$/iu;
const CITIZEN_SUBJECT_BEFORE = /(?<![\p{L}])(?:[dD]u|I|De|[bB]orgeren|[fF]orældrene)\s+$/u;
// (Round 55: also with the expletive "der" first, the help then only the object of a preposition before it: "Ved
// udmålingen af hjælpen skal der tages hensyn til …", "I støtten skal der indgå …": a rule on the measure, no goal.)
const PASSIVE_AFTER = /^\s+(?:der\s+)?(?:(?:altid|også|fortsat|derfor|løbende)\s+)?(?!dels\s)\p{L}{2,}s(?![\p{L}])|^\s+der\s+(?:\p{L}+\s+)?(?:indgå|tages|ydes|gives|lægges|ske)(?![\p{L}])/iu;
// The goal only pointed at, never said ("Vi afslutter støtten, fordi du nu selv klarer det, støtten
// skulle hjælpe dig med.", "det, som hjælpen skal støtte dig i"): the preposition ends the clause.
// (Not when the goal follows: "Det, støtten skal hjælpe dig med, er at holde styr på regningerne".)
const HELP_WITH = /(?:skal|skulle)\s+(?:\p{L}+\s+)?(?:hjælpe|støtte)\s+\p{L}+$/iu;
// (The same after a cue that ends in the verb: "støtten skal" + " hjælpe dig med fremover.".)
const HELP_WITH_REST = /^\s+(?:\p{L}+\s+)?(?:hjælpe|støtte)\s+\p{L}+(?=\s)/iu;
const UNSAID_AFTER = /^\s+(?:med|i|til)(?:\s+(?:her|nu|længere|mere|fremover|hjemme|derhjemme))?\s*(?:[.;:!?)]|$|,(?!\s*(?:er|var|bliver|blev|skal\s+være)(?![\p{L}])))/iu;
// What the citizen or the home already has, as a fact the "så" clause draws on ("hoveddøren har en
// flad indgang, så du kan komme ind uden rampe", "Du har en bil med lift, som din søster kører, så I
// kan komme ud", "Der er elevator i opgangen, så du kan …"): a fact in the case, not what help shall
// lead to. Not when the thing had is help ("Du har en kontaktperson, så du kan …") or was granted.
const HAS_STATE_BEFORE =
  /(?<![\p{L}])(?:har|havde|der\s+er|der\s+findes)\s+(?:(?:allerede|selv|i\s+forvejen|stadig)\s+)?(?:en|et|din|dit|dine|jeres|Deres|sin|sit|sine|elevator|trappelift)\s+(?![^,.;:]*?(?:hjælp|støtte|kontaktperson|aflastning|bevilg|ret\s+til|tilbud|plads|ordning|timer|ydelse|tilskud|fået|behov))[^,.;:]{1,60}(?:,\s*som\s+[^,.;:]{1,40})?,\s*$/iu;
// (Round 68: also what the relative does now, with the name after the kin word: "Din nabo Bent henter dig hver
// tirsdag, så du kan komme til banko": the network's own help, not what the municipality's help shall lead to.)
const RELATIVE_DID_BEFORE =
  /(?<![\p{L}])(?:din|dine|jeres|Deres)\s+(?:søn|datter|døtre|sønner|børn|mand|kone|hustru|ægtefælle|samlever|mor|far|bror|søster|nabo|naboer|venner|veninde|familie|pårørende)(?:\s+\p{Lu}\p{L}+)?\s+(?:har|havde|(?:også\s+)?(?:kører|kommer|hjælper|henter|handler|laver|tager|følger|besøger|ringer|går))\s+(?![^,.;:]*?(?:hjælp|støtte|kontaktperson|aflastning|bevilg|tilbud|ydelse|tilskud|behov|brug\s+for))[^,.;:]{1,60},?\s*$/iu;
// A result that ends the help: no place named in it is where the help goes on.
const ALARM_AFTER =
  /^\s*(?:\p{L}+\s+)?(?:tilkalde|kalde\s+på|ringe\s+efter|ringe\s+til|få\s+fat\s+i|få\s+kontakt\s+(?:til|med))\s[^,.\n]{0,40}?,?\s+(?:hvis|når|i\s+tilfælde)(?![\p{L}])/iu;

// A recovery told as done, with nothing between it and the "så" clause but a few words.
const RECOVERED_BEFORE =
  /(?<![\p{L}])(?<!(?:indtil|når|før|til)\s+(?:[\p{L}-]+\s+){0,3})(?:helet|helbredt|raskmeldt|kommet\s+(?:dig|sig|jer|Dem)(?:\s+oven\s+på\s+\p{L}+)?|(?:fået|får)\s+det\s+bedre|blevet\s+(?:bedre|stærkere|rask)|færdig\s+med\s+(?:din\s+|jeres\s+|Deres\s+)?(?:genoptræning|træning|behandling)\p{L}*)(?![\p{L}])[^.;:]{0,20}$/iu;
const HOLDER_BEFORE =
  /(?:(?<![\p{L}])(?:[bB]arnets\s+lov|\p{L}*[lL]oven|[bB]estemmelsen|[rR]eglerne|[pP]aragraffen|[dD]u|I|De|[hH]an|[hH]un)|§\s*\d+\s*\p{L}?)\s+(?:har|havde)\s+(?:[\p{L}.]+\s+){0,2}$/u;
const LAW_SOURCE_BEFORE =
  /^\s*(?:efter|ifølge|i\s+henhold\s+til|jf\.)\s+(?:barnets\s+lov|\p{L}*loven|lovgivningen)\s*,?\s+(?:har|er|skal)(?![\p{L}])/iu;

// What the citizen told us, with its own "så"/"for at" ("Du har fortalt, at det vigtigste for dig er
// at kunne komme ud, så du kan passe dit arbejde"): the citizen's account, not the purpose the
// letter sets for the help. (Round 49: also told to us, "Du har fortalt os, at du er bekymret for støvet, så du
// får mere brug for medicin": still the citizen's account.)
const TOLD_BEFORE =
  /(?<![\p{L}])(?:[dD]u|I|De|[hH]an|[hH]un)\s+(?:har\s+|havde\s+)?(?:(?:selv|også|tidligere)\s+)?(?:fortalt|fortalte|sagt|sagde|oplyst|oplyste|forklaret|forklarede|skrevet|skrev|givet\s+udtryk\s+for)(?:\s+(?:os|mig|kommunen))?\s*,?\s+at(?![\p{L}])/u;
// The writer on the letter itself ("Derfor har jeg skrevet ret meget, så I kan følge med i, hvordan
// jeg har tænkt", "Vi har forklaret det grundigt, for at du kan forstå"): the purpose of the text.
// (Round 41: also the writer as object or in the infinitive, "Lad mig forklare det trin for trin, så du kan følge
// med i mine tanker", "Vi vil gerne gennemgå det, så I kan se …".)
const WRITER_BEFORE =
  /(?<![\p{L}])(?:jeg|vi|mig|os)\s+(?:\p{L}+\s+){0,3}?(?:skrevet|skriver|skrev|skrive|beskrevet|beskriver|beskrive|forklaret|forklarer|forklare|uddybet|uddyber|uddybe|gennemgået|gennemgår|gennemgå)(?![\p{L}])[^.;:]{0,40}$/iu;

// Round 51: a thanks for what the reader did, with its own aim ("Tak fordi du tog turen herud, så du kunne være med
// til besøget"): the reader's act, not what the help shall lead to.
const THANKS_BEFORE = /(?<![\p{L}])tak,?\s+(?:fordi|for\s+at|for,\s*at)\s+(?:du|I|De)\s+[^.;]*$/iu;
// Round 51: "frem for at" and "i stedet for at" ("ring hellere, frem for at du sidder med spørgsmålene"): "rather than",
// what the writer would avoid, not a purpose.
const RATHER_THAN_BEFORE = /(?<![\p{L}])(?:frem|i\s+stedet)\s+$/iu;

const LETTER_SENT_BEFORE =
  /(?<![\p{L}])(?:sender|sendes|sendte|sendt)\s+(?:(?:jeg|vi)\s+)?(?:(?:dette|det|også|samtidig)\s+)?(?:svaret|brevet|afgørelsen|beslutningen|mailen|en\s+kopi|kopien|kopi)(?![\p{L}])[^.;]{0,80}$/iu;

// A purpose the help may not be given for, or a rule on what cannot be given ("praktisk hjælp
// kan ikke bevilges med henblik på samvær", "Der kan ikke ydes støtte til produkter, der forhandles
// med henblik på almindeligt forbrug"): no purpose of this help. (Not when the sentence turns to what
// is given: "…, men vi bevilger …".)
const NOT_GIVEN_FOR_BEFORE =
  /(?<![\p{L}])(?:ikke\s+(?:\p{L}+\s+){0,2}?(?:bevilges|ydes|gives|tildeles|bevilge|yde)|(?:bevilges|ydes|gives|tildeles)\s+ikke)(?![\p{L}])(?:(?!(?<![\p{L}])(?:men|dog|derimod|i\s+stedet)(?![\p{L}]))[^.;]){0,120}$/iu;

// (Round 39: also with the helper's name after the verb, when a time is put first: "Da vi startede, skulle Jesper
// hjælpe Noah med at komme op om morgenen".)
// The help's aim for a person by name, which the phrase list cannot hold ("Beskæftigelsen skal fortsat
// give Mikkel en fast struktur", "Kontaktpersonen skal hjælpe Lukas med …", "Den skulle hjælpe
// Mathilde med at komme i skole"), and what the citizen and the helper shall work on ("Med timerne
// skal du og Camilla arbejde på, at …"). Not a message or a paper given to someone ("skal give Peter
// besked"), and not the citizen, the municipality or the provider as the one who gives (SUBJECT_BEFORE).
const NAMED_AIM =
  /(?<![\p{L}])(?:skal|skulle)\s+(?:\p{Lu}\p{Ll}+\s+(?=(?:give|hjælpe|støtte)\s+\p{Lu}))?(?:(?:fortsat|stadig|også|dengang|oprindelig(?:t)?|først\s+og\s+fremmest)\s+)?(?:(?:give|hjælpe|støtte)\s+\p{Lu}\p{Ll}+(?:\s+og\s+\p{Lu}\p{Ll}+)?\s+(?!(?:besked|svar|brev|et\s+brev|kopi|en\s+kopi|information|oplysninger|ret|lov|adgang|nøgle\p{L}*)(?![\p{L}]))(?:med|i|til|\p{Ll})|(?:du|I|De)(?:\s+og\s+(?:\p{Lu}\p{Ll}+|din\s+\p{Ll}+|dine\s+\p{Ll}+|jeres\s+\p{Ll}+))?\s+arbejde\s+(?:på|hen\s*imod|mod)(?![\p{L}]))/gu;
const AUTHORITY_WHO_BEFORE =
  /(?<![\p{L}])(?:\p{L}*kommune(?:n|ns)?|regionen|staten|myndighed(?:en|erne)?|jobcent(?:er|ret)|udbetaling\s+danmark)(?:\s*,[^,.;]{1,40},)?\s*,?\s+(?:der|som)\s+$/iu;
// (Round 55: also an indefinite someone, "fordi nogen skal give Aksel insulin på skolen": a need told as a reason, not the
// aim of the help.)
// Round 72: an indefinite person in a relative clause, often denied ("der ikke er nogen, der skal hjælpe dig med pleje i
// sengen", "da der ikke er nogen, som skal støtte dig om natten"): a fact of the case weighed, not what the help shall lead to.
const INDEFINITE_WHO_BEFORE = /(?<![\p{L}])(?:nogen|ingen)\s*,?\s+(?:der|som)\s+$/iu;
const SUBJECT_BEFORE =
  /(?<![\p{L}])(?:[Dd]u|I|De|[Vv]i|[Jj]eg|[Mm]an|[Kk]ommunen|[Ll]everandøren|[Ss]agsbehandleren|[Rr]ådgiveren|[Vv]isitator(?:en)?|[Hh]jemmeplejen|[Ll]ægen|[Ss]kolen|[Ff]orældrene|[Hh]an|[Hh]un|[Nn]ogen|[Ii]ngen|[Aa]ndre)\s+$/u;

// Round 36: "Han"/"Hun" as the helper the sentences before named ("Magnus' kontaktperson, Ali, stopper. …
// Han skulle hjælpe Magnus tilbage i skole"): the help's aim; a pronoun for the citizen or a relative
// stays excluded by SUBJECT_BEFORE.
const PRONOUN_BEFORE = /(?<![\p{L}])[hH](?:an|un)\s+$/u;
const HELPER_ROLE =
  /(?<![\p{L}])(?:\p{L}*kontaktperson\p{L}*|mentor\p{L}*|støtteperson\p{L}*|bostøtte\p{L}*|familiebehandler\p{L}*|\p{L}*pædagog\p{L}*|vejleder\p{L}*|aflastningsfamilie\p{L}*)(?![\p{L}])/iu;
const RELATIVE_NAMED = /(?<![\p{L}])(?:søn|datter|mor|far|bror|søster|nabo|veninde|ven)(?:nen|en)?(?![\p{L}])/iu;

function helperNamedBefore(letter: Letter, si: number): boolean {
  for (let i = si - 1; i >= Math.max(0, si - 2); i--) {
    const prev = letter.slice(letter.sentence(i));
    if (RELATIVE_NAMED.test(prev)) return false;
    if (HELPER_ROLE.test(prev)) return true;
  }
  return false;
}

function namedAim(letter: Letter, notGranted: boolean, refused: boolean, result: string): Detection | undefined {
  if (!letter.text.includes('skal') && !letter.text.includes('skulle')) return undefined;
  NAMED_AIM.lastIndex = 0;
  for (let m = NAMED_AIM.exec(letter.text); m; m = NAMED_AIM.exec(letter.text)) {
    const si = letter.sentenceAt(m.index);
    if (si < 0) continue;
    const s = letter.sentence(si);
    const sentence = letter.slice(s);
    const at = m.index - s.start;
    if (SUBJECT_BEFORE.test(sentence.slice(0, at)) && !(PRONOUN_BEFORE.test(sentence.slice(0, at)) && helperNamedBefore(letter, si))) continue;
    if (!rejected(m[0], sentence, at, '', notGranted, refused, result, '')) return { present: true, evidence: { start: m.index, end: m.index + m[0].length } };
  }
  return undefined;
}

/** Whether the cue at `at` in the sentence states no purpose of the help (see the file comment). */
const MEASURED_BEFORE = /(?<![\p{L}])i\s+(?:\p{Lu}\p{Ll}+s|dine|sine|hans|hendes|jeres|Deres|barnets|borgerens)\s+$/u;
function rejected(
  match: string,
  sentence: string,
  at: number,
  next: string,
  notGranted: boolean,
  refused: boolean,
  result: string,
  sameLine: string,
  changed = false,
): boolean {
  if (COMPLAINT_SENTENCE.test(sentence) || RIGHTS.test(sentence)) return true;
  const before = sentence.slice(0, at);
  const rest = sentence.slice(at + match.length);
  if (LAW_PURPOSE_MATCH.test(match) || LAW_AFTER.test(rest) || LAW_BEFORE.test(before) || LAW_CUE_BEFORE.test(before)) return true;
  if (LAW_HAS_PURPOSE_BEFORE.test(before) || LAW_HAS_PURPOSE_AFTER.test(rest)) return true;
  if (/^giver\s/iu.test(match) && (RULE_GIVES_BEFORE.test(before) || GIVES_ORDER_AFTER.test(rest))) return true;
  // "støtte til at skabe struktur" names the aim only of help that is given: in a refusal it is the
  // need the letter denies ("Du har ikke behov for støtte til at skabe …").
  if (refused && /^(?:støtte|hjælp)\s+til\s/iu.test(match)) return true;
  const says = RULE_SAYS_BEFORE.exec(before);
  if (says && !CITIZEN_NAMED.test(before.slice(says.index + says[0].length))) return true;
  // Round 58: the same with the source put first ("Af servicelovens § 81 fremgår, at formålet med indsatsen for voksne
  // … er …"): the rule in general, unless the citizen is spoken of after it.
  const saysFirst = RULE_SAYS_FIRST_BEFORE.exec(before);
  if (saysFirst && !CITIZEN_NAMED.test(before.slice(saysFirst.index + saysFirst[0].length))) return true;
  // Round 58: the formal notice "Vi skal gøre dig opmærksom på …": what the letter points out, no aim of the help.
  if (/^skal\s+gøre\s+(?:dig|jer|Dem)$/iu.test(match) && /^\s+(?:\p{L}+\s+)?opmærksom(?![\p{L}])/iu.test(rest)) return true;
  if (/skal$/iu.test(match) && PASSIVE_AFTER.test(rest)) return true;
  // Round 50: what the help shall match, a measure and no goal ("hjælpen skal dække dit eget behov", "Støtten skal svare
  // til det, du ikke selv kan").
  if (/skal$/iu.test(match) && MEASURE_AFTER.test(rest)) return true;
  // Round 41: who gives the help, where or when ("Du kan selv vælge, om hjælpen skal komme fra kommunen eller et
  // privat firma", "Støtten skal foregå i dit hjem", "Indsatsen skal starte i uge 3"): how it is given, no goal.
  if (/skal$/iu.test(match) && DELIVERY_AFTER.test(rest)) return true;
  // (Made easier for the office, "Det skal gøre det lettere for os at behandle sagen": no aim for the citizen.)
  if (/^(?:skal|skulle)\s+gøre\s+det\s/iu.test(match) && /^[^.;]{0,50}?(?<![\p{L}])for\s+(?:os|mig|kommunen|sagsbehandleren|leverandøren)(?![\p{L}])/iu.test(match + rest)) return true;
  // Round 41: in a refusal, the outcome of a fact the refusal weighs ("Vi har lagt vægt på, at din arbejdsgiver
  // tilbyder hjemmearbejde to dage om ugen, så du kan undgå myldretiden"): what the citizen has already, not the
  // aim of help given.
  if (refused && /^(?:så|for\s+at)\s/iu.test(match) && WEIGHED_THAT_BEFORE.test(before)) return true;
  // Round 34: an authority as the one who is to give the help ("det er den kommune, du bor i, der skal give
  // dig støtte", "Det er regionen, som skal hjælpe dig med behandlingen"): who is responsible, not an aim.
  if (/^skal\s+(?:give|hjælpe|støtte)\s/iu.test(match) && AUTHORITY_WHO_BEFORE.test(before)) return true;
  if (/^skal\s+(?:give|hjælpe|støtte)\s/iu.test(match) && INDEFINITE_WHO_BEFORE.test(before.slice(-24))) return true;
  // The citizen's duty to take part ("Du skal medvirke til, at sagen bliver oplyst", "De skal derfor
  // bidrage til …"): what the citizen must do, not what the help shall lead to.
  if (DUTY_MATCH.test(match) && CITIZEN_SUBJECT_BEFORE.test(before)) return true;
  // (A question heading asks it, and the goal follows below: "Hvad skal støtten nu hjælpe dig med?".)
  if (HELP_WITH.test(match) && UNSAID_AFTER.test(rest) && !(/^hvad\s/iu.test(match) && /^\s+med\s*\?/u.test(rest))) return true;
  if (/(?:skal|skulle)$/iu.test(match)) {
    const h = HELP_WITH_REST.exec(rest);
    if (h && UNSAID_AFTER.test(rest.slice(h[0].length))) return true;
  }
  if (GENERAL_PURPOSE.test(sentence) && !CITIZEN_NAMED.test(sentence)) return true;
  if (/^(?:for\s+at|så)\s/iu.test(match) && NECESSITY_DENIED.test(before)) return true;
  // (Round 49: the same when the cue starts at the necessity, "ikke nødvendig for, at du kan …", or in a refusal.)
  if (/^nødvendig/iu.test(match) && (refused || NECESSITY_DENIED.test(before + match.replace(/\s+for[\s\S]*$/u, '')))) return true;
  if (refused && ALREADY_BEFORE.test(before)) return true;
  if (refused && OTHER_BODY.test(before) && REPORTS.test(before)) return true;
  if (/^med\s+henblik\s+på$/iu.test(match) && NOT_GIVEN_FOR_BEFORE.test(before)) return true;
  if (/^så\s/iu.test(match) && ALARM_AFTER.test(rest)) return true;
  // A recovery's consequence ("din arm er nu helet, så du kan bære vasketøjet igen", "Du er kommet
  // dig, så du igen kan gå på trapper"): what the citizen can do now, not what help shall lead to.
  if (/^så\s/iu.test(match) && RECOVERED_BEFORE.test(before)) return true;
  if (/^så\s/iu.test(match) && HAS_STATE_BEFORE.test(before)) return true;
  // Round 47: what a relative or neighbour has arranged ("din datter har lagt sit nummer ind, så du kan ringe
  // til hende"): the family's own help, not what the municipality's help shall lead to.
  if (/^så\s+(?:du|I|De)\s/u.test(match) && RELATIVE_DID_BEFORE.test(before)) return true;
  // The goal said with "som" is the help's only when the help has it: not a law's ("Loven har som
  // formål at …") nor the citizen's own ("Du har som mål at komme i arbejde").
  if (/^som\s/iu.test(match) && HOLDER_BEFORE.test(before)) return true;
  // The law named as the source of a purpose of help in general ("Efter serviceloven har støtten til
  // børn og unge til formål at sikre, at de kan …"), with no word for this citizen in the sentence.
  if (LAW_SOURCE_BEFORE.test(before) && !CITIZEN_NAMED.test(sentence.replace(/barnets\s+lov/giu, ''))) return true;
  // "så du kunne …" in a sentence about a draft or notes sent before the decision: the hearing's aim
  // ("Jeg sendte dig udtalelsen, så du kunne sige noget til den, før jeg besluttede mig").
  if (/^så\s+\p{L}+\s+kunne$/iu.test(match) && HEARING_SENTENCE.test(sentence)) return true;
  // Round 36: the aim of sending this letter or a copy ("Jeg sender svaret til dig, så I kan tale det igennem
  // sammen", "Vi sender en kopi til din datter, så hun ved det"): a step in the case, not the help's aim.
  if (/^(?:så|for\s+at)\s/iu.test(match) && LETTER_SENT_BEFORE.test(before)) return true;
  if (/^(?:så|for\s+at)\s/iu.test(match) && THANKS_BEFORE.test(before)) return true;
  if (/^for\s+at\s/iu.test(match) && RATHER_THAN_BEFORE.test(before)) return true;
  // Work on a goal is the help's only with the citizen among those who work ("Mette og du fortsætter
  // med at arbejde på, at du …"); "Vi arbejder på, at du kan få en plads" is the case's progress.
  if (/^arbejde/iu.test(match) && !WORKER_CITIZEN_BEFORE.test(before)) return true;
  const staff = OTHER_STAFF.exec(before);
  if (staff && (ENDING_WORDS.test(result) || !result.includes((staff[1] ?? staff[2]!).toLowerCase().replace(/(?:erne|ene|en|et)$/u, '')))) return true;
  if (PROCEDURAL_AFTER.test(rest.slice(0, 40))) return true;
  if (/^(?:så|for\s+at)\s/iu.test(match) && (TOLD_BEFORE.test(before) || WRITER_BEFORE.test(before))) return true;
  if (/^formålet$/iu.test(match) && /til\s+$/iu.test(before.slice(-4))) return true;
  if (/^formål$/iu.test(match) && PLAIN_PURPOSES_BEFORE.test(before.slice(-30))) return true;
  // Round 64: what an aid will not make possible, the "ikke" before "vil" in a "that" clause ("at en massagefunktion ikke vil
  // gøre det muligt for dig at …"): a denial, no aim.
  if (/^vil\s+gøre\s/iu.test(match) && /(?<![\p{L}])ikke\s+$/iu.test(before)) return true;
  if (/^(?:så|for\s+at)\s/iu.test(match) && NOT_NEEDED_BECAUSE_BEFORE.test(before)) return true;
  // Round 61: "mål" as a body's measurements, owned and after "i" ("bestilt en kørestol i Idas mål med anti-tip", "syet i
  // dine mål"): the size the aid is made to, not a goal ("Målet med stolen er …", "dit mål med træningen").
  if (/^mål\s/iu.test(match) && MEASURED_BEFORE.test(before)) return true;
  if (notGranted && APPLIED_BEFORE.test(before)) return true;
  // Round 55: in a change, a "så" clause on the citizen's own wish ("Vi har lagt vægt på dit ønske om at starte gradvist,
  // så du kan være hjemme om eftermiddagen"): why the citizen wants the change, not what the help shall lead to.
  if (changed && /^så\s/iu.test(match) && WISH_BEFORE.test(before)) return true;
  // Round 43: two things named bare in a refusal or a partial grant ("Med badebænk og greb kan du komme sikkert i bad,
  // og derfor er ombygningen ikke nødvendig"): what the granted aids already allow, the reason to refuse the rest.
  if (notGranted && /^med\s+\p{L}+\s+og\s/iu.test(match)) return true;
  // Round 50: the new amount of a changed help ("Fra 1. marts ændrer vi din hjælp, så du får rengøring hver 14. dag",
  // "Vi nedsætter støtten, så du får 2 timer om ugen"): what the change leaves, not what the help shall lead to.
  if (/^så\s+(?:du|I|De)\s+får$/u.test(match) && CHANGED_BEFORE.test(before) && NEW_AMOUNT_AFTER.test(rest)) return true;
  // A consequence, not a purpose: "afrundes op, så du får udbetalt 1.100 kr.", "så du får svar".
  if (/^så\s/iu.test(match) && CONSEQUENCE_AFTER.test(rest)) return true;
  // A consequence in main-clause order, "så du kan ikke vaske dit hår" (a purpose would be "så du
  // ikke kan …"): what the citizen cannot do, not what the help shall lead to.
  if (/^så\s/iu.test(match) && /^\s+(?:heller\s+)?ikke(?![\p{L}])/iu.test(rest)) return true;
  // The purpose of other help the letter points to ("du kan søge om et ledsagerkort, så du
  // kan tage en ledsager gratis med"), or of a contact with someone else.
  if (GUIDANCE_BEFORE.test(before) || CONTACT_BEFORE.test(before)) return true;
  // Round 73b: the same told as an imperative to the citizen ("Kontakt din læge om en ordination, så du kan få tilskuddet",
  // "Henvend dig til borgerservice, så …"): the aim of the citizen's own step towards other help.
  if (/^(?:så|for\s+at)\s/iu.test(match) && IMPERATIVE_GUIDANCE_BEFORE.test(before)) return true;
  // Round 59: in a refusal, the aim of other help the citizen "can get" ("Du kan i stedet få et nødkald, så du kan tilkalde
  // hjælp om natten"): what the pointed-to help is for, not the refused help's.
  if (refused && OFFER_GET_BEFORE.test(before)) return true;
  // Round 68: in a refusal, another body said able to help with something ("Biblioteket kan hjælpe dig med at oprette
  // MitID, så du kan …"): what the pointed-to help is for, not the aim of help granted.
  if (refused && /^så\s/iu.test(match) && OTHER_CAN_HELP_BEFORE.test(before)) return true;
  // A merge field: as the purpose, as the cue's own name ("«Formål»"), or on the line after a
  // bare label ("Formål:" / "[Indsæt formål]").
  // (Dot leaders with the text further along the line are a field filled in: "Indsatsformål
  // ........ At borger bliver …".)
  if (FIELD_AFTER.test(rest) && !(LEADER.test(rest) && /\p{L}/u.test(sameLine))) return true;
  FIELDS.lastIndex = 0;
  for (let f = FIELDS.exec(sentence); f; f = FIELDS.exec(sentence)) if (f.index <= at && at < f.index + f[0].length) return true;
  // (Round 36: also a label that names the thing, "Formål med hjælpemidlet:" / "[Formål]".)
  if (/^(?:\s+med\s+(?:\p{L}+\s+){0,2}?\p{L}+)?[\s:–-]*$/u.test(rest) && FIELD_AFTER.test(next)) return true;
  // Round 42: a field-table label left empty, the next line another field with its own label ("Formål med
  // indsatsen:" / "Forventet start:    Uge 39"): the form says no purpose. (Not a label with the goal on the next
  // line, "Formål:" / "At du kan komme ud", nor a label that is itself a goal's.)
  if (/^(?:\s+med\s+(?:\p{L}+\s+){0,2}?\p{L}+)?\s*:\s*$/u.test(rest) && /^[^\n]*$/u.test(sentence) && NEXT_FIELD.test(next) && !/^\s*(?:formål|mål|delmål|indsatsmål|hensigt)/iu.test(next)) return true;
  // A bare label over the law's purpose ("Formål" / "Formålet med lovens bestemmelser om særlig støtte
  // er at sikre, at børn …"): the heading says no more than the sentence under it.
  if (/^[\s:–-]*$/u.test(rest) && LAW_AFTER.test(next.replace(/^\s*formålet/iu, ''))) return true;
  // Round 58: … also when the line under it names the law's purpose in the genitive ("Formål:" / "Ældrelovens formål er at
  // understøtte …").
  if (/^[\s:–-]*$/u.test(rest) && LAW_PURPOSE_NEXT.test(next)) return true;
  return false;
}

// Round 39: a plain-language heading that names what the help is for, with the goal as a bare "at"-clause
// right under it ("Hvad det skal føre til:" / "Det skal timerne med Dennis bruges til nu" + "At du bliver ved
// med at komme i skole"). Without the "at"-clause below ("Det skal pengene bruges til" + a list of costs) no
// goal is said.
const USE_HEADING = /^\s*(?:hvad|det)\s+(?:\p{L}+\s+)?skal\s+(?:[\p{L}']+\s+){0,4}?(?:føre\s+til|bruges\s+(?:til|på))(?:\s+(?:nu|fremover|fremadrettet))?\s*[:?]?\s*$/iu;
const BARE_AT = /^\s*(?:[-•*–·▪◦]\s*)?at\s/iu;

// Round 62: the same asked of the thing granted ("Hvad det skal gøre:", "Hvad ombygningen skal gøre for jer:"), with the goal
// under it as what the citizen shall be able to do ("Inga skal kunne komme sikkert ind og ud"). Not a person's next step
// ("Hvad du skal gøre nu:", "Hvad kommunen skal gøre:"): no "det" or thing as the subject.
const DO_HEADING =
  /^\s*hvad\s+(?:det|den|de|(?!(?:kommunen|forvaltningen|visitationen|familien|rådgiveren|sagsbehandleren)(?![\p{L}]))\p{L}+(?:en|et|ne))\s+skal\s+gøre(?:\s+for\s+(?:dig|jer|Dem|\p{L}+))?\s*[:?]?\s*$/iu;
const ABLE_GOAL = /^\s*(?:[-•*–·▪◦]\s*)?(?:\p{Lu}\p{L}+|du|I|De|han|hun|barnet)\s+(?:skal|vil)\s+kunne\s/u;

function goalUnderUseHeading(letter: Letter): Detection | undefined {
  for (const b of letter.seg.blocks) {
    if (b.kind !== 'heading' || b.end - b.start > 80) continue;
    const h = letter.slice(b);
    if (/skal\s+gøre/iu.test(h) && DO_HEADING.test(h)) {
      const next = /\S/u.exec(letter.text.slice(b.end, b.end + 200));
      const si = next ? letter.sentenceAt(b.end + next.index) : -1;
      if (si >= 0 && ABLE_GOAL.test(letter.slice(letter.sentence(si)))) return { present: true, evidence: { start: b.start, end: b.end } };
      continue;
    }
    if (!/skal/iu.test(h) || !USE_HEADING.test(h)) continue;
    const next = /\S/u.exec(letter.text.slice(b.end, b.end + 200));
    if (!next) continue;
    const si = letter.sentenceAt(b.end + next.index);
    if (si < 0) continue;
    const s = letter.sentence(si);
    if (BARE_AT.test(letter.text.slice(s.start, s.start + 8))) return { present: true, evidence: { start: b.start, end: b.end } };
  }
  return undefined;
}

// (Round 63: also "skulle", and a service by name before it, "Madservicen blev sat i gang …".)
const PRONOUN_DUTY = /^(?:den|det)\s+(?:skal|skulle)\s+sørge/iu;
const HELP_OPENS =
  /^\s*(?:den\s+|det\s+|din\s+|dit\s+|jeres\s+|Deres\s+)?\p{L}*(?:hjælp|støtte|indsats|rengøring|aflastning|træning|ledsagelse|bevilling|tilskud|forløb|ydelse|ordning|plads|tilbud|servicen?)(?:en|et|ten)?(?![\p{L}])/iu;

// Round 73: a template field for the aim left unfilled ("Formål med indsatsen: [INDSÆT FORMÅL]", "Mål: «Maal»", "Formål: ____"):
// the label alone states no aim.
const UNFILLED_FIELD_AFTER = /^[^\n:]{0,40}:[ \t]*(?:\[[^\]\n]{0,60}\]|«[^»\n]{0,60}»|<[^>\n]{0,60}>|_{3,}|\.{3,}|…)[ \t]*(?:\n|$)/u;
const UNFILLED_LOOKAHEAD = 120;

export function detect(letter: Letter): Detection {
  // In a refusal or a partial grant the application's purpose is not the help's: what was
  // granted may not serve it ("Du har søgt om 20 timer om ugen, så du kan passe Oliver").
  const type = (letter as Partial<AnalysedLetter>).decisionType;
  const notGranted = type === 'afslag' || type === 'delvis';
  const count = letter.seg.sentences.length;
  const result = resultWords(letter);
  for (const m of letter.matches(letter.compiled.elements.formaal.re)) {
    const si = letter.sentenceAt(m.start);
    if (si < 0) continue;
    const s = letter.sentence(si);
    const next = si + 1 < count ? letter.slice(letter.sentence(si + 1)) : '';
    const sameLine = /^[^\n]*/u.exec(letter.text.slice(s.end, s.end + 200))![0];
    // Round 44: "Den skal sørge for, at …" names the help's aim only when the sentence before opens with the help
    // ("Hjælpen gives efter § 10. Den skal sørge for, at dit hjem er rent"); after "Leverandøren …" or "Kommunen …"
    // it is a duty of the one who gives it.
    if (UNFILLED_FIELD_AFTER.test(letter.text.slice(m.end, m.end + UNFILLED_LOOKAHEAD))) continue;
    if (PRONOUN_DUTY.test(letter.slice(m)) && !(si > 0 && HELP_OPENS.test(letter.slice(letter.sentence(si - 1))))) continue;
    if (!rejected(letter.slice(m), letter.slice(s), m.start - s.start, next, notGranted, type === 'afslag', result, sameLine, type === 'aendring')) return { present: true, evidence: m };
  }
  return namedAim(letter, notGranted, type === 'afslag', result) ?? goalUnderUseHeading(letter) ?? { present: false };
}

/** The lower-cased result sentence and subject line: the help this letter decides on. */
function resultWords(letter: Letter): string {
  const i = (letter as Partial<AnalysedLetter>).resultSentence;
  const first = letter.seg.blocks.find((b) => b.kind === 'heading');
  return `${i !== undefined && i >= 0 ? letter.slice(letter.sentence(i)) : ''} ${first ? letter.slice(first) : ''}`.toLowerCase();
}
