/**
 * `omfang`: the scope of GRANTED help as a quantity per period ("1 time hver 14. dag", "2 besøg
 * dagligt", "7 hovedretter om ugen", "fra 2 til 1 session om ugen"). Found by the pack's
 * patterns and by the service-level scope reader (`findScopesInText`, which knows meals,
 * weekends and the like), but not where the quantity is what was applied for ("Du har søgt
 * om 3 timer om ugen"), help that is ending, or in a refusal. "Efter behov" or a bare
 * duration is not a scope: then the block is absent with the problem `efter-behov`.
 */
import { findScopesInText } from '../../service-level/parse-scope';
import type { AnalysedLetter, Detection, Letter } from '../letter';
import { hasMatchIn, matchesIn } from '../letter';
import type { Span } from '../segment';
import { COMPLAINT_SENTENCE, ENDING_WORDS, isLawSentence } from './common';

// The quantity belongs to the application, to the past, or to help that stops.
// Also help the citizen already has ("har allerede fast bostøtte 3 timer om ugen", "får i dag
// hjemmepleje 6 gange i døgnet", "har en mentor to gange om ugen") and their own life: work,
// school, hobbies, contact with parents ("fleksjob 4 dage om ugen", "samvær hver anden weekend"),
// what someone would like ("at hun gerne vil se sin mor hver anden weekend"),
// and their money: expenses, charges, income ("udgifter på 250 kr. om måneden", "Du betaler
// 58 kr. pr. hovedret").
// What the citizen has done so far ("Du har siden marts trænet 2 gange om ugen", "har deltaget
// 3 dage om ugen") and events in their life ("er faldet tre gange om natten", "vågner 4 gange
// hver nat") are no help granted; nor are absences ("har været fraværende 2 dage om ugen"),
// adult education ("FVU-dansk på VUC 6 timer om ugen"), anything going on "siden januar", and the
// law's threshold ("et minimumsbeløb på 594 kr. pr. måned"), incidents someone observed ("Hjemmeplejen
// har registreret uro 4 gange om natten"), and a partner's own free time or shifts ("Din kæreste
// arbejder på skiftehold og har fri hver anden uge"), and where the child goes of its own ("Du går
// i klubben tre dage om ugen", "hun går i børnehave fire dage om ugen").
// What a professional wrote about the citizen's own week ("Terapeuten skriver, at du går til
// genoptræning to gange om ugen") and the need as assessed ("Du har brug for hjælp morgen og aften,
// i alt omkring to timer i døgnet"), which is no grant by itself; the grant after a turn ("…, og
// derfor får du …") or in its own sentence still counts.
// What someone told us ("Du har fortalt, at du kun kan nå at komme hver anden weekend", "Din mor
// oplyste, at hun spiser to måltider om dagen"; not "som oplyst", "sagt ja" or what we told:
// "Vi har oplyst leverandøren, at du skal have bad 2 gange om ugen"), and paying back
// a loan ("Lånet afdrages med 1.100 kr. om måneden", "Du skal tilbagebetale 300 kr. pr. måned"), and
// what the office counted in ("Vi har medregnet 40 kr. om måneden til tøjvask", "dine
// sandsynliggjorte merudgifter på 412 kr. om måneden").
// (Round 23: not a street named after a school, "holdtræning på Skolevej 1 gang om ugen": an address.)
// What the case papers show ("Det fremgår, at du får hjælp til personlig pleje morgen og aften samt
// rengøring hver 14. dag"): the situation the decision rests on; "som det fremgår" only points on.
// Round 21: meetings so far with the helper ("Du har mødtes med Bettina 2 gange om måneden", "I har
// set hinanden hver uge") in a letter that ends the help.
// Round 19: a question put to the office ("hvor du spørger, om du kan få 2 timer mere om ugen") and
// the citizen's own walks ("Du går hver dag en tur i haven"; not "går i bad").
// What someone recommends ("Udvalget anbefaler, at I får tilbud om aflastning to dage om ugen"): other
// help suggested, not granted ("Vi følger anbefalingen og bevilger …" still grants).
// (Round 40: but "som i dag" and "som hidtil" say the help stays as it is, "Du beholder din støtte som i dag: 3
// timer om ugen": the scope that goes on, not the old one.)
// (Round 44: what a report says the citizen does, "I statusrapporten står der, at du laver mad selv fire dage om ugen",
// and what staff have had to do so far, "har personalet i gennemsnit måttet hjælpe ham fire nætter om ugen".)
// (Round 39: also a pastime with an adverb, "Noah går nu til klatring to gange om ugen", and help that stops
// said plainly, "Vi holder op med at udbetale de 690 kr. om måneden".)
// (Round 51: not the writer telling, "Jeg skriver for at bekræfte, at …", "Som lovet skriver jeg, at …": the letter itself,
// as "vi" already was.)
// (Round 53: also the citizen's employment, "Du er ansat 30 timer om ugen som lagerarbejder": their job, not help.)
// (Round 57: also a pastime the citizen goes to on their own, "Du går nu selv til svømning to gange om ugen": the "nu" and
// "selv" after the citizen's verb belong to it, not a turn to a new scope.)
// (Round 63: "bad om" is the asking only before what was asked for, not the noun "bad" before a time, "Dit bad om
// torsdagen fortsætter som hidtil"; and the place of work in a compound, "møde på arbejdspladsen to dage om ugen", is their job; not
// "tabt arbejdsfortjeneste", the help itself.)
// (Round 65: also a report's words in the perfect, "Terapeuten har i sin afslutning beskrevet, at du …", and what the
// citizen does on their own, "selv laver aftensmad fire dage om ugen": no help granted.)
// (Round 67: also that training or taking part told in the simple past, "Du trænede med terapeuten to gange om ugen", "hun
// deltog tre dage om ugen": a course gone by, as "har trænet" already was.)
// (Round 73b: also what the citizen can buy, "Du kan købe middag i caféen alle ugens dage kl. 11.30-13": their own purchase.)
// (Round 71: also the past told with "dengang", "Dengang klarede du dig med besøg tre gange om dagen": the situation
// before, not the help granted now.)
// (Round 68: also a pastime the citizen has started on, "Du er startet til håndbold i klubben to gange om ugen": their
// own week, as "går til" already was.)
const NOT_GRANTED = /(?<![\p{L}])(?:(?<!(?:som|vi|jeg|vi\s+har|har\s+vi|jeg\s+har|har\s+jeg)\s)(?:fortalt|fortalte|fortæller|oplyst|oplyste|oplyser|forklaret|forklarede|sagt(?!\s+ja)|sagde(?!\s+ja)|skriver|skrev|beskriver|beskrev|beskrevet)(?!\s+(?:jeg|vi)(?![\p{L}]))|(?<!som\s(?:det\s)?)(?:fremgår|fremgik)|(?:anbefaler|anbefalede|anbefales|foreslår|foreslog|foreslås)\s*,?\s+at|har\s+(?:\p{L}+\s+)?(?:brug|behov)\s+for|afdrag\p{L}*|tilbagebetal\p{L}*|har\s+siden|dengang|trænede|deltog|har\s+(?:[\p{L}\d.]+\s+){0,4}?(?:trænet|deltaget|gået|benyttet|brugt|mødt\s+(?:\p{L}+\s+)?op|mødtes|set\s+hinanden|talt\s+sammen|været\s+sammen|måttet)|(?:står|stod)\s+der\s*,?\s+at|faldet|falder|faldt|vågner|vågnede|vågnet|fundet|observeret|registreret|trykket|tilkaldt|har\s+fri|holder\s+fri|fridag\p{L}*|skiftehold\p{L}*|anfald\p{L}*|indlagt|indlæggelse\p{L}*|skadestue\p{L}*|søgt|søgte|ansøg\p{L}*|(?:spørger|spurgt|spurgte)(?:\s+\p{L}+){0,2}?\s*,?\s+om|(?:du|han|hun)\s+(?:går|gik|cykler|cyklede)(?!\s+(?:nu\s+)?i\s+bad)(?:\s+(?:nu|stadig|også|fortsat|selv)(?![\p{L}])){0,2}(?![\p{L}])|ønske\p{L}*|gerne\s+vil|vil\s+gerne|helst\s+vil|vil\s+helst|håber|bedt\s+om|bad\s+om(?!\s+\p{L}*(?:dagen|ugen|morgenen|aftenen|natten))|(?<!som\s)hidtil|hidtidig\p{L}*|tidligere|indtil\s+nu|søge\s+om|kan\s+søge|har\s+(?:[\p{L}\d]+\s+){0,4}?haft|havde|ophør\p{L}*|stopper|(?:holder|holde|holdt)\s+op\s+med|bortfald\p{L}*|ikke\s+længere|allerede|i\s+forvejen|(?<!(?:fra|som)\s)i\s+dag|nuværende|har\s+(?:en|et|fast)|fleksjob\p{L}*|job\p{L}*|arbejde\p{L}*|arbejds(?:plads|sted|giver)\p{L}*|arbejder|ansat|ansættelse\p{L}*|(?<!(?:efter|før|fra)\s)skole(?!vej|gade|stræde|sti|bakke|allé|alle|parken)\p{L}*|uddannelse\p{L}*|praktik\p{L}*|hobby\p{L}*|fritid\p{L}*|samvær(?!s?(?:tilbud|hus))\p{L}*|træner\s+selv|selv\s+laver|laver\s+(?:\p{L}+\s+){0,2}?selv|spiller|(?:går|gå|gik)\s+(?:(?:nu|stadig|også|fortsat|selv)\s+){0,2}til|(?:startet|startede)\s+til(?!\s+(?:tiden|at)(?![\p{L}]))|går\s+i(?!\s+bad)|gik\s+i(?!\s+bad)|man\s+kan|man\s+får|kan\s+man|får\s+man|udgift\p{L}*|køb(?:e|er|es)|(?<!(?:kommune|kommunen|vi)\s)betaler(?!\s+(?:kommunen|vi)(?![\p{L}]))|betale|egenbetaling\p{L}*|pris\p{L}*|koster|løn|indtægt\p{L}*|husleje\p{L}*|fravær\p{L}*|minimumsbeløb\p{L}*|bagatelgrænse\p{L}*|medregn\p{L}*|sandsynliggjort\p{L}*|beløbsgrænse\p{L}*|vuc|fvu|avu|siden\s+(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|sommer\p{L}*|efterår\p{L}*|forår\p{L}*|vinter\p{L}*|jul|nytår|påske|sidste|\d))(?![\p{L}])/iu;
// The same time since, right after the quantity in its clause ("går til svømning 2 gange om ugen
// siden januar").
const SINCE_AFTER =
  /^[^,;:.]{0,40}?\ssiden\s+(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|sommer\p{L}*|efterår\p{L}*|forår\p{L}*|vinter\p{L}*|jul|nytår|påske|sidste|\d)/iu;
// In a letter that changes help, what the citizen has been getting is the old scope.
// Also a past grant with a time between ("Du blev i marts 2023 bevilget støtte 3 timer om
// ugen") and the help that runs on until it stops ("Indtil da kommer terapeuten som nu, dvs.
// fire besøg om ugen", "Frem til den 1. maj får du 3 timer om ugen"), and what the help has been
// or was ("Aflastningen har været 2 weekender om måneden", "Støtten var 4 timer om ugen").
// (Round 58: in a change, also the helper's visits so far in the perfect, "Maja har besøgt dig 1 gang om ugen", before
// "støtten ophører": the help that stops.)
const HAD =
  /(?<![\p{L}])(?:har\s+været|havde\s+været|var|har\s+fået|har\s+modtaget|modtager|fik|får\s+nu(?!\s*:)|har\s+været\s+bevilget|(?:blev|fik)\s+(?:[\p{L}\d.]+\s+){0,4}?(?:bevilget|visiteret|tildelt)|indtil\s+da|indtil\s+(?:den\s+)?\d|frem\s+til\s+(?:da|(?:den\s+)?\d)|(?:har|havde)\s+(?:(?:\p{L}+\s+)?(?:besøgt|hjulpet|støttet|ledsaget|aflastet)|(?:\p{L}+\s+)?(?:været|kommet)\s+hos))(?![\p{L}])/iu;
// Cheap pre-filter before the scope reader: a period word.
const PERIOD_HINT = /(?:om|pr\.?|i|per)\s+(?:ugen|dagen|måneden|året|døgnet|uge|dag|måned|år)|hver|dagligt|ugentligt|månedligt|årligt/iu;

// Help that stops after the quantity is named ("Din rengøring 1 time hver 14. dag ophører").
const ENDS_AFTER = /(?<![\p{L}])(?:ophør\p{L}*|stopper|stoppes|bortfald\p{L}*|slutter|afsluttes|ophæves|nedlægges)(?![\p{L}])/iu;
// Help that is no longer part of something, said right after the quantity ("hvorefter rengøring
// hver 14. dag ikke længere indgår i forløbet", "bad 3 gange om ugen er ikke mere en del af
// pakken"): what stops. (Only close after it: "…, og du skal ikke længere betale" keeps the scope.)
const HAS_BEEN_AFTER = /^\s+(?:har|havde)\s+(?:ikke\s+)?(?:kunnet|været|hjulpet|fungeret|virket|givet|gjort|ført)(?![\p{L}])/iu;
const NO_LONGER_AFTER = /^(?:\s+\p{L}+){0,2}?\s+ikke\s+(?:længere|mere)(?![\p{L}])/iu;
// A placement or a home is not help per period: the scope there is the stay, not a grant of
// hours ("anbragt på døgninstitution 7 døgn om ugen", "botilbud med 2 besøg om natten").
const PLACEMENT = /(?<![\p{L}])(?:anbring\p{L}*|anbragt\p{L}*|botilbud\p{L}*|døgninstitution\p{L}*|opholdssted\p{L}*|plejebolig\p{L}*|plejehjem\p{L}*)(?![\p{L}])/iu;
// A placement named only as how long other help lasts ("Kommunen betaler kontingentet på 1.450 kr.
// pr. halvår, så længe hun er anbragt", "mens han er anbragt", "under anbringelsen").
const WHILE_PLACED = /(?<![\p{L}])(?:så\s+længe|mens|under)\s+(?:\p{L}+\s+){0,3}?(?:anbring\p{L}*|anbragt)(?![\p{L}])/giu;

