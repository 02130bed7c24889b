/**
 * `vejledning-andre-ydelser`: present when one of the pack's phrases for it occurs outside the
 * complaint guidance (which talks about its own weeks, contacts and help, not the decision's)
 * and outside an invitation to apply for the same help again ("De har mulighed for at søge om
 * hjælp igen, hvis Deres situation ændrer sig"): that is not other help. Office names in the
 * letterhead and the signature ("Borgerservice og Hjælpemidler") are the sender, not guidance;
 * help named under the complaint heading ("DUKH kan rådgive dig gratis") is about the complaint.
 * A bare name of an office, an association, a benefit or a place ("Du får førtidspension fra
 * Udbetaling Danmark", "Du modtager boligstøtte", "Du spiser i caféen hver dag", "møder på
 * jobcentret") is a fact of the case; it guides only in a sentence that tells the citizen to turn
 * there or what they can get — and not when it is the place of the help this letter decides on
 * ("Vedr. ændring af tilbud i Værestedet Kilden"). The data-protection paragraph ("oplysninger
 * fra andre myndigheder") and the law's own words ("… ikke kan dækkes efter anden lovgivning",
 * quoted from § 100) guide to nothing.
 *
 * "Du kan få hjælp/støtte" is often the help granted here ("Du kan få hjælp til bad 1 gang om
 * ugen", "et botilbud, hvor du kan få støtte"); it guides only with a word that makes the help
 * another one ("også", "i stedet", "desuden", "hos Ældre Sagen", "efter § 86"). An offer "i
 * stedet" that carries a quantity per period is the new scope of the same help.
 */
import type { AnalysedLetter, Detection, Letter } from '../letter';
import { DATA_PROTECTION, ENDING_WORDS, frameTest, isLawSentence, sectionUnder } from './common';

// Round 67: two word lists that several checks below share (folded from their separate copies).
// The case itself — this decision, this letter, this case: questions, copies or advice about it are no other help.
const THIS_CASE = String.raw`(?:afgørelsen|brevet|ovenstående|denne\s+afgørelse|dette\s+brev|sagen|(?:din|jeres|Deres)\s+sag)`;
// Who sends the letter and who gives the help decided here — "os", "mig", the case worker, the visitation, the home care
// or provider of the help: a pointer back to them is no other help. (A unit named in the letterhead is found by frameUnit.)
const HERE_PARTY = String.raw`(?:os|mig|undertegnede|(?:din|jeres|Deres)\s+(?:sagsbehandler|rådgiver|visitator|kontaktperson|leverandør|hjemmepleje)|(?:hjemmepleje|hjemmehjælp|leverandør|visitation|indkøbsordning|madservice|sagsbehandler)\p{L}*)`;
// Round 69: the same parties with the municipality named as such: the one list the pointer checks use ("ring til
// kommunen", "bestille den hos hjemmeplejen", "hos os"), so a new word for the sender or provider is added once.
const SENDER_OR_PROVIDER = String.raw`(?:kommunen|${HERE_PARTY})`;

// (Round 22: also the right to see the case's papers, "Du kan have ret til aktindsigt": a right in this case.)
// (Also a new assessment of the same case: "kan du søge om ny vurdering", "bede om en revurdering".)
// (Round 28: also more of the same help asked for, "Ved sygdom kan du søge om ekstra timer", "kan I søge
// om et ekstra ophold": the help granted, in a larger amount.)
// (Only where help is granted: in a refusal, "du kan søge om flere timer til det" is more of another help.)
const MORE_OF_SAME = /søg\p{L}*\s+om\s+(?:et\s+|en\s+)?(?:ekstra|flere)\s+(?:timer|ophold|døgn|besøg|weekender|weekend|dage|aflastningsdøgn)(?![\p{L}])/iu;
// (Round 38: also "søge om andet" with nothing named: like "søge igen", it points nowhere.)
// (Round 49: also a longer thing asked again from the sender, "kan du søge om tilskud til glutenfri kost hos os igen".)
const NOT_OTHER_HELP = /søg\p{L}*\s+om\s+(?:noget\s+)?andet\s*[.!]?\s*$|klag|ankestyrelse|aktindsigt|(?:se|læse)\s+(?:\p{L}+\s+){0,2}?(?:dokumenterne|akterne|papirerne)\s+i\s+(?:din|jeres|Deres|sagen)|søge?\p{L}*\s+(?:\p{L}+\s+){0,5}?(?:igen|på\s+ny)(?![\p{L}])|søg\p{L}*\s+(?:\p{L}+\s+){0,8}?hos\s+(?:os|mig)\s+(?:igen|på\s+ny)(?![\p{L}])|genoptag|(?:ny|fornyet)\s+vurdering|revurdering/iu;
const BARE_NAME =
  /^(?:jobcent|ydelseskontor|udbetaling\s+danmark|pensionsafdeling|pensionskontor|borgerservice|borger\.dk|patientforening|handicapforening|frivilligcent|boligstøtte|varmetillæg|helbredstillæg|personligt\s+tillæg|café|cafe|cafeteri|værested|ældrerådgiver|socialrådgivning|rådgivningshus|rådgivningscent|webshop|netbutik|vederlagsfri|\p{L}*foreningen$|\p{L}*forening$|\p{L}*foreningerne$|\p{L}*træningshold|\p{L}+fonden$|forbund$|\p{L}*forbundet$|landsforening|handicaporganisation|uafhængig|\p{L}*samfund(?:et)?$|kronikertilskud|enkelttilskud|patientbefordring|befordringsgodtgørelse|terminaltilskud|lægemiddelstyrelsen|flextur|flextrafik|flexkørsel|flexbus|handicapkørsel|uddannelsesvejled|uu-vejleder|kommunale?\s+ungeindsats|studievejled|seniorsport|dgi$|seniorklub|seniorhold|motionshold|for\s+egen\s+regning|faldforebyg|sygeforsikring|rusmiddelcent|misbrugscent|alkoholbehandl|misbrugsbehandl|alkoholrådgiv|dagcent|aktivitetscent|daghjem|fritidsklub|klubhus|ungdomsklub|lektiecaf|spisefællesskab|fællesspisning|gældsrådgiv|madklub|elevstøtte|fripladstilskud|bringer\s)/iu;
// Associations one lives in or plays in, not where one gets help.
const FOUND_IT_BEFORE = /(?<![\p{L}])(?:du|I|De|han|hun)\s+(?:selv\s+)?(?:har\s+|havde\s+)?(?:selv\s+)?(?:fundet|fandt|set|så|købt|købte|bestilt|bestilte)(?:\s+(?:den|det|dem))?\s+(?:i|på|hos)\s+(?:en\s+|et\s+)?$/iu;
const QUESTIONS_LABEL = /^\s*(?:har\s+(?:du|I|De)\s+)?spørgsmål\s+(?:om|til|vedrørende|angående)\s+[^.:!?]{1,100}:\s*$/iu;
// Round 47: an association named in a relative clause after the offer it arranges ("ferielejre, som forældreforeningen X
// arrangerer"): the offer the citizen is sent to, whatever its kind of association. (As the subject, "Boligforeningen
// holder kurser for nye beboere", it is still where one lives.)
const ARRANGES_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:arrangerer|afholder|holder|tilbyder|driver|har\s+(?:\p{L}+\s+)?(?:kurser|kursus|lejre?|hold|grupper?|rådgivning))(?![\p{L}])/iu;
// Round 47: an offer named in one sentence, how to reach it in the next ("Frivilligcentret har spisefællesskab hver
// tirsdag. Du kan ringe til dem på …"): the pronoun carries the guiding verb back to the name.
// (Round 53: also a name put as a line of its own with how to order it next, "Flextur. Bestilles hos trafikselskabet".)
const CONTACT_THEM_NEXT = /^\s*(?:(?:du|I|De|\p{L}+(?:ne|en))\s+kan\s+(?:(?:også|bare|altid|selv)\s+)?|kan\s+(?:du|I|De)\s+(?:(?:også|bare|altid|selv)\s+)?)?(?:ringe|ring|skrive|skriv|kontakte|kontakt|henvende\s+(?:dig|jer|Dem)|(?:an)?søge(?:\s+om\s+(?:det|den|dem|\p{L}*tilskud\p{L}*|\p{L}*støtte\p{L}*))?\s+(?:hos|fra))\s+(?:til\s+)?(?:dem|stedet|centret|foreningen|fonden)(?![\p{L}])|^\s*(?:\p{L}+(?:ne|en)\s+kan\s+|kan\s+(?:du|I|De)\s+)(?:(?:også|bare|altid|selv)\s+)?(?:an)?søge\s+(?:dem|foreningen|fonden)(?![\p{L}])|^\s*(?:kan\s+)?(?:bestilles|bookes)\s+(?:\p{L}+\s+)?(?:hos|via|gennem|på)(?![\p{L}])/iu;
// Round 56: a place named in one sentence, its opening hours in the next ("Jeg har talt med Ungdomsklubben på Skolevej.
// De har åbent mandag til torsdag …"): the hours tell the citizen when to go there, as "åbent hver …" does in the same
// sentence. (A day in the place's own week told as a fact, "Du kommer i dagcentret om tirsdagen", has no "åben".)
const OPEN_NEXT =
  /^\s*(?:de|den|det|der|stedet|klubben|centret|caféen|foreningen|huset)\s+(?:har|er)\s+(?:(?:også|altid)\s+)?åbent?\s+(?:(?:alle|hver)\s+|fra\s+(?:kl\.\s*)?\d|(?:om\s+)?(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|hverdag|aften|eftermiddag|weekend)\p{L}*)/iu;
// Round 63: an offer at a place in one sentence, how to sign up for it in the next ("I Aktivitetscentret er der
// fællesspisning hver tirsdag. Et måltid koster 55 kr., og du skal bare melde dig til dagen før"): like ringing them.
const SIGN_UP_NEXT =
  /(?<![\p{L}])(?:(?:(?:du|I|De)\s+(?:skal|kan)|(?:skal|kan)\s+(?:du|I|De))\s+(?:(?:bare|blot|også|selv|gerne)\s+)?(?:melde\s+(?:dig|jer|Dem)\s+(?:til|på)|tilmelde\s+(?:dig|jer|Dem))|tilmelding\s+(?:sker\s+|foregår\s+)?(?:på|hos|til|via))(?![\p{L}])/iu;
// Round 71: see accept. A doctor, therapist or hospital as the subject of the advice (a date with its dots may stand between).
const HEALTH_ADVISER_BEFORE =
  /(?<![\p{L}])(?:\p{L}*læge(?:n|rne)?|\p{L}*terapeut(?:en|erne)?|sygehus(?:et)?|hospital(?:et)?|\p{L}*afdeling(?:en)?|psykiater(?:en)?|psykolog(?:en)?|sygeplejerske(?:n)?)(?:\s+(?:[^.;:!?,]|(?<=\d)\.){0,60}?)?\s+(?:har\s+|havde\s+)?$/iu;
const HELP_NOUN =
  /(?<![\p{L}])(?:hjælp|støtte|tilbud|behandling|\p{L}*træning|\p{L}*terapi|forløb|hold(?:et)?|\p{L}*gruppe|ophold|bolig|kursus|kurser|\p{L}*rådgivning|\p{L}*forening\p{L}*|kommune|jobcent\p{L}*)(?![\p{L}])/iu;
// Round 71: see accept. The citizen's own ordering, told as done or as a habit ("har bestilt sine dagligvarer på nettet",
// "bestiller selv varer hos Nemlig").
const OWN_ORDERING =
  /(?<![\p{L}])(?:(?:har|havde)\s+(?:\p{L}+\s+){0,3}?(?:bestilt|købt|handlet)|(?:bestiller|handler|køber)\s+(?:\p{L}+\s+){0,2}?selv|selv\s+(?:bestiller|handler|køber))(?![\p{L}])/iu;
const WEIGHED_COULD_BEFORE = /(?<![\p{L}])(?:drøftet|overvejet|undersøgt|vurderet|drøftede|overvejede)\s*,?\s+om\s+[^.;:!?]{0,80}?(?<![\p{L}])kunne\s+[^.;:!?]{0,40}$/iu;
const REPORTED_BEFORE = /(?<![\p{L}])(?:fremgår\s+det|fremgik\s+det|af\s+(?:\p{L}+\s+){0,3}?(?:udtalelse|erklæring|notat|rapport|statusnotat|journal|epikrise)\p{L}*|skriver|skrev|oplyser|oplyste|har\s+oplyst|har\s+skrevet)(?![\p{L}])[^.;!?]*$/iu;
// Round 66: see the BARE_NAME branch of accept. A past recommendation that the citizen (or a person named) gets help, with
// the help named up to the next comma ("… anbefalet, at du får et beskyttet tilbud").
const RECOMMENDED_YOU_GET =
  /(?<![\p{L}])(?:(?:har|havde)\s+(?:[\p{L}\d.]+\s+){0,5}?anbefalet|anbefalede)\s*,?\s+at\s+(?:du|I|De|han|hun|\p{Lu}\p{Ll}+)\s+(?:\p{L}+\s+)?(?:får|modtager|bliver\s+tilbudt|skal\s+have)(?![\p{L}])[^.;:!?,]*/u;
// Round 67: see the BARE_NAME branch of accept. A clause that says there is no (other, free) place or offer to be had ("og at
// der ikke er andre pladser i kommunens tilbud", "der findes ingen ledige pladser"): a reason why, which names no help to
// turn to, so its "tilbud" does not make a place named beside it a pointer. (Up to "men", "så", "og", "eller": what follows
// may still guide.)
// Round 71: see the BARE_NAME branch of accept. A document of the case, right after a name in the genitive.
const SOURCE_DOCUMENT_AFTER =
  /^\s+(?:\p{L}+\s+)?(?:udtalelse|erklæring|beskrivelse|notat|statusnotat|rapport|vurdering|indstilling|brev|mail|oplysninger|referat|journal)\p{L}*(?![\p{L}])/iu;
const NONE_AVAILABLE =
  /(?<![\p{L}])(?:(?:der\s+)?(?:ikke\s+(?:er|findes|var|fandtes)|(?:er|findes|var|fandtes)\s+(?:der\s+)?(?:ikke|ingen))|ingen)\s+(?:(?:nogen|andre|anden|flere|ledige?|frie?)\s+){0,2}(?:pladser|plads|tilbud)(?![\p{L}])(?:(?!\s(?:men|så|og|eller)\s)[^,.;:!?])*/giu;
// (Round 66: also the indefinite compound, "Nordby Boligforening".)
const PLACE_ASSOCIATION = /^(?:bolig|andelsbolig|andels|ejer|grundejer|beboer|idræts|sports|gymnastik|skytte|fodbold|håndbold|golf|tennis|ride|svømme|motions|lokal|forældre|elev|hus)forening(?:en)?$/iu;
// Words that make a sentence send the citizen somewhere. ("henviste til, at …" is an argument put
// forward, not a referral: "Advokaten henviste til, at moren er i behandling på Misbrugscentret".) A bare "kan" is not one ("de 2 timer
// kan bruges på ledsagelse til jobcentret"); "kan" with a verb of getting or asking is.
// Also an option the citizen is pointed to with "også", "desuden", "i stedet" ("Du kan også spise
// med i caféen om onsdagen").
// An open place the citizen "kan komme i" ("Du kan også komme i værestedet om aftenen"); not one
// they "kan fortsat komme i" (the place they already use).
// And what an association holds for people like the citizen, offered in passing ("Cøliakiforeningen
// holder madskoler for familier, hvis I kunne have glæde af det").
// (Also what it "har": "Gigtforeningen har træningshold i hallen", "har DGI Seniorsport Nordby hold
// i hallen" with a longer name between.) And a benefit the citizen is told to
// report a change to ("giv Udbetaling Danmark besked, så din boligstøtte bliver beregnet igen").
// (Round 42: also told as a duty, "De skal oplyse Udbetaling Danmark om arbejdsdusøren, da den kan have betydning for
// Deres førtidspension": the same pointer to another body.)
// (Round 25: also another body's scheme the citizen uses on their own: "Det er regionens
// patientbefordring, og du bestiller den selv".)
// (Round 36: also a time to book, "kan han booke en samtale med sin UU-vejleder", and a team that
// welcomes newcomers, "Seniorholdet i svømmehallen tager gerne nye med".)
// (Round 37: also advice put as a good idea, "kan det være en god idé at fortsætte på seniorholdet i …".)
// (Round 41: also a counselling named as a compound, "Børnecancerfonden har også en familierådgivning", and
// another body's transport, "Regionens patientbefordring kan køre dig".)
// (Round 43: also a scheme the citizen can ride with, "Du kan køre med Flextur til træningen"; not what others can do.)
// (Round 61: also the citizen's own choice to use it, "Du kan selv vælge at tage flextrafik til træningen".)
// (Round 65: not what the citizen has got or found, "du har fået en fast vennegruppe på caféen": what the citizen has, told
// as a fact of the case, like a group already joined; a place that "har" a group or a team still guides.)
// (Round 44: also what it arranges, "Autismeforeningen arrangerer sommerlejre for børn på hans alder".)
// (Round 27: also an offer put as a question of wish: "Har du lyst til at spise sammen med andre,
// mødes madklubben hver torsdag".)
// (Round 47: also "Du kan se, om der er plads på …": checking a place on an offer.)
// (Round 53: also an offer put as a condition of wish, "Hvis du hellere vil spise sammen med andre, serverer caféen …";
// and "har" before a participle is what someone has done, "har gennemført et forældrekursus", not what a place holds.)
// (Round 66: not a call already made, "du har selv ringet og flyttet dine tider hos jobcentret", "ringede": what someone did,
// a fact of the case, not a number to ring.)
// (Round 66: also open until or from an hour, "Værestedet … har åbent til kl. 21 fire aftener om ugen": when to go there.)
// (Round 55: also an offer said to be open in the common gender, "fællesspisning …, som er åben for alle", like "åbent for".)
// (Round 69: also a journal note that the citizen was told about it, with no object or with a date or a manner between,
// "Borger tlf. orienteret 11.06 om Flexkørsel", "vejledt mundtligt om …".)
const GUIDES =
  /(?<![\p{L}])(?:(?:du|i|de)\s+kan\s+(?:også|desuden|i\s+stedet|altid)|har\s+(?:du|i|de)\s+lyst\s+til|hvis\s+(?:du|i|de)\s+(?:\p{L}+\s+){0,3}?(?:hellere|gerne)\s+vil|kan\s+(?:du|i|de)\s+(?:også|desuden|i\s+stedet|altid)|(?:fortalt|orienteret|informeret)\s+(?:dig|jer|dem)\s+om|(?:orienteret|informeret|vejledt)\s+(?:[\d./-]+\s+|(?:mundtligt|telefonisk|skriftligt)\s+)?om|(?:kan|kunne)\s+(?:\p{L}+\s+){0,3}?(?:bestilles|købes|lejes|lånes|søges|ansøges|eftermonteres|tilkøbes)|(?:kan|kunne)\s+(?:(?:du|i|de|også|altid|gerne|bare|desuden)\s+){0,2}komme\s+(?:i|på|forbi)|(?:kan|kunne)\s+(?:\p{L}+\s+){0,3}?(?:blive\s+(?:visiteret|henvist|optaget)\s+til|få|søge|ansøge|fortsætte|hjælpe|rådgive|vejlede|vise|tilbyde|give|låne|købe|kontakte|henvende|ringe|bestille|deltage|høre|spørge|tale|svare|oplyse|informere|beregne|prøve|have\s+(?:glæde|gavn|nytte)\s+af)|kan\s+(?:\p{L}+\s+)?køre\s+(?:dig|jer|Dem)|(?:(?:du|i|de)\s+kan|kan\s+(?:du|i|de))\s+(?:(?:også|altid|bare|selv)\s+)?(?:køre|tage)\s+med|(?:(?:du|i|de)\s+kan|kan\s+(?:du|i|de))\s+(?:(?:også|altid|bare|selv)\s+)?vælge\s+at\s+(?:køre|tage|bruge|benytte)|(?:kan|kunne)\s+(?:\p{L}+\s+){0,2}?(?:se|undersøge|tjekke)\s*,?\s+om\s+der\s+er\s+(?:\p{L}+\s+)?(?:plads|ledige?\s+pladser)|prøv|(?:(?:af)?holder|har(?!\s+(?:\p{L}+\s+)?(?:gennemført|afsluttet|deltaget|været|gået|startet|begyndt|fulgt|taget|fået|fundet)(?![\p{L}]))|arrangerer|tilrettelægger)\s+(?:\p{L}+\s+){0,3}?(?:\p{L}*(?:motions|trænings|gymnastik|svømme|yoga|dans|gå|løbe|cykel|bold)hold|hold|\p{L}*kursus|\p{L}*kurser|\p{L}*netværk|madskole|madskoler|familiekursus|forældrekursus|pårørendegrupper?|samtalegrupper?|\p{L}*grupper?|\p{L}*weekend(?:er)?|\p{L}*lejre?|netværksmøder?|temaaftener|temaaften|workshops?|\p{L}*rådgivning|åbent\s+hus|\p{L}*café|\p{L}*cafe)(?![\p{L}])|(?<!(?:holde|holder|have|har|i|god|tæt|fast)\s+)kontakt(?!person|pædagog|lærer|oplysning|info|telefon)\p{L}*|henvend\p{L}*|søg\p{L}*|ansøg\p{L}*|ring(?!et(?![\p{L}])|ede(?![\p{L}]))\p{L}*|book\p{L}*|tager\s+gerne\s+(?:imod\s+)?nye|spørg\p{L}*|læs(?!te?(?![\p{L}]))\p{L}*|vejled\p{L}*|rådgiv\p{L}*|anbefal\p{L}*|opfordr\p{L}*|foreslå\p{L}*|velkommen|mulighed\p{L}*|tilbud\p{L}*|tilbyd\p{L}*|henvis\p{L}*(?![\p{L}])(?!\s+til\s*,?\s+at(?![\p{L}]))|hjælpe\s+dig|giv\p{L}?\s+(?!os|mig|kommunen)(?:\p{L}+\s+){0,3}?besked|(?:(?:du|i|de)\s+skal|skal\s+(?:du|i|de)|husk\s+at)\s+(?:(?:selv|også|straks|altid)\s+)?(?:oplyse|underrette|orientere|meddele)|berettiget|ret\s+til|webshop|netbutik|sælger|forhandler|udlån\p{L}*|gratis|åbent?\s+(?:alle|hver|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|for|om|i\s+weekenden|(?:til|fra)\s+(?:kl\.\s*)?\d)|(?:det\s+er|er\s+det)\s+regionens|(?:kan|kunne|vil|ville)\s+(?:det\s+)?(?:være\s+)?(?:en\s+)?god\s+id[ée]\s+at|(?:du|i|de)\s+(?:selv\s+)?bestiller|bestiller\s+(?:du|i|de)\s+(?:\p{L}+\s+)?selv)(?![\p{L}])/iu;

