/**
 * `partshoering`: present when one of the pack's phrases for it occurs outside the complaint
 * guidance ("inden fristen", "dine bemærkninger" there are about the complaint, not a hearing),
 * or when the letter tells of a document sent to the party and the party's answer in the
 * sentences that follow ("Vi sendte jer den 7. januar vores beregning. I svarede den 13.
 * januar, at I er uenige"), or a case document sent to the party with a deadline for comments
 * ("Oplysningerne blev sendt til borger 20-10-2025 med frist til 29-10-2025"): the hearing told
 * as what happened, without the word.
 */
import type { Detection, Letter } from '../letter';
import { COMPLAINT_SENTENCE, detectByPhrases, inTemplateInstruction } from './common';

// What was sent: to the party, in the past ("Vi sendte dig", "har vi sendt jer", "fremsendte"),
// also with the subject after the verb behind a fronted date ("Den 14. august sendte vi dig …").
// (Also what was written, sent on as "det"/"dem" to the party: "Vi skrev ned, hvad vi havde set, og
// sendte det til dig"; the answer must still follow.)
const SENT = /(?<![\p{L}])(?:sendte|sendt|fremsendte|fremsendt|gav|givet)\s+(?:(?:vi|jeg|kommunen)\s+)?(?:(?:det|dem)\s+til\s+)?(?:dig|jer|Dem|værgen|forældrene)(?![\p{L}])/iu;
// The party got a case document ("Du fik den 15. september tilsendt mit notat", "I fik referatet
// fra samtalen og kunne rette i det"): only with a document of the case in the sentence.
// (Also with a date between the auxiliary and the participle: "Du har den 7. april fået tilsendt et
// udkast"; and inverted behind a fronted time: "Før mødet havde I fået indstillingen".) (And the party with the parents or a spouse as subject: "Du og dine forældre fik
// statusudtalelsen sendt …".)
// (And the relative first: "Din mor og du fik referatet".)
// (Round 33: the other party by name, either side: "Du og Lene fik notatet tilsendt", "Lene og du fik udkastet".)
const GOT = /(?<![\p{L}])(?:(?:(?:[Dd]u|I|De)(?:\s+og\s+(?:(?:din|dine|jeres|Deres)\s+\p{L}+|\p{Lu}\p{Ll}+))?|(?:(?:[Dd]in|[Dd]ine|[Jj]eres|Deres)\s+\p{Ll}+|\p{Lu}\p{Ll}+)\s+og\s+(?:du|I|De))\s+(?:fik|(?:har|havde)\s+(?:[\p{L}\d.]+\s+){0,4}?fået)|(?:[Ff]ik|fået)\s+(?:du|I|De)|(?:[Hh]ar|[Hh]avde)\s+(?:du|I|De)\s+(?:[\p{L}\d.]+\s+){0,3}?fået)(?![\p{L}])/u;
// … and handed over to be read ("tilsendt", "fik … sendt", "udleveret", "i e-Boks"), or with the chance to answer
// (FOR_COMMENTS): "Du fik en vurdering af dit behov ved besøget" is no document to read.
// (Also handed over in person: "du fik samme dag afslutningsnotatet med hjem".)
// (Round 31: "fik vores beregning i hænde den 20. februar", "har fået sagens oplysninger i høring".)
// (Round 71: also in a letter with the papers, "Du fik den 20. februar et brev med de oplysninger, vi ville lægge vægt på".)
const HANDED = /(?<![\p{L}])(?:tilsendt|sendt|udleveret|fremsendt|(?:et|en)\s+(?:brev|mail|e-mail)\s+(?:fra\s+(?:os|mig|kommunen)\s+)?med|(?:til\s+)?at\s+(?:læse|se|gennemlæse)|e-?boks|digital\s+post|med\s+posten|med\s+hjem|i\s+hånden|i\s+hænde|i\s+høring)(?![\p{L}])/iu;
// A written case document the party got, said without how ("Den 20. maj fik du mine notater fra
// vores samtaler", "fik du og din mor mit notat"): a hearing only with the party's own answer or
// correction after it (ANSWER, CORRECTION), since the verb alone tells no handing over.
// (Round 31: also "et brev fra os om, hvad vi havde tænkt os".)
const WRITTEN_DOCUMENT = /(?:notat|noter(?![\p{L}])|udkast|referat|rapport|sagsfremstilling|indstilling|beregning|overvejede|i\s+sinde\s+at|påtænkte|havde\s+tænkt\s+(?:os|mig))/iu;
// What the municipality was about to decide, told to the party before it decided ("et brev fra os
// med det, vi havde i sinde at beslutte", "om, at vi overvejede at stoppe støtten", "Jeg skrev til dig,
// … og at jeg overvejede kun at give tilskud til …"): the draft decision said without the word.
const INTENDED = /(?<![\p{L}])(?:overvejede|havde\s+i\s+sinde\s+at|påtænkte|havde\s+tænkt\s+(?:os|mig))(?![\p{L}])/iu;
// The party asked for a correction ("Du bad mig om at tage sætningen om din far ud").
// (Round 53: also the other party of a child's case, with "at" left out: "Din mor bad os rette en dato".)
const CORRECTION =
  /(?<![\p{L}])(?:[Dd]u|I|De|(?:[Dd]in|[Jj]eres|Deres)\s+(?:mor|far|forældre|mand|kone|hustru|værge))\s+(?:\p{L}+\s+)?(?:bad|bede)\s+(?:mig|os)\s+(?:om\s+)?(?:at\s+)?(?:tage\s+[^.\n]{1,50}?\s+ud|fjerne|rette|ændre|slette|skrive\s+om)(?![\p{L}])/u;
