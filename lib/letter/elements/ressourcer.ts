/**
 * `ressourcer`: the letter names what the citizen can do or has (own abilities, network,
 * motivation). Not counted:
 * - a purpose or goal clause ("så du selv kan klare toiletbesøg", "for at du kan klare dig
 *   selv"): it says what the help should lead to;
 * - a negated one ("du har ikke et netværk", "manglende motivation", "din datter kan ikke
 *   hjælpe"): it says what the citizen lacks;
 * - a choice, a duty or help the letter hands over ("du kan selv vælge leverandør", "du kan
 *   fortsat få hjælp", "du har tidligere fået bevilget"): nothing about the citizen's abilities.
 */
import type { Detection, Letter } from '../letter';
import { COMPLAINT_SENTENCE, findHeading, isLawSentence } from './common';

// Run on the lower-cased text just before a match (at most 60 characters, same sentence).
// (Also what the aid shall help with: "Stolen skal hjælpe dig med fortsat selv at kunne lave mad".)
// (Also what granted help shall make possible: "Ændringerne skal gøre, at du kan komme rundt".)
// Round 21: what a follow-up is to make sure of ("opfølgning … med henblik på at sikre, at nødkaldet
// fungerer, og at De er fortrolig med brugen", "for at tjekke, at du kan bruge liften"): the aim
// of a check, not something the citizen has (commas may stand between).
const CHECK_BEFORE = /(?<![\p{L}])(?:sikre|sikrer|tjekke|tjekker|kontrollere|kontrollerer)\s*,?\s+(?:om|at)\s[^.;:]*$/iu;
// (Round 42: also the formal "således at" / "sådan at": "…, således at pågældende fortsat kan færdes selvstændigt".)
const PURPOSE = /(?<![\p{L}])(?:så|således\s+at|sådan\s+at|for\s+at|(?:skal|skulle)\s+gøre,?\s+at|gøre\s+det\s+muligt|så\s+at|henblik\s+på|formål\p{L}*|målet|mål|skal\s+kunne|blive\s+i\s+stand|bliver\s+i\s+stand|lære\s+at|træne|styrke|hvis|(?:skal|skulle)\s+hjælpe\s+\p{L}+\s+(?:med|til))(?![\p{L}])[^.,;:]*$/u;
// "Formålet er, at du selv kan …", "Målet med forløbet er, at …": the comma before "at" still
// belongs to the goal.
// (Also with an adverb after the verb: "Formålet er stadig, at I kan holde til det".)
// (Round 41: also "Meningen er, at du kan klare dig indendørs", "Tanken med ombygningen er, at …": the same goal.)
const GOAL_CLAUSE = /(?<![\p{L}])(?:formålet|målet|hensigten|formål|meningen|tanken|idéen|ideen)(?:\s+\p{L}+){0,5}?\s+(?:er|skal\s+være|bliver)(?:\s+(?:stadig|fortsat|også|derfor|nu|uændret))?\s*,?\s+at(?![\p{L}])[^.;:]*$/u;
// A wish or a longing ("du gerne vil se dine venner igen", "du savner din familie", "der
// ønskes hjælp til at blive selvhjulpen igen") names what the citizen does not have now.
const WISH_BEFORE = /(?<![\p{L}])(?:gerne\s+vil|vil\s+gerne|ønsker|ønskes|ønske\s+om|håber|savner|drømmer|længes|hjælp\s+til\s+at\s+blive|at\s+blive)(?![\p{L}])[^.,;:]*$/u;
// Round 48: the same wish with its "at"-clause after a comma ("Du har fortalt, at du ønsker, at Oliver går til svømning",
// "Vi håber, at du kommer godt i gang"): what is wished for, not what the citizen does or has.
// (Round 58: also what someone wants or does not want to happen, "Sofie vil ikke have, at kammeraterne kan se det": the
// friends are named in a wish, not as support.)
const WISH_THAT_BEFORE = /(?<![\p{L}])(?:ønsker|ønskede|ønsket|håber|håbede|vil\s+gerne|gerne\s+vil|(?:vil|ville)\s+(?:ikke\s+)?have)\s*,\s*at(?![\p{L}])[^.,;:]*$/u;
// (Also a distance: "der er langt til nærmeste nabo", "bor langt væk fra sin familie".)
// Round 69: a difficulty that governs an infinitive clause ("du har svært ved at komme til dit arbejde", "har problemer med
// at nå hen til skolen"), and a place the help shall bring someone back to ("en voksen, der kan hjælpe Oliver tilbage i en
// stabil skolegang"): where the citizen struggles to get or shall get back to, not something they have now.
const HARD_TO_REACH_BEFORE = /(?<![\p{L}])(?:svært|vanskeligt|besværligt|problemer)\s+(?:ved|med)\s+at\s+(?:\p{L}+\s+){1,3}$/u;
const BACK_TO_BEFORE = /(?<![\p{L}])(?:hjælpe|støtte|få|bringe|komme|vende)\s+(?:\p{L}+\s+)?tilbage\s+(?:i|til)\s+(?:(?:en|et|sin|sit|hans|hendes|din|dit)\s+)?$/u;
// Round 69: the aim said as "med det formål, at …" ("Støtten bevilges med det formål, at Oliver kommer i skole hver dag"):
// what the help shall lead to, across the comma, as "Formålet er, at …".
const WITH_AIM_THAT = /(?<![\p{L}])med\s+(?:det\s+)?(?:formål|sigte|mål)\s*,?\s+at(?![\p{L}])[^.;:]*$/u;
const NEGATED_BEFORE = /(?<![\p{L}])(?:ikke|ingen|intet|mangl\p{L}*|begrænse\p{L}*|nedsat|lav|uden|svært\s+ved|langt\s+(?:til|fra|væk))(?:\s+\p{L}+){0,2}\s*$/u;
// Round 22: nobody else there ("fordi der ikke er andre i familien, der kan passe ham"): the network
// is named as missing, with more words between than NEGATED_BEFORE allows.
// (Round 23: also with the relative word after the comma: "…, der kan passe ham".)
// (Round 65: also the network itself named as missing, "I har ikke familie i nærheden, der kan passe ham", "ingen venner,
// som kan hjælpe": who is not there, not who helps.)
const NOBODY_ELSE_BEFORE = /(?<![\p{L}])(?:ikke|ingen)\s+(?:er\s+|har\s+|findes\s+)?(?:nogen\s+|noget\s+)?(?:andre|nogen|flere|familie(?:n|medlemmer)?|netværk(?:et)?|venner|pårørende|bedsteforældre|naboer)(?:\s+\p{L}+){0,2}\s*,?\s*(?:der\s+|som\s+)?$/u;
// Round 65: what the letter advises or asks the citizen to do ("Vi anbefaler, at I selv kontakter kommunen", "Vi opfordrer
// til, at du selv træner hjemme"): the step asked for, not what the citizen manages now.
const ADVISED_BEFORE =
  /(?<![\p{L}])(?:anbefaler|anbefalede|anbefales|opfordrer|opfordrede|foreslår|foreslog|råder|rådede|beder|bad)(?:\s+(?:vi|jeg|kommunen|dig|jer|dem|om|til)){0,2}\s*,?\s*at\s+(?:(?:du|i|de)\s+)?$/u;