// The new help given in place of the old, in the indicative ("I stedet får du en mentor",
// "og du får en mentor i stedet"), not an offer the citizen may take up.
// (Also in the passive with the child named: "Fra januar tilbydes Sebastian i stedet plads i …".)
// (Also about a third person, in letters to a værge or a relative: "I stedet får hun en
// sengealarm" after "kommer nattevagten ikke længere ind til Elna".)
// Round 34: a web page or a leaflet to look at ("Du kan evt. kigge på kommunens hjemmeside under …"): reading
// about the same rules, not other help.
const INFO_PAGE_AFTER = /^\s+(?:\p{L}+\s+){0,2}?(?:hjemmeside\p{L}*|\p{L}*side(?:n|rne)?|pjece\p{L}*|folder\p{L}*|vejledning\p{L}*|regler\p{L}*|www\.|borger\.dk|sundhed\.dk)(?![\p{L}])/iu;
// Round 34: the application turned down in so many words ("kan ikke bevilge", "afslår", "kan vi ikke imødekomme").
// (Round 56: also with no one named, "Men vi kan ikke give støtte til en kassebil".)
const REFUSED = /(?<![\p{L}])(?:ikke\s+(?:\p{L}+\s+){0,2}?(?:bevilge|imødekomme|give\s+(?:(?:dig|jer|Dem)\s+)?(?:støtte|tilskud|hjælp))|afslå\p{L}*|afslag)(?![\p{L}])/iu;
// Round 41: the offer instead made as part of the decision ("Udvalget har i stedet besluttet at tilbyde dig et
// midlertidigt ophold efter § 107" after the refusal under § 108): a part of this partial grant, even under
// another provision, unlike an aid handed out beside it ("I stedet får du udlånt et badekarbræt efter § 112").
// Round 48: the part applied for refused in plain words, "Du får ikke en el-kørestol" (also "kan ikke få"), in the
// sentence before or earlier in the same one ("Du får ikke X, men du får i stedet Y"; "Du får en stol, men ikke den,
// du søgte om"): what follows "i stedet" with
// "får" is the smaller grant of this decision. ("…, men du kan i stedet købe Y" has no "får" after the refusal and
// still guides.)
const NOT_GET = /(?<![\p{L}])(?:(?:du|I|De|hun|han)\s+får\s+ikke|får\s+(?:du|I|De|hun|han)\s+ikke|(?:du|I|De|hun|han)\s+kan\s+ikke\s+få|kan\s+(?:du|I|De|hun|han)\s+ikke\s+få|men\s+ikke\s+(?:den|det|de)\s+[^.;:!?]{0,40}?(?:du|I|De)\s+(?:har\s+)?(?:søgt|søgte|ansøgt|ansøgte)\s+om)(?![\p{L}])/iu;
function refusedBefore(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  const no = NOT_GET.exec(before) ?? REFUSED.exec(before);
  return no !== null && REPLACES.test(sentence.slice(no.index + no[0].length, at + 6));
}
const DECIDED_INSTEAD = /(?<![\p{L}])(?:har|er)\s+(?:\p{L}+\s+){0,2}?besluttet\s+at\s+(?:tilbyde|bevilge|give)(?![\p{L}])/iu;
// (Round 52: also with the sender named in the third person, "Kommunen bevilger i stedet en manuel kørestol".)
const GRANTED_INSTEAD = /(?<![\p{L}])(?:bevilges|bevilger\s+(?:vi|kommunen|udvalget|forvaltningen)|(?:vi|kommunen|udvalget|forvaltningen)\s+bevilger|tildeles)(?![\p{L}])/iu;
// (Round 34: also "Du får" opening the sentence.)
// (Round 38: also with the subject earlier in the clause: "fordi du flytter … og i stedet får hjælpen på plejecentret".)
// (Round 56: also a child or a relative named, "Ella får i stedet en anden model".)
const REPLACES = /(?<![\p{L}])(?:i\s+stedet\s+får|\p{Lu}\p{Ll}+\s+får\s+i\s+stedet|får\s+(?:du|I|De|hun|han)|(?:[Dd]u|I|De|[Hh]un|[Hh]an)\s+får|bevilger\s+(?:vi|kommunen|udvalget)|(?:[Kk]ommunen|[Uu]dvalget)\s+bevilger|bevilger\s+vi|tilbyder\s+vi|tilbydes|bevilges)(?![\p{L}])/u;
// The old help ending, also said as "kommer ikke længere" / "ikke mere".
// (Round 27: and as "Den hjælp slutter med udgangen af juli" or "udløber".)
const NO_LONGER = /(?<![\p{L}])(?:ikke\s+(?:længere|mere)|slutter|udløber)(?![\p{L}])/iu;
const ENDS = (text: string) => ENDING_WORDS.test(text) || NO_LONGER.test(text);
// The citizen's own wish just before the match ("Du fortalte, at du gerne vil træne sammen med
// andre"): what they want, reported as a fact of the case, not an offer pointed to.
const WISH_BEFORE = /(?<![\p{L}])(?:gerne\s+vil|vil\s+gerne|ønsker\s+at|ønsker\s+sig\s+at|lyst\s+til\s+at)\s+$/iu;

// What the citizen can do, said as the purpose of the help granted ("Formålet med ledsagelsen
// er, at du kan deltage i sociale aktiviteter") or as a consideration ("Vi har lagt vægt på, at
// du kan bruge offentlig transport"), is not guidance to other help.
// Free choice of who delivers the help granted ("Du kan også benytte en privat leverandør") is
// not other help (README); buying help privately is.
// (Free choice of the aid itself, "frit valg af hjælpemiddel" in § 112, stk. 3, where the citizen
// buys a dearer one and pays the difference, is another rule and a private option: it guides.)
const FREE_CHOICE = /leverandør|frit\s+valg(?!\s+af\s+(?:et\s+|dit\s+)?(?:hjælpemid\p{L}*|forbrugsgod\p{L}*))/iu;
const CHOOSE_BETWEEN = /(?<![\p{L}])(?:kan|skal|må)\s+(?:(?:du|I|De)\s+)?(?:selv\s+|frit\s+)?vælge\s+(?:mellem|imellem)(?![\p{L}])/iu;
const WHETHER_NEEDED = /(?<![\p{L}])om\s+(?:du|I|De|han|hun|barnet|borgeren)\s+(?:\p{L}+\s+){0,2}?(?:har\s+)?(?:brug|behov)\s+for\s+$/iu;
// (Round 49: also paying oneself in the present tense, "hvis du selv betaler forskellen (frit valg)", "betaler du selv
// forskellen": the dearer choice bought privately, not a choice of who delivers.)
const BUYS = /(?<![\p{L}])(?:købe|køber|betale\s+selv|betaler\s+(?:(?:du|I|De)\s+)?selv|selv\s+betaler|for\s+egen\s+regning)(?![\p{L}])/iu;
// (Round 40: also "Meningen med Værkstedet er …": the same goal in other words.)
const PURPOSE_SENTENCE = /^(?:formålet|målet|hensigten|meningen)(?![\p{L}])/iu;
const SELF_MANAGES_BY_BEFORE =
  /(?:(?<![\p{L}])(?:du|i|de|han|hun)\s+(?:\p{L}+\s+)?selv\s+(?:kan\s+|kunne\s+)?(?:klare|klarer|klarede|ordne|ordner)|(?<![\p{L}])(?:klarer|klarede|ordner)\s+(?:du|i|de|han|hun)\s+selv)\s+[^.;:,]{0,50}?\s+ved\s+at\s+$/iu;
const PAID_MEANS = /(?<![\p{L}])(?:købe|køber|betale|betaler|privat\p{L}*|\p{L}*firma\p{L}*|forhandler\p{L}*)(?![\p{L}])/iu;
// (Round 73: also "Afgørende for vores vurdering har været, at …": the same weighing in other words.)
const CONSIDERATION = /lagt\s+(?:\p{L}+\s+)?vægt\s+på|afgørende\s+for\s+(?:\p{L}+\s+)?vurdering/iu;
const CITIZEN_CAN = /^(?:du|i|de)\s/iu;