// (Round 31: the answer named with a date after the sending: "Jeres skriftlige bemærkninger af 6. november".)
// The party's answer to it, or its absence ("I svarede, at …", "Du har ikke svaret", "svarede
// De", "vi har ikke hørt fra dig", "Der er ikke indkommet bemærkninger").
// (Round 59: also the party's corrections, "jeres rettelser er kommet med", like their remarks.)
// (Round 65: also with the date between the auxiliary and the participle, "Du har den 28. oktober svaret, at du er enig".)
const ANSWER =
  /(?<![\p{L}])(?:(?:[Dd]u|I|De)\s+(?:(?:har|havde)\s+(?:den\s+\d{1,2}(?:\.\s*\p{L}+(?:\s+\d{4})?|[./]\d{1,2}(?:[./]\d{2,4})?)\s+)?)?(?:ikke\s+)?(?:svarede|svaret|skrev\s+tilbage|vendte\s+tilbage|meldte\s+tilbage|reagerede|reageret)|(?:[Dd]u|I|De)\s+ringede\s+(?:[^.\n]|\.(?=\s+\p{Ll})){0,40}?(?:sagde|fortalte|oplyste|rettede|bekræftede)|[Rr]ingede\s+(?:du|I|De)\s+(?:[^.\n]|\.(?=\s+\p{Ll})){0,40}?(?:sagde|fortalte|oplyste|rettede|bekræftede)|(?:[Ss]varede|[Ss]krev)\s+(?:du|I|De)|hørte?\s+(?:ikke\s+)?fra\s+(?:dig|jer|Dem)|(?:[Dd]it|[Dd]ine|[Jj]eres|Deres)\s+(?:(?:skriftlige|mundtlige|egne)\s+)?(?:svar|bemærkninger|kommentarer|indsigelser|rettelser)|(?:modtaget|indkommet|fremkommet)\s+(?:nogen\s+|dine\s+|jeres\s+)?(?:rettelser|bemærkninger|kommentarer|indsigelser|svar)|(?:rettelser|indsigelser)\s+inden|sendt\s+(?:os|mig)\s+(?:dine|jeres|Deres)\s+(?:rettelser|bemærkninger|kommentarer))(?![\p{L}])/u;
// ("I" and "De" are the party only in capitals; "i" and "de" are a preposition and "they".)
// (Also corrections sent back: "I har begge læst den og sendt mig jeres rettelser".)
// (The party's call back is an answer too: "Du ringede den 26. september og sagde, at
// oplysningerne var rigtige", "I ringede og rettede en fejl".)
// After a case document, the party's plain account is the answer as well ("Du fik statusudtalelsen
// tilsendt, og vi talte om det. Du sagde, at …"); after anything sent, it may be about anything.
// (Also a party named or described, who called or wrote back with a correction: "Kamilla ringede og
// gjorde os opmærksom på en fejl", "Din mor skrev og rettede datoen"; the document makes it the
// answer to the hearing.) (And written back: "I skrev begge, at I var enige".) (And a parent by name
// who called back with what she said: "…, og Sarah ringede den 5. februar og fortalte, at …".)
// (And a relative answering on the party's behalf: "Din kone ringede på dine vegne og sagde, at I var
// enige", "Din mor skrev, at hun er enig".)
// (Round 23: the answer may also be agreement or dissent with the papers: "Du gav os ret i
// udtalelsen, men holdt fast i …", "I var uenige i beskrivelsen".)
// (Round 53: also agreement said with the verb first, "Ellers var I enige i det, der står".)
const DOC_ANSWER =
  /(?<![\p{L}])(?:(?:[Dd]u|I|De)\s+(?:sagde|fortalte|oplyste|bekræftede|rettede|skrev|bad\s+om\s*,?\s*at|gav\s+(?:os|mig)\s+ret|var\s+(?:ikke\s+)?u?enige?\s+i|holdt\s+fast\s+i)|(?:[Ee]llers\s+|[Ss]å\s+)?var\s+(?:du|I|De)\s+(?:\p{L}+\s+)?(?:ikke\s+)?u?enige?\s+i|(?:[Ss]agde|[Ff]ortalte|[Oo]plyste)\s+(?:du|I|De)|(?:ringede|skrev|mailede)\s+(?:til\s+(?:os|mig)\s+)?og\s+(?:rettede|gjorde\s+(?:os|mig)\s+opmærksom)|(?:[Dd]in|[Jj]eres|Deres)\s+\p{Ll}+\s+(?:ringede|skrev|mailede)(?:\s(?:[^.\n]|\.(?=\s+\p{Ll})){0,40}?(?<![\p{L}])(?:sagde|fortalte|oplyste|bekræftede)|\s*,\s*at)|(?!(?:Lægen|Skolen|Hjemmeplejen|Terapeuten|Sygeplejersken|Psykologen|Pædagogen|Børnehaven|Sygehuset|Hospitalet|Naboen)\s)\p{Lu}\p{Ll}+\s+(?:ringede|skrev|mailede)\s(?:[^.\n]|\.(?=\s+\p{Ll})){0,40}?(?<![\p{L}])(?:sagde|fortalte|oplyste|bekræftede))(?![\p{L}])/u;