// Round 65: a job named with the hours that bind it ("I har begge arbejde med faste mødetider", "har arbejde på fuld tid"):
// why the family's time is short, not a strength.
const JOB_TIE_AFTER = /^\s+(?:med\s+(?:faste|skiftende|lange|tidlige|sene|ufleksible)\s+(?:mødetider|arbejdstider|vagter|tider)|på\s+fuld\s+tid|i\s+(?:skiftende\s+)?(?:vagter|skiftehold))(?![\p{L}])/u;
const WORK_ROOM = /^(?:fleksib|mulighed\s+for\s+at|kan\s+arbejde)/u;
const WORK_ROOM_NEGATED_BEFORE = /(?<![\p{L}])(?:ikke|ingen|hverken|intet)(?![\p{L}])[^.;:,]*$/u;
const NEGATED_AFTER = /^(?:\s+\p{L}+)?\s+(?:ikke|ingen|heller\s+ikke)(?![\p{L}])/u;
// What follows "du kan selv", "kan fortsat", "har tidligere" when it is not an ability; also a
// wish or a time of one's own choosing ("når du selv har lyst", "som du selv ønsker"); a request
// or an expectation said back ("det kan du godt regne med", "det kan du godt spørge om").
// (Round 25: "selv kan finde rundt" / "finde vej" is an ability, not finding a supplier.)
// Round 22: also a choice the citizen made ("Kurset er noget, I selv har valgt"): why a cost is
// their own, not an ability.
// Also what the citizen has said themself ("Det, du selv har sagt", "som du selv har fortalt"): their
// view, not an ability.
// (Round 51: also the granted help put to a use the citizen wished, "det kan du sagtens bruge timerne til": permission,
// not an ability; "du kan selv bruge telefonen" is one.)
// (Round 36: not "de få", the few: "så klarer du selv de få skridt til sengen".)
// (Round 48: also the helpers one hires oneself, "kontant tilskud til hjælp, som du selv ansætter": the form of the
// scheme, not a skill.)
// (Round 55: also a cost already borne, "I selv har betalt 1.400 kr. om måneden": the expense applied for, not a skill.)
// (Round 62: also a decision made, "indtil de selv har truffet afgørelse": the other authority's own step, not a skill.)
// (Round 59: not "få" with a thing put on or taken off, "kan nu selv få strømperne på": dressing oneself is the ability.)
// (Round 68: also an open place or offer the citizen may go on using, "kan fortsat bruge Værestedet Lyset" / "… bruge
// aktivitetscentret": permission to use an offer, not a skill; "kan selv bruge telefonen" stays one.)
const USE_NAMED_PLACE_AFTER = /^\s+bruge\s+\p{Lu}\p{Ll}/u;
const NOT_ABILITY_AFTER = /^(?:\s+\p{L}+)?\s+(?:vælge|vælger|valgt|valgte|besluttet|besluttede|bestemme|bestemmer|søge|søgt|ansøge|ansøgt|kontakte|ringe|klage|henvende|betale|betaler|betalt|betalte|købe|finde(?!\s+(?:rundt|vej|hjem))|læse|se|(?<!(?<![\p{L}])de\s)få(?!\s+(?!(?:hjælpen|støtten|ydelsen|bevillingen|tilskuddet|beløbet|pengene)(?![\p{L}]))(?:\p{L}+(?:ne|en|et)|dem|den|det)\s+(?:på|af)(?![\p{L}]))|fået|truffet|træffe|træffer|afgjort|modtage|modtaget|tilrettelægge|aftale|sende|skrive|tage\s+kontakt|hente|afhente|bestille|sørge|aflevere|returnere|spare|opspare|haft\s+(?:hjælp|bevilget|støtte)|været\s+bevilget|bevilget|benytte|har\s+lyst|får\s+lyst|ønsker|foretrækker|synes|mener|beslutter|har\s+brug\s+for|føler\s+for|regne|vente|forvente|bede|spørge|ansætte|ansætter|ansat|ansatte|antage|antager|sagt|fortalt|oplyst|skrevet|ønsket|ønskede|anslået|anslog|opgjort|opgjorde|forklaret|nævnt|udtalt|beskrevet|peget\s+på|givet\s+udtryk|bruge\s+(?:\p{L}+\s+)?(?:tilbuddet|værestedet|caféen|cafeen|klubben|\p{L}+centret|\p{L}+huset|\p{L}+caféen|rådgivningen)|bruge\s+(?:\p{L}+\s+)?(?:timerne|pengene|tilskuddet|beløbet|hjælpen|ydelsen|støtten|bevillingen|ledsagelsen)\s+til)(?![\p{L}])/u;
// ("ønsker selv at få bad om formiddagen" is a wish about the help, not doing it oneself.)
const MODAL = /kan|kunne|fortsat|stadig|tidligere|selv$|selv\s+at$/u;
// "Med kørestolen kan du selv komme rundt": what the granted thing makes possible (a purpose),
// not what the citizen can without it.
const WITH_AID = /^\s*med\s+(?:\p{L}+\s+){0,2}?\p{L}+(?:en|et|ne|erne)\s*$/u;
// Round 43: two things granted, named bare and joined by "og", before a present "kan" ("Med rampe og døråbner kan du
// selv komme ind"): what the granted things shall make possible. (One's own aid has a possessive: "med din rollator".)
const WITH_AIDS_LISTED = /^\s*med\s+\p{L}+\s+og\s+\p{L}+\s*$/u;
// Round 43: only living somewhere is satisfaction with a place ("glad for at bo der"); a child or an adult glad to be or
// to come at aflastning, school or work ("er rigtig glad for at være der", "glad for at komme der") thrives there.
const SATISFIED_WITH_PLACE = /^\s+bo\s+(?:der|her|på|i)(?![\p{L}])/u;
// Round 43: an excess said as the limit ("stolen er for tung til, at du selv kan løfte den", "for svær til at hun kan
// bruge den"): what the citizen cannot do, not a skill.
const TOO_MUCH_BEFORE = /(?<![\p{L}])for\s+(?:\p{L}+\s+){1,2}?til\s*,?\s+at\s+$/u;
const UNDERSTAND_BEFORE = /(?<![\p{L}])forstår\s+(?:godt|fuldt\s+ud|godt\s+nok|også)?\s*,?\s*at\s+(?:\p{L}+\s+){1,3}$/iu;
const INSTITUTION_SAID_BEFORE =
  /(?<![\p{L}])(?:børnehave|vuggestue|dagpleje|skole|sfo|klub|institution|hospital|sygehus|afdeling|leverandør|firma|butik|forening|botilbud|bosted|hjemmepleje|apotek|kommune|region)\p{L}*\s+(?:[\p{L}-]+\s+){0,4}?(?:har\s+|havde\s+)?(?:oplyst|oplyste|oplyser|skrevet|skriver|skrev|fortalt|fortæller|fortalte|sagt|siger|sagde|svaret|svarer|svarede|meddelt|meddeler|meddelte)\s*,?\s+at\s+$/iu;
const NEGATED_INSIDE = /(?<![\p{L}])(?:ikke|ingen)(?![\p{L}])/u;
// A relative who "kommer" somewhere is going to a place, not helping ("Din mand kommer hver
// tirsdag i dagcenter", "Din søn kommer på aflastning"): run on the words after the match.
const COMES_TO_A_PLACE = /^[^.;:]{0,30}?(?<![\p{L}])(?:i|på|til)\s+(?:\p{L}+\s+)?(?:dagcenter\p{L}*|daghjem\p{L}*|dagtilbud\p{L}*|aflastning\p{L}*|plejehjem\p{L}*|plejebolig\p{L}*|hospital\p{L}*|sygehus\p{L}*|behandling\p{L}*|skole\p{L}*|institution\p{L}*|botilbud\p{L}*|træning\p{L}*|genoptræning\p{L}*|klub\p{L}*|børnehave\p{L}*|vuggestue\p{L}*|sfo|arbejde)/u;
// A worry or a question about the citizen's abilities ("Din datter er bekymret for, om du kan
// klare dig", "Vi skal vurdere, om du selv kan tage bad"): said by others or still open.
// (Not a worry denied: "Du er ikke urolig om natten og finder selv vej rundt".)
// (Round 29: nor across a new "…, og at" clause: "at skift kan gøre ham mere urolig, og at hans mormor
// allerede passer ham" — the worry governs its own clause, not the next item of the list.)
const WORRY_BEFORE = /(?<![\p{L}])(?<!ikke\s)(?:bekymr\p{L}*|nervøs\p{L}*|urolig\p{L}*|tvivl\p{L}*|usikker\p{L}*|frygt\p{L}*|bange\s+for)(?![\p{L}])(?:(?!\smen\s|,\s+og\s+at\s)[^.;:]){0,50}$/u;
const WHETHER_BEFORE = /(?<![\p{L}])om\s+(?:du|hun|han|i|de|barnet|pågældende|borgeren|(?:din|dit|jeres|hans|hendes)\s+\p{L}+)\s+(?:selv\s+|fortsat\s+|stadig\s+|godt\s+)?$/u;
// Round 71: the same question about a child or citizen named by first name ("ser på, om Emil kan klare flere weekender"):
// run on the original case, a capital marking the name.
const WHETHER_NAME_BEFORE = /(?<![\p{L}])[oO]m\s+\p{Lu}\p{Ll}+\s+(?:selv\s+|fortsat\s+|stadig\s+|godt\s+)?$/u;
// Round 34: how to do something, as instruction ("Ergoterapeuten viser dig, hvordan du bruger den korrekt",
// "vi taler med dig om, hvordan du kan tilkalde hjælp"): what is to be learnt, not what the citizen does.
const HOW_BEFORE = /(?<![\p{L}])hvordan\s+(?:du|de|i|han|hun|barnet|borgeren)\s+(?:selv\s+|skal\s+|kan\s+|bedst\s+)?$/u;
// Round 34: the help tied to an address, a place or a scheme ("Støtten er knyttet til din bopæl", "knyttet til
// botilbuddet"): where the help belongs, not the citizen's bond to a person.
const TIED_TO_PLACE_AFTER =
  /^\s+(?:\p{L}+\s+){0,2}?(?:bopæl\p{L}*|adresse\p{L}*|bolig\p{L}*|kommune\p{L}*|botilbud\p{L}*|tilbud\p{L}*|ordning\p{L}*|afdeling\p{L}*|projekt\p{L}*|stilling\p{L}*|bevilling\p{L}*|lejemål\p{L}*|folkeregister\p{L}*|§)/u;
// Round 60: see the job above; a thing as the object ("stolen", "den", "hjælpemidlet") or the passive, not time ("bruge
// tiden på dit arbejde" is a choice of one's own).
const AID_USED_AT_BEFORE = /(?<![\p{L}])(?:(?:bruges|anvendes|benyttes)|(?:bruge|bruger|anvende|anvender|benytte|benytter)\s+(?:den|det|dem|(?!tid)\p{L}+(?:en|et|ne)))\s+(?:på|i|til)\s+$/u;
const SUBJECT_FIRST = /^(?:du|hun|han|i|de|barnet|borgeren|pågældende)\s/iu;
// A friend or neighbour named only as how someone heard of or knows something ("en psykolog,
// som hun kender fra en veninde", "har hørt om tilbuddet fra en nabo"): no support.
// Round 62: also a thing borrowed from someone to try it ("vi lånte en kugledyne af en veninde i to uger", "har lånt en
// rollator fra naboen"): where the trial came from, told as a fact of the need, not help the person gives now. (Not
// "låner" now: "du låner bilen af din datter hver uge" is help she gives.)
const SOURCE_BEFORE = /(?<![\p{L}])(?:kender|kendte|hørt|hørte|anbefalet|anbefalede|fået\s+at\s+vide|fik\s+at\s+vide|lånt|lånte)(?![\p{L}])[^.;:,]{0,30}?(?<![\p{L}])(?:fra|via|gennem|af)\s+(?:en|et|din|dit|sin|sit|hendes|hans|jeres|deres)?\s*$/u;

// A grandparent, neighbour or friend named only to report their worry ("Livas bedsteforældre er
// bekymrede for jer", "Naboen har ringet med sin bekymring"): others' concern, no support.
// (Only for the bare names; "Din nabo kigger forbi hver dag, men hun er bekymret" keeps its help.)
// Round 53: a relative named as an object, where the citizen goes or with whom ("ture til din datter eller til indkøb, og
// du bliver kørt", "koncerter med din kæreste, til svømning og besøge din mormor"): the verb after is the citizen's or
// the scheme's, not help from the relative; a relative clause or a pronoun between ("med din søn, der hjælper dig",
// "hos din datter, og hun kører dig") keeps the relative as the one who helps.
// Round 62: a bare plural group after "for" or "til" ("en rådgivning for forældre, som kan hjælpe", "grupper til
// pårørende, der …"): whom an offer is for, not the citizen's own family ("dine forældre" has its possessive).
const TARGET_GROUP_BEFORE = /(?<![\p{L}])(?:for|til)\s+(?:andre\s+)?$/u;
const GROUP_WORD_START = /^(?:forældre|pårørende|familier|søskende|bedsteforældre|børn)(?![\p{L}])/u;
const OBJECT_RELATIVE_BEFORE = /(?<![\p{L}])(?:til|med|hos|besøge|besøger)\s+(?:din|dit|dine|jeres|deres|sin|sit|sine|hans|hendes)\s+$/u;
const RELATIVE_WORD_START = /^(?:søn|datter|børn|ægtefælle|hustru|kone|mand|partner|samlever|søster|bror|familie|mor|far|forældre|kæreste|svigerdatter|svigersøn|barnebarn|børnebørn)(?![\p{L}]|(?<=mand)ag|(?<=far)t)/u;
const SUBJECT_BETWEEN = /(?<![\p{L}])(?:der|som|hun|han|de|hvor|vedkommende)(?![\p{L}])/u;
const BARE_RELATIVE = /^(?:farmor|farfar|mormor|morfar|bedste\p{L}*|nabo\p{L}*|veninde\p{L}*|kammerat\p{L}*)$/u;
// (Also after a contact with the authority: "Frejas farmor har henvendt sig til kommunen og givet
// udtryk for bekymring"; not across a "men": "Naboen har hjulpet dig i mange år, men …".)
const WORRY_AFTER =
  /^(?:\s+\p{L}+){0,2}?\s+(?:(?:er|var|blev|bliver|har\s+været)\s+(?:\p{L}+\s+)?(?:bekymr|nervøs|urolig|utryg|bange|ængstelig)|(?:har|havde)\s+(?:(?!men\s)\p{L}+,?\s+){0,10}?(?:bekymr|underret|klage|belast|presse))/u;
