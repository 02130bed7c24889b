/**
 * `faktiske-oplysninger`: present when one of the pack's phrases for it occurs outside the
 * complaint guidance (which talks about its own weeks, contacts and help, not the
 * decision's) and outside routine case statements: "Vi har modtaget din ansøgning",
 * "Rehabiliteringsforløbet er afsluttet", "en samtale med din sagsbehandler" as an offer
 * say nothing about the citizen that the decision rests on.
 */
import type { Detection, Letter } from '../letter';
import { matchesIn } from '../letter';
import { COMPLAINT_SENTENCE, DATA_PROTECTION, findHeading, frameTest, isLawSentence, RIGHTS_WORDS, underAimLabel } from './common';

// A wish, an opinion or a feeling reported as information ("Du har oplyst, at du gerne vil bruge timerne til svømning"):
// the citizen's view. Not in a file note's dated entry ("02/07: Borger ringede … Borger oplyste, at hun keder sig"):
// there it is what came out of a dated call, which the guide counts.
// (Round 65: also with the reply named between, "Du har i dit svar på vores brev oplyst, at du gerne vil …".)
// (Round 69: also the reporter's own feeling with a degree word, "du har oplyst, at du er meget træt om aftenen"; only after
// a pronoun, so a carer's report of the child, "Familien fortæller, at Oskar er rigtig glad for at være der", stays a fact.)
const WISH_REPORT =
  /(?<![\p{L}])(?:(?:du|i|de|han|hun|\p{L}+)\s+)?(?:har\s+|havde\s+)?(?:i\s+(?:dit|jeres|Deres|sit|hendes|hans)\s+(?:høringssvar|svar)\s+(?:(?:på|til)\s+(?:[^.;!?\n]|(?<=\d)\.){0,60}?\s)?)?(?:selv\s+)?(?:oplyst|oplyser|oplyste|fortalt|fortæller|fortalte|sagt|sagde|forklarede|nævnte|skrev|skrevet|skriver)(?:\s+(?:du|i|de|han|hun|\p{L}+)(?:\s+selv)?)?\s*,?\s+at\s+(?:det\s*,\s*)?(?:\p{L}+\s+){1,2}?(?:gerne\s+vil|vil\s+gerne|ønsker|håber|helst|hellere|foretrækker|synes|mener|føler|oplever|savner|keder\s+(?:dig|sig|jer|Dem)|har\s+lyst|er\s+(?:glad|ked|bange|træt|utryg|bekymret|enig|uenig|nervøs)|(?<=(?:du|i|de|han|hun)\s)er\s+(?:meget|så|ret|rigtig|lidt|tit|ofte|altid|virkelig|helt|noget)\s+(?:glad|ked|bange|træt|utryg|bekymret|enig|uenig|nervøs))(?![\p{L}])(?:\d\.|[^.,;!?\n]|,(?!\s*(?:og|men|at)\s))*/giu;