const ANSWER_LOOKAHEAD = 2;
// The party's comment joined by "og" to what she got ("og kommenterede den", "og har kommenteret den").
const COMMENTED = /(?<![\p{L}])og\s+(?:har\s+|havde\s+)?kommentere(?:de|t)(?![\p{L}])/u;
// The party's answer joined to "fik … tilsendt" by "og", the subject left out, with what was said
// (", at …", ":") or the answer's own word ("og svarede", "og kom med bemærkninger"), or gone
// through with the caseworker ("som I fik tilsendt og gennemgik med os den 3. maj"), or a plain yes
// or no ("I fik vores beregning den 28. november og sagde ja tak i telefonen"), also in the perfect ("og har
// svaret, at du er enig").
// (Round 44: and the comment itself, "Du fik opgørelsen den 3. maj og kommenterede den i en mail".)
// (Round 68: and the remarks given, "og har den 21. november givet deres bemærkninger", "og gav os jeres bemærkninger".)
// (Round 38: the call or the mail back in the perfect too: "Du har fået oplysningerne tilsendt og har ringet og fortalt, at …".)
const ELIDED_ANSWER =
  /(?<![\p{L}])og\s+(?:(?:skrev|ringede|mailede|sagde|(?:har|havde)\s+(?:skrevet|ringet|mailet|sagt))\s+(?:(?:tilbage\s+)?til\s+(?:mig|os|kommunen)\s+)?(?:[^,.\n]|\.(?=\s+\p{Ll})){0,30}?,?\s*(?:at|:)(?![\p{L}])|gennemgik\s+(?:\p{L}+\s+)?med\s+(?:os|mig|kommunen)|(?:svarede|(?:har|havde)\s+(?:svaret|reageret|meldt\s+tilbage|kommenteret)|reagerede|kommenterede|meldte\s+tilbage|sagde\s+(?:ja|nej|god\s+for)|kom\s+med\s+(?:\p{L}+\s+)?(?:bemærkninger|kommentarer|indsigelser)|sendte\s+(?:os\s+|mig\s+)?(?:\p{L}+\s+)?(?:bemærkninger|kommentarer|indsigelser|svar)|(?:(?:har|havde)\s+(?:den\s+\d{1,2}\.?\s*(?:\p{L}+\s+)?(?:\d{4}\s+)?)?givet|gav)\s+(?:os\s+|mig\s+)?(?:deres|jeres|Deres|dine|sine)\s+(?:\p{L}+\s+)?(?:bemærkninger|kommentarer|indsigelser))(?![\p{L}]))/u;
// The same sending with the party after "til", also in the third person of a field-style record
// ("Oplysningerne fra hjemmebesøget blev sendt til borger 20-10-2025", "Kommunen fremsendte den
// 8. april beregningen til Dem"): only with a document of the case in the sentence, so a parcel,
// an aid or a form to fill in sent to the citizen is no hearing. (A date's full stop does not
// end the clause: "den 8. april".) (Round 41: up to 90 characters, for the letter it went with and the
// source between: "Myndighed Voksen sendte ved brev af 15. september 2026 oplysningerne fra botilbuddet til Dem".)
const SENT_TO =
  /(?<![\p{L}])(?:sendte|sendt|fremsendte|fremsendt)\s(?:[^.\n]|\.(?=\s+\p{Ll})){0,90}?(?<![\p{L}])til\s+(?:dig|jer|Dem|borger|borgeren|ansøger|ansøgeren|pågældende|værgen|forældrene)(?![\p{L}])/u;
// (Also the caseworker's proposal and a therapist's descriptions or closing summary: "et brev med
// sygeplejens vurdering og mit forslag", "skolens beskrivelser", "Rikkes afslutning"; and what the
// caseworker wrote down, said without a document's name: "det, jeg havde skrevet om dig", "alt, hvad
// vi havde skrevet ned".)
// (And what a named worker wrote or noted, said without a document's name: "et brev med det, Ahmed
// havde skrevet", "det, terapeuten havde noteret ved besøget".)
// (Round 36: also a record or a calculation of the case: "Du fik registreringen tilsendt …, og du svarede …",
// "udregningen", "opgørelsen".)
// (Round 59: also "afdækning", the children's-case word for an examination: "I har læst den afdækning, jeg lavede".)
// (Round 63: also a doctor's certificate or statement, "Jeg sendte lægens attest til dig …, så du kunne læse den": a
// document of the case like a statement; not any "erklæring", since a consent form sent to be signed is none.)
const CASE_DOCUMENT =
  /(?:attest|(?:læge|speciallæge|status)erklæring|oplysning|afdækning|udkast|notat|beregning|udregning|opgørelse|registrering|optælling|undersøgelse|referat|udtalelse|vurdering|status|rapport|indstilling|sagsfremstilling|beskrivelse|materiale|forslag|afslutning|overvejede|i\s+sinde\s+at|påtænkte|skrevet\s+(?:om\s+(?:dig|jer|Dem|ham|hende)|ned)|(?:havde|har)\s+(?:skrevet|noteret)(?![\p{L}]))/iu;