// Round 41: neighbours or grandparents named as those who reported the family ("underretninger om Lucas fra skolen og
// naboer", "en henvendelse fra farmoren"): a source of concern, not support.
const REPORTED_BY_BEFORE =
  /(?<![\p{L}])(?:underretning|underrette|henvendelse|anmeldelse|bekymringsbrev|klage)\p{L}*(?![\p{L}])[^.;:]{0,80}?(?<![\p{L}])(?:fra|af|via)\s[^.;:]*$/u;
// Round 41: a relative allowed or invited to help ("Din datter er velkommen til at hjælpe dig med ansøgningen", "din
// søn må gerne være med"): the letter's permission, not help the family gives.
// Round 57: a relative named as the one the citizen may let help or speak for them, in the right to a bisidder or a
// representative ("De kan lade en anden, fx Deres søn, hjælpe Dem eller tale på Deres vegne", "du kan tage din datter med
// som bisidder"): who may act in the case, not the help the family gives.
const MAY_LET_BEFORE = /(?<![\p{L}])(?:kan|må|ret\s+til\s+at|mulighed\s+for\s+at)\s+(?:\p{L}+\s+){0,2}?(?:lade|tage|have|give|bede)(?![\p{L}])[^.;:!?]*$/u;
// Round 63: the same right told without its legal name ("tage en anden med, når vi skal tale om sagen – fx din mand – eller
// give en anden lov til at føre sagen for dig", "tage din søn med til mødet"): someone brought to the talks or acting in the case.
const PROXY_ROLE =
  /(?<![\p{L}])(?:bisidder\p{L}*|partsrepræsentant\p{L}*|fuldmagt\p{L}*|(?:på\s+(?:dine|jeres|Deres|hans|hendes|sine)\s+vegne)|føre\s+(?:sagen|(?:din|jeres|Deres|hans|hendes|sin)\s+sag)\s+for|med\s*,?\s+når\s+(?:vi|I|du|De)\s+(?:skal\s+)?(?:tale|snakke|mødes|holde\s+møde|drøfte)|med\s+til\s+(?:møder|mødet|møderne|samtalen|samtalerne|samtaler))(?![\p{L}])/iu;