// Administration, not help: how often money is paid or recalculated, when the office answers,
// how often the help is followed up ("Tilskuddet udbetales en gang om måneden", "Vi følger op
// 1 gang om året", "telefontid hver dag kl. 9–10", round 35: "ring til Hjælpemiddelteamet på tlf. …
// mandag-fredag kl. 8-12", "kontakte Tryghedsvagten dagligt kl. 8-15", "Caféen har åbent 4 dage om ugen", "Du kan ringe
// til os hver tirsdag kl. 10-12", "Du kan træffe mig hver torsdag kl. 9-10"), and the
// upkeep of an aid ("Rollatoren kan udskiftes hvert 5. år", "efterses en gang om året").
// (Round 48: also with the subject after the verb, a time put first: "Herefter følger vi op mindst hver 6. måned".)
// (Round 41: not the amount after it, "Ydelse efter genberegning: 640 kr. pr. måned", "Efter revurderingen får
// du 2 timer om ugen": what the new look came to, the scope in force.)
const GOES_ON = /^\s*(?:og\s+)?(?:derefter|herefter)(?![\p{L}])/iu;
const VERBLESS_GOES_ON = /^\s*(?:og\s+)?(?:derefter|herefter|dernæst)\s+(?:(?:mindst|ca\.|cirka|igen|så)\s+)?$/iu;
// (Round 53: not "vedligeholdelsestræning", a kind of training granted, unlike upkeep of an aid.)
const ADMIN = /(?<![\p{L}])(?:udbetal\p{L}*|ringe|ring|kontakte|tlf\.?|telefonnummer|træffes|træffe|henvende\s+(?:dig|jer|Dem)|(?<!efter\s+(?:den\s+|en\s+)?)genberegn\p{L}*|opgørelse\p{L}*|telefontid|åbningstid\p{L}*|åbent|åben|kontortid|træffetid|ringetid|(?<!efter\s+(?:den\s+|en\s+)?)revurder\p{L}*|følger\s+(?:(?:vi|jeg)\s+)?op|følges\s+(?:der\s+)?op|følge\s+op|opfølgning\p{L}*|evaluer\p{L}*|statusmøde\p{L}*|opfølgningsmøde\p{L}*|udskift\p{L}*|eftersyn\p{L}*|efterses|vedligehold(?!\p{L}*træn)\p{L}*)(?![\p{L}])/iu;
// Incidents counted in an observation period, the verb between the count and the period ("hvor
// hun fire gange er fundet ude på trappen om natten", "to gange har trykket på nødkaldet i
// døgnet"): what happened, not help granted.
// (Round 23: also a place that has a team, "Seniorhuset på Skolevej har motionshold tirsdag og torsdag".)
// (Round 69: also a place that holds a café or a club night, "holder Byens Bibliotek IT-café for seniorer hver onsdag kl. 13–15":
// an open offer of another body, as its "hold" already was.)
const OPEN_OFFER = /(?<![\p{L}])(?:(?:åben|åbent|åbne|anonym|anonyme)\s*,?\s+(?:\p{L}+\s+)?(?:rådgivning|café|cafe|værested|telefonrådgivning|træning|holdtræning)|(?:har|holder)\s+(?:\p{L}+\s+){0,2}?[\p{L}-]*hold|(?:holder|afholder|arrangerer)\s+(?:\p{L}+\s+){0,2}?[\p{L}-]*(?:café|cafe|caféer|klubaften|træf))(?![\p{L}])/iu;
const INCIDENT = /(?<![\p{L}])(?:fundet|faldet|faldt|observeret|registreret|ringet|trykket|tilkaldt|vågnet|vågner|vågnede|konstateret)(?![\p{L}])/iu;
const TRIED_BEFORE = /(?<![\p{L}])(?:har|havde)\s+(?:[^,.;:]{0,60}?\s)?(?:prøvet|afprøvet|forsøgt)(?![\p{L}])[^,.;:]*$/iu;
const PERFECT_AUX_BEFORE = /(?<![\p{L}])(?:har|havde)\s+(?:(?:du|I|De|han|hun|vi)\s+)?$/iu;
const EVENT_PARTICIPLE_AFTER = /^\s+(?!(?:bevilget|tildelt|visiteret|godkendt|tilbudt|fast|ret|brug|behov)(?![\p{L}]))\p{L}{2,}(?:et|t)(?![\p{L}])/iu;
const MONEY = /\d\s*(?:kr\.?|kroner)(?![\p{L}])/iu;
const PAID_OUT = /(?<![\p{L}])udbetal\p{L}*(?![\p{L}])/giu;
// Round 73: the benefit paid out along with the citizen's pension ("Beløbet udbetales sammen med din pension og udgør 500 kr.
// om måneden"): how it is paid, not the citizen's own income in the clause.
const PAID_WITH_INCOME = /(?<![\p{L}])sammen\s+med\s+(?:din|dit|Deres|hans|hendes|jeres)\s+\p{L}*pension(?!ist)\p{L}*(?![\p{L}])/giu;
const OTHER_PAYER = /udbetaling\s+danmark|pensionsselskab|a-kasse/iu;

// The same work and school words as the end of a compound ("virksomhedspraktik 3 dage om ugen",
// "erhvervsuddannelse", "studiejob", "efterskole"): the citizen's own week, no help granted.
// (Literal words, no boundary: "praktisk" is not "praktik".)
// Income and savings in compounds too ("førtidspension med 16.800 kr. om måneden", "sygedagpenge";
// not "folkepensionist", which only says who gets the help).
const WORK_COMPOUND =
  /(?:praktik|fleksjob|studiejob|deltidsjob|fritidsjob|skolejob|efterskole|aftenskole|dagskole|specialskole|sprogskole|højskole|folkeskole|friskole|uddannelse|arbejdsprøvning|løntilskud|pension(?!ist)|kontanthjælp|dagpenge|ledighedsydelse|opsparing|(?<=\p{L}{2})skole(?:n|ns|r|rne|s)?(?![\p{L}]))/iu;
// A relative, friend or neighbour who helps ("Din datter handler ind for dig en gang om ugen",
// "Jeres søn tager Ellen med hjem til frokost hver søndag", "Naboen kigger ind hver dag", "Hans far
// besøger ham hver anden weekend"): their
// help, not the help granted. (Run on the words before the quantity only.)
const RELATIVE_HELPS =
  /(?<![\p{L}])(?:søn(?:nen)?|datter(?:en)?|mor(?:en)?|far(?:en)?|moderen|faderen|forældre(?:ne)?|mand(?:en)?|kone(?:n)?|hustru(?:en)?|ægtefælle(?:n)?|samlever(?:en)?|bror(?:en)?|søster(?:en)?|svigerdatter(?:en)?|svigersøn(?:nen)?|barnebarn(?:et)?|børnebørn(?:ene)?|nabo(?:en)?|naboerne|veninde(?:n)?|venner|familie(?:n)?|pårørende|mormor|morfar|farmor|farfar|bedste\p{L}*)\s+(?:[\p{L}\d]+\s+){0,3}?(?:hjælper|handler|besøger|kører|ringer|støvsuger|vasker|gør\s+rent|laver\s+mad|tager\s+sig\s+af|kigger|passer|henter|tager\s+(?:\p{L}+\s+){0,2}?med|ser\s+til)(?![\p{L}])/iu;
// The expense named as what the municipality covers ("Vi kan bevilge halvdelen af udgiften, dvs.
// 400 kr. om måneden", "Kommunen dækker 60 % af udgiften til ridning, svarende til 480 kr. om
// måneden", "Vi dækker jeres udgift med 300 kr. om måneden"; round 36: also the child's name and an
// adjective before it, "Kommunen dækker Viggos ekstra udgifter med 850 kr. om måneden"): the share granted, not the
// citizen's own expense; taken out before the words of the citizen's money are looked for.
const COVERED_EXPENSE =
  /(?<![\p{L}])(?:bevilg\p{L}*|dække|dækker|dækkes|dækket|refunder\p{L}*|godtgør\p{L}*)\s+(?:(?:vi|kommunen|du|I|De|dig|jer)\s+)?(?:(?:halvdelen|resten|en\s+del|\d+(?:[,.]\d+)?\s*(?:%|procent))\s+af\s+)?(?:(?:den|de|din|dine|jeres|Deres|hans|hendes|barnets|hele)\s+)?(?:\p{L}+\s+){0,2}?udgift\p{L}*/giu;
// Round 41: what people in general do ("Mange bruger et privat rengøringsfirma hver anden uge", "De
// fleste vælger hjælp hver 14. dag"), the helper's visits so far, the count right after them ("Siden du
// kom hjem, har hjemmeplejen været hos dig fem gange i døgnet"), and the citizen's or the child's own
// training in a sport ("er en dygtig målmand og træner tre gange om ugen", "træner fodbold to gange om ugen"):
// no help granted. (A sport alone is no sign: "en støtteperson med til spejder", "kontingent i
// håndboldklubben på 1.450 kr. pr. halvår" are granted; "Du træner på hold" is the training granted.)
// (Round 54: also the sport with the infinitive, "er glad for at spille fodbold og møder op til træning to gange om
// ugen": the child's own pastime.)
// (Round 66: also the sport in a compound or with a team's age class, "træner U17-fodbold tre gange om ugen",
// "spiller ungdomshåndbold".)
const OTHERS_OWN =
  /(?<![\p{L}])(?:(?:mange|nogle|de\s+fleste)\s+(?:bruger|vælger|benytter|køber|har|får|tager)|har\s+(?:[\p{L}\d.]+\s+){0,4}?(?:været|kommet)\s+hos\s+(?:dig|jer|Dem|ham|hende)\s*$|træner\s+(?:[\p{L}\d]+-|\p{L}*)(?:fodbold|håndbold|basket\p{L}*|badminton|tennis|volleyball|gymnastik|atletik|karate|judo|taekwondo|svømning)|(?:målmand|angriber|forsvarsspiller|\p{L}+spiller|svømmer|gymnast)\s+(?:og\s+|,\s*)træner|spille\s+(?:[\p{L}\d]+-|\p{L}*)(?:fodbold|håndbold|basket\p{L}*|badminton|tennis|volleyball|bordtennis|ishockey|golf))(?![\p{L}])/iu;
const NOT_GRANTED_ALL = new RegExp(`${NOT_GRANTED.source}|${WORK_COMPOUND.source}|${RELATIVE_HELPS.source}|${OTHERS_OWN.source}`, 'iu');
const OLD_OR_HAD = new RegExp(`${NOT_GRANTED_ALL.source}|${HAD.source}`, 'iu');

// Contact with the family in a child's case ("Lukas kommer hjem hver anden weekend", under
// "Samvær"): the child's contact, not the scope of the help.
const FAMILY_CONTACT = /(?<![\p{L}])(?:kommer\s+hjem|er\s+hjemme|hjem\s+på\s+besøg|på\s+besøg\s+hos\s+(?:dig|jer|mor|far|forældrene))(?![\p{L}])/iu;
// A professional who comes to the citizen's home is the help itself ("En terapeut kommer hjem til
// dig op til tre gange om ugen", "Bostøtten kommer hjem til dig to gange om ugen"), not a child's
// contact with the family ("Lukas kommer hjem til jer hver anden weekend"). (Round 21: also one of
// several: "En af vores terapeuter kommer hjem til dig to gange om ugen".)
// (Round 23: also with a relative clause after the comma: "en bostøttemedarbejder, som kommer hjem
// til dig to gange om ugen".)
// (Round 36: and the helper's place and name set off by commas: "En familiebehandler fra Familiehuset, Anders
// Rask, kommer hjem til jer hver tirsdag".)
// (Round 72: also a relief worker or a companion, "En afløser fra kommunens afløserkorps kommer hjem til jer hver onsdag".)
const STAFF_VISIT =
  /(?<![\p{L}])\p{L}*(?:terapeut|assistent|hjælper|pleje|behandler|sygeplejerske|medarbejder|bostøtte|støtteperson|kontaktperson|pædagog|konsulent|vejleder|mentor|personale|afløser|aflaster|ledsager)(?:n|en|et|ne|er|erne|rne)?(?:,?\s+\p{L}+){0,6}?,?\s+kommer\s+hjem\s+til(?![\p{L}])/iu;