// In the sending's own sentence, the deadline for comments or their purpose is the hearing
// ("… med frist til 29-10-2025", "… med 14 dages frist til bemærkninger", "… med henblik på
// eventuelle bemærkninger").
// (Also the chance to answer said with "kunne": "… så du kunne sige din mening, før vi besluttede
// noget", "… og kunne rette i dem", "… så I kunne sige til, hvis noget var forkert".)
// (And the time given to answer, the chance to speak, or the question put with it: "… og du fik en uge
// til at svare", "… var velkomne til at komme med rettelser", "… fik lejlighed til at sige, hvad I
// mente", "… og spurgte, om du havde noget at tilføje".) (And the party asked to tell: "… og bad jer
// sige til, hvis noget var forkert", "… og vi bad jer fortælle os, hvis I så sagen anderledes", "… og
// en uge til at skrive".)
// (Round 63: and the reading before it, "… så du kunne læse den og sige til, hvis noget var forkert".)
// (Round 41: and the formal request that went with it: "… til Dem med anmodning om eventuelle bemærkninger".)
// (Round 43: and the purpose said in journal style, "Udkast + lægens udtalelse sendt til borger og søn 12-08 til kommentar".)
// (Round 59: also the note-style abbreviation "m. frist 7/2" for "med frist".)
const FOR_COMMENTS =
  /(?<![\p{L}])(?:til\s+(?:kommentar|bemærkning|gennemsyn)\p{L}*|(?:med|m\.)\s+(?:(?:\d{1,2}|otte|ti|fjorten)\s+(?:dages|ugers)\s+)?(?:svar)?frist|(?:henblik\s+på|anmodning\s+om|opfordring\s+til\s+at\s+komme\s+med)\s+(?:\p{L}+\.?\s+)?(?:bemærk|kommentar|partshøring|høring|udtalelse)|kunne\s+(?:(?:gennem)?læse\s+(?:den|det|dem)(?:\s+igennem)?\s+og\s+)?(?:\p{L}+\s+)?(?:rette|kommentere|sige\s+(?:din|jeres|Deres|sin)\s+mening|sige\s+(?:noget\s+)?(?:til|om)|svare|skrive\s*,?\s*(?:hvis|tilbage|til\s+(?:os|mig)))|komme\s+med\s+(?:\p{L}+\s+)?(?:bemærk|kommentar|rettelse|indsigelse)|(?:dage|dages|uge|uger|ugers)\s+(?:frist\s+)?til\s+at\s+(?:svare|kommentere|rette|sige|skrive|komme\s+med)|bad\s+(?:dig|jer|Dem)\s+(?:om\s+at\s+)?(?:sige\s+til|fortælle\s+(?:os|mig)|skrive\s+til\s+(?:os|mig)|give\s+(?:os\s+|mig\s+)?besked|melde\s+tilbage)|(?:lejlighed|mulighed)\s+(?:til|for)\s+at\s+(?:sige|svare|kommentere|rette|udtale)|spurgte\s*,?\s*(?:(?:dig|jer|Dem)\s*,?\s*)?(?:om|hvad))/iu;

// The caseworker wrote to the party ("skrev jeg til dig", "Vi skrev til jer").
const WROTE = /(?<![\p{L}])skrev\s+(?:(?:vi|jeg|kommunen)\s+)?til\s+(?:dig|jer|Dem|værgen|forældrene)(?![\p{L}])/u;
// … and asked for what the party would add or correct, not anything else ("spurgte, om du stadig
// ønskede hjælpen" is no hearing).
const ADD_ASK =
  /(?<![\p{L}])(?:noget\s+at\s+(?:tilføje|rette|indvende|bemærke)|hvis\s+(?:noget|der\s+var\s+noget)\s+(?:var|er)\s+(?:forkert|galt|misforstået)|(?:bemærkninger|kommentarer|indsigelser|rettelser)\s+(?:til|inden))(?![\p{L}])/iu;