const ROUTINE = [
  /(?<![\p{L}])(?:(?:vi|kommunen|jeg)\s+)?(?:har\s+modtaget|modtog|modtaget)\s+(?:din|jeres|Deres|en)\s+(?:ansøgning|henvendelse|mail|e-mail|brev|besked|anmodning)\p{L}*/giu,
  // Round 65: the same with a professional's document sent along and nothing of what it says ("Vi har modtaget din
  // ansøgning om en rollator, som du sendte den 18. februar, sammen med fysioterapeutens notat."): the sentence ends with
  // the document named, like "de foreliggende oplysninger". (What it says, "Notatet viser, at …", is matched on its own.)
  /(?<![\p{L}])(?:(?:vi|kommunen|jeg)\s+)?(?:har\s+modtaget|modtog|modtaget)\s+(?:din|jeres|Deres)\s+(?:ansøgning|henvendelse|anmodning)(?:[^.;:!?\n]|(?<=\d)\.){0,120}?\s*,?\s+(?:sammen\s+med|samt|og|med\s+vedlagt|vedlagt)\s+(?:(?:en|et|et\s+nyt|en\s+ny|din|dit|jeres|Deres|\p{L}+s)\s+)?(?:\p{L}+s\s+)?\p{L}*(?:notat|erklæring|attest|udtalelse|beskrivelse|dokumentation|lægebrev|epikrise)\p{L}*\s*\.?\s*$/giu,
  // (Round 50: also as a relative clause, "Du har haft et rehabiliteringsforløb, som nu er afsluttet": still only that it ended.)
  // (Round 58: also with the law it ran under between, "Deres rehabiliteringsforløb efter ældrelovens § 13 er nu afsluttet".)
  /(?<![\p{L}])\p{L}*(?:forløb|undersøgelse|samtale)\p{L}*(?:\s+(?:efter|jf\.?)\s+(?:\p{L}+\s+){1,3}?§\s*\d+(?:\s?[a-z](?![\p{L}]))?(?:\s*,\s*stk\.\s*\d+)?)?(?:\s*,\s*(?:som|der)(?:\s+nu)?)?\s+(?:er|blev|bliver)\s+(?:nu\s+)?(?:afsluttet|slut|færdig|stoppet)/giu,
  // Round 50: a professional who assessed the application or the case, and nothing of what was found ("Ergoterapeuten har
  // vurderet din ansøgning."): handling, like "Vi har set på din ansøgning"; the sentence ends there.
  /(?<![\p{L}])(?:\p{L}+\s+)?(?:har\s+)?(?:vurderet|vurderede|gennemgået|gennemgik|behandlet|behandlede)\s+(?:din|jeres|Deres|sagen|ansøgningen)(?:\s+(?:ansøgning|sag|henvendelse))?\s*\.?\s*$/giu,
  // Round 50: information obtained, with nothing of what it says, before a general assessment or the sentence's end
  // ("Der er i sagen indhentet lægelige oplysninger samt foretaget en samlet vurdering af sagens oplysninger.").
  /(?<![\p{L}])(?:der\s+er|vi\s+har|jeg\s+har|kommunen\s+har)\s+(?:i\s+sagen\s+)?(?:\p{L}+\s+)?indhentet\s+(?:\p{L}+\s+)?oplysninger(?=\s*\.?\s*$|\s+(?:samt|og)\s+(?:\p{L}+\s+){0,2}?(?:foretaget|lavet|gennemført)\s+(?:en\s+)?(?:samlet\s+|konkret\s+|individuel\s+)?vurdering)/giu,
  // Round 50: the duty to report a change, with examples ("Giv kommunen besked, hvis dine forhold ændrer sig, fx ved
  // indlæggelse"): a condition to come, no event of the case.
  /(?<![\p{L}])besked\s*,?\s+(?:hvis|når|såfremt)\s+(?:[^.;!?\n]|(?<=\b(?:fx|f\.eks|bl\.a))\.)*/giu,
  // Offers of a talk or a test ("Du er velkommen til en samtale", "kontakt os for en samtale").
  // Courtesy and the municipality's own announcements ("Tak for samtalen i går", "Kommunen
  // oplyser hermed, at …", "Vi har oplyst dig om …").
  // (With its date the talk is a dated source: "Tak for snakken den 20. november".)
  // Looking at the application or the case ("Vi har set på din ansøgning om at fjerne dørtrin") is handling, no observation.
  // (Round 56: also the request only pointed to, "Vi har set på det, og …" after the citizen's mail: handling too. Not "det"
  // with a noun after it, "set på det gamle badeværelse", which may be an observation.)
  /(?<![\p{L}])(?:vi|jeg)\s+har\s+(?:nu\s+)?(?:set|kigget)\s+på\s+(?:din|jeres|Deres|sagen|ansøgningen|det(?=\s*[,.;:!?]))(?:\s+(?:ansøgning|sag|henvendelse))?/giu,
  /(?<![\p{L}])tak\s+for\s+(?:\p{L}+\s+){0,2}?(?:samtale|snak|møde|besøg|telefonsamtale)\p{L}*(?!\s+(?:den|d\.)\s+\d)/giu,
  /(?<![\p{L}])(?:vi|jeg|kommunen|visitationen|afdelingen)\s+(?:skal\s+|vil\s+|kan\s+)?(?:hermed\s+|gerne\s+)?(?:har\s+)?(?:oplyser|oplyste|oplyst)(?:\s+(?:dig|jer|Dem))?/giu,
  // Information named without content ("på baggrund af oplysningerne i din sag", "de
  // oplysninger, der foreligger") and what the rules say ("Det fremgår af kvalitetsstandarden,
  // at …") are no facts of the case.
  /(?<![\p{L}])(?:de\s+)?(?:foreliggende\s+|samlede\s+)?oplysning(?:er|erne)\s+(?:i|fra)\s+(?:din|jeres|Deres|sagen|sagens)(?:\s+sag)?(?![\p{L}])/giu,
  // Round 60: the same with a relative clause that only says the information came in ("på baggrund af de oplysninger, vi
  // har modtaget, besluttet at …", "de oplysninger, som kommunen har fået"): still no content. (What it says, "…, viser,
  // at …", is matched outside this span.)
  /(?<![\p{L}])(?:de\s+)?(?:foreliggende\s+|samlede\s+)?oplysning(?:er|erne)\s*,?\s+(?:som\s+|der\s+)?(?:vi|kommunen|jeg)\s+har\s+(?:modtaget|fået|indhentet)(?=\s*[,.])/giu,
  // Round 67: the same bare information with its sources listed after "herunder" and nothing of what they say, the
  // sentence ending there ("på baggrund af de foreliggende oplysninger, herunder en udtalelse fra egen læge", "de
  // oplysninger, der er i sagen, herunder skolens beskrivelse."): sources named, no content. (A clause saying what a
  // source tells, ", som viser, at …", is not a bare list and stays.)
  /(?<![\p{L}])(?:de\s+)?(?:foreliggende\s+|samlede\s+|øvrige\s+)?oplysning(?:er|erne)(?:\s+i\s+(?:din\s+|jeres\s+|Deres\s+)?sag(?:en)?|\s*,\s*(?:der|som)\s+(?:er|foreligger|findes)\s+i\s+(?:din\s+|jeres\s+|Deres\s+)?sag(?:en)?)?\s*,\s*herunder\s+(?:(?!(?:at|som|der|hvor|hvoraf|hvori|viser|beskriver|oplyser|fremgår)(?![\p{L}]))[\p{L}'-]+,?\s+){0,7}?[\p{L}'-]+\s*\.?\s*$/giu,
  // The same with the source first ("Af servicelovens § 96, stk. 1, fremgår, at …", "I
  // kvalitetsstandarden fremgår det, at …").
  /(?<![\p{L}])(?:af|i|ifølge)\s+[^\n]{0,80}?(?:§|lov\p{L}*|bestemmelse\p{L}*|regl\p{L}*|vejledning\p{L}*|kvalitetsstandard\p{L}*|serviceniveau\p{L}*|praksis\p{L}*|principafgørelse\p{L}*)[^\n]{0,40}?fremg(?:år|ik)(?:\s+det)?\s*,?\s*at(?![\p{L}])/giu,
  // Round 54: the same with the rule first and a relative clause after it ("efter kommunens kvalitetsstandard for
  // helhedspleje 2026, hvor det fremgår, at …", "vejledningen, hvoraf det fremgår, at …"): what the rules say.
  /(?<![\p{L}])(?:kvalitetsstandard|serviceniveau|servicedeklaration|retningslinje|vejledning|bestemmelse|regl|lov)\p{L}*(?:\s+[^.;:!?\n]{0,60}?)?\s*,?\s+(?:hvor|hvoraf|hvori)\s+(?:det\s+)?(?:(?:bl\.\s?a\.|blandt\s+andet|også|klart|tydeligt)\s+)?fremg(?:år|ik)(?:\s+det)?\s*,?\s*at(?![\p{L}])/giu,
  /(?<![\p{L}])(?:det\s+)?fremgår\s+(?:det\s+)?(?:(?:også|endvidere|desuden|videre|ligeledes|tillige|yderligere)\s+)?af\s+(?:kommunens\s+|den\s+samme\s+|samme\s+)?(?:kvalitetsstandard\p{L}*|serviceniveau\p{L}*|lov\p{L}*|regl\p{L}*|bestemmelse\p{L}*|vejledning\p{L}*|servicelov\p{L}*|barnets\s+lov|ældrelov\p{L}*|§)/giu,
  // (Round 42: the wish ends at the next ", at" of the report, which tells a fact of its own: "Du skriver, at Victor
  // gerne vil med på lejren, at lejren koster 3.400 kr., og …" gives the price of what was applied for.)
  // A wish, an opinion or a feeling reported as information ("Du har oplyst, at du gerne vil
  // bruge timerne til svømning", "Du har fortalt, at du synes, det er for lang tid") is the
  // citizen's view (borgerens-synspunkter), not a fact of the case.
  // (Round 57: also boredom or a wish to do something as the feeling, "Du har fortalt, at du keder dig": still only the
  // view. Said on a call or at a meeting, "Du sagde i telefonen, at …", it is what came out of the talk and stays.)
  WISH_REPORT,
  // Round 56: what the family told is hard for them, with no meeting or date ("I har fortalt, at det er aftenerne, der er
  // hårde", "Du sagde, at weekenderne er svære"): how they experience it, their view. ("svært ved at …", what someone
  // cannot do, is a finding and stays.)
  /(?<![\p{L}])(?:har\s+|havde\s+)?(?:selv\s+)?(?:sagt|sagde|fortalt|fortalte|oplyst|oplyste|nævnt|nævnte)\s*,?\s+at\s+(?:[^.;!?\n\d]{1,50}?\s)?(?:er|var|bliver|blev)\s+(?:\p{L}+\s+)?(?:svære|svært|svær|hårde|hårdt|hård)(?!\s+ved)(?![\p{L}])[^.;!?\n\d]*/giu,
  // A look at the application or the case itself ("Jeg har tjekket din ansøgning", "Vi har
  // kontrolleret, at din mail er modtaget") is handling, not a fact of the case.
  /(?<![\p{L}])(?:har\s+)?(?:jeg|vi)\s+(?:har\s+)?(?:tjekket|tjekkede|kontrolleret|kontrollerede)\s*,?\s+(?:at\s+)?(?:din|jeres|Deres|sagen|ansøgningen|mailen|brevet)(?:\s+(?:ansøgning|sag|mail|henvendelse|brev))?\p{L}*/giu,
  // Round 28: the case handled or handed on ("Udvalget har på mødet den 26. august behandlet Deres ansøgning", "Vi
  // har sendt jeres ansøgning videre til skolen og PPR") and the office's own description of its service
  // ("kommunens beskrivelse af tilbuddet"): handling and rules, not facts about the citizen.
  // (Round 36: also with a date between, its full stops included: "har på mødet den 18. februar 2025 behandlet Deres ansøgning".)
  /(?<![\p{L}])på\s+(?:sit\s+|sidste\s+|et\s+)?møde(?:t)?\s+(?:[^.;!?\n]|(?<=\d)\.){0,40}?(?:behandlet|behandlede|drøftet|drøftede)\s+(?:din|jeres|Deres|sagen|ansøgningen|pågældendes|borgerens|ansøgerens)/giu,
  /(?<![\p{L}])(?:sendt|sender|sendte|videresendt|oversendt)\s+(?:din|jeres|Deres|sagen|ansøgningen)(?:\s+\p{L}+)?\s+(?:videre\s+)?til\s+[^.;!?\n]{0,80}/giu,
  /(?<![\p{L}])(?:kommunens|vores|forvaltningens|visitationens|kvalitetsstandardens|leverandørens|tilbuddets)\s+beskrivelse\p{L}*/giu,
  // Round 44: tasks or help described in the rules ("de opgaver, der er beskrevet i kommunens kvalitetsstandard"): the
  // service level, not a fact of the case.
  /(?<![\p{L}])(?:beskrevet|nævnt|anført|oplistet)\s+i\s+(?:kommunens\s+|den\s+|vores\s+)?(?:kvalitetsstandard|serviceniveau|servicedeklaration|retningslinje|lov|bekendtgørelse|vejledning)\p{L}*/giu,
  // Round 34: information said to be obtained and nothing of what it says ("Der er indhentet oplysninger fra
  // hjemmeplejen og Deres egen læge.", "Vi har indhentet oplysninger hos din læge."): the sentence ends with
  // the sources. (With content it is a fact: "…, som oplyser, at …", "…, der viser …".)
  /(?<![\p{L}])(?:der\s+er|vi\s+har|jeg\s+har|kommunen\s+har|visitationen\s+har)\s+(?:\p{L}+\s+)?indhentet\s+(?:\p{L}+\s+)?oplysninger\s+(?:fra|hos)\s+(?:(?:og\s+)?[\p{L}'-]+,?\s+){0,6}?(?:og\s+)?[\p{L}'-]+\s*\.?\s*$/giu,
  // Round 46: the case put before a meeting, the name of the meeting after the verb ("Sagen har været behandlet på mødet
  // i Visitationsudvalget den 20.05.2025"): handling, like "har på mødet … behandlet din ansøgning".
  // (Round 71: also the meeting under a compound name and the case put before it or discussed there, "Sagen har været
  // forelagt på visitationsmødet den 9. april", "drøftet på visitationsmødet den 1. oktober": handling, not a meeting held
  // with the citizen.)
  /(?<![\p{L}])(?:behandlet|behandles|behandlede|drøftet|drøftes|drøftede|forelagt|forelægges|forelagde)\s+på\s+(?:\p{L}+\s+)?\p{L}*møde(?:t)?(?:\s+i\s+(?:[\p{L}-]+\s+){1,5}?)?(?:\s*(?:den|d\.)\s+[\d./-]+(?:\s*\p{L}+)?(?:\s+\d{4})?)?/giu,
  // Round 46: a source's information named as the basis and nothing of what it says ("Vi har vurderet din ansøgning ud
  // fra lægens oplysninger og de øvrige oplysninger i sagen."): like "de foreliggende oplysninger".
  /(?<![\p{L}])(?:ud\s+fra|på\s+(?:baggrund|grundlag)\s+af)\s+\p{L}+s\s+oplysninger(?:\s+og\s+(?:de\s+)?(?:øvrige|andre|samlede)\s+oplysninger(?:\s+i\s+(?:din\s+|jeres\s+|Deres\s+)?sag(?:en)?)?)?\s*\.?\s*$/giu,
  // Round 55 (h33 class): the citizen's own account in the application, reported as such ("De har anført, at De har svært
  // ved at rejse Dem", "Du skriver i din ansøgning, at du har ondt i knæet", "Ifølge din ansøgning bor du alene"): their
  // view (borgerens-synspunkter), not something the municipality has found. A dated event in it stays (DATED_EVENT).
  // (Case kept: "de skriver, at …" is a school or a team; the formal "De" only with "anført".)
  // (Round 56: also in the past, "Du skrev, at du har svært ved …", answering a mail: the request's own account.)
  // (Round 57: also "i ansøgningen", "i mailen" with the article: "I har skrevet i ansøgningen, at …".)
  // (Round 69: also the formal "De" with "skriver" when the application is named, "De skriver i ansøgningen, at …": then it
  // is the applicant, not a team.)
  /(?<![\p{L}])(?:(?:[Dd]u|I)\s+(?:har\s+)?(?:i\s+(?:(?:din|jeres)\s+(?:ansøgning|mail)|ansøgningen|mailen)\s+)?(?:anført|anfører|skrevet|skriver|skrev)(?:\s+i\s+(?:(?:din|jeres)\s+(?:ansøgning|mail)|ansøgningen|mailen))?|De\s+(?:har\s+)?(?:i\s+(?:Deres\s+ansøgning|ansøgningen)\s+)?(?:anført|anfører)(?:\s+i\s+(?:Deres\s+ansøgning|ansøgningen))?|De\s+(?:har\s+)?(?:i\s+(?:Deres\s+ansøgning|ansøgningen)\s+(?:skrevet|skriver|skrev)|(?:skrevet|skriver|skrev)\s+i\s+(?:Deres\s+ansøgning|ansøgningen)))\s*,?\s+at(?![\p{L}])[^.;!?\n]*|(?<![\p{L}])[Ii]følge\s+(?:din|Deres|jeres)\s+ansøgning[^.;!?\n]*/gu,
  // Round 69: the applicant's own reason told in the application's sentence ("Du har søgt om støtte til bil, fordi du har svært
  // ved at komme på arbejde", "Hun har ansøgt om en rollator, da hun går usikkert"): the application's own grounds, the
  // citizen's view (the guide's borgerens-synspunkter), not something the municipality has found.
  // (Round 73: also with the that-clause right after "om": "I har søgt om, at kommunen betaler et forløb hos en psykolog, fordi …".)
  /(?<![\p{L}])(?:\p{L}+\s+(?:har|havde)\s+(?:\p{L}+\s+)?(?:an)?søgt|\p{L}+\s+(?:an)?søgte)\s+(?:\p{L}+\s+){0,2}?om,?\s(?:[^.;!?\n]|(?<=\d)\.){0,100}?\s(?:fordi|da|idet|eftersom)\s[^.;!?\n]*/giu,
  // Round 73: the same account with the application fronted and the subject after the verb ("I ansøgningen skriver du, at du
  // ikke kan sove, fordi …", "I din mail har I skrevet, at …"): the applicant's own words, as above.
  /(?<![\p{L}])[Ii]\s+(?:(?:din|jeres|Deres)\s+(?:ansøgning|mail|e-mail)|ansøgningen|mailen)\s+(?:(?:skriver|skrev|anfører|anførte)\s+(?:du|I|De)|har\s+(?:du|I|De)\s+(?:skrevet|anført))\s*,?\s+at(?![\p{L}])[^.;!?\n]*/gu,
  // Round 73: what to do with papers from now on ("Gem kvitteringerne", "husk at gemme bonerne", "Send os regningerne hver
  // måned"): an instruction, not papers in the case.
  /(?<![\p{L}])(?:gem|husk\s+at\s+gemme|opbevar|send\s+os|indsend)\s+(?:\p{L}+\s+){0,2}?(?:kvittering|bon|regning|faktura)\p{L}*/giu,
  // Round 73: the citizen's age said alone as a sentence ("Du er 58 år.", "Han er 44 år gammel."): who the citizen is, not
  // information the decision rests on. (With more in the sentence, "Du er 82 år og bor alene", the rest is matched.)
  /^\s*(?:[Dd]u|De|[Hh]an|[Hh]un)\s+er\s+\d{1,3}\s+år(?:\s+gammel)?(?=\s*[.!](?:\s|$))/gu,
  // Round 55: put on a waiting list ("Vi har skrevet dig op til begge steder", "skrevet jer på ventelisten"): handling,
  // not something written about the citizen.
  /(?<![\p{L}])(?:har\s+|havde\s+)?skrevet\s+(?:dig|jer|Dem|ham|hende|\p{Lu}\p{Ll}+)\s+(?:op|på\s+(?:\p{L}+\s+)?venteliste\p{L}*)(?![\p{L}])/gu,
  /(?<![\p{L}])(?:velkommen\s+til|ønsker\s+du|vil\s+du|kan\s+du\s+få|for\s+at\s+aftale|for\s+en)\s+(?:\p{L}+\s+){0,2}?(?:samtale|møde|besøg)\p{L}*/giu,
  // Round 64: the office's own earlier letter, dated ("Vi skrev til dig den 3. marts, at vi påtænkte at ændre din hjælp",
  // "Kommunen sendte Dem et brev den 2. maj"): the hearing or the handling, nothing learnt about the citizen. What the
  // citizen answered is matched on its own.
  /(?<![\p{L}])(?:vi|jeg|kommunen|visitationen|afdelingen|forvaltningen)\s+(?:har\s+|havde\s+)?(?:skrev|skrevet|sendte|sendt)\s+(?:(?:dig|jer|Dem)\s+(?:et\s+|en\s+)?(?:brev|mail|e-mail|besked|partshøring)\p{L}*|(?:et\s+|en\s+)?(?:brev|mail|e-mail|besked)?\s*til\s+(?:dig|jer|Dem))\s+(?:den|d\.)\s*\d{1,2}\.\s*(?:\p{L}+|\d{1,2}\.?)(?:\s*\d{4})?/giu,
  // Round 64: the citizen's function named only as what the help is fitted to ("Din hjælp tilpasses dit aktuelle
  // funktionsniveau", "afpasset efter Deres funktionsevne."): template wording with nothing found; what the level is,
  // said after it, is no longer this bare phrase.
  /(?<![\p{L}])(?:tilpasse[rs]?|tilpasset|afpasse[rs]?|afpasset|afhænger\s+af|afhængig\s+af)\s+(?:(?:løbende|altid|fortsat|hele\s+tiden)\s+)?(?:efter\s+)?(?:dit|din|jeres|Deres|hans|hendes|barnets|borgerens)\s+(?:aktuelle\s+|nuværende\s+|samlede\s+)?funktions(?:niveau|evne)(?=\s*(?:[.;]|,?\s+og\s|$))/giu,
];

// Round 58: the same report going on, after the wish, to something that is the case ("Du fortalte, at du gerne vil til kor
// én dag om ugen, og at Erik ikke kan være alene hjemme, fordi han går ud og leder efter dig"): the second "at"-clause
// tells a fact, so the report is more than the view. (Not a second wish: "…, og at du helst vil have samme hjælper".)
// Only when the letter names the talk it came out of ("Tak for en god snak i telefonen", "da vi talte sammen"): the guide
// counts a conversation with what came out of it; the same report with no talk is the citizen's own account.
const TALK_NAMED =
  /(?<![\p{L}])(?:tak\s+for\s+(?:\p{L}+\s+){0,2}?(?:samtale|snak|møde|besøg|telefonsamtale)\p{L}*|(?:talte|snakkede|talt|snakket)\s+(?:sammen|med\s+(?:dig|jer|Dem))|i\s+telefonen|(?:ved|under|på)\s+(?:vores\s+|mit\s+)?(?:besøget|mødet|samtalen|hjemmebesøget))(?![\p{L}])/iu;
const TOLD_MORE =
  /^\s*,\s*(?:og|men)\s+(?:også\s+)?at\s+(?!(?:det\s*,\s*)?(?:\p{L}+\s+){1,2}?(?:gerne\s+vil|vil\s+gerne|ønsker|håber|helst|hellere|foretrækker|synes|mener|føler|oplever|savner|keder\s+(?:dig|sig|jer|Dem)|har\s+lyst|er\s+(?:glad|ked|bange|træt|utryg|bekymret|enig|uenig|nervøs)|(?<=(?:du|i|de|han|hun)\s)er\s+(?:meget|så|ret|rigtig|lidt|tit|ofte|altid|virkelig|helt|noget)\s+(?:glad|ked|bange|træt|utryg|bekymret|enig|uenig|nervøs))(?![\p{L}]))\p{L}/iu;

// Round 69: an event of the citizen's life, with when it happened, inside the reported feeling ("Du har fortalt, at du føler
// dig ensom, efter at din mand døde sidste år", "…, siden du flyttede i marts"): the feeling is the view, the event a fact
// of the case, like a dated fall (DATED_EVENT).
const LIFE_EVENT =
  /(?<![\p{L}])(?:døde|gik\s+bort|omkom|blev\s+(?:skilt|indlagt|opereret|udskrevet|enke|enkemand|syg|fyret|afskediget)|flyttede|faldt|mistede)(?![\p{L}])[^.;!?\n]{0,30}?(?:(?<![\p{L}])(?:sidste|forrige)\s+(?:år|måned|uge|vinter|sommer|forår|efterår|jul)|(?<![\p{L}])i\s+(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|foråret|sommers|efteråret|vinter|går|forgårs)|(?<![\p{L}])for\s+(?:\p{L}+|\d+)\s+(?:år|måneder|uger|dage)\s+siden|\d)/iu;

function inRoutine(sentence: string, offset: number, start: number, end: number, inDatedEntry?: () => boolean, talkNamed?: () => boolean): boolean {
  for (const re of ROUTINE) {
    if (re === WISH_REPORT && inDatedEntry?.()) continue;
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const a = offset + m.index;
      if (re === WISH_REPORT && LIFE_EVENT.test(m[0])) continue;
      if (re === WISH_REPORT && TOLD_MORE.test(sentence.slice(m.index + m[0].length)) && talkNamed?.()) continue;
      if (start >= a && end <= a + m[0].length) return true;
    }
  }
  return false;
}

// Words that only name a profession, a service or a kind of document. They report a fact
// when the sentence looks back ("Ergoterapeuten så …", "I undersøgelsen fremgår …"), not when
// it describes the help granted or what comes next ("Du får et rehabiliteringsforløb med en
// ergoterapeut", "Vi starter en børnefaglig undersøgelse", "På mødet vil vi tale om …").
const NEUTRAL = /^(?:hjemmebesøg|rehabiliteringsforløb|ergoterapeut|fysioterapeut|terapeut|sygeplejerske|samtale|undersøgelse|børnefaglig|udredning|afprøvning|test|ppr|psykolog|journal|\p{L}*notat|referat|\p{L}*rapport|funktionsvurdering|funktionsevnevurdering|funktionsniveau|på\s+mødet|\p{L}*mødet\s+den|(?:i|under)\s+(?:(?:din|jeres|Deres)\s+)?praktik|operation|status\s+fra|statusudtalelse|udgiftsoversigt|\p{L}*registrering)/iu;
// (Round 51: not the citizen who "kommer selv rundt i boligen": getting about alone, no visit to come.)
// Also where to turn ("I kan kontakte PPR via skolen", "Lægen kan henvise dig til psykolog").
// (Round 64: also an offer elsewhere, "hvor I kan få op til 5 samtaler", "PPR kan kontaktes via klasselæreren": nothing
// known yet.)
// (Round 40: also a call or a visit to come, said in the present: "Maja (ergoterapeut) ringer til dig en uge efter, den
// er kommet", "Terapeuten besøger dig, når …"; what was seen on a past call looks back, in LOOKS_BACK.)
// (Round 41: also an aid brought out and fitted, said in the present: "Ergoterapeut Dorte kører dem ud torsdag den
// 21. august", "Terapeuten monterer stolen": a visit to come, with a date but nothing seen yet. Not the citizen who
// "selv kører i bil".)
// (Round 49: also a service the child might benefit from, "William kan måske have gavn af en samtale med PPR": a
// suggestion, nothing known yet; "har haft gavn af" looks back and stays.)
// (Round 66: also the course's end planned, "Efter de 8 uger afslutter fysioterapeuten forløbet med en status": what comes.)
// (Round 69: also a service to be brought in, "I kan bede skolen om at inddrage PPR": nothing known yet.)
// (Round 71: also a meeting one is invited to, "Vi inviterer dig til statusmødet den 3. juni": still to come.)
const FORWARD = /(?<![\p{L}])(?:skal|vil|kommer(?!\s+(?:selv|fint|godt)(?![\p{L}]))|ringer|besøger|(?:kører|bringer)\s+(?:[^.\n]{0,60}?\s)?ud(?![\p{L}])|monterer|installerer|indstiller|starter|begynder|afslutter|afsluttes|tilbyder|tilbydes|får|bevilg\p{L}*|iværksætte[rs]?|indkalder|inviterer|inviteres|aftaler|tilbyde|følger\s+op|følges\s+op|(?:kan|kunne|vil|ville)\s+(?:\p{L}+\s+){0,2}?have\s+(?:\p{L}+\s+)?(?:gavn|glæde|nytte)\s+af|revurderer|næste|lave|laver|udarbejde\p{L}*|gennemføre\p{L}*|igangsætte\p{L}*|kontakte|kontakt|henvende|henvendelse|henvise|henvises|inddrage|inddrages|rådgive|vejlede|holder|afholder|kontaktes|(?:kan|kunne)\s+(?:(?:også|stadig|gerne|altid)\s+)?få)(?![\p{L}])/iu;
// The profession or service named as what was applied for ("Tak for jeres ansøgning om
// betaling af psykologbehandling", "Du har søgt om et forløb hos en fysioterapeut"): the
// application, not a fact of the case. (Tested on the lower-cased text just before the word.)
// Or as what someone wishes for ("I vil gerne have, at hun kan tale med en psykolog", "Du
// ønsker et forløb hos en fysioterapeut").
const WISHED_FOR = /(?<![\p{L}])(?:gerne\s+vil|vil\s+gerne|ønsker|ønskede|ønske\s+om|håber|helst\s+vil|vil\s+helst)(?![\p{L}])[^.;!?\n]{0,60}$/u;
const APPLIED_FOR = /(?<![\p{L}])(?:ansøgning\p{L}*|ansøgt|søgt|søger|søge|anmodning\p{L}*|anmodet|bedt|beder)\s+(?:[^!?\n]{0,40}?\s)?om\s+(?:\p{L}+\s+){0,4}$/u;
const MEETING = /^(?:talte\s+med|har\s+talt\s+med|snakkede\s+med|samtale\p{L}*|på\s+mødet|på\s+besøg|besøg\s+hos|besøgte|besøgt|ved\s+besøget|ved\s+vores\s+besøg|ved\s+mit\s+besøg|under\s+besøget|på\s+besøget|hjemmebesøg\p{L}*)/iu;
// Round 51: the meeting followed straight away by what the citizen did or said there, in the inverted order of a past
// verb and its subject ("Ved besøget tørrede du selv af i køkkenet", "På mødet fortalte Ida …"): what came out. Not
// what comes next ("Ved besøget vil du få …", "På mødet aftalte vi …": the office's own plan).
const TOLD_AT_MEETING = /^\s*,?\s*(?:\p{Ll}+(?:ede|te|de)|var|havde|gik|sad|stod|så|kunne|fik|tog|gav|lå|sov|fandt|bar|drak|skrev|bad|kom|løftede)\s+(?:du|De|I|han|hun|\p{Lu}\p{Ll}+)(?![\p{L}])/u;
const DATED_OR_TOLD =
  /\d|(?<![\p{L}])(?:i\s+(?:går|forgårs|mandags|tirsdags|onsdags|torsdags|fredags|lørdags|søndags|januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)|sidste\s+uge|så|viste|fortalte|sagde|oplyste|kunne|observerede|vurderede|bekræftede)(?![\p{L}])|,\s*at\s/iu;
// (Round 64: also a class named by its diagnosis as those an offer is for, "en feriefond for børn med diabetes", "kurser
// til voksne med ADHD": the target group again; not "jeres to børn med autisme", this family.)
const CLASS_BEFORE =
  /(?<![\p{L}])(?:borgere|personer|ældre|pensionister|mennesker|familier|børn|unge|voksne|ansøgere|alle|dem|folk)\s*,?\s+(?:der|som)\s+(?:ikke\s+|selv\s+|fortsat\s+)?$|(?<![\p{L}])(?:for|til|blandt)\s+(?:(?!(?:jeres|dine|deres|hans|hendes|sine|begge|de|to|tre|fire)\s)\p{L}+\s+)?(?:børn|unge|voksne|borgere|personer|mennesker|familier|ældre|pensionister)\s+med\s+$/iu;
const PERFORMER_FIELD = /(?:^|\n)[ \t]*(?:udfører|udføres\s+af|leverandør|behandler|ansvarlig|kontaktperson|hvem|træner|terapeut)\s*:\s*$/iu;
// Round 67: a profession named as who runs a class or service on offer ("Holdet ledes af en fysioterapeut", "Undervisningen
// varetages af en sygeplejerske"): a description of the offer, nothing seen in this case. (Looking back, "Træningen blev
// ledet af en fysioterapeut, som så …", stays: LOOKS_BACK.)
const RUN_BY_BEFORE = /(?<![\p{L}])(?:ledes|ledet|varetages|varetaget|instrueres|instrueret|undervises|drives|styres)\s+af\s+(?:(?:en|et|vores|kommunens|centrets)\s+)?(?:\p{L}+\s+)?$/iu;
// (Round 69: see the detector; the form of the help changed, "flytter fra hjemmebesøg til", "i stedet for hjemmebesøg".)
const FORM_CHANGED_BEFORE =
  /(?:(?<![\p{L}])(?:flytter|flyttes|omlægges|omlagt|ændres|skifter|skiftes|overgår|går\s+over)\s+(?:\p{L}+\s+){0,2}?(?:fra|til)|(?<![\p{L}])i\s+stedet\s+for)\s+(?:\p{L}+\s+)?$/iu;
const BELONGS_UNDER_BEFORE = /(?<![\p{L}])(?:hører|henhører|hørte|falder)\s+(?:ind\s+)?under\s+(?:[^.;!?\n]{0,60}?[\s(])?$/iu;
const IF_BEFORE = /(?<![\p{L}])(?:når|hvis|såfremt)\s+(?:\p{L}+\s+){0,2}$/iu;
// Round 73: a diagnosis as the topic of a talk offered elsewhere ("Kontakt Psykiatriens Hus, hvis du har brug for at tale med
// nogen om din angst", "… hvis du har spørgsmål om at leve med sclerose"): where to turn, not what was found in this case.
const TURN_TO = /(?<![\p{L}])(?:kontakte|kontakt|ringe\s+til|ring\s+til|henvende|skrive\s+til)(?![\p{L}])/iu;
const IF_TOPIC_BEFORE = /(?<![\p{L}])(?:hvis|såfremt|når)\s+[^.;!?\n]{0,60}?(?<![\p{L}])om\s+(?:\p{L}+\s+){0,4}$/iu;
// A document named after a professional's genitive, with its date ("træningsplan af 20. oktober 2023", "notat fra 3/5").
const DATED_DOCUMENT_AFTER = /^\s+\p{L}{3,}\s+(?:af|fra|dateret)\s+(?:den\s+|d\.\s*)?\d{1,2}(?:\.\s*\p{L}+|[./-]\d{1,2})/u;
// Round 73: the document word itself with its date ("bekræfter i deres notat af 30. april, at …", "rapporten fra 3/5"): a
// source in the case, like the genitive form above.
const DOCUMENT_WORD = /(?:notat|notatet|rapport|rapporten|referat|referatet)$/iu;
const DATE_AFTER_DOCUMENT = /^\s+(?:af|fra|dateret)\s+(?:den\s+|d\.\s*)?\d{1,2}(?:\.\s*\p{L}+|[./-]\d{1,2})/u;
const SOURCE_BEFORE = /(?<![\p{L}])på\s+(?:baggrund|grundlag)\s+af\s+(?:\p{L}+\s+){0,2}$/iu;
// (Round 55: not the past forms, "I har indsendt kvitteringer for …", "de fremsendte regninger": documents already in the
// case, like "Du har sendt os kvitteringer"; one still to be sent after "når"/"hvis" is a condition, SENT_WHEN.)
const ASKED_FOR_DOCUMENT = /(?<![\p{L}])(?:vedlæg\p{L}*|(?:indsend|medsend|fremsend)(?!te?(?![\p{L}]))\p{L}*|skaffe|indhente|sende\s+os|send\s+os)\s+(?:\p{L}+\s+){0,3}$/iu;
const SENT_WHEN = /(?<![\p{L}])(?:når|hvis|såfremt|før|inden)\s+(?:\p{L}+\s+){0,3}?(?:indsendt|fremsendt|medsendt|sendt|vedlagt)\s+(?:\p{L}+\s+){0,3}$/iu;
// (Round 36: also a document's finding in the present, "afslutningsnotatet af 15. september viser, at …".)
// (Round 53: also a report read through, "Jeg har nu læst statusrapporten fra Familiehuset igennem", and its writer
// quoted in the present, "I statusrapporten skriver Tina, at …": what the document says, as "viser, at".)
// (Round 59: also with the document and its time between the auxiliary and the participle, "Jonas har i sin statusrapport
// fra marts skrevet, at …", "har i notatet af 3. marts beskrevet".)
const LOOKS_BACK =
  /(?<![\p{L}])(?:havde|blev|var|viste|viser(?=\s*,?\s+at\s)|(?:skriver|beskriver)(?=\s+(?:\p{L}+\s+){0,2}?\p{L}+\s*,?\s+at\s)|fremgår|fremgik|oplyste|(?<!,\s*)så|fortalte|sagde|beskrev|skrev|vurderede|talte|gav\s+(?:du|I|De|hun|han)\s+udtryk|udtrykte|har\s+(?:[\p{L}\d.]+\s+){0,6}?(?:oplyst|vurderet|beskrevet|skrevet|set|observeret|fortalt|sagt|udtalt|konstateret|undersøgt|talt|været|vist|testet|afprøvet|læst|gennemlæst))(?![\p{L}])/iu;

// Round 48: a diagnosis as the first part of an association's name ("ADHD-foreningens forældrelinje", "kontakt
// Autisme-foreningen"): where to turn, not what is known about this person.
const ASSOCIATION_AFTER = /^-?\s?(?:lands)?forening\p{L}*/iu;
// Round 49: a diagnosis as part of a place's name ("kørsel til Center for Hjerneskade", "Klinik for Epilepsi"): where
// the help goes, not what is known about this person.
const PLACE_NAME_BEFORE = /(?<![\p{L}])(?:\p{Lu}\p{Ll}*\s+)?(?:Center|Centret|Centeret|Klinik|Klinikken|Institut|Instituttet|Afdeling|Afsnit|Hospital|Sygehus|Skole|Skolen|Hus|Huset)\s+for\s+$/u;
// Round 52: a diagnosis as the first part of a role's or a service's name ("kontakt kommunens demenskoordinator", "Ring
// til demensteamet"): who to turn to, like ASSOCIATION_AFTER, not what is known about this person. (What that person
// found, "Demenskoordinatoren har vurderet, at …", is a fact by its own pattern.)
const ROLE_NAMED_BY_DIAGNOSIS = /^(?:demens|diabetes|autisme|parkinson|depression)-?(?:koordinator|konsulent|sygeplejerske|rådgiver|rådgivning|team|café|cafe|hotline|linje|kursus|gruppe|netværk|center|tilbud|ambulatori)\p{L}*$/iu;
// Round 65: a talk as the first part of an offer's name ("foreningen har en samtalegruppe hver mandag", "kommunens
// samtaletilbud til pårørende"): a service to turn to, like ROLE_NAMED_BY_DIAGNOSIS, not a talk held in this case.
// (What the citizen told there, looking back, stays: LOOKS_BACK.)
const TALK_SERVICE = /^samtale(?:gruppe|tilbud|café|cafe|hold|forløb(?=\s+(?:for|til|hos)\s))\p{L}*/iu;
const AIM_CLAUSE_BEFORE = /(?<![\p{L}])(?:med\s+det\s+formål|formålet\s+(?:med\s+(?:\p{L}+\s+){1,3})?(?:er|var))\s*,?\s+at\s[^.;:!?]*$/iu;
// Round 57: a file note's entry opened by its date ("02/07: Borger ringede …"), up to the sentence.
const DATED_ENTRY = /^\s*\d{1,2}[/.]\d{1,2}(?:[/.-]\d{2,4})?\s*:/u;
/** The paragraph holding `at` opens on a note entry's date ("02/07: Borger ringede …"). Asked only when a wish report is met. */
function inDatedEntry(letter: Letter, at: number): boolean {
  return DATED_ENTRY.test(letter.text.slice(letter.text.lastIndexOf('\n\n', at) + 1, at + 1));
}
// Round 71: an occasion with its date, then what the citizen did or said there as a past verb before its subject ("Ved
// afprøvningen den 27. august 2024 sammen med ergoterapeut Ditte ønskede du en let stol, fordi du skal …"): the occasion
// took place, so a "skal" later in the sentence (FORWARD) is no plan. (Read right after the match.)
const DATED_THEN_TOLD =
  /^\s+(?:\p{L}+dag\s+)?(?:den|d\.)\s*\d{1,2}\.\s*(?:\p{L}+|\d{1,2}\.?)(?:\s+\d{4})?(?:\s+[^,.;:!?\n]{1,60}?)?\s*,?\s+(?:\p{Ll}+(?:ede|te|de)|var|havde|gik|sad|stod|så|kunne|fik|tog|gav|fandt|bar|kom|sagde)\s+(?:du|De|I|han|hun)(?![\p{L}])/u;
// Round 71: an enclosure's heading after the signature ("Bilag 1 – Afgørelse", "Bilag: Klagevejledning"): the letter's text
// goes on there, so the frame (letterhead and signature) ends at it. The guide counts an element also when it is in a bilag.
const ENCLOSURE_HEADING = /^bilag(?:\s+(?:\d{1,2}|[a-z]))?\s*(?:[-–:.]|$)/iu;
function enclosureStart(letter: Letter): number {
  for (const b of letter.seg.blocks) if (b.kind === 'heading' && ENCLOSURE_HEADING.test(letter.slice(b).trim())) return b.start;
  return Infinity;
}
const DATED_EVENT = /^(?:faldt|væltede|besvimede|blev\s+(?:indlagt|udskrevet|opereret)|var\s+indlagt)(?![\p{L}])[^]*\d/iu;

const TOLD_NEXT =
  /^(?:de|hun|han|vedkommende|\p{L}+(?:en|et|erne))\s+(?:har\s+|havde\s+)?(?:(?:selv|også)\s+)?(?:set|så|observeret|observerede|oplevet|oplevede|fortalt|fortalte|sagt|sagde|oplyst|oplyste|bekræftet|bekræftede|beskrevet|beskrev)\s*,?\s+at(?![\p{L}])/iu;

function toldNext(letter: Letter, end: number): boolean {
  const gap = letter.text.slice(end, end + 40);
  const skip = gap.search(/\S/);
  if (skip < 0 || gap.slice(0, skip).includes('\n\n')) return false;
  const ni = letter.sentenceAt(end + skip);
  if (ni < 0) return false;
  return TOLD_NEXT.test(letter.slice(letter.sentence(ni)));
}

// Round 60: the applicant's account told right after the application, in the same paragraph, with no talk named in the
// letter ("Du har søgt om en kontaktperson til Noah. Du har fortalt, at Noah er meget alene efter skole"): why they
// applied, in their words (borgerens-synspunkter), like "Du skriver i din ansøgning, at …". Said at a named meeting or
// call (TALK_NAMED), or dated, it is what came out of it and stays.
const APPLICANT_TOLD = /^(?:[Dd]u|I|De)\s+har\s+(?:også\s+|selv\s+)?(?:fortalt|oplyst|skrevet|forklaret)\s*,?\s+at\s[^\d]*$/u;
const APPLIED_SENTENCE = /^(?:(?:du|I|De)\s+har\s+(?:\p{L}+\s+)?(?:an)?søgt\s+om|tak\s+for\s+(?:din|jeres|Deres)\s+ansøgning)(?![\p{L}])/iu;
function applicantTold(letter: Letter, si: number, sText: string): boolean {
  if (si < 1 || !APPLICANT_TOLD.test(sText)) return false;
  const prev = letter.seg.sentences[si - 1]!;
  return prev.block === letter.seg.sentences[si]!.block && APPLIED_SENTENCE.test(letter.slice(prev)) && !TALK_NAMED.test(letter.text);
}

export function detect(letter: Letter): Detection {
  // The sender's title in the letterhead or signature ("Ergoterapeut og sagsbehandler").
  const frame = frameTest(letter);
  let enclosure: number | undefined;
  const inFrame = (at: number) => frame(at) && at < (enclosure ??= enclosureStart(letter));
  for (const m of letter.matches(letter.compiled.elements['faktiske-oplysninger'].re)) {
    if (inFrame(m.start)) continue;
    const si = letter.sentenceAt(m.start);
    if (si >= 0) {
      const s = letter.sentence(si);
      const sText = letter.slice(s);
      // The rights paragraph ("Du kan tage en bisidder med til møder og samtaler", "Du kan se
      // notater og journal (aktindsigt)") names meetings and documents, not facts of the case.
      if (COMPLAINT_SENTENCE.test(sText) || RIGHTS_WORDS.test(sText) || DATA_PROTECTION.test(sText)) continue;
      // (Round 38: not a dated event inside a reported worry: "Din hustru har oplyst, at hun er bekymret …, efter du faldt i
      // entreen den 2. oktober"; the worry is a view, the fall with its date a fact.)
      if (!DATED_EVENT.test(letter.slice(m)) && inRoutine(sText, s.start, m.start, m.end, () => inDatedEntry(letter, s.start), () => TALK_NAMED.test(letter.text))) continue;
      if (applicantTold(letter, si, sText)) continue;
      // A document asked for ("Husk i så fald at vedlægge en ny lægeerklæring"): none is in the case yet.
      if (ASSOCIATION_AFTER.test(letter.text.slice(m.end, m.end + 20))) continue;
      // (Round 69: not when the sentence looks back, "Demenskoordinator Lis Holm var hos jer den 3. marts": a visit held.)
      if (ROLE_NAMED_BY_DIAGNOSIS.test(letter.slice(m)) && !LOOKS_BACK.test(sText)) continue;
      if (TALK_SERVICE.test(letter.text.slice(m.start, m.end + 20)) && !LOOKS_BACK.test(sText)) continue;
      // Round 53: a diagnosis inside the aim written as an infinitive under the purpose label ("Formål: At dække de
      // merudgifter, Lukas har på grund af sin diabetes"): what the help covers, not a finding of the case.
      if (/^\s*(?:\p{L}+\s*:\s*)?at\s/iu.test(sText) && underAimLabel(letter, si, sText)) continue;
      // (The same inside a purpose clause: "Hjælpen blev bevilget med det formål, at du kunne klare dig hjemme i perioden
      // efter operationen": the aim the help had, not what was found.)
      if (AIM_CLAUSE_BEFORE.test(letter.text.slice(s.start, m.start))) continue;
      if (/^\p{Lu}/u.test(letter.slice(m)) && PLACE_NAME_BEFORE.test(letter.text.slice(Math.max(s.start, m.start - 40), m.start))) continue;
      if (ASKED_FOR_DOCUMENT.test(letter.text.slice(Math.max(s.start, m.start - 40), m.start))) continue;
      if (SENT_WHEN.test(letter.text.slice(Math.max(s.start, m.start - 50), m.start))) continue;
      if (NEUTRAL.test(letter.slice(m))) {
        // Round 66: the profession in a field of the grant's practical details ("Udfører: Fysioterapeut [navn]", "Behandler:
        // ergoterapeut fra Træningscentret"): who gives the help, nothing seen yet.
        if (PERFORMER_FIELD.test(letter.text.slice(Math.max(s.start, m.start - 30), m.start))) continue;
        if (RUN_BY_BEFORE.test(letter.text.slice(Math.max(s.start, m.start - 40), m.start)) && !LOOKS_BACK.test(sText)) continue;
        // Round 69: the help's form changed from or to a kind of service ("Behandlingen flytter fra hjemmebesøg til samtaler i
        // huset", "omlægges til samtaler"), or a service named as the one a matter belongs to ("Det hører under skolen og PPR"):
        // how the help is given or where to turn, nothing seen in this case.
        const before80 = letter.text.slice(Math.max(s.start, m.start - 80), m.start);
        if ((FORM_CHANGED_BEFORE.test(before80) || BELONGS_UNDER_BEFORE.test(before80)) && !LOOKS_BACK.test(sText)) continue;
        // (Not the dated source of the decision: "har på baggrund af hjemmebesøg den 28.05.2024 besluttet at bevilge".)
        // (Round 72: nor the professional's own dated document, "efter fysioterapeutens træningsplan af 20. oktober", "i
        // ergoterapeutens notat fra 3. maj": a source in the case, whatever the sentence says is to come.)
        const datedDocument =
          (/s$/iu.test(letter.slice(m)) && DATED_DOCUMENT_AFTER.test(letter.text.slice(m.end, m.end + 60))) ||
          (DOCUMENT_WORD.test(letter.slice(m)) && DATE_AFTER_DOCUMENT.test(letter.text.slice(m.end, m.end + 40)));
        if (FORWARD.test(sText) && !LOOKS_BACK.test(sText) && !datedDocument && !DATED_THEN_TOLD.test(letter.text.slice(m.end, m.end + 120)) && !SOURCE_BEFORE.test(letter.text.slice(Math.max(s.start, m.start - 30), m.start))) continue;
        // Round 56: a service or a profession named by the law the letter quotes ("hjælpen gives ikke, hvis behovet kan
        // afhjælpes ved et rehabiliteringsforløb efter § 83 a"): the rule's own words, nothing seen in this case.
        if (isLawSentence(letter, s) && !LOOKS_BACK.test(sText)) continue;
        // Inside the rule's own threshold ("Du vurderes ikke at have et væsentligt nedsat
        // funktionsniveau"): the condition, not what was found in this case.
        if (matchesIn(letter, letter.compiled.lists.hollowReasons, s).some((h) => h.start <= m.start && m.end <= h.end)) continue;
        const before = letter.text.slice(Math.max(s.start, m.start - 80), m.start).toLowerCase();
        if (APPLIED_FOR.test(before) || WISHED_FOR.test(before)) continue;
      }
      // A meeting named without when or what ("Som vi talte om i telefonen, får du …", "Vi har
      // haft en samtale") is no fact the decision rests on; with a date or what was said or
      // seen ("Vi besøgte dig den 4. marts", "På mødet fortalte du, at …") it is.
      // (Round 50: or with what came out told in the next sentence of the paragraph: "Jeg har talt med din gruppeleder. De
      // har set, at du selv vasker dig hver morgen".)
      if (MEETING.test(letter.slice(m)) && !DATED_OR_TOLD.test(sText) && !toldNext(letter, s.end) && !TOLD_AT_MEETING.test(letter.text.slice(m.end, m.end + 40))) continue;
      // A condition states a rule, not a fact ("Når du bor i et botilbud, kan du ikke …").
      if (IF_BEFORE.test(letter.text.slice(Math.max(s.start, m.start - 40), m.start))) continue;
      if (TURN_TO.test(sText) && IF_TOPIC_BEFORE.test(letter.text.slice(Math.max(s.start, m.start - 100), m.start))) continue;
      // The rule's target group ("klippekortet er ½ time om ugen for borgere, der bor i eget
      // hjem", "personer, som lider af demens"): a class of people, not this citizen.
      if (CLASS_BEFORE.test(letter.text.slice(Math.max(s.start, m.start - 40), m.start))) continue;
    }
    return { present: true, evidence: m };
  }
  const heading = findHeading(letter, 'faktiske-oplysninger');
  return heading ? { present: true, evidence: heading } : { present: false };
}
