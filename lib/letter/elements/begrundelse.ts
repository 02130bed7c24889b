/**
 * `begrundelse`: the letter explains why, tied to this case. Candidates are sentences with a
 * reason cue ("fordi", "vi har lagt vægt på", "da du …") or under a "Begrundelse" heading.
 * A candidate that only names the rule or the conditions ("Du opfylder ikke betingelserne i
 * § 83") is hollow unless it also carries something concrete ("fordi du …"). Only hollow
 * reasons ⇒ absent with the problem `kun-regel` (FVL §§ 22, 24).
 */
import type { Matcher } from '../compile';
import type { AnalysedLetter, Detection, Letter } from '../letter';
import type { Span } from '../segment';
import { hasMatchIn, matchesIn } from '../letter';
import { COMPLAINT_SENTENCE, isLawSentence, LETTER_PURPOSE, RIGHTS_SENTENCE, sectionUnder, underAimLabel, weighsOnlyGeneric } from './common';
import { detect as detectMainConsideration } from './hovedhensyn';

// Connectors that point back to what was said before ("Derfor får du afslag", "På denne
// baggrund ophører hjælpen", "Som følge heraf …"): they carry no reason of their own, so the
// reason is whatever the sentences just before them say.
const CONSEQUENCE =
  /(?<![\p{L}])(?:derfor|af\s+den\s+grund|af\s+disse\s+grunde|det\s+betyder|dermed|således|på\s+(?:denne|den|dette|det)\s+(?:baggrund|grundlag)|på\s+baggrund\s+(?:heraf|af\s+(?:dette|ovenstående|ovennævnte|disse\s+oplysninger))|som\s+følge\s+heraf|med\s+baggrund\s+i\s+(?:dette|ovenstående))(?![\p{L}])/iu;
// A sentence about the application itself ("Du har søgt om …", "De har mulighed for at søge
// om hjælp på ny") is not a fact of the case.
const APPLICATION = /(?<![\p{L}])(?:(?:an)?søgt\s+om|ansøgt|ansøgning\p{L}*|søge\s+om|søger\s+om)(?![\p{L}])/iu;
// A sentence that reports the party's consent ("Du har givet samtykke til, at du og Ella får
// familiebehandling", "I har samtykket til anbringelsen"): like the application, it makes the
// help possible but says nothing of why it is needed, so a "derfor" after it gives no reason.
const CONSENT = /^(?:\p{L}+\s+){1,4}?(?:har|havde)\s+(?:\p{L}+\s+){0,2}?(?:givet\s+(?:(?:dit|jeres|Deres|sit|deres|sin|skriftligt?)\s+)?samtykke|samtykket)(?![\p{L}])/iu;
// The connectors of CONSEQUENCE that are always causal. "Det betyder, at …", "dermed" and
// "således" also explain what a grant means in practice ("Det betyder, at du får hjælp hver
// mandag"), so they do not turn the facts before them into a reason.
// (Also a sentence-initial "Så" drawing the conclusion: "Så der er ikke behov for, at kommunen leverer mad".)
// (And "altså" before the negated need: "Du har altså ikke brug for et løftesæde" after what was seen.)
// (Round 40: also a denial after a comma or a dash in the same sentence: "Det var præcis det, støtten skulle hjælpe dig med – at
// få styr på økonomien – så der er ikke længere brug for den".)
// (Round 62: also a fronted "Så længe det går på den måde" / "Så længe det er sådan" drawing the conclusion from what was
// just described: "Så længe det går sådan, har du ikke brug for hjælp" after what was seen at the visit.)
// (Round 66: also a fronted "Med det, du selv kan, …" drawing the conclusion from what was just seen: "Med det, du selv kan,
// og hjælpen fra naboen, er det ikke en scooter, der skal til": what the citizen manages, said above, as the ground.)
const CAUSAL_BACK =
  /^med\s+(?:det|alt\s+det)\s*,\s*(?:du|I|De|han|hun)\s+(?:selv\s+)?(?:kan|klarer|magter)(?![\p{L}])|^så\s+længe\s+(?:det|du|De|I|han|hun)\s+(?:\p{L}+\s+){0,2}?(?:på\s+(?:den|denne)\s+måde|sådan|således)\s*,|^så\s+(?:der\s+er|er\s+der|du\s+(?:har|er|kan)\s+ikke|har\s+du\s+ikke|kan\s+du\s+ikke)(?![\p{L}])|[,–—]\s*så\s+(?:der\s+er|er\s+der|du\s+har|har\s+du|du\s+kan|kan\s+du)\s+(?:\p{L}+\s+)?(?:ikke|ingen|intet)(?![\p{L}])|(?<![\p{L}])altså(?=\s+(?:ikke|ingen|intet)(?![\p{L}]))|(?<![\p{L}])(?:derfor|således(?!\s*,?\s*at(?![\p{L}]))|dermed|af\s+den\s+grund|af\s+disse\s+grunde|på\s+(?:denne|den|dette|det)\s+(?:baggrund|grundlag)|på\s+baggrund\s+(?:heraf|af\s+(?:dette|ovenstående|ovennævnte|disse\s+oplysninger))|som\s+følge\s+heraf|med\s+baggrund\s+i\s+(?:dette|ovenstående))(?![\p{L}])/iu;
// Hollow-reason phrases that only name where the rule is, not that a condition is unmet.
// ("Du har ikke et behov ud over kommunens serviceniveau" restates a condition.)
// ("kommunens kvalitetsstandard for praktisk hjælp" names it too.)
const SOURCE_ONLY = /^(?:i\s+henhold\s+til|kvalitetsstandard(?:er)?)$/iu;
// An invitation to apply again ("De kan søge om hjælp på ny, såfremt …").
const REAPPLY = /søge?\p{L}*\s+(?:\p{L}+\s+){0,5}?(?:igen|på\s+ny)(?![\p{L}])/iu;
// Sentences about the procedure, which a "derfor" does not point back to.
// (Also the invitation to ask: "Kontakt os, hvis du har spørgsmål", "Ring til mig, hvis …", "Kontakt
// os gerne, hvis …", "Du er velkommen til at kontakte os", "Du kan læse reglerne på …".)
// Round 38: a document only named as used ("Vi har inddraget PPR's udtalelse af 3. december i vurderingen"), with
// nothing of what it says: like "de foreliggende oplysninger", no fact a "derfor" can lean on.
const SOURCE_NAMED_ONLY =
  /^(?:(?!(?:at|hvoraf|fordi|idet|som|der)\s)[^,;:])*?(?<![\p{L}])(?:inddraget|medinddraget|indgået|indgår|medtaget|taget\s+med)\s+(?:(?!(?:at|hvoraf|fordi|idet|som|der)\s)[^,;:])*?(?<![\p{L}])i\s+(?:vurderingen|vores\s+vurdering|sagsbehandlingen|behandlingen)\s*\.?\s*$/iu;
// (Gated on the sentence's last word, so the scan runs only on the few sentences that end so.)
const sourceNamedOnly = (raw: string) => /(?:vurderingen|vurdering|behandlingen)\s*\.?\s*$/iu.test(raw) && SOURCE_NAMED_ONLY.test(raw);
// Round 53: the handling alone, under the reasons heading ("Kommunen har foretaget en revurdering af Deres sag.", "Vi har
// vurderet din sag igen."): what was done, with nothing found in it.
const HANDLING_ONLY =
  /^(?:kommunen|vi|jeg|forvaltningen|visitationen|[\p{Lu}][\p{L}-]+\s+kommune)\s+har\s+(?:nu\s+)?(?:(?:foretaget|gennemført|lavet)\s+(?:en\s+)?(?:ny\s+)?(?:fornyet\s+)?(?:re|gen)?vurdering\s+af|(?:re|gen)?vurderet|(?:gen)?behandlet|gennemgået)\s+(?:din|jeres|Deres|hans|hendes)\s+(?:sag|ansøgning|behov)(?:\s+igen)?\s*\.?\s*$/iu;
const AIM_INFINITIVE = /^\s*(?:\p{L}+\s*:\s*)?at\s+\p{L}/iu;
const PROCEDURAL =
  /^(?:hvis|såfremt|har\s+(?:du|I|De)\s+(?:spørgsmål|bemærkninger)|er\s+(?:du|I|De)\s+(?:uenig|i\s+tvivl)|ønsker\s+(?:du|I|De)|(?:kontakt|ring|skriv)\s+(?:\p{L}+\s+){0,3}?(?:os|mig|til\s+\p{L}+)(?:\s+(?:gerne|endelig|bare|altid|også))?\s*,?\s+(?:hvis|såfremt|når)|(?:du|i|de)\s+(?:er\s+velkommen\s+til\s+at|kan\s+(?:altid\s+|gerne\s+|også\s+)?)(?:kontakte|ringe\s+til|skrive\s+til)\s+(?:os|mig)(?![\p{L}])|(?:du|i|de)\s+kan\s+(?:\p{L}+\s+)?(?:læse|finde|se)\s+(?:mere|reglerne|om\s+reglerne|loven|bestemmelsen)(?![\p{L}])|(?:eventuelle\s+)?(?:spørgsmål|bemærkninger)\s+(?:\p{L}+\s+){0,3}?(?:kan|bedes|skal)\s+rettes)(?![\p{L}])/iu;

// Round 48: the help the citizen has now, said as such ("De modtager i dag rengøring én gang om ugen", "Du får nu hjælp
// til bad to gange om ugen"): the starting point of a change, not a fact of the case, so a "På baggrund af
// ovenstående" after it still points back to the standard before it.
// (Round 52: also the help had so far, "Du har hidtil fået rengøring hver uge", "De har indtil nu modtaget …": the same
// starting point, said looking back.)
// (Round 65: also the help kept beside a refusal, "De fortsætter med rengøring hver 14. dag som hidtil", "Du beholder din
// rengøring": the result (omfang), not a reason, even under the "Begrundelse" heading.)
const CURRENT_HELP = /^(?:du|de|i|han|hun|borger(?:en)?)\s+(?:fortsætter\s+(?:med\s+)?|beholder\s+|(?:får|modtager|har)\s+fortsat\s+)(?:din\s+|dit\s+|dine\s+|Deres\s+|jeres\s+|sin\s+|sit\s+|den\s+|det\s+|de\s+)?(?:\p{L}+\s+){0,2}?(?:hjælp|rengøring|bad|støtte|tilskud|aflastning|madservice|mad|\p{L}+hjælp|\p{L}+støtte)(?![\p{L}])[^,;:]*$|^(?:du|de|i|han|hun|borger(?:en)?)\s+(?:modtager|får|har)\s+(?:i\s+dag|nu|på\s+nuværende\s+tidspunkt|for\s+tiden|allerede|hidtil|indtil\s+nu|frem\s+til\s+nu|til\s+nu)\s+(?:\p{L}+\s+){0,3}?(?:hjælp|rengøring|bad|støtte|tilskud|aflastning|madservice|mad|\p{L}+hjælp|\p{L}+støtte)(?![\p{L}])[^,;:]*$/iu;
// Round 52: the help ends because its aim is said to be reached, and the sentence says nothing of what was reached
// ("Familiebehandlingen ophører, da formålet med indsatsen vurderes at være opnået", "Da målet er nået, stopper
// støtten."): the verdict in other words, like "betingelserne er ikke opfyldt". What the family now manages, said in
// its own sentence, is the reason.
const AIM_REACHED_ONLY =
  /^(?:(?:[\p{L}-]+\s+){1,3}?(?:ophører|stopper|slutter|afsluttes|afslutter\s+vi|stopper\s+vi)\s*,?\s+(?:da|fordi|idet|eftersom)\s+|(?:da|fordi|idet|eftersom)\s+)(?:formålet|målet|målene|formålene)(?:\s+med\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)?\s+(?:(?:vurderes|anses|skønnes|findes)\s+(?:for\s+)?at\s+være|er(?:\s+blevet)?)\s+(?:opnået|nået|indfriet)(?:\s*,\s*(?:ophører|stopper|slutter|afsluttes)\s+(?:[\p{L}-]+\s*){1,3})?\s*[.!]?\s*$/iu;