// A call to a parent or the party by name that went through what we meant to decide ("ringede jeg til
// Lisbeth den 10. november og gennemgik, hvad vi ville sige ja og nej til"): the hearing by phone in a
// letter to a family. Only with what we meant to decide, and not to a body ("ringede til Skolen").
const NAMED_CALL =
  /(?<![\p{L}])(?:ringede|ringet)\s+(?:jeg\s+|vi\s+)?til\s+(?!(?:Skolen|Hjemmeplejen|Sygehuset|Hospitalet|Jobcentret|Børnehaven|Vuggestuen|Bostedet|Hjælpemiddel\p{L}*|Visitationen|Lægen)(?![\p{L}]))\p{Lu}\p{Ll}+(?![\p{L}])(?:[^.\n]|\.(?=\s+\p{Ll})){0,60}?(?<![\p{L}])(?:fortalte|gennemgik|forklarede)\s*,?\s*(?:hvad|hvilke)\s+(?:\p{L}+\s+){0,3}?(?:vi|jeg)\s+(?:ville|overvejede|påtænkte)(?![\p{L}])/u;

// The party given the floor or the chance to speak on the case's information at the meeting ("Du og
// din datter fik lejlighed til at sige jeres mening om notatet", "Mor fik ordet til alle sagens
// oplysninger"): heard over the information, not just present at a meeting. Only with the
// information named after the chance to speak; a chance to tell one's wishes is the party's view.
const GIVEN_FLOOR =
  /(?<![\p{L}])(?:fik|fået|havde|haft)\s+(?:(?:du|I|De|han|hun|begge|alle)\s+)?(?:ordet|(?:lejlighed|mulighed)\s+(?:til|for)\s+at\s+(?:sige|udtale|kommentere|svare|komme\s+med))(?![\p{L}])(?:[^.\n]|\.(?=\s+\p{Ll})){0,50}?(?<![\p{L}])(?:om|til|over)\s+(?:\p{L}+\s+){0,3}?(?:oplysning|notat|udtalelse|undersøgelse|indstilling|udkast|rapport|vurdering|referat|beregning|sagsfremstilling|materiale)/iu;

// Round 32: the plan told to the party by phone or at a visit before the decision, and the party's answer
// ("Vi ringede til dig den 3. november og fortalte om planen. Du sagde, at det passede dig fint", "Da jeg
// besøgte jer, forklarede jeg forslaget, og I sagde, at …"): the draft decision said by mouth. Only with
// the plan, the proposal or the change named and the party's own answer after it; a call about anything
// else, or the plan told without an answer, is no hearing.
const PLAN_TOLD =
  /(?<![\p{L}])(?:ringede|ringet|talte|snakkede|besøgte|besøgt|mødtes)(?![\p{L}])(?:[^.\n]|\.(?=\s+\p{Ll})){0,60}?(?<![\p{L}])(?:fortalte|fortalt|forklarede|forklaret|gennemgik|gennemgået|præsenterede|fremlagde)\s+(?:(?:vi|jeg)\s+)?(?:(?:dig|jer|Dem)\s+)?(?:om\s+)?(?:vores\s+|den\s+nye\s+|det\s+nye\s+)?(?:plan(?:en)?|forslag(?:et)?|ændring(?:en)?|oplæg(?:get)?)(?![\p{L}])/iu;
const PLAN_LOOKAHEAD = 1;

function planToldThenAnswered(letter: Letter): Detection | undefined {
  // (A cheap look first: this runs on letters without any hearing found.)
  if (!(letter.text.includes('plan') || letter.text.includes('forslag') || letter.text.includes('ændring') || letter.text.includes('oplæg'))) return undefined;
  const sentences = letter.seg.sentences;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const text = letter.slice(s);
    // (A cheap look for the contact verbs first: this runs on every sentence of a letter without a hearing.)
    if (!(text.includes('ringe') || text.includes('talte') || text.includes('snakkede') || text.includes('besøg') || text.includes('mødtes'))) continue;
    if (COMPLAINT_SENTENCE.test(text)) continue;
    const told = PLAN_TOLD.exec(text);
    // (Told to the party, not to the home care or the school: "Vi talte med hjemmeplejen og fortalte om planen".)
    if (!told || !/(?<![\p{L}])(?:dig|jer|Dem|sammen)(?![\p{L}])/u.test(told[0])) continue;
    for (let j = i; j < sentences.length && j <= i + PLAN_LOOKAHEAD; j++) {
      const t = sentences[j]!;
      if (t.heading) break;
      const rest = j === i ? text.slice(told.index + told[0].length) : letter.slice(t);
      if (!COMPLAINT_SENTENCE.test(rest) && (ANSWER.test(rest) || DOC_ANSWER.test(rest) || CORRECTION.test(rest))) return { present: true, evidence: { start: s.start, end: t.end } };
    }
  }
  return undefined;
}

function givenFloor(letter: Letter): Detection | undefined {
  // (A cheap look first: this runs on letters without any hearing found.)
  if (!(letter.text.includes('ordet') || letter.text.includes('lejlighed') || letter.text.includes('mulighed'))) return undefined;
  for (const s of letter.seg.sentences) {
    const text = letter.slice(s);
    if (!COMPLAINT_SENTENCE.test(text) && GIVEN_FLOOR.test(text)) return { present: true, evidence: { start: s.start, end: s.end } };
  }
  return undefined;
}