const PERMISSION_INSIDE = /(?<![\p{L}])(?:velkommen\s+til\s+at|må\s+(?:\p{L}+\s+)?gerne|gerne\s+må)(?![\p{L}])/u;
// Round 41: a pastime in the past put before an illness or an injury ("Yasmin gik til svømning, før hun fik diabetes"):
// what was, said to weigh a cost, not what the child does now.
const BEFORE_ILLNESS_AFTER = /^[^.;:]{0,40}?(?<![\p{L}])(?:før|inden)\s+(?:\p{L}+\s+){1,2}?(?:fik|blev|kom\s+til\s+skade)(?![\p{L}])/u;
// Round 41: a day off that belongs to a school or a club ("SFO'en har fri om fredagen"), not to a parent.
const INSTITUTION_SUBJECT_BEFORE = /(?<![\p{L}])(?:skole|sfo|børnehave|vuggestue|dagpleje|institution|klub|fritidsklub|fritidshjem)\p{L}*(?:'\p{L}+)?\s+$/u;
// Round 28: a neighbour or grandparent named for what happened, not for support ("før din nabo fandt dig på
// gulvet").
const EVENT_AFTER = /^\s+(?:fandt|opdagede|har\s+fundet|tilkaldte|alarmerede)(?![\p{L}])/u;
// Round 28: "i forvejen tørrer …" counts only right after the citizen ("han i forvejen tørrer køkkenbordet
// af"), not after staff ("hjemmeplejen i forvejen laver maden"); "når du igen kan" is a time to come.
const CITIZEN_JUST_BEFORE = /(?<![\p{L}])(?:du|de|i|hun|han|pågældende|borgeren)\s+$/u;
const WHEN_BEFORE = /(?<![\p{L}])(?:når|indtil|til|før|inden|snart|hvornår)\s+$/u;
// "styrker" as a verb with its object ("træningen styrker hendes balance", "det styrker
// samarbejdet"), not the citizen's strengths ("Dine styrker er …", "Styrker: …").
const STRENGTHENS = /^\s+(?:hendes|hans|din|dit|dine|sin|sit|sine|jeres|deres|vores|den|det|de|dem|dig|jer|ham|hende|barnets|borgerens|familiens|\p{L}+(?:en|et|ene|erne))(?![\p{L}])/u;

// Money or plans run by a helper ("Bostøtten har styret din økonomi", "Værgen betaler dine
// regninger"), not by the citizen.
const HELPER_BEFORE =
  /(?:bostøtte\p{L}*|hjemmepleje\p{L}*|værge\p{L}*|kontaktperson\p{L}*|personale\p{L}*|medarbejder\p{L}*|hjælper\p{L}*|støtteperson\p{L}*|mentor\p{L}*|pædagog\p{L}*|kommunen|vi)\s+(?:\p{L}+\s+){0,2}$/u;
const MONEY_VERB = /^(?:styr|administrer|håndter|betal|har\s|godt\s+styr)/u;
// "hun vil hjælpe dig" counts only after a relative in the same sentence, and not after staff
// ("Din kontaktperson hedder Mette, og hun vil hjælpe dig").
const PRONOUN_HELPER = /^(?:hun|han|de)\s+(?:\p{L}+\s+){0,2}?(?:hjælper|hjælpe|støtter|støtte)\s/u;
// Round 54: a pronoun that looks after the child ("…, og at han passer William to dage"): counts only after a parent or a
// relative named earlier in the sentence, no staff, with a child, a name or a pronoun as the object ("han passer sit
// arbejde" is his own affair).
const PRONOUN_CARER = /^(?:hun|han)\s+(?:\p{L}+\s+)?(?:passer|tager\s+sig\s+af)\s+(\p{L}+)$/iu;
const CARED_FOR = /^(?:ham|hende|barnet|børnene|drengen|pigen|dem|\p{Lu}\p{Ll}+)$/u;
const PARENT_BEFORE = /(?<![\p{L}])(?:\p{L}+s|din|dit|hans|hendes|jeres|barnets|børnenes)\s+(?:far|mor|faren|moren|forældre|bedsteforældre)(?![\p{L}])/iu;
// Round 54: a yes to the use the citizen wants to put the granted help to ("du vil bruge timerne til at svømme, og det
// kan du sagtens"): permission about the help, not a skill ("… så du selv kan varme den, og det kan du sagtens" stays).
const HELP_USE_BEFORE =
  /(?<![\p{L}])(?:bruge|benytte|anvende)\s+(?:\p{L}+\s+)?(?:timerne|timer|pengene|tilskuddet|beløbet|hjælpen|ydelsen|støtten|bevillingen|ledsagelsen|ledsageren|ledsagertimerne)\s+(?:til|på)(?![\p{L}])/iu;
// Round 54: "som følger af hendes sygdom": a consequence, not a relative who goes along.
const CONSEQUENCE_AFTER = /^\s+af(?![\p{L}])(?!\s+og\s+til)/u;
const RELATIVE_BEFORE =
  /(?<![\p{L}])(?:søn(?:nen)?|datter(?:en)?|børn(?:ene)?|ægtefælle|hustru|kone|mand(?:en)?|samlever|søster|bror|familie(?:n)?|pårørende|forældre(?:ne)?|svigerdatter|svigersøn|barnebarn|nabo(?:en)?|veninde|ven|kæreste(?:n)?|onkel|tante|nevø|niece|mormor|morfar|farmor|farfar|bedste\p{L}*)(?![\p{L}])/u;
const STAFF_BEFORE =
  /(?<![\p{L}])(?:kontaktperson\p{L}*|hjemmepleje\p{L}*|bostøtte\p{L}*|medarbejder\p{L}*|hjælper\p{L}*|terapeut\p{L}*|pædagog\p{L}*|mentor\p{L}*|sagsbehandler\p{L}*|rådgiver\p{L}*|visitator\p{L}*|sygeplejerske\p{L}*|familiebehandler\p{L}*|personale\p{L}*|støtteperson\p{L}*)(?![\p{L}])/u;

const DUTY_AFTER =
  /^\s+(?:(?:den|de|din|dine|jeres)\s+)?(?:betaling\p{L}*|udgift\p{L}*|egenbetaling\p{L}*|egenandel\p{L}*|transport\p{L}*|kontakt\p{L}*|at\s+(?:betale|bestille|søge|kontakte|aflevere|returnere|hente|sende|aftale))/u;
const SERVICE_AFTER =
  /^\s+til\s+(?:\p{L}+\s+){0,2}?(?:\p{L}*vagt\p{L}*|\p{L}*central\p{L}*|hjemmepleje\p{L}*|nødkald\p{L}*|alarm\p{L}*|leverandør\p{L}*|plejecent\p{L}*|systemet)(?![\p{L}])/u;
// A noun with an article and a comma, then "som"/"hvor" or nothing: the match opens a relative
// clause on that thing.
// (Round 41: also things counted: "7 kølede retter, som du kan varme", "to puder, du kan sidde på".)
// Round 50: the same on a bare plural after a preposition, the subject before "kan" ("en hverdag med arbejdsopgaver, du
// kan klare", "hjælp til ting, som du kan lære"): what the offer shall hold, not a skill. (Not a network: "mange venner,
// du kan ringe til" has no preposition before it.)
const BARE_THING_RELATIVE_BEFORE =
  /(?<![\p{L}])(?:med|til|af|om|på)\s+[\p{L}-]+(?:er|r)\s*,\s*(?:som\s+)?(?:du|i|de|han|hun)\s+(?:selv\s+|godt\s+|fint\s+)?$/u;
// Round 50: a friend or neighbour who lives at the place the citizen wishes to move to ("du vil gerne bo på Lærkebo,
// fordi din veninde Agnes bor der"): the reason for the wish of a place, not support. ("din veninde bor tæt på" stays.)
const LIVES_THERE_AFTER = /^\s+(?:\p{L}+\s+)?(?:også\s+)?bor\s+(?:der|her|derinde|på\s+(?:stedet|plejehjemmet|centret|bostedet))(?![\p{L}])/u;
const WISH_IN_SENTENCE = /(?<![\p{L}])(?:gerne|ønsk\p{L}*|håber|fordi|derfor)(?![\p{L}])/u;
// Round 57: a relative clause on what the citizen needs ("De har brug for faste timer, hvor De kan komme ud af huset",
// "behov for et sted, som hun kan trække sig til"): what the help shall give room for, not a skill the citizen has now.
const NEED_RELATIVE_BEFORE = /(?<![\p{L}])(?:brug|behov)\s+for\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+\s*,\s*(?:hvor|som|hvori|der)\s+(?:(?:du|de|i|han|hun|barnet)\s+(?:selv\s+)?)?$/u;
const THING_RELATIVE_BEFORE = /(?<![\p{L}])(?:en|et|ny|nyt|anden|andet|\d+|to|tre|fire|fem|seks|syv|otte|ni|ti|nogle|flere)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+\s*,\s*(?:som\s+|hvor\s+)?$/u;

// "Ressourcer" named as the yardstick of the assessment, not as something the citizen has
// ("Ved vurderingen indgår husstandens samlede ressourcer", "ud fra en vurdering af dine
// ressourcer"): that is the rule; what the household can do must still be said.
const RESOURCE_WORD = /^ressourc/u;
const YARDSTICK_BEFORE =
  /(?:samlede|husstandens|hjemmets|(?:vurdering\p{L}*|vurder\p{L}*|udgangspunkt|inddrag\p{L}*|hensyn|højde|afdæk\p{L}*|ser\s+på|set\s+på|kigget\s+på)\s+(?:\p{L}+\s+){0,2}?(?:din|dine|jeres|deres|borgerens|barnets|familiens|husstandens)(?:\s+egne)?)\s+$/u;

// (Case-sensitive for "I" and "De"; a sentence-initial "I" may be the preposition, which only
// keeps a match.)
const SPEAKS_TO_OR_AS_CITIZEN = /(?<![\p{L}])(?:[dD]u|dig|[dD]i[nt]|[dD]ine|I|jer|[jJ]eres|De|Dem|Deres|[jJ]eg|mig|[mM]i[nt]|[mM]ine)(?![\p{L}])/u;

// A goal written under a purpose heading or label, as a bare "at"-clause ("Formål med indsatsen:
// / At mor bliver tryg …, og at Yasmin … trives"): what the help shall lead to.
// (Round 39: also a plain-language heading with the subject first or the help named, "Hvad det skal føre til:",
// "Det skal timerne med Dennis bruges til nu": what the help is for, with the goal below it.)
const GOAL_HEADING = /^\s*(?:\d{1,2}[.)]\s*)?(?:formål|mål(?:et|ene|sætning)?|indsatsformål|indsatsmål|hvad\s+(?:\p{L}+\s+)?skal\s+(?:\p{L}+\s+)?føre\s+til|(?:hvad|det)\s+skal\s+(?:[\p{L}']+\s+){1,4}?bruges\s+(?:til|på))(?![\p{L}])/iu;
const GOAL_LABEL_LINE = /^\s*(?:formål\p{L}*|mål(?:et|ene|sætning)?|indsatsmål|delmål)(?:\s+\p{L}+){0,3}\s*:\s*at\s[^.;:]*$/iu;
const BARE_AT = /^\s*(?:[-•*–·▪◦]\s*)?at\s/iu;

/** The sentence opens with "at" right under a heading that names the goal. */
function goalUnderHeading(letter: Letter, si: number): boolean {
  const s = letter.sentence(si);
  if (!BARE_AT.test(letter.text.slice(s.start, s.start + 8))) return false;
  const blocks = letter.seg.blocks;
  for (let b = s.block; b >= 0; b--) if (blocks[b]!.kind === 'heading') return GOAL_HEADING.test(letter.slice(blocks[b]!));
  return false;
}

// An ability expected later ("Det forventes, at du kan lave mad igen, når du er genoptrænet") or
// a condition of the rule ("tilskud forudsætter, at modtageren er i stand til …", "det kræver, at
// du selv kan …"): neither says what the citizen can now.
const EXPECTED_OR_REQUIRED_BEFORE =
  /(?<![\p{L}])(?:forvent\p{L}*|regner\s+(?:vi\s+|jeg\s+)?med|(?:forudsæt\p{L}*|kræver|krævet|krav(?:et)?\s+om|betingelse(?:n)?)(?:\s+for\s+(?:\p{L}+\s+){0,2}?\p{L}+)?(?:\s+er)?)\s*,?\s+at\s+[^.;:,]{0,40}$/u;
// The standard line on taking part "as far as one can" ("De forventes at deltage i opgaverne i det
// omfang, De er i stand til det", "så vidt du selv kan"): a general expectation, not what this
// citizen can.
const EXTENT_BEFORE = /(?<![\p{L}])(?:i\s+det\s+omfang|i\s+den\s+udstrækning|så\s+vidt|så\s+langt)\s*,?\s+(?:du|de|i|han|hun|barnet|borgeren|pågældende)\s+(?:selv\s+)?$/u;
// What the help shall ensure ("Rengøringen skal sikre, at dit hjem er rent nok til, at du kan færdes
// sikkert"): a goal, even across the commas of its clause.
const SHALL_ENSURE = /(?<![\p{L}])(?:skal|skulle)\s+(?:være\s+med\s+til\s+at\s+)?(?:sikre|sørge\s+for|understøtte|medvirke\s+til)\s*,?\s+at(?![\p{L}])[^.;:]*$/u;
const RECOMMENDED_AFTER = /^\s+(?:vil|ville|skal|kunne)\s+(?:kunne\s+)?(?:hjælpe|gavne|støtte|styrke)(?![\p{L}])/u;
// "netværk*" in the name of an intervention or a staff role ("et netværksforløb i Familiehuset",
// "netværkskonsulenten"): the municipality's offer, not the family's network.
// (Round 58: also a meeting by that name, "på netværksmødet sagde du …": a kind of meeting the case held, not who the
// citizen has; the people at it count where they are named as helping.)
const NETWORK_OFFER = /^netværks(?:forløb|konsulent|indsats|tilbud|gruppe|koordinator|rådgiv|kursus|kurser|træning|møde)/u;
// Round 58: a closing formula ("Kærlig hilsen", "Kærlige hilsner"): the writer's greeting, not a parent's warmth.
const GREETING_AFTER = /^\s+(?:hilsen|hilsner)(?![\p{L}])/u;
// Round 58: what the letter acknowledges is a thing or a hardship, not the person ("Vi anerkender, at fysisk aktivitet
// er godt for ham, men …", "anerkender, at turen er lang"): a concession before the refusal. The person as the subject
// ("anerkender, at du er motiveret", "at mor er kærlig over for ham", "at Camilla er begyndt i behandling") stays;
// run on the original text so that "I", "De" and names (capitals) are never taken for a thing.
const ACKNOWLEDGED_THING_AFTER =
  /^\s+(?!(?:du|han|hun|de|der|mor|far|moderen|faderen|forældrene|familien|barnet|pigen|drengen|mormor|morfar|farmor|farfar|bedsteforældrene|plejefamilien|plejeforældrene|begge|den\s+unge)(?![\p{L}]))\p{Ll}+(?:\s+\p{Ll}+){0,3}?\s+(?:er|var|bliver|blev)(?![\p{L}])/u;
// Round 58: an open offer told by what one may do there ("rådgivningen, hvor Victor selv kan komme og tale med en
// rådgiver", "hvor du selv kan møde op uden tid"): how the place takes people in, not a skill ("du kan selv komme op af
// stolen" stays: no "hvor" before it).
const OPEN_PLACE_BEFORE = /(?<![\p{L}])hvor\s+(?:\p{L}+\s+){0,2}$/u;
const DROP_IN_AFTER = /^\s+(?:komme\s+(?:og|forbi|ind|uden|anonymt|når)|møde\s+op|droppe\s+ind|kigge\s+(?:ind|forbi)|henvende|ringe)(?![\p{L}])/u;

// Round 19: "selv" that belongs to a feeling or an opinion ("fordi du selv føler, det hjælper", "som
// hun selv mener"): a view, not an ability; the office doing something itself ("en ydelse, som
// kommunen selv kan give"): not the citizen; and the rule's class of people ("Afløsning kan kun
// gives til en ægtefælle eller nær pårørende, der passer en person i hjemmet"): who the law means,
// not this citizen's network.
const VIEW_AFTER = /^\s+(?:føler|følte|synes|syntes|mener|mente|tror|troede|oplever|oplevede)(?![\p{L}])/u;
const OFFICE_BEFORE = /(?<![\p{L}])(?:kommunen|vi|visitationen|hjemmeplejen|jobcentret|regionen|forvaltningen)\s+$/u;
// Round 25: a place or its staff as the subject, with words between ("at skolen efter kurset i april
// selv kan hjælpe med målingerne"): what the school can, not the family; and help to someone in
// general ("en hjælp til de pårørende, der passer en person med nedsat funktionsevne"): who the law
// means, not this citizen's network.
const PLACE_SUBJECT_BEFORE =
  /(?<![\p{L}])(?:skolen|institutionen|dagtilbuddet|børnehaven|vuggestuen|personalet|lærerne|pædagogerne|plejehjemmet|bostedet|botilbuddet|hjemmeplejen|jobcentret|sygehuset|hospitalet)\s+(?:(?!(?:du|hun|han|jeg|barnet)\s)\p{L}+\s+){1,4}$/u;
const ANYONE_AFTER = /^\s+(?:en|et)\s+(?:person|nærtstående|borger|menneske)(?![\p{L}])/u;
const RULE_CLASS_BEFORE = /(?<![\p{L}])(?:gives|ydes|bevilges|tilbydes|gælder)\s+(?:\p{L}+\s+)?(?:til|for)\s+(?:en|et)\s+$/u;
// Round 44: a class of people in the service level ("bevilger kommunen ikke madservice til borgere, der selv kan
// tilberede et måltid, eller som har en ægtefælle, der kan klare det"): who the rule leaves out, not this citizen.
// Round 73: see the comparison check in detect ("som sine kammerater", "som de andre kammerater").
const LIKE_PEERS_BEFORE = /(?<![\p{L}])som\s+(?:sine|sin|sit|hans|hendes|dine|din|dit|jeres|deres|de\s+andre|andre)\s+$/u;
// Round 73: peers in general as the subject ("andre børn på Idas alder også", "de fleste unge"), right before the match.
const PEER_WORD = /^(?:\p{L}*kammerat|venner|veninde|jævnaldrende|søskende)/u;
const PEERS_SUBJECT_BEFORE =
  /(?<![\p{L}])(?:andre|mange|de\s+fleste|jævnaldrende|almindelige)\s+(?:børn|unge|piger|drenge|familier|forældre|mennesker|voksne|jævnaldrende)(?:\s+(?:på|i|uden|med)(?:\s+[\p{L}']+){1,3}?)?(?:\s+(?:også|ofte|typisk|normalt|gerne|jo|altså)){0,2}\s+$/u;
const PEOPLE_CLASS_BEFORE = /(?<![\p{L}])(?:borgere|personer|ansøgere|pensionister|ældre|mennesker|modtagere|brugere)\s*,?\s+(?:der|som)\s[^.;:]*$/u;
// Round 44: a relative or neighbour of the past ("hvor Deres tidligere nabo bor", "din afdøde mand"): no network now.
const FORMER_BEFORE = /(?<![\p{L}])(?:tidligere|afdøde|forhenværende|fraskilte)\s+$/u;
// Round 44: a neighbour or friend named only for their taste or advice ("fordi din nabo er glad for den", "naboen
// har anbefalet firmaet"): a reason for a choice of supplier, no support.
const OPINION_AFTER = /^\s+(?:er\s+(?:\p{L}+\s+)?(?:glad|tilfreds|begejstret)\s+for\s+(?:den|det|dem|maden|firmaet|leverandøren|stedet)(?![\p{L}])|anbefal\p{L}*|har\s+anbefalet|har\s+gode\s+erfaringer)/u;
const NETWORK_PERSON = /^(?:nabo|veninde|ven(?![\p{L}])|venner|mand|kone|hustru|ægtefælle|samlever|kæreste|kollega|svoger|svigerinde)/u;

// Round 27: help named by the bare verb ("hjælper dig", "handler ind for dig") counts only after a
// first name inside the sentence ("at Grethe hjælper dig ind og ud af bruseren", "at Anne allerede
// handler ind for dig"): a person of the citizen's own. Not after staff, a pronoun, an office or a
// word that opens the sentence ("Hjemmeplejen hjælper dig med badet", "Vi hjælper dig", "din
// kontaktperson Mette hjælper dig").
const BARE_HELP = /^(?:hjælper|handler\s+ind\s+for)\s/u;
// "tager sig af" counts after a first name or a relative anywhere before it in the sentence, not staff, and only
// with a person as its object ("Henrik arbejder fuld tid og tager sig af Freja om aftenen").
const JOB = /^(?:arbejder\s+som|(?:dit|sit)\s+(?:arbejde|job)\s)/u;
const NEGATED_CLAUSE_BEFORE = /(?<![\p{L}])(?:ikke|ingen|aldrig|miste)(?![\p{L}])[^,;]*$/u;
const TAKES_CARE = /^(?:(?:kan\s+)?tage|tager|tog)\s+sig\s+af$/u;
const PERSON_AFTER = /^\s+(?:\p{Lu}\p{Ll}+|barnet|børnene|hende|ham|dig|jer|Dem|sin|sine|sit|hans|hendes|deres|jeres|din|dine|dit)(?![\p{L}])/u;
const FIRST_NAME = /(?<![\p{L}])(\p{Lu}\p{Ll}+)(?![\p{L}])/gu;
function caresForSomeone(letter: Letter, s: { start: number; end: number }, m: { start: number; end: number }): boolean {
  const head = letter.text.slice(s.start, m.start);
  // (Not a relative clause on what the help gives: "voksne, der tager sig af ham".)
  if (!PERSON_AFTER.test(letter.text.slice(m.end, Math.min(s.end, m.end + 20))) || STAFF_BEFORE.test(head.toLowerCase()) || /(?<![\p{L}])(?:der|som)\s+$/u.test(head)) return false;
  if (RELATIVE_BEFORE.test(head.toLowerCase())) return true;
  for (const n of head.matchAll(FIRST_NAME)) if (!NOT_A_NAME.test(n[1]!)) return true;
  return false;
}
const NAME_BEFORE = /(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+(?:(?:allerede|også|stadig|fortsat|gerne|ofte|tit|jævnligt|altid|nu|dagligt)\s+)?$/u;
const NOT_A_NAME = /^(?:De|Dem|Deres|Du|Vi|Jeg|Hun|Han|Det|Den|Der|Som|Hvis|Når|Og|Men|Så|Her|Nu)$|pleje|hjælp|terapeut|kommun|center|centret|team|personale|bostøtte|leverandør|visitation|afdeling|firma|service|aflast|famili/u;

/** A bare "hjælper dig" match follows a first name that is not the sentence's first word. */
function namedHelper(letter: Letter, s: { start: number }, mStart: number): boolean {
  const head = letter.text.slice(s.start, mStart);
  const name = NAME_BEFORE.exec(head);
  if (!name || !head.slice(0, name.index).trim()) return false;
  if (NOT_A_NAME.test(name[1]!)) return false;
  return !STAFF_BEFORE.test(head.toLowerCase());
}

// Round 27: what suits the citizen best ("du fungerer bedst fra en time efter medicinen", "Laura
// trives bedst i små rammer"): a need the help must fit, not an ability; a network an association
// runs ("Diabetesforeningen har et netværk for forældre"): an offer, not the family's own; and a
// goal of a change that runs past the 60-character window ("Ombygningen skal gøre det muligt for
// dig selv at komme ud på terrassen og i bad uden hjælp").
const BEST_AFTER = /^\s+(?:bedst|dårligst)(?![\p{L}])/u;
const OFFERED_NETWORK = /(?<![\p{L}])(?:et|ét|deres|foreningens)\s+$/u;
const ENABLE_GOAL = /(?<![\p{L}])gøre\s+det\s+muligt\s+(?:for\s+\p{L}+\s+(?:selv\s+)?)?at(?![\p{L}])[^.;:,]*$/u;

// Round 33: helpers for the checks of the same round in detect (see there).
const OBJECT_DUTY_BEFORE = /(?<![\p{L}])(?:skal|må|bør|betal\p{L}*|hent\p{L}*|afhent\p{L}*|bestil\p{L}*|køb\p{L}*|sørge\s+for)\s+(?:\p{L}+\s+){0,2}$/u;
const AT_HOME_CONDITION_BEFORE = /(?<![\p{L}])(?:når|hvis|medmindre|indtil|mens)\s+(?:\p{L}+\s+)?["»“”]?$/u;
const HELP_FORM_AFTER = /^\s+(?:ansætte|lede|vælge|være\s+arbejds(?:leder|giver)|have|få|bestemme)(?![\p{L}])/u;
const THERAPY_AFTER = /^\s+(?:på|hos|i)\s+(?:\p{L}+\s+)?\p{L}*(?:terapi|terapien|terapeut\p{L}*|genoptræning\p{L}*|sygehus\p{L}*|hospital\p{L}*|klinik\p{L}*)(?![\p{L}])/u;

// Round 36: "så" right before a verb with the subject after it is "and then", not a purpose ("du kan sidde i
// lænestolen, og så klarer du selv de få skridt til sengen senere"); a purpose puts the subject first ("så du
// selv kan"). Modal verbs stay out: "så kan du selv komme ud" is what the help makes possible.
const THEN_BEFORE = /(?<![\p{L}])så\s+$/u;
const INVERTED_MATCH = /^(?!(?:kan|kunne|skal|skulle|vil|ville)\s)\p{L}+\s+(?:du|de|i|hun|han)\s/iu;
function thenInverted(before: string, matched: string): boolean {
  return THEN_BEFORE.test(before) && INVERTED_MATCH.test(matched);
}
// Round 36: walking with one's aid said as the limit ("du går med rollator og må hvile efter kort tid"): what
// the citizen cannot do for long, not a skill (the guide's limitation).
const MUST_REST_AFTER = /^\s*(?:\p{L}+\s+){0,2}?og\s+(?:må|skal|bliver\s+nødt\s+til\s+at)\s+(?:hvile|sætte\s+(?:sig|dig|Dem)|stoppe|stå\s+stille|holde\s+pause)/iu;

// Round 37: "uden problemer" / "uden besvær" counts only for a person doing something in a clause that is not
// negated ("du bar tallerkenen til bordet uden problemer"; not "en afprøvning, der forløb uden problemer" or
// "du kan ikke længere gå på trappen uden besvær").
const WITHOUT_TROUBLE = /^uden\s+(?:problemer|besvær)$/u;
// Round 42: a skill denied with words between the negation and "uden hjælp" ("ikke kan rejse sig fra en almindelig
// lænestol uden hjælp", "kan ikke komme op af badekarret uden hjælpemidler"): the limitation, not a skill; the clause
// ends at "og"/"men" ("… kan ikke gå på trappen, men går uden hjælp i stuen" keeps its skill).
const WITHOUT_HELP = /^uden\s+hjælp(?:emidl\p{L}*|emiddel)?$/u;
// (Round 71: "eller" joins objects inside the denial, "kan ikke rejse Dem fra sengen eller stolen uden hjælp"; only
// "og"/"men" may open a new clause.)
const DENIED_SKILL_BEFORE =
  /(?<![\p{L}])(?:(?:ikke|aldrig)\s+(?:længere\s+|selv\s+)?(?:kan|kunne|klarer|klarede|magter|formår)|(?:kan|kunne|klarer|klarede|magter|formår)\s+(?:\p{L}+\s+)?(?:ikke|aldrig))(?![\p{L}])(?:(?!\s(?:og|men)\s)[^,;.]){0,60}$/u;
const PERSON_IN_CLAUSE = /(?<![\p{L}])(?:[dD]u|De|[hH]un|[hH]an|I|\p{Lu}\p{Ll}+\s+(?:viste|kunne|kan|klarede|klarer|gik|går|cyklede|kørte))(?![\p{L}])/u;

// Round 38: the one who saw, right before "så" ("Hun så", "Ergoterapeuten så", "vi så også"), not a comma or a
// conjunction that opens a clause of purpose.
// Round 39: helpers for the checks of the same round in detect.
const COMPELLED_BEFORE = /(?<![\p{L}])(?:(?:har|havde)\s+(?:(?:du|de|i|han|hun)\s+)?måttet|måtte|er\s+nødt\s+til\s+at|var\s+nødt\s+til\s+at|bliver\s+nødt\s+til\s+at)\s+(?:\p{L}+\s+){0,2}$/u;
const CHOICE_VERB_BEFORE = /(?<![\p{L}])(?:bestemmer|vælger|beslutter|afgør|styrer|planlægger)\s+$/u;
// Round 52: a duty put first with the subject after it ("Kørslen sørger I selv for", "Udgiften afholder du selv"): what
// the letter hands over, like "du skal selv sørge for"; not a skill ("du sørger selv for at tage din medicin" keeps it).
const ERRAND_CHANNEL_AFTER = /^\s+(?:\p{L}+\s+){0,3}?(?:hjemmeside\p{L}*|borger\.dk|sundhed\.dk|nettet|online|digitalt|selvbetjening\p{L}*|ansøgningsskema\p{L}*|skema\p{L}*|formular\p{L}*|mitid)(?![\p{L}])/u;
const DUTY_VERB_BEFORE = /(?<![\p{L}])(?:sørger|betaler|afholder|dækker|bekoster|finansierer)\s+$/u;
// Round 52: walking with one's aid as a time or a condition ("du kan ikke løfte foden over dørtrinnet, når du går med
// rollator"): the circumstance of something else, often a limitation, not a skill.
const WHEN_WALKING_BEFORE = /(?<![\p{L}])(?:når|mens|hvis)\s+(?:du|De|hun|han|borgeren|pågældende)\s+(?:\p{L}+\s+)?$/iu;
// Round 52: help "fra" a person by first name ("tager brusebad med hjælp fra Ruth"): the family's help; not an office or
// staff ("med hjælp fra Hjemmeplejen", "fra Mette, din kontaktperson").
// Round 52: what the help is needed for ("ændringerne er nødvendige for, at du kan bruge dit badeværelse", "det er en
// forudsætning for, at hun kan blive boende"): a goal of the help, across the comma before "at". (Not denied: "stolen er
// ikke nødvendig for, at du kan klare dig" says the citizen manages without it.)
// Round 73: also the need said without "for" ("er det nødvendigt, at du kan komme rundt i alle rum", "det er en forudsætning,
// at hun kan stå op"): what the granted change must make possible, not what the citizen manages now.
const NEEDED_FOR_BEFORE = /(?<![\p{L}])(?<!ikke\s)(?<!ikke\s+længere\s)(?:nødvendig\p{L}*|forudsætning\p{L}*|afgørende)(?:\s+for)?\s*,?\s+at\s+[^.;:,]*$/u;
// Round 64: but an extra function of the aid said not to be needed ("Massagefunktionen er ikke nødvendig for, at du kan
// rejse dig", "sædeløftet er derfor ikke nødvendigt for, at du kan klare dig"): the basic aid still does the job, so the
// sentence says what the granted aid is for, not what the citizen manages alone (the whole help denied stays a skill).
const PART_NOT_NEEDED_BEFORE =
  /(?<![\p{L}])\p{L}*(?:funktion|løft|motor)(?:en|et)?\s+(?:(?:er|derfor|altså|dog|jo|også)\s+){0,3}ikke\s+(?:er\s+)?nødvendig\p{L}*\s+for\s*,?\s+at\s+[^.;:,]*$/u;
const NAMED_HELP = /^(?:med\s+)?hjælp\s+fra\s+(\S+)$/u;
const SAW_SUBJECT_BEFORE = /(?<![\p{L}])(?!(?:og|men|eller|så|da|fordi)\s)\p{L}+\s+(?:(?:også|selv|desuden|tydeligt|samtidig)\s+)?$/u;
// Round 40: people the citizen has drawn away from or lost touch with ("har trukket sig fra kammeraterne", "isolerer
// sig fra sine venner", "har mistet kontakten til naboerne"): a withdrawal, the opposite of a network.
const WITHDRAWN_BEFORE =
  /(?<![\p{L}])(?:(?:trukket|trækker|trak|isoleret|isolerer|isolerede|holder|holdt|lukket|lukker|lukkede)\s+(?:sig|dig|Dem|jer)\s+(?:\p{L}+\s+){0,2}?(?:væk\s+)?fra|(?:mistet|mister|mistede)\s+(?:\p{L}+\s+)?kontakt(?:en)?\s+(?:til|med)|(?:brudt|bryder|brød)\s+(?:\p{L}+\s+)?(?:med|kontakten\s+til))\s+(?:(?:sine|sin|sit|dine|din|dit|hans|hendes|jeres|de|alle)\s+)?(?:\p{L}+\s+)?$/u;
// Round 73: the start of the job pattern in default-rules ("er startet i fleksjob", "startede den 1. maj i skånejob").
const JOB_START = /^(?:er\s+(?:\p{L}+\s+)?(?:startet|begyndt|kommet)|startede|begyndte)(?![\p{L}])/u;
const WHEN_SUBJECT_BEFORE = /(?<![\p{L}])(?:når|hvis|indtil|før|inden|mens)\s+(?:du|de|hun|han|i|borgeren|borger)\s+(?:\p{L}+\s+){0,2}$/u;
// Round 40: a wish that governs a list of things wished for ("du gerne vil synge i koret, komme til kampene og besøge
// din veninde"): the items after commas and "og" are still the wish, unless a new clause opens with a subject or a
// conjunction (", men", ", og det kan hun", ", fordi", ", din datter …"): a list joins its last item with a bare "og".
const WISH_LIST_BEFORE =
  /(?<![\p{L}])(?:gerne\s+vil|vil\s+gerne|ønsker\s+at|håber\s+på\s+at|drømmer\s+om\s+at)\s+[^.;:,]*(?:,\s+(?!(?:men|og|eller|at|fordi|da|så|hvis|når|hvor|der|som|mens|selvom|du|han|hun|de|i|vi|jeg|din|dit|dine|hans|hendes|jeres|det|den)(?![\p{L}]))[^.;:,]*)+$/u;

// Round 71: self-reliance as what a thing would bring about ("den vil ikke gøre dig mere selvhjulpen", "kan gøre hende
// selvstændig i køkkenet"): the effect of the aid, not a state the citizen is in.
const MADE_SELF_RELIANT_BEFORE = /(?<![\p{L}])gøre\s+(?:(?:dig|dem|hende|ham|jer|sig|barnet|borgeren)\s+)?(?:(?:mere|mindre|helt|mest|så|endnu|igen)\s+){0,2}$/u;
const SELF_RELIANT_WORD = /^(?:selvhjulp|selvstændig)/u;
// Round 71: the child's or citizen's own liking of a place of stay, reported as said ("Emil sagde, at han godt kan lide
// at være hos familien Holm", "hun har fortalt, at hun kan lide at være på Solbakken"): their view of the placement, not
// a resource; liking to be with others ("være sammen med") stays one.
// (A date's period may stand between the verb and its "at": "sagde den 2. april, at han …".)
const SAID_LIKES_BEFORE =
  /(?<![\p{L}])(?:sagde|sagt|siger|fortalte|fortalt|fortæller|skrev|skrevet|udtrykte|udtrykt)(?![\p{L}])(?:[^.;:]|(?<=\d)\.){0,80}?,?\s+at\s+(?:du|de|hun|han|i|\p{L}+)\s+(?:(?:godt|rigtig|også|altid|egentlig|stadig|meget)\s+){0,2}$/u;
// Round 71: a liking given as the reason for a wish ("han gerne vil blive på Kæret, fordi han er glad for sin nye skole"):
// why the child wants something, said as their view, not a resource the letter weighs.
const WISH_REASON_BEFORE =
  /(?<![\p{L}])(?:gerne\s+vil|vil\s+gerne|helst\s+vil|vil\s+helst|ønsker|ønskede)(?![\p{L}])[^.;:]{0,100},\s+(?:fordi|da)\s+(?:\p{L}+\s+){1,3}$/u;
const LIKING_WORD = /^(?:glad\s+for|kan\s+(?:\p{L}+\s+){0,3}lide)/u;
const STAY_PLACE_AFTER = /^\s+(?:at\s+)?være\s+(?:hos|på|i|der|her|hjemme)(?![\p{L}])/u;

// Round 72: a child's love of an activity as the parents put it in their application ("I har skrevet, at Freja elsker at
// svømme, og at vandet …", "Du har oplyst, at Sofie elsker at ride"): the parents' view and the reason for what they
// applied for, not a resource; the child's own words ("Emil fortalte selv, at han elsker …") and a liking told as a fact
// of the child ("Liva er en pige, som elsker at tegne") are left as they are.
const PARENTS_SAY_BEFORE =
  /(?<![\p{L}])(?:[Dd]u|I|De)\s+(?:har\s+|havde\s+)?(?:(?:også|selv)\s+)?(?:skrevet|skrev|fortalt|fortalte|oplyst|oplyste|sagt|sagde|nævnt|nævnte)(?![\p{L}])(?:[^.;:]|(?<=\d)\.){0,80}?,?\s+at\s+\p{Lu}\p{Ll}+\s+(?:er\s+)?(?:(?:altid|virkelig|rigtig|bare|også)\s+)?$/u;
const LOVES = /^(?:elsker\s+at|(?:er\s+)?vild\s+med\s+at|(?:er\s+)?begejstret\s+for\s+at)$/u;
// (Only when the activity is what the application is for, "søgt om … kørsel til svømning": a love of an activity named in
// passing, "Det har I ikke søgt om", stays a resource.)
const APPLIED_FOR = /(?<![\p{L}])(?:an)?søg(?:t|te|er)\s+(?:\p{L}+\s+){0,3}?om\s+[^.;:!?]{1,200}/giu;
const ACTIVITY_AFTER = /^\s+(\p{L}{3,})/u;
function lovesWhatWasSought(letter: Letter, after: string): boolean {
  const verb = ACTIVITY_AFTER.exec(after)?.[1];
  if (!verb) return false;
  // The verb's stem names the activity in the application ("svømme" / "svømning", "ride" / "ridefysioterapi").
  const stem = verb.slice(0, Math.min(4, verb.length - 1));
  return letter.matches(APPLIED_FOR).some((a) => letter.lower.slice(a.start, a.end).includes(stem));
}
const LIKED_BECAUSE_BEFORE = /(?<![\p{L}])(?:glad\s+for|holder\s+af|kan\s+lide|nyder)\s*,?\s+(?:fordi|da|når)\s+(?:\p{L}+\s+){1,2}$/u;

const FIELD_LABEL = /\[\p{L}[\p{L} ]{0,30}:\s*/gu;

export function detect(letter: Letter): Detection {
  const { re } = letter.compiled.elements.ressourcer;
  const text = letter.text;
  for (const m of letter.matches(re)) {
    const si = letter.sentenceAt(m.start);
    if (si >= 0) {
      const s = letter.sentence(si);
      if (COMPLAINT_SENTENCE.test(letter.slice(s))) continue;
      if (goalUnderHeading(letter, si)) continue;
      // Round 36: a goal on the line of its label ("Formål: At du selv kan handle ind"): what the help shall
      // lead to, like a goal under a heading.
      if (GOAL_LABEL_LINE.test(text.slice(Math.max(s.start, text.lastIndexOf('\n', m.start - 1) + 1), m.start))) continue;
      // The law or the standard stated or quoted ("Ledsagelse bevilges ikke, hvis borgerens behov
      // kan dækkes af … hjælp fra netværket", in quotation marks): a condition of the rule, not
      // what this citizen has. (The citizen's own words in quotes speak as "jeg" or "du".)
      if (!SPEAKS_TO_OR_AS_CITIZEN.test(letter.slice(s)) && isLawSentence(letter, s)) continue;
      // Round 61: a template's bracketed field label before its filled-in text ("Formålet med hjælpemidlet er [formål: at du
      // selv kan komme rundt]") is read through, so the purpose clause around it still counts.
      const before = text.slice(Math.max(s.start, m.start - 60), m.start).toLowerCase().replace(FIELD_LABEL, '');
      if ((PURPOSE.test(before) && !thenInverted(before, text.slice(m.start, m.end))) || WISH_BEFORE.test(before) || WISH_THAT_BEFORE.test(before) || NEGATED_BEFORE.test(before) || NOBODY_ELSE_BEFORE.test(before)) continue;
      if (WITHDRAWN_BEFORE.test(before) || ADVISED_BEFORE.test(before)) continue;
      if (HARD_TO_REACH_BEFORE.test(before) || BACK_TO_BEFORE.test(before)) continue;
      if (/arbejde$/u.test(text.slice(m.start, m.end).toLowerCase()) && JOB_TIE_AFTER.test(text.slice(m.end, Math.min(s.end, m.end + 40)).toLowerCase())) continue;
      // Round 55: a parent's working hours in a child's case ("Du arbejder 37 timer om ugen som sygeplejerske") are the
      // ground for lost earnings or the time the family is away, not a resource of the child's.
      if (letter.area === 'boern' && /(?:^|\s)arbejde[rt]\s.*\stimer\s/su.test(text.slice(m.start, m.end).toLowerCase())) continue;
      // Round 55: a pastime given as the reason the citizen likes a day or a place of the offer ("fredagen er den dag,
      // du er mest glad for, fordi I spiller kort"): what the citizen values and would miss, not what they can or do.
      if (/^spiller\s/u.test(text.slice(m.start, m.start + 8).toLowerCase()) && LIKED_BECAUSE_BEFORE.test(before)) continue;
      if (NEEDED_FOR_BEFORE.test(before) || PART_NOT_NEEDED_BEFORE.test(before)) continue;
      if (NEED_RELATIVE_BEFORE.test(before)) continue;
      // Round 40: shopping on the net as a condition ("når du bestiller dem på nettet"): how delivery works, not a habit.
      if (/(?:nettet|online)$/u.test(text.slice(m.start, m.end).toLowerCase()) && WHEN_SUBJECT_BEFORE.test(before)) continue;
      // Round 73: a job start as a time to come ("når du er startet i fleksjob", "før du begyndte i praktik"): not a job held now.
      if (JOB_START.test(text.slice(m.start, m.start + 24).toLowerCase()) && WHEN_SUBJECT_BEFORE.test(before)) continue;
      if (WISH_LIST_BEFORE.test(text.slice(Math.max(s.start, m.start - 200), m.start).toLowerCase())) continue;
      if (RESOURCE_WORD.test(text.slice(m.start, m.start + 8).toLowerCase()) && YARDSTICK_BEFORE.test(before)) continue;
      // Round 38: "så, at du … kan" is what someone saw only after its subject ("Hun så, at …"); at the start of a
      // clause ("…, så at du kan komme i bad", "Så, at …") it is a purpose or a consequence.
      if (/^så[\s,]/u.test(text.slice(m.start, m.start + 3).toLowerCase()) && !SAW_SUBJECT_BEFORE.test(before)) continue;
      // (A work arrangement named as missing with more words between: "Ingen af jer har fleksibel
      // arbejdstid", "hverken du eller din mand kan arbejde hjemme".)
      if (WORK_ROOM.test(text.slice(m.start, m.start + 12).toLowerCase()) && WORK_ROOM_NEGATED_BEFORE.test(before)) continue;
      if (WORRY_BEFORE.test(before) || WHETHER_BEFORE.test(before) || SOURCE_BEFORE.test(before)) continue;
      if (WHETHER_NAME_BEFORE.test(text.slice(Math.max(s.start, m.start - 40), m.start))) continue;
      if (HOW_BEFORE.test(before)) continue;
      if (EXPECTED_OR_REQUIRED_BEFORE.test(before) || EXTENT_BEFORE.test(before)) continue;
      if (RULE_CLASS_BEFORE.test(before)) continue;
      if (PEOPLE_CLASS_BEFORE.test(text.slice(Math.max(s.start, m.start - 200), m.start).toLowerCase())) continue;
      if (FORMER_BEFORE.test(before) && NETWORK_PERSON.test(text.slice(m.start, m.end).toLowerCase())) continue;
      if (CHECK_BEFORE.test(text.slice(Math.max(s.start, m.start - 120), m.start))) continue;
      if (/^selv/u.test(text.slice(m.start, m.start + 4).toLowerCase()) && (OFFICE_BEFORE.test(before) || PLACE_SUBJECT_BEFORE.test(before))) continue;
      if (/selv$/u.test(text.slice(m.start, m.end).toLowerCase()) && VIEW_AFTER.test(text.slice(m.end, Math.min(s.end, m.end + 20)).toLowerCase())) continue;
      // A comparison ("slider ikke mere på sit tøj end kammeraterne"): others named as a yardstick.
      if (/(?<![\p{L}])(?:end|ligesom)\s+(?:de\s+|sine\s+|sin\s+|sit\s+|hans\s+|hendes\s+|andre\s+|deres\s+|din\s+|dine\s+|jeres\s+)?$/u.test(before)) continue;
      // Round 73: the same with a bare "som" and a possessive ("kan ikke være med på lejren som sine kammerater"); the
      // match must be a peer word ("som din kone kører" is a relative clause on a car, not a comparison).
      if (PEER_WORD.test(text.slice(m.start, m.end).toLowerCase()) && LIKE_PEERS_BEFORE.test(before)) continue;
      // Round 73: what peers in general do, as the yardstick of an ordinary expense ("andre børn på hans alder går også til
      // fodbold", "mange unge har et fritidsjob"): others, not this child or citizen.
      if (PEERS_SUBJECT_BEFORE.test(before)) continue;
      if (NETWORK_OFFER.test(text.slice(m.start, m.end).toLowerCase())) continue;
      if (/^kærlig/u.test(text.slice(m.start, m.start + 7).toLowerCase()) && GREETING_AFTER.test(text.slice(m.end, m.end + 12).toLowerCase())) continue;
      if (/^anerkender/u.test(text.slice(m.start, m.start + 10).toLowerCase()) && ACKNOWLEDGED_THING_AFTER.test(text.slice(m.end, Math.min(s.end, m.end + 60)))) continue;
      if (/selv\s+kan$/u.test(text.slice(m.start, m.end).toLowerCase()) && OPEN_PLACE_BEFORE.test(before) && DROP_IN_AFTER.test(text.slice(m.end, Math.min(s.end, m.end + 30)).toLowerCase())) continue;
      // (Round 53: not "som om", how things look: "det lyder, som om du er godt i gang" is no question whether.)
      if (/(?<![\p{L}])(?<!som\s)om\s+$/u.test(before) && SUBJECT_FIRST.test(text.slice(m.start, m.end))) continue;
      // Round 29: progress asked about, not found ("ser derefter på, om der er fremgang").
      if (/(?<![\p{L}])om\s+$/u.test(before) && /^der\s/iu.test(text.slice(m.start, m.start + 4))) continue;
      if (/^\s*med\s/iu.test(text.slice(s.start, s.start + 6)) && WITH_AID.test(text.slice(s.start, m.start).toLowerCase())) continue;
      if (/^\s*med\s/iu.test(text.slice(s.start, s.start + 6)) && /^kan\s/iu.test(text.slice(m.start, m.start + 4)) && WITH_AIDS_LISTED.test(text.slice(s.start, m.start).toLowerCase())) continue;
      if (TOO_MUCH_BEFORE.test(before)) continue;
      // A goal sentence runs on after its "at": look from the sentence start (bounded).
      const sinceStart = text.slice(Math.max(s.start, m.start - 200), m.start).toLowerCase();
      if (GOAL_CLAUSE.test(sinceStart) || SHALL_ENSURE.test(sinceStart) || ENABLE_GOAL.test(sinceStart) || WITH_AIM_THAT.test(sinceStart)) continue;
      const after = text.slice(m.end, Math.min(s.end, m.end + 40)).toLowerCase();
      const matched = text.slice(m.start, m.end).toLowerCase();
      if (/(?:trives|fungerer)$/u.test(matched) && BEST_AFTER.test(after)) continue;
      if (matched.startsWith('netværk') && /^\s+for\s/u.test(after) && OFFERED_NETWORK.test(before)) continue;
      if (NEGATED_AFTER.test(after)) continue;
      if (ANYONE_AFTER.test(after)) continue;
      // A thing recommended for the family ("PPR skriver, at faste rutiner vil hjælpe ham"): what
      // would help, not what they have.
      if (RECOMMENDED_AFTER.test(after)) continue;
      if (/kommer(?!\s+stabilt)/u.test(text.slice(m.start, m.end)) && COMES_TO_A_PLACE.test(text.slice(m.end, Math.min(s.end, m.end + 60)).toLowerCase())) continue;
      // "Din datter kan ikke hjælpe dig": the negation inside a network pattern (not "ingen begrænsninger").
      if (m.end - m.start > 12 && NEGATED_INSIDE.test(text.slice(m.start + 1, m.end).toLowerCase())) continue;
      if (MODAL.test(text.slice(m.start, m.end).toLowerCase()) && (NOT_ABILITY_AFTER.test(after) || USE_NAMED_PLACE_AFTER.test(text.slice(m.end, Math.min(s.end, m.end + 40))))) continue;
      const lower = text.slice(m.start, m.end).toLowerCase();
      if (BARE_HELP.test(lower) && !namedHelper(letter, s, m.start)) continue;
      if (TAKES_CARE.test(lower) && !caresForSomeone(letter, s, m)) continue;
      // "du ikke kan tage bussen til dit arbejde i Odense": a job one cannot get to is named as the problem.
      if (JOB.test(lower) && NEGATED_CLAUSE_BEFORE.test(before)) continue;
      // Round 60: the job named as where an aid is to be used ("du skal bruge stolen på dit arbejde som bogholder", "Stolen
      // skal bruges på dit arbejde"): why the aid belongs to the workplace, not the citizen's work as a resource.
      if (JOB.test(lower) && AID_USED_AT_BEFORE.test(before)) continue;
      if (RELATIVE_WORD_START.test(lower) && OBJECT_RELATIVE_BEFORE.test(before) && !SUBJECT_BETWEEN.test(lower)) continue;
      if (GROUP_WORD_START.test(lower) && TARGET_GROUP_BEFORE.test(before)) continue;
      // (Also a grandparent or a neighbour alone as the one the citizen visits, "besøge din mormor i Brønderslev".)
      // (Round 59: and a friend or neighbour as where the citizen goes, "tager taxa til supermarkedet og til dine
      // veninder", as Round 53 did for relatives: a destination, not help.)
      if (BARE_RELATIVE.test(lower) && /(?<![\p{L}])(?:besøge|besøger|besøgte|til)\s+(?:din|dit|dine|jeres|deres|sin|sine|hans|hendes)\s+$/u.test(before) && !SUBJECT_BETWEEN.test(text.slice(m.end, Math.min(s.end, m.end + 12)).toLowerCase().replace(/^\s*,?\s*/u, '').split(/\s+/u)[0] ?? '')) continue;
      if (BARE_RELATIVE.test(lower) && WORRY_AFTER.test(text.slice(m.end, Math.min(s.end, m.end + 100)).toLowerCase())) continue;
      if (BARE_RELATIVE.test(lower) && EVENT_AFTER.test(after)) continue;
      if (BARE_RELATIVE.test(lower) && OPINION_AFTER.test(after)) continue;
      if (BARE_RELATIVE.test(lower) && LIVES_THERE_AFTER.test(after) && WISH_IN_SENTENCE.test(sinceStart)) continue;
      if (/^kan\s/u.test(lower) && BARE_THING_RELATIVE_BEFORE.test(before)) continue;
      if (BARE_RELATIVE.test(lower) && REPORTED_BY_BEFORE.test(sinceStart)) continue;
      if (PERMISSION_INSIDE.test(lower)) continue;
      if (RELATIVE_BEFORE.test(lower) && MAY_LET_BEFORE.test(text.slice(s.start, m.start).toLowerCase()) && PROXY_ROLE.test(letter.slice(s))) continue;
      if (/^gik\s/u.test(lower) && BEFORE_ILLNESS_AFTER.test(after)) continue;
      if (/^har\s+(?:\p{L}+\s+)?fri\s/u.test(lower) && INSTITUTION_SUBJECT_BEFORE.test(before)) continue;
      // Round 41: "vokser normalt ud af tøjet" is how fast clothes are outgrown, not the child's growth.
      if (lower === 'vokser normalt' && /^\s+ud\s+af(?![\p{L}])/u.test(after)) continue;
      if (lower.startsWith('i forvejen') && !CITIZEN_JUST_BEFORE.test(before)) continue;
      // Round 33: a task with its object before "selv" after a charge or a duty ("Du skal betale maden selv",
      // "du må hente indkøbene selv"): what the letter hands over, not what the citizen manages.
      // (Also a goal that began further back: "Rollatoren skal hjælpe dig med at komme ud og klare dine små
      // indkøb selv".)
      if (/\sselv$/u.test(lower) && !/\s/u.test(lower.slice(0, -5)) && (OBJECT_DUTY_BEFORE.test(before) || PURPOSE.test(sinceStart))) continue;
      // A parent at home as the condition of something ("han kan kun slappe af, når mor er hjemme"): no help
      // the family has at given hours.
      if (/hjemme$/u.test(lower) && AT_HOME_CONDITION_BEFORE.test(before)) continue;
      // A wish about the form of the help ("De ønsker selv at ansætte og lede Deres hjælpere"): the
      // citizen's view of the help, not a skill.
      if (lower === 'ønsker selv at' && HELP_FORM_AFTER.test(after)) continue;
      // Training at a therapy ("går til træning på Børneterapien"): the help or its cost, not a pastime.
      if (/træning$/u.test(lower) && THERAPY_AFTER.test(after)) continue;
      if (/^går\s+med\s/u.test(lower) && MUST_REST_AFTER.test(after)) continue;
      if (WITHOUT_HELP.test(lower) && DENIED_SKILL_BEFORE.test(before)) continue;
      if (SELF_RELIANT_WORD.test(lower) && MADE_SELF_RELIANT_BEFORE.test(before)) continue;
      if (LIKING_WORD.test(lower) && WISH_REASON_BEFORE.test(sinceStart)) continue;
      if (LOVES.test(lower) && PARENTS_SAY_BEFORE.test(text.slice(Math.max(s.start, m.start - 140), m.start)) && lovesWhatWasSought(letter, after)) continue;
      if (/^kan\s+(?:\p{L}+\s+){0,3}lide(?:\s+at)?$/u.test(lower) && STAY_PLACE_AFTER.test(after) && SAID_LIKES_BEFORE.test(sinceStart)) continue;
      if (WITHOUT_TROUBLE.test(lower) && (NEGATED_CLAUSE_BEFORE.test(before) || !PERSON_IN_CLAUSE.test(text.slice(s.start, m.start)))) continue;
      // Round 39: walking without one's aid because one had to ("du har måttet gå uden rollator ud på badeværelset om
      // natten"): the risk the letter describes, not a skill ("du går uden rollator i stuen" stays).
      if (/(?:^|\s)uden\s+\p{L}+$/u.test(lower) && COMPELLED_BEFORE.test(before)) continue;
      // Round 39: a choice put first with the subject after it ("De 10 timer bestemmer du selv over", "Dagen vælger
      // I selv"): a right the letter hands over, like "du kan selv vælge".
      if (/^(?:du|i|de)\s+selv/u.test(lower) && CHOICE_VERB_BEFORE.test(before)) continue;
      if (/^(?:du|i|de)\s+selv$/u.test(lower) && DUTY_VERB_BEFORE.test(before)) continue;
      // Round 63: an errand the letter has just pointed to, handed back with "det" and the channel it goes through ("Det gør du
      // selv på regionens hjemmeside", "det gør I selv via borger.dk"): a step in applying elsewhere, not a skill.
      if (/^gør\s/u.test(lower) && /(?:^|[.!?:]\s*|\s)det\s+$/u.test(before) && ERRAND_CHANNEL_AFTER.test(after)) continue;
      if (/^går\s+med\s/u.test(lower) && WHEN_WALKING_BEFORE.test(before)) continue;
      {
        const named = NAMED_HELP.exec(text.slice(m.start, m.end));
        if (named && (!/^\p{Lu}\p{Ll}+$/u.test(named[1]!) || NOT_A_NAME.test(named[1]!) || STAFF_BEFORE.test(text.slice(m.end, Math.min(s.end, m.end + 40)).toLowerCase()))) continue;
      }
      // Round 39: "faldet til ro" is a symptom calming down ("maven er faldet til ro"), not settling in.
      if (/faldet\s+til$/u.test(lower) && /^\s+ro(?![\p{L}])/u.test(after)) continue;
      if (/^\p{L}+\s+igen\s+kan$/u.test(lower) && WHEN_BEFORE.test(before)) continue;
      if (MONEY_VERB.test(lower) && HELPER_BEFORE.test(before)) continue;
      if (lower === 'styrker' && STRENGTHENS.test(after)) continue;
      {
        const carer = PRONOUN_CARER.exec(text.slice(m.start, m.end));
        if (carer) {
          const head = text.slice(s.start, m.start);
          if (!CARED_FOR.test(carer[1]!) || STAFF_BEFORE.test(head.toLowerCase()) || !(RELATIVE_BEFORE.test(head.toLowerCase()) || PARENT_BEFORE.test(head))) continue;
        }
      }
      if (/^det\s+(?:kan|klarer)\s/u.test(lower) && HELP_USE_BEFORE.test(text.slice(s.start, m.start))) continue;
      if (/følger$/u.test(lower) && CONSEQUENCE_AFTER.test(after)) continue;
      if (PRONOUN_HELPER.test(lower)) {
        const head = text.slice(s.start, m.start).toLowerCase();
        if (!RELATIVE_BEFORE.test(head) || STAFF_BEFORE.test(head)) continue;
      }
      // A payment or an errand the letter hands over ("Du står selv for betalingen", "står selv for
      // at bestille tid"), not a task the citizen manages.
      if (/står\s+(?:du\s+)?selv\s+for$|selv\s+står\s+for$/u.test(lower) && DUTY_AFTER.test(after)) continue;
      // A connection of a device or a service, not a bond ("armbåndsalarm med tilknytning til
      // hjemmeplejens vagt", "tilknytning til vagtcentralen").
      if (lower.startsWith('tilknytning') && (/(?<![\p{L}])med\s+$/u.test(before) || SERVICE_AFTER.test(after))) continue;
      if (lower === 'knyttet til' && TIED_TO_PLACE_AFTER.test(after)) continue;
      // What a thing lets the citizen do, in a relative clause on it ("Du har brug for en stol, du
      // kan sidde i hele vejen", "Vi bevilger en rollator, som du kan gå med"): the aid's use.
      if (SUBJECT_FIRST.test(lower) && /(?<![\p{L}])(?:kan|kunne)(?![\p{L}])/u.test(lower) && THING_RELATIVE_BEFORE.test(before)) continue;
      // "glad for at bo der": satisfaction with a place, not something the citizen can or has.
      if (/glad\s+for\s+at$/iu.test(text.slice(m.start, m.end)) && SATISFIED_WITH_PLACE.test(after)) continue;
      // Round 49: the liking granted as a concession before a refusal ("Vi forstår godt, at Emma er glad for at ride,
      // men …"): the wish behind the application, not something the child can or has.
      if (/glad\s+for\s+at$/iu.test(text.slice(m.start, m.end)) && UNDERSTAND_BEFORE.test(text.slice(s.start, m.start))) continue;
      // Round 49: lower-case "de selv" after an institution that told us something ("børnehaven har oplyst, at de
      // selv bager kagen"): the institution itself; the formal "De" is written with a capital.
      if (text.startsWith('de ', m.start) && INSTITUTION_SAID_BEFORE.test(text.slice(s.start, m.start))) continue;
    }
    return { present: true, evidence: m };
  }
  const heading = findHeading(letter, 'ressourcer');
  return heading ? { present: true, evidence: heading } : { present: false };
}