// Round 60: the writer's verdict that the help given is the right amount, and nothing else ("Vi vurderer, at 3 timer om
// ugen er passende til Noah", "Kommunen finder, at to bad om ugen er tilstrækkeligt"): the result said as an opinion,
// with no fact of the case behind it, like "betingelserne er ikke opfyldt". (With a cause, "…, fordi …", or a longer
// tail saying what it covers, it is not matched.)
// (Round 69: also in the perfect, "Vi har vurderet, at …", and the amount said to match the need, "at 2 dage om ugen svarer
// til dit behov": the same verdict with no fact of the case.)
// (Round 73: also in the passive, "Det vurderes, at én weekend om måneden svarer til Ellas og familiens behov": the same
// verdict; the need may be a named person's, with the family's after "og".)
const ADEQUATE_ONLY =
  /^(?:(?:vi|jeg|kommunen|forvaltningen|visitationen|udvalget)\s+(?:har\s+)?(?:vurderer|vurderet|finder|fundet|mener|skønner|skønnet)|det\s+(?:vurderes|skønnes|findes))\s*,?\s+at\s+(?:[\p{L}\d.,]+\s+){1,10}?(?:(?:er|vil\s+være)\s+(?:\p{L}+\s+)?(?:passende|tilstrækkelig\p{L}*|rimelig\p{L}*|dækkende|nok|det\s+rigtige|det\s+rette)(?:\s+(?:til|for)\s+(?:[\p{L}-]+\s*){1,3})?|(?:svarer|passer|modsvarer)\s+(?:godt\s+)?til\s+(?:dit|din|dine|jeres|Deres|hans|hendes|barnets|borgerens|\p{L}+s)(?:\s+og\s+(?:familiens|jeres|forældrenes|\p{L}+s))?\s+(?:\p{L}+\s+)?behov)\s*[.!]?\s*$/iu;
// A rule sentence that points back to the thing just named ("til den behandling", "for denne type udgift").
const APPLIES_TO_IT = /(?<![\p{L}])(?:den|denne|dette|disse)\s+(?:type\s+|slags\s+|form\s+for\s+)?(?:behandling|udgift|udgifter|hjælpemiddel|ydelse|ydelsen|tilbud|kørsel|transport|aktivitet|indsats|ordning)(?![\p{L}])/iu;
const BARE_THEREFORE = /^(?:og\s+)?derfor\s*[.!]?\s*$/iu;
// Round 55: the same with the kind of thing as the rule's bare subject, named in the fact just before ("Lægens erklæring
// beskriver, at ridningen er en del af hans behandling. Behandling hører under sundhedsvæsenet. Derfor …"): the rule is
// applied to that fact. (A rule whose subject the fact does not name stays the rule alone.)
const KIND_FIRST = /^(behandling|udgift|hjælpemiddel|ydelse|tilbud|kørsel|transport|aktivitet|indsats|ordning)\p{L}*\s/iu;
function sameKindFirst(rule: string, fact: string): boolean {
  const m = KIND_FIRST.exec(rule);
  return !!m && fact.toLowerCase().includes(m[1]!.toLowerCase());
}
// Round 55: the law's share applied to the price, with the amount that follows ("Efter § 113 kan kommunen kun give 50 %
// af prisen på et standardprodukt. En standard el-cykel koster 14.000 kr., og tilskuddet er derfor 7.000 kr."): the
// ceiling that explains exactly the refused part, like LIMIT_APPLIED. (Not the share rule alone, with no price.)
const SHARE_RULE = /(?<![\p{L}])(?:kun|højst|maksimalt|op\s+til)\s+(?:\p{L}+\s+){0,4}?\d+(?:,\d+)?\s*(?:%|procent)\s+af(?![\p{L}])/iu;
const PRICE_AT = /(?<![\p{L}])(?:koster|kostede|prisen\s+(?:er|var)|pris\s+på)\s+(?:[^\d.;!?\n]{0,30}?)\d[\d.]*(?:,\d+)?\s*kr/iu;
const AMOUNT_THEREFORE = /(?<![\p{L}])derfor\s+(?:\p{L}+\s+){0,3}?(?:på\s+)?\d[\d.]*(?:,\d+)?\s*kr/iu;

// Words that bring a reason of their own into a consequence sentence.
const OWN_REASON = /(?<![\p{L}])(?:fordi|idet|eftersom|da|lagt\s+vægt|vurder\p{L}*|viser|fremgår|oplyst)(?![\p{L}])/iu;

// A list item ("• at du selv kan gå på trapper", "- 1. Du bor i stueetagen").
const BULLET = /^[ \t]*(?:[-•*–·▪◦]|\d{1,2}[.)])[ \t]+/;
// A reason cue that ends in a colon introduces the reasons as a list ("Vi har lagt vægt på:").
const ENDS_WITH_COLON = /:\s*$/;
// "…, og du er derfor visiteret til følgende:": the list that follows is the help granted, not reasons.
const GRANT_LIST = /(?<![\p{L}])(?:visiteret|bevilget|bevilger|tildelt|tildeler|får|modtager)\s+(?:\p{L}+\s+){0,2}?(?:til\s+)?følgende\s*:\s*$/iu;