function namedCall(letter: Letter): Detection | undefined {
  for (const s of letter.seg.sentences) {
    const text = letter.slice(s);
    if (text.includes('ringe') && !COMPLAINT_SENTENCE.test(text) && NAMED_CALL.test(text)) return { present: true, evidence: { start: s.start, end: s.end } };
  }
  return undefined;
}

function sentThenAnswered(letter: Letter): Detection | undefined {
  const sentences = letter.seg.sentences;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const text = letter.slice(s);
    // (A cheap look for the verbs first: this runs on every sentence of a letter without a hearing.)
    if (!(text.includes('send') || text.includes('gav') || text.includes('givet') || text.includes('fik') || text.includes('fået') || text.includes('skrev')) || COMPLAINT_SENTENCE.test(text)) continue;
    // (A letter to the party with the plan, and the question whether she had anything to add: "Den
    // 14. april skrev jeg til dig, at vi ville stoppe pladsen, … og spurgte, om du havde noget at
    // tilføje". Only with that question: a letter about anything else is no hearing.)
    const wroteAt = text.search(WROTE);
    if (wroteAt >= 0 && ADD_ASK.test(text.slice(wroteAt))) return { present: true, evidence: { start: s.start, end: s.end } };
    // (Round 44: a letter to the party with a case document and the question what she thought: "Vi skrev til dig den 5.
    // august med nattevagternes notater og spurgte, hvad du mente". Without a document, "skrev til dig og spurgte, om du
    // stadig ønskede hjælpen" is no hearing.)
    if (wroteAt >= 0 && CASE_DOCUMENT.test(text.slice(wroteAt)) && FOR_COMMENTS.test(text.slice(wroteAt))) return { present: true, evidence: { start: s.start, end: s.end } };
    const direct = SENT.test(text) || (INTENDED.test(text) && WROTE.test(text));
    const document = CASE_DOCUMENT.test(text);
    const sentTo = !direct && document && SENT_TO.test(text);
    // (Round 44: or with the party's comment on it joined by "og": "Du fik tidsopgørelsen den 10. november og
    // kommenterede den i din mail"; a document got and only talked about is no hearing.)
    const got = !direct && !sentTo && document && GOT.test(text) && (HANDED.test(text) || FOR_COMMENTS.test(text) || COMMENTED.test(text));
    const gotWritten = !direct && !sentTo && !got && GOT.test(text) && WRITTEN_DOCUMENT.test(text);
    if (!direct && !sentTo && !got && !gotWritten) continue;
    const sentAt = direct ? Math.max(text.search(SENT), text.search(WROTE), 0) : sentTo ? text.search(SENT_TO) : text.search(GOT);
    if (document && FOR_COMMENTS.test(text.slice(sentAt))) return { present: true, evidence: { start: s.start, end: s.end } };
    for (let j = i; j < sentences.length && j <= i + ANSWER_LOOKAHEAD; j++) {
      const t = sentences[j]!;
      if (t.heading) break;
      const answer = letter.slice(t);
      // The answer after the sending: in the same sentence only after the verb of sending.
      const from = j === i ? sentAt : 0;
      if (COMPLAINT_SENTENCE.test(answer)) continue;
      const rest = answer.slice(from);
      // (In the sending's own sentence too: "Du fik statusrapporten tilsendt, og vi talte om den på
      // mødet, hvor du sagde, at den var rigtig".)
      // (After "Du fik … tilsendt", the party's answer may share the subject: "I fik rapporten
      // tilsendt den 3. maj og skrev til mig den 9. maj, at …".)
      if (gotWritten) {
        if (j === i && ELIDED_ANSWER.test(rest)) return { present: true, evidence: { start: s.start, end: t.end } };
        // Round 55: the answer in a clause of its own after "og" ("I fik et brev om, at vi overvejede at sætte aflastningen
        // ned, og I svarede den 29. september, at …"): the subject said again, the party's answer all the same.
        const og = j === i ? rest.search(/(?<![\p{L}])og\s/u) : -1;
        if (og >= 0 && ANSWER.test(rest.slice(og))) return { present: true, evidence: { start: s.start, end: t.end } };
        if (j > i && (ANSWER.test(rest) || CORRECTION.test(rest) || (INTENDED.test(text) && DOC_ANSWER.test(rest)))) return { present: true, evidence: { start: s.start, end: t.end } };
        continue;
      }
      const elided = j === i && got && ELIDED_ANSWER.test(rest);
      if (!elided && !ANSWER.test(rest) && !(document && DOC_ANSWER.test(j === i ? rest.slice(rest.search(/[,;]/u) >>> 0) : rest))) continue;
      return { present: true, evidence: { start: s.start, end: t.end } };
    }
  }
  return undefined;
}

// "Partshøring: Ikke relevant." — the field says there was none.
const NOT_HEARD_FIELD = /^\s*:\s*(?:ikke\s+(?:relevant|aktuel\p{L}*|nødvendig|foretaget|sket)|ingen|nej|[—–-]+|«[^»]*»)/iu;