// Round 49: a helper named by first name who comes home to the family ("Mette kommer hjem til jer 1 gang om ugen"),
// when the letter brought that name in as the helper ("jeres behandler bliver Mette Aagaard", "din kontaktperson er
// Ali"): the help itself, not a child's contact with the family. (Round 55: also the title right before the name, "I kan
// starte hos familiebehandler Mona Hedegaard".)
const NAMED_COMES_HOME = /(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+kommer\s+hjem\s+til(?![\p{L}])/u;
const HELPER_NOUN = String.raw`\p{L}*(?:terapeut|behandler|medarbejder|bostøtte|støtteperson|kontaktperson|pædagog|konsulent|vejleder|mentor|rådgiver|hjælper)(?:n|en|et|ne|er|erne|rne)?`;
function namedHelperVisits(letter: Letter, sText: string): boolean {
  const name = NAMED_COMES_HOME.exec(sText)?.[1];
  if (!name) return false;
  return new RegExp(String.raw`(?<![\p{L}])${HELPER_NOUN}\s+(?:bliver|er|hedder)\s+(?:det\s+)?${name}(?![\p{L}])|(?<![\p{L}])${HELPER_NOUN}\s*,?\s*${name}(?![\p{L}])`, 'iu').test(letter.text);
}
const HEALTH_SERVICE_HELP =
  /(?<![\p{L}])(?:via|gennem|igennem)\s+(?:den\s+|sin\s+|din\s+|hendes\s+|hans\s+)?(?:vederlagsfri\p{L}*|regionen|sygehus\p{L}*|hospital\p{L}*|egen\s+læge|praktiserende\s+læge|sygesikring\p{L}*)(?![\p{L}])/iu;
const FACTS_HEADING = /^\s*(?:(?:sagens\s+)?oplysninger(?:\s+i\s+(?:din\s+|jeres\s+)?sagen)?|faktiske\s+oplysninger|sagsfremstilling|sagens\s+forløb|det\s+har\s+vi\s+bygget\s+på)\s*:?\s*$/iu;
const CONTACT_HEADING = /samvær(?!s?(?:tilbud|hus))|forældrekontakt|kontakt\s+til\s+(?:familien|forældrene)/iu;

/** The nearest heading block above the sentence, title or not ('' if none). */
function nearestHeadingOf(letter: Letter, si: number): string {
  const blocks = letter.seg.blocks;
  for (let b = letter.sentence(si).block; b >= 0; b--) if (blocks[b]!.kind === 'heading') return letter.slice(blocks[b]!);
  return '';
}

/** The section heading the sentence stands under (not the letter's title), if any. */
function sectionHeadingOf(letter: Letter, si: number): string | undefined {
  const blocks = letter.seg.blocks;
  for (let b = letter.sentence(si).block; b >= 0; b--) {
    if (blocks[b]!.kind !== 'heading') continue;
    for (let p = b - 1; p >= 0; p--) if (blocks[p]!.kind === 'paragraph') return letter.slice(blocks[b]!);
    return undefined;
  }
  return undefined;
}

// The service level's general rule, not this citizen's grant ("I Nordby Kommune gives rengøring
// som hovedregel hver 14. dag til borgere, der bor alene", "Kvalitetsstandarden beskriver 2 bade
// om ugen", "Rengøring gives hver 14. dag til borgere, der bor alene"): a sentence with a
// general-rule word that does not address the citizen. ("Du får som udgangspunkt 2 timer om ugen"
// is the grant; "typisk onsdag" and "som udgangspunkt kl. 9–13" or "som udgangspunkt tirsdag
// eftermiddag" only say when.)
const GENERAL_RULE =
  /(?<![\p{L}])(?:som\s+(?:en\s+)?hovedregel|hovedregl\p{L}*|som\s+udgangspunkt(?!\s+(?:kl\.|klokken|om\s+(?:formiddagen|eftermiddagen|morgenen|aftenen)|(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)(?:e|en)?)(?![\p{L}]))|udgangspunktet|(?:borgere|personer|ældre|alle),?\s+(?:der|som)|alle\s+borgere|kvalitetsstandard\p{L}*|serviceniveau\p{L}*|retningslinje\p{L}*|servicedeklaration\p{L}*)(?![\p{L}])/iu;
// Round 69: the rule named in a clause of its own, then this citizen's help from a date in the next ("Aflastningen tilpasses
// derfor serviceniveauet, og han vil fra den 1. juni have aflastning 1 weekend om måneden"): the grant, told in the third
// person, not the rule; the general words must not come back in the quantity's own clause.
const NEXT_CLAUSE = /,\s+(?:og|men|så)\s+/giu;
const DATED_OWN_HELP = /(?<![\p{L}])(?:han|hun|barnet|\p{Lu}\p{Ll}+)\s+(?:vil\s+|skal\s+)?(?:fremover\s+)?fra\s+(?:den\s+)?\d{1,2}\.\s*\p{L}+(?:\s+\d{4})?\s+(?:have|få|har|får|modtage|modtager)(?![\p{L}])/u;
function grantAfterRuleClause(before: string, after: string): boolean {
  let last = -1;
  NEXT_CLAUSE.lastIndex = 0;
  for (let c = NEXT_CLAUSE.exec(before); c; c = NEXT_CLAUSE.exec(before)) last = c.index + c[0].length;
  if (last < 0) return false;
  const own = before.slice(last);
  return DATED_OWN_HELP.test(own) && !GENERAL_RULE.test(own + after);
}
// ("I" and "De" are left out: a sentence-initial "I" is often the preposition. "I" right before
// a verb is the pronoun, though: "I er visiteret til afløsning 4 timer hver tirsdag, som
// udgangspunkt kl. 9–13", "I ses ca. 3 timer om ugen".)
const ADDRESSED =
  /(?<![\p{L}])(?:du|Du|dig|din|Din|dit|Dit|dine|Dine|jer|jeres|Jeres|Dem|Deres|I(?=\s+(?:er|får|har|skal|kan|vil|bliver|modtager|ses|mødes|aftaler|kommer|bevilges)(?![\p{L}])))(?![\p{L}])/u;

// Another professional's own visits or the citizen's appointments with them ("Kommunens diætist
// kommer hver 3. uge", "ser din MS-sygeplejerske 1 gang i kvartalet", "Lægen tilser dig hver
// måned"): not the help granted, unless the help of the result is theirs ("sygepleje"). (Not the
// therapists: they deliver the municipality's training.)
const OTHER_PROVIDER =
  /(?<![\p{L}])(?:diætist\p{L}*|læge|lægen|lægens|tandlæge\p{L}*|speciallæge\p{L}*|psykiater\p{L}*|psykolog\p{L}*|jordemoder\p{L}*|kiropraktor\p{L}*|fodterapeut\p{L}*|frisør\p{L}*|[\p{L}-]*sygeplejerske\p{L}*|hospital\p{L}*|sygehus\p{L}*|ambulatori\p{L}*|regionen|psykiatrien)(?![\p{L}])/iu;

/** The lower-cased result sentence and subject line: the help this letter decides on. */
function resultWords(letter: Letter): string {
  const i = (letter as Partial<AnalysedLetter>).resultSentence;
  const first = letter.seg.blocks.find((b) => b.kind === 'heading');
  return `${i !== undefined && i >= 0 ? letter.slice(letter.sentence(i)) : ''} ${first ? letter.slice(first) : ''}`.toLowerCase();
}

/** A provider named before the quantity in its clause, who does not give the help of the result. */
function otherProvider(letter: Letter, clause: string, clauseStart: number, m: Span): boolean {
  const p = OTHER_PROVIDER.exec(clause);
  if (!p) return false;
  // ("Efter en samtale med din læge bevilger vi …": the grant is said in the clause.)
  if (hasMatchIn(letter, letter.compiled.cues.bevilling, { start: clauseStart, end: m.start })) return false;
  const stem = p[0].toLowerCase().replace(/^.*-/u, '').slice(0, 6);
  return !resultWords(letter).includes(stem.startsWith('sygepl') ? 'sygepleje' : stem);
}

const COMES = /^kommer\s/iu;
const COMES_BEFORE = /(?<![\p{L}])kommer\s+$/iu;
const READER_COMES_BEFORE = /(?<![\p{L}])(?:[dD]u|I|De)\s+kommer\s+$/u;
const ON_CALL_AFTER = /^[^.;]{0,20}?(?<![\p{L}])(?:hvis|såfremt|efter\s+behov|når\s+(?:du|I|De)\s+(?:ringer|kalder|beder))(?![\p{L}])/iu;
const WHO_COMES_OWN =
  /(?:(?<![\p{L}])(?:[dD]u|I|De|[hH]an|[hH]un|[jJ]eg|søn(?:nen)?|datter(?:en)?|mor(?:en)?|far(?:en)?|forældre(?:ne)?|mand(?:en)?|kone(?:n)?|hustru(?:en)?|ægtefælle(?:n)?|samlever(?:en)?|bror(?:en)?|søster(?:en)?|barnebarn(?:et)?|børnebørn(?:ene)?|nabo(?:en)?|naboerne|veninde(?:n)?|ven(?:nen)?|venner|familie(?:n)?|pårørende)|\p{Lu}\p{L}{2,}(?<!en|et|ne))\s+(?:\p{Lu}\p{L}+\s+)?$/u;

// Round 32: "hun"/"han" who comes is the helper the sentence before brought in ("Fra mandag kommer der
// en hjælper fra hjemmeplejen. Hun kommer hver anden fredag formiddag"), not a relative; a relative
// named there keeps the pronoun theirs ("Din datter besøger dig. Hun kommer hver aften").
const PRONOUN_COMES = /(?<![\p{L}])(?:[hH]un|[hH]an)\s+$/u;
const HELPER_BROUGHT_IN =
  /(?<![\p{L}])(?:en|et|vores|den\s+samme)\s+(?:fast\s+|ny\s+)?(?:hjælper|medarbejder|sosu-hjælper|sosu-assistent|assistent|terapeut|bostøttemedarbejder|støtteperson|kontaktperson|pædagog|vejleder|mentor)(?![\p{L}])/iu;

function helperBefore(letter: Letter, si: number, m: Span): boolean {
  if (si < 1 || !PRONOUN_COMES.test(letter.text.slice(Math.max(0, m.start - 8), m.start))) return false;
  const prev = letter.slice(letter.sentence(si - 1));
  return HELPER_BROUGHT_IN.test(prev) && !RELATIVE_HELPS.test(prev) && !/(?<![\p{L}])(?:søn|datter|nabo|veninde|ven|mor|far|barnebarn)(?:en|nen)?(?![\p{L}])/iu.test(prev);
}

// Round 34: a field line that grants ("Bevilget: 900 kr. pr. måned", "Tildelt: 2 timer om ugen") under an
// "Ansøgt:" line the segmenter joined to it (a line ending in ")"): the grant is read on its own line, so
// the application above does not make it the application. ("Ikke bevilget: …" is no grant label.)
// Round 66: the application named in a lead before a colon, the grant after it ("Kort svar på din ansøgning: Du får
// ledsagelse, 15 timer om måneden"): the colon turns to the answer, as "men" or "derfor" do.
const COLON_GRANT_TURN = /^[^.;:]*[:–]\s*(?:du|I|De|han|hun|vi|jeg|\p{Lu}\p{Ll}+)\s+(?:får|modtager|bevilger|bevilges|tildeles|giver)(?!\s+(?:\p{L}+\s+)?(?:ikke|ingen)(?![\p{L}]))(?![\p{L}])/u;
const TICKED_BOX_LINE = /^[ \t]*(?:\[[xX✓✔]\]|☒|☑|✅)[^\n]*$/u;
const GRANT_FIELD_LINE = /^[ \t]*(?:bevilget|bevilling|bevilges|tildelt|visiteret(?:\s+til)?|godkendt)[ \t]*:[^\n:]*$/iu;
// Round 34: in a change, the quantity followed by a relative clause that says the citizen has had it
// ("hjælpen til morgenpleje 3 gange om ugen, som du har fået siden september", "…, som I har haft
// indtil nu"): the help that ends, not a scope that goes on.
const HAD_AFTER = /^\s*,?\s*(?:som|der)\s+(?:du|I|De|han|hun)\s+(?:har\s+(?:\p{L}+\s+)?(?:fået|haft|modtaget|benyttet)|fik|havde|modtog)(?![\p{L}])/iu;

// Round 41: a year after a month or a season is no count ("i efteråret 2025 gentagne gange har været alene
// hjemme om natten", "i marts 2024 tre gange om ugen"): the time told, not a number of visits.
const YEAR_FIRST = /^(?:19|20)\d{2}(?![\d.,])/u;
const WHEN_BEFORE_YEAR =
  /(?<![\p{L}])(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|foråret|sommeren|efteråret|vinteren|året|i|siden|fra|til)\s+$/iu;

// Round 41: the need added up right after the sentence that names it ("Du får brug for hjælp til bad, strømper
// og rengøring. Det blev i alt til omkring 9 timer om ugen."): the need as assessed, no grant; a grant cue in
// the sentence still grants.
const NEED_SUM =
  /^\s*(?:det|dette|behovet|hjælpen|tiden)\s+(?:blev|bliver|giver|gav|svarer|svarede|er|var|kom)\s+(?:\p{L}+\s+){0,2}?(?:i\s+alt|samlet|tilsammen)(?![\p{L}])/iu;
const NEED_WORDS = /(?<![\p{L}])(?:brug|behov)\s+for(?![\p{L}])/iu;
// Round 62: also the citizen's expenses added up after the sentence that counts them ("De udgifter, der kan medregnes, er
// … . Det giver samlet ca. 310 kr. om måneden"): their own costs, not an allowance granted. Not after a sentence that
// covers or grants them ("Vi dækker jeres ekstra udgifter til … . Det bliver i alt 850 kr. om måneden").
const EXPENSE_WORDS = /(?<![\p{L}])(?:udgift\p{L}*|medregn\p{L}*|kvittering\p{L}*)(?![\p{L}])/iu;
function countedExpensesBefore(letter: Letter, si: number): boolean {
  const prev = letter.sentence(si - 1);
  const t = letter.slice(prev);
  return EXPENSE_WORDS.test(t) && !COVERS_LISTED.test(t) && !hasMatchIn(letter, letter.compiled.cues.bevilling, prev);
}

function grantedIn(letter: Letter, m: Span): boolean {
  const si = letter.sentenceAt(m.start);
  if (YEAR_FIRST.test(letter.slice(m)) && WHEN_BEFORE_YEAR.test(letter.text.slice(Math.max(0, m.start - 12), m.start))) return false;
  if (si < 0) return true;
  let s = letter.sentence(si);
  const lineStart = letter.text.lastIndexOf('\n', m.start - 1) + 1;
  if (lineStart > s.start && GRANT_FIELD_LINE.test(letter.text.slice(lineStart, m.start))) {
    const lineEnd = letter.text.indexOf('\n', m.end);
    s = { ...s, start: lineStart, end: lineEnd < 0 || lineEnd > s.end ? s.end : lineEnd };
  }
  // Round 66: a ticked box of a form ("[X] Kørsel: dækkes med 1.200 kr. om måneden") is an item of its own: the next
  // box the segmenter joined to it ("[ ] Beklædning: dækkes ikke.") refuses another item, not this one.
  const ticked = lineStart >= s.start && TICKED_BOX_LINE.test(letter.text.slice(lineStart, m.start));
  if (ticked) {
    const lineEnd = letter.text.indexOf('\n', m.end);
    s = { ...s, start: lineStart, end: lineEnd < 0 || lineEnd > s.end ? s.end : lineEnd };
  }
  const sText = letter.slice(s);
  if (COMPLAINT_SENTENCE.test(sText) || INCIDENT.test(letter.slice(m))) return false;
  // Round 58: a period and a count joined across a new "that" clause ("urolig om natten, og at hun to gange i juli er gået
  // ud"): the period ends the clause before, so the two make no amount.
  if (/,\s+(?:og|men)\s+at\s/iu.test(letter.slice(m))) return false;
  // Round 58: a count in a named month with a verb of what happened between it and the period ("to gange i juli er gået
  // ud om natten", "tre gange i marts har ringet om aftenen"): events told, not help granted.
  if (COUNT_IN_MONTH_EVENT.test(letter.slice(m))) return false;
  if (NEED_SUM.test(sText) && si > 0 && (NEED_WORDS.test(letter.slice(letter.sentence(si - 1))) || countedExpensesBefore(letter, si)) && !hasMatchIn(letter, letter.compiled.cues.bevilling, s)) return false;
  const heading = sectionHeadingOf(letter, si) ?? '';
  if ((FAMILY_CONTACT.test(sText) && !STAFF_VISIT.test(sText) && !namedHelperVisits(letter, sText)) || CONTACT_HEADING.test(heading)) return false;
  // Round 49: help the citizen already gets through the health service ("Hun får fysioterapi to gange om ugen via
  // vederlagsfri fysioterapi", "træner hver uge gennem sygehuset"): another authority's help, not a scope granted.
  if (HEALTH_SERVICE_HELP.test(sText)) return false;
  // (Round 32: nor a relative who has the child to visit, "hun har sagt ja til at have Sofie på besøg hver
  // anden weekend"; a respite family who has the child is the help: "Aflastningsfamilien har Oskar på
  // besøg én weekend om måneden".)
  if (HAS_ON_VISIT.test(sText) && !/aflast/iu.test(sText)) return false;
  // The facts of the case tell the situation the decision rests on ("Oplysninger i sagen:
  // Hjemmeplejen kommer hos dig hver morgen og aften"), not the help granted.
  // (Round 64: also a facts heading under a header of field lines only, "Borger: …", "Sag: …", then "Sagsfremstilling", which
  // the section reader takes for the title block.)
  if ((FACTS_HEADING.test(heading) || (!heading && FACTS_HEADING.test(nearestHeadingOf(letter, si)))) && !hasMatchIn(letter, letter.compiled.cues.bevilling, s)) return false;
  // A relative or the citizen who comes ("Din søn kommer hver aften", "Du kommer hver morgen i
  // caféen", "Bente kommer hver aften"): no visit granted (the pack's "kommer hver aften" phrases). A
// capitalised word in the definite form is the service at the start of a sentence ("Hjemmeplejen").
  // Nor a visit on call ("kommer hver morgen, hvis du ringer"): no set scope.
  // (Round 71: also "kommer" right before a bare "hver anden lørdag" match: "Birgitte kommer hver anden lørdag".)
  // (Not the reader coming to the help, "Du kommer mandag til fredag kl. 9-14" in a day centre: that is the scope.)
  const comesBefore = READER_COMES_BEFORE.test(letter.text.slice(Math.max(s.start, m.start - 14), m.start))
    ? null
    : COMES_BEFORE.exec(letter.text.slice(Math.max(s.start, m.start - 10), m.start));
  const comesAt = comesBefore ? m.start - (comesBefore.input.length - comesBefore.index) : m.start;
  if ((COMES.test(letter.slice(m)) || comesBefore) && ((WHO_COMES_OWN.test(letter.text.slice(Math.max(s.start, comesAt - 60), comesAt)) && !helperBefore(letter, si, { start: comesAt, end: m.end })) || ON_CALL_AFTER.test(letter.text.slice(m.end, s.end)))) return false;
  const after = letter.text.slice(m.end, s.end);
  // (Round 32: the end word only in the quantity's own clause: "I får 10 timer om ugen og ikke 20, og at
  // bevillingen stopper ved udgangen af april" names the grant's end, not help that stops.)
  if (PLACEMENT.test(sText.replace(WHILE_PLACED, ' ')) || ENDS_AFTER.test(ownClause(after)) || (after.includes('siden') && SINCE_AFTER.test(after))) return false;
  if (NO_LONGER_AFTER.test(after)) return false;
  if (OLD_IN_PARENS_BEFORE.test(letter.text.slice(Math.max(s.start, m.start - 30), m.start))) return false;
  // Round 43: a count told in the perfect with the participle after it ("Du har to gange i år ligget på gulvet", "hun har
  // tre gange om natten ringet efter hjælp"): what has happened, not a scope granted.
  if (PERFECT_AUX_BEFORE.test(letter.text.slice(Math.max(s.start, m.start - 16), m.start)) && EVENT_PARTICIPLE_AFTER.test(after)) return false;
  // Round 47: a quantity inside a trial told in the perfect, in its own clause ("Du har i efteråret prøvet at bo i en
  // træningslejlighed med støtte i 15 timer om ugen, og det lykkedes ikke"): help tried before, not a scope granted.
  if (TRIED_BEFORE.test(lastClause(letter.text.slice(s.start, m.start)))) return false;
  if ((letter as Partial<AnalysedLetter>).decisionType === 'aendring' && HAD_AFTER.test(after) && !CONTINUES_AFTER.test(after)) return false;
  // In a change, help judged by how it has worked, the verb right after the quantity ("Aflastningen
  // hver anden weekend har ikke kunnet ændre på dette", "Bostøtten 3 timer om ugen har hjulpet"):
  // the help so far, not the scope that goes on.
  if ((letter as Partial<AnalysedLetter>).decisionType === 'aendring' && HAS_BEEN_AFTER.test(after)) return false;
  // "fra 3 til 2 timer": the new, lower scope is granted even though the old one is named.
  const rawBefore = letter.text.slice(s.start, m.start);
  let before = rawBefore.includes('dgift') ? rawBefore.replace(COVERED_EXPENSE, (w) => ' '.repeat(w.length)) : rawBefore;
  if (before.includes('pension')) before = before.replace(PAID_WITH_INCOME, (w) => ' '.repeat(w.length));
  // Administration only in the clause of the quantity ("Tilskuddet udbetales en gang om
  // måneden"); a follow-up meeting named earlier as the occasion ("Under henvisning til
  // opfølgningsmødet …, at det er besluttet at ændre Deres tilbud fra 4 til 2 dage ugentligt")
  // does not make the new scope administration.
  // An amount that is paid out is the granted allowance ("Du får udbetalt 780 kr. om måneden"):
  // only the frequency of the payment is administration, unless another authority pays.
  let adminClause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  if (MONEY.test(letter.slice(m)) && !OTHER_PAYER.test(sText)) adminClause = adminClause.replace(PAID_OUT, ' ');
  // (A quantity right after a comma belongs to the clause before it: "kontakt Hjælpemiddelcentret på tlf.
  // 48 17 22 00, mandag–fredag kl. 8-12".)
  // (Round 41: a clause that goes on from the one before, "Første opfølgning bliver i januar 2026, og derefter
  // mindst hver 6. måned", is read with it.)
  if (ADMIN.test(adminClause.trim() && !GOES_ON.test(adminClause) ? adminClause : before)) return false;
  // Round 60: a sentence with no verb of its own that carries on the follow-up told just before ("Første opfølgning 3 mdr.
  // efter start. Derefter hver 6. md."): the follow-up's rhythm, not a scope granted ("Derefter får du 2 timer" has a verb).
  if (si > 0 && VERBLESS_GOES_ON.test(before) && ADMIN.test(letter.slice(letter.sentence(si - 1)))) return false;
  // An open offer's hours ("Familiehuset har åben, anonym rådgivning hver torsdag kl. 14-17").
  // (Round 32: and a volunteer's, "en frivillig går med Dem i butikken en gang om ugen", "en besøgsven
  // fra Ældre Sagen kommer hver torsdag": help outside the grant.)
  if (OPEN_OFFER.test(before) || VOLUNTEER.test(before)) return false;
  // Round 63: an activity held at a place, told without the citizen in it and joined by signing up or paid for, said in
  // the sentence or the next ("I Aktivitetscentret er der fællesspisning hver tirsdag. Et måltid koster 55 kr., og du skal
  // bare melde dig til"): an offer open to all, not help granted. (A grant names the citizen or grants: "Du får …".)
  if (!ADDRESSED.test(sText) && !hasMatchIn(letter, letter.compiled.cues.bevilling, s) && JOIN_OR_PAY.test(`${sText} ${si + 1 < letter.seg.sentences.length ? letter.slice(letter.sentence(si + 1)) : ''}`)) return false;
  // Round 58: the old amount changed to help "efter behov" ("Din støtte ændres fra 5 timer om ugen til støtte efter
  // behov"): no amount per period goes on (README: "efter behov").
  if (/(?<![\p{L}])fra\s+$/iu.test(before.slice(-6)) && TO_AS_NEEDED_AFTER.test(after)) return false;
  // Round 44: the caseworker's own visits at a rhythm of months ("Jeg besøger Nora hos plejefamilien … mindst hver tredje
  // måned"): the supervision that follows up the help (opfoelgning), not a scope granted.
  if (MONTHS_RHYTHM.test(letter.slice(m)) && CASEWORKER_VISITS.test(before)) return false;
  if (MONEY.test(letter.slice(m)) && (expenseListItem(letter, s, heading) || expenseTableLabel(letter, m))) return false;
  if (!/[.!?]\s*$/u.test(sText) && keptUnderLead(letter, si)) return !refusedIn(letter, s, m);
  if (GENERAL_RULE.test(sText) && !ADDRESSED.test(sText) && !grantAfterRuleClause(before, letter.text.slice(m.end, s.end))) return false;
  // The law or the standard stated or quoted ("Kommunalbestyrelsen skal tilbyde 15 timers
  // ledsagelse om måneden til personer under folkepensionsalderen", in quotation marks; "Det
  // følger af § 97, at der kan gives 15 timer om måneden"): the rule, not this grant, unless it
  // turns to the citizen.
  if (!ADDRESSED.test(sText) && isLawSentence(letter, s)) return false;
  const clauseAt = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  if (otherProvider(letter, before.slice(clauseAt), s.start + clauseAt, m)) return false;
  const changing = (letter as Partial<AnalysedLetter>).decisionType === 'aendring';
  // A letter that only ends help ("Forløbet ophører pr. 8.12." and nothing granted anywhere):
  // the quantity it names is the help that stops ("Indsats under forløbet: træning 3 x
  // ugentligt"), unless it is said to go on ("Bad 2 gange om ugen fortsætter uændret").
  // (Round 25: nor the scope on a field line of its own, "Omfang: 20 minutter hver aften", with the
  // old one on its own line, "Tidligere ordning: … (ophører …)": the label names the scope in force.)
  if (changing && endsOnly(letter) && !CONTINUES.test(sText) && !CONTINUES_AFTER.test(after) && !TURN.test(sText) && !SCOPE_FIELD.test(letter.text.slice(letter.text.lastIndexOf('\n', m.start - 1) + 1, m.start))) return false;
  // (Round 29: in a change, a quantity that "fortsætter" only up to an end is the run-out of help that
  // stops, not help that goes on: "Dine 3 timer om ugen fortsætter altså frem til og med din sidste uge
  // her"; unless a new scope follows, "…, hvorefter du får 2 timer".)
  if (changing && RUN_OUT_AFTER.test(after)) return false;
  // In a grant of sheltered work (§ 103), "Du skal arbejde 4 dage om ugen" is the scope granted, not
  // the citizen's own job; so is working "there", at the place just granted ("Han arbejder der
  // mandag til fredag, i alt 25 timer om ugen").
  if (OWN_PROGRAM.test(before)) return false;
  const shelteredWork = SHALL_WORK.test(before) && SHELTERED_WORK.test(letter.text);
  // Round 43: the citizen who goes on in the place they have, at the same quantity, said so after it ("De fortsætter i
  // Deres nuværende tilbud tre dage om ugen som hidtil", also in a refusal of more): the scope that continues (README:
  // "eller efter ændringen fortsatte"), though "nuværende" names what they have now.
  const goesOnAsIs = GOES_ON_IN.test(before) && AS_BEFORE_AFTER.test(after);
  if (goesOnAsIs && !refusedIn(letter, s, m)) return true;
  // Round 44: the same with the scope after the words that say it goes on ("Din nuværende hjælp fortsætter som hidtil:
  // bad to gange om ugen", "din hjælp til bad fortsætter uændret, 1 gang om ugen"), also beside a refused increase.
  const goesOnThen = CONTINUES_THEN.exec(before);
  // (Not the child's contact with the family, "Samværet fortsætter som nu, hver anden weekend": the words before, in
  // their own clause, must name no such thing; "nuværende" there is the help that goes on.)
  if (goesOnThen && !NOT_GRANTED_ALL.test(before.slice(goesOnThen.index + goesOnThen[0].length)) && !NOT_GRANTED_ALL.test(lastClause(before.slice(0, goesOnThen.index)).replace(CURRENT_WORD, ' ')) && !refusedIn(letter, s, m)) return true;
  // Round 53: the help the citizen keeps, a verb of keeping right before it ("Du beholder din nuværende aflastning på 2
  // weekender om måneden", "du fortsætter med de 2 dage", beside a refused increase): the scope that goes on;
  // "nuværende" there is that help.
  // Round 69: the help itself said to go on with the amount right after "med" ("den socialpædagogiske støtte efter § 85
  // fortsætter med 6 timer om ugen", "Rengøringen fortsætter uændret med hver 14. dag"), also beside a refusal of other help:
  // the scope that goes on.
  const helpGoesOn = HELP_GOES_ON_WITH.exec(before);
  if (helpGoesOn && !NOT_GRANTED_ALL.test(helpGoesOn[0].replace(CURRENT_WORD, ' ')) && !refusedIn(letter, { ...s, start: s.start + helpGoesOn.index }, m)) return true;
  const keeps = KEEPS_BEFORE.exec(before);
  if (keeps && !NOT_GRANTED_ALL.test(before.slice(keeps.index + keeps[0].length).replace(CURRENT_WORD, ' ')) && !refusedIn(letter, s, m)) return true;
  // Round 67: the same help kept, its amount told in a relative clause after it ("Du fortsætter med din nuværende
  // hjemmepleje efter § 10, som er 2 besøg dagligt", "beholder din rengøring, der består af …", beside a refused care
  // home): the scope that goes on (README: help kept unchanged beside a refusal).
  const keptDescribed = KEEPS_DESCRIBED_BEFORE.exec(before);
  if (keptDescribed && !NOT_GRANTED_ALL.test(before.slice(keptDescribed.index + keptDescribed[0].length).replace(CURRENT_WORD, ' ')) && !refusedIn(letter, s, m)) return true;
  // Round 54: the same keeping of a counted amount after a refusal said first in the sentence ("svaret er nej – du
  // fortsætter med de 3 dage, du har i dag: mandag, onsdag og fredag"): the days named after it are the scope that goes
  // on; a refusal after the keeping ("…, men ikke flere") still refuses.
  const asNow = GOES_ON_AS_NOW_BEFORE.exec(before);
  if (asNow && !refusedIn(letter, { ...s, start: s.start + asNow.index }, m)) return true;
  const keptCount = KEEPS_COUNT_BEFORE.exec(before);
  if (keptCount && !refusedIn(letter, { ...s, start: s.start + keptCount.index }, m)) return true;
  if (si > 0 && KEPT_DESCRIBED.test(before) && keptSentence(letter.slice(letter.sentence(si - 1))) && !refusedIn(letter, s, m)) return true;
  // Round 66: the help the citizen has now, said in the next sentence to go on ("I får i dag 1.150 kr. om måneden. Det beløb
  // fortsætter også fremover", beside a refused increase): the scope after the decision (README: help kept unchanged).
  if (si + 1 < letter.seg.sentences.length && CURRENT_HELP_WORDS.test(before)) {
    const next = letter.slice(letter.sentence(si + 1)).split(/[,;:]/u)[0]!;
    if (CONTINUES_NEXT.test(next) && !NOT_OR_REFUSED.test(next) && !NOT_GRANTED_ALL.test(before.replace(CURRENT_HELP_WORDS_G, ' ')) && !refusedIn(letter, s, m)) return true;
  }
  // Round 65: in a change that says the help itself stays the same and only its time or the like moves ("Hjælpen, du får, er
  // den samme som før – det er kun tidspunktet, der ændres"), the help the citizen has now ("Du har et forløb, hvor
  // hjemmeplejen kommer hver morgen") is the scope that goes on (README: "efter ændringen fortsatte").
  if (changing && CURRENT_HELP_WORDS.test(before) && onlyArrangementChanges(letter)) {
    const rest = before.replace(CURRENT_HELP_WORDS_G, ' ');
    if (!NOT_GRANTED_ALL.test(rest) && !HAD.test(rest) && !refusedIn(letter, s, m)) return true;
  }
  // Round 71: the pay of a citizen the municipality employs to care for a relative ("Du bliver ansat af kommunen til at passe
  // din søn …. Du får en løn på 22.480 kr. om måneden"): the pay is the help granted, not the citizen's own wage.
  const careJob = CARE_JOB_BEFORE.exec(lastClause(before));
  if (careJob && CARE_EMPLOYMENT.test(letter.text) && !NOT_GRANTED_ALL.test(lastClause(before).replace(CARE_JOB_BEFORE, ' ')) && !refusedIn(letter, s, m)) return true;
  if (PAY_BEFORE.test(before) && CARE_EMPLOYMENT.test(letter.text) && !NOT_GRANTED_ALL.test(before.replace(PAY_BEFORE, ' ')) && !refusedIn(letter, s, m)) return true;
  if (!shelteredWork && (NOT_GRANTED_ALL.test(before) || (changing && HAD.test(before)))) {
    if (grantsAsApplied(before, changing)) return !hasMatchIn(letter, letter.compiled.cues.afslag, s);
    // The help the citizen has, said to go on unchanged beside the change ("Den øvrige hjælp, De
    // modtager, nemlig personlig pleje morgen og aften hver dag, fortsætter uændret"): the scope
    // that continues.
    if (changing && CONTINUES_AFTER.test(after) && !NOT_GRANTED_ALL.test(before)) return !hasMatchIn(letter, letter.compiled.cues.afslag, s);
    // Round 69: the same with the help named as what the citizen has now, the amount in an aside before the verb ("Den
    // hjælp, De får i dag – tre besøg om dagen – fortsætter som hidtil", "Deres nuværende hjælp – rengøring hver 14. dag –
    // fortsætter uændret"), also beside a refused care home: the scope that goes on (README: help kept unchanged).
    if (CONTINUES_SAME_CLAUSE.test(after) && !RUN_OUT_AFTER.test(after) && HELP_HAD_NOW_BEFORE.test(before) && !NOT_GRANTED_ALL.test(before.replace(CURRENT_HELP_WORDS_G, ' ')) && !(changing && HAD.test(before))) return !refusedIn(letter, s, m);
    // "Du har hidtil fået 2 timer, men fremover får du 1 time om ugen": the part after the
    // turn is the new scope.
    const lastOld = before.split(changing ? OLD_OR_HAD : NOT_GRANTED_ALL).pop() ?? '';
    // ("til" only right before the new scope: "udgifter til medicin på 300 kr." is no turn.)
    // ("som nu" is no turn: "Indtil da kommer hjemmeplejen som nu, dvs. fire besøg om ugen".)
    // (A bare "nu" right after the citizen's own verb belongs to it: "Du arbejder nu 30 timer om ugen".)
    if (/^\s*nu\s*$/iu.test(lastOld)) return false;
    // (Round 36: nor a bare "ned til"/"op til" right after the citizen's own verb: "hvis du går ned til 30
    // timer om ugen", "hvis hun skal op til 4 dage i skolen" — the quantity is still theirs, not a new scope.)
    if (/^\s*(?:ned|op)\s+til\s*$/iu.test(lastOld)) return false;
    // (Round 21: nor an "i stedet" inside what was told or asked: "fortalte du, at du i stedet kommer i
    // Væksthuset tre formiddage om ugen", "Du har søgt om, at du i stedet får to aftener om ugen".)
    if (/^\s*(?:(?:du|I|De|han|hun|vi)\s*)?(?:om\s*)?,?\s*at\s+(?:du|I|De|han|hun)\s+i\s+stedet(?![\p{L}])/iu.test(lastOld)) return false;
    // ("herefter" right after the verb is a turn as well: "De modtager herefter hjælp til bad 1 gang
    // ugentligt" in a letter that changes the help.)
    // (A verb of granting after the application is the turn too: "Under henvisning til Deres
    // ansøgning …, at De fra mandag tildeles et besøg hver aften"; not "at der bevilges", the wish.)
    // (And a turn word right before the verb of getting: "således at De fremover modtager rengøring
    // hver 2. uge".)
    // (Round 21: and the application answered with a yes before the grant: "I har søgt om aflastning,
    // og det får I. Oscar får …", "Du har søgt om en ledsager, og det kan du få" — where a sentence
    // ends on "I." the segmenter may keep both in one sentence; "og det får du ikke" stays a refusal.)
    // (Round 41: also with the answer as a cleft, "Du har søgt om beskyttet beskæftigelse 3 dage om ugen, og det
    // er det, du får – …, altså 5 timer om dagen".)
    // (Round 54: not "til" after a verb of fixing an amount, "Egenbetalingen er fastsat til 3.850 kr. om måneden": the
    // citizen's own payment set, no turn to a new scope.)
    // (Round 63: and the answer said as what it becomes, "I søgte om to weekender om måneden; det bliver én weekend om
    // måneden"; "det bliver ikke" stays a refusal.)
    // (Round 65: nor "til" after what the old help has amounted to, "Tilskuddet har hidtil svaret til 40 timers hjælp om
    // ugen": the old amount said again, no turn.)
    if (!/(?<![\p{L}])(?:(?<!(?<![\p{L}])(?:fastsat|fastlagt|opgjort|svaret|svarede)\s)til\s*$|fremover|men|det\s+bliver(?!\s+(?:ikke|ingen))|i\s+stedet|(?<!som\s)nu|derfor|^\s*herefter|(?<!at\s+der\s)(?:tildeles|bevilges)|det\s+(?:får|kan)\s+(?:du|I|De|han|hun)(?:\s+få)?(?!\s+ikke)|det\s+(?:bevilger|imødekommer)\s+vi(?!\s+ikke)|det\s+er\s+(?:også\s+)?det\s*,?\s+(?:du|I|De|han|hun)\s+(?:får|kan\s+få)(?!\s+ikke))(?![\p{L}])/iu.test(lastOld) && !CHANGED_TO_HELP.test(lastOld) && !COLON_GRANT_TURN.test(lastOld) && !turnBeforeVerb(before, changing)) return false;
  }
  // A refusal in the same sentence ("Du får ikke 3 timer om ugen") grants no scope. The
  // letter's type is not used: a partial grant misread as a refusal would lose its scope.
  // (Round 32: not a "not" in a relative clause after the quantity that says what the money is for,
  // "650 kr. om måneden til bleer, som ikke dækkes af anden lovgivning": the rule's condition.)
  if (refusedIn(letter, s, m)) return false;
  // In a letter read as a refusal, only a sentence that grants something states a granted
  // scope (a partial grant misread as a refusal keeps "Vi bevilger 1 weekend om måneden").
  // (Round 32: nor help extended beside the refusal, "Samtidig har vi forlænget din bostøtte …, 2 timer om
  // ugen", "Støtten forlænges til 30. juni med 3 timer om ugen": the extension grants the scope.)
  // (Round 66: nor an item ticked in the form's result, "[X] Kørsel: dækkes med 1.200 kr. om måneden": the box grants it.)
  if ((letter as Partial<AnalysedLetter>).decisionType === 'afslag' && !ticked && !grantCueOutsideWish(letter, s) && !KEPT_UNCHANGED_AFTER.test(after) && !grantNamedAround(letter, si, s, m, before) && !CONTINUES.test(before) && !EXTENDED.test(before) && !grantedListItem(letter, s) && !(CONTINUES_HEADING.test(heading) && !/(?<![\p{L}])ikke(?![\p{L}])/iu.test(heading)) && !(si > 0 && goesOnSaidBefore(letter.slice(letter.sentence(si - 1))))) return false;
  // In a refusal, help offered on the citizen's yes ("Vi kan i stedet tilbyde dig en kontaktperson, som
  // du kan ses med en gang om ugen, hvis du ønsker det"): an offer to take up, not a scope granted.
  if ((letter as Partial<AnalysedLetter>).decisionType === 'afslag' && OFFER_IF_WANTED.test(sText)) return false;
  return true;
}

// Round 73b: a verb of granting inside what the citizen asked for ("De ønsker derfor, at kommunen dækker ridetimer til 650 kr.
// om måneden", "Du har søgt om, at vi betaler …"): the wish, not a grant, so it does not lift a refusal's scope check.
const WISH_THAT_BEFORE =
  /(?<![\p{L}])(?:ønsker|ønskede|(?:an)?søg(?:t|te|er)\s+om|bedt\s+om|bad\s+om|anmodet\s+om|anmoder\s+om|spurgt\s+om|spurgte\s+om)(?:\s+(?:derfor|også|nu|gerne))?(?:\s*,\s*|\s+om\s*,?\s*|\s+)at\s+(?:(?:kommunen|vi|I|De|du|han|hun|der|\p{Lu}\p{Ll}+|\p{Ll}+(?:en|et|ne))\s(?:[^.;:!?]|\.(?=\s*[\d\p{Ll}]))*)?$/u;
function grantCueOutsideWish(letter: Letter, s: Span): boolean {
  for (const c of matchesIn(letter, letter.compiled.cues.bevilling, s)) {
    if (!WISH_THAT_BEFORE.test(letter.text.slice(Math.max(s.start, c.start - 160), c.start))) return true;
  }
  return false;
}

// Round 71: in a letter read as a refusal, a scope still granted where the grant is said around it rather than in its
// sentence: the benefit's amount stated ("Merudgiftsydelsen udgør 410 kr. om måneden", "Tilskuddet er på 600 kr. pr.
// måned"), the help granted in the sentence before and its scope told next with the help as subject ("Jeres familie får
// familiebehandling. Behandlingen foregår i jeres hjem 1 gang om ugen"), or a field line under a ticked grant box ("[X]
// Bevilget" then "Antal: 7 hovedretter om ugen"). A partial grant misread as a refusal keeps its scope.
const BENEFIT_AMOUNTS =
  /(?<![\p{L}])\p{L}*(?:ydelse|tilskud|bevilling)(?:n|en|et|det)?\s+(?:udgør|er\s+på|bliver\s+på|fastsættes\s+til|er\s+fastsat\s+til)\s+$/iu;
const HELP_SUBJECT_NEXT =
  /^\s*(?:[-•*–·]\s*)?(?:den|det|\p{L}{4,}(?:en|et))\s+(?:foregår|gives|ydes|leveres|finder\s+sted|sker|kommer)(?![\p{L}])/iu;
const TICKED_GRANT_BOX = /^[ \t]*(?:\[[xX✓✔]\]|☒|☑|✅)[ \t]*(?:bevilget|bevilling|bevilges|godkendt|imødekommet)[ \t]*$/imu;
const FIELD_LINE = /^[ \t]*[\p{L} ]{2,30}:[ \t]+/u;
function grantNamedAround(letter: Letter, si: number, s: Span, m: Span, before: string): boolean {
  if (BENEFIT_AMOUNTS.test(lastClause(before))) return true;
  if (si > 0 && HELP_SUBJECT_NEXT.test(letter.slice(s))) {
    const prev = letter.sentence(si - 1);
    if (letter.seg.sentences[si - 1]!.block === letter.seg.sentences[si]!.block && hasMatchIn(letter, letter.compiled.cues.bevilling, prev) && !hasMatchIn(letter, letter.compiled.cues.afslag, prev)) return true;
  }
  const lineStart = letter.text.lastIndexOf('\n', m.start - 1) + 1;
  if (FIELD_LINE.test(letter.text.slice(lineStart, m.start))) {
    const box = TICKED_GRANT_BOX.exec(letter.text);
    if (box && box.index < lineStart) return true;
  }
  return false;
}

// Round 65: the words that name the help the citizen has now, and a change that keeps that help and moves only its time,
// day, place or helper.
const CURRENT_HELP_WORDS = /(?<![\p{L}])(?:har\s+(?:en|et|fast)|nuværende|i\s+dag)(?![\p{L}])/iu;
const CURRENT_HELP_WORDS_G = new RegExp(CURRENT_HELP_WORDS.source, 'giu');
// Round 69: the help named as had now ("Den hjælp, De får i dag –", "Deres nuværende hjælp –") right before the amount, and the
// verb that keeps it on in the amount's own clause (not across ", og": "…, som han ser hver weekend, og samværet fortsætter").
// The nouns the help kept is named by (also inside compounds: "hjemmehjælpen", "bostøtten").
// (Round 73: also a cash benefit, "Din nuværende ydelse på 1.000 kr. om måneden … fortsætter uændret".)
const KEPT_HELP_NOUNS = 'hjælp|støtte|pleje|aflastning|rengøring|ordning|indsats|ydelse';
const HELP_HAD_NOW_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:nuværende\s+\p{L}*(?:${KEPT_HELP_NOUNS})\p{L}*|\p{L}*(?:${KEPT_HELP_NOUNS})(?:en|et|n)?\s*,\s*(?:som\s+|der\s+)?(?:du|De|I|han|hun)\s+(?:får|modtager|har)\s+(?:[\p{L}]+\s+){0,3}?i\s+dag)(?![\p{L}])[^.;:]{0,60}$`,
  'iu',
);
// Round 73: the help said in its own clause to stay as it is ("Din øvrige hjælp – bad 1 gang om ugen – er uændret"), beside a
// refusal: the help the citizen has after the decision.
const KEPT_UNCHANGED_AFTER =
  /^(?:(?!,\s+(?:og|men)\s)[^.;:]){0,60}?(?<![\p{L}])(?:(?:er|forbliver)\s+uændret|fortsætter\s+(?:uændret|som\s+hidtil|som\s+nu|som\s+før|som\s+i\s+dag))(?![\p{L}])/iu;
// Round 73: the old amount in a parenthesis after the new one ("rengøring hver uge (før hver 14. dag)").
const OLD_IN_PARENS_BEFORE = /\(\s*(?:før|tidligere|hidtil)\s+[^()\n]{0,20}$/iu;
const CONTINUES_SAME_CLAUSE =
  /^(?:(?!,\s+(?:og|men)\s)[^.;:]){0,60}?(?<![\p{L}])(?:fortsætter|(?:er|forbliver)\s+uændret|bevares|bibeholdes)(?![\p{L}])/iu;
// (Global, so the letter's own memoised whole-text matches answer it once per letter.)
const SAME_HELP =
  /(?<![\p{L}])(?:(?:hjælpen|støtten|indsatsen|plejen|omfanget)(?:\s*,\s*(?:du|I|De)\s+(?:får|modtager|har)\s*,)?\s+(?:er|bliver|forbliver)\s+(?:\p{L}+\s+)?(?:den\s+samme|uændret)|kun\s+(?:tidspunktet|tidspunkterne|klokkeslættet|ugedagen|dagen|medarbejderen|stedet|adressen)\s*,?\s+(?:der|som)\s+(?:ændres|flyttes|skifter))(?![\p{L}])/giu;
function onlyArrangementChanges(letter: Letter): boolean {
  return letter.matches(SAME_HELP).length > 0;
}

// Round 58: the old help lowered or changed "til" the help named again, right before the new quantity ("den hidtil
// bevilgede hjælp til rengøring hver uge nedsættes til rengøring hver 14. dag", "nedsættes fra ugentlig rengøring til
// rengøring hver 14. dag"): the turn to the new scope, with the help's name between "til" and the quantity.
const CHANGED_TO_HELP =
  /(?<![\p{L}])(?:nedsættes|nedsætter\s+vi|reduceres|reducerer\s+vi|ændres|ændrer\s+vi|sættes\s+ned|forhøjes|øges|udvides)\s+(?:[^.;:]{0,60}?\s)?til\s+(?:[\p{L}-]+\s+){1,2}$/iu;
const COUNT_IN_MONTH_EVENT =
  /\si\s+(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\s+(?:(?:\p{L}+\s+)?(?:er|har|var|havde|blev)\s+\p{L}+|\p{L}+ede)(?![\p{L}])/iu;
const TO_AS_NEEDED_AFTER = /^\s*til\s+(?:[\p{L}-]+\s+){0,3}?(?:efter|ved)\s+behov(?![\p{L}])/iu;
// Round 71: "ikke alene/kun/blot … men også" grants more, not less ("Ida får ikke alene aflastning en weekend om måneden, men
// også en uge i sommerferien"): the "ikke" of the refusal cue is the first half of "not only … but also".
const NOT_ONLY_AFTER = /^\s*(?:alene|kun|blot|bare)(?![\p{L}])/iu;
const BUT_ALSO = /(?<![\p{L}])men\s+(?:\p{L}+\s+)?(?:også|ligeledes|tillige)(?![\p{L}])/iu;
// A relative clause right before a refusal word ("…, som ikke dækkes af …", "der ikke dækkes").
const RELATIVE_BEFORE = /(?<![\p{L}])(?:som|der)\s+(?:\p{L}+\s+)?$/iu;

/** A refusal cue in the sentence, other than one in a relative clause after the quantity. */
function refusedIn(letter: Letter, s: Span, m: Span): boolean {
  for (const r of letter.matches(letter.compiled.cues.afslag)) {
    if (r.start < s.start || r.end > s.end) continue;
    if (r.start >= m.end && RELATIVE_BEFORE.test(letter.text.slice(Math.max(m.end, r.start - 30), r.start))) continue;
    if (NOT_ONLY_AFTER.test(letter.text.slice(r.end, r.end + 10)) && BUT_ALSO.test(letter.slice(s))) continue;
    return true;
  }
  return false;
}

const HAS_ON_VISIT = /(?<![\p{L}])(?:have|har|haft|havde)\s+(?:\p{L}+\s+){0,2}?på\s+besøg(?![\p{L}])/iu;
const MONTHS_RHYTHM = /^(?:hver\s+(?:anden|2\.|tredje|3\.|fjerde|4\.|sjette|6\.)\s+måned|hvert\s+(?:halve\s+)?år|hvert\s+kvartal)$/iu;
const CASEWORKER_VISITS = /(?<![\p{L}])(?:jeg|vi|sagsbehandleren|rådgiveren|socialrådgiveren)\s+besøger(?![\p{L}])/iu;
const JOIN_OR_PAY = /(?<![\p{L}])(?:melde\s+(?:dig|jer|Dem|sig)\s+(?:til|på)|tilmeld\p{L}*|koster|kræver\s+(?:ikke|ingen)\s+visitation|uden\s+visitation)(?![\p{L}])/iu;
const VOLUNTEER = /(?<![\p{L}])(?:frivillig\p{L}*|besøgsven\p{L}*|besøgstjeneste\p{L}*)(?![\p{L}])/iu;
const NEXT_THAT_CLAUSE = /,\s+(?:og|men)\s+at\s/u;
// Round 41: a clause of its own with its subject and a date, saying when the arrangement ends ("Fra 1. december
// bliver det til 2 timer om ugen, og ordningen slutter den 1. juni 2024"): how long the new scope lasts, not
// help that stops. (Right after the quantity, "… 3 timer om ugen ophører den 1. maj", it still stops.)
const DATED_END_CLAUSE =
  /,\s+(?:og|men)\s+(?:\p{L}+\s+){1,2}?(?:slutter|ophører|udløber|stopper)\s+(?:først\s+)?(?:den\s+|pr\.\s*|med\s+udgangen\s+af\s+)?\d/iu;
/** The quantity's own clause in what follows it: up to a new "og at" clause or a dated end of its own. */
function ownClause(after: string): string {
  const own = after.split(NEXT_THAT_CLAUSE)[0]!;
  const dated = DATED_END_CLAUSE.exec(own);
  return dated ? own.slice(0, dated.index) : own;
}
const EXTENDED = /(?<![\p{L}])(?:vi\s+|kommunen\s+)?(?:har\s+(?:vi\s+)?forlænget|forlænger\s+vi|vi\s+forlænger|forlænges|er\s+forlænget|bliver\s+forlænget)(?!\s+ikke)(?![\p{L}])/iu;

const OFFER_IF_WANTED = /(?<![\p{L}])tilbyde\p{L}*(?![\p{L}])[^.;]*?(?<![\p{L}])hvis\s+(?:du|I|De|han|hun)\s+(?:ønsker|vil|har\s+lyst|siger\s+ja)(?![\p{L}])/u;

// Help that goes on only up to its end (round 29).
const RUN_OUT_AFTER =
  /^[^.;:]{0,60}?(?<![\p{L}])fortsætter\s+(?:(?:altså|dog|blot|kun|derfor)\s+)?(?:frem\s+til|indtil|til\s+og\s+med)(?![\p{L}])(?![^.;]*(?<![\p{L}])(?:hvorefter|derefter|herefter|fremover|i\s+stedet)(?![\p{L}]))/iu;

// Help said to go on as it is, in the clause after the quantity ("…, fortsætter uændret", "…
// fortsætter som hidtil", "… er uændret", "… bevares").
const GOES_ON_IN = /(?<![\p{L}])fortsætter\s+(?:(?:du|I|De|han|hun)\s+)?(?:i|på)\s+(?:\p{L}+\s+){0,4}?$/iu;
// (Round 55: also with the amount after "med", "Din nuværende ordning fortsætter uændret med 60 timer om ugen", beside
// a refused increase: the scope that goes on.)
const CONTINUES_THEN =
  /(?<![\p{L}])(?:fortsætter|forbliver|bevares|bibeholdes)\s+(?:uændret|som\s+hidtil|som\s+nu|som\s+i\s+dag|som\s+før)(?:\s*[:,–-]|\s+med(?=\s))(?=(?:[^.;:]|(?<=(?<![\p{L}])ca)\.)*$)/iu;
const CURRENT_WORD = /(?<![\p{L}])(?:nuværende|hidtidig\p{L}*)(?![\p{L}])/giu;
function lastClause(text: string): string {
  return text.slice(Math.max(text.lastIndexOf(','), text.lastIndexOf(';'), text.lastIndexOf(':')) + 1);
}
// Round 67: a verb of keeping and the help, then a relative clause that says what it is ("…, som er", "…, der består af").
// (Round 73b: also the help named as what the citizen has now, its items after a colon: "De fortsætter med den helhedspleje
// efter § 10, som De har i dag: hjælp til bad 1 gang om ugen …", beside a refused increase.)
const KEEPS_DESCRIBED_BEFORE =
  /(?<![\p{L}])(?:beholder|bevarer|fortsætter\s+med|(?:får|modtager|har)\s+fortsat)\s+(?:din|dit|dine|jeres|Deres|sin|sit|sine|hans|hendes|de|den|det)\s+[^.;:,]{0,80},\s*(?:som|der)\s+(?:er|består\s+af|omfatter|indeholder|(?:du|De|I|han|hun)\s+(?:har|får)(?:\s+(?:i\s+dag|nu))?\s*:)(?=\s[^.;:]{0,80}$)/iu;
const HELP_GOES_ON_WITH =
  new RegExp(String.raw`(?<![\p{L}])\p{L}*(?:${KEPT_HELP_NOUNS}|træning|bostøtte)(?:en|et|n)?(?![\p{L}])[^.;:]{0,60}?\s(?:fortsætter|forbliver)\s+(?:(?:uændret|fortsat|stadig|som\s+hidtil|som\s+nu)\s+)?med\s*$`, 'iu');
// (Round 69: also the office that keeps the help as it is against an ask for more, "Kommunen fastholder den nuværende
// merudgiftsydelse på 640 kr. om måneden. Der sker ingen forhøjelse": the amount that goes on.)
const KEEPS_BEFORE = /(?<![\p{L}])(?:beholder|bevarer|fortsætter\s+med|fastholder)\s+(?:din|dit|dine|jeres|Deres|sin|sit|sine|hans|hendes|(?<=(?:med|fastholder)\s)(?:de|den|det))(?=\s[^.;:,]{0,60}$)/iu;
// The verbs that keep help the citizen has ("får fortsat", "fortsætter med", "beholder", "bevarer"), shared by the checks of
// help kept beside a refusal below.
const KEEPS = String.raw`(?<![\p{L}])(?:(?:får|modtager|beholder|har)\s+fortsat|fortsætter\s+med|beholder|bevarer)`;
// Round 59: help said to go on, then named as what the citizen has now, the scope listed after it ("De modtager fortsat
// den hjælp, De har i dag: besøg af hjemmeplejen 4 gange i døgnet", also beside a refusal of a care home): the scope that
// continues; "har i dag" names that help, not old help replaced. (Round 66: also the help as it is, "Din mor beholder sin
// hjælp, som den er i dag: 3 besøg om dagen".)
// (Round 70: also with no "som du har i dag" between, the help kept listed right after a colon, "Du beholder din nuværende
// hjælp: besøg af hjemmeplejen 4 gange dagligt", beside a refused care home: the scope that goes on.)
// (Round 72: also the help under a compound name with the law it is given under, "Borgeren beholder den helhedspleje, hun har i
// dag efter ældrelovens § 10, dvs. tre besøg i løbet af dagen": the same kept scope.)
const GOES_ON_AS_NOW_BEFORE = new RegExp(
  String.raw`${KEEPS}\s+(?:den|din|dit|dine|Deres|jeres|de|det|sin|sit|sine|hans|hendes)\s+(?:\p{L}+\s+){0,2}?\p{L}{0,12}(?:hjælp|støtte|pleje|besøg|ydelse\p{L}*|aflastning)\p{L}{0,4}(?:\s*,\s*(?:(?:som\s+)?(?:du|De|I|han|hun)\s+(?:har|får|modtager)\s+(?:i\s+dag|nu|allerede)(?:\s+(?:efter|jf\.|i\s+henhold\s+til)\s+[^.;:,]{1,40}?)?|som\s+(?:den|det|de)\s+er\s+(?:i\s+dag|nu)))?\s*(?::|,\s*(?:nemlig|dvs\.|altså)|–|-)\s*[^.;]{0,80}$`,
  'iu',
);
const KEEPS_COUNT_BEFORE =
  /(?<![\p{L}])(?:beholder|bevarer|fortsætter\s+med)\s+(?:din|dit|dine|jeres|Deres|sin|sit|sine|de|den|det)\s+(?:\d+|to|tre|fire|fem)\s+(?:dage|timer|gange|besøg|weekender)(?![\p{L}])[^.;]{0,60}$/iu;
// Round 69: the sentence before says the help goes on as it is ("Din hjælp om morgenen fortsætter som hidtil. Hjemmeplejen
// kommer hver morgen …", "Støtten fortsætter uændret."), in a refusal of more: the scope told next is the help kept (README:
// help kept unchanged beside a refusal). A refusal or a "not" in that sentence keeps nothing.
const GOES_ON_AS_IS =
  new RegExp(String.raw`(?<![\p{L}])(?:${KEPT_HELP_NOUNS}|besøg)\p{L}*\s+(?:[^.;:]{0,40}?\s)?(?:fortsætter|forbliver|bevares|bibeholdes)\s+(?:uændret|som\s+hidtil|som\s+nu|som\s+i\s+dag|som\s+før)(?![\p{L}])`, 'iu');
function goesOnSaidBefore(prev: string): boolean {
  return GOES_ON_AS_IS.test(prev) && !NOT_OR_REFUSED.test(prev);
}
// Round 54: a section heading that says the help goes on ("Deres hjælp i hjemmet fortsætter", "Det fortsætter
// uændret"), in a refusal: the scope under it is the help that continues.
const CONTINUES_HEADING = /(?<![\p{L}])(?:fortsætter|fortsat|uændret)(?![\p{L}])/iu;
const AS_BEFORE_AFTER = /^\s+(?:som\s+hidtil|som\s+nu|som\s+i\s+dag|som\s+før|uændret)(?![\p{L}])/iu;
const CONTINUES_AFTER =
  /^[^.;:]{0,60}?(?<![\p{L}])(?:fortsætter(?:\s+(?:uændret|som\s+hidtil|som\s+nu|som\s+før))?|(?:er|forbliver)\s+uændret|bevares|bibeholdes)(?![\p{L}])/iu;
// A lead-in with the granting verb at its end, whoever gets the help ("Din mor får:", "Else
// bevilges følgende:", "Du er visiteret til:").
const LEAD_IN_GRANT = /(?<![\p{L}])(?:får|bevilg\p{L}*|tildel\p{L}*|visiteret|modtager)(?:\s+\p{L}+){0,2}\s*:\s*$/iu;
const BULLET_LINE = /^[ \t]*(?:[-•*–·▪◦]|\d{1,2}[.)])[ \t]+/u;

/**
 * A list item under a lead-in that grants ("Din mor får:\n- hjælp til bad to gange om ugen"): the
 * item is the grant even where the letter as a whole is read as a refusal (a partial grant that
 * refuses the rest in the next sentence).
 */
function grantedListItem(letter: Letter, s: Span): boolean {
  const text = letter.text;
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  if (!BULLET_LINE.test(text.slice(lineStart, s.end))) return false;
  // Walk back over the other items (at most ten lines) to the lead-in line.
  let end = lineStart - 1;
  for (let n = 0; n < 10 && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() === '' || BULLET_LINE.test(line)) {
      end = start - 1;
      continue;
    }
    return /:\s*$/u.test(line) && !/(?<![\p{L}])(?:ikke|afslag|afslået)(?![\p{L}])/iu.test(line) && (LEAD_IN_GRANT.test(line) || hasMatchIn(letter, letter.compiled.cues.bevilling, { start, end }));
  }
  return false;
}

// Round 62: a lead-in that says the citizen keeps the help they have, the items after it on lines of their own ("Du
// beholder den hjælp, du har i dag:" then "personlig hjælp … med 3 besøg dagligt"), beside a refusal of other help: the
// scope that goes on (README: help kept unchanged beside a refusal). HTML list items lose their bullets, so the items are
// read as the short sentences right after the lead-in, none ending in a full stop.
const KEPT_LEAD = new RegExp(
  String.raw`${KEEPS}\s+(?:den|din|dit|dine|Deres|jeres|de|det)\s+(?:\p{L}+\s+){0,2}?(?:hjælp|støtte|pleje|besøg|ydelse\p{L}*|aflastning)(?:\s*,\s*(?:som\s+)?(?:du|De|I|han|hun)\s+(?:har|får|modtager)\s+(?:i\s+dag|nu|allerede))?\s*:\s*$`,
  'iu',
);
// Round 64: the help kept said in one sentence and its amount in the next, opened by a pronoun for it ("Du beholder din
// nuværende helhedspleje. Den består af et morgenbesøg og et aftenbesøg hver dag"), beside a refusal of other help: the
// scope that goes on (README: help kept unchanged beside a refusal). A keeping denied ("beholder ikke") does not count.
const CONTINUES_NEXT =
  /^\s*(?:det|den|dette|denne|de|disse)\s+(?:beløb|hjælp|støtte|tilskud|ydelse|bevilling|ordning|timer|besøg)\p{L}*\s+(?:(?:\p{L}+\s+)?fortsætter|bevares|bibeholdes|forbliver|gælder\s+fortsat)(?![\p{L}])/iu;
const KEPT_DESCRIBED = /^\s*(?:den|det|de|hjælpen|støtten|plejen)\s+(?:består\s+af|omfatter|indeholder|er\s+på)\s[^.;]*$/iu;
const KEPT_SENTENCE = new RegExp(
  String.raw`${KEEPS}\s+(?:den|din|dit|dine|Deres|jeres)\s+(?:\p{L}+\s+){0,2}?\p{L}*(?:hjælp|støtte|pleje|besøg|ydelse|aflastning|rengøring)\p{L}*(?![\p{L}])`,
  'iu',
);
// A keeping denied or beside the word of refusal ("beholder ikke", "afslag") keeps nothing.
const NOT_OR_REFUSED = /(?<![\p{L}])(?:ikke|afslag)(?![\p{L}])/iu;
function keptSentence(t: string): boolean {
  return KEPT_SENTENCE.test(t) && !NOT_OR_REFUSED.test(t);
}
function keptUnderLead(letter: Letter, si: number): boolean {
  for (let j = si - 1; j >= Math.max(0, si - 6); j--) {
    const t = letter.slice(letter.sentence(j)).trim();
    if (KEPT_LEAD.test(t)) return !NOT_OR_REFUSED.test(t);
    if (/[.!?]$/u.test(t) || t.includes('\n')) return false;
  }
  return false;
}

// A lead-in or a section heading over the citizen's own costs as the office counted them ("Sådan
// har vi regnet", "Vi har gennemgået dine kvitteringer:", "Dine udgifter:").
const EXPENSE_LEAD = /udgift|kvittering|regnet|beregn|budget|sandsynliggjort|medregn|opgørelse/iu;

/**
 * An amount per period in a list of the citizen's costs ("- Ekstra tøjvask: 40 kr. om måneden"
 * under "Sådan har vi regnet"): what the office counted, not an allowance granted.
 */
function expenseListItem(letter: Letter, s: Span, heading: string): boolean {
  const text = letter.text;
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  if (!BULLET_LINE.test(text.slice(lineStart, s.end))) return false;
  if (hasMatchIn(letter, letter.compiled.cues.bevilling, s)) return false;
  if (EXPENSE_LEAD.test(heading)) return true;
  let end = lineStart - 1;
  for (let n = 0; n < 12 && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() === '' || BULLET_LINE.test(line)) {
      end = start - 1;
      continue;
    }
    return EXPENSE_LEAD.test(line) && !coversListed(line);
  }
  return false;
}
// Round 60: a lead-in that grants the costs listed under it ("Vi har besluttet at dække en del af de ansøgte merudgifter:",
// "Kommunen dækker følgende udgifter:"): the items' sums are the help granted, not the citizen's own costs as counted
// ("Sådan har vi beregnet dine udgifter, som vi dækker:" still counts them; "Vi dækker ikke disse udgifter:" refuses).
const COVERS_LISTED = /(?<![\p{L}])(?:dække|dækker|dækkes|bevilge|bevilger|bevilges|godkende|godkender)(?![\p{L}])/iu;
const COUNTED_LEAD = /kvittering|regnet|beregn|budget|sandsynliggjort|medregn|opgørelse|(?<![\p{L}])ikke(?![\p{L}])/iu;
function coversListed(line: string): boolean {
  return COVERS_LISTED.test(line) && !COUNTED_LEAD.test(line);
}

// Round 70: an amount per period in brackets on a short row label of a table of costs ("Udgift | Du har oplyst | Vi har
// godkendt", then "Køletrøje (1.000 kr. om året)"): the price of the item the citizen counts, not an allowance granted.
const TABLE_LABEL_MAX = 80;
const TABLE_LOOKBACK_LINES = 16;
const OPEN_BRACKET_BEFORE = /\(\s*$/u;
const PROSE_LINE_END = /[.!?]\s*$/u;
function expenseTableLabel(letter: Letter, m: Span): boolean {
  const text = letter.text;
  if (!OPEN_BRACKET_BEFORE.test(text.slice(Math.max(0, m.start - 3), m.start))) return false;
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  const nl = text.indexOf('\n', m.end);
  const lineEnd = nl < 0 ? text.length : nl;
  const line = text.slice(lineStart, lineEnd);
  if (line.length > TABLE_LABEL_MAX || PROSE_LINE_END.test(line) || hasMatchIn(letter, letter.compiled.cues.bevilling, { start: lineStart, end: lineEnd })) return false;
  let end = lineStart - 1;
  for (let n = 0; n < TABLE_LOOKBACK_LINES && end > 0; ) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const prev = text.slice(start, end);
    end = start - 1;
    if (prev.trim() === '') continue;
    n++;
    if (PROSE_LINE_END.test(prev)) return false;
    if (EXPENSE_LEAD.test(prev)) return true;
  }
  return false;
}

// (Round 21: also "the help" named and a second applicant: "Du får den hjælp, du og Henrik bad om: …".)
// The application named as what is granted ("I får det, I har søgt om: afløsning i 4 timer hver
// onsdag", "Du bevilges det, du har ansøgt om, dvs. 2 timer om ugen"): "søgt" is no refusal here.
// (Starts at the granting verb; "Du har søgt om 3 timer om ugen" alone stays the application.)
// (Round 71: also a linking adverb after the verb, "Vi bevilger derfor det, du har bedt om: …".)
// (Also the application itself met: "Vi kan imødekomme din ansøgning om beskyttet beskæftigelse,
// 4 dage om ugen", "Din ansøgning om aflastning er imødekommet, og I får 2 weekender om måneden";
// a refusal in the sentence still gives none.)
const AS_APPLIED =
  /(?:(?:får|(?<=kan\s)få|bevilger|bevilges|bevilget|imødekommer|imødekommes)\s+(?:vi\s+|hun\s+|han\s+|I\s+|De\s+|du\s+|dig\s+|jer\s+)?(?:(?:derfor|dermed|hermed|nu|således|altså)\s+)?(?:det|hvad|dét|den\s+(?:hjælp|støtte|aflastning))\s*,?\s+(?:du|I|De|han|hun|vi|der)(?:\s+og\s+(?:din\s+|jeres\s+|Deres\s+)?\p{L}+)?\s+(?:har\s+|havde\s+)?(?:søgt|søgte|ansøgt|ansøgte|bedt|bad)\s+om\s*[:,]?|(?:imødekomme[rt]?|bevilge[rt]?|godkende[rt]?)\s+(?:vi\s+|kommunen\s+)?(?:din|jeres|Deres|hans|hendes)\s+ansøgning(?:\s+om)?|(?:din|jeres|Deres|hans|hendes)\s+ansøgning\s+(?:om\s+[^.\n]{0,60}?)?(?:imødekommes|er\s+imødekommet|bevilges|er\s+bevilget|godkendes|er\s+godkendt)(?![\p{L}]))/iu;

/**
 * The quantity follows the application named as granted, and nothing else before it excludes it.
 * A change keeps its help "modtager fortsat …" ("De modtager fortsat hjælp én gang dagligt"):
 * the scope that goes on after the change, not the old one.
 */
function grantsAsApplied(before: string, changing: boolean): boolean {
  let rest = before;
  const a = AS_APPLIED.exec(rest);
  if (a) rest = rest.slice(a.index + a[0].length);
  else if (changing && CONTINUES.test(rest)) rest = rest.replace(CONTINUES, ' ');
  else return false;
  return !NOT_GRANTED_ALL.test(rest) && !(changing && HAD.test(rest));
}

// Help that goes on unchanged beside a refused increase ("De vil fortsat modtage hjælp til bad to
// gange ugentligt … som hidtil", "Du får fortsat 3 timer om ugen"): the continuing scope.
// (Also "Du vil fortsætte med at modtage praktisk hjælp …, 1 gang hver 14. dag, som før".)
// (Round 25: also what the citizen keeps, "Din mor beholder rengøring hver 14. dag som hidtil".)
// (Round 45: also the help kept on against an ask for more, "Vi bliver ved med de 3 timer, som du har nu".)
const CONTINUES =
  /(?<![\p{L}])(?:bliver\s+ved\s+med|(?:vil|skal|kan)\s+fortsat\s+(?:få|modtage|have)|(?:får|modtager|beholder|har)\s+fortsat|fortsætte(?:r)?\s+med\s+at\s+(?:få|modtage|have)|(?:beholder|bevarer)(?!\s+ikke)(?=\s))(?![\p{L}])/iu;

const OLD_OR_HAD_ALL = new RegExp(OLD_OR_HAD.source, 'giu');
const NOT_GRANTED_ALL_G = new RegExp(NOT_GRANTED_ALL.source, 'giu');
// (Round 41: also a label for the new amount, "Ydelse efter genberegning:", "Ny ydelse:", "Beløb fremover:";
// not "Ydelse før genberegning:".)
const SCOPE_FIELD =
  /^[ \t]*(?:(?:nyt\s+|ændret\s+|fremtidigt\s+)?omfang|(?:ny|nyt|ændret|ændrede|fremtidig|fremtidigt)\s+(?:ydelse|beløb|tilskud|månedligt\s+beløb)|(?:ydelse|ydelsen|beløb|beløbet|tilskud|tilskuddet)\s+(?:efter\s+(?:genberegning\p{L}*|revurdering\p{L}*|ændring\p{L}*|nedsættelse\p{L}*)|fremover|fremadrettet))[ \t]*:[ \t]*$/iu;
const TURN_BEFORE = /(?<![\p{L}])(?:fremover|fremadrettet|herefter|fra\s+nu\s+af)\s+$/iu;

/** The last word that made the quantity old or not granted has a turn word right before it. */
function turnBeforeVerb(before: string, changing: boolean): boolean {
  const re = changing ? OLD_OR_HAD_ALL : NOT_GRANTED_ALL_G;
  re.lastIndex = 0;
  let last = -1;
  for (let m = re.exec(before); m; m = re.exec(before)) {
    last = m.index;
    if (m[0].length === 0) re.lastIndex++;
  }
  return last > 0 && TURN_BEFORE.test(before.slice(Math.max(0, last - 20), last));
}

// Round 36: a programme or exercises handed to the citizen to do on their own, the quantity in the
// relative clause ("et træningsprogram med hjem, som du kan lave to gange om ugen", "øvelser, du selv
// skal lave derhjemme hver dag"): the citizen's own training, not help granted.
const OWN_PROGRAM =
  /(?:program\p{L}*|øvelse\p{L}*|øvelsesark\p{L}*)(?![\p{L}])[^.;]{0,40}?(?:,\s*|\s(?:som|der)\s+)(?:du|I|De|han|hun)\s+(?:selv\s+)?(?:kan|skal|bør|må)\s+(?:selv\s+)?(?:lave|udføre|øve|træne|gøre)(?:\s+\p{L}+){0,2}?\s*$/iu;

// (Round 52: also the plain present right before the quantity, "Du arbejder 4 dage om ugen, 6 timer om dagen", in a
// grant of the place; "Du arbejder i dag 10 timer i et fleksjob" has words between and stays the citizen's own job.)
const SHALL_WORK = /(?<![\p{L}])(?:du|I|De|han|hun)\s+(?:skal\s+(?:fremover\s+|nu\s+)?arbejde\s*$|arbejder\s+(?:fremover\s+)?$|arbejder\s+(?:der|dér|på\s+værkstedet)(?![\p{L}])[^;]*$)/iu;
const PAY_BEFORE = /(?<![\p{L}])(?:løn|lønnen|vederlag\p{L}*)\s+(?:på\s+)?$/iu;
const CARE_EMPLOYMENT =
  /(?<![\p{L}])(?:ansat\p{L}*\s+(?:[^\s.;:]+\s+){0,5}?til\s+(?:at\s+(?:passe|pleje)|pasning|pleje)|pasning\s+af\s+(?:\p{L}+\s+){0,2}?nærtstående|plejevederlag\p{L}*|servicelovens\s+§\s*118(?!\d))(?![\p{L}])/iu;
// Round 73: in such a letter the employment itself, with its hours after it ("Ansættelsen fortsætter på fuld tid (37 timer om
// ugen)"): the help granted, not the citizen's own job.
const CARE_JOB_BEFORE = /(?<![\p{L}])(?:ansættelse\p{L}*|ansat)(?![\p{L}])(?=[^.;:,]{0,40}$)/iu;
const SHELTERED_WORK = /beskyttet\s+beskæftigelse|servicelovens\s+§\s*103(?!\d)/iu;
const ENDS_ONLY = new WeakMap<Letter, boolean>();
// New help named beside the ending, in other words than a grant ("Fremover kommer hjemmeplejen 2
// gange om ugen", "I stedet kommer en hjælper 3 gange om ugen", "kommer stadig").
// (Also "herefter" with a verb of getting: "De modtager herefter hjælp til bad 1 gang ugentligt",
// "Herefter får du rengøring hver 3. uge"; not a bare "herefter" about what stops.)
// (Round 63: also the help given anew from a date, in the passive, "Fra den 1. april gives aflastningen som 2 eftermiddage
// om ugen", beside the old help that ends: the new scope.)
// (Round 69: also the new help delivered or brought from a date, a weekday before it, "Fra mandag den 1. december bringer
// køkkenet 7 frosne hovedretter hver mandag", "Fra den 3. marts leverer vi …", beside the old form of the help that stops.)
const TURN =
  /(?<![\p{L}])(?:fremover|fremadrettet|i\s+stedet|fra\s+nu\s+af|stadig|fortsat|fortsætter|(?:får|modtager)\s+(?:\p{L}+\s+)?herefter|herefter\s+(?:får|modtager)|fra\s+(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\s+)?(?:den\s+)?\d{1,2}\.\s*\p{L}+(?:\s+\d{4})?\s+(?:gives|ydes|bevilges|tildeles|bringer|leverer|leveres|bringes|kommer|får|modtager)(?!\s+(?:der\s+)?(?:ikke|ingen)))(?![\p{L}])/iu;
const RIGHTS_SENTENCE = /aktindsigt|bisidder|partsrepræsentant|klage/iu;

/** The result sentence ends help and no sentence of the letter grants anything. */
function endsOnly(letter: Letter): boolean {
  let v = ENDS_ONLY.get(letter);
  if (v === undefined) {
    const i = (letter as Partial<AnalysedLetter>).resultSentence;
    v =
      i !== undefined &&
      i >= 0 &&
      ENDING_WORDS.test(letter.slice(letter.sentence(i)).toLowerCase()) &&
      !letter.matches(letter.compiled.cues.bevilling).some((m) => {
        // ("Du kan få aktindsigt", "Du kan få en bisidder": the rights, no grant.)
        const si = letter.sentenceAt(m.start);
        return si < 0 || !RIGHTS_SENTENCE.test(letter.slice(letter.sentence(si)));
      });
    ENDS_ONLY.set(letter, v);
  }
  return v;
}

const ONE_WEEK_AFTER = /^\s*(?:\d|efter(?![\p{L}])|før(?![\p{L}])|op\s+til|inden(?![\p{L}])|hvor(?![\p{L}]))/iu;

// Round 22: two named weekdays ("tirsdag og fredag") are a weekly scope only for the help this letter
// grants: not a class another body holds ("Idrætsforeningen har seniorgymnastik tirsdag og torsdag",
// "De kan uden visitation deltage i seniortræningen mandag og onsdag"), opening days, or days gone by.
// (Round 38: also a free class offered, "kommunens gratis seniortræning i hallen mandag og onsdag".)
const WEEKDAY_PAIR = /^(?:mandag|tirsdag|onsdag|torsdag|fredag)\s+og\s+\p{L}+$/iu;
// (Round 48: also an offer that needs no visitation, said in the next sentence: "… kan du deltage på træningsholdet tirsdag
// og torsdag. Det kræver ikke visitation.")
const NO_VISITATION = /^\s*(?:det|der|holdet|tilbuddet|træningen)\s+(?:kræver|kræves|skal)\s+(?:\p{L}+\s+)?ikke\s+(?:\p{L}+\s+)?visitation|^\s*(?:det|der|holdet|tilbuddet)\s+(?:kræver|kræves)\s+ingen\s+visitation/iu;
// (Round 69: also no visitation said with the participle, "der behøver du ikke at være visiteret – du møder bare op",
// "uden at blive visiteret": an offer open to all.)
const NOT_OWN_DAYS =
  /forening|forbund|ældre\s+sagen|dgi|frivillig|(?<![\p{L}])(?:kan\s+(?:\p{L}+\s+){0,2}?også|også\s+kan|uden\s+visitation|(?:ikke|uden)\s+(?:at\s+)?(?:være|blive)\s+visiteret|møder?\s+bare\s+op|gratis|tilbyder|arrangerer|afholder|holder|mødes|åben|åbent|lukket|hold|sidste\s+uge|var|blev|kom|ringede|talte|mødtes)(?![\p{L}])/iu;

// Round 71: the same for every other weekday ("ADHD-foreningens forældregruppe, der mødes hver anden torsdag", "I holder selv
// et fast møde hver anden søndag"): a group's or the family's own meetings, not help granted.
const EVERY_OTHER_WEEKDAY = /^hver\s+(?:anden|tredje|fjerde)\s+(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)$/iu;
const CUT_IN_WORD = /^\p{L}\p{L}$/u;

// Round 47: a table whose amount column is headed by the period ("Udgift | Pr. måned", then "Bevilget i alt | 680 kr."):
// the granted total row read under its column's period is an amount per month. A total with no period column (a
// one-off grant) and a refusal have none.
const PERIOD_COLUMN = /^[ \t]*(?:pr\.|per)\s+(?:måned|md\.|uge|år|kvartal)[ \t]*$/imu;
const GRANTED_TOTAL_ROW = /^[ \t]*(?:bevilget|bevilges|samlet\s+bevilling|tilskud)(?:\s+i\s+alt)?[ \t]*:?[ \t]*\n(?:[ \t]*\n)*[ \t]*(\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?\s*kr\.?)[ \t]*$/imu;
function periodTableTotal(letter: Letter): Span | undefined {
  if ((letter as Partial<AnalysedLetter>).decisionType === 'afslag') return undefined;
  const head = PERIOD_COLUMN.exec(letter.text);
  if (!head) return undefined;
  const rest = letter.text.slice(head.index + head[0].length);
  const row = GRANTED_TOTAL_ROW.exec(rest);
  if (!row) return undefined;
  const start = head.index + head[0].length + row.index + row[0].lastIndexOf(row[1]!);
  return { start, end: start + row[1]!.length };
}

export function detect(letter: Letter): Detection {
  for (const m of letter.matches(letter.compiled.elements.omfang.re)) {
    // Round 41: a match that stops inside a word has read a unit that is only the start of it ("Hver torsdag kommer
    // der en besøgsven": "en besøg").
    if (CUT_IN_WORD.test(letter.text.slice(m.end - 1, m.end + 1))) continue;
    if ((WEEKDAY_PAIR.test(letter.slice(m)) || EVERY_OTHER_WEEKDAY.test(letter.slice(m))) && letter.sentenceAt(m.start) >= 0 && NOT_OWN_DAYS.test(letter.slice(letter.sentence(letter.sentenceAt(m.start))))) continue;
    if (WEEKDAY_PAIR.test(letter.slice(m))) {
      const wi = letter.sentenceAt(m.start);
      if (wi >= 0 && wi + 1 < letter.seg.sentences.length && NO_VISITATION.test(letter.slice(letter.sentence(wi + 1)))) continue;
    }
    if (grantedIn(letter, m)) return { present: true, evidence: m };
  }
  // The service-level reader is thorough but slower: run it on candidate sentences only.
  for (const s of letter.seg.sentences) {
    const sText = letter.slice(s);
    if (!/\d|en |et |to |tre |fire /u.test(sText) || !PERIOD_HINT.test(sText)) continue;
    for (const f of findScopesInText(sText)) {
      const m = { start: s.start + f.start, end: s.start + f.end };
      // A named week, not a period: "en samtale i uge 49", "et møde i ugen efter jul".
      if (/(?<![\p{L}])i\s+ugen?$/iu.test(letter.slice(m)) && ONE_WEEK_AFTER.test(letter.text.slice(m.end, m.end + 12))) continue;
      if (grantedIn(letter, m)) return { present: true, evidence: m };
    }
  }
  const table = periodTableTotal(letter);
  if (table) return { present: true, evidence: table };
  const vague = letter.matches(letter.compiled.lists.vagueScope)[0];
  if (vague) return { present: false, problem: 'efter-behov', evidence: vague, detail: letter.slice(vague) };
  return { present: false };
}