// "da" with a past-tense verb is "when", not "because": "Da vi besøgte dig den 3. maj, …",
// "da du var indlagt". Causal "da" takes the present: "da du ikke kan gå på trapper".
const DA_CUE = /^da\s/iu;
const PAST_AFTER = /^\s+(?:\p{L}+\s+)?(?:var|havde|blev|kom|fik|gik|så|sagde|fortalte|besøgte|ringede|skrev|talte|mødtes|flyttede|søgte|\p{L}+ede)(?![\p{L}])/iu;
// Round 48: but a past "da" clause whose main clause is in the present is causal ("Da du gik mest sikkert med den lette
// rollator, er det den model, du får", "Da du klarede trappen ved besøget, kan vi ikke bevilge …"): what was seen, tied
// to the result now. (A past main clause stays temporal: "Da vi besøgte dig, så vi …".)
const PRESENT_MAIN = /^[^,.;!?\n]*,\s*(?:er|får|kan|bevilger|giver|bliver|vælger|anbefaler)(?![\p{L}])/iu;
// Round 69: "da" before the child's or the citizen's name is causal like "da hun" ("Da Ida kan passes i børnehaven på fuld
// tid, …", "…, fordi … , da Jonas nu bor hos sin far"); the cue list has the pronouns, the name is found here. (Case-sensitive:
// a capital after "da" is a name; the formal "De"/"I" are in the list. Temporal "Da Ida var lille" is left by temporalDa.)
// (The subject runs on over "og" to a second name or pronoun, "Da Jonna og jeg var ude hos dig", so temporalDa sees its verb.)
const DA_NAME =
  /(?<![\p{L}])[Dd]a\s+(?!(?:De|Dem|Deres|I|Vi|Kommunen)(?![\p{L}]))\p{Lu}\p{Ll}+(?:['’]s|s)?(?:\s+og\s+(?:\p{Lu}\p{Ll}+|jeg|du|vi|han|hun|I|De))?(?=\s)/gu;
// (The gate has no leading look-behind, slow in V8; the exact test is DA_NAME.)
const DA_GATE = /[Dd]a\s+\p{Lu}/u;
function cueSpans(letter: Letter, cue: Matcher, s: Span, raw: string): Span[] {
  const spans = matchesIn(letter, cue, s);
  if (!DA_GATE.test(raw)) return spans;
  DA_NAME.lastIndex = 0;
  for (let m = DA_NAME.exec(raw); m; m = DA_NAME.exec(raw)) {
    const at = s.start + m.index;
    if (!spans.some((c) => c.start <= at && at < c.end)) spans.push({ start: at, end: at + m[0].length });
  }
  return spans;
}
function temporalDa(letter: Letter, c: Span): boolean {
  return DA_CUE.test(letter.slice(c)) && PAST_AFTER.test(letter.text.slice(c.end, c.end + 30)) && !PRESENT_MAIN.test(letter.text.slice(c.end, c.end + 200));
}

// A cue inside what the citizen told or wrote ("Du har sagt, at du helst vil have bad tidligt,
// fordi du skal til frisør", "De har i Deres ansøgning anført, at De på grund af Deres sygdom
// har ekstra udgifter", "I ansøgningen skriver du, at …", "Det fremgår af din ansøgning, at du
// som følge af …", "Du søgte den 2. september om støtte, fordi det er svært …") is the citizen's
// reason, not the authority's. The subject may stand a few
// words before the verb ("har i Deres ansøgning anført") or after it ("skriver du").
const SAY_VERB =
  'søgt|søgte|søger|ansøgt|ansøgte|ansøger|bedt\\s+om|bad\\s+om|givet\\s+udtryk\\s+for|gav\\s+udtryk\\s+for|giver\\s+udtryk\\s+for|sagt|sagde|siger|fortalt|fortalte|fortæller|oplyst|oplyste|oplyser|skrevet|skrev|skriver|forklaret|forklarede|forklarer|ønsker|ønskede|ønsket|anført|anførte|anfører|angivet|angav|angiver|beskrevet|beskrev|beskriver|nævnt|nævnte|nævner|begrundet|begrunder|begrundede|gjort\\s+gældende|gør\\s+gældende';
// The citizen's view named as such ("Det er din opfattelse, at der skal gøres rent hver uge, fordi
// din hund fælder meget") is reported the same way.
// (Case-sensitive, so the preposition "i" is not "I": "i lægens udtalelse er det oplyst, at du
// på grund af …" is a fact the authority relies on.)
// A document's finding is reported the same way ("Af demenskoordinatorens notat fremgår, at han
// ikke kan være alene, fordi han bliver urolig", "Det fremgår af vurderingen, at du på grund af
// din sclerose ikke kan …"): the cause belongs to the finding, which must still be tied to the
// result ("Derfor …") to be the reason.
// (Round 48: also the file-note order with "borger" after the verb: "Ved besøget oplyste borger, at hun ikke kan støvsuge,
// fordi hun mister balancen" is her account.)
// (Round 68: also the say verb after a call or a mail with the subject shared: "Du ringede til os den 8. september og
// fortalte, at du er bekymret, fordi …" is her account and her reason.)
// (Round 57: also "udtryk for" split by the subject after a fronted adverbial: "Ved revurderingen gav du udtryk for, at du
// er utilfreds, fordi du mener …" is her view and her reason.)
// (Round 73: also what we saw, reported as a finding: "Ved besøget så vi, at du ikke kan støvsuge på grund af dine skuldre":
// the cause belongs to the observation, which must still be tied to the result to be the reason.)
const REPORTED_SPEECH = new RegExp(
  `(?<![\\p{L}])(?:(?:[Dd]u|I|De|[Hh]un|[Hh]an|[Bb]orgeren|[Bb]orger|[Pp]ågældende|[Ff]orældrene|(?:[Dd]in|[Dd]it|[Jj]eres|Deres|[Hh]ans|[Hh]endes)\\s+(?:søn|datter|mor|far|mand|kone|hustru|ægtefælle|bror|søster|forældre|værge|pårørende|nabo|barn|svigerdatter|svigersøn))\\s+(?:(?:har|havde)\\s+(?:(?:i|på|under|ved)\\s+(?:[\\p{L}\\d.]+\\s+){1,6}?)?)?(?:selv\\s+|også\\s+|tidligere\\s+)?(?:${SAY_VERB})|(?:${SAY_VERB})\\s+(?:du|I|De|hun|han|[Bb]orger(?:en)?|[Pp]ågældende)|(?:gav|giver|har)\\s+(?:du|I|De|hun|han|[Bb]orger(?:en)?|[Pp]ågældende)\\s+(?:selv\\s+|også\\s+)?(?:givet\\s+)?udtryk\\s+for|(?:[Dd]u|I|De|[Hh]un|[Hh]an|[Bb]orgeren)\\s+(?:ringede|skrev|mailede|kom|henvendte\\s+(?:dig|jer|Dem|sig))(?:[^.;!?\\n]|(?<=\\d)\\.){0,50}?\\s+og\\s+(?:har\\s+)?(?:${SAY_VERB})|[Ff]remg(?:år|ik)\\s+(?:det\\s+)?af\\s+(?:din|jeres|Deres|hans|hendes|ansøgningen)|[Dd]et\\s+er\\s+(?:din|jeres|Deres|hans|hendes)\\s+(?:opfattelse|holdning|oplevelse|ønske|mening|indtryk|vurdering)|(?:[Dd]in|[Jj]eres|Deres|[Hh]ans|[Hh]endes)\\s+(?:opfattelse|holdning|oplevelse|mening)\\s+er|[Ii]følge\\s+(?:din|jeres|Deres|hans|hendes)\\s+ansøgning|[Ff]remg(?:år|ik)(?:\\s+det)?(?:\\s+af\\s+[^,.;:\\n]{1,80}?)?\\s*,?\\s+at|(?:så|iagttog|observerede|bemærkede)\\s+vi(?=\\s*,?\\s+at\\s)|[Vv]i\\s+(?:så|iagttog|observerede|bemærkede)(?=\\s*,?\\s+at\\s))(?![\\p{L}])`,
  'gu',
);
// Cues that open a clause of their own, which then belongs to the reported speech.
const INNER_CAUSE = /^(?:fordi|da|idet|eftersom|på\s+grund\s+af|p\.?\s?g\.?\s?a\.?(?![\p{L}])|som\s+følge\s+af|grundet|skyldes|det\s+skyldes|i\s+og\s+med)/iu;
// The authority's own voice after the report takes the cue back ("Du har oplyst, at du ikke kan
// gå, og vi har derfor lagt vægt på …").
const OWN_VOICE = /(?<![\p{L}])(?:vi|kommunen|vores|derfor|forvaltningen|udvalget)(?![\p{L}])/iu;
// ", hvorfor" after a verb of asking or telling is a question ("Du har spurgt, hvorfor hjælpen
// ændres", "Vi vil forklare, hvorfor …"), not the formal consequence ("…, hvorfor ansøgningen afslås").
const HVORFOR_CUE = /^,\s*hvorfor/iu;
const ASKS_WHY = /(?<![\p{L}])(?:spurgt\p{L}*|spørg\p{L}*|forstå\p{L}*|vide|ved|undr\p{L}*|forklar\p{L}*|redegør\p{L}*|beskriv\p{L}*|uddyb\p{L}*|fortæl\p{L}*|fortalt\p{L}*|skrive|skrevet|skrev|skriver|klar\s+over|tvivl)\s*$/iu;
const ASSESSMENT_CUE = /^(?:vurder\p{L}*|skønne[rt]?|finder|mener)(?![\p{L}])/iu;
const IF_WHO_BEFORE = /(?<![\p{L}])(?:hvis|såfremt|når)\s+(?:[\p{L}-]+\s+){1,3}$/iu;
const OLD_HELP_STOPS_AFTER = /^det\s+betyder\s*,?\s+at\s+[^.;]{0,40}?(?:(?:har|havde)\s+haft|hidtidige|nuværende)[^.;]{0,40}?(?:stopper|ophører|slutter|bortfalder)(?![\p{L}])/iu;
function notOwnReason(letter: Letter, s: Span, c: Span): boolean {
  const before = letter.text.slice(Math.max(s.start, c.start - 60), c.start);
  // "Tak, fordi din mor også kom med": courtesy, not a reason.
  if (LETTER_PURPOSE.test(before) || THANKS_BEFORE.test(before)) return true;
  // Round 59: in a letter that grants or refuses (not one that changes help), "det betyder, at" ending in the help the
  // citizen has had that stops ("… fylder 18, og det betyder, at den støtte, du har haft som barn, stopper"): the
  // background that the old help runs out, not why this decision went as it did.
  if ((letter as Partial<AnalysedLetter>).decisionType !== 'aendring' && OLD_HELP_STOPS_AFTER.test(letter.text.slice(c.start, s.end))) return true;
  if (HVORFOR_CUE.test(letter.slice(c)) && ASKS_WHY.test(before)) return true;
  // Round 50: an assessment someone may make, as a condition ("…, hvis lægen vurderer, at han er omfattet af ordningen",
  // "når skolen finder, at …"): a possible future view, not why this decision went as it did.
  if (ASSESSMENT_CUE.test(letter.slice(c)) && IF_WHO_BEFORE.test(before)) return true;
  // "skriver du, at du er bange for anfald, og at du derfor ikke længere tager til fodbold": a
  // "derfor" inside the reported that-clause is the citizen's account too.
  const inner = INNER_CAUSE.test(letter.slice(c)) || (REPORTED_THEREFORE.test(letter.slice(c)) && AT_SUBJECT_BEFORE.test(before));
  if (!inner) return false;
  const head = letter.text.slice(s.start, c.start);
  let last = -1;
  REPORTED_SPEECH.lastIndex = 0;
  for (let m = REPORTED_SPEECH.exec(head); m; m = REPORTED_SPEECH.exec(head)) last = m.index + m[0].length;
  if (last < 0) {
    // Round 71: a professional's referral with its cause ("Din læge henviste dig til træning på grund af faldende
    // gangfunktion", "Lægen har sygemeldt dig, fordi …"): why they referred, not why this decision went as it did.
    const ref = REFERRAL_BEFORE.exec(head);
    return !!ref && !OWN_VOICE.test(head.slice(ref.index + ref[0].length));
  }
  if (OWN_VOICE.test(head.slice(last))) return false;
  // Round 53: the application only named in a relative clause of our own sentence ("Vi har ikke godkendt hele det beløb,
  // I har søgt om til kost, fordi kommunen kun dækker …"): the cause belongs to our main clause, not to the citizen.
  const rel = APPLIED_RELATIVE.exec(head);
  return !(rel && OWN_VOICE.test(head.slice(0, rel.index)));
}
const REFERRAL_BEFORE = /(?<![\p{L}])(?:henviste|henvist|henviser|ordinerede|ordineret|sygemeldte|sygemeldt)(?![\p{L}])/iu;
const APPLIED_RELATIVE = /,\s*(?:som\s+)?(?:du|I|De)\s+(?:har\s+|havde\s+)?(?:an)?søgt\s+om(?:\s+[^,.;!?\n]{0,30})?,\s*$/u;

// "Under henvisning til Deres ansøgning …", "Med henvisning til din mail": which letter is answered, no reason.
const REFERS_TO_LETTER = /^(?:under|med)\s+henvisning\s+til\s+(?:\p{L}+\s+){0,2}?(?:ansøgning|henvendelse|brev|mail|anmodning|klage)/iu;
// Round 42: the reason for a duty to tell someone else ("De skal oplyse Udbetaling Danmark om dusøren, da den kan have
// betydning for Deres pension", "Husk at give jobcentret besked, fordi …"): why the citizen must report, not why
// the decision went as it did.
const NOTIFY_DUTY_BEFORE =
  /(?:(?<![\p{L}])(?:[Dd]u|De|I)\s+(?:skal|bedes|må)\s+(?:(?:selv|også|straks|derfor|huske\s+at)\s+)?|(?<![\p{L}])[Hh]usk\s+(?:også\s+)?(?:at\s+)?)(?:oplyse|give\s+(?:\p{L}+\s+)?besked|underrette|orientere|informere)(?![\p{L}])[^.;]{0,100}$/u;
const NOTIFY_WORD = /oplys|besked|underret|orienter|informer/iu;
const notifyDuty = (before: string) => NOTIFY_WORD.test(before) && NOTIFY_DUTY_BEFORE.test(before);
// Round 42: the source the case was dealt with on, named with its date and nothing of what it says ("Sagen er
// behandlet på baggrund af udredningen efter VUM af 14. juli 2025."): like "de foreliggende oplysninger", no reason.
const HANDLED_ON_SOURCE_BEFORE = /(?<![\p{L}])(?:er|blev|bliver|er\s+blevet|har\s+været)\s+(?:\p{L}+\s+)?(?:behandlet|vurderet|afgjort|truffet)\s+$/iu;
// Round 44: the same said actively of the application ("Kommunen har behandlet Deres ansøgning på baggrund af de
// foreliggende oplysninger, herunder lægeattest …, hvoraf det fremgår, at …"): what the case was handled on, even with
// its content (a fact), is not yet tied to the result.
const HANDLED_APPLICATION_BEFORE =
  /(?<![\p{L}])(?:har|havde)\s+(?:nu\s+)?behandlet\s+(?:din|Deres|jeres|ansøgningen|sagen|anmodningen)(?:\s+(?:ansøgning|sag|anmodning|henvendelse))?(?:\s+om\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)?\s+$/iu;
const ON_SOURCE = /^på\s+(?:baggrund|grundlag)\s+af(?![\p{L}])/iu;
// (Round 46: also the review the decision came out of, "Afgørelsen er truffet på baggrund af revurdering": the
// occasion, not a reason.)
const SOURCE_ONLY_AFTER =
  /^på\s+(?:baggrund|grundlag)\s+af\s+(?:(?:den|det|de|din|jeres|Deres|vores)\s+)?(?:\p{L}+\s+)?(?:udredning\p{L}*|revurdering\p{L}*|revisitation\p{L}*|genvurdering\p{L}*|oplysning\p{L}*|besøg\p{L}*|hjemmebesøg\p{L}*|samtale\p{L}*|møde\p{L}*|ansøgning\p{L}*|henvendelse\p{L}*|udtalelse\p{L}*|undersøgelse\p{L}*|vurdering\p{L}*|\p{L}*notat\p{L}*|\p{L}*beskrivelse\p{L}*|journal\p{L}*|\p{L}*attest\p{L}*|\p{L}*rapport\p{L}*)(?:(?!,\s*(?:at|hvoraf|som|der|hvor)\s|\s(?:fordi|idet|da|og)\s)[^.;:!?]|(?<=\d)\.|\.(?=\s*\d)|\(|\))*[.!]?\s*$/iu;

// "Det betyder, at en ledsager kan tage med dig til koncerter": what the help holds, no reason.
const MEANS_CONTENT = /^det\s+betyder\s*,?\s+at\s+(?:en|et|din|dit|dine|jeres|hjælpen|støtten|ledsageren|kontaktpersonen)\s/iu;
// "har på baggrund af hjemmebesøg den 28.05.2024 besluttet at bevilge dig": the source the decision rests on,
// named before the verb of deciding, is no reason (what was found there would be).
const SOURCE_BEFORE_DECIDING =
  /^på\s+(?:baggrund|grundlag)\s+af\s+(?:\p{L}+\s+){0,2}?(?:hjemmebesøg\p{L}*|besøg\p{L}*|samtale\p{L}*|møde\p{L}*|telefonsamtale\p{L}*|ansøgning\p{L}*|udtalelse\p{L}*|undersøgelse\p{L}*|oplysninger\p{L}*)(?:\s+(?:den|d\.|af|fra)\s+[\d.\s\p{L}]{1,24}?)?(?:\s*,\s*(?:som\s+|der\s+)?(?:vi|kommunen|jeg|du|I|De)\s+har\s+(?:modtaget|fået|indhentet|sendt|givet)(?:\s+\p{L}+){0,2}?\s*,)?\s+(?:(?:har|er)\s+(?:vi\s+|kommunen\s+|jeg\s+|forvaltningen\s+|visitationen\s+|udvalget\s+)?(?:nu\s+)?)?(?:besluttet|truffet|bevilget|visiteret|godkendt)(?![\p{L}])/iu;
// (Round 60: also with a relative clause that only says the source came in, "på baggrund af de oplysninger, vi har
// modtaget, besluttet at bevilge": still nothing of what it says.)
// (Round 58: also with the auxiliary and the subject inverted after the fronted source, "På baggrund af de foreliggende
// oplysninger har kommunen besluttet, at …": still the source named before deciding.)
// The applicant's own reason inside the application ("De har ansøgt om ombygning af Deres badeværelse, idet De
// ønsker badekarret fjernet"): what was asked for and why, not the authority's reason.
// "I bad i marts om hjælp, fordi morgenerne … ender i skænderier": why the party applied, said in the
// application's own sentence, is their reason for asking, not ours for deciding.
// (Round 47: also the family that came to us on its own, "I har selv henvendt jer til os, fordi aftenerne ender i
// konflikter": the applicant's reason for asking, not why we decided as we did.)
// (Round 73: also the that-clause right after "om", "I har søgt om, at kommunen betaler …, fordi hun …", and the wish said as
// such, "Du vil gerne skifte hjælper, fordi du kender …": why the party asks, not why we decided.)
const APPLIED_THEN = /^(?:[\p{L}\d.,]+\s+){0,4}?(?:har\s+)?(?:(?:søgte|søgt|ansøgte|ansøgt|bad|bedt|anmodede|anmodet)\s+(?:[\p{L}\d.]+\s+){0,6}?om(?:\s*,)?\s+[^.;]{0,100}?|(?<=^(?:du|I|De|han|hun)\s+)(?:vil\s+(?:gerne|helst)|gerne\s+vil|helst\s+vil|ønsker(?:\s+at)?)\s+[^.;]{0,100}?|(?:selv\s+)?(?:henvendt|henvendte)\s+(?:dig|jer|Dem|sig)(?:\s+selv)?(?:\s+[^.;,]{1,60}?)?),?\s*$/iu;
function appliersReason(letter: Letter, s: Span, c: Span): boolean {
  // (Also "nu hvor": "Du har søgt om efterværn, nu hvor du fylder 18".)
  if (!/^(?:fordi|idet|da|eftersom|nu\s+(?:hvor|da))(?![\p{L}])/iu.test(letter.slice(c))) return false;
  const before = letter.text.slice(s.start, c.start);
  if (APPLIED_THEN.test(before) && !/,\s*(?:og|men|så)\s/iu.test(before)) return true;
  // (Round 47: a second reason joined by "og fordi" belongs to the same applicant: "… henvendt jer til os, fordi …, og
  // fordi I gerne vil lære …".)
  if (/(?<![\p{L}])og\s+$/iu.test(before)) {
    const first = /(?<![\p{L}])(?:fordi|idet|eftersom)(?![\p{L}])/iu.exec(before);
    if (first) {
      const head = before.slice(0, first.index);
      return APPLIED_THEN.test(head) && !/,\s*(?:og|men|så)\s/iu.test(head);
    }
  }
  return false;
}
// (Round 58: also the applicant's worry, "Datteren har ansøgt, da hun er bekymret for moderen om natten": why they asked.)
const APPLICANT_REASON = /^(?:idet|fordi|da)\s+(?:du|De|I|han|hun|vedkommende)\s+(?:\p{L}+\s+)?(?:ønsker|ønskede|gerne\s+vil|vil\s+gerne|mener|synes|føler|oplever|(?:er|var)\s+(?:\p{L}+\s+)?(?:bekymret|bekymrede|utryg|utrygge|nervøs|nervøse|bange))(?![\p{L}])/iu;
const CLASSIFIED = /\s(?:er|var|hører|falder)\s+derfor\s+(?!ikke\s)\p{L}|^derfor\s+(?:er|var|bliver)\s+(?:\p{L}+\s+){1,3}?(?:nødvendige?|nødvendigt|påkrævede?|påkrævet)(?![\p{L}])/iu;
// (Round 58: the same judgement with the connector first, "Derfor er rampen nødvendig" after what the therapist measured:
// the help found necessary for those facts. Only necessity: "Derfor er liften praktisk" is a convenience.)
// Round 58: a sentence that opens on the application and draws the rest from it ("Du har søgt om 6 timer, og der gives
// derfor afslag på den resterende del"): the "derfor" points to the gap between asked and given, the arithmetic of the
// partial grant, not a reason of the case.
const APPLICATION_LEAD = /^(?:[Dd]u|I|[Dd]e|\p{Lu}\p{Ll}+)\s+(?:har|havde)\s+(?:\p{L}+\s+)?(?:an)?søgt\s+om(?![\p{L}])(?:[^.;:!?]|\.(?=\s*\p{Ll}))*?,\s*(?:og|men)\s+(?:\p{L}+\s+){0,3}?derfor(?![\p{L}])/u;
const CLAUSE_BREAK = /[–—;]|\s-\s|,\s*(?:så|og|men)\s/u;
// (Also what was not granted, asked: "Hvorfor ikke 15 timer?", "Hvorfor kun én weekend?".)
// (And a change asked about by its direction: "Hvorfor færre timer?", "Hvorfor mindre hjælp nu?".)
const INLINE_WHY = /^\s*hvorfor(?:\s+(?:det|så|ja|nej|afslag)|\s+(?:ikke|kun|færre|mindre|kortere|sjældnere|lavere|flere|mere|længere)(?:\s+[\p{L}\d.,]+){0,3})?\s*\?\s*$/iu;
// Round 41: "nu hvor …" trailing what the help is to give ("Pladsen skal give Peter faste dage og et fællesskab, nu hvor
// han er færdig med sin STU", "Støtten hjælper dig med at …, nu hvor du bor alene"): the occasion of the purpose, not
// why the decision went as it did. (A fronted "Nu hvor du har fået fleksjob, hører du ikke til målgruppen" still is.)
const NOW_CUE = /^nu\s+(?:hvor|da)(?![\p{L}])/iu;
const PURPOSE_BEFORE =
  /(?<![\p{L}])(?:(?:skal|kan|vil)\s+(?:\p{L}+\s+){0,2}?(?:give|hjælpe|støtte|sikre)|formål\p{L}*|målet\s+(?:er|med)|hjælper\s+(?:dig|jer|Dem|ham|hende|\p{Lu}\p{Ll}+)\s+med)(?![\p{L}])/iu;
const purposeOccasion = (letter: Letter, s: Span, c: Span) => NOW_CUE.test(letter.slice(c)) && PURPOSE_BEFORE.test(letter.text.slice(s.start, c.start));
const THANKS_BEFORE = /(?<![\p{L}])tak\s*,?\s*(?:også\s+)?$/iu;
const REPORTED_THEREFORE = /^(?:derfor|dermed)$/iu;
const AT_SUBJECT_BEFORE = /(?<![\p{L}])at\s+\p{L}+\s+$/iu;

// "Du er derfor ikke omfattet af …": the subject just before a restated condition belongs to it.
// (Round 42: also "længere"/"mere": "at du ikke længere er i målgruppen" restates the condition for help that ends.)
const ONLY_ADVERBS = /^\s*(?:(?:derfor|således|dermed|altså|desværre|dog|fortsat|heller|så|længere|mere)\s+)*$/iu;

// Under a "Vurdering" heading, an offer of other help ("Kommunen kan tilbyde Dem støtte efter
// § 85", "De kan desuden få hjælp hos …") guides; without a reason cue it explains nothing.
// Also "Du har mulighed for at låne en kørestol hos …", "Det er muligt at leje …", and a
// sentence about what anyone can do ("Mange butikker har kørestole, man kan låne"): general,
// not about this case.
// (Round 60: also with two words before the verb, "Kommunen kan i stedet tilbyde Dem støtte efter § 85", "Vi kan dog
// gerne tilbyde …": still the other help offered, not a reason.)
// (Round 62: also the offer behind a notice, "Vi gør opmærksom på, at du kan søge om …", "Vær opmærksom på, at De kan
// få …": the same pointer to other help.)
const OFFER =
  /^(?:(?:vi|jeg|kommunen)\s+(?:skal\s+|vil\s+)?(?:gerne\s+)?(?:gør|gøre)\s+(?:(?:dig|Dem|jer)\s+)?opmærksom\s+på\s*,?\s+at\s+|vær\s+opmærksom\s+på\s*,?\s+at\s+)?(?:(?:kommunen|vi)\s+kan\s+(?:\p{L}+\s+){0,2}?tilbyde|(?:du|De|I)\s+kan\s+(?:\p{L}+\s+){0,2}?(?:få|søge|ansøge|kontakte|henvende|bruge|benytte|ringe|låne|leje|købe)|\p{L}+\s+kan\s+(?:du|De|I)\s+(?:\p{L}+\s+){0,2}?(?:få|søge|ansøge|låne|leje|købe)|(?:du|De|I)\s+har\s+(?:\p{L}+\s+)?mulighed\s+for|(?:det\s+er|der\s+er)\s+(?:\p{L}+\s+)?mulig\p{L}*)(?![\p{L}])|(?:^|[\s,])man\s+kan\s/iu;

// Round 54: the same offer with the child or another person by name as the subject ("Oskar kan eventuelt benytte
// klubbens mentorordning", "Hun kan også henvende sig til …"): other help pointed to, no reason. (Case-sensitive: a name.)
const OFFER_NAMED =
  /^(?:(?!Vi\s|Jeg\s|Kommunen\s|Udvalget\s)\p{Lu}\p{Ll}+|[Hh]an|[Hh]un|[Bb]arnet|[Dd]en\s+unge)\s+kan\s+(?:(?:eventuelt|evt\.|også|desuden|i\s+stedet|gerne)\s+){1,2}(?:få|søge|ansøge|kontakte|henvende|bruge|benytte|deltage|låne|gå\s+i|gå\s+til)(?![\p{L}])/u;

// "Vi kan se, at …", "Vi har set, at …" report what was observed ("Vi kan se, at du er motiveret
// for at få styr på din økonomi"): a finding like any other fact, a reason only when tied to the
// result ("Derfor …") or under a "Begrundelse" heading.
const SEEN = /^vi\s+(?:kan\s+se|har\s+set|så)(?![\p{L}])/iu;

// Under a "Begrundelse" heading, a sentence with no cue that states the purpose of the help
// ("Formålet med ombygningen er, at du igen kan komme i bad") or only its legal basis
// ("Afgørelsen er truffet efter servicelovens § 83, stk. 1", "Hjælpen gives efter ældrelovens
// § 10") says what the help is for or where the rule is, not why the result is as it is.
const PURPOSE_FIRST = /^(?:formålet|målet|hensigten|formål)(?![\p{L}])/iu;
const LEGAL_BASIS = /(?:truffet|træffes|gives|ydes|bevilges|givet|ydet|bevilget|vurderet|vurderes|behandlet|behandles)\s+(?:\p{L}+\s+){0,2}?(?:efter|i\s+medfør\s+af|i\s+henhold\s+til|jf\.?)\s[^.;:\n]{0,60}?§/iu;
// Who delivers the help and when it starts, and template fields left unfilled ("Hjælpen udføres
// af den leverandør, du har valgt: «Leverandør»."): practical facts of the grant, not a reason.
// (Round 61: also "gives af"/"ydes af"/"varetages af" with the provider, "Støtten gives af Bostøtten Skræm Mark": who, not
// why. Not "af hensyn til", "af den grund", which give a cause. And the provider getting in touch to arrange the start,
// "Bostøtten kontakter dig inden 14 dage for at aftale opstart": the practical next step.)
const PRACTICAL = /(?<![\p{L}])(?:udføres\s+af|kontakter\s+(?:dig|jer|Dem)(?:\s+[^.;!?\n]{0,40}?)?\s+for\s+at\s+aftale|leveres\s+af|(?:gives|ydes|varetages)\s+af(?!\s+(?:hensyn|grunde?|den\s+grund|disse\s+grunde|sikkerhedsmæssige))|leverandør\p{L}*|hjælpen\s+starter|starter\s+den)(?![\p{L}])|«[^»\n]{1,40}»/iu;
// (Also a relative's: "Deres datter har i ansøgningen beskrevet, at hun er meget bekymret for Dem om natten".)
// (Round 48: also "borger" without article, and the inverted order after an opening adverbial: "Ved besøget den 3.
// marts oplyste borger, at …", "På mødet fortalte du, at …".)
// (Round 73: the fronted occasion may carry a date with a slash or a hyphen: "Ved besøget 29/4-2026 oplyste borgeren, at …".)
const CITIZEN_REPORT =
  /^(?:(?:[\p{L}\d./-]+\s+){1,5}?(?:fortalte|oplyste|sagde|skrev|forklarede|beskrev)\s+(?:du|I|De|hun|han|borger(?:en)?|pågældende)(?![\p{L}])|(?:du|I|De|hun|han|borger(?:en)?|forældrene|(?:din|dit|jeres|Deres|hans|hendes)\s+(?:søn|datter|mor|far|mand|kone|hustru|ægtefælle|bror|søster|forældre|pårørende|nabo|familie|værge))\s+(?:har\s+|havde\s+)?(?:[\p{L}\d.]+\s+){0,6}?(?:fortalt|fortalte|oplyst|oplyste|sagt|sagde|skrevet|skrev|forklaret|forklarede|givet\s+udtryk\s+for|beskrevet|beskrev)(?![\p{L}]))/iu;
// The citizen's wish or opinion reported under the heading ("De har under samtale den 3. oktober
// selv oplyst, at De ønsker at ansætte Deres egne hjælpere", "I har givet udtryk for, at I er
// bekymrede for …"): their view, not the authority's reason.
const CITIZEN_WISH =
  /^(?:du|I|De|hun|han|borgeren|pågældende)\s+(?:har\s+|havde\s+)?(?:[\p{L}\d.]+\s+){0,8}?(?:oplyst|sagt|fortalt|skrevet|givet\s+udtryk\s+for|tilkendegivet)\s*,?\s+at\s+(?:du|I|De|hun|han)\s+(?:\p{L}+\s+)?(?:ønsker|mener|synes|finder|foretrækker|gerne\s+vil|vil\s+gerne|helst\s+vil|ikke\s+ønsker|håber|frygter|er\s+(?:\p{L}+\s+)?(?:bekymre\p{L}*|utryg\p{L}*|bange|uenig\p{L}*|utilfreds\p{L}*|ked\s+af))(?![\p{L}])/u;
// Round 48: the wish said directly, with its own reason ("Borger ønsker rengøring hver uge, da hun er vant til det", "Du
// vil helst have bad om morgenen, fordi …"): the party's view under the heading, not the authority's reason.
const WISH_STATED = /^(?:du|I|De|hun|han|[Bb]orger(?:en)?|[Pp]ågældende)\s+(?:\p{L}+\s+)?(?:ønsker|ønskede|foretrækker|vil\s+(?:gerne|helst)|gerne\s+vil|helst\s+vil)(?![\p{L}])/u;
// The case's history told as it happened ("I 2023 fik du et forløb hos sundhedsplejersken, fordi
// Viggo tog for lidt på", "I foråret 2024 fik I afslag, fordi …"): the reason for an earlier
// decision, not for this one.
const HISTORY_ITEM = /^\s*(?:[-•*–·]\s*)?[Ii]\s+(?:\p{L}+\s+)?(?:19|20)\d{2}\s*,?\s+(?:\p{L}+\s+){0,3}?(?:fik|blev|var|havde|søgte|bevilgede|gav|kom|startede|begyndte)(?![\p{L}])/u;
// A look still to take ("Vi vurderer, om vi kan give dig medhold", after a complaint): whether,
// not why.
// (Round 69: also after a fronted time or occasion, in the passive or inverted: "Ved opfølgningsmødet vurderes det, om målene
// er nået", "Til foråret vurderer vi, om …".)
const WHETHER_ONLY =
  /^(?:(?:vi|kommunen|jeg|udvalget|forvaltningen)\s+(?:vil\s+|skal\s+)?(?:\p{L}+\s+)?vurdere[r]?|(?:[\p{L}\d.]+\s+){1,5}?(?:vurderes\s+det|vurderer\s+(?:vi|kommunen|jeg|udvalget|forvaltningen)|skal\s+det\s+vurderes|vil\s+det\s+blive\s+vurderet))\s*,?\s+om(?![\p{L}])/iu;
const CAUSE_WORD = /(?<![\p{L}])(?:fordi|idet|derfor|eftersom|da)(?![\p{L}])/iu;
// The help's own history ("Mathias har haft kontaktperson 3 timer ugentligt siden august 2022"): how
// long it has run, not why it ends.
const HAD_SINCE = /^(?:\p{L}+\s+){1,2}?(?:har|havde)\s+(?:haft|fået|modtaget)\s+[^.\n]{0,60}?(?<![\p{L}])siden\s+(?:\p{L}+\s+)?(?:\d{4}|\d{1,2}\.)[^.\n]{0,20}[.!]?\s*$/iu;
const THEN = /(?<![\p{L}])dengang(?![\p{L}])/iu;
// Age and civil status alone ("Du er 86 år og folkepensionist.", "Han er 47 år gammel og bor
// alene."): who the citizen is, not why the result is as it is.
const PERSONAL_DATA_ONLY = /^(?:du|De|han|hun|\p{Lu}\p{Ll}+)\s+er\s+\d{1,3}\s+år(?:\s+gammel)?(?:\s*(?:,|og)\s+(?:\p{L}+\s*){1,3})?[.!]?\s*$/u;
// An assessment still to come ("Herefter vurderer vi sammen med dig, om pladsen skal fortsætte",
// "Til foråret vurderer vi igen, om …"): follow-up, not why the result is as it is.
// (Round 37: also after a longer when-clause with a number, "Når de 6 måneder er gået, vurderer vi, om …".)
const FUTURE_ASSESSMENT = /^(?:herefter|derefter|til\s+sin\s+tid|senere|inden|til\s+foråret|til\s+efteråret|når\s+\p{L}+\s+\p{L}+\s*,?|når\s+[^,.;:\n]{1,40},)\s+(?:\p{L}+\s+){0,2}?(?:vurderer|vil\s+(?:\p{L}+\s+)?vurdere|ser|kigger)\s+(?:\p{L}+,?\s+){0,8}?om(?![\p{L}])/iu;
// The case looked at again after a complaint ("Vi vurderer derefter sagen igen"): the genvurdering, no reason.
// Round 62: a cause that only says which law the help falls under ("Da du er under folkepensionsalderen, får du stadig din
// hjælp efter serviceloven", "Fordi Emil er under 18, behandles sagen efter barnets lov"): why this law, not why the
// result. The main clause ends on the law's name (a § may follow).
const LAW_CHOICE =
  /(?<![\p{L}])(?:får|modtager|gives|ydes|behandles|vurderes|bevilges|hører)\s+(?:[\p{L}]+\s+){0,4}?(?:efter|under|i\s+medfør\s+af|i\s+henhold\s+til)\s+(?:reglerne\s+i\s+)?(?:servicelov\p{L}*|ældrelov\p{L}*|barnets\s+lov|lov\s+om\s+social\s+service)(?:\s+§\s*[\d\s\p{L},.]{0,20})?\s*[.!]?\s*$/iu;
const LOOKS_AGAIN = /(?<![\p{L}])(?:vurderer|vurdere|ser\s+på|kigger\s+på|gennemgår)\s+(?:\p{L}+\s+){0,2}?(?:sagen|afgørelsen|din\s+sag|jeres\s+sag|Deres\s+sag)\s+(?:igen|på\s+ny|en\s+gang\s+til|én\s+gang\s+til)(?![\p{L}])/iu;

// Advice to go elsewhere ("Vi anbefaler, at du kontakter Jobcentret, som kan vurdere, om …"):
// guidance to other help, not why the result is as it is.
const ADVICE = /^(?:(?:vi|jeg|kommunen)\s+(?:vil\s+)?(?:gerne\s+)?(?:anbefale|anbefaler|opfordre|opfordrer|foreslå|foreslår|henviser)|(?:du|I|De)\s+(?:opfordres|henvises))(?![\p{L}])/iu;
// The hearing reported ("Udkastet har været sendt til dig i høring den 14.4., og vi har ikke modtaget
// bemærkninger"): procedure, not a reason.
// Round 48: a note about the letter itself ("Dette brev er dannet automatisk og er derfor ikke underskrevet", "Brevet er
// sendt digitalt og derfor uden underskrift"): why it is unsigned, not why the decision went so.
const ABOUT_LETTER = /^(?:dette\s+|denne\s+)?(?:brev|afgørelse|dokument|meddelelse)(?:et|en)?\s+er\s+(?:\p{L}+\s+){0,2}?(?:dannet|genereret|udskrevet|sendt|udsendt|oprettet|produceret)(?![\p{L}])[^.;!?]*?(?:underskrevet|underskrift|signeret|signatur)/iu;
const HEARING = /(?<![\p{L}])(?:i\s+høring|partshøring\p{L}*|høringssvar\p{L}*|høringsfrist\p{L}*|(?:ikke|ingen)\s+(?:\p{L}+\s+){0,2}?bemærkninger)(?![\p{L}])/iu;
// What the help granted consists of ("Rengøringen omfatter støvsugning og gulvvask …", "Støtten
// består af samtaler hver uge"): the content of the grant, not why it was given.
const HELP_CONTENT = /^(?:\p{L}+(?:en|et|erne|ene)|hjælpen|støtten)\s+(?:omfatter|består\s+af|indeholder|inkluderer|dækker\s+over)(?![\p{L}])/iu;
// Round 48: a follow-up field inside the assessment section ("Revurdering: November 2025, eller før hvis …", "Næste
// opfølgning: uge 12"): when the case is looked at again, not why. (Not "Vurdering:", which heads the reasons.)
const FOLLOW_UP_FIELD = /^(?:næste\s+)?(?:revurdering|revisitation|opfølgning|opfølgningsdato)\s*:/iu;
// Round 54: the citizen's duty to report changes, said as a sentence of its own under the reasons heading ("Du har pligt
// til at give besked, hvis …", "I skal straks oplyse kommunen om ændringer", "Husk at give os besked, når …"): what to do
// from now on, not why the decision went as it did.
const DUTY_TO_REPORT =
  /^(?:(?:du|I|De)\s+(?:har\s+(?:\p{L}+\s+)?pligt\s+til\s+at|er\s+(?:\p{L}+\s+)?forpligtet\s+til\s+at|skal|bedes|må)|husk(?:\s+også)?(?:\s+at)?)\s+(?:(?:selv|også|straks|altid|derfor|hurtigst\s+muligt|huske\s+at)\s+)?(?:oplyse|meddele|give\s+(?:\p{L}+\s+){0,2}?besked|underrette|orientere|informere)(?![\p{L}])/iu;
// Round 58: the open door anywhere in the sentence, also after "gøre opmærksom på, at" ("Kommunen skal gøre opmærksom på,
// at du altid er velkommen til at rette henvendelse, såfremt din situation ændrer sig"): procedure under the reasons
// heading, no fact of the case. (PROCEDURAL has it only first in the sentence, with "os" or "mig".)
const OPEN_DOOR = /(?<![\p{L}])(?:velkommen\s+til\s+at|kan\s+altid)\s+(?:rette\s+henvendelse|henvende\s+(?:dig|jer|Dem|sig)|kontakte\s+(?:os|mig|kommunen))(?![\p{L}])/iu;

function notAReason(sentence: string): boolean {
  // ("Du er velkommen til at søge igen, hvis …" under "Kommunens vurdering" is procedure.)
  return OPEN_DOOR.test(sentence) || DUTY_TO_REPORT.test(sentence) || PURPOSE_FIRST.test(sentence) || FOLLOW_UP_FIELD.test(sentence) || REAPPLY.test(sentence) || PROCEDURAL.test(sentence) || PRACTICAL.test(sentence) || HELP_CONTENT.test(sentence) || HEARING.test(sentence) || ADVICE.test(sentence) || (sentence.includes('§') && sentence.length < 160 && LEGAL_BASIS.test(sentence));
}

// The causal connector that introduces the reason itself ("…, idet du ikke opfylder …").
// (No leading look-behind, slow in V8: the character before is checked in code.)
// ("på grund af betydelig og varig nedsat funktionsevne": the cause given is the law's threshold.)
const CONNECTOR = /(?:fordi|idet|eftersom|da|på\s+grund\s+af|som\s+følge\s+af|grundet)(?![\p{L}])/giu;
const LETTER_BEFORE = /\p{L}/u;
function connector(text: string): RegExpExecArray | null {
  CONNECTOR.lastIndex = 0;
  for (let k = CONNECTOR.exec(text); k; k = CONNECTOR.exec(text)) if (k.index === 0 || !LETTER_BEFORE.test(text[k.index - 1]!)) return k;
  return null;
}

// Word pairs of the law the letter states or quotes; a reason that copies a run of them
// ("din funktionsnedsættelse ikke er af indgribende karakter i den daglige tilværelse")
// restates the rule.
const lawPairsCache = new WeakMap<Letter, Set<string>>();
const WORD = /[\p{L}\p{N}]+/gu;
function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}
function lawPairs(letter: Letter): Set<string> {
  let pairs = lawPairsCache.get(letter);
  if (pairs) return pairs;
  pairs = new Set();
  for (let i = 0; i < letter.seg.sentences.length; i++) {
    const s = letter.seg.sentences[i]!;
    if (!isLawSentence(letter, s) || continuedCaseFact(letter, i)) continue;
    const w = words(letter.slice(s));
    for (let i = 1; i < w.length; i++) pairs.add(w[i - 1] + ' ' + w[i]);
  }
  lawPairsCache.set(letter, pairs);
  return pairs;
}
/** At least a third of the sentence's words lie in runs of 4+ words copied from the law. */
function restatesLaw(letter: Letter, s: Span): boolean {
  const pairs = lawPairs(letter);
  if (pairs.size === 0) return false;
  const w = words(letter.slice(s));
  let covered = 0;
  let run = 0;
  for (let i = 1; i <= w.length; i++) {
    if (i < w.length && pairs.has(w[i - 1] + ' ' + w[i])) run++;
    else {
      if (run >= 3) covered += run + 1;
      run = 0;
    }
  }
  return covered * 3 >= w.length;
}

/** The spans of runs of 4+ words the sentence copies from the law the letter states or quotes. */
function copiedRuns(letter: Letter, s: Span): Span[] {
  const pairs = lawPairs(letter);
  if (pairs.size === 0) return [];
  const text = letter.slice(s).toLowerCase();
  const at: Span[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) at.push({ start: s.start + m.index, end: s.start + m.index + m[0].length });
  const out: Span[] = [];
  let first = 0;
  for (let i = 1; i <= at.length; i++) {
    if (i < at.length && pairs.has(letter.slice(at[i - 1]!).toLowerCase() + ' ' + letter.slice(at[i]!).toLowerCase())) continue;
    if (i - first >= 4) out.push({ start: at[first]!.start, end: at[i - 1]!.end });
    first = i;
  }
  return out;
}

// "Deres ansøgning", "din sag": the citizen is named, but nothing about them is said.
// (Also the help itself named, "Deres støtte er således revurderet", and the result said of the
// citizen: "at du ikke kan bevilges praktisk hjælp", "og du kan derfor ikke få det".)
// (Round 66: also "du har" before what was applied for, "og du får derfor det, du har søgt om": the application again.)
const ONLY_THE_CASE =
  /^\s+(?:ansøgning\p{L}*|sag|sagen|anmodning\p{L}*|henvendelse\p{L}*|klage\p{L}*|støtte|støtten|hjælp|hjælpen|bevilling|bevillingen|bostøtte|bostøtten)(?![\p{L}])|^\s*(?:ikke\s+)?(?:kan|kunne|skal|får|vil)\s+(?:ikke\s+|derfor\s+|dermed\s+|således\s+){0,2}(?:bevilges|få|gives|tildeles|modtage|ydes)(?![\p{L}])|^\s+(?:kan\s+|får\s+)?(?:derfor|dermed|således)\s+ikke(?![\p{L}])|^\s+(?:derfor|dermed|således)\s+(?:visiteret|bevilget|godkendt)(?![\p{L}])|^\s+(?:(?:an)?søgt|bedt)\s+om(?![\p{L}])/iu;

/**
 * A concrete marker in the sentence that is not part of a restated rule nor only names the case.
 * When the clause after "idet"/"fordi" restates the rule ("du ikke har behov for hjælp, idet du
 * ikke opfylder kriterierne"), that clause is the reason given, and what comes before it is
 * only the conclusion: markers count only from the connector on.
 */
function concreteOutside(letter: Letter, s: Span, hollowHits: Span[], restated = false): boolean {
  let from = s.start;
  if (hollowHits.length > 0 || restated) {
    const text = letter.slice(s);
    const k = connector(text);
    if (k && (restated || hollowHits.some((h) => h.start > s.start + k.index))) from = s.start + k.index + k[0].length;
    // A sentence in the law's own words counts as concrete only by a reason it adds.
    else if (restated) return false;
  }
  // Beside a restated rule, "du ikke" inside the law's own words ("…, der gør, at du ikke kan
  // færdes alene", copied from the § quoted above) is the rule too.
  const copied = hollowHits.length > 0 || restated ? copiedRuns(letter, s) : [];
  return matchesIn(letter, letter.compiled.lists.concreteReasons, s).some(
    (c) =>
      // (A match that starts with the connector itself, "Fordi du", lies in the reason, unless the rule follows in
      // the same clause: "da du ikke vurderes at være i målgruppen".)
      (c.start >= from || (c.end > from && !hollowHits.some((h) => h.start >= c.end && !CLAUSE_BREAK.test(letter.text.slice(c.end, h.start))))) &&
      !copied.some((r) => c.start < r.end && r.start < c.end) &&
      !hollowHits.some((h) => (c.start < h.end && h.start < c.end) || (h.start >= c.end && ONLY_ADVERBS.test(letter.text.slice(c.end, h.start)))) &&
      !ONLY_THE_CASE.test(letter.text.slice(c.end, c.end + 20)) &&
      !hollowHits.some((h) => h.start >= c.end && h.start - c.end <= 60 && FUNCTION_TO_RULE.test(letter.text.slice(c.end, h.start))) &&
      !hollowHits.some((h) => h.end <= c.start && c.start - h.end <= 70 && RULE_RELATIVE_BETWEEN.test(letter.text.slice(h.end, c.start))),
  );
}
// Round 44: a relative clause that runs on from the restated criterion ("Deres funktionsevne ikke er nedsat i et
// omfang, der i betydelig grad vanskeliggør Deres færden"): still the rule's words, not a fact of the case.
// Round 47: the citizen's function as the subject of the restated criterion ("idet Deres funktionsevne ikke vurderes at
// være betydeligt og varigt nedsat"): the "Deres" belongs to the law's words, not to a fact of the case.
const FUNCTION_TO_RULE = /^\s+(?:\p{L}+\s+)?funktionsevne\s+(?:ikke\s+)?(?:vurderes|skønnes|anses|findes|er)\s+(?:(?:ikke|at|være|til|for)\s+){0,3}$/iu;
// Round 71: also after more criteria joined on, and the law's "som gør, at" ("… funktionsevne eller særlige sociale problemer,
// som gør, at du har behov for det"): the rule's own clause.
const RULE_RELATIVE_BETWEEN = /^(?:\s+(?:eller|og)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)?\s*,?\s*(?:der|som)\s(?:gør\s*,\s*at\s)?[^.,;:!?]*$/u;

// "… efter en samlet faglig vurdering, hvor vi har lagt vægt på, at Liam nu kommer i skole hver
// dag": the announced assessment is followed by what it weighed, which is the reason.
// (Also a cause given after the rule: "Betingelserne er opfyldt, fordi Emma har haft 30 fraværsdage".)
const WEIGHED_THAT = /(?:(?:lagt|lægger|lagde)\s+(?:\p{L}+\s+){0,2}?vægt\s+på\s*,?\s+at|(?<![\p{L}])(?:fordi|idet|eftersom))\s+/iu;
const WORDS_MIN_WEIGHED = 4;
function weighsAfter(letter: Letter, s: Span, hollowHits: Span[]): boolean {
  const from = hollowHits.reduce((end, h) => Math.max(end, h.end), s.start);
  const m = WEIGHED_THAT.exec(letter.text.slice(from, s.end));
  if (!m) return false;
  const clauseStart = from + m.index + m[0].length;
  const clause = letter.text.slice(clauseStart, s.end);
  const clauseWords = clause.split(/\s+/u).filter(Boolean).length;
  if (clauseWords < WORDS_MIN_WEIGHED) return false;
  if (/^lag|^læg/iu.test(m[0])) return true;
  // After a plain "fordi"/"idet" the law's own words often follow ("idet ændringen er nødvendig
  // for at gøre boligen bedre egnet"): only a fact of this case counts there — a name, a number —
  // and not when the clause is mostly the rule quoted above with the child's name put in ("idet
  // aflastning ikke vurderes at være af væsentlig betydning af hensyn til Mikkels særlige behov").
  let copied = 0;
  for (const r of copiedRuns(letter, s)) if (r.start >= clauseStart) copied += words(letter.slice(r)).length;
  return copied * 2 < clauseWords && CASE_FACT.test(clause);
}
const CASE_FACT = /\d|(?<=\s)(?!(?:De|Dem|Deres)(?![\p{L}]))\p{Lu}\p{Ll}+/u;

// Words that say nothing of the case between "lagt vægt på, at" and the rule's words.
const FILLER_WORDS = new Set(
  'at og samt men du de dig dem din dit dine deres jeres hun han hendes hans i vi os vores kommunens efter ud fra en et samlet konkret vurdering ikke heller også derfor således dermed der det den som er har kan vil skal på af til med for om sagen sagens oplysninger oplysningerne forhold'.split(' '),
);
/**
 * "Vi har lagt vægt på, at dine vanskeligheder er midlertidige og bliver behandlet i sundheds-
 * væsenet, og at du ikke har en betydelig nedsat psykisk funktionsevne": what was weighed is named
 * before the rule's words — four words of content are enough.
 */
// Round 61: also the weight said as what decided the assessment ("Afgørende for vores vurdering har været, at disse
// opgaver kan løses af husstanden, og at havearbejde ikke er omfattet af …", "Det afgørende er, at …"): the same
// announcement as "lagt vægt på, at", so the content named before the rule's words is the reason. ("Afgørende for
// vurderingen er, at du ikke opfylder betingelserne" names nothing before the rule and stays hollow.)
const WEIGHED_BEFORE =
  /(?:(?:lagt|lægger|lagde)\s+(?:\p{L}+\s+){0,2}?vægt\s+på|afgørende\s+for\s+(?:\p{L}+\s+){0,2}?(?:vurdering|afgørelse|beslutning)\p{L}*\s+(?:har\s+været|er|var)|(?<![\p{L}])det\s+afgørende\s+(?:har\s+været|er|var))\s*,?\s+at\s+/iu;
function weighsBeforeRule(letter: Letter, s: Span, hollowHits: Span[]): boolean {
  const first = hollowHits.reduce((at, h) => Math.min(at, h.start), s.end);
  const m = WEIGHED_BEFORE.exec(letter.text.slice(s.start, first));
  if (!m) return false;
  let n = 0;
  for (const w of words(letter.text.slice(s.start + m.index + m[0].length, first))) if (!FILLER_WORDS.has(w) && !/\d/u.test(w) && ++n >= 4) return true;
  return false;
}

// Round 52: the facts put first in a fronted "Da"/"Fordi" clause, the verdict in the rule's words after the comma ("Da
// Mikkel har gode voksne omkring sig i skole og klub og selv er imod en kontaktperson, vurderer kommunen, at der ikke er
// behov for …", "Fordi du selv klarer bolig, arbejde og økonomi, vurderer vi, at du ikke har brug for …"): the clause is
// what the verdict rests on. It must name this case (a name, a number or the citizen), hold no rule word and no restated
// rule, and say four words of content; "Da De ikke opfylder betingelserne, …" stays hollow.
// (Round 59: also the verdict with its verb put first and a negation, "Fordi træningen allerede er dækket på skolen, og
// fordi hendes behandlere ikke har anbefalet ridningen, er det ikke en nødvendig merudgift"; and the child's or the
// citizen's possessive as the word for this case, "hendes behandlere", "din læge".)
const FRONTED_CAUSE = /^(?:da|fordi|idet|eftersom)\s+([^;:.]{10,200}?),\s*(?:(?:vurderer|finder|mener|skønner)\s+(?:vi|kommunen|jeg|udvalget|forvaltningen)|(?:er|bliver|anses|regnes|opfylder|har)\s+(?:det|der|den|du|De|I|han|hun|udgiften|udgifterne|ydelsen)\s+(?:\p{L}+\s+)?ikke)(?![\p{L}])/iu;
const CITIZEN_SUBJECT = /(?<![\p{L}])(?:du|De|I|han|hun|hans|hendes|din|dit|dine|jeres|Deres)(?![\p{L}])/u;
const RULE_WORD = /§|(?<![\p{L}])(?:\p{L}*lov\p{L}*|regl\p{L}*|praksis|kvalitetsstandard\p{L}*|serviceniveau\p{L}*|betingelse\p{L}*|kriteri\p{L}*|målgruppe\p{L}*|personkreds\p{L}*)(?![\p{L}])/iu;
function causeBeforeRule(letter: Letter, s: Span, hollowHits: Span[]): boolean {
  if (hollowHits.length === 0) return false;
  const m = FRONTED_CAUSE.exec(letter.slice(s));
  if (!m) return false;
  const clause = m[1]!;
  const clauseEnd = s.start + m[0].indexOf(clause) + clause.length;
  if (hollowHits.some((h) => h.start < clauseEnd) || RULE_WORD.test(clause) || !(CASE_FACT.test(' ' + clause) || CITIZEN_SUBJECT.test(clause))) return false;
  if (copiedRuns(letter, s).some((r) => r.start < clauseEnd)) return false;
  let n = 0;
  for (const w of words(clause)) if (!FILLER_WORDS.has(w) && ++n >= 4) return true;
  return false;
}

// Round 56: under the reasons heading, the fact, then a rule that sorts exactly that kind of thing by a word the fact
// used, then the conclusion ("Din behandling er henvist af lægen. Kørsel til lægehenvist behandling hører under
// sundhedsloven. Kommunen dækker kun det, anden lov ikke dækker. Derfor …"): the rule is applied to the fact, so the
// conclusion rests on both, like the demonstrative of APPLIES_TO_IT. The rule sentence names a law or rule, restates no
// criterion, and shares a content word (or a compound ending in it) with the fact, all in the fact's paragraph.
const SHARED_STOP = new Set('kommunen kommune hjælpen støtten ansøgning ansøgningen betingelserne behovet vurderer vurderet vurderes funktionsevne nedsat derfor således ydelsen ydelser bevilling bevillingen'.split(' '));
function ruleAppliedToFact(letter: Letter, factIdx: number, concIdx: number): boolean {
  const sentences = letter.seg.sentences;
  const fact = sentences[factIdx];
  if (!fact || sentences[concIdx]!.block !== fact.block) return false;
  const stems = words(letter.slice(fact)).filter((w) => w.length >= 6 && !SHARED_STOP.has(w) && !/\d/u.test(w));
  if (stems.length === 0) return false;
  for (let j = factIdx + 1; j < concIdx; j++) {
    const r = sentences[j]!;
    const raw = letter.slice(r);
    if (r.block !== fact.block || !RULE_WORD.test(raw) || hasMatchIn(letter, letter.compiled.lists.hollowReasons, r)) continue;
    if (words(raw).some((w) => stems.some((st) => w.endsWith(st)))) return true;
  }
  return false;
}

/** Where the section after the one ending at `from` ends (its next heading, or the letter's end). */
function endOfNextSection(letter: Letter, from: number): number {
  let headings = 0;
  for (const s of letter.seg.sentences) {
    if (s.start < from || !s.heading) continue;
    if (++headings === 2) return s.start;
  }
  return letter.text.length;
}

/**
 * The sentence states the outcome: a decision cue of any type ("får", "afslag", "ophører"), or
 * the conclusion in the rule's words ("Derfor har du ikke brug for hjælp til bad", "Derfor
 * opfylder du ikke betingelserne") — which, right after the facts, ties them to the result.
 */
function statesOutcome(letter: Letter, s: Span): boolean {
  const { cues, lists } = letter.compiled;
  return (
    hasMatchIn(letter, cues.bevilling, s) ||
    hasMatchIn(letter, cues.afslag, s) ||
    hasMatchIn(letter, cues.delvis, s) ||
    hasMatchIn(letter, cues.aendring, s) ||
    hasMatchIn(letter, lists.hollowReasons, s) ||
    NO_NEED.test(letter.slice(s)) ||
    ZERO_SET.test(letter.slice(s))
  );
}
// Round 54: a refused line of a table said as its amount set to nothing ("Derfor er taxaen sat til 0 kr."): the outcome.
const ZERO_SET = /(?<![\p{L}])(?:sat|fastsat|godkendt|beregnet|opgjort)\s+til\s+0\s*kr/iu;
// Round 40: a short verdict on the rule's condition for this case ("Du opfylder betingelserne.", "Det er ikke
// tilfældet her.", "Det mener vi ikke var tilfældet her."): a reason only with the facts right after it.
const VERDICT =
  /^(?:\p{L}+\s+(?:opfylder|lever)\s+(?:(?:dog|altså)\s+)?(?:ikke\s+)?(?:op\s+til\s+)?(?:betingelserne|kriterierne|kravene)|(?:det|dette)\s+(?:\p{L}+\s+){0,3}?(?:er|var)\s+(?:\p{L}+\s+)?tilfældet)(?![\p{L}])/iu;
// Round 66: the verdict that the conditions are met, then "derfor" in the same sentence ("Du opfylder betingelserne for at
// modtage genoptræning, og du får derfor det, du har søgt om"): the "derfor" points to the verdict just before it, not to
// the sentences before, so it ties no fact to the result (the guide: only that the conditions are met).
const VERDICT_THEN_THEREFORE =
  /^\p{L}+\s+opfylder\s+(?:(?:dermed|altså|også|hermed)\s+)?(?:betingelserne|kriterierne|kravene)(?:[^.;!?\n]|(?<=\d)\.)*?,\s*(?:og|så)\s+(?:\p{L}+\s+){0,3}?derfor(?![\p{L}])/iu;
// A name of this case after the sentence's first word ("… med hjælp fra Bodil"), not the formal "De".
const NAMED = /(?<=\s)(?!(?:De|Dem|Deres|I)(?![\p{L}]))\p{Lu}\p{Ll}+/u;
// "Så der er ikke behov for, at kommunen leverer mad til dig": the conclusion, said as no need.
const PRICE_STATED = /(?<![\p{L}])(?:koster|kostede|prisen\s+(?:er|var)|pris\s+på)\s+(?:ca\.\s+|kun\s+|cirka\s+)?\d[\d.]*(?:,\d+)?\s*kr/iu;
const LIMIT_APPLIED =
  /(?<![\p{L}])(?:over|under|mindst|højst|mere\s+end|mindre\s+end)\s+\d[\d.]*(?:,\d+)?\s*kr\.?(?:(?![.;!?]\s)[^\n])*?(?:,\s*så|derfor)\s+(?:\p{L}+\s+){0,5}?(?:ikke|ingen)(?![\p{L}])/iu;
// (Round 66: also said as not what it takes, "er det ikke en scooter, der skal til": no need for it.)
const NO_NEED = /(?<![\p{L}])(?:ikke|intet|ingen)\s+(?:\p{L}+\s+)?(?:behov|brug|grundlag|grund)\s+for(?![\p{L}])|(?<![\p{L}])ikke\s+(?:\p{L}+\s+){0,2}?\p{L}+\s*,\s*der\s+skal\s+til(?![\p{L}])/iu;

// Round 63: a talk or a call named with nothing of what came out of it ("Vi har talt med Deres kontaktperson på
// Lindehuset.", "Jeg ringede til din datter i går."): a step of the handling, no fact a following "derfor" can rest on
// (the guide's "en samtale nævnt uden indhold"). Anything said of it ("om", ", at", "og", "fordi", "der") is content, and a
// dated talk is a source the guide counts.
// Round 71: the verdict that there are no grounds to grant, with nothing after it ("Kommunen vurderer ikke, at der er grundlag
// for at imødekomme anmodningen", "Vi finder ikke grundlag for at bevilge hjælpen"): the result, no reason.
const NO_BASIS_ONLY =
  /^(?:\p{L}+\s+){1,3}?(?:vurderer|finder|mener|skønner)\s+(?:(?:derfor|dermed|samlet)\s+)?ikke\s*,?\s+(?:at\s+der\s+er\s+)?(?:\p{L}+\s+)?(?:grundlag|grund|belæg)\s+for\s+at\s+(?:imødekomme|bevilge|give|yde|tildele|godkende)\s+(?:\p{L}+\s+){0,3}?\p{L}+\s*[.!]?\s*$/iu;
const CONTACT_ONLY =
  /^(?:vi|jeg|kommunen)\s+(?:har\s+|havde\s+)?(?:også\s+|desuden\s+)?(?:talt|talte|snakket|snakkede|ringet|ringede|kontaktet|kontaktede|været\s+i\s+kontakt|haft\s+kontakt)(?![\p{L}])([^,;:!?\n]*?)[.!]?\s*$/iu;
const CONTACT_CONTENT = /\d|(?<![\p{L}])(?:om|at|og|fordi|der|som|hvor|men|hvordan|hvad|hvilke)(?![\p{L}])/iu;
function contactOnly(raw: string): boolean {
  const m = CONTACT_ONLY.exec(raw.trim());
  return !!m && !CONTACT_CONTENT.test(m[1]!);
}

// Round 73: a numbered reasons heading ("3. Hvorfor plejefamilie", "2) Begrundelse"): the number only orders the sections, so
// the heading is read without it. (Only when no unnumbered heading matched.)
const HEADING_NUMBER = /^\s*(?:\d{1,2}|[A-Za-z])[.)]\s+/u;
function numberedSection(letter: Letter): Span | undefined {
  const re = letter.compiled.elements.begrundelse.headings;
  if (!re) return undefined;
  const blocks = letter.seg.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'heading') continue;
    const raw = letter.slice(b);
    if (!HEADING_NUMBER.test(raw) || !re.test(raw.replace(HEADING_NUMBER, ''))) continue;
    let end = b.end;
    for (let j = i + 1; j < blocks.length && blocks[j]!.kind !== 'heading'; j++) end = blocks[j]!.end;
    if (end > b.end) return { start: b.start, end };
  }
  return undefined;
}
// Round 73: a file note's sentence about the citizen or the household right after a rule sentence ("… ydes til borgere med
// tilsvarende funktionsnedsættelse. Indkøb dækkes af ægtefællen, som handler for husstanden."): the shared law check reads
// it as the rule going on, but with no law word or modal of its own it is a fact of this case.
const CONTINUED_CASE_FACT =
  /^(?![^.\n]*?(?:§|lov|regl|bestemmelse|standard|serviceniveau|skal|kan\s+(?:få|der|kommunen)))[^.\n]*?(?<![\p{L}])(?:borger|borgeren|ægtefællen|ægtefælle|pågældende)(?![\p{L}])/iu;