// "hørte dig" as hearing a sound, not hearing the party: a private person heard ("før din nabo
// hørte dig"), or a sound verb or the clause's end right after ("hørte dig råbe", "hørte dig.").
const PRIVATE_HEARER =
  /(?<![\p{L}])(?:nabo(?:en|er|erne)?|datter(?:en)?|døtre(?:ne)?|søn(?:nen|ner|nerne)?|mand(?:en)?|kone(?:n)?|hustru(?:en)?|familie(?:n)?|pårørende|ven(?:nen|ner|nerne)?|veninde(?:n)?|barnebarn(?:et)?|hund(?:en)?)\s+(?:\p{L}+\s+)?$/iu;
// Round 55: the party listened to as she tells ("Det var godt at høre dig fortælle om jeres hverdag", "Vi hørte dig
// sige, at …"): a verb of perception with her speech after it, no hearing over the case's information.
const LISTEN_AFTER = /^\s+(?:\p{L}+\s+)?(?:fortælle|sige|forklare|tale|snakke|beskrive|berette)(?![\p{L}])/iu;
const SOUND_AFTER = /^\s*(?:[.!?]|$|(?:råbe|kalde|falde|græde|banke|ringe|synge|hoste|stønne|komme|gå)(?![\p{L}]))/iu;

// (Only as an offer: "Du havde ingen bemærkninger til afgørelsen" may still tell a hearing.)
const OFFER = /(?<![\p{L}])(?:kan|må|velkommen|gerne)(?![\p{L}])/iu;
// Round 32: the party who did not wish to speak, with no information or chance named ("De har ikke selv
// ønsket at udtale Dem", "Du ville ikke udtale dig om det"): her silence, not a hearing. With the chance
// given in the sentence ("Du fik notatet, men har ikke ønsket at udtale dig") it still is one.
const DECLINED_BEFORE = /(?<![\p{L}])(?:ikke\s+(?:selv\s+)?(?:ønsket|ønskede|villet|ville)\s+at|ville\s+(?:\p{L}+\s+)?ikke)\s+$/iu;
const CHANCE_GIVEN = /mulighed|lejlighed|frist|opfordr|tilbud|tilbød|oplysning|udkast|notat|indstilling|høring|tilsendt|sendt/iu;
// Round 34: the papers sent to a professional for a statement ("Vi har sendt oplysningerne til udtalelse hos
// din læge", "Lægen har fået oplysningerne til udtalelse"): a source asked, no hearing of the party.
const PROFESSIONAL_BEFORE =
  /(?<![\p{L}])(?:\p{L}*læge(?:n|ns)?|ppr|psykolog\p{L}*|psykiater\p{L}*|sygehus\p{L}*|hospital\p{L}*|skole(?:n|ns)?|\p{L}*terapeut\p{L}*|ankestyrelsen|udvalget)\s+(?:\p{L}+\s+){0,4}?$/iu;
const PROFESSIONAL_AFTER = /^\s+(?:hos|fra|i)\s+(?:(?:din|jeres|Deres|egen|den)\s+){0,2}(?:\p{L}*læge(?:n)?|ppr|psykolog\p{L}*|psykiater\p{L}*|sygehus\p{L}*|hospital\p{L}*|skole\p{L}*|\p{L}*terapeut\p{L}*)(?![\p{L}])/iu;
// Round 62: the right to be heard stated as a right, in a list of rights ("Noah har ret til at udtale sig, inden der
// træffes afgørelse", "Du har ret til at kommentere oplysningerne"): the rule, not that it was done. With papers sent or
// read in the sentence it still tells the hearing.
const RIGHT_BEFORE = /(?<![\p{L}])(?:har|have|haft)\s+(?:\p{L}+\s+)?ret\s+til\s+at\s+(?:\p{L}+\s+)?$/iu;
const HANDED_PAST = /(?<![\p{L}])(?:sendte|sendt|tilsendt|fremsendt|fik|fået|modtog|modtaget|læste|læst|udleveret)(?![\p{L}])/iu;
const REMARKS_ON_DECISION = /^\s+til\s+(?:afgørelsen|denne\s+afgørelse|vores\s+afgørelse)(?![\p{L}])/iu;

// Round 36: the party read a case document and answered ("Efter at have læst mit notat og skolens udtalelse skrev du
// tilbage, at …", "I har læst undersøgelsen og kom med bemærkninger"): the hearing told from the party's side, as the
// guide's "forældrene har læst undersøgelsen og givet bemærkninger". Only the party reading (not "Vi har læst lægens
// udtalelse"), a document of the case, and the party's answer after it.
// (Round 52: also the party together with the parents or a spouse, as in GOT: "hvor du og dine forældre havde læst
// statusrapporten".)
// (Round 68: also the parents by name or as "forældrene", in a letter to the family that names them in the third person:
// "Helle og Brian har læst undersøgelsen og har givet deres bemærkninger"; not a body: "Skolen og Lægen".)
const PARTY_READ =
  /(?<![\p{L}])(?:(?:[Dd]u|I|De)(?:\s+og\s+(?:(?:din|dine|jeres|Deres)\s+\p{Ll}+|\p{Lu}\p{Ll}+))?\s+(?:har\s+|havde\s+)?(?:\p{L}+\s+)?(?:gennem)?læste?|(?:(?!(?:Skolen|Lægen|Psykologen|Sygehuset|Hospitalet|Børnehaven|Terapeuten|Pædagogen)\s)\p{Lu}\p{Ll}+\s+og\s+(?!(?:Skolen|Lægen|Psykologen|Sygehuset|Hospitalet|Børnehaven|Terapeuten|Pædagogen|PPR)(?![\p{L}]))\p{Lu}\p{Ll}+|[Ff]orældrene|[Bb]egge\s+forældre)\s+(?:har|havde)\s+(?:begge\s+)?(?:gennem)?læst|(?:[Hh]ar|[Hh]avde)\s+(?:du|I|De)\s+(?:\p{L}+\s+)?(?:gennem)?læst|[Ee]fter\s+at\s+have\s+(?:gennem)?læst)(?![\p{L}])/u;