// "Du kan få hjælp/støtte …" and "i stedet" offers: see the file comment.
const CAN_GET = /(?:^|\s)få\s+(?:hjælp|støtte|rådgivning|vejledning)\s*$|^stedet/iu;
// ("hos"/"fra" someone not the sender nor the provider here, HERE_PARTY.)
const OTHER_MARK = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:også|i\s+stedet|desuden|derudover|eventuelt|evt|måske|muligvis|andre|anden|andet|mens|indtil|efter\s+(?:\p{L}+s\s+)?§|via|gennem)(?![\p{L}])|(?:hos|fra)\s+(?!(?:dig|jer|din|jeres|deres|vores|${SENDER_OR_PROVIDER})(?![\p{L}]))\p{L})`,
  'iu',
);
// Another help marked as such beside more hours ("også", "§", "hos").
const OTHER_MARK_STRICT = /(?<![\p{L}])(?:også|desuden|hos)(?![\p{L}])|§/iu;
// A change of the help itself ("Vi ændrer støtten, så du i stedet får en mentor").
const CHANGE = /(?<![\p{L}])(?:ændr\p{L}*|erstat\p{L}*|omlæg\p{L}*|skift\p{L}*)/iu;
// A bisidder or representative named with an association ("en fra Børns Vilkår") is a right in
// the case, not other help.
const BISIDDER = /bisidder|partsrepræsentant|repræsentere|repræsentant|fuldmagt|tale\s+(?:din|jeres|Deres)\s+sag/iu;
const ASK_ABOUT = /(?<![\p{L}])(?:tale|tal|spørge|spørg|høre|hør|drøfte|drøft)\s+(?:med\s+)?(?:din|jeres|Deres)\s+[^.;:]{0,80}?\s+om\s+(?:en|et|at|muligheden|mulighed\p{L}*|støtte|hjælp)(?![\p{L}])/iu;
const OWN_PERSON_FROM =
  /(?<![\p{L}])(?:din|dit|jeres|Deres|sin|hans|hendes)\s+(?:\p{L}+\s+)?(?:kontaktperson|støttekontaktperson|mentor|rådgiver|behandler|psykolog|vejleder|bostøtte|hjælper|sagsbehandler)\s+(?:fra|på|i|hos)\s+$/iu;
const OWN_HELP_CLAUSE = /(?:(?<![\p{L}])(?:hvor|som|der)|(?:besluttet|bevilget|godkendt|vurderet|vurderer),?\s+at)\s+(?:\p{L}+\s+){0,2}?$/iu;
// (The number also in words: "I stedet får du hjælp til bad to gange om ugen".)
// (Also a time of day or a weekday that comes back: "får du i stedet et skærmbesøg hver aften",
// "i stedet kommer hjemmeplejen hver tirsdag".)
const SCOPE =
  /(?:\d+(?:[,.]\d+)?|(?<![\p{L}])(?:en|et|to|tre|fire|fem|seks|syv|otte))\s*(?:gange?|timer?|t\.|besøg|dage?|døgn|minutter)\s+(?:om|pr\.?|i|hver)\s+(?:ugen|dagen|måneden|døgnet|uge|dag|måned|md)|(?<![\p{L}])(?:hver\s+(?:\d+\.\s*|anden\s+)?(?:dag|uge|måned|morgen|formiddag|middag|eftermiddag|aften|nat|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)|dagligt|ugentligt|månedligt)(?![\p{L}])/iu;

export function detect(letter: Letter): Detection {
  const result = resultWords(letter);
  const type = (letter as Partial<AnalysedLetter>).decisionType;
  const refusal = type === 'afslag';
  const granting = type === 'bevilling' || type === 'delvis';
  const sender = senderMunicipality(letter.lower);
  const inFrame = frameTest(letter);
  const complaint = sectionUnder(letter, 'klagevejledning');
  let ownSender: string | undefined;
  let schemeDecided: boolean | undefined;
  let subsidyGranted: boolean | undefined;
  let resultPara: string | undefined;
  for (const m of letter.matches(letter.compiled.elements['vejledning-andre-ydelser'].re)) {
    if (inFrame(m.start)) continue;
    const si = letter.sentenceAt(m.start);
    if (si < 0) continue;
    const s = letter.sentence(si);
    if (complaint && m.start >= complaint.start && m.start < complaint.end && complaintBody(letter, complaint, s.block) && !(OWN_TOPIC_ADVICE.test(letter.slice(s)) && !COMPLAINT_WORDS.test(letter.slice(s)))) continue;
    const sentence = letter.slice(s);
    if (NOT_OTHER_HELP.test(sentence) || isLawSentence(letter, s) || (!refusal && MORE_OF_SAME.test(sentence) && !OTHER_MARK_STRICT.test(sentence))) continue;
    // "Din kontaktperson stopper den 31. maj. I stedet får du en mentor": the help that replaces
    // the ending one is this decision, not other help ("I stedet kan du købe …" still guides).
    // (Round 28: and in a partial grant, the help granted in place of the one applied for, "De
    // bevilges i stedet en manuel kørestol".)
    // (Round 34: also what is given after the sentence that turns the application down: "Vi kan ikke bevilge
    // den bil, du har søgt om. Du får i stedet støtte til den billigste egnede bil.")
    if (m.start < letter.text.length && letter.text.startsWith('stedet', m.start) && REPLACES.test(sentence) && (ENDS(sentence) || (si > 0 && ENDS(letter.slice(letter.sentence(si - 1)))) || (type === 'delvis' && !otherProvision(sentence, result) && (GRANTED_INSTEAD.test(sentence) || refusedBefore(sentence, m.start - s.start) || (si > 0 && (REFUSED.test(letter.slice(letter.sentence(si - 1))) || NOT_GET.test(letter.slice(letter.sentence(si - 1))))))))) continue;
    if (type === 'delvis' && letter.text.startsWith('stedet', m.start) && DECIDED_INSTEAD.test(sentence)) continue;
    // Round 70: in a change, what the citizen gets "i stedet" with a quantity per period ("Fremover får du i stedet dine
    // varer leveret 1 gang om ugen") is the new form of the help decided, whatever it names; not an offer with "kan".
    if (type === 'aendring' && GETS_INSTEAD.test(sentence) && SCOPE.test(sentence) && !CAN_WORD.test(sentence)) continue;
    if (senderUnit(letter, m.start, m.end, inFrame, result)) continue;
    // Round 73b: a call to a named place ("Ring til Familiehuset på …") guides only when the place is said to offer
    // something here or in the sentence before; a bare call is mostly to the provider of the help decided ("depotet").
    const call = CALL_PLACE.exec(letter.slice(m));
    if (call) {
      if (offerCalled(letter, si, m.end - call[1]!.length, m.end, inFrame, result)) return { present: true, evidence: m };
      continue;
    }
    // Round 72: a passive contact line to the unit that gives the help decided ("Skærmteamet kan kontaktes på tlf.").
    if (PASSIVE_CONTACT.test(letter.slice(m))) {
      const subject = passiveContactSubject(letter.text.slice(Math.max(0, m.end - 80), m.end));
      if (subject && unitOfResult(subject.word, (resultPara ??= resultParagraph(letter)))) continue;
    }
    // Round 61: the thing named in the sentence before, asked for again with a pronoun ("… at I gerne vil søge om aflastning
    // i sommerferien. Det kan I søge om særskilt"): when it is the help decided here, it is more of the same help, like
    // "søge igen" — not where help is refused, nor when the sentence marks another help ("også", "hos", "§").
    if (!refusal && si > 0 && SEEK_IT.test(sentence) && !OTHER_MARK_STRICT.test(sentence) && ownHelp(soughtIn(letter.slice(letter.sentence(si - 1))), result)) continue;
    // Round 56: in a change, the grocery scheme the change ends ("har du ikke længere brug for kommunens indkøbsordning",
    // "Indkøbsordningen stopper") or puts the citizen on ("bliver du tilmeldt kommunens indkøbsordning") anywhere in the
    // letter is the help decided, wherever it is named again ("vurderet, at indkøbsordningen passer til dig"), unless
    // offered as another option ("kan du i stedet bruge indkøbsordningen").
    if (type === 'aendring' && /^indkøbsordning/iu.test(letter.slice(m)) && !ANOTHER_OPTION.test(sentence.replace(/i\s+stedet\s+for(?![\p{L}])/giu, ' ')) && (schemeDecided ??= schemeChanged(letter))) continue;
    // Round 46: "Du kan få hjælp …" as the first sentence under the decision's own heading ("Afgørelse: / Du kan få
    // hjælp efter servicelovens § 113 til køb af el-scooter") states the help granted, not other help.
    if (si > 0 && CAN_GET_FIRST.test(sentence) && letter.seg.sentences[si - 1]!.heading && DECISION_HEADING.test(letter.slice(letter.sentence(si - 1))) && !OTHER_IN_MATCH.test(sentence)) continue;
    // Round 53: in a grant, a place named in the application ("Du søgte om at komme i Café Kløverhuset alle hverdage") and
    // then in the grant's terms ("Du kan komme i Café Kløverhuset mandag og fredag") is the help decided here, not another
    // place, unless the sentence marks it as another option ("også", "i stedet").
    if (granting && BARE_NAME.test(letter.slice(m)) && !ANOTHER_OPTION.test(sentence) && appliedFor(letter).includes(letter.slice(m).toLowerCase().split(/\s+/u)[0]!)) continue;
    if (/(?:se|kigge)\s+på$/iu.test(letter.slice(m)) && INFO_PAGE_AFTER.test(letter.text.slice(m.end, m.end + 40))) continue;
    // Round 58: an item of a list under a heading that asks what the granted support covers ("Hvad får du støtte til? /
    // at tage kontakt til jobcenter og læge"): a task the staff help with, not a place the citizen is sent to.
    if (BARE_NAME.test(letter.slice(m)) && LIST_ITEM_START.test(sentence) && underSupportHeading(letter, si)) continue;
    if (accept(letter.slice(m), sentence, m.start - s.start, result, refusal, sender, granting, type === 'delvis', () => SHOPPING_REFUSED.test(letter.lower), (ownSender ??= frameSender(letter, inFrame)), si + 1 < letter.seg.sentences.length ? letter.slice(letter.sentence(si + 1)) : '', si > 0 ? letter.slice(letter.sentence(si - 1)) : '', () => (subsidyGranted ??= SUBSIDY_GRANTED.test(letter.lower)))) return { present: true, evidence: m };
  }
  return { present: false };
}

// Round 73b: see detect; the pack's pattern "ring til <sted>".
const CALL_PLACE = /^(?:ring|ringe)\s+(?:(?:gerne|bare|direkte)\s+)?til\s+(\p{L}[\p{L}-]+)$/iu;
// The place named as offering something, after its name and up to three words ("Familiehuset i Vestby tilbyder
// forældresamtaler", "Ring til Frivilligcentret, som arrangerer besøgsvenner"); what it offers is captured.
const OFFERS_AFTER =
  /^,?\s+(?:[\p{L}-]+\s+){0,3}?(?:tilbyder|arrangerer|afholder|har\s+(?:\p{L}+\s+)?(?:tilbud|kurser|kursus|hold|grupper?|\p{L}*rådgivning))(?![\p{L}])([^.;!?]{0,80})/iu;
const PROPER_NAME = /^\p{Lu}/u;
/**
 * Whether the place called (a proper name, not the sender's unit nor the help decided) is said to offer something
 * other than the help decided, in the call's sentence or the one before: an offer with a number to ring.
 */
function offerCalled(letter: Letter, si: number, nameStart: number, nameEnd: number, inFrame: (offset: number) => boolean, result: string): boolean {
  const name = letter.text.slice(nameStart, nameEnd);
  if (!PROPER_NAME.test(name) || ownHelp(name, result) || frameUnit(letter, name, nameEnd, inFrame)) return false;
  const from = letter.sentence(si > 0 ? si - 1 : si).start;
  const text = letter.text.slice(from, letter.sentence(si).end);
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    if (i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1]!)) continue;
    const offer = OFFERS_AFTER.exec(text.slice(i + name.length));
    if (offer && !ownHelp(offer[1]!, result)) return true;
  }
  return false;
}

// Round 70: see detect. "får du i stedet", "i stedet får"; not "i stedet for" (what it replaces).
const GETS_INSTEAD = /(?<![\p{L}])(?:får\s+(?:du|I|De|han|hun)\s+(?:\p{L}+\s+)?i\s+stedet|i\s+stedet\s+får)(?!\s+for(?![\p{L}]))(?![\p{L}])/iu;
const CAN_WORD = /(?<![\p{L}])kan(?![\p{L}])/iu;
// Round 61: see detect. A pronoun as what is to be applied for, put first or after "om".
const SEEK_IT = /^(?:det|den|dem|dette)\s+(?:kan|skal|må)\s+(?:du|I|De)\s+(?:\p{L}+\s+)?(?:an)?søge\s+om(?![\p{L}])|(?<![\p{L}])(?:an)?søge\s+om\s+(?:det|den|dem|dette)(?![\p{L}])/iu;
const SOUGHT = /(?<![\p{L}])(?:an)?søg\p{L}*\s+(?:\p{L}+\s+){0,2}?om\s+([^.;:!?,]{1,80})/giu;
function soughtIn(sentence: string): string {
  let last = '';
  for (const m of sentence.matchAll(SOUGHT)) last = m[1]!;
  return last;
}

// What the citizen applied for, in the letter's own words ("Du har søgt om …", "Du søgte i januar om …").
const APPLIED_FOR = /(?<![\p{L}])(?:an)?søg(?:t|te)\s+(?:\p{L}+\s+){0,3}?om\s+[^.;:!?]{1,120}/giu;
// (letter.matches runs it once per letter and keeps the spans.)
function appliedFor(letter: Letter): string {
  return letter.matches(APPLIED_FOR).map((a) => letter.lower.slice(a.start, a.end)).join(' ');
}

// Round 57: see accept.
const CAN_UNDER_SECTION = /^kan\s[^§]*§\s*\d+$/iu;
function otherSection(match: string, result: string): boolean {
  const own = new Set([...result.matchAll(PARAGRAPH)].map((m) => m[1]!));
  const cited = /§\s*(\d+)$/u.exec(match)?.[1];
  return own.size > 0 && cited !== undefined && !own.has(cited);
}
// Round 72: see accept. The section cited is one of the decision's own (with no section in the result, none is).
const NOT_AS_BUT_UNDER = /^ikke\s+som\s[^§]*§\s*\d+$/iu;
function ownSection(match: string, result: string): boolean {
  const cited = /§\s*(\d+)$/u.exec(match)?.[1];
  return cited !== undefined && [...result.matchAll(PARAGRAPH)].some((m) => m[1] === cited);
}
// Round 72: see accept and detect. A contact line in the passive ("kan Børneterapien kontaktes", "PPR kan kontaktes"): its
// subject, which must be a body — a definite compound or an acronym — and not the sender, its staff or the provider
// ("Sagsbehandleren kan kontaktes på tlf.", "Hjemmeplejen kan kontaktes døgnet rundt"), nor a person by name.
const PASSIVE_CONTACT = /kontaktes$/iu;
const PASSIVE_CONTACT_SUBJECT = /(?<![\p{L}])(?:kan\s+(?:\p{L}+s\s+)?([\p{L}-]{3,})|([\p{L}-]{3,})\s+kan)\s+(?:(?:også|altid|eventuelt|gerne)\s+)?kontaktes$/u;
const BODY_WORD = /^(?:[\p{L}-]{6,}(?:en|et|ne)|\p{Lu}{2,6})$/u;
const HERE_BODY = new RegExp(
  String.raw`^(?:${SENDER_OR_PROVIDER}|undertegnede|\p{L}*(?:sagsbehandler|rådgiver|visitator|koordinator|kontaktperson|sekretær|sekretariat|udvalg|forvaltning|myndighed)\p{L}*|(?!pension)\p{L}*afdelingen|teamet)$`,
  'iu',
);
function passiveContactSubject(text: string): { word: string; end: number } | undefined {
  const m = PASSIVE_CONTACT_SUBJECT.exec(text);
  const word = m?.[1] ?? m?.[2];
  if (!m || !word) return undefined;
  return { word, end: m.index + m[0].indexOf(word) + word.length };
}
function otherBodyContacted(text: string, result: string): boolean {
  const word = passiveContactSubject(text)?.word;
  return word !== undefined && BODY_WORD.test(word) && !HERE_BODY.test(word) && !providerOfResult(word, result);
}
// A unit named after the help it gives ("Skærmteamet" after "du får i stedet et skærmbesøg hver aften" in the result's
// paragraph): the provider of the help decided, whose phone number is no other help.
const UNIT_SUFFIX = /^(\p{L}{4,}?)(?:teamet|team|gruppen|enheden|centret|centeret|ordningen|tjenesten|korpset)$/iu;
function resultParagraph(letter: Letter): string {
  const i = (letter as Partial<AnalysedLetter>).resultSentence;
  if (i === undefined || i < 0) return '';
  return letter.slice(letter.seg.blocks[letter.sentence(i).block]!).toLowerCase();
}
function unitOfResult(word: string, result: string): boolean {
  // (Without the linking "s" of a compound: "Kørselsteamet" after "kørsel".)
  const stem = UNIT_SUFFIX.exec(word)?.[1]?.toLowerCase().replace(/(?<=\p{L}{4})s$/u, '');
  if (!stem) return false;
  for (let i = result.indexOf(stem); i >= 0; i = result.indexOf(stem, i + 1)) if (i === 0 || !/\p{L}/u.test(result[i - 1]!)) return true;
  return false;
}
const OFFERED_THAT = /^tilbudt\s*(?:(?:dig|jer|Dem)\s*)?,?\s+at\s/iu;
const OFFERED_SUBJECT = /(?<![\p{L}])at\s+(\p{L}+)/u;
const CONTACT_PERSON = /^(?:kontakte|ringe\s+til|henvende\s+(?:dig|jer|Dem)\s+til)\s+(\p{L}+)$/iu;
// An agent noun ("familiebehandleren", "ledsageren") whose stem begins a word of the result ("familiebehandling").
function providerOfResult(word: string, result: string): boolean {
  const stem = /^(\p{L}{6,}?)(?:erne|eren|ere|er)$/iu.exec(word)?.[1]?.toLowerCase();
  if (!stem) return false;
  for (let i = result.indexOf(stem); i >= 0; i = result.indexOf(stem, i + 1)) if (i === 0 || !/\p{L}/u.test(result[i - 1]!)) return true;
  return false;
}

// Round 36: the help given instead under another provision than the result's ("Du får bevilget en rampe efter
// servicelovens § 116 … I stedet får du udlånt et badekarbræt … efter servicelovens § 112"): another rule and
// another kind of help (an alternative aid), not a smaller grant of the same.
const PARAGRAPH = /§\s*(\d+)/gu;
function otherProvision(sentence: string, result: string): boolean {
  const own = new Set([...result.matchAll(PARAGRAPH)].map((m) => m[1]!));
  if (own.size === 0) return false;
  for (const m of sentence.matchAll(PARAGRAPH)) if (!own.has(m[1]!)) return true;
  return false;
}

// A call to contact or turn to a named unit ("kontakte Familierådgivningen", "henvende dig til Træning
// og Rehabilitering").
const CONTACT_UNIT = /^(?:kontakte|henvende\s+(?:dig|jer|Dem)\s+til|rette\s+henvendelse\s+til)\s+(?:(?:os|mig|kommunen)\s+(?:eller|og)\s+)?(\p{L}+)/iu;

/**
 * Whether the match sends the citizen to the unit that wrote the letter: its name stands on a line
 * of its own in the letterhead or the signature ("Familierådgivningen" under the municipality's
 * name; "Bliver det svært igen, er du velkommen til at kontakte Familierådgivningen"). Coming back
 * to the sender is no other help, like applying again.
 */
function senderUnit(letter: Letter, start: number, end: number, inFrame: (offset: number) => boolean, result: string): boolean {
  // Round 72: the subject of a passive contact line named in the letterhead ("Handicapgruppen kan kontaktes på tlf.").
  if (PASSIVE_CONTACT.test(letter.text.slice(start, end))) {
    const from = Math.max(0, end - 80);
    const subject = passiveContactSubject(letter.text.slice(from, end));
    return subject !== undefined && frameUnit(letter, subject.word, from + subject.end, inFrame);
  }
  // Round 73: one's caseworker "i Jobcentret" asked about something: the unit named after "i"/"hos".
  const askAt = ASK_AT_UNIT.exec(letter.text.slice(start, end));
  if (askAt) return frameUnit(letter, askAt[1]!, start + askAt.index + askAt[0].length - 4, inFrame, '');
  const hit = CONTACT_UNIT.exec(letter.text.slice(start, end));
  // Round 61: also the unit in the genitive, in the match or just before it ("rette henvendelse til Socialafdelingens
  // sagsbehandlere"): the sender's own staff, like the unit itself.
  // (Round 73b: not an open counselling of its own, "Socialafdelingens åbne rådgivning": a drop-in offer without an
  // application is another offer, whoever runs it.)
  const owner = hit || OWN_OPEN_COUNSELLING.test(letter.text.slice(start, end)) ? undefined : GENITIVE_BEFORE.exec(letter.text.slice(Math.max(0, start - 40), start));
  if (owner) return frameUnit(letter, owner[1]!, start, inFrame, '');
  const unit = hit?.[1];
  if (!hit || !unit || unit.length < 5) return false;
  // (Round 61: not when the sentence names what to ask the unit about and it is not the help decided here: "Borger kan
  // kontakte Socialafdelingen for at høre om socialpædagogisk støtte" in a refusal of ledsagelse is another help at
  // the sender's own unit.)
  const unitEnd = start + hit.index + hit[0].length;
  const topic = ASK_UNIT_ABOUT.exec(letter.text.slice(unitEnd, unitEnd + 140))?.[1];
  if (topic !== undefined && !ownHelp(topic, result)) return false;
  return frameUnit(letter, unit, unitEnd, inFrame) || (/s$/iu.test(unit) && frameUnit(letter, unit.slice(0, -1), unitEnd, inFrame));
}
const ASK_UNIT_ABOUT = /^[^.;:!?]{0,60}?(?<![\p{L}])(?:høre|spørge|søge|ansøge|få\s+(?:hjælp|støtte|vejledning|rådgivning))\s+(?:nærmere\s+)?om\s+([^.;:!?,]{1,60})/iu;
const GENITIVE_BEFORE = /(?<![\p{L}])(\p{Lu}\p{Ll}{4,})s\s+$/u;
// Round 73b: see senderUnit. An open or anonymous counselling, also as a compound ("åbne familierådgivning").
const OWN_OPEN_COUNSELLING = /^(?:åben|åbne|anonym|anonyme)\s+\p{L}*rådgivning/iu;
function frameUnit(letter: Letter, unit: string, unitEnd: number, inFrame: (offset: number) => boolean, after?: string): boolean {
  const lower = letter.lower;
  const word = unit.toLowerCase();
  // Round 55: the words after the unit's first word in the sentence ("kontakte Myndighed Ældre, så …"), for a
  // unit whose name runs over several words on its line in the letterhead ("Myndighed Ældre").
  const goesOn = after ?? lower.slice(unitEnd, unitEnd + 80).replace(/\s+/gu, ' ');
  for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
    if (!inFrame(i)) continue;
    const lineStart = lower.lastIndexOf('\n', i - 1) + 1;
    const lineEnd = lower.indexOf('\n', i);
    // (The unit's name alone or with a title before it: "Teamleder, Træning og Rehabilitering".)
    // (Not a town in an address line: "4690 Storeskov".)
    const before = lower.slice(lineStart, i);
    // (Round 61: also after the municipality and a dash, "LERUP KOMMUNE – SOCIALAFDELINGEN".)
    if (before.trim() !== '' && !/,\s*$/u.test(before) && !/kommune\s+[–-]\s*$/u.test(before)) continue;
    const rest = lower.slice(i + word.length, lineEnd < 0 ? undefined : lineEnd);
    if (/^[\s,]*$/u.test(rest.replace(/^(?:\s+(?:og|&)\s+\p{L}+)+/u, ''))) return true;
    const restWords = rest.trim().replace(/\s+/gu, ' ');
    if (/^\s/u.test(rest) && restWords !== '' && goesOn.startsWith(` ${restWords}`) && !/\p{L}/u.test(goesOn[restWords.length + 1] ?? '')) return true;
  }
  return false;
}

// Words of the complaint guidance and the rights beside it: a paragraph under the complaint heading
// with one of them is about the complaint ("DUKH kan rådgive dig gratis om din klage").
const COMPLAINT_WORDS = /klag|ankestyrelse|afgørelse|uenig|frist|genvurder|dukh|aktindsigt|bisidder|partsrepræsentant|fuldmagt|rettighed/iu;

/**
 * Whether a block under the complaint heading belongs to the complaint guidance: its first
 * paragraph always, a later one when it speaks of the complaint or the citizen's rights. Letters
 * put the standard sections in any order, and a closing paragraph that points to other help
 * ("Hvis du får brug for at tale med nogen, kan du henvende dig anonymt i Rådgivningshuset") often
 * follows the complaint guidance without a heading of its own.
 */
function complaintBody(letter: Letter, complaint: { start: number; end: number }, block: number): boolean {
  const blocks = letter.seg.blocks;
  let first = -1;
  for (let b = 0; b < blocks.length; b++) {
    if (blocks[b]!.start < complaint.start || blocks[b]!.kind === 'heading') continue;
    first = b;
    break;
  }
  return block === first || COMPLAINT_WORDS.test(letter.slice(blocks[block]!));
}

// Round 43: a sentence at the end of the complaint paragraph that sends the citizen elsewhere for advice on a
// subject of its own ("I kan kontakte Cøliakiforeningen for råd om madplaner"), with no word of the complaint in
// it: other help that happens to stand there, not help with the complaint.
const OWN_TOPIC_ADVICE = new RegExp(
  String.raw`(?<![\p{L}])(?:for|med)\s+(?:gode\s+)?(?:råd|rådgivning|hjælp|vejledning|sparring|støtte)\s+(?:om|til|med)\s+(?!(?:din|jeres|Deres|en|at|det|den|${THIS_CASE})(?![\p{L}]))\p{L}`,
  'iu',
);

// "-samfund" names an association only with a name in front ("Dansk Blindesamfund"); the bare
// word is society ("deltage i samfundet").
const BARE_SOCIETY = /^samfund(?:et)?$/iu;
// Another place as a comparison or a move ("at være et andet sted end hjemme", "flytte et andet
// sted hen"), not where to get help.
const SOMEWHERE = /^(?:et\s+andet\s+sted|andre\s+steder)$/iu;
const NO_VISITATION = /visiter|visitation/iu;
// "Frivillig" said of the help itself ("Deltagelsen er frivillig", "at han oplever indsatsen som
// frivillig"): how it is given, not a volunteer or an association to turn to.
const VOLUNTARY = /^frivillig$/iu;
const VOLUNTEERS = /^frivillige?$/iu;
const CITIZEN_SAID =
  /(?<![\p{L}])(?:[Dd]u|I|De)\s+(?:har\s+|havde\s+)?(?:\p{L}+\s+){0,4}?(?:svarede|fortalte|sagde|oplyste|skrev|forklarede|svaret|fortalt|sagt|oplyst|skrevet|forklaret)(?![\p{L}])[^;:]{0,40}?,?\s+at\s/u;
const VOLUNTARY_BEFORE = /(?<![\p{L}])(?:er|var|være|som)\s+(?:helt\s+)?$/iu;
const VOLUNTARY_AFTER = /^\s*(?:[.,;:!?)]|$)/u;
const TALK_TO = /^(?:høre|hør|spørge|spørg|tale|tal|drøfte|drøft|bede|bed)\s/iu;
// (Round 41: also what the citizen wants to do without: "uden at skulle bede Deres nabo om et lift".)
const RELUCTANCE_BEFORE = /(?<![\p{L}])(?:uden\s+at(?:\s+(?:skulle|måtte|behøve(?:\s+at)?))?|lyst\s+til\s+at|tør\s+(?:ikke\s+)?at|svært\s+ved\s+at|ikke\s+(?:vil|ville|kan|kunne|ønsker\s+at))\s+$/iu;
const WILLING = /^er\s+villige?\s+til\s+at$/iu;
const PRIVATE_WILLING_BEFORE =
  /(?<![\p{L}])(?:han|hun|du|de|far(?:en)?|faderen|mor(?:en)?|moderen|forældrene|familien|naboen|søn(?:nen)?|datter(?:en)?|(?:din|dit|dine|hans|hendes|jeres|\p{L}+s)\s+\p{L}+)\s+(?:\p{L}+\s+)?(?:også\s+|gerne\s+|fortsat\s+)?$/iu;
const SOMEWHERE_NOT_HELP = /^\s*(?:end|hen|hjemmefra)(?![\p{L}])/iu;

function accept(match: string, sentence: string, at: number, result: string, refusal: boolean, sender: string, granting = false, partial = false, shoppingRefusedInLetter: () => boolean = () => false, frameSender = '', next = '', prev = '', subsidyInLetter: () => boolean = () => false): boolean {
  if (DATA_PROTECTION.test(sentence) || PURPOSE_SENTENCE.test(sentence)) return false;
  // Round 69: see AID_BESIDE and FEE_SERVICE.
  if (AID_BESIDE.test(match)) return aidBeside(sentence.slice(0, at), result);
  if (FEE_SERVICE.test(match) && !feeServiceElsewhere(sentence.slice(0, at), result)) return false;
  // Round 69: other help named only to say it was not looked at ("Kommunen har ikke taget stilling til andre former for
  // hjælp"): it points nowhere — unless the rest of the sentence sends the citizen on.
  if (OTHER_HELP_WORDS.test(match) && NOT_CONSIDERED_BEFORE.test(sentence.slice(Math.max(0, at - 60), at)) && !GUIDES.test(sentence.slice(at + match.length))) return false;
  // Round 69: other services named as what the citizen pays for in the help decided ("skal betale husleje samt for kost og
  // andre ydelser"): the price of this help, not a pointer.
  if (OTHER_HELP_WORDS.test(match) && paidForInHelp(sentence.slice(0, at))) return false;
  // Round 70: other benefits named as what this help leaves untouched ("Beløbet påvirker ikke dine andre ydelser", "modregnes
  // ikke i jeres andre ydelser"): an effect of the decision, not a pointer.
  if (OTHER_HELP_WORDS.test(match) && EFFECT_ON_BEFORE.test(sentence.slice(Math.max(0, at - 50), at))) return false;
  // Round 57: a section cited after "kan" guides only when it is not a section of the decision ("Du kan få hjælp efter
  // § 83" in a grant under § 83 states the help granted); with no section in the result, nothing tells them apart.
  if (CAN_UNDER_SECTION.test(match) && !otherSection(match, result)) return false;
  // Round 72: help kept "ikke som …, men … efter § N" guides only under a section that is not the decision's own.
  if (NOT_AS_BUT_UNDER.test(match) && ownSection(match, result)) return false;
  // Round 72: a body contacted in the passive guides only when it is a body other than the sender or the provider.
  if (PASSIVE_CONTACT.test(match) && !otherBodyContacted(sentence.slice(Math.max(0, at - 60), at + match.length), result)) return false;
  // Round 57: an offer already made by another provider ("Vi har tilbudt, at hjemmeplejen kan komme om aftenen"): not in a
  // full grant, where it is how the help granted is given, nor when it names the help decided.
  // (A person named by name as the subject, "tilbudt, at Emil kan køres hjem", is the child or citizen: a word in lower case
  // is the provider, "hjemmeplejen".)
  if (OFFERED_THAT.test(match) && ((granting && !partial) || !/^\p{Ll}/u.test(OFFERED_SUBJECT.exec(match)?.[1] ?? '') || ownHelp(clauseOf(sentence.slice(at)), result))) return false;
  // Round 57: the professional who gives the help granted, named by the same word ("kontakte familiebehandleren" after
  // "I får bevilget familiebehandling", "ringe til ledsageren" after ledsagelse): the help itself, not another office.
  if (CONTACT_PERSON.test(match) && providerOfResult(CONTACT_PERSON.exec(match)![1]!, result)) return false;
  // Round 54: "kan du få en …" guides only after a condition of need put first ("Hvis du savner selskab, kan du få en
  // besøgsven", "Får du brug for det, kan I få et …"), and only for a thing that is not the help granted, more of it, a
  // copy or a talk with the sender ("Hvis du ønsker det, kan du få en kopi af notatet").
  if (CONDITIONAL_GET.test(match)) {
    const thing = clauseOf(sentence.slice(at + match.length)).split(/\s+/u).slice(0, 4).join(' ');
    if (!CONDITION_FIRST.test(sentence.slice(0, at)) || NOT_OTHER_THING.test(thing) || ownHelp(thing, result)) return false;
  }
  // Round 47: another help weighed in the assessment as what "could" have met the need ("Udvalget har drøftet, om
  // behovet kunne dækkes med en anden støtte i hjemmet"): the less intrusive measure considered, not a pointer.
  if (WEIGHED_COULD_BEFORE.test(sentence.slice(0, at)) && !/§/u.test(sentence)) return false;
  // Round 47: a recommendation reported from a statement that the citizen gets help ("Af udtalelsen fremgår det, at det
  // anbefales, at du får støtte til …"): a fact of the case behind the application, not advice from the letter.
  if (/^anbefal/iu.test(match) && REPORTED_BEFORE.test(sentence.slice(0, at)) && /^\s*(?:får|modtager|fortsat\s+får|bliver\s+tilbudt)(?![\p{L}])/iu.test(sentence.slice(at + match.length))) return false;
  // Round 71: a health professional's advice on the citizen's own conduct, reported ("din lungelæge anbefaler, at du undgår
  // støv", "Lægen anbefaler, at du holder dig i gang med motion"): a fact of the case, unless it names help or a place to go.
  if (/^anbefal/iu.test(match) && HEALTH_ADVISER_BEFORE.test(sentence.slice(Math.max(0, at - 80), at)) && !GUIDES.test(sentence.slice(at + match.length)) && !HELP_NOUN.test(sentence.slice(at + match.length))) return false;
  // Round 71: a delivery the citizen already has, after the sentence that tells of the own ordering ("Borgeren har bestilt
  // sine varer på nettet. Varerne bringes til døren om tirsdagen"): how the citizen manages now, not a pointer.
  if (/^varerne\s/iu.test(match) && OWN_ORDERING.test(`${prev} ${sentence.slice(0, at)}`) && !CAN_WORD.test(`${prev} ${sentence}`)) return false;
  if (BARE_SOCIETY.test(match)) return false;
  // Round 73: another body's part told as what was weighed ("Afgørende for vores vurdering har været, at skolen dækker tre af
  // ugens fem dage"): a fact the decision rests on, not a pointer to that body.
  if (BODY_COVERS.test(match) && CONSIDERATION.test(sentence.slice(0, at))) return false;
  // Round 73: an extra bought with the help decided ("Biretten kan du købe ekstra, hvis du har lyst"): an add-on to this
  // help, unless the sentence names somewhere else to buy it ("… hos et privat firma").
  if (/købe\s*$/iu.test(match) && BUY_EXTRA_AFTER.test(sentence.slice(at + match.length)) && !OTHER_MARK.test(sentence.slice(at + match.length))) return false;
  // Round 73: help said to lie outside this decision guides only when it stands under another provision than the decision's
  // ("Din genoptræning (sundhedslovens § 140) … er ikke en del af denne afgørelse"); a payment or a detail of this help
  // left out names no other help.
  if (OUTSIDE_DECISION.test(match)) return citesOtherSection(`${prev} ${sentence}`, result);
  // Round 73: talks offered with a professional who gives the help decided here are that help.
  if (TALKS_WITH.test(match) && ownHelp(match.split(/\s+/u).at(-1)!, result)) return false;
  // Round 73: one's caseworker at a unit asked about something: not about the help decided (the sender's unit: senderUnit).
  if (ASK_AT_UNIT.test(match) && ownHelp(clauseOf(sentence.slice(at + match.length - 1)), result)) return false;
  // Round 55: a thing handed out free by another body: not the sender named in full ("gratis fra Nordby Kommune"), nor
  // the help granted itself ("rollatoren får du gratis fra …").
  // Round 63: a thing another body now hands out free, reported as a fact of the case ("Regionen har oplyst, at Emil fra maj
  // får sensorerne gratis fra ambulatoriet"): the reason behind the decision, not a pointer (no "kan" after the report).
  if (GIVEN_FREE.test(match) && !/(?<![\p{L}])(?:kan|kunne)(?![\p{L}])/iu.test(REPORTED_FACT_BEFORE.exec(sentence.slice(0, at))?.[0] ?? 'kan')) return false;
  if (GIVEN_FREE.test(match) && ((/^\s+kommune(?![\p{L}])/iu.test(sentence.slice(at + match.length)) && match.split(/\s+/u).at(-1)!.toLowerCase() === sender) || ownHelp(sentence.slice(0, at).split(/[,;:]/u).at(-1)!, result))) return false;
  // Round 55: what the citizen can no longer use, in the assessment ("Du kan ikke længere bruge din gamle stol uden
  // smerter"): a fact of the need, not an option pointed to.
  if (CANNOT_USE.test(match)) return false;
  if (/^henvist\s/iu.test(match) && REFERRED_BY_DOCTOR_BEFORE.test(sentence.slice(Math.max(0, at - 60), at))) return false;
  // Round 55: training carried on alone after the course ("om du kan fortsætte med at træne på egen hånd"): the citizen's
  // own follow-up, not a team or a place to go on at.
  if (TRAIN_ON.test(match) && OWN_HAND_AFTER.test(sentence.slice(at + match.length))) return false;
  // Another municipality taking the case over after a move ("Aarhus Kommune overtager sagen, så de
  // kan se på, om I skal have hjælp dernede"); the sender taking a case over is no other help.
  if (TAKES_OVER.test(match) && (SENDER_BEFORE.exec(sentence.slice(Math.max(0, at - 40), at).toLowerCase())?.[1] ?? sender) === sender) return false;
  // Using something named back with a pronoun ("tjekker, at du kan bruge dem", "så du kan benytte
  // den"): the help or aid granted, not other help — unless marked as another option ("også").
  if (USE_AFTER.test(match) && PRONOUN_AFTER.test(sentence.slice(at + match.length)) && !ANOTHER_OPTION.test(sentence)) return false;
  // Round 45: time spent, not a thing used ("Har du en dårlig dag, kan de bruge mere tid på dig"): how the help
  // granted is given, not other help. And the very thing applied for, bought with a concessive "godt" ("Du kan
  // godt købe den, men så betaler du resten selv"): the share the decision leaves to the citizen, not an option.
  if (USE_AFTER.test(match) && TIME_AFTER.test(sentence.slice(at + match.length))) return false;
  // Round 51: the granted hours or money named back as what is used ("det kan du sagtens bruge timerne til", "du kan
  // bruge beløbet på bleer"): how the help decided here may be spent, not other help.
  if (USE_AFTER.test(match) && GRANT_NAMED_BACK.test(sentence.slice(at + match.length))) return false;
  // Rounds 45, 50, 52, 53 and 55: the citizen buys the thing decided here anyway, or pays the rest of it ("Du kan godt købe
  // den, men så betaler du resten selv", "I kan vælge at købe den el-cykel, I søgte om, men så betaler I selv forskellen",
  // "Du kan godt købe den cykel, du har fundet, men så skal du selv betale forskellen"): the share the decision leaves to
  // the citizen, not another option (see paysForDecidedThing).
  if (paysForDecidedThing(match, sentence, at, result, prev, subsidyInLetter)) return false;
  // Round 53: sold in ordinary shops as the test of a consumer good ("En løftestol kan købes i almindelig handel …, og
  // derfor er den et forbrugsgode"): the reason for the rule applied, not a pointer to a shop.
  if (SOLD_IN_SHOPS.test(match) && CONSUMER_GOOD.test(sentence)) return false;
  // Round 52: the citizen's own thing named before a relative clause ("Du har fortsat dit nødkald, som du kan bruge hele
  // døgnet"): what they have and keep, not other help, unless marked as another option.
  if (USE_AFTER.test(match) && OWN_THING_BEFORE.test(sentence.slice(Math.max(0, at - 60), at)) && !ANOTHER_OPTION.test(sentence)) return false;
  if (BOOK_AT.test(match)) {
    const m = BOOK_AT.exec(match)!;
    // (Groceries from a shop go by the delivery rules above: "Du kan bestille varerne hos købmanden".)
    if (BOOK_OWN_UNIT.test(m[2]!) || TIME_BOOKED.test(m[1]!) || GOODS_BOOKED.test(m[1]!) || ownHelp(m[1]!, result)) return false;
  }
  if (VOLUNTARY.test(match) && VOLUNTARY_BEFORE.test(sentence.slice(Math.max(0, at - 20), at)) && VOLUNTARY_AFTER.test(sentence.slice(at + match.length))) return false;
  if (SOMEWHERE.test(match) && SOMEWHERE_NOT_HELP.test(sentence.slice(at + match.length))) return false;
  // Round 41: volunteers named as a fact of the case, in a consideration or in what the citizen said ("lagt vægt
  // på, at … hvor klubbens frivillige hjælper med omklædning", "Du svarede, at klubbens frivillige ikke altid er
  // der"): the setting the citizen already has, unless a word of getting, asking or offering is near them.
  if (VOLUNTEERS.test(match) && (CONSIDERATION.test(sentence) || CITIZEN_SAID.test(sentence.slice(0, at))) && !GUIDES.test(near(sentence, at).replace(match, ' '))) return false;
  // Somewhere else only guides with a word of getting or asking near it ("Andre steder, du kan få
  // hjælp", "søge støtte et andet sted"); a child who "vil sove et andet sted" or a citizen who
  // "har fundet et andet sted" names a place, not other help.
  if (SOMEWHERE.test(match) && !GUIDES.test(near(sentence, at).replace(match, ' '))) return false;
  // Talking to someone as the citizen's own wish or reluctance ("du ikke har lyst til at tale med
  // din mor om alt"): a fact of the case, not advice to ask there.
  if (TALK_TO.test(match) && RELUCTANCE_BEFORE.test(sentence.slice(Math.max(0, at - 40), at))) return false;
  // A relative or the citizen willing to help ("Olivers far er villig til at tage en dag mere"):
  // their resource, not an offer from the municipality.
  if (WILLING.test(match) && PRIVATE_WILLING_BEFORE.test(sentence.slice(Math.max(0, at - 40), at))) return false;
  // No new visitation for the help granted ("Du behøver ikke at blive visiteret igen, når du
  // flytter") is no open offer elsewhere.
  if (NO_VISITATION.test(match) && /^\s*(?:igen|på\s+ny)(?![\p{L}])/iu.test(sentence.slice(at + match.length))) return false;
  if (SUBSIDIARY.test(match) && (SUBSIDIARY_BEFORE.test(sentence.slice(Math.max(0, at - 60), at)) || SUBSIDIARY_REL_BEFORE.test(sentence.slice(Math.max(0, at - 140), at)))) return false;
  // Round 72: the same condition as help "ud over" what other rules give ("hjælp ud over de tilbud, der kan gives efter
  // andre bestemmelser i loven", "udover hvad der ydes efter anden lovgivning"): the rule's reach, not a pointer.
  if (SUBSIDIARY.test(match) && BEYOND_OTHER_BEFORE.test(sentence.slice(Math.max(0, at - 80), at))) return false;
  // Round 49: the same condition put as when help is refused ("Der ydes ikke hjælp, hvis …, eller hvis udgifterne kan
  // dækkes efter anden lovgivning"): the negation stands in the main clause, the other law in the "hvis" clause.
  // Round 49: a child's own team kept as a result of the help granted ("Plejefamilien bor tæt på hallen, så hun kan
  // fortsætte på holdet"): what the decision makes possible for the child, not an offer pointed to.
  if (TEAM_GOES_ON.test(match) && KEEPS_TEAM_BEFORE.test(sentence.slice(Math.max(0, at - 40), at)) && /^\s*[.,;!]/u.test(sentence.slice(at + match.length))) return false;
  // Round 63: the relative clause put first and the negation after it ("Udgifter, som dækkes efter anden lovgivning, kan
  // ikke dækkes som merudgifter"): the same rule in the other order.
  if (SUBSIDIARY.test(match) && SUBSIDIARY_REL_FIRST.test(sentence.slice(Math.max(0, at - 60), at)) && NOT_AFTER_REL.test(sentence.slice(at + match.length))) return false;
  if (SUBSIDIARY.test(match) && SUBSIDIARY_IF_BEFORE.test(sentence.slice(Math.max(0, at - 60), at)) && REFUSED_IF.test(sentence.slice(0, at))) return false;
  // The law's exclusion of a class of people ("personer, der modtager hjælp efter andre bestemmelser, …,
  // er ikke omfattet af ordningen"): who the rule leaves out, not a pointer to that other help.
  if (SUBSIDIARY.test(match) && CLASS_BEFORE.test(sentence.slice(Math.max(0, at - 60), at)) && EXCLUDED.test(sentence)) return false;
  // (Round 27.) Who a rule is meant for, with the other help inside the description ("§ 99 er
  // målrettet personer, som ikke selv kan tage imod andre tilbud"): the law's target group.
  if (SUBSIDIARY.test(match) && TARGET_GROUP_BEFORE.test(sentence.slice(Math.max(0, at - 80), at))) return false;
  // What another body does not cover ("teststrimler, som ikke dækkes af regionen"): a cost this
  // letter pays, not a pointer to that body — unless the sentence guides otherwise ("Forældre kan
  // søge efter § 86, hvis udgifterne ikke dækkes af regionen"). (Round 53: also with a modal between, "ikke kan dækkes af
  // hjemmeplejen", a reason for the help granted.)
  if (/^(?:dækkes|betales|afholdes|ydes|bevilges|udleveres)(?![\p{L}])/iu.test(match) && /(?<![\p{L}])(?:ikke|ej)\s+(?:kan\s+|kunne\s+)?$/iu.test(sentence.slice(Math.max(0, at - 14), at)) && !GUIDES.test(sentence.replace(match, ' '))) return false;
  // Round 62: a cost another body covers, named as why it is left out of the reckoning ("Teststrimler dækkes af regionen
  // og indgår derfor ikke", "betales af sygesikringen og kan ikke medregnes"): how the expenses were counted, not a pointer.
  if (/^(?:dækkes|betales|afholdes|ydes)(?![\p{L}])/iu.test(match) && LEFT_OUT_OF_RECKONING.test(sentence) && !GUIDES.test(sentence.replace(match, ' '))) return false;
  if (quoted(sentence, at)) return false;
  if (WISH_BEFORE.test(sentence.slice(Math.max(0, at - 30), at))) return false;
  // Round 42: the means by which the citizen manages a task alone, in the assessment ("vi vurderer, at du selv kan klare
  // dine indkøb ved at bestille dem hjem", "du klarer selv rengøringen ved at bruge din robotstøvsuger"): a resource
  // that explains the refusal, not a pointer to other help ("Du kan bestille varer hjem fra Netto" still guides).
  // (Not a firm or a purchase as the means: "ved at købe hjælp hos et rengøringsfirma" is a private option.)
  if (SELF_MANAGES_BY_BEFORE.test(sentence.slice(Math.max(0, at - 100), at)) && !PAID_MEANS.test(sentence.slice(at))) return false;
  // The place a person the citizen already has comes from ("tage din kontaktperson fra Headspace
  // med til møderne"): where that person works, not a place the letter points to.
  // (Round 36: not when the citizen is sent to ask that person about something else: "kan du tale med din
  // sagsbehandler i jobcentret om en mentor".)
  if (OWN_PERSON_FROM.test(sentence.slice(Math.max(0, at - 50), at)) && !ASK_ABOUT.test(sentence.slice(Math.max(0, at - 80), at + match.length + 40))) return false;
  // (In a refusal there is no help granted to choose a provider for: "kan du bestille færdigretter
  // fra en privat madleverandør" points to a private option.)
    // (Round 43: in a partial grant, a private provider the citizen orders from on their own, "kan du selv bestille
  // dem hos en privat leverandør", is the private way round the part refused, not a choice of who delivers.)
  if (FREE_CHOICE.test(sentence) && !BUYS.test(sentence) && !((refusal || (partial && SELF_ORDERS.test(sentence))) && PRIVATE_PROVIDER.test(sentence))) return false;
  // Round 40: the same choice without the word "leverandør" ("Du kan vælge mellem kommunens hjemmepleje og
  // Rengøringsfirmaet Klar"): who delivers the help granted. (Not in a refusal: there is nothing granted to deliver.)
  if (!refusal && CHOOSE_BETWEEN.test(sentence) && !BUYS.test(sentence)) return false;
  // A question still open at a follow-up ("… hvor vi ser på, om du har brug for anden hjælp
  // bagefter"): whether other help is needed, not a pointer to it.
  if (WHETHER_NEEDED.test(sentence.slice(Math.max(0, at - 50), at))) return false;
  // An aid lent: other help only in a refusal and as an offer ("Du kan få en badebænk udlånt som
  // hjælpemiddel"); in a grant it is the help itself ("Du får en rollator udlånt som hjælpemiddel").
  // (Round 27.) The item that "kan ikke søges som hjælpemiddel" is sent nowhere.
  if (/^søge/iu.test(match) && /som\s+(?:et\s+)?hjælpemiddel$/iu.test(match) && /(?<![\p{L}])ikke\s+(?:\p{L}+\s+)?$/iu.test(sentence.slice(Math.max(0, at - 25), at))) return false;
  if (/^(?:udlånt|låne)\s+som\s+hjælpemiddel$/iu.test(match) && !(refusal && /(?<![\p{L}])kan\s+(?:[\p{L}\d]+\s+){0,5}$/iu.test(sentence.slice(Math.max(0, at - 60), at)))) return false;
  // An aid offered on loan ("et badekarsbræt, som kommunen vil kunne udlåne", "tilbuddet om udlån
  // af en badebænk"): another aid in a refusal; in a grant it is how the aid granted is given.
  if (LOAN_OFFER.test(match) && !refusal) return false;
  // "Et badekarsløft kan man låne": another aid where help is refused in whole or part; in a full
  // grant, or of the aid granted ("Rollatoren kan lånes i depotet"), it is how that aid is given.
  // "Du kan selv kontakte …": guidance when it is somewhere else, not the sender or the help granted
  // ("Du kan selv ringe til hjemmeplejen, hvis et besøg skal flyttes").
  if (SELF_CONTACT.test(match) && (OWN_CONTACT.test(sentence.slice(at + match.length)) || namesDecidedHelp(sentence.slice(at + match.length), result))) return false;
  // (Round 28: but the refused item hired or bought from a private dealer, "el-scootere kan lejes eller
  // købes gennem private forhandlere", is a private option, not the aid granted.)
  // (Round 36: in a full grant of other help, an aid one can borrow that is not the help granted, "Det er
  // hjælpemidler, som du kan låne gennem Hjælpemiddeldepotet" in a grant of care, points to another aid.)
  if (LOAN_PASSIVE.test(match) && (!(refusal || partial) ? ownHelp(sentence, result) || !OTHER_AID.test(sentence) : ownHelp(sentence, result) && !PRIVATE_DEAL.test(sentence))) return false;
  if (CONSIDERATION.test(sentence) && CITIZEN_CAN.test(match)) return false;
  if (CONSIDERATION.test(sentence) && CITIZEN_CAN_BEFORE.test(sentence.slice(Math.max(0, at - 30), at)) && !OTHER_IN_MATCH.test(match)) return false;
  // (Round 29: also what the help granted makes possible, in a clause of purpose or need: "er
  // ændringerne nødvendige for, at du kan bruge hele dit hjem", "så du kan deltage i
  // undervisningen"; "også", "i stedet" in the match still mark another option.)
  if (CITIZEN_CAN.test(match) && OWN_USE.test(match) && !OTHER_IN_MATCH.test(match) && PURPOSE_BEFORE.test(sentence.slice(Math.max(0, at - 25), at))) return false;
  if (CITIZEN_CAN.test(match) && !OTHER_IN_MATCH.test(match) && (OWN_USE.test(match) || (/søge\s*$/iu.test(match) && ADMISSION_AFTER.test(sentence.slice(at + match.length)))) && (GOAL_BEFORE.test(sentence.slice(0, at)) || PURPOSE_BEFORE.test(sentence.slice(Math.max(0, at - 25), at)))) return false;
  // (Round 29: a unit that can assess another need, "kan du kontakte visitationen, som kan vurdere,
  // om du har behov for personlig pleje"; not more, or a new look at, the help granted.)
  if (CAN_ASSESS.test(match) && (MORE_AFTER.test(sentence.slice(at + match.length)) || namesDecidedHelp(sentence.slice(at + match.length), result))) return false;
  // (Round 29: another municipality's office in the genitive, "søge om støtte hos Vejle Kommunes
  // Socialafdeling"; not the sender's own, known from the letterhead.)
  const genitive = GENITIVE_MUNICIPALITY.exec(match);
  if (genitive && genitive[1]!.toLowerCase() === frameSender) return false;
  if (BISIDDER.test(sentence)) return false;
  if (WORKS_AT_BEFORE.test(sentence.slice(Math.max(0, at - 60), at)) && !GUIDES.test(sentence.slice(0, Math.max(0, at - 60)))) return false;
  // Help the citizen already has ("Du er allerede visiteret til handicapkørsel, som du kan bruge til
  // de ture", "den kontaktperson, du i forvejen har"): existing help, not guidance to other help.
  if ((ALREADY_HAS.test(sentence) || NEED_MET_NOW.test(sentence)) && !ANOTHER_OPTION.test(sentence)) return false;
  // (Held-out sets 12/13, after their measure.) Help the citizen uses now, said inside the match ("Badeværelset
  // kan du allerede i dag bruge med en badebænk"), and an assessment of this decision ("Vi har også vurderet,
  // om en nedsættelse vil betyde, at du mister …") guide to nothing.
  // (Round 72: not help kept under another section beside the decision, "ikke som BPA, men fortsat af natteamet … efter § 83".)
  if (NOW_IN_MATCH.test(match) && !NOT_AS_BUT_UNDER.test(match)) return false;
  if (ALSO_ASSESSED.test(match) && !OTHER_RULE.test(sentence)) return false;
  if (ABOUT_THIS_DECISION.test(sentence) && !/(?:også|desuden)/iu.test(sentence)) return false;
  // Round 37: "Vi ser ikke en anden vej, du kan gå" denies the other route.
  if (/^en\s+anden\s+vej/iu.test(match) && DENIED_BEFORE.test(sentence.slice(Math.max(0, at - 25), at))) return false;
  if (BARE_NAME.test(match)) {
    // Round 37: an arrangement the citizen may already use, in the if-clause ("Hvis du bruger et privat
    // firma eller en forening til lønadministration, skal du give dem besked"): a fact of the case.
    if (IF_YOU_USE.test(sentence.slice(0, at))) return false;
    // Round 71: the name in the genitive before a document of the case ("studievejlederens udtalelse", "Jobcentrets notat af
    // 3. maj"): the author of facts the decision rests on, not a place pointed to.
    if (/s$/iu.test(match) && SOURCE_DOCUMENT_AFTER.test(sentence.slice(at + match.length))) return false;
    // Round 60: the place of the citizen's own offer ("Vedrørende dit tilbud i Café Kilden", "din plads på Værestedet
    // Molen"): where the citizen goes already, the help this letter is about, not a place pointed to.
    if (OWN_OFFER_BEFORE.test(sentence.slice(Math.max(0, at - 50), at))) return false;
    // The help applied for, named ("Du har søgt om plads i dagtilbuddet Værestedet Molen"), and what the
    // citizen already manages ("Du kører selv din el-kørestol og kan bestille Handicapkørsel").
    if (APPLIED_BEFORE.test(sentence.slice(0, at)) || (SELF_SUBJECT.test(sentence) && OWN_USE_BEFORE.test(sentence.slice(Math.max(0, at - 30), at)))) return false;
    // What the help granted will do ("Rune skal hjælpe dig med at få kontakt til læge og jobcenter").
    // (Round 29: also the need the help granted meets, "har brug for hjælp til døgnrytme, måltider og
    // kontakt til jobcentret"; not when a "kan" points on: "… og det kan jobcentret hjælpe med".)
    if (WILL_HELP_WITH.test(sentence.slice(0, at)) || NEEDS_HELP_WITH.test(sentence.slice(Math.max(0, at - 120), at))) return false;
    // Round 58: the same list after help the letter grants ("Du vil få socialpædagogisk støtte efter behov, bl.a. til
    // medicin, økonomi og kontakt til jobcenteret"): what the staff help with, not a place the citizen is sent to.
    if (GRANTED_HELP_WITH.test(sentence.slice(Math.max(0, at - 160), at).replace(ABBREVIATION, ' '))) return false;
    // (The name itself does not guide: "Rådgivningshuset" holds "rådgiv".)
    const around = near(sentence, at);
    // (A team named with the place that holds it, "har aktivitetscentret Lindely motionshold for
    // seniorer": the verb is before the name, which the name's own removal would cut off.)
    // Round 45: a field-style label for questions on another topic ahead of the name ("Spørgsmål om
    // fleksjobbet og løntilskud: Jobcentret, tlf. …"): the line sends the citizen there, however many
    // commas the label holds.
    // Round 66: a recommendation the named body made in the past, that the citizen gets some help ("Jobcentrets
    // rehabiliteringsteam har den 20. november anbefalet, at du får beskyttet beskæftigelse"): advice given to the
    // municipality, a fact of the case, so its "anbefalet" does not guide.
    if ((PLACE_ASSOCIATION.test(match) && !(/(?<![\p{L}])som\s+$/iu.test(sentence.slice(Math.max(0, at - 6), at)) && ARRANGES_AFTER.test(sentence.slice(at + match.length)))) || !(CONTACT_THEM_NEXT.test(next) || OPEN_NEXT.test(next) || SIGN_UP_NEXT.test(next) || GUIDES.test(around.replace(match, ' ').replace(RECOMMENDED_YOU_GET, ' ').replace(NONE_AVAILABLE, ' ')) || QUESTIONS_LABEL.test(sentence.slice(0, at)) || heldBy(match, sentence.slice(Math.max(0, at - 60), at)))) return false;
    // Where the citizen found what was applied for ("en kulfiberrollator, som du har fundet i en
    // netbutik", "som De selv har fundet hos Cykelhuset"): the application, not a place pointed to.
    if (FOUND_IT_BEFORE.test(sentence.slice(Math.max(0, at - 40), at))) return false;
    // A centre or club the citizen or a relative is in already ("Du har haft aflastning i
    // dagcentret to dage om ugen", "mens din mand er i dagcenter"): a fact of the case.
    // (Also told of the citizen's own week: "Du har motionshold om tirsdagen i aktivitetscentret".)
    if (DAY_PLACE.test(match) && (IN_PLACE_BEFORE.test(sentence.slice(Math.max(0, at - 50), at)) || OWN_WEEK.test(sentence))) return false;
    // The place of the help this letter decides on.
    if (result.includes(match.toLowerCase().split(/\s+/u)[0]!)) return false;
    // (By the name's stem too: "dagene i caféen" under the result "Café Mødestedet".)
    const stem = BARE_NAME.exec(match)?.[0].toLowerCase();
    if (stem && stem.length >= 4 && !/forening|forbund|samfund/u.test(stem) && result.includes(stem)) return false;
  }
  // A loan of the aid this letter grants ("Du kan låne rollatoren …" after "Du får en rollator")
  // is the help itself; in a refusal, whatever the citizen can borrow is an alternative.
  if (LOAN.test(match) && !refusal && namesDecidedHelp(sentence.slice(at + match.length), result)) return false;
  // A referral to the provider of the help granted ("sendt sagen til Bostøtten Nord").
  // Information about, or a question on, the help granted here is no other help.
  if (ABOUT.test(match) && ownHelp(clauseOf(sentence.slice(at + match.length - 1)), result)) return false;
  // Another municipality, not the sender ("Visitationen i Nordby Kommune").
  const municipality = MUNICIPALITY.exec(match);
  if (municipality && (municipality[1] ?? municipality[2]!).toLowerCase() === sender) return false;
  const referral = REFERRAL.exec(match);
  if (referral && ownHelp(referral[1]! + sentence.slice(at + match.length).split(/[\s,.;:]/u)[0]!, result)) return false;
  // A group or a scheme the citizen already takes part in ("Din kone går i en pårørendegruppe"),
  // or the one this letter grants ("Du er visiteret til indkøbsordning").
  // Round 70: an open counselling the citizen already goes to ("Mathias går i den åbne ungerådgivning"): a fact of the case.
  if (OPEN_COUNSELLING.test(match) && IN_PLACE_BEFORE.test(sentence.slice(Math.max(0, at - 50), at))) return false;
  if (OFFER_NAME.test(match)) {
    if (TAKES_PART.test(sentence.slice(Math.max(0, at - 40), at)) || OWN_GROUP_BEFORE.test(sentence.slice(Math.max(0, at - 30), at))) return false;
    // Round 63: one offered or had before, told as the case's history ("den støtte, der blev tilbudt dig i form af
    // forældrekursus", "Du fik et forældrekursus sidste år"): what has been tried, not an offer pointed to now.
    if (HAD_BEFORE.test(sentence.slice(Math.max(0, at - 50), at)) && !ANOTHER_OPTION.test(sentence)) return false;
    // ("at indkøbsordningen gennem kommunen kun er blevet brugt sjældent": used already, in the passive.)
    // ("gerne ville beholde indkøbsordningen": the scheme the citizen has and this letter is about.)
    if (KEEPS.test(sentence.slice(Math.max(0, at - 30), at))) return false;
    if (USED_AFTER.test(sentence.slice(at + match.length, at + match.length + 60))) return false;
    // In a grant the municipality's grocery scheme is how the shopping help is delivered (like
    // the choice of provider); only when help is refused or ended does it point elsewhere.
    if (granting && /^indkøbsordning/iu.test(match)) return false;
    if (result.includes(match.toLowerCase().slice(0, 12))) return false;
  }
  // (Unless the shopping is the part refused in a partial grant: "Du får hjælp til rengøring, men
  // ikke til indkøb … Du kan bestille varer hos en butik, der bringer ud" points to a private option.)
  // Round 25: the shopping may be refused in its own paragraph, away from the result sentence
  // ("Indkøb: Her bliver det ikke til hjælp fra kommunen"); only then is the whole letter read.
  if (granting && /^(?:varerne\s+(?:leveres|bringes)|bringer\s)/iu.test(match) && !(partial && (SHOPPING_REFUSED.test(result) || shoppingRefusedInLetter()))) return false;
  // (Round 32: the same for shops that offer delivery or take orders by phone; and neither these
  // nor a region that pays count when denied.)
  // (Round 38: goods ordered home likewise: only where the shopping is the part refused, or help is refused.)
  if (granting && /^bestill\p{L}*\s+(?:\p{L}+\s+)?hjem$/iu.test(match) && !(partial && (SHOPPING_REFUSED.test(result) || shoppingRefusedInLetter()))) return false;
  // (Round 70: goods to have delivered likewise; and where the shopping help itself is changed, it is the new form of it.)
  if (GOODS_DELIVERED.test(match) && ((granting && !(partial && (SHOPPING_REFUSED.test(result) || shoppingRefusedInLetter()))) || (!refusal && !granting && SHOPPING_HELP.test(result)))) return false;
  if (SHOP_OR_REGION.test(match)) {
    if (DENIED_BEFORE.test(sentence.slice(Math.max(0, at - 25), at)) || DENIED_AFTER.test(sentence.slice(at + match.length))) return false;
    if (granting && /^(?:dagligvare)?(?:butikker|supermarkeder)/iu.test(match) && !(partial && (SHOPPING_REFUSED.test(result) || shoppingRefusedInLetter()))) return false;
  }
  // Round 23. Help to apply for on its own: not a renewal of the help granted ("Har du fortsat brug
  // for hjælp efter 1. juli, skal du søge om forlængelse").
  if (APPLY_SEPARATELY.test(match) && RENEWAL.test(sentence)) return false;
  // An application passed on to the committee or the visitation decides the same case.
  if (FORWARDED.test(match) && SAME_CASE_BODY.test(sentence.slice(at + match.length, at + match.length + 60))) return false;
  // "Vi har vurderet, om du kan være berettiget …", "at du ikke kan være berettiget …": the
  // assessment of this application, not a pointer to other help.
  if (/berettiget$/iu.test(match) && WHETHER_OR_NOT_BEFORE.test(sentence.slice(Math.max(0, at - 30), at))) return false;
  // Signing up for the help this letter grants ("Du får plads på holdtræningen. Du kan melde dig til
  // holdet hos …") is how to start it; signing up for something else guides.
  if (/^kan\s+melde\s/iu.test(match) && namesDecidedHelp(sentence.slice(at + match.length), result)) return false;
  // "Du kan bruge kommunens ledsagerkorps" after "Du er bevilget ledsagelse": who delivers the
  // help granted (like free choice), unless the help ends.
  if (USE_AFTER.test(match) && !ENDING_WORDS.test(result) && ownProvider(sentence.slice(at + match.length), result)) return false;
  // Another professional asked to assess an aid: not when it is the aid this letter decides on.
  if (ASKED_TO_ASSESS.test(match) && ownHelp(match.slice(match.search(/\s(?:om|hvorvidt)\s+(?:en|et|nogle|andre|anden|andet)\s/iu)), result)) return false;
  // What the citizen already does on their own ("kan du bruge vaskeklud og håndvask, som du gør nu"):
  // a resource, not other help.
  if (USE_AFTER.test(match) && OWN_HABIT.test(sentence.slice(at + match.length))) return false;
  // "Du kan også få besøg af en diætist": another thing to get, marked as an addition. Not the
  // citizen's rights in the case ("Du kan også få aktindsigt"), a copy or an answer, generic help
  // (judged by the "få hjælp" rule below) or the help this letter grants ("også få maden kold").
  if (ALSO_GET.test(match)) {
    const after = sentence.slice(at + match.length);
    if (GET_NOT_OTHER.test(after) || namesDecidedHelp(after, result, 4)) return false;
  }
  // A tip by the way or a reminder is guidance when it sends the citizen to get, apply or ask, and
  // not back to the sender or to the help granted ("Du kan i øvrigt altid ringe til os", "Husk, at
  // du kan ringe til hjemmeplejen").
  // Round 59: advice to be had from a body named after it, by the citizen or by others around the child ("Skolen kan få
  // råd fra PPR om …", "I kan få gode råd hos foreningen"): another source of help, not the sender or the help granted.
  if (GET_ADVICE.test(match)) {
    const after = sentence.slice(at + match.length);
    if (pointsBackHere(after.trim(), result, 2)) return false;
  }
  if (TIP.test(match)) {
    const after = sentence.slice(at + match.length);
    if (!GUIDES.test(sentence.slice(at)) || pointsBackHere(after, result)) return false;
    // A unit to contact about the help granted ("…, hvis kørestolen går i stykker") is not other help.
    if (/også\s+(?:ringe|kontakte|henvende)/iu.test(match) && ownHelp(after, result)) return false;
  }
  if (KNOW_QUESTION.test(match)) {
    const after = sentence.slice(at + match.length);
    if (!sentence.trimEnd().endsWith('?') || !NAME_FIRST.test(after) || pointsBackHere(after, result)) return false;
  }
  if (SELF_APPLY.test(match) && (!(refusal || partial) || RENEWAL.test(sentence))) return false;
  if (HEDGE_FIRST.test(match)) {
    const after = sentence.slice(at + match.length);
    if (!GUIDES.test(sentence.slice(at)) || pointsBackHere(after, result, 4)) return false;
  }
  if (THERAPIST_LOOKS.test(match) && ownHelp(match.split(/\s+/u).at(-1)!, result)) return false;
  // Round 25. A tip flagged as one ("Et lille tip: …", "Tip: Jobcentret har mentorer …", "Et godt
  // råd: …") guides when it names somewhere else or sends the citizen on; not a practical hint
  // ("Et godt råd: Sæt rollatoren ved sengen") or one back to the sender or the help granted.
  if (TIP_LABEL.test(match)) {
    const after = sentence.slice(at + match.length).replace(/^[\s:–-]+/u, '');
    if (pointsBackHere(after, result)) return false;
    if (!(GUIDES.test(after) || OTHER_MARK.test(after) || SHOP_KIND.test(after) || BARE_NAME.test(after.split(/\s+/u)[0] ?? ''))) return false;
  }
  // Buying privately what is refused ("Hvis I selv ønsker at købe en hjælpemotor", "en ladcykel,
  // som I selv køber"): a private option only where help is refused in whole or part; in a full
  // grant it is a condition of it ("Batterier skal du selv købe").
  if (BUY_PRIVATELY.test(match) && !(refusal || partial)) return false;
  // The municipality asking the doctor with consent ("fået lov til at tale med egen læge") gathers
  // facts for this case; it sends the citizen nowhere.
  if (/^tale\s+med/iu.test(match) && CONSENT_BEFORE.test(sentence.slice(Math.max(0, at - 40), at))) return false;
  // "Der kan også søges om en ældrebolig" guides; not the help this letter decides on, said as
  // the subject or after "om" ("En ny rollator kan også søges, når …").
  if (ALSO_APPLIED.test(match)) {
    const after = sentence.slice(at + match.length);
    const about = /^\s+om\s/iu.test(after) ? clauseOf(after).split(/\s+/u).slice(0, 5).join(' ') : '';
    const subject = sentence.slice(0, at).trim().split(/\s+/u).at(-1) ?? '';
    if (SAME_HELP_WORD.test(subject) || ownHelp(`${clauseOf(sentence.slice(0, at))} ${about}`, result)) return false;
  }
  if (BORROW.test(match) && namesDecidedHelp(sentence.slice(at + match.length), result, 4)) return false;
  if (CAN_GET.test(match)) {
    if (OWN_HELP_CLAUSE.test(sentence.slice(0, at))) return false;
    // Round 46: "i stedet" inside the application itself ("Du har søgt om at få fjernet badekarret og få en bruseniche i
    // stedet"): what was asked for, not an alternative offered.
    if (match.startsWith('stedet') && APPLIED_INSTEAD_BEFORE.test(sentence.slice(0, at))) return false;
    // "Nødkaldet skal gøre det trygt, så du kan få hjælp hurtigt": what the help granted brings.
    if (/(?<![\p{L}])så\s+(?:at\s+)?$/iu.test(sentence.slice(Math.max(0, at - 8), at))) return false;
    if (match.startsWith('stedet') && CHANGE.test(sentence)) return false;
    // Round 46: "efter § N" marks other help only when N is not the provision this letter decides by ("Du kan få hjælp
    // efter servicelovens § 113 til køb af el-scooter" in a grant under § 113 is the help granted).
    // Round 56: not when the help put "i stedet" stands under another provision than the result's ("Du får i stedet 2
    // besøg hver nat efter § 83" in a grant under § 96): another help with its own scope, not the new scope of this one.
    if ((SCOPE.test(sentence) && !(match.startsWith('stedet') && otherProvision(sentence, result))) || !(OTHER_MARK.test(withoutOwnProvision(sentence, result)) || otherLaw(sentence, result))) return false;
  }
  return true;
}

// Round 73: see accept.
const BODY_COVERS = /^\p{L}+\s+(?:dækker|betaler|afholder)$/iu;
// (Only "ekstra" said of the thing named before it; "købe ekstra rengøring" names more of a help, bought privately.)
const BUY_EXTRA_AFTER = /^(?:ekstra|som\s+tilkøb|oveni)\s*(?:[,.;:!?]|$|(?:hvis|når)(?![\p{L}]))/iu;
const OUTSIDE_DECISION = /^(?:er|indgår)\s+ikke\s/iu;
// A section cited that is not one of the result's (with no section in the result, any section cited is another's).
function citesOtherSection(text: string, result: string): boolean {
  const own = new Set([...result.matchAll(PARAGRAPH)].map((m) => m[1]!));
  for (const m of text.matchAll(PARAGRAPH)) if (!own.has(m[1]!)) return true;
  return false;
}
const TALKS_WITH = /samtaler\s+(?:med|hos)\s+(?:en|et)\s+\p{L}+$/iu;
const ASK_AT_UNIT = /\s(?:i|hos|på|fra)\s+(\p{L}[\p{L}-]*)\s+om\s/u;

// Round 69: an aid granted beside a decision on other help ("Derfor får du et kaldeanlæg med armbånd, som hjælpemiddel" in a
// change of BPA): another benefit under the aid rules, so it guides; in a decision on an aid (the result names an aid, a
// consumer good or §§ 112–116), or for the thing decided, it is the help itself. The thing must be granted in the
// sentence, not sought or refused ("kan ikke søges som hjælpemiddel" is judged by the pack's own phrases).
const AID_BESIDE = /^som\s+hjælpemiddel$/iu;
const AID_GRANTED_BEFORE =
  /(?<![\p{L}])(?:får\s+(?:du|I|De|han|hun)|(?:du|I|De|han|hun)\s+får|bevilger\s+(?:vi|kommunen)|(?:vi|kommunen)\s+bevilger|bevilges)\s+(?!ikke(?![\p{L}]))((?:(?!(?:ikke|men)(?![\p{L}]))[^.;:!?])+?)[\s,]*$/iu;
const AID_DECISION = /hjælpemid|forbrugsgod|§\s*11[2-6](?!\d)|boligindret/iu;
function aidBeside(before: string, result: string): boolean {
  const granted = AID_GRANTED_BEFORE.exec(before);
  return granted !== null && !AID_DECISION.test(result) && !ownHelp(granted[1]!, result);
}
// Round 69: a service another place gives for a fee ("kan vaskeriet på plejecentret vaske og stryge tøj mod betaling",
// "Netto leverer varer hjem mod betaling"): a paid option elsewhere — not when the clause names the help decided here or
// the sender or provider of it ("Hjemmeplejen kan mod betaling …", "madservice mod betaling" in a grant of meals).
const FEE_SERVICE = /^mod\s+betaling$/iu;
const HERE_PARTY_WORD = new RegExp(String.raw`(?<![\p{L}])${SENDER_OR_PROVIDER}(?![\p{L}])`, 'iu');
function feeServiceElsewhere(before: string, result: string): boolean {
  const clause = before.split(/[,;:]/u).at(-1)!;
  return !HERE_PARTY_WORD.test(clause) && !ownHelp(clause, result);
}
const OTHER_HELP_WORDS = /^(?:andre|anden)\s/iu;
// Round 70: see accept. A verb of effect, with or without "ikke", and an owner before the match.
const EFFECT_ON_BEFORE =
  /(?<![\p{L}])(?:påvirke[rs]?|berøre[rs]?|modregnes\s+(?:ikke\s+)?i|fradrages\s+(?:ikke\s+)?i|indgår\s+(?:ikke\s+)?i|(?:har|få)\s+(?:ikke\s+)?(?:nogen\s+|ingen\s+)?(?:betydning|indflydelse)\s+for)\s+(?:ikke\s+)?(?:(?:din|dine|jeres|Deres|hans|hendes|sine|eventuelle)\s+)?$/iu;
const NOT_CONSIDERED_BEFORE =
  /(?<![\p{L}])(?:ikke|ej)\s+(?:\p{L}+\s+){0,2}?(?:taget\s+stilling\s+til|vurderet|set\s+på|behandlet|undersøgt|forholdt\s+(?:os|sig)\s+til)\s+$/iu;
// (The list after "for" may hold commas, "for kost, vask og andre ydelser"; a word that sends the citizen on between the
// paying and the match, "betale for maden, kan du søge om anden hjælp", makes it guidance again.)
const PAID_FOR_BEFORE = /(?<![\p{L}])(?:betale|betaler|betales|betaling|egenbetaling)\s+(?:[^.;:!?,]{0,60}?\s)?for\s+(?:[^.;:!?]{0,80}?\s)?$/iu;
function paidForInHelp(before: string): boolean {
  const paid = PAID_FOR_BEFORE.exec(before);
  return paid !== null && !GUIDES.test(paid[0]);
}

// (A date inside the report, "fra 1. maj", does not end it.)
const REPORTED_FACT_BEFORE = /(?<![\p{L}])(?:fremgår\s+det|skriver|skrev|oplyser|oplyste|har\s+oplyst|har\s+skrevet)(?![\p{L}])(?:[^.;!?]|(?<=\d)\.)*$/iu;
const GIVEN_FREE = /^gratis\s+(?:fra|hos|via|gennem)\s/iu;
const LIST_ITEM_START = /^\s*(?:[-–•*]\s*)?at\s/u;
const SUPPORT_HEADING = /(?:får|giver|bevilger|bevilges)\s+(?:(?:du|I|De|vi|jeg|dig|jer)\s+)?(?:\p{L}+\s+)?(?:støtte|hjælp)\s+til\s*[?:]?\s*$/iu;
function underSupportHeading(letter: Letter, si: number): boolean {
  for (let i = si - 1; i >= 0 && i >= si - 8; i--) {
    const t = letter.seg.sentences[i]!;
    if (t.heading) return SUPPORT_HEADING.test(letter.slice(t));
    if (!LIST_ITEM_START.test(letter.slice(t))) return false;
  }
  return false;
}
// Round 58: see the BARE_NAME branch of accept. (Not "kan få støtte til …", an offer; "bl.a." and "f.eks." are read as one word.)
const GRANTED_HELP_WITH =
  /(?<![\p{L}])(?<!(?:kan|kunne)\s+(?:\p{L}+\s+)?)(?:får|få|fået|bevilget|bevilges|modtager|modtage)\s+(?:\p{L}+\s+){0,3}?(?:hjælp|støtte)(?:\s+(?!(?:kan|kunne|bør|kontakte|henvende|ringe)(?![\p{L}]))[\p{L},]+){0,4}?\s+til\s+(?:(?!(?:kan|kunne|bør|skal|kontakte|henvende|ringe)\s)[^.;:!?]){0,110}$/iu;
const ABBREVIATION = /(?<![\p{L}])(?:bl\.\s?a\.|f\.\s?eks\.|m\.m\.|o\.l\.)/giu;
// Round 58: a referral already made by the citizen's doctor or a hospital ("Din egen læge har henvist dig til
// genoptræning", "som neurologisk afdeling har henvist dig til"): how the case began, an event, not the letter pointing
// to other help ("Vi har henvist dig til aktivitetscentret" and "lægen kan henvise dig" are judged as before).
const REFERRED_BY_DOCTOR_BEFORE =
  /(?<![\p{L}])(?:læge\p{L}*|speciallæge\p{L}*|overlæge\p{L}*|sygehus\p{L}*|hospital\p{L}*|afdeling\p{L}*|neurolog\p{L}*|psykiater\p{L}*|psykiatri\p{L}*)\s+(?:har|havde)\s+(?:\p{L}+\s+)?$/iu;
const CANNOT_USE = /^(?:(?:du|I|De)\s+kan|kan\s+(?:du|I|De))\s+(?:\p{L}+\s+)?(?:ikke|aldrig)\s+(?:\p{L}+\s+)?(?:bruge|benytte|deltage)\s*$/iu;
const TRAIN_ON = /(?:træne|fortsætte)(?:\s+\p{L}+){0,3}?\s+på$/iu;
const OWN_HAND_AFTER = /^\s+(?:egen\s+hånd|eget\s+initiativ)(?![\p{L}])/iu;
const CONDITIONAL_GET = /^kan\s+(?:du|I|De)\s+få\s+(?:en|et)$/iu;
const CONDITION_FIRST =
  /^\s*(?:(?:hvis|såfremt|mens)\s[^.;:!?]*|(?:har|får|er|bliver|savner|ønsker|mangler|føler)\s+(?:du|I|De)\s[^.;:!?]*),\s*$/iu;
const NOT_OTHER_THING =
  /^\s*(?:(?:ny|nyt|ekstra|større|længere|mere|kopi|svar|afgørelse|begrundelse|bisidder|partsrepræsentant|aktindsigt)(?![\p{L}])|(?:samtale|snak|møde|tid)\s+(?:med|hos)\s+(?:os|mig|din|dit|jeres|Deres|sagsbehandler\p{L}*|visitator\p{L}*)(?![\p{L}]))/iu;
const ASKED_TO_ASSESS = /^(?:bedt|bad|beder)\s/iu;
const CAN_GET_FIRST = /^(?:du|i|de|\p{Lu}\p{L}+)\s+kan\s+få\s+(?:hjælp|støtte|tilskud)(?![\p{L}])/u;
const DECISION_HEADING = /^\s*(?:(?:kommunens|vores|vor)\s+)?(?:afgørelse(?:n)?|resultat(?:et)?)\s*:?\s*$/iu;
const APPLIED_INSTEAD_BEFORE =
  /(?<![\p{L}])(?:har|havde)\s+(?:\p{L}+\s+)?(?:søgt|ansøgt|bedt)\s+om\s+(?:(?!(?:men|kan|kunne|bør|anbefaler|foreslår|tilbyder|vil)(?![\p{L}]))[^.;:!?])*(?<![\p{L}])i\s+$/iu;
const OWN_PROVISION_CITED = /efter\s+(?:\p{L}+s\s+)?§\s*(\d+)/giu;
function withoutOwnProvision(sentence: string, result: string): string {
  const own = new Set([...result.matchAll(PARAGRAPH)].map((m) => m[1]!));
  if (own.size === 0) return sentence;
  return sentence.replace(OWN_PROVISION_CITED, (w, n: string) => (own.has(n) ? ' ' : w));
}
// Round 46: a workplace or a placement the citizen has or had, told as a fact ("Kontaktpersonen fortalte, at du
// siden januar har været i praktik i Røde Kors' genbrugsbutik"): where the citizen is, not a place pointed to.
const WORKS_AT_BEFORE =
  /(?<![\p{L}])(?:(?:har|havde)\s+(?:\p{L}+\s+)?været|er|var|arbejder|arbejdede|startede|begyndte)\s+(?:\p{L}+\s+){0,2}?(?:i\s+praktik|i\s+fleksjob|i\s+løntilskud|ansat|frivillig|i\s+arbejde)\s+(?:i|på|hos|ved)\s+$/iu;
const OTHER_AID = /(?<![\p{L}])(?:hjælpemid\p{L}*|hjælpemiddeldepot\p{L}*|depot\p{L}*)/iu;
// Round 36: in a consideration, what the citizen can still do within the help ("Vi har også lagt vægt på, at du
// fortsat kan kontakte bostøtten ved uventede hændelser"): an argument, not a pointer to other help.
const CITIZEN_CAN_BEFORE = /(?<![\p{L}])(?:du|I|De)\s+(?:(?:fortsat|stadig|også|altid|selv|godt)\s+)?kan\s+(?:(?:fortsat|stadig|også|altid|selv|godt)\s+)?$/iu;
const OWN_USE = /(?:bruge|benytte|deltage)\s*$/iu;
const OTHER_IN_MATCH = /(?<![\p{L}])(?:også|desuden|i\s+stedet|altid)(?![\p{L}])/iu;
const PURPOSE_BEFORE = /(?<![\p{L}])(?:for\s*,?\s*at|så\s*,?\s*(?:at\s+)?|sådan\s*,?\s*at)\s*$/iu;
const CAN_ASSESS = /vurdere\s*,?\s+om\s+(?:du|I|De)\s+(?:har\s+(?:behov|brug)\s+for|kan\s+få|er\s+berettiget\s+til)$/iu;
const MORE_AFTER = /^\s*(?:(?:mere|flere|yderligere|ekstra|mindre|en\s+ny\s+vurdering|en\s+ændring|hjælpen|støtten|det)(?![\p{L}])|(?:hjælp|støtte)\s*(?:[.,;]|$))/iu;
const GENITIVE_MUNICIPALITY = /(\p{L}+)\s+kommunes\s+\p{L}+$/iu;
const NEEDS_HELP_WITH = /(?<![\p{L}])(?:brug|behov)\s+for\s+(?:hjælp|støtte)\s+til\s+(?:(?!(?:kan|kunne|bør|skal|kontakte|henvende)\s)[^.;:]){0,110}$/iu;
// (Round 42: also further into a long list of the goals, "Støtten skal hjælpe dig med at få overblik over din post og dine
// regninger, holde dine aftaler med psykiatrien og jobcentret", as long as no word sends the citizen on: "…, og det
// kan jobcentret hjælpe med" still guides.)
const WILL_HELP_WITH = /(?<![\p{L}])skal\s+(?:\p{L}+\s+)?hjælpe\s+(?:dig|jer|Dem|ham|hende)\s+med\s+(?:[^.]{0,80}|(?:(?!(?:kan|kunne|bør|kontakte|henvende)\s)[^.;:]){81,160})$/iu;
// (Not "allerede nu", which urges: "Skriv dig allerede nu op til en ungdomsbolig".)
const NOW_IN_MATCH = /(?<![\p{L}])(?:allerede(?!\s+nu(?![\p{L}]))|i\s+forvejen|fortsat|stadig)(?![\p{L}])/iu;
const ALSO_ASSESSED = /^vi\s+har\s+(?:også|desuden)\s+vurderet$/iu;
const OTHER_RULE = /(?<![\p{L}])(?:anden|andre|andet|øvrige)(?![\p{L}])|§/iu;
const APPLIED_BEFORE = /(?<![\p{L}])(?:du|I|De|han|hun|I)\s+(?:har\s+)?(?:an)?søgt\s+om\s+[^.]{0,80}$/iu;
const SELF_SUBJECT = /^(?:du|han|hun|I|De)\s+(?:\p{L}+\s+){0,3}?selv(?![\p{L}])/iu;
const OWN_USE_BEFORE = /(?<![\p{L}])og\s+kan\s+(?:bestille|bruge|benytte|tage)\s+(?:\p{L}+\s+)?$/iu;
// (Also a tip asked as a question: "Vidste du, at Ældre Sagen har en gratis telefonlinje?".)
// (Round 32: also a phone line kept open, "kan du altid ringe til Ungerådgivningen": the same
// test, somewhere else than the sender or the help granted — not "Du kan altid ringe til mig".)
// (Round 35: also another unit or service one "kan også ringe til / kontakte / henvende sig til"
// ("kan du også ringe til hjælpemiddelteamet"): the same test — not "Du kan også ringe til mig".)
// (Round 40: also an open door to drop in at, "Du kan også altid komme forbi Ungerådgivningen": the same test — not
// "Du kan altid komme forbi kontoret/os".)
const TIP = /^(?:husk|vidste\s|(?:du|i|de)\s+kan\s+(?:i\s+øvrigt|altid\s+ringe|også\s+(?:ringe|kontakte|henvende)|(?:også\s+)?(?:altid\s+)?(?:komme|kigge)\s+forbi)|kan\s+(?:du|i|de)\s+(?:i\s+øvrigt|altid\s+ringe|også\s+(?:ringe|kontakte|henvende)|(?:også\s+)?(?:altid\s+)?(?:komme|kigge)\s+forbi))/iu;
// Round 40: a tip asked as a question about a place or a group ("Kender du i øvrigt Spisevennerne i Beboerhuset?",
// "Har I hørt om Familienetværket?"): it names somewhere else when a name follows and the sentence asks.
const KNOW_QUESTION = /^(?:kender|kendte)\s+(?:du|i|de)\s+(?:i\s+øvrigt|måske|allerede)$|^har\s+(?:du|i|de)\s+(?:\p{L}+\s+)?hørt\s+om$/iu;
const NAME_FIRST = /^\s+(?:(?:den|det|de)\s+)?\p{Lu}/u;
// Round 40: another help the citizen must apply for on their own ("En nødkaldeanordning er et hjælpemiddel efter § 112
// … De skal selv søge om den"): in a refusal or a partial grant, an alternative elsewhere; a renewal or the same help
// again is not.
const SELF_APPLY = /^skal\s+(?:(?:du|i|de)\s+)?selv\s+(?:an)?søge/iu;
// Round 40: the goal of the help granted, with the citizen's own use in it ("Hjælpen skal sikre, at du kan blive boende,
// og at du kan bruge dine kræfter på genoptræningen"), and applying to a school as the aim ("så du kan søge ind på en
// ungdomsuddannelse"): what the help leads to, not another help.
const GOAL_BEFORE = /(?<![\p{L}])(?:skal|skulle)\s+(?:\p{L}+\s+)?(?:sikre|sørge\s+for|gøre\s+det\s+muligt|hjælpe\s+(?:dig|jer|Dem|ham|hende)\s+(?:med|til))(?![\p{L}])/iu;
const ADMISSION_AFTER = /^\s*ind\s+(?:på|i)(?![\p{L}])/iu;
// Round 40: help under another named law than the one the letter decides by ("om du kan få hjælp til enkeltudgifter
// efter aktivloven"): another help, like "efter § 86".
const NAMED_LAW = /(?<![\p{L}])efter\s+(\p{L}{4,}love)n(?![\p{L}])/giu;
function otherLaw(sentence: string, result: string): boolean {
  for (const m of sentence.matchAll(NAMED_LAW)) if (!result.includes(m[1]!.toLowerCase())) return true;
  return false;
}
// Round 32: a hedge with the pronoun first ("Du kan måske få fradrag …") guides when a verb sends
// the citizen on, not back to the sender, and the next words are not the help granted — not "Du
// kan måske selv klare indkøbene".
const HEDGE_FIRST = /^(?:du|i|de)\s+kan\s+måske$/iu;
// Round 32: shops that deliver or take orders, and another public body that pays; not when denied
// ("ingen butikker tilbyder levering", "Regionen dækker ikke …").
// (Round 57: also with words between, "supermarkeder i området leverer".)
const SHOP_OR_REGION = /^(?:(?:butikker|supermarkeder)\s+(?:tilbyder|levering|tager|tage|også)|(?:dagligvare)?(?:butikker|supermarkeder)(?:ne)?\s+(?:\p{L}+\s+){1,3}?(?:leverer|bringer)|dækker\s+regionen|betaler\s+regionen|regionen)(?![\p{L}])/iu;
const DENIED_BEFORE = /(?<![\p{L}])(?:ingen|ikke)\s+(?:\p{L}+\s+)?$/iu;
const DENIED_AFTER = /^\s+(?:ikke|heller\s+ikke)(?![\p{L}])/iu;
// (Also the provider of the help granted: "Husk, at du kan ringe til hjemmeplejen, hvis et besøg skal flyttes".)
const TIP_TO_SENDER = new RegExp(String.raw`^[^.]{0,40}?(?<![\p{L}])${HERE_PARTY}(?![\p{L}])`, 'iu');
const BORROW = /^kan\s+låne$/iu;
// (Round 59: also a few tips flagged as such, "Et par idéer, hvis det bliver sværere: …", "Et par gode råd: …".)
const TIP_LABEL = /^(?:et\s+(?:lille|godt)\s+|et\s+par\s+(?:gode\s+)?)?(?:tips?|råd|id[ée]er)(?![\p{L}])/iu;
// Round 59: a kind of shop a tip sends the citizen to for a small thing of their own ("klodser fås i byggemarkedet eller
// en hjælpemiddelbutik"): a private option, like a webshop or a dealer.
const SHOP_KIND = /(?<![\p{L}])(?:byggemarked\p{L}*|hjælpemiddelbutik\p{L}*|hjælpemiddelforretning\p{L}*|apotek\p{L}*|genbrugsbutik\p{L}*)(?![\p{L}])/iu;
const BUY_PRIVATELY = /^(?:selv\s+(?:ønsker|vil|gerne\s+vil)\s+købe|(?:som|så)\s+(?:du|i|de)\s+selv\s+køber)/iu;
const PRIVATE_DEAL = /(?<![\p{L}])(?:købes|privat|private|forhandler\p{L}*)(?![\p{L}])/iu;
// (Round 32: also in the plural, "bestilles mad fra private leverandører".)
const PRIVATE_PROVIDER = /private?\s+\p{L}*leverandør/iu;
const SELF_ORDERS = /(?<![\p{L}])(?:selv\s+bestille|bestille\s+(?:\p{L}+\s+)?selv)(?![\p{L}])/iu;
const CONSENT_BEFORE = /(?:lov\s+til\s+at|samtykke\p{L}*\s+til\s+at|(?:vi|jeg|kommunen)\s+(?:må|har\s+måttet))\s+$/iu;
// Round 70: see accept; the pack's pattern "kan du få leveret dagligvarer …".
const GOODS_DELIVERED = /^kan\s.*(?:leveret|bragt|kørt\s+ud)/iu;
const SHOPPING_HELP = /indkøb|varer/iu;
// Round 70: see accept; the pack's pattern "åben ungerådgivning" (round 73b: also "anonyme forældrerådgivning").
const OPEN_COUNSELLING = /^(?:åb(?:en|ne)|anonyme?)\s/iu;
const SHOPPING_REFUSED = /(?<![\p{L}])(?:ikke|afslag\s+på)\s+(?:\p{L}+\s+){0,3}?(?:indkøb|varer)|(?<![\p{L}])indkøb\p{L}*:?\s+(?:\p{L}+\s+){0,4}?(?:ikke|afslag)(?![\p{L}])/iu;
const ALSO_APPLIED = /^kan\s+(?:også|desuden)\s+(?:an)?søges$/iu;
// The help itself named back ("Hjælpemidlet kan også søges …", "Det kan også søges …").
const SAME_HELP_WORD = /^(?:det|den|de|dette|denne|hjælpe\p{L}*|støtte\p{L}*|ydelse\p{L}*|tilbud\p{L}*|bevilling\p{L}*)$/iu;
const THERAPIST_LOOKS = /^(?:ergo|fysio)?terapeut/iu;
const APPLY_SEPARATELY = /^(?:skal\s+(?:du|i|de)\s+søge|skal\s+(?:an)?søges|(?:an)?søge(?:s|\s+om\s+de[nt])?\s+særskilt)/iu;
const RENEWAL = /forlæng|fortsat\s+(?:har\s+)?(?:brug|behov)/iu;
const FORWARDED = /videre$|^videresendt/iu;
const SAME_CASE_BODY = /udvalg|visitation/iu;
const WHETHER_OR_NOT_BEFORE = /(?<![\p{L}])(?:om|ikke)\s+(?:\p{L}+\s+){0,2}$/iu;
const DAY_PLACE = /^(?:dagcent|aktivitetscent|daghjem|fritidsklub|klubhus|ungdomsklub|lektiecaf|spisefællesskab|fællesspisning)/iu;
const IN_PLACE_BEFORE =
  /(?<![\p{L}])(?:(?:er|var|går|gik|kommer|kom|bor)\s+|(?:haft|får|fået)\s+(?:\p{L}+\s+){0,2}?|(?:går|gik|gået|kommer|kom|kommet|været)\s+(?:i|på)\s+(?:en\s+|et\s+)?\p{L}+\s+)(?:i|på)\s+(?:\p{L}+\s+)?$/iu;
// (Round 47: also in the perfect with a group inside the place, "Liva har gået i en pigegruppe i ungdomsklubben": a
// group the child already attends there.)
// (Round 60: see accept; "tilbud" in a compound too: "dit samværstilbud i Café …".)
const OWN_OFFER_BEFORE = /(?<![\p{L}])(?:din|dit|dine|jeres|Deres|hans|hendes|sin|sit|sine)\s+(?:nuværende\s+|faste\s+)?(?:\p{L}*tilbud(?:det)?|plads(?:en)?|ophold(?:et)?)\s+(?:i|på)\s+$/iu;
const OWN_WEEK =
  /^(?:du|i|de|han|hun|(?:din|dit|jeres|hans|hendes)\s+\p{L}+)\s+(?:har|havde|går|gik|er|var|kommer|kom)\s+(?!velkommen|altid|også|desuden)/iu;
// (Round 28: also a café held by a place, "har Ungdomsskolen lektiecafé om tirsdagen".)
const HOLD_NAME = /(?:hold(?:et|ene)?|caf[eé](?:en)?)$/iu;
// The place that holds a team, before the verb ("… , har aktivitetscentret Lindely motionshold"),
// not the citizen who has one ("Du har motionshold om tirsdagen", "har du motionshold").
const HELD_BY = /(?<![\p{L}])(\p{L}+),?\s+(?:af)?(?:holder|har)\s+((?:\p{L}+\s+){0,3}?)$/iu;
const PERSON = /^(?:du|i|de|dig|jer|han|hun|vi|jeg)$/iu;
function heldBy(match: string, before: string): boolean {
  if (!HOLD_NAME.test(match)) return false;
  const m = HELD_BY.exec(before);
  return !!m && !PERSON.test(m[1]!) && !m[2]!.split(/\s+/u).some((w) => PERSON.test(w));
}
/** The text up to the next clause break (what a verb at its start reaches). */
const clauseOf = (text: string) => text.split(/[,.;:(]/u)[0]!;
/**
 * Round 61: the question most pointer checks in accept ask of what comes after the pointer — is it the help decided
 * HERE (named in the result), or other help? `words` reads only the first words of its clause (a long clause names
 * more than the thing pointed to). `pointsBackHere` also counts a pointer back to the sender or the provider of the help
 * ("ring til os", "din sagsbehandler", "hjemmeplejen"): coming back here is no other help either. (Folded from the
 * separate tests of tips, hedges, "også få", "kan låne", "kan melde", "selv kontakte" and "kan vurdere".)
 */
function namesDecidedHelp(after: string, result: string, words = 0): boolean {
  const clause = clauseOf(after);
  return ownHelp(words > 0 ? clause.split(/\s+/u).slice(0, words).join(' ') : clause, result);
}
function pointsBackHere(after: string, result: string, words = 0): boolean {
  return TIP_TO_SENDER.test(after) || namesDecidedHelp(after, result, words);
}

const TAKES_OVER = /^kommune\s+overtager/iu;
const IF_YOU_USE = /^(?:hvis|når)\s+(?:du|I|De)\s+(?:allerede\s+|i\s+dag\s+)?(?:bruger|benytter)\s[^,.;:]*$/iu;
const PRONOUN_AFTER = /^\s*(?:den|det|dem|dette|disse)(?![\p{L}])/iu;
const ANOTHER_OPTION = /(?<![\p{L}])(?:også|desuden|derudover|i\s+stedet)(?![\p{L}])/iu;
// (Not in a condition that the citizen has not: "hvis du ikke allerede har fået det".)
// (Round 27: also what the citizen has made use of on their own, "De har siden foråret benyttet Dem
// af netindkøb med levering til døren".)
// (Round 54: also any verb of the citizen's own doing in the present with "allerede" after it, "Du handler allerede selv
// hos en netbutik", and an own step under way, "hun er i gang med at søge behandling": what the person does now, told
// as a fact of the case, not a pointer. Not "allerede nu", which urges.)
const ALREADY_HAS =
  /(?<![\p{L}])(?<!(?<![\p{L}])ikke\s+)(?:(?:har|havde)\s+(?:\p{L}+\s+){0,4}?benyttet\s+(?:dig|Dem|jer|sig)\s+af|(?:allerede|i\s+forvejen)\s+(?:\p{L}+\s+)?(?:visiteret|bevilget|tildelt)|(?:har|får|modtager)\s+(?:\p{L}+\s+)?(?:allerede|i\s+forvejen)|(?:allerede|i\s+forvejen)\s+(?:har|får|modtager)|(?:du|I|De|han|hun)\s+\p{L}+r\s+(?:selv\s+)?(?:allerede(?!\s+nu(?![\p{L}]))|i\s+forvejen)|(?:du|I|De|han|hun)\s+er\s+(?:allerede\s+)?i\s+gang\s+med\s+at)(?![\p{L}])/iu;
// Round 56: the need said to be met already by other help the citizen has ("Mads' behov for hjælp i 16 timer om ugen nu
// dækkes af dagtilbuddet"): the reason for a reduction, a fact of the case. (Not what "kan" or "vil" be met by: "behovet
// kan nu dækkes af et privat firma" is an option.)
const NEED_MET_NOW = /(?<![\p{L}])behov\p{L}*(?:\s+(?!kan|kunne|vil|ville)[\p{L}\d']+){0,8}?\s+(?:allerede|i\s+forvejen|nu)\s+(?:bliver\s+)?dække[st](?![\p{L}])/iu;
const LOAN_OFFER = /udlån/iu;
const SELF_CONTACT = /selv\s+(?:kontakte|henvende|ringe)$/iu;
// (The sender also as "kommunen": here the name comes right after the verb.)
const OWN_CONTACT = new RegExp(String.raw`^\s+(?:(?:dig|jer|Dem)\s+)?(?:til\s+)?${SENDER_OR_PROVIDER}(?![\p{L}])`, 'iu');
// (Round 52: also the aid put first, "Badebænk og taburet kan du låne i depotet": the same test on the sentence.)
// (Round 53: also bought with the impersonal subject, "kan man købe eller leje et privat": the same test.)
const LOAN_PASSIVE = /^(?:man\s+)?kan\s+(?:man\s+|(?:du|I|De)\s+(?:\p{L}+\s+)?)?(?:låne|lånes|leje|lejes|købe)$/iu;
const ALSO_GET = /(?:også|desuden)\s+få$/iu;
const GET_ADVICE = /^få\s+(?:gode\s+)?råd\s+(?:fra|hos)$/iu;
const GET_NOT_OTHER = new RegExp(
  String.raw`^\s+(?:\p{L}+\s+)?(?:aktindsigt|indsigt|kopi|svar|fat|tilsendt|udleveret|udbetalt|besked|${THIS_CASE}|dokumenter\p{L}*|bisidder|en\s+bisidder|hjælp|hjælpen|støtte|støtten|rådgivning|vejledning)(?![\p{L}])`,
  'iu',
);
// A contact line for questions or remarks on this decision ("Har De spørgsmål til afgørelsen, kan De
// rette henvendelse til udvalgets sekretær"): the sender, not another place to get help.
const ABOUT_THIS_DECISION = new RegExp(String.raw`(?:spørgsmål|bemærkninger|kommentarer)\s+(?:til|om|vedrørende)\s+${THIS_CASE}(?![\p{L}])`, 'iu');

const LEFT_OUT_OF_RECKONING =
  /(?<![\p{L}])(?:(?:indgår|medregnes|medtages|tæller|regnes)\s+(?:derfor\s+|dermed\s+|således\s+|heller\s+)?(?:ikke|ej)|(?:kan|skal)\s+(?:derfor\s+|heller\s+)?ikke\s+(?:indgå|medregnes|medtages|tælle\s+med|regnes\s+med))(?![\p{L}])/iu;
// The law's condition that other help comes first, in plain words ("Ledsagelse gives til
// aktiviteter, som ikke i forvejen dækkes af anden støtte", "kun, hvis udgiften ikke kan dækkes
// efter anden lovgivning", "er subsidiær i forhold til anden lovgivning"): no guidance.
const SUBSIDIARY = /^(?:anden|andre|efter\s+anden|efter\s+andre)\s/iu;
const SUBSIDIARY_BEFORE =
  /(?:(?<![\p{L}])(?:ikke|ej)\s+(?:\p{L}+\s+){0,3}?(?:dækkes|dækket|ydes|gives|kan\s+(?:\p{L}+\s+)?(?:dækkes|ydes|gives|få\s+dækket))|(?:dækkes|ydes|gives|dækket)\s+ikke|subsidiær\p{L}*(?:\s+i\s+forhold)?\s+til)\s+(?:\p{L}+\s+)?(?:af\s+|efter\s+|via\s+|gennem\s+|ved\s+(?:ydelser|hjælp|støtte)\s+)?$/iu;
const BEYOND_OTHER_BEFORE =
  /(?<![\p{L}])(?:ud\s+over|udover)\s+(?:(?:de|den|det|hvad)\s+)?(?:[\p{L}-]+\s*,?\s+){0,3}?(?:(?:der|som)\s+)?(?:allerede\s+|i\s+forvejen\s+)?(?:kan\s+)?(?:gives|ydes|dækkes|tilbydes|bevilges|fås)\s+$/iu;
const TEAM_GOES_ON = /^fortsætte\s+på\s+(?:holdet|et\s+hold)$/iu;
const KEEPS_TEAM_BEFORE = /(?<![\p{L}])så\s+(?:at\s+)?(?:han|hun|barnet)\s+(?:stadig\s+|fortsat\s+)?kan\s+$/iu;
const SUBSIDIARY_IF_BEFORE = /(?<![\p{L}])hvis\s+(?:\p{L}+\s+){0,3}?kan\s+(?:\p{L}+\s+)?(?:dækkes|ydes|gives|få\s+dækket)\s+(?:(?:efter|af)\s+(?:\p{L}+\s+){1,2}?eller\s+|(?:ved|via|gennem|med|i)\s+)?$/iu;
// Round 56: the same condition in a relative clause on the need left out ("men ikke behov, der dækkes i andre tilbud",
// "Der kan ikke ydes hjælp til det samme behov, som allerede dækkes efter anden lovgivning"): the rule, not a pointer.
const SUBSIDIARY_REL_BEFORE =
  /(?<![\p{L}])(?:ikke|ej)\s+(?:[^.;:!?]{0,60}?\s)?(?:behov|behovet|behovene|udgifter|udgiften|opgaver)\s*,?\s+(?:der|som)\s+(?:allerede\s+|i\s+forvejen\s+)?(?:kan\s+)?(?:dækkes|dækket|ydes|gives|løses)\s+(?:(?:i|af|efter|via|gennem|ved)\s+)?$/iu;
const SUBSIDIARY_REL_FIRST =
  /(?<![\p{L}])(?:behov\p{L}*|udgift\p{L}*|hjælp|hjælpen|ydelser|opgaver|støtte|tilskud)\s*,?\s+(?:der|som)\s+(?:allerede\s+|i\s+forvejen\s+)?(?:kan\s+)?(?:dækkes|dækket|ydes|gives|betales)\s+$/iu;
const NOT_AFTER_REL = /^[^.;:!?]{0,40}?,\s*(?:kan|skal|vil|må)\s+(?:\p{L}+\s+)?(?:ikke|ej)(?![\p{L}])/iu;
const REFUSED_IF = /(?<![\p{L}])(?:(?:ydes|gives|dækkes|bevilges)\s+(?:der\s+)?(?:heller\s+)?ikke|ikke\s+(?:\p{L}+\s+)?(?:ydes|gives|dækkes|bevilges))(?![\p{L}])[^.;:!?]*?,\s*(?:\p{L}+\s+){0,2}?hvis\s/iu;
const CLASS_BEFORE = /(?<![\p{L}])(?:personer|borgere|ansøgere|den|de|man|folk)\s*,?\s+(?:der|som)\s+(?:\p{L}+\s+){0,3}?$/iu;
const TARGET_GROUP_BEFORE = /(?<![\p{L}])(?:målrettet|rettet\s+mod|beregnet\s+(?:for|til)|henvender\s+sig\s+til|gælder\s+for)\s+(?:personer|borgere|unge|voksne|børn|familier|mennesker)\s*,?\s+(?:der|som)\s+(?:\p{L}+\s+){0,6}?$/iu;
const EXCLUDED = /(?<![\p{L}])(?:ikke|ej)\s+(?:\p{L}+\s+)?(?:omfattet|berettiget|kan\s+få|har\s+ret)(?![\p{L}])/iu;
const LOAN = /(?:låne|leje)\s+(?:en|et|nogle)\s$/iu;
const REFERRAL = /til\s+(\p{L})$/iu;
const ABOUT = /\s(?:om|over)\s+\p{L}$/iu;
const MUNICIPALITY = /(\p{L}+)\s+kommune$|(\p{L}+)\s+kommune\s*,?\s+(?:der|som)\s/iu;
// The sender: the first municipality the letter names (its letterhead or sender line).
// (Found from the word "kommune": a regex that starts with \p{L}+ tries every position.)
// (Also in a mail's sender address: "boernogunge@ravnholt-kommune.dk".)
const SENDER_BEFORE = /(\p{L}+)(?:\s+|-)$/u;
// (With `keep`, only where it allows: the letterhead and the signature, see frameSender.)
function senderMunicipality(lower: string, keep: (offset: number) => boolean = () => true): string {
  for (let at = lower.indexOf('kommune'); at >= 0; at = lower.indexOf('kommune', at + 7)) {
    if (!keep(at) || /\p{L}/u.test(lower[at + 7] ?? '')) continue;
    const name = SENDER_BEFORE.exec(lower.slice(Math.max(0, at - 40), at))?.[1];
    if (name) return name;
  }
  return '';
}

// The municipality named in the letterhead or the signature, for a name in the genitive ("Vejle
// Kommunes Socialafdeling"); a mail with no letterhead has none.
function frameSender(letter: Letter, inFrame: (offset: number) => boolean): string {
  return senderMunicipality(letter.lower, inFrame);
}

function schemeChanged(letter: Letter): boolean {
  for (let at = letter.lower.indexOf('indkøbsordning'); at >= 0; at = letter.lower.indexOf('indkøbsordning', at + 14)) {
    const si = letter.sentenceAt(at);
    if (si < 0) continue;
    const s = letter.sentence(si);
    const sentence = letter.slice(s);
    // (Not an ending beside an offer, "Hjælpen til indkøb stopper, men du kan bruge indkøbsordningen".)
    if ((ENDS(sentence) && !/(?<![\p{L}])(?:kan|kunne)(?![\p{L}])/iu.test(sentence)) || ENROLLED_BEFORE.test(letter.text.slice(Math.max(s.start, at - 40), at))) return true;
  }
  return false;
}
const ENROLLED_BEFORE = /(?<![\p{L}])(?:tilmeldt|tilmelder\s+(?:vi\s+)?(?:dig|Dem|jer)|visiteret\s+til|overgår\s+(?:\p{L}+\s+)?til)\s+(?:kommunens\s+|vores\s+)?$/iu;
// (Round 69: also a group named with "for", "en gruppe for forældre til anbragte børn": the same offer, judged the same way.)
const OFFER_NAME = /^(?:grupper?\s+for\s|sorggrupp|pårørende|netværksgrupp|selvhjælpsgrupp|samtalegrupp|støttegrupp|demenscaf|indkøbsordning|forældrekurs|forældregrupp|søskendegrupp)/iu;
// A group named as the citizen's own ("taxa til din støttegruppe", "hendes sorggruppe"): one they
// already go to, a fact of the case, not an offer.
const OWN_GROUP_BEFORE = /(?<![\p{L}])(?:din|dit|dine|sin|sit|sine|hans|hendes|jeres|Deres)\s+(?:\p{L}+\s+)?$/iu;
// (Also a scheme one uses or has stopped using: "har egentlig ikke brugt indkøbsordningen siden jul".)
const TAKES_PART =
  /(?<![\p{L}])(?:(?:bruger|brugt|brugte|benytter|benyttet|benyttede)\s+(?:\p{L}+\s+)?|(?:går|gik|deltager|deltog|deltaget|er\s+med|var\s+med|været\s+med|kommer|kom|mødes|startet|begyndt)\s+(?:\p{L}+\s+){0,2}?(?:i|på|til)\s+(?:\p{L}+\s+)?|(?:gennemført|gennemførte|afsluttet|afsluttede)\s+(?:\p{L}+\s+){0,2}?)$/iu;
const HAD_BEFORE =
  /(?<![\p{L}])(?:(?:blev|var|har\s+været|havde\s+været)\s+tilbudt|(?:har|havde)\s+(?:\p{L}+\s+){0,3}?(?:fået|fulgt|modtaget)|fik|fulgte|modtog)(?![\p{L}])[^.;:!?]{0,40}$/iu;
const KEEPS = /(?<![\p{L}])(?:beholde|beholder|bevare|bevarer|miste|mister|fortsætte\s+med|opsige|afmelde)\s+(?:\p{L}+\s+)?$/iu;
const USED_AFTER = /^[^.;:]*?(?<![\p{L}])(?:er|har\s+været|blev|bliver)\s+(?:\p{L}+\s+){0,2}?(?:brugt|benyttet|anvendt)(?![\p{L}])/iu;
const USE_AFTER = /(?:bruge|benytte)\s*$/iu;
const GRANT_NAMED_BACK = /^\s*(?:timerne|ledsagetimerne|tilskuddet|beløbet|pengene|bevillingen)\s+(?:til|på)(?![\p{L}])/iu;
const TIME_AFTER = /^\s*(?:(?:mere|mindre|længere|kortere|ekstra|lidt|god|den)\s+)?tid(?![\p{L}])/iu;
const BOOK_AT = /^(?:du|I|De)\s+kan\s+(?:(?:selv|også|altid|fortsat)\s+)?bestille\s+((?:[\p{L}-]+\s+){1,6}?)hos\s+(\p{L}+)$/iu;
// (Round 69: the sender and provider from the shared list, SENDER_OR_PROVIDER, and the aid depots that hand out the aid.)
const BOOK_OWN_UNIT = new RegExp(String.raw`^(?:${SENDER_OR_PROVIDER}|depotet|hjælpemiddeldepotet|hjælpemiddelcentret|din|dit|dine|jeres|Deres|vores|en|et)$`, 'iu');
const GOODS_BOOKED = /^(?:(?:dine|de|dem|nogle|din)\s+)?(?:\p{L}*varer\p{L}*|mad\p{L}*|måltid\p{L}*|indkøb\p{L}*|\p{L}*retter)(?![\p{L}])/iu;
const TIME_BOOKED = /^(?:en\s+)?(?:tid|møde|samtale|besøg)(?![\p{L}])/iu;
const PAY_REST_AFTER = /(?<![\p{L}])(?:betale|betaler)\s+(?:\p{L}+\s+){0,2}?(?:forskellen|differencen|resten)|(?:forskellen|differencen|resten)\s+selv(?![\p{L}])/iu;
const OWN_THING_BEFORE = /(?<![\p{L}])(?:din|dit|dine|jeres|Deres|sin|sit|sine)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s*,?\s+(?:som|der)\s+$/iu;
const SOLD_IN_SHOPS = /^(?:kan\s+)?(?:købes|fås|sælges)(?![\p{L}])/iu;
const CONSUMER_GOOD = /forbrugsgod/iu;
// The thing the citizen buys or pays for, and how the letter concedes it.
// Buying it: "godt (selv) købe" (a concession in itself) or "vælge at købe" (a concession only with the rest paid).
// (Round 60: the same concession with "sagtens", "fint" or "gerne": "Du kan sagtens købe den dyrere model, men så betaler
// du selv resten" under a subsidy is the share the subsidy leaves, the guide's negative example h27-08.)
const BUY_ANYWAY = /(?<![\p{L}])(?:godt|sagtens|fint|gerne)\s+(?:selv\s+)?købe\s*$/iu;
const CHOOSE_TO_BUY = /vælge\s+at\s+købe\s*$/iu;
// Paying the rest, with the thing conceded before it ("Du kan godt vælge den scooter, men så skal du selv betale
// forskellen", "I kan godt få det, men så betaler I resten", "I kan vælge at købe den el-assisterede cykel hos en anden
// forhandler, men …").
const PAY_SHARE = /(?:forskellen|differencen|resten)(?:\s+selv)?\s*$/iu;
const PAY_SHARE_FIRST = /^(?:forskellen|differencen|resten)\s/iu;
const CONCEDED_BEFORE =
  /(?<![\p{L}])(?:(?:du|I|De)\s+kan|kan\s+(?:du|I|De))\s+(?:godt\s+(?:selv\s+)?(?:købe|vælge|få|beholde)|(?:godt\s+)?(?:selv\s+)?vælge\s+at\s+(?:købe|beholde))\s+([^.;:!?]{1,100}?)\s*,?\s+men\s[^.;:!?]*$/iu;
// Round 56: the same concession put as a condition of wish before the rest paid ("Ønsker du den model, du søgte om,
// betaler du selv forskellen", "Hvis I hellere vil have den ansøgte cykel, må I selv betale resten"): the thing is what
// the citizen wishes. (Not "vælger": a choice among models, "Hvis du vælger den cykel, du har fået tilbud på, …" after
// "Du kan frit vælge", is the free choice of aid, which guides.)
const WISHED_BEFORE =
  /(?:^|[,;:]\s*|(?<![\p{L}])hvis\s+(?:du|I|De)\s+(?:hellere\s+)?)(?:(?:ønsker|foretrækker|vil\s+have)\s+(?:(?:du|I|De)\s+)?(?:(?:at\s+)?(?:købe|få|beholde)\s+)?)([^.;:!?]{1,100}?)\s*,\s*(?:så\s+)?(?:(?:må|skal)\s+(?:du|I|De)\s+(?:\p{L}+\s+){0,2}?)?$/iu;
// (Round 67: the concession as a sentence of its own, and the next sentence's start up to the rest paid.)
const CONCEDED_SENTENCE =
  /(?<![\p{L}])(?:(?:du|I|De)\s+kan|kan\s+(?:du|I|De))\s+(?:godt\s+(?:selv\s+)?(?:købe|vælge|få|beholde)|(?:godt\s+)?(?:selv\s+)?vælge\s+at\s+(?:købe|beholde))\s+([^.;:!?]{1,100}?)\s*[.!]?\s*$/iu;
const THEN_FIRST = /^\s*(?:men\s+)?(?:så|i\s+så\s+fald)(?![\p{L}])[^.;:!?]*$/iu;
// The thing named back ("den", "det", "den cykel, du har fundet"), not a dearer or other model offered ("den dyrere
// model", "en anden scooter").
const NAMED_BACK = /^\s*(?:den|det|dem|dette|disse)(?!\s+(?:dyrere|anden|andet|andre|større|bedre|billigere)(?![\p{L}]))(?![\p{L}])/iu;
const SUBSIDY = /tilskud/iu;
// Round 71: a subsidy granted in plain words anywhere in the letter ("Du får derfor et tilskud på 9.900 kr.", "Kommunen giver
// dig et tilskud", "Tilskuddet udbetales, når …"): the decision is a subsidy toward a purchase. Not "kan få et tilskud"
// (the free choice of an aid given in kind) nor "får ikke tilskud".
const SUBSIDY_GRANTED =
  /(?<![\p{L}])(?:(?:får|giver|bevilger|bevilges|ydes|ydes\s+der)\s+(?:(?!ikke\s|intet\s|ingen\s)\p{L}+\s+){0,3}?(?:et\s+)?tilskud|tilskuddet\s+(?:udbetales|er\s+(?:derfor\s+)?(?:på\s+)?\d))(?![\p{L}])/iu;

/**
 * Whether the match is the citizen buying, or paying the rest of, the very thing decided here: one test for what rounds
 * 45, 50, 52, 53 and 55 found one phrasing at a time. The thing stands after the buying verb or in the concession before
 * the rest paid; it is the thing decided when named back ("den", "det"), or, under a subsidy toward a purchase ("Du får
 * et tilskud til en el-scooter"), when it is a word of the result ("Du kan godt købe en el-scooter, men så betaler du
 * selv forskellen"). Where the aid is given in kind, a dearer or other one with the difference paid is the free choice
 * of aid, and still guides; so does one marked as another option ("også", "i stedet").
 */
function paysForDecidedThing(match: string, sentence: string, at: number, result: string, prev = '', subsidyInLetter: () => boolean = () => false): boolean {
  let thing: string;
  let concededHere = false;
  if (BUY_ANYWAY.test(match) || CHOOSE_TO_BUY.test(match)) {
    // ("vælge at købe" is no concession by itself: "Du kan vælge at købe den hos en privat forhandler" offers a way.)
    if (!BUY_ANYWAY.test(match) && !PAY_REST_AFTER.test(sentence.slice(at))) return false;
    thing = sentence.slice(at + match.length);
  } else if (PAY_SHARE.test(match)) {
    // Round 67: the concession may close the sentence before, the rest paid opening the next with "så" ("Du kan godt købe
    // den model, du har søgt om. Så betaler du selv forskellen"): one concession split in two.
    const here = CONCEDED_BEFORE.exec(sentence.slice(0, at));
    concededHere = here !== null;
    const conceded =
      here ??
      WISHED_BEFORE.exec(sentence.slice(0, at)) ??
      (THEN_FIRST.test(sentence.slice(0, at)) ? CONCEDED_SENTENCE.exec(prev) : null);
    if (!conceded) return false;
    thing = conceded[1]!;
  } else if (PAY_SHARE_FIRST.test(match)) {
    // Round 69: the rest put first ("Du kan godt købe den. Forskellen betaler du selv"): the same concession, before it in the
    // sentence or closing the sentence before.
    const before = sentence.slice(0, at);
    const conceded = CONCEDED_BEFORE.exec(before) ?? (/^\s*(?:men\s+)?(?:så\s+)?$/iu.test(before) ? CONCEDED_SENTENCE.exec(prev) : null);
    if (!conceded) return false;
    thing = conceded[1]!;
  } else return false;
  if (ANOTHER_OPTION.test(sentence)) return false;
  // Round 59: under a subsidy toward a purchase, a conceded buy with the rest paid in the same sentence is the share the
  // subsidy leaves, whatever model is named ("Du kan godt købe Vento-modellen, men så betaler du selv resten af
  // prisen"): the citizen buys the thing with the subsidy either way; in-kind aid still needs the thing named
  // back.
  // Round 71: also the concession before the rest paid ("Du kan godt vælge Triola-modellen, men så skal du selv betale
  // forskellen"), and the subsidy granted anywhere in the letter, not only in the result sentence ("Du får derfor et
  // tilskud på 9.900 kr." after "Din ansøgning imødekommes delvist").
  const subsidy = SUBSIDY.test(result) || subsidyInLetter();
  if (subsidy && ((BUY_ANYWAY.test(match) && PAY_REST_AFTER.test(sentence.slice(at))) || concededHere)) return true;
  return NAMED_BACK.test(thing) || (subsidy && ownHelp(clauseOf(thing), result));
}
const OWN_HABIT = /^[^.;:]{0,80}?(?<![\p{L}])som\s+(?:(?:du|I|De)\s+(?:gør|plejer|allerede|altid|har\s+gjort)|hidtil|i\s+dag|nu)(?![\p{L}])/iu;
// Prefixes every kind of help shares ("hjælpemiddeldepotet" is no "hjælp").
const GENERIC_PREFIX = /^(?:hjælp|støtt|tilbu|ydels|indsa|ordni|kommu)/u;
/**
 * The first word after "bruge"/"benytte" (past "kommunens", "vores", "jeres") shares its first six
 * letters with a word of the result sentence: "kommunens ledsagerkorps" / "bevilget ledsagelse".
 */
function ownProvider(phrase: string, result: string): boolean {
  const w = /^\s*(?:(?:kommunens|vores|jeres|din|dit|det|den|en|et)\s+)?(\p{L}{6,})/iu.exec(phrase)?.[1]?.toLowerCase();
  if (!w || GENERIC_PREFIX.test(w)) return false;
  const prefix = w.slice(0, 6);
  for (let i = result.indexOf(prefix); i >= 0; i = result.indexOf(prefix, i + 1)) if (i === 0 || !/\p{L}/u.test(result[i - 1]!)) return true;
  return false;
}

// Words every kind of help shares: they tell no help from another.
// (Round 32: and the words a provision is cited with, "efter barnets lov § 86" in the grant and
// "tabt arbejdsfortjeneste efter § 87" in a reminder: the citation is no shared help.)
const GENERIC = /^(?:hjælp|hjælpen|støtte|støtten|tilbud|tilbuddet|ydelse|ydelsen|indsats|indsatsen|ordning|ordningen|dækning|efter|ifølge|\p{L}*lovens?)$/u;

/**
 * Whether a thing or a place named after the match is the help this letter decides on: a word
 * of four letters or more, not a generic one, whose stem (without the definite ending) is a word
 * of the result sentence ("rollatoren" / "en rollator"; not "hjælp" in "hjælpemiddel").
 */
function ownHelp(phrase: string, result: string): boolean {
  for (const w of phrase.toLowerCase().split(/[^\p{L}-]+/u)) {
    if (w.length < 4 || GENERIC.test(w)) continue;
    const stem = w.replace(/(?:erne|ene|en|et|ne)$/u, '');
    for (let i = result.indexOf(stem); i >= 0; i = result.indexOf(stem, i + 1)) {
      if (i > 0 && /\p{L}/u.test(result[i - 1]!)) continue;
      if (/^(?:en|et|ne|erne|e|er|s)?(?![\p{L}])/u.test(result.slice(i + stem.length, i + stem.length + 5))) return true;
    }
  }
  return false;
}

// A long passage in quotation marks is the law or a guideline quoted ("§ 100 lyder: "… ikke
// kan dækkes efter anden lovgivning …"").
const QUOTED = /["“„«][^"“”„«»\n]{60,}["”»]/gu;
function quoted(sentence: string, at: number): boolean {
  if (!/["“„«]/u.test(sentence)) return false;
  QUOTED.lastIndex = 0;
  for (let q = QUOTED.exec(sentence); q; q = QUOTED.exec(sentence)) if (q.index < at && at < q.index + q[0].length) return true;
  return false;
}

/**
 * The clause of the match with the clauses either side: "Borgerservice, som du kan kontakte på
 * …" guides, but not a "tilbuddet" two clauses before "… via Jobcenter Nyvang".
 */
function near(sentence: string, at: number): string {
  const clauses = sentence.split(/(?<=[,;:])/u);
  let pos = 0;
  for (let i = 0; i < clauses.length; i++) {
    pos += clauses[i]!.length;
    if (at < pos) {
      // Round 46: a list of examples or a relative clause carries on the clause before it ("kan du også selv bestille
      // varer på nettet, fx hos den lokale købmand, der bringer ud, eller hos en af de store netbutikker"): the
      // verb that sends the citizen there stands where the list begins.
      let from = Math.max(0, i - 1);
      for (let k = 0; k < 3 && from > 0 && LIST_GOES_ON.test(clauses[from]!); k++) from--;
      return clauses.slice(from, i + 2).join('');
    }
  }
  return sentence;
}
// (Round 47: also an indirect question that is the object of the verb before it, "Du kan se, om der er plads på …".)
const LIST_GOES_ON = /^\s*(?:fx|f\.\s*eks\.|for\s+eksempel|eksempelvis|eller|der|som|om)(?![\p{L}])/iu;

/** The lower-cased result sentence and subject line: the help this letter decides on. */
function resultWords(letter: Letter): string {
  const i = (letter as Partial<AnalysedLetter>).resultSentence;
  const first = letter.seg.blocks.find((b) => b.kind === 'heading');
  let said = i !== undefined && i >= 0 ? letter.slice(letter.sentence(i)) : '';
  // A result that ends in a colon lists the help in the lines after it ("Vi har besluttet at ændre
  // dit tilbud: / 2 dage om ugen i Café Mødestedet …").
  if (i !== undefined && i >= 0 && said.trimEnd().endsWith(':')) {
    for (let j = i + 1; j < letter.seg.sentences.length && j <= i + 3; j++) {
      if (letter.seg.sentences[j]!.heading) break;
      said += ` ${letter.slice(letter.sentence(j))}`;
    }
  }
  // (Not the municipality's name in a letterhead line taken as the first heading: "Kærsholm Vest
  // Kommune" is the sender, and a tip about "Kærsholm Bibliotek" names another place.)
  // (Round 33: all its capitalised words, read before lower-casing: of "Kirke Såby Øst Kommune" a
  // leftover "kirke" took a tip about the beach "Kirke Såby Øst Strand" for the sender's own help.)
  // Round 68: a result sentence with no section of its own ("Du får hjælp til: …") takes the sections from the sentence
  // that names the decision's basis ("Afgørelsen er truffet efter servicelovens § 116, stk. 1"), so that help "efter § 112"
  // elsewhere in the letter is told apart from the decision's own provision (only its § numbers are added, no words).
  if (!said.includes('§')) for (const b of letter.matches(DECIDED_UNDER)) said += ` ${(letter.slice(b).match(PARAGRAPH) ?? []).join(' ')}`;
  return `${said} ${first ? letter.slice(first) : ''}`.replace(MUNICIPALITY_NAME, ' ').toLowerCase();
}
// Round 68: see resultWords. The sentence that says under which provision this decision is made, up to its first stop.
// (Round 73: also the help said to be granted under it, "Hjælpen er bevilget efter ældrelovens § 10", "Tilbuddet gives efter …".)
const DECIDED_UNDER =
  /(?<![\p{L}])(?:(?:afgørelsen|beslutningen)\s+(?:er\s+)?(?:truffet|træffes|taget)|(?:har|er)\s+truffet\s+(?:afgørelsen|beslutningen)|(?:hjælpen|støtten|tilbuddet|ydelsen|indsatsen)\s+(?:(?:er|bliver)\s+(?:bevilget|givet|ydet)|gives|ydes|bevilges))\s+(?:\p{L}+\s+){0,2}?efter\s+[^.;:!?]{0,30}?§[^.;:!?]{0,80}/giu;
const MUNICIPALITY_NAME = /(?:\p{L}+\s+){1,2}kommune(?![\p{L}])|(?:\p{Lu}[\p{L}-]*\s+){1,4}[Kk]ommune(?![\p{L}])/gu;