function continuedCaseFact(letter: Letter, i: number): boolean {
  const sentences = letter.seg.sentences;
  const s = sentences[i]!;
  return i > 0 && sentences[i - 1]!.block === s.block && isLawSentence(letter, sentences[i - 1]!) && CONTINUED_CASE_FACT.test(letter.slice(s));
}
// Round 73: a template field left in place of the reasons ("[INDSÆT BEGRUNDELSE HER]", "«Begrundelse»"): no reason is given.
const TEMPLATE_FIELD = /^\s*(?:\[[^\]\n]*\]|«[^»\n]*»|<<[^>\n]*>>|\{\{[^}\n]*\}\})\s*$/u;

export function detect(letter: Letter): Detection {
  const { elements, lists } = letter.compiled;
  const cue = elements.begrundelse.re;
  const section = sectionUnder(letter, 'begrundelse') ?? numberedSection(letter);
  const aimSection = sectionUnder(letter, 'formaal');
  let hollow: Detection | undefined;
  const sentences = letter.seg.sentences;
  let prevHollow = false;
  // The last sentence that states a concrete fact of the case without restating the rule
  // ("Ved besøget kunne du ikke støvsuge"): a conclusion right after it ("Derfor får du
  // hjælp.") ties those facts to the result, however short it is. "Right after" skips only
  // procedural sentences ("Såfremt De har bemærkninger, …", "De kan søge igen, hvis …"); any
  // other sentence in between is what the "derfor" points to.
  let lastFact = -1;
  let ownFactInRun = false;
  let between = 0;
  const facts = elements['faktiske-oplysninger'].re;
  // Inside a list of reasons introduced by a cue: short items count too.
  let reasonList = false;
  // A fact under a "Begrundelse"/"Hvorfor" heading with no cue of its own counts as the reason
  // unless the section's own conclusion hangs on the restated rule instead ("Ergoterapeuten målte
  // døren til 68 cm. … Vi vurderer ikke, at boligindretningen er nødvendig for at gøre boligen
  // bedre egnet som opholdssted. Derfor får du afslag."): then the fact is left untied.
  let sectionFact: Detection | undefined;
  const judgedUntil = section ? endOfNextSection(letter, section.end) : 0;
  let sectionRuleOnly = false;
  // The last sentence that counted was a restated condition in the writer's own voice.
  let restatedBefore = false;
  // "Hvorfor? Du fortalte, at … Det passer med det, din læge skrev …": a one-word question opens
  // the reasons inside the paragraph, like a heading.
  let whyBlock = -1;
  // Round 62: the paragraph of an offer of other help; its next sentences say how to get it ("Skemaet ligger på
  // trafikselskabets hjemmeside, eller …"), still no reason.
  let offerBlock = -1;
  let verdictAt = -1;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const raw = letter.slice(s);
    if (s.words <= 5 && INLINE_WHY.test(raw)) whyBlock = s.block;
    const isItem = BULLET.test(raw);
    if (!isItem) reasonList = false;
    // (Round 40: also a bullet that is a reasons heading, "• Hvorfor ikke 6 timer:", with the reasons as sub-items.)
    const labelItem = isItem && s.words <= 6 && ENDS_WITH_COLON.test(raw) && !!elements.begrundelse.headings?.test(raw.replace(BULLET, ''));
    if (ENDS_WITH_COLON.test(raw) && !GRANT_LIST.test(raw) && (labelItem || hasMatchIn(letter, cue, s))) {
      reasonList = true;
      if (s.heading) continue;
      if (labelItem) {
        lastFact = -1;
        continue;
      }
    }
    if (s.heading) {
      lastFact = -1;
      continue;
    }
    if (TEMPLATE_FIELD.test(raw)) continue;
    const backed = lastFact >= 0 && between === 0;
    const fact = lastFact;
    const ruleBefore = restatedBefore;
    const law = isLawSentence(letter, s) && !continuedCaseFact(letter, i);
    if (law || COMPLAINT_SENTENCE.test(raw) || PROCEDURAL.test(raw) || ABOUT_LETTER.test(raw) || sourceNamedOnly(raw) || REAPPLY.test(raw) || HEARING.test(raw)) {
      // Procedural: neither a fact nor in the way.
    } else if (APPLICATION.test(raw) || CONSENT.test(raw) || CURRENT_HELP.test(raw)) {
      // The application is no fact, and a "derfor" right after it points to it.
      between++;
      restatedBefore = false;
    } else {
      const hollowHits = matchesIn(letter, lists.hollowReasons, s);
      const copied = restatesLaw(letter, s);
      const concrete = concreteOutside(letter, s, hollowHits, copied);
      // A long sentence can name the standard and still report what was observed ("ved
      // besøget blev Deres funktionsniveau vurderet i henhold til kvalitetsstandarden, og det
      // er oplyst, at …"): that is a fact. Only a source named in passing ("i henhold til")
      // leaves it a fact; a restated condition ("ikke omfattet af", "Du har ikke et behov ud
      // over kommunens serviceniveau") makes it the rule a following "derfor" leans on.
      const observed = matchesIn(letter, facts, s).some((f) => !hollowHits.some((h) => f.start < h.end && h.start < f.end));
      const restated = copied || hollowHits.some((h) => !SOURCE_ONLY.test(letter.slice(h)));
      if (!restated && (concrete || observed) && !contactOnly(raw)) {
        // (Facts of our own in the same run: "Vi besøgte dig den 2. april. … Du sagde, at …".)
        if (lastFact < 0 || between > 0) ownFactInRun = false;
        if (!CITIZEN_REPORT.test(raw)) ownFactInRun = true;
        lastFact = i;
        between = 0;
      } else if (restated && !concrete) {
        // Round 54: the rule applied to the fact just before it, pointing back with a demonstrative ("Din fysioterapi er
        // vederlagsfri, som din læge har henvist dig til. Kørsel til den behandling dækkes af regionen, og kommunen kan
        // kun dække …. Derfor …"): fact, rule, conclusion in one paragraph; the fact stays what the "derfor" rests on.
        if (!(lastFact >= 0 && lastFact === i - 1 && between === 0 && sentences[lastFact]!.block === s.block && (APPLIES_TO_IT.test(raw) || sameKindFirst(raw, letter.slice(sentences[lastFact]!))))) lastFact = -1;
      }
      else between++;
      restatedBefore = restated && !concrete;
      // The verdict on the rule's condition, then what in this case decides it, in the same paragraph ("Du opfylder
      // betingelserne. Efter din blodprop har du nedsat kraft i armen …", "Det mener vi ikke var tilfældet her. Du
      // kunne komme op med hjælp fra naboen …"): the facts explain the verdict. (Not the verdict alone, nor one
      // followed by the party's own account.)
      if (verdictAt >= 0 && verdictAt === i - 1 && sentences[verdictAt]!.block === s.block && !restated && s.words >= 5 && hollowHits.length === 0 && (concrete || observed || NAMED.test(raw)) && !CITIZEN_REPORT.test(raw)) {
        return { present: true, evidence: { start: sentences[verdictAt]!.start, end: s.end } };
      }
      // ("Du opfylder derfor ikke betingelserne" draws a conclusion from what came before; it is not a verdict the next sentence explains.)
      if (s.words <= 10 && VERDICT.test(raw) && !CONSEQUENCE.test(raw)) verdictAt = i;
    }
    if (reasonList && isItem && s.words >= 3 && !COMPLAINT_SENTENCE.test(raw)) {
      const hollowItem = hasMatchIn(letter, lists.hollowReasons, s);
      if (!hollowItem && (s.words >= 5 || hasMatchIn(letter, lists.concreteReasons, s))) return { present: true, evidence: { start: s.start, end: s.end } };
    }
    // (Not the citizen's own account followed by the rule: "Du har fortalt, at du er meget træt, fordi
    // … Kommunen har på baggrund af de foreliggende oplysninger vurderet, at der ikke er et særligt
    // behov": the account is theirs, and the conclusion leans on the rule.)
    const reportThenRule = backed && !ownFactInRun && CITIZEN_REPORT.test(letter.slice(letter.sentence(fact))) && hasMatchIn(letter, letter.compiled.lists.hollowReasons, s);
    // (Also a classification of those facts: "Det fremgår, at ridningen træner hendes balance. Ridefysioterapi er derfor behandling.")
    // (Also "Derfor." alone after the facts: "Du bliver svimmel, når du bøjer dig … Derfor.")
    // (A bare "Derfor." can only point back, so one sentence of description between it and the facts is no break.)
    const bare = BARE_THEREFORE.test(raw) && lastFact >= 0 && between <= 1;
    if (((backed && s.words >= 3 && CAUSAL_BACK.test(raw) && (statesOutcome(letter, s) || CLASSIFIED.test(raw)) && !VERDICT_THEN_THEREFORE.test(raw)) || bare) && !reportThenRule && !COMPLAINT_SENTENCE.test(raw) && !APPLICATION_LEAD.test(raw)) {
      return { present: true, evidence: { start: letter.sentence(fact).start, end: s.end } };
    }
    // (Also in the section right after it: "Hvad har vi lagt til grund?" with the facts, then
    // "Vores vurdering" with "Du er ikke i målgruppen. Du opfylder derfor ikke betingelserne.")
    if (sectionFact && ruleBefore && s.start < judgedUntil && CAUSAL_BACK.test(raw) && statesOutcome(letter, s) && !ruleAppliedToFact(letter, letter.sentenceAt(sectionFact.evidence!.start), i)) sectionRuleOnly = true;
    if (s.words < 4) {
      prevHollow = false;
      continue;
    }
    const inSection = (!!section && s.start >= section.start && s.end <= section.end) || s.block === whyBlock;
    // The law quoted or restated ("… til personer, som på grund af …") is no reason.
    // Round 47: a price limit in the law set against the price just stated, with its consequence ("Stolen koster
    // 449 kr. Efter § 113 kan der kun gives tilskud til forbrugsgoder, der koster over 500 kr., så den kan vi ikke
    // betale"): the guide's ceiling that explains exactly the refused part. (Not the rule alone with no price.)
    if (LIMIT_APPLIED.test(raw) && (PRICE_STATED.test(raw) || (i > 0 && PRICE_STATED.test(letter.slice(sentences[i - 1]!))))) {
      return { present: true, evidence: { start: (PRICE_STATED.test(raw) ? s : sentences[i - 1]!).start, end: s.end } };
    }
    if (AMOUNT_THEREFORE.test(raw) && PRICE_AT.test(raw) && (SHARE_RULE.test(raw) || (i > 0 && SHARE_RULE.test(letter.slice(sentences[i - 1]!))))) {
      return { present: true, evidence: { start: (SHARE_RULE.test(raw) ? s : sentences[i - 1]!).start, end: s.end } };
    }
    if (law) {
      prevHollow = true;
      continue;
    }
    // Round 53: the aim written as an infinitive under the purpose label ("Formål: At dække de merudgifter, Lukas har på
    // grund af sin diabetes, så …"): what the help shall do, the cause only describes the expenses.
    const aimItem =
      AIM_INFINITIVE.test(raw) &&
      ((!!aimSection && s.start >= aimSection.start && s.end <= aimSection.end) || underAimLabel(letter, i, raw));
    const hasCue =
      !aimItem &&
      !HISTORY_ITEM.test(raw) &&
      !THEN.test(raw) &&
      !FUTURE_ASSESSMENT.test(raw) &&
      !LOOKS_AGAIN.test(raw) &&
      !(/lov/i.test(raw) && LAW_CHOICE.test(raw)) &&
      !(WHETHER_ONLY.test(raw) && !CAUSE_WORD.test(raw)) &&
      cueSpans(letter, cue, s, raw).some((c) => !temporalDa(letter, c) && !purposeOccasion(letter, s, c) && !appliersReason(letter, s, c) && !notOwnReason(letter, s, c) && !SEEN.test(letter.slice(c)) && !REFERS_TO_LETTER.test(letter.text.slice(c.start, c.start + 60)) && !SOURCE_BEFORE_DECIDING.test(letter.text.slice(c.start, c.start + 90)) && !(APPLICATION.test(raw) && APPLICANT_REASON.test(letter.text.slice(c.start, c.start + 60))) && !(APPLICATION_LEAD.test(raw) && CONSEQUENCE.test(letter.slice(c))) && !MEANS_CONTENT.test(letter.text.slice(c.start, c.start + 60)) && !notifyDuty(letter.text.slice(s.start, c.start)) && !(HANDLED_ON_SOURCE_BEFORE.test(letter.text.slice(Math.max(s.start, c.start - 40), c.start)) && SOURCE_ONLY_AFTER.test(letter.text.slice(c.start, s.end))) && !(ON_SOURCE.test(letter.text.slice(c.start, c.start + 20)) && HANDLED_APPLICATION_BEFORE.test(letter.text.slice(Math.max(s.start, c.start - 90), c.start))));
    const offer = OFFER.test(raw) || OFFER_NAMED.test(raw);
    if (offer) offerBlock = s.block;
    if (!hasCue && (!inSection || offer || s.block === offerBlock || notAReason(raw))) {
      prevHollow = hasMatchIn(letter, lists.hollowReasons, s) || CONSENT.test(letter.slice(s)) || (prevHollow && CURRENT_HELP.test(raw));
      continue;
    }
    if (COMPLAINT_SENTENCE.test(letter.slice(s)) || RIGHTS_SENTENCE.test(letter.slice(s)) || ABOUT_LETTER.test(raw)) continue;
    const hollowHits = matchesIn(letter, lists.hollowReasons, s);
    const restated = restatesLaw(letter, s);
    // "Vi har lagt vægt på en samlet vurdering af dine forhold" announces a reason, gives none.
    const adequateOnly = ADEQUATE_ONLY.test(raw);
    let isHollow = hollowHits.length > 0 || restated || weighsOnlyGeneric(letter.slice(s)) || AIM_REACHED_ONLY.test(raw) || adequateOnly || NO_BASIS_ONLY.test(raw);
    // "at du ikke opfylder betingelserne": the "du ikke" inside the restated condition does
    // not make it concrete.
    const concrete = !AIM_REACHED_ONLY.test(raw) && !adequateOnly && concreteOutside(letter, s, hollowHits, restated);
    // "Du kan derfor ikke få hjælp" right after a restated condition draws its conclusion;
    // it adds no reason of its own.
    // (Round 50: also when the conclusion itself names the standard again, "Deres tilbud er derfor tilpasset det nye
    // serviceniveau" after the new service level: the rule twice, no fact of the case.)
    const conclusion = prevHollow && CONSEQUENCE.test(letter.slice(s)) && !OWN_REASON.test(letter.slice(s)) && (!isHollow || (hollowHits.length > 0 && hollowHits.every((h) => SOURCE_ONLY.test(letter.slice(h)) || /^serviceniveau/iu.test(letter.slice(h)))));
    if (conclusion) isHollow = true;
    prevHollow = isHollow;
    if (!isHollow && !hasCue && inSection && s.words >= 6) {
      // (Nor the party's own account alone: "I har på mødet oplyst, at I er meget trætte" under the heading, after
      // the rule.)
      if (!CITIZEN_WISH.test(raw) && !WISH_STATED.test(raw) && !CITIZEN_REPORT.test(raw) && !PERSONAL_DATA_ONLY.test(raw) && !HAD_SINCE.test(raw) && !HANDLING_ONLY.test(raw) && !CURRENT_HELP.test(raw)) sectionFact ??= { present: true, evidence: { start: s.start, end: s.end } };
      continue;
    }
    if (!isHollow && (hasCue ? s.words >= 5 : s.words >= 6)) return { present: true, evidence: { start: s.start, end: s.end } };
    if (isHollow && (concrete || (!restated && (weighsAfter(letter, s, hollowHits) || weighsBeforeRule(letter, s, hollowHits) || causeBeforeRule(letter, s, hollowHits)))) && hasCue && !conclusion) return { present: true, evidence: { start: s.start, end: s.end } };
    if (isHollow && !hollow) hollow = { present: false, problem: 'kun-regel', evidence: { start: s.start, end: s.end } };
  }
  if (sectionFact && !sectionRuleOnly) return sectionFact;
  // What the decision rests on, named as the heaviest weight in the writer's own words ("Mest har det
  // betydet, at du går 400 meter med rollatoren"), is a reason even with no "fordi" or "derfor": the
  // main-consideration check already leaves out weights on the rule alone. (In the labelled corpus
  // no letter has a main consideration without a reason.)
  const weight = detectMainConsideration(letter);
  if (weight.present && weight.evidence) {
    let si = letter.sentenceAt(weight.evidence.start);
    // A heading that names the weight ("Det, der gjorde, at vi sagde ja") heads the sentence that says it.
    // (Not a bare list item about the application: "Vi har lagt vægt på følgende: • Din ansøgning".)
    if (si >= 0 && letter.seg.sentences[si]!.heading) {
      const next = letter.seg.sentences[si + 1];
      si = next && !next.heading && next.words >= 5 && !APPLICATION.test(letter.slice(next)) ? si + 1 : -1;
    }
    // Round 44: not a weight that is the standard alone ("Vi har lagt vægt på, at kommunens nye kvalitetsstandard
    // fastsætter rengøring hver 14. dag som serviceniveau, og at Deres hjælp derfor skal tilpasses dette"): a main
    // consideration, but no fact of this case (the guide: "kun henviser til kvalitetsstandarden").
    const ws = si >= 0 ? letter.sentence(si) : undefined;
    const wh = ws ? matchesIn(letter, lists.hollowReasons, ws) : [];
    const standardOnly = !!ws && wh.length > 0 && !concreteOutside(letter, ws, wh) && !weighsAfter(letter, ws, wh) && !weighsBeforeRule(letter, ws, wh);
    if (ws && !standardOnly) return { present: true, evidence: { start: ws.start, end: ws.end } };
  }
  if (hollow) return hollow;
  // Hollow sentences without any cue ("Du opfylder ikke betingelserne i § 83.") still show
  // the writer thought they had given a reason.
  for (const m of letter.matches(lists.hollowReasons)) {
    const si = letter.sentenceAt(m.start);
    if (si < 0 || COMPLAINT_SENTENCE.test(letter.slice(letter.sentence(si)))) continue;
    const s = letter.sentence(si);
    return { present: false, problem: 'kun-regel', evidence: { start: s.start, end: s.end } };
  }
  return { present: false };
}