function readThenAnswered(letter: Letter): Detection | undefined {
  if (!letter.text.includes('læs')) return undefined;
  const sentences = letter.seg.sentences;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const text = letter.slice(s);
    if (!text.includes('læs') || COMPLAINT_SENTENCE.test(text)) continue;
    const read = PARTY_READ.exec(text);
    if (!read) continue;
    const after = text.slice(read.index + read[0].length);
    if (!CASE_DOCUMENT.test(after)) continue;
    for (let j = i; j < sentences.length && j <= i + 1; j++) {
      const t = sentences[j]!;
      if (j > i && t.heading) break;
      const rest = j === i ? after : letter.slice(t);
      if (COMPLAINT_SENTENCE.test(rest)) continue;
      if (ANSWER.test(rest) || DOC_ANSWER.test(rest) || CORRECTION.test(rest) || (j === i && ELIDED_ANSWER.test(rest))) {
        return { present: true, evidence: { start: s.start, end: t.end } };
      }
    }
  }
  return undefined;
}

export function detect(letter: Letter): Detection {
  const byPhrases = detectByPhrases(letter, 'partshoering', {
    outside: COMPLAINT_SENTENCE,
    accept: (match, sentence) => {
      const at = sentence.indexOf(match);
      if (at >= 0 && /^hør(?:e|t|te)\s/iu.test(match) && LISTEN_AFTER.test(sentence.slice(at + match.length))) return false;
      if (at >= 0 && /^hørte?\s/iu.test(match) && (PRIVATE_HEARER.test(sentence.slice(0, at)) || SOUND_AFTER.test(sentence.slice(at + match.length)))) return false;
      // Remarks on the decision itself ("Du kan give os dine bemærkninger til afgørelsen") come
      // after it: no hearing before it.
      // A document read aloud ("… og læste PPR's udtalelse op for hende"): only with the reading
      // in the sentence, and not a purpose ("tog notatet op for at drøfte det").
      if (at >= 0 && /\sop\s+for$/iu.test(match) && (!/(?<![\p{L}])(?:læste|læst|læser|læse)\s/iu.test(sentence.slice(0, at) + match) || /^\s+at(?![\p{L}])/iu.test(sentence.slice(at + match.length)))) return false;
      if (at >= 0 && /^udtale\s/iu.test(match) && DECLINED_BEFORE.test(sentence.slice(0, at)) && !CHANCE_GIVEN.test(sentence)) return false;
      if (at >= 0 && /^oplysning\p{L}*\s+til\s/iu.test(match) && (PROFESSIONAL_BEFORE.test(sentence.slice(0, at)) || PROFESSIONAL_AFTER.test(sentence.slice(at + match.length)))) return false;
      if (at >= 0 && RIGHT_BEFORE.test(sentence.slice(Math.max(0, at - 40), at)) && !HANDED_PAST.test(sentence)) return false;
      if (at >= 0 && /bemærkninger$/iu.test(match) && REMARKS_ON_DECISION.test(sentence.slice(at + match.length)) && OFFER.test(sentence)) return false;
      return at < 0 || !/^partshøring$/iu.test(match) || !NOT_HEARD_FIELD.test(sentence.slice(at + match.length));
    },
  });
  // (A heading "Partshøring: Ikke relevant" is no hearing either.)
  if (byPhrases.present && byPhrases.evidence) {
    const label = /^partshøring/iu.exec(letter.slice(byPhrases.evidence));
    if (label && NOT_HEARD_FIELD.test(letter.slice(byPhrases.evidence).slice(label[0].length))) return { present: false };
  }
  // Round 61: the hearing named only inside a template's unfilled instruction ("[Partshøring: Beskriv, hvornår ansøger er
  // partshørt …]"): the writer was told to say it and did not. The other ways of saying it are still asked.
  const unfilled = byPhrases.present && !!byPhrases.evidence && inTemplateInstruction(letter.text, byPhrases.evidence.start);
  if (byPhrases.present && !unfilled) return byPhrases;
  return sentThenAnswered(letter) ?? namedCall(letter) ?? givenFloor(letter) ?? planToldThenAnswered(letter) ?? readThenAnswered(letter) ?? (unfilled ? { present: false } : byPhrases);
}
