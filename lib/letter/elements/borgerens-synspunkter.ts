/**
 * `borgerens-synspunkter`: the letter reports the citizen's own account, wishes or views
 * (phrases in default-rules.ts). Procedural wording is not a view: "Hvis De ønsker at
 * klage", "Hvis I er uenige", "Ønsker du at deltage i mødet" speak of what the citizen may
 * do, not what they said.
 */
import type { Detection, Letter } from '../letter';
import { COMPLAINT_SENTENCE, findHeading } from './common';

const CONDITIONAL_BEFORE = /(?<![\p{L}])(?:hvis|såfremt|skulle|når|om)\s+(?:\p{L}+\s+){0,2}$/iu;
const PROCEDURAL_AFTER = /^[\s,]*(?:at\s+)?(?:klage|deltage|få\s+aktindsigt|se\s+|tage\s+en|have\s+en\s+bisidder|kontakte|ringe|høre\s+mere|vide\s+mere|i\s+afgørelsen|i\s+denne\s+afgørelse|i\s+vores\s+afgørelse)/iu;
// Asked as a question or offered ("Ønsker du at deltage …?").
const QUESTION = /^(?:ønsker|vil|er)\s+(?:du|I|De)\b/iu;

// "Hun"/"han" who speaks, and the person the sentence before was about: in "Din datter ringede
// til os. Hun fortalte, at …" it is the daughter's account, not the citizen's.
const PRONOUN_START = /^(?:hun|han)\s/iu;
const THIRD_PARTY =
  /(?<![\p{L}])(?:din|dit|dine|jeres|Deres|hans|hendes|sin|sit)\s+(?:datter|søn|mand|hustru|kone|ægtefælle|samlever|nabo|mor|far|bror|søster|veninde|ven|læge|sygeplejerske|kontaktperson|pædagog|lærer|rådgiver|psykolog|bostøtte|hjemmehjælper|svigerdatter|svigersøn|barnebarn)(?![\p{L}])|(?<![\p{L}])(?:lægen|sygeplejersken|terapeuten|ergoterapeuten|fysioterapeuten|pædagogen|læreren|kontaktpersonen|psykologen|naboen|datteren|sønnen|moren|faren|hjemmehjælperen|visitatoren|sagsbehandleren|rådgiveren)(?![\p{L}])/iu;

// The pronoun right before the match ("Han sagde selv …" matched from "sagde selv").
const PRONOUN_BEFORE = /(?<![\p{L}])(?:hun|han)\s+$/iu;

function aboutSomeoneElse(letter: Letter, at: number): boolean {
  if (!PRONOUN_START.test(letter.text.slice(at, at + 4))) {
    const pronoun = PRONOUN_BEFORE.exec(letter.text.slice(Math.max(0, at - 8), at));
    if (!pronoun) return false;
    at -= pronoun[0].length;
  }
  const si = letter.sentenceAt(at);
  if (si < 0) return false;
  const s = letter.sentence(si);
  // Inside the sentence, "hun"/"han" points back to the person named before it ("Deres datter
  // har oplyst, at hun er bekymret, og at hun ønsker, at De kommer på plejehjem").
  const before = letter.text.slice(s.start, at);
  if (before.trim().length > 0) return otherPerson(letter, before);
  // A pronoun that opens its sentence points back to the sentence before.
  return si > 0 && otherPerson(letter, letter.slice(letter.sentence(si - 1)));
}

// Round 41: in a letter to a relative, "din mor" is the citizen herself ("Jeg spurgte også din mor selv. Hun sagde,
// at hun gerne vil blive i lejligheden"): her own words, not another person's. The relation is the one the letter
// is about, named early ("Om din mors ønske om en plejebolig", "Vedr. din mor, …").
const THIRD_PARTY_ALL = new RegExp(THIRD_PARTY.source, 'giu');
const CITIZEN_RELATION = /(?<![\p{L}])(?:din|Deres)\s+(mor|far|mand|hustru|kone|ægtefælle|søster|bror)s?(?![\p{L}])/iu;
function otherPerson(letter: Letter, text: string): boolean {
  let own: string | undefined;
  for (const m of text.matchAll(THIRD_PARTY_ALL)) {
    own ??= citizenRelation(letter);
    if (own && m[0].toLowerCase().replace(/\s+/gu, ' ') === `din ${own}`) continue;
    if (own && m[0].toLowerCase().replace(/\s+/gu, ' ') === `deres ${own}`) continue;
    return true;
  }
  return false;
}
function citizenRelation(letter: Letter): string {
  if (!toRelative(letter)) return '';
  for (const b of letter.seg.blocks.slice(0, 16)) {
    const r = CITIZEN_RELATION.exec(letter.slice(b));
    if (r) return r[1]!.toLowerCase();
  }
  return '';
}

const INVITED_BEFORE = /(?<![\p{L}])(?:give|komme\s+med|sende|fremsende|indsende|fremkomme\s+med)\s+(?:os\s+|mig\s+|kommunen\s+)?$/iu;

const WRITES = /skriv|skrev|svar/iu;
// What was written follows: ", at …", "at …" or a colon (not "ikke" or "til os").
// (Also the party's own writing with the comma on it: "Du skriver i din mail, at …"; not "… skriver
// i sin attest, at …", someone else's.)
// (A date may stand between: "Du svarede den 6. oktober, at …", "I skrev d. 3.4.2025, at …"; a
// document's date is no help: "Bostøtten skriver i statusrapporten af 15. januar, at …".)
const REPORTED_AFTER = /^(?:\s+(?:tilbage\s+)?(?:\p{L}+\s+){0,6}?|\s+i\s+(?:din|jeres|Deres)?\s*\p{L}+\s+(?:af\s+\d{1,2}\.\s*(?:\p{L}+|\d{1,2}\.?)(?:\s*\d{4})?\s+)?(?:bl\.\s?a\.|blandt\s+andet)|\s+(?:den|d\.)\s+\d{1,2}\.\s*(?:\p{L}+|\d{1,2}\.?)(?:\s*\d{4})?|\s+i\s+(?:din|jeres|Deres)\s+\p{L}+(?=,)|\s+i\s+(?:ansøgningen|mailen|e-mailen|henvendelsen|beskeden|klagen)(?=,))?(?:,?\s*at|:)(?![\p{L}])/iu;
// (Round 66: also the application named with the article and its comma, "Om liften skriver du i ansøgningen, at …",
// "I skrev i mailen, at …": the party's own written account, like "i din ansøgning, at".)
// (Also with the application's date and "bl.a." before a quotation: "Du skrev i ansøgningen af 6.
// februar bl.a.: »…«".)
// Written in the complaint being answered: "Du skriver i din klage, at …".
// Round 66: a fronted topic, "Om trappeliften skriver du, at …", "Om hjælpen om aftenen fortalte I, at …": "om" with a noun
// and then the verb before its subject is the topic of the account, not a condition ("om du skriver", "hvis I ønsker"
// keep the subject first).
const INVERTED_SPEAKER = /^\p{L}+\s+(?:du|I|De)$/u;
const TOPIC_OM_BEFORE = /(?:^|[.!?]\s+|^\s*)[Oo]m\s+(?:\p{L}+\s+){1,3}$/u;
// (Round 71: also the complaint with the article, "Du skriver i klagen, at du er holdt op med at gå til koret".)
const WROTE_IN_COMPLAINT = /^\s+i\s+(?:(?:din|jeres|Deres)\s+klage|klagen)\s*,?\s*at(?![\p{L}])/iu;

// (Round 28: also an opinion by a parent or the child by name: "Brian mente, at én weekend ville være
// nok"; "Vi mener, at …" and "Lægen mener, at …" are another speaker.)
// Reported speech by the party, in any of the ways caseworkers write it: "Du gav på mødet
// udtryk for, at …", "De har i Deres ansøgning anført, at …", "hvor du skrev, at …", "Noah har
// over for sin advokat sagt, at …", "Natasja Holm oplyste, at …". Found from the verb (rare
// words, cheap to scan for); who speaks is read from the words before it in the sentence, and
// what was said must follow (", at …", ":"), so "Du har oplyst dit telefonnummer" is no view.
// (No leading look-behind, slow in V8: the character before is checked in code.)
// (Round 29: also with the occasion and its date between: "Du gav ved samtalen den 4. maj udtryk for, at …".)
const SPEECH_VERB =
  /(?:fortalt|fortalte|fortæller|sagt|sagde|siger|mente|mener|oplyst|oplyste|oplyser|skrevet|skrev|skriver|anført|anførte|anfører|nævnt|nævnte|nævner|forklaret|forklarede|forklarer|beskrevet|beskrev|beskriver|understreget|understregede|understreger|påpeget|påpegede|påpeger|tilkendegivet|tilkendegav|tilkendegiver|udtrykt|udtrykte|udtrykker|fremhævet|fremhævede|fremhæver|svaret|svarede|gjort\s+opmærksom\s+på|gjorde\s+opmærksom\s+på|(?:givet|gav|giver)\s+(?:\p{L}+\s+){0,3}?(?:(?:den|d\.)\s+\d{1,2}\.\s*(?:\p{L}+|\d{1,2}\.?)(?:\s*\d{4})?\s+)?udtryk\s+for)(?![\p{L}])/gu;
// (Round 36: also a date without "den": "Magnus sagde til os på mødet 16. juni: »…«".)
// What was said follows, after at most four words ("Du skrev også, at …", "har sagt til sin rådgiver, at …", "sagde hun: …").
// (Also with its date: "Natasja skrev den 3. maj, at …", "du skrev d. 14.11.2025, at …"; and a
// quotation from the application: "Du skrev i ansøgningen af 6. februar bl.a.: »…«".)
// (Round 44: also with a clause of when it was said between, closed by its comma: "Ida sagde til mig, da jeg var
// hjemme hos jer, at hun …", "Freja sagde, da vi mødtes den 16. september, at …".)
const SAID_AFTER = /^(?:(?:\s+\p{L}+){0,4}?(?:\s+(?:(?:den|d\.)\s+)?\d{1,2}\.\s*(?:\p{L}+|\d{1,2}\.?)(?:\s*\d{4})?)?|\s+i\s+(?:din\s+|jeres\s+|Deres\s+)?\p{L}+\s+(?:af\s+\d{1,2}\.\s*(?:\p{L}+|\d{1,2}\.?)(?:\s*\d{4})?\s+)?(?:bl\.\s?a\.|blandt\s+andet))(?:\s*,\s*(?:da|når|mens)\s+(?:jeg|vi)\s(?:(?![.!?]\s+\p{Lu})[^,;:!?\n]){1,70},|\s*,\s*(?:der|som)\s+(?:(?![.!?]\s+\p{Lu})[^,;:!?\n]){1,40},)?\s*(?:(?:,\s*at|\s+at|:)(?![\p{L}])|(?<=\s)[»“„])/u;
// (Round 61: also a relative clause on the speaker named after the verb, closed by its comma: "På mødet fortalte Jonas,
// der er 15 år, at han …"; who speaks is then read from the name, see SPEAKER_AFTER.)
// (Round 49: also the words quoted straight after the verb, with no colon: "og sagde »mit hjem«".)

// Walking back from the verb, these words end the search: they start another clause or are
// another speaker ("Du får hjælp, fordi lægen har skrevet, at …" is the doctor's account).
// ("Du har fået oplyst, at …", "du er blevet fortalt": told, not telling.)
const CLAUSE_WORDS = new Set(['at', 'som', 'der', 'hvor', 'fordi', 'hvis', 'såfremt', 'når', 'da', 'men', 'vi', 'han', 'hun', 'man', 'de', 'dig', 'jer', 'os', 'få', 'fået', 'fik', 'blevet', 'bliver', 'blev']);
// (Round 71: also a family named by its role, "Aflastningsfamilien Lund skrev til os, at …", "Plejefamilien fortæller": a
// relief or foster family, not the child or the parents.)
// (Round 47: also specialists and compounds, "Almas neurolog har i udtalelse beskrevet, at …", "Overlægen skrev".)
const OTHER_PEOPLE =
  /^(?:\p{L}*læge(?:n|r|rne|ns)?|neurolog\p{L}*|psykiater\p{L}*|kardiolog\p{L}*|pædiater\p{L}*|audiolog\p{L}*|jordemoder\p{L}*|\p{L}+terapeut\p{L}*|\p{L}+sygeplejerske\p{L}*|\p{L}+psykolog\p{L}*|læge\p{L}*|terapeut\p{L}*|ergoterapeut\p{L}*|fysioterapeut\p{L}*|sygeplejerske\p{L}*|pædagog\p{L}*|lærer\p{L}*|psykolog\p{L}*|rådgiver\p{L}*|sagsbehandler\p{L}*|kommune\p{L}*|skole\p{L}*|hjemmepleje\p{L}*|visitator\p{L}*|datter\p{L}*|søn\p{L}*|mor|moren|far|faren|forældre\p{L}*|mand|manden|hustru\p{L}*|kone\p{L}*|ægtefælle\p{L}*|samlever\p{L}*|nabo\p{L}*|ven|veninde\p{L}*|advokat\p{L}*|værge\p{L}*|diætist\p{L}*|børnehave\p{L}*|vuggestue\p{L}*|dagpleje\p{L}*|institution\p{L}*|logopæd\p{L}*|optiker\p{L}*|sundhedsplejerske\p{L}*|træner\p{L}*|instruktør\p{L}*|coach\p{L}*|mentor\p{L}*|\p{L}*leder(?:en|e|ne)?|\p{L}+famili(?:e|en|er|erne)|kontaktperson\p{L}*|personale\p{L}*|leverandør\p{L}*|udvalg\p{L}*|ankestyrelse\p{L}*)$/u;
// A person named inside a prepositional phrase is no subject ("over for sin advokat", "til lægen");
// nor is a place ("ved sit besøg på Solhaven den 3. maj sagt, at …").
const PREPOSITION = /^(?:for|til|med|hos|overfor|ved|fra|af|om|mod|på)$/u;
const PARENT = /^(?:mor|far|moren|faren|moderen|faderen|forældrene|forældre)$/u;
const PARTY = /^(?:du|borgeren|borger|pågældende|ansøgeren|ansøger|barnet)$/u;
// Capitalised words that are no name: formal possessives and sentence-initial function words
// (walked over), and offices (which speak for themselves, not for the party).
const FUNCTION_WORD = /^(?:Deres|Dem|Din|Dit|Dine|Jeres|Vores|Efter|Ved|Af|På|I|Til|Fra|Med|Om|Og|Under|Over|Den|Det|Denne|Dette)$/u;
const NOT_A_NAME = /^(?:Vi|Der|De|Hvis|Når|Da|Som|Men|Hun|Han)$|(?:center|centret|centeret|kommune\p{L}*|afdeling\p{L}*|team\p{L}*|rådgivning\p{L}*|styrelse\p{L}*|forvaltning\p{L}*|udvalg\p{L}*|skole\p{L}*|sekretariat\p{L}*|hospital\p{L}*|sygehus\p{L}*|klinik\p{L}*|PPR)$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const LETTER = /\p{L}/u;

/** The word is used as a proper noun somewhere: capitalised after a lower-case word. */
function usedAsName(letter: Letter, word: string): boolean {
  const at = letter.text.indexOf(` ${word}`);
  for (let i = at; i >= 0; i = letter.text.indexOf(` ${word}`, i + 1)) {
    const before = letter.text[i - 1] ?? '';
    const after = letter.text[i + 1 + word.length] ?? '';
    if (/[\p{Ll},]/u.test(before) && !/[\p{L}]/u.test(after)) return true;
  }
  return false;
}
// Lines that name the one the letter is to or about ("Kære Inger", "Til Lone og Kasper",
// "Vedr. Arne Villadsen, CPR-nr. …", "Borger: …"); a bare "Til" names them on the next line.
// (Also the line that names the citizen in a letter to a guardian or a relative: "Som værge for:
// Ellen Marie Kjær", "På vegne af: …", "Angående: …".)
// (Round 43: also a subject line that opens with the decision: "Afgørelse vedr. boligændring – Gudrun og Aksel Nørgaard".)
const GREETING = /^(?:(?:afgørelse|brev|svar)\s+)?(?:kære|hej|til|att\.?|vedr\.?|vedrørende|borger|navn|modtager|(?:som\s+)?værge\s+for|på\s+vegne\s+af|angående|ang\.)\s*:?\s+\p{Lu}/iu;
const SUBJECT_FOR_NAME = /^(?:[Ee]mne|[Oo]verskrift|[Vv]edr\.?|[Vv]edrørende|[Aa]fgørelse|AFGØRELSE|[Bb]evilling|[Tt]ilsagn)(?![\p{L}])[^\n]{0,80}?\s(?:til|for)\s+(\p{Lu}\p{Ll}+)(?![\p{L}])/u;
const BARE_TO = /^(?:til|att\.?)\s*:?$/iu;
// (A full name may have a middle name: "sagde Ellen Marie Kjær, at …".)
const SPEAKER_AFTER = /^\s+(\p{Lu}\p{Ll}+|du|I|De|borgeren|pågældende|ansøgeren)(?:\s+\p{Lu}\p{Ll}+){0,2}\s*(?:,|selv|også|til|på)/u;
const VOCATIVE = /(?<![\p{L}])(?:du|De),\s+(\p{Lu}\p{Ll}+),/gu;
// The applicant named by the application ("Udvalget har behandlet Ellens ansøgning", "ansøgningen
// fra Bent"): in a committee's third-person letter to a couple by their address block only, that
// names the citizen.
// (Round 49: also the named person who applied, "Harald har den 20. marts søgt om en rampe": the party, in a letter
// to a couple that does not greet by name.)
const APPLICANT = /(?<![\p{L}])(\p{Lu}\p{Ll}+)s\s+(?:an)?søgning|(?<![\p{L}])(?:an)?søgning(?:en)?\s+fra\s+(\p{Lu}\p{Ll}+)|(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+har\s+(?:(?:[^.\n]|(?<=\d)\.){0,40}?\s)?(?:an)?søgt\s+om(?![\p{L}])/gu;
const TOKEN = /[\p{L}\d.]+|[^\p{L}\d.\s]/gu;

/** First names the letter is addressed to ("Kære Villy og Birthe", "Til Lone og Kasper Bjerre"). */
function addressees(letter: Letter): Set<string> {
  const names = new Set<string>();
  const blocks = letter.seg.blocks.slice(0, 16);
  for (let i = 0; i < blocks.length; i++) {
    const text = letter.slice(blocks[i]!);
    const named = GREETING.test(text) ? text : BARE_TO.test(text.trim()) && blocks[i + 1] ? letter.slice(blocks[i + 1]!) : undefined;
    if (!named) continue;
    for (const w of named.match(/\p{Lu}\p{Ll}+/gu) ?? []) names.add(w);
  }
  // (Round 41: the citizen on a guardian's address line inside the address block: "Advokat Henrik Lund / som værge
  // for Lasse Bjerre".)
  for (const b of blocks) {
    for (const line of letter.slice(b).split('\n')) if (PROXY_LINE.test(line.trim())) for (const w of line.match(/\p{Lu}\p{Ll}+/gu) ?? []) names.add(w);
  }
  // (Round 61: the one the help is for, named in the subject line, "Emne: Bevilling af aktivkørestol til Ida", "Afgørelse
  // om aflastning for Jonas": the party, in a letter to the parents that greets only them.)
  for (const b of blocks) {
    for (const line of letter.slice(b).split('\n')) {
      const named = SUBJECT_FOR_NAME.exec(line.trim());
      if (named && !NOT_A_NAME.test(named[1]!) && !FUNCTION_WORD.test(named[1]!) && !OTHER_PEOPLE.test(named[1]!.toLowerCase())) names.add(named[1]!);
    }
  }
  // A name said to the reader inside the text names the addressee too ("at du, Line, får en
  // bolig", "mens du, Mette, anførte").
  for (const v of letter.text.matchAll(VOCATIVE)) names.add(v[1]!);
  for (const a of letter.text.matchAll(APPLICANT)) {
    const name = (a[1] ?? a[2] ?? a[3])!;
    if (!NOT_A_NAME.test(name) && !FUNCTION_WORD.test(name) && !OTHER_PEOPLE.test(name.toLowerCase()) && !/^(?:Jeg|Du|Man|Det|Hvem)$/u.test(name)) names.add(name);
  }
  return names;
}

// Round 64: a proper name the letter gives a place ("Aflastningshuset Fyrrebo", "bostedet Lærkereden", "Dagcentret
// Kastanjen"): "Fyrrebo oplyste, at …" is the place's staff speaking, not the child or a parent.
const PLACE_NOUN = String.raw`(?<![\p{L}])\p{L}*(?:hus|huset|hjem|hjemmet|center|centret|centeret|tilbud|tilbuddet|sted|stedet|institution|institutionen|børnehave|børnehaven|vuggestue|vuggestuen|klub|klubben|skole|skolen|afdeling|afdelingen)\s+`;
function namesAPlace(letter: Letter, name: string): boolean {
  if (!letter.text.includes(` ${name}`)) return false;
  return new RegExp(`${PLACE_NOUN}${name}(?![\\p{L}])`, 'iu').test(letter.text);
}

/** Whether "De" is the formal "you" in this letter ("Dem", "Deres" or "De" inside a sentence). */
function formalYou(letter: Letter): boolean {
  return /\p{Ll}[\s,]+(?:De|Dem|Deres)(?![\p{L}])/u.test(letter.text);
}

/**
 * Who says it: walk back from the verb over at most twelve words (an auxiliary, where and
 * when) to the party — "du", "I", formal "De", "borgeren", "barnet", or a name (in a child's
 * case the child or a parent; otherwise only a name the letter is addressed to). Another
 * speaker, a clause word or a comma on the way means the party did not say it.
 */
function partySpeaks(letter: Letter, before: string, sentenceStart: boolean): boolean {
  const tokens = before.match(TOKEN) ?? [];
  for (let k = tokens.length - 1, seen = 0; k >= 0 && seen < 12; k--, seen++) {
    const t = tokens[k]!;
    // (Round 36: a date written with dashes or slashes, "Du har ved hjemmebesøg den 06-06-2023 oplyst, at …",
    // is walked over like any date.)
    if ((t === '-' || t === '/') && /^\d/u.test(tokens[k - 1] ?? '') && /^\d/u.test(tokens[k + 1] ?? '')) continue;
    if (!/[\p{L}\d]/u.test(t)) {
      // An aside between commas does not end the walk: a relative clause on the speaker ("Emil,
      // der er 12 år, har … givet udtryk for") or a name said to them ("du, Mette, anførte").
      // (Round 34: also an age or a class in brackets after the name: "Alma (11 år) har fortalt os, at …".)
      const open = t === ',' ? asideStart(tokens, k) : t === ')' ? bracketStart(tokens, k) : -1;
      if (open < 0) return false;
      k = open;
      continue;
    }
    const lower = t.toLowerCase();
    // (Round 36: in a letter to a relative about the citizen, "du"/"I"/"De" is the relative: see toRelative.)
    if (PARTY.test(lower) || (lower === 'unge' && tokens[k - 1]?.toLowerCase() === 'den')) return lower !== 'du' || !toRelative(letter);
    // "I" is the party only in capitals, and at the start of a sentence only before its verb
    // ("I har skrevet, at …", not "I ansøgningen har lægen skrevet").
    if (t === 'I') return (!(sentenceStart && k === 0) || k + 1 === tokens.length || /^(?:har|havde)$/u.test(tokens[k + 1]!)) && !toRelative(letter);
    if (t === 'De') return formalYou(letter) && !toRelative(letter);
    // (A pronoun after a preposition is no new clause: "Du ringede til os den 25. august og fortalte,
    // at …".)
    if (/^(?:os|dig|jer)$/u.test(lower) && k > 0 && PREPOSITION.test(tokens[k - 1]!.toLowerCase())) continue;
    // (Round 52: nor an object right after the party in inverted order: "På mødet viste du os dit værelse og fortalte,
    // at …" — the party is the subject just before it.)
    if (/^(?:os|mig)$/u.test(lower) && k > 0 && /^(?:du|I|De)$/u.test(tokens[k - 1]!)) continue;
    if (CLAUSE_WORDS.has(lower)) return false;
    // (Round 40: also a place after a lower-case "i", "Børneafdelingen i Holbæk skrev …": a town is no speaker; the
    // pronoun "I" is capitalised.)
    const inPhrase = [tokens[k - 1], tokens[k - 2]].some((w) => w !== undefined && (PREPOSITION.test(w.toLowerCase()) || w === 'i'));
    // In a child's case the parents are parties too ("Mor oplyser, at …", "Faren har fortalt").
    if (letter.area === 'boern' && PARENT.test(lower) && !inPhrase) return true;
    if (OTHER_PEOPLE.test(lower)) {
      if (inPhrase) continue;
      return false;
    }
    if (FUNCTION_WORD.test(t)) continue;
    if (CAPITALISED.test(t) && !inPhrase) {
      // (Round 51: an office spelt with a capital as part of its proper name, "Sydvestjysk Sygehus skriver", "Vejle
      // Kommune har oplyst": the suffixes are written in lower case, so the word is tested lower-cased too.)
      if (NOT_A_NAME.test(t) || NOT_A_NAME.test(lower)) return false;
      // "Natasja Holm": the first name is the word before a capitalised surname; "Jobcenter
      // Birkemose" is an office.
      const prev = k > 0 && CAPITALISED.test(tokens[k - 1]!) && !FUNCTION_WORD.test(tokens[k - 1]!) ? tokens[k - 1]! : undefined;
      if (prev && NOT_A_NAME.test(prev)) return false;
      // Round 38: a title before the name, capitalised at the sentence's start ("Træneren Mads har sagt, at …",
      // "Pædagogen Lise fortalte"): another speaker, named.
      if (prev && OTHER_PEOPLE.test(prev.toLowerCase())) return false;
      const first = prev ?? t;
      const firstAt = prev ? k - 1 : k;
      // "Din datter Anne har fortalt": a relative by name; in an adult's case that is not the
      // party, and "din datter" alone cannot tell whose case it is.
      // In a child's case "din datter Ida" is the child herself.
      const relation = firstAt > 0 ? tokens[firstAt - 1]!.toLowerCase() : '';
      if (relation && OTHER_PEOPLE.test(relation) && !(letter.area === 'boern' && /^(?:søn|datter|barn)$/u.test(relation))) return false;
      // Capitalised at the start of the sentence proves nothing ("Skolen", "Personalet"):
      // the name must also stand as a name elsewhere in the letter.
      if (sentenceStart && firstAt === 0 && !prev && !usedAsName(letter, first)) return false;
      if (namesAPlace(letter, first)) return false;
      return letter.area === 'boern' || addressees(letter).has(first);
    }
  }
  return false;
}

// Round 34: the application with the citizen's own reason in the same sentence ("Du har søgt om tilskud til en
// elcykel til 18.995 kr., fordi du bliver hurtigt træt"); "Du har søgt om hjælp til rengøring." alone is no view.
const BECAUSE_AFTER = /^(?:(?![.!?]\s+\p{Lu})[^\n]){0,250}?,\s*fordi\s+(?:du|I|De)(?![\p{L}])/u;
// Round 40: in a child's case the parents apply for the child, and their reason is the child's ("I har søgt om at få
// forhøjet Idas ydelse, fordi hun er startet på en diæt"): the application's own reason, like "fordi du …".
const BECAUSE_CHILD_AFTER = /^(?:(?![.!?]\s+\p{Lu})[^\n]){0,250}?,\s*fordi\s+(?:hun|han|barnet|\p{Lu}\p{Ll}+)(?![\p{L}])/u;
// Round 40: a verb-first clause is a condition or a question ("Ønsker du at skifte leverandør, kan du kontakte
// Visitationen", "Ønsker I at deltage?"): what the party may do, not what they said. (Only at the start of its
// sentence, and only with a main clause after it or a question mark.)
// Round 57: the party asked to tell a wish not yet made, in an indirect question ("Giv besked til visitationen, hvilken
// leverandør du ønsker", "Du bedes oplyse, hvornår I ønsker besøget"): a request, not a view the letter reports. ("Du har
// fortalt, hvilke dage du ønsker" is past and stays a view.)
const ASKED_TO_TELL_BEFORE =
  /(?<![\p{L}])(?:giv\s+(?:os\s+|mig\s+)?besked|oplys|fortæl|meddel|skriv|ring|kontakt|lad\s+(?:os|mig)\s+(?:vide|høre)|(?:bedes|beder\s+(?:vi\s+)?(?:dig|jer|Dem)(?:\s+om)?)\s+(?:\p{L}+\s+)?(?:at\s+)?(?:oplyse|meddele|fortælle|skrive|give\s+besked))(?![\p{L}])[^.;:!?\n]{0,60}?(?<![\p{L}])(?:hvilken|hvilket|hvilke|hvad|hvornår|hvordan|hvor\s+(?:mange|meget|ofte|længe))\s+(?:[\p{L}-]+\s+){0,3}$/iu;
const THEN_CLAUSE = /,\s*(?:så\s+)?(?:kan|skal|må|bedes|bør|er|vil|kontakt|ring|skriv|send|giv)(?![\p{L}])/iu;

const ASIDE_OPENER = /^(?:der|som)$/iu;

/** The index of the "(" that opens a short bracket closed at `close` (at most four words), or -1. */
function bracketStart(tokens: string[], close: number): number {
  for (let j = close - 1; j >= 0 && close - j <= 5; j--) {
    if (tokens[j] === '(') return j > 0 && CAPITALISED.test(tokens[j - 1]!) ? j : -1;
    if (!/[\p{L}\d]/u.test(tokens[j]!)) return -1;
  }
  return -1;
}

/** The index of the comma that opens an aside closed by the comma at `close`, or -1. */
function asideStart(tokens: string[], close: number): number {
  for (let j = close - 1; j >= 0 && close - j <= 8; j--) {
    if (tokens[j] !== ',') continue;
    const inner = tokens.slice(j + 1, close);
    // (A name between commas only after "du"/"De"/"I": "Emils mormor, Jette, fortalte" is hers.)
    const named = /^(?:[dD]u|De|I)$/u.test(tokens[j - 1] ?? '') && inner.length >= 1 && inner.length <= 3 && inner.every((w) => CAPITALISED.test(w) && !NOT_A_NAME.test(w));
    if ((ASIDE_OPENER.test(inner[0] ?? '') && inner.length >= 2) || named) return j;
    return -1;
  }
  return -1;
}

// "i sin afslutningsrapport", "i sit notat": the writer's own professional document.
// (Round 50: also "deres" in lower case, an institution's own: "Børnehaven skriver i deres status, at …".)
const OWN_REPORT_AFTER =
  /^\s+i\s+(?:sin|sit|sine|deres)\s+(?:\p{L}+\s+)?\p{L}*(?:rapport|notat|udtalelse|attest|erklæring|journal|beskrivelse|vurdering|redegørelse|status)\p{L}*/iu;
// Round 50: the same document put between the auxiliary and the verb, with its date ("Institutionen har i deres
// status af 3. maj skrevet, at …", "Hun har i sin udtalelse fra marts beskrevet, at …"): the writer's report, not the
// party's words. ("Du har i din ansøgning skrevet" has the party's own possessive and stays.)
// (Round 58: also the document with its article, "Familiehuset har i statusrapporten af 22. april 2025 beskrevet, at …":
// a professional's report; the party's own is the application or the mail, which the list leaves out.)
// (Round 59: and with the indefinite article, "Aflastningsstedet har i en status af 27. november beskrevet, at …".)
const OWN_REPORT_BEFORE =
  /(?<![\p{L}])(?:har|havde)\s+i\s+(?:(?:sin|sit|sine|deres)\s+(?:\p{L}+\s+)?\p{L}*(?:rapport|notat|udtalelse|attest|erklæring|journal|beskrivelse|vurdering|redegørelse|status)\p{L}*|(?:en|et)\s+(?:\p{L}+\s+)?\p{L}*(?:rapport|notat|udtalelse|attest|erklæring|redegørelse|status)\p{L}*|\p{L}*(?:rapport|notat|udtalelse|attest|erklæring|redegørelse|status)(?:en|et|erne)?)(?:\s+(?:af|fra|den)\s+(?:[\p{L}\d]+\.?\s+){1,3}?)?\s*$/iu;
// The party had nothing to add ("Du havde ikke yderligere at tilføje", "Du havde ingen bemærkninger").
const NOTHING_TO_ADD =
  /(?<![\p{L}])(?:ikke\s+(?:\p{L}+\s+){0,2}?at\s+tilføje|ingen\s+(?:\p{L}+\s+)?(?:bemærkninger|kommentarer|rettelser)|ikke\s+(?:\p{L}+\s+)?(?:bemærkninger|kommentarer))(?![\p{L}])/iu;
// The section under a heading: up to the next blank line followed by a short line, at most 400 characters.
function sectionAfter(letter: Letter, end: number): string {
  const text = letter.text.slice(end, end + 400);
  const next = /\n\s*\n[^\n]{1,60}\n\s*\n/u.exec(text.slice(1));
  return next ? text.slice(0, next.index + 1) : text;
}

const PRONOUN_AFTER = /^\s+(?:han|hun)\s*(?:,|selv\b|også\b|til\b)/u;
const FRONTED_MEETING =
  /^\s*(?:[Dd]a|[Nn]år|[Mm]ens)\s+(?:jeg|vi)\s+(?:\p{L}+\s+){0,2}?(?:besøgte|mødte|talte\s+med|snakkede\s+med|ringede\s+til|var\s+(?:hjemme\s+|på\s+besøg\s+)?hos)\s+(\p{Lu}\p{Ll}+)(?![\p{L}])/u;
// Round 63: the one visited named by a pronoun, the visitor one of our professionals ("Da sygeplejersken var hos ham den
// 14. oktober, fortalte han, at …"): the pronoun after the verb is the one visited, in a letter to a relative, a guardian
// or about a child the party (as VISITED_PRONOUN_SPEAKS). The pronoun must agree ("ham" … "han").
const FRONTED_PRO_VISIT =
  /^\s*(?:[Dd]a|[Nn]år)\s+(?:vores\s+|kommunens\s+)?\p{Ll}*(?:sygeplejerske|terapeut|visitator|assessor|konsulent|rådgiver)\p{Ll}*\s+(?:\p{L}+\s+){0,2}?(?:besøgte|mødte|talte\s+med|var\s+(?:hjemme\s+|på\s+besøg\s+)?hos)\s+(ham|hende)(?![\p{L}])(?:[^,.;\n]|(?<=\d)\.){0,30},\s*$/u;
const TO_GUARDIAN = /(?<![\p{L}])(?:som\s+(?:\p{Lu}\p{Ll}+(?:s|')\s+)?værge|værge\s+for)(?![\p{L}])/iu;
const VISITED_PRONOUN_SPEAKS =
  /^\s*(?:[Dd]a|[Nn]år)\s+(?:jeg|vi)\s+(?:\p{L}+\s+){0,2}?(?:besøgte|mødte|talte\s+med|var\s+(?:hjemme\s+|på\s+besøg\s+)?hos)\s+(ham|hende)(?![\p{L}])(?:[^,.;\n]|(?<=\d)\.){0,30},\s*\p{L}+\s+(?:han|hun)(?![\p{L}])(?:[^,.;\n]){0,60}?(?:\s+og\s+)?$/u;
const NAMED_SELF_INSIDE = /\s(\p{Lu}\p{Ll}+)\s+selv\s/u;
const SAID_NOTHING_AFTER = new RegExp(String.raw`^\s*,?\s*at\s+(?:du|I|De|han|hun)\s+(?:\p{L}+\s+){0,2}?(?:${NOTHING_TO_ADD.source})\s*[.!]?\s*$`, 'iu');
function reportedSpeech(letter: Letter): Detection | undefined {
  const text = letter.text;
  for (const m of letter.matches(SPEECH_VERB)) {
    if (m.start > 0 && LETTER.test(text[m.start - 1]!)) continue;
    if (!SAID_AFTER.test(text.slice(m.end, m.end + 140))) continue;
    // (A named person writing in her own report is the professional: "Mona skriver i sin
    // afslutningsrapport, at …".)
    if (OWN_REPORT_AFTER.test(text.slice(m.end, m.end + 50))) continue;
    if (OWN_REPORT_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start))) continue;
    const si = letter.sentenceAt(m.start);
    if (si < 0) continue;
    const s = letter.sentence(si);
    if (COMPLAINT_SENTENCE.test(letter.slice(s))) continue;
    const from = Math.max(s.start, m.start - 120);
    const before = text.slice(from, m.start);
    if (CONDITIONAL_BEFORE.test(before)) continue;
    // Round 49: all that was said is that there was nothing to add ("De ringede og sagde, at De ikke havde noget at
    // tilføje"): the answer to a hearing, not an account or a wish.
    if (SAID_NOTHING_AFTER.test(text.slice(m.end, s.end))) continue;
    // "…, gav du udtryk for, at …": the speaker inside the verb's words.
    if (/\s(?:du|I|De)\s/u.test(letter.slice(m))) {
      if (toRelative(letter)) continue;
      return { present: true, evidence: { start: m.start, end: m.end } };
    }
    // Round 41: the speaker named inside the verb's words, with "selv" ("På mødet gav Lasse selv udtryk for, at
    // …"): the party when the name is (see partySpeaks).
    const inside = NAMED_SELF_INSIDE.exec(letter.slice(m));
    if (inside && partySpeaks(letter, ` ${inside[1]!}`, false)) return { present: true, evidence: { start: m.start, end: m.end } };
    // Inverted after a fronted time or place: "På mødet den 16. september sagde Peter, at …".
    const after = SPEAKER_AFTER.exec(text.slice(m.end, m.end + 40));
    if (after && partySpeaks(letter, ` ${after[1]!}`, false)) return { present: true, evidence: { start: m.start, end: m.end } };
    // Round 44: inverted after a fronted clause that names the one visited or spoken with ("Da jeg besøgte Oliver,
    // fortalte han, at …", "Da jeg talte med Jens selv i telefonen, sagde han, at …"): the pronoun is that person,
    // the party when the name is (see partySpeaks). "Da jeg talte med lægen, sagde hun …" names no party.
    if (PRONOUN_AFTER.test(text.slice(m.end, m.end + 12))) {
      const met = FRONTED_MEETING.exec(text.slice(s.start, m.start));
      if (met && partySpeaks(letter, ` ${met[1]!}`, false)) return { present: true, evidence: { start: m.start, end: m.end } };
      const pro = FRONTED_PRO_VISIT.exec(text.slice(s.start, m.start));
      const pronoun = /^\s+(han|hun)/u.exec(text.slice(m.end, m.end + 12))?.[1];
      if (pro && (pro[1] === 'ham') === (pronoun === 'han') && (letter.area === 'boern' || toRelative(letter) || TO_GUARDIAN.test(letter.text))) return { present: true, evidence: { start: m.start, end: m.end } };
    }
    // Round 49: the one visited, as a pronoun, who then speaks with the verb inverted ("Da vi besøgte ham, viste han os
    // sit værelse og sagde »mit hjem«"): in a child's case or a letter to a relative or guardian, the party.
    if (VISITED_PRONOUN_SPEAKS.test(text.slice(s.start, m.start)) && (letter.area === 'boern' || toRelative(letter) || TO_GUARDIAN.test(letter.text))) return { present: true, evidence: { start: m.start, end: m.end } };
    if (!partySpeaks(letter, before, from === s.start)) continue;
    return { present: true, evidence: { start: m.start, end: m.end } };
  }
  return undefined;
}

// A field or heading for the view that says there is none ("Barnets perspektiv: Ikke muligt at tale
// med barnet pga. alder", "Borgerens ønsker: —", "Barnets synspunkter er ikke indhentet"); a wish
// that cannot be met ("Barnets ønske er ikke muligt at opfylde") is still reported.
// (Only the noun with its owner, "barnets perspektiv", "dine ønsker": "Du ønsker ingen hjælp" is a view.)
const VIEW_NOUN = /^(?:\p{L}+s|din|dit|dine|jeres|deres)\s+(?:\p{L}+\s+)?(?:perspektiv|synspunkt\p{L}*|ønsker?|ønske\p{L}*|holdning|opfattelse|mening|ord|beskrivelse)$/iu;
const NO_VIEW_AFTER =
  /^\s*(?::|er|var|kunne)?\s*(?:ikke\s+(?:\p{L}+\s+)?(?:muligt(?!\s+at\s+(?:opfylde|imødekomme|efterkomme|give|bevilge|tilgodese))|relevant|aktuel\p{L}*|indhentet|oplyst|belyst|afdækket|kendt|talt|udtalt)|ingen(?![\p{L}])|ukendt|n\/a|[—–-]+\s*(?:$|\n))/iu;

function noView(letter: Letter, end: number): boolean {
  return NO_VIEW_AFTER.test(letter.text.slice(end, end + 60));
}

const BARE_VERB = /^(?:fortalt|oplyst|sagt|forklaret|beskrevet|ønsket)$/iu;
const NOT_SAID_BEFORE = /(?<![\p{L}])(?:ikke|aldrig)\s+(?:\p{L}+\s+)?$/iu;
const OWN_SUBJECT = /(?<![\p{L}])(?:[dD]u|I)\s+har\s/u;

function ownSubjectBefore(letter: Letter, at: number): boolean {
  const si = letter.sentenceAt(at);
  return si < 0 || OWN_SUBJECT.test(letter.text.slice(letter.sentence(si).start, at));
}

// (Round 50: also with "på dine vegne" before the participle: "Din søn har på dine vegne fortalt, at du er utryg".)
// (Round 73: also with the occasion after "på dine vegne", "Din hustru oplyste på dine vegne ved mødet den 5. september, at I
// gerne vil …": still the relative's report.)
const OTHER_REPORTS =
  /(?:skriver|skrev|fortæller|fortalte|oplyser|oplyste|siger|sagde|har\s+(?:på\s+(?:dine|jeres|Deres|hans|hendes)\s+vegne\s+)?(?:skrevet|fortalt|oplyst|sagt))(?:\s+(?:på\s+(?:dine|jeres|Deres|hans|hendes)\s+vegne(?:\s+(?:ved|på|under|i)\s+(?:[^,.;:\n]|(?<=\d)\.){1,60}?)?|til\s+os|til\s+mig|også))?\s*,?\s+at\s+[^.;:]*$/u;

/** The match stands in a clause that another named person reports, said in the same sentence. */
function reportedByOther(letter: Letter, at: number): boolean {
  const si = letter.sentenceAt(at);
  if (si < 0) return false;
  const before = letter.text.slice(letter.sentence(si).start, at);
  const said = OTHER_REPORTS.exec(before);
  return said !== null && THIRD_PARTY.test(before.slice(0, said.index)) && !/(?<![\p{L}])(?:du|I|De|jeg)\s+$/u.test(before.slice(0, said.index));
}

// The application restated as a wish in its own sentence ("De har ansøgt om ombygning af
// badeværelset, idet De ønsker badekarret fjernet", "Du har søgt om en ny kørestol, da du ønsker den
// gamle udskiftet"): the thing applied for, not a view of the citizen's own.
const APPLIED_BEFORE = /(?<![\p{L}])(?:(?:an)?søgt\s+om|(?:an)?søger\s+om|ansøgning\s+om)(?![\p{L}])/iu;
const COMPARED_BEFORE =
  /(?<![\p{L}])(?:(?:(?:ikke|knap)\s+(?:helt\s+)?så|mindre|færre|kortere|sjældnere|lavere)(?:\s+\p{L}+){0,2}?\s*,?\s+(?:som|end)|i\s+det\s+omfang\s*,?)\s+$/iu;
const RESTATED_WISH_AFTER =
  /^\s+(?:[\p{L}-]+\s+){1,3}?(?:fjernet|erstattet|ombygget|udskiftet|ændret|installeret|opsat|monteret|bevilget|forhøjet|nedsat|udvidet|flyttet|dækket|betalt)(?![\p{L}])/iu;
// A field label for the citizen's goal left as an unfilled merge field ("Borgerens mål (egne ord):
// «Mål»"): the letter gives no words of the citizen.
const EMPTY_FIELD_AFTER = /^[\s():\p{L}]{0,20}?(?:«[^»\n]*»|<<[^>\n]*>>|\[[^\]\n]*\]|\{\{[^}\n]*\}\})/u;

// Round 36: a letter to a relative about the citizen ("Vedr. din mor, Inger Lauritsen", "Vedrørende Deres
// far"): there "du"/"De" is the relative, whose account on the citizen's behalf is no view of the citizen's
// own (the guide: "oplysninger fra pårørende på borgerens vegne"). Not in a child's case, where the parents
// are parties.
// The reader's relative, "din mor", "Deres fars" (the genitive too).
const YOUR_RELATIVE = String.raw`(?:din|Deres|jeres)\s+(?:mor|far|mand|hustru|kone|ægtefælle|søster|bror|moster|faster|onkel|tante|svigermor|svigerfar|bedstemor|bedstefar)s?(?![\p{L}])`;
const ABOUT_RELATIVE_LINE = new RegExp(String.raw`^(?:vedr\.?|vedrørende|angående|ang\.)\s*:?\s+${YOUR_RELATIVE}`, 'iu');
// Round 47: the same in a mail's subject line ("Emne: Badetaburet og toiletforhøjer til din far") and with the
// genitive ("Vedr. din mors ansøgning", above).
const RELATIVE_SUBJECT_LINE = new RegExp(String.raw`^(?:emne|subject|overskrift)\s*:.*?(?<![\p{L}])${YOUR_RELATIVE}`, 'iu');
// Round 63: the letter's title line naming the help as for the reader's relative ("Svar om el-scooter til din mor, Inger
// Holmgaard", "Afgørelse om din fars hjemmehjælp"): the letter goes to the relative. Only a title that opens with the
// letter's own word and holds no full stop; "aflastning for din mand" is the reader's own application and stays.
const RELATIVE_TITLE_LINE = new RegExp(String.raw`^(?:svar|afgørelse|afslag|bevilling|ansøgning|brev)(?![\p{L}])[^.\n]{0,80}?(?<![\p{L}])(?:til|om)\s+${YOUR_RELATIVE}[^.\n]*$`, 'iu');
const SECOND_PERSON = /(?<![\p{L}])(?:[dD]u|[dD]ig|[dD]i[nt]|[dD]ine|I|[jJ]er|[jJ]eres|De|Dem|Deres)(?![\p{L}])/u;
// Round 41: also the address line that names the reader as guardian or proxy ("(værge for Søren Mølgaard)",
// "(fuldmagt for Ellen Ravn, …)"): the letter goes to the relative, and "Du har fortalt" is theirs. ("Kopi til
// værge" does not start the line: that letter is to the citizen.)
// (Round 43: also after the reader's name on the same line, in brackets: "Til Hanne Sørensen (fuldmagt for din far, …)".)
// (Round 44: also a party representative, with the relation before it: "søster og partsrepræsentant for Jens Nørgaard".)
// (Round 47: also "fuldmægtig for", "(søn og fuldmægtig for Else Nygaard, …)".)
const PROXY_LINE = /^(?:(?:til\s+)?(?:[\p{L}.-]+\s+){1,4}\(\s*|\(?\s*(?:\p{L}+\s+og\s+)?)(?:som\s+)?(?:værge|fuldmagt(?:shaver)?|fuldmægtig|partsrepræsentant)\s+for(?![\p{L}])/iu;
// Round 56: the reader's kinship and proxy in brackets after the name, with no "for" ("Til: Kurt Bruun (søn, fuldmagt af
// 14/1-24)", "Hanne Lund (datter og værge)"), and a header saying the letter is sent to the proxy ("Brev sendt med Digital
// Post til fuldmagtshaver"): the letter goes to the relative. A copy line ("Kopi til Hanne Lund (datter, fuldmagt)") is
// left out: that letter is to the citizen.
const PROXY_KIN_LINE = /^(?!kopi|cc(?![\p{L}]))(?:til\s*:?\s+)?(?:[\p{L}.-]+\s+){1,4}\(\s*(?:søn|datter|ægtefælle|hustru|mand|kone|samlever|bror|søster|barnebarn|nevø|niece|svigersøn|svigerdatter|pårørende)\s*(?:,|og)\s*(?:som\s+)?(?:værge|fuldmagt(?:shaver)?|fuldmægtig|partsrepræsentant)(?![\p{L}])/iu;
const SENT_TO_PROXY_LINE = /^(?![^\n]*kopi)[^\n]{0,60}?(?<![\p{L}])(?:sendt|fremsendt|udsendt)(?![\p{L}])[^\n]{0,40}?(?<![\p{L}])til\s+(?:fuldmagtshaver(?:en)?|værge(?:n)?|partsrepræsentant(?:en)?)(?![\p{L}])/iu;
const YOU_SUBJECT_BEFORE = /(?<![\p{L}])(?:[Dd]u|I|De)\s+(?:har\s+|havde\s+)?(?:også\s+)?$/u;
function toRelative(letter: Letter): boolean {
  if (letter.area === 'boern') return false;
  return letter.seg.blocks.slice(0, 16).some((b) => {
    const text = letter.slice(b).trim();
    return ABOUT_RELATIVE_LINE.test(text) || text.split('\n').some((line) => PROXY_LINE.test(line.trim()) || PROXY_KIN_LINE.test(line.trim()) || SENT_TO_PROXY_LINE.test(line.trim()) || RELATIVE_SUBJECT_LINE.test(line.trim()) || RELATIVE_TITLE_LINE.test(line.trim()));
  });
}

export function detect(letter: Letter): Detection {
  let relative: boolean | undefined;
  for (const m of letter.matches(letter.compiled.elements['borgerens-synspunkter'].re)) {
    if (aboutSomeoneElse(letter, m.start)) continue;
    if (OWN_WISH.test(letter.slice(m)) && !wisherIsParty(letter, m.start)) continue;
    if (NAMED_WISH.test(letter.slice(m)) && !namedWisherIsParty(letter, m.start)) continue;
    if (SECOND_PERSON.test(letter.slice(m)) && (relative ??= toRelative(letter))) continue;
    // (Round 63: also the bare verb with the reader as its subject just before it, "Du skriver i ansøgningen, at din mor …":
    // in a letter to a relative that is the relative's account.)
    if (YOU_SUBJECT_BEFORE.test(letter.text.slice(Math.max(0, m.start - 20), m.start)) && (relative ??= toRelative(letter))) continue;
    if (/søg(?:t|te)\s+om$/iu.test(letter.slice(m)) && !BECAUSE_AFTER.test(letter.text.slice(m.end, m.end + 250)) && !(letter.area === 'boern' && BECAUSE_CHILD_AFTER.test(letter.text.slice(m.end, m.end + 250)))) continue;
    // Round 48: the application named as the source is a view only with more than the application itself after it
    // ("Af din ansøgning fremgår det, at du søger om en rollator." restates what was applied for).
    if (APPLICATION_SOURCE.test(letter.slice(m)) && bareApplicationAfter(letter.text.slice(m.end, m.end + 250))) continue;
    // Round 44: a choice is a view only with the party's own reason for it (see the phrases).
    if (/valgt/iu.test(letter.slice(m)) && !BECAUSE_AFTER.test(letter.text.slice(m.end, m.end + 250))) continue;
    if (QUESTION.test(letter.slice(m))) {
      const si = letter.sentenceAt(m.start);
      if (si >= 0) {
        const s = letter.sentence(si);
        const sentence = letter.slice(s);
        if (!letter.text.slice(s.start, m.start).trim() && (sentence.trimEnd().endsWith('?') || THEN_CLAUSE.test(letter.text.slice(m.end, s.end)))) continue;
      }
    }
    {
      const si = letter.sentenceAt(m.start);
      if (si >= 0 && ASKED_TO_TELL_BEFORE.test(letter.text.slice(Math.max(letter.sentence(si).start, m.start - 120), m.start))) continue;
    }
    if (/ønske/iu.test(letter.slice(m)) && RESTATED_WISH_AFTER.test(letter.text.slice(m.end, m.end + 60))) {
      const si = letter.sentenceAt(m.start);
      if (si >= 0 && APPLIED_BEFORE.test(letter.text.slice(letter.sentence(si).start, m.start))) continue;
    }
    // The amount applied for, compared with what is granted ("Du får hjælp, men ikke så ofte, som du
    // ønskede: …", "færre timer, end I ønskede."): the application restated, not a view.
    if (/ønske/iu.test(letter.slice(m)) && COMPARED_BEFORE.test(letter.text.slice(Math.max(0, m.start - 40), m.start)) && /^\s*[,.:;]/u.test(letter.text.slice(m.end, m.end + 3))) continue;
    if (/(?:mål|ord)$/iu.test(letter.slice(m)) && EMPTY_FIELD_AFTER.test(letter.text.slice(m.end, m.end + 80))) continue;
    // "deres" in lower case is theirs ("Det er deres opfattelse" of the doctors), not the polite "Deres".
    if (letter.text.startsWith('deres', m.start)) continue;
    // The bare verb found after "du har …"/"I har …" must have that subject in its own sentence:
    // a heading that asks what someone else said ("Hvad har din familie sagt?") comes after the
    // sentence before it, not inside it.
    if (BARE_VERB.test(letter.slice(m)) && !ownSubjectBefore(letter, m.start)) continue;
    // Round 55: what the party did not say ("I har ikke oplyst, hvor mange …", "Du har aldrig fortalt os om
    // smerterne") is a gap in the case, not their account. (Not "ønsket": "Du har ikke ønsket hjælp" is a stance.)
    if (BARE_VERB.test(letter.slice(m)) && !/ønsket/iu.test(letter.slice(m)) && NOT_SAID_BEFORE.test(letter.text.slice(Math.max(0, m.start - 25), m.start))) continue;
    // A view another person reports ("Din søn skriver på dine vegne, at du føler dig ensom",
    // "Datteren fortæller, at du ønsker at blive boende"): what the relative or the professional
    // says, not the citizen's own account.
    if (reportedByOther(letter, m.start)) continue;
    if (VIEW_NOUN.test(letter.slice(m)) && noView(letter, m.end)) continue;
    // A heading "Dine bemærkninger før mødet" over a hearing where the party had nothing to add:
    // the chance to comment, not a view.
    if (/bemærkning/iu.test(letter.slice(m)) && NOTHING_TO_ADD.test(sectionAfter(letter, m.end))) continue;
    // Writing and answering are a view only with what was written ("I din mail skriver du, at
    // …", "Du svarede, at du er enig", "Du skrev tilbage: …"); "Skriver du til os, svarer vi
    // inden 5 dage", "Hvis du vil klage, skriver du til os" and "Du svarede ikke" give none.
    // (Round 31: "Som du selv skrev, …" refers back to the citizen's own letter; what was written is
    // the clause it opens, so no ", at" is needed.)
    if (WRITES.test(letter.slice(m)) && !/^som\s/iu.test(letter.slice(m))) {
      const si = letter.sentenceAt(m.start);
      // (In a reply to a complaint, "Du skriver i din klage, at …" is the view, not the guidance.)
      const inComplaint = /klage/iu.test(letter.slice(m)) || WROTE_IN_COMPLAINT.test(letter.text.slice(m.end, m.end + 30));
      if (si >= 0 && !inComplaint && COMPLAINT_SENTENCE.test(letter.slice(letter.sentence(si)))) continue;
      if (!REPORTED_AFTER.test(letter.text.slice(m.end, m.end + 50))) continue;
      // "Mona skriver i sin afslutningsrapport, at …": a professional's report, not the party's words.
      if (OWN_REPORT_AFTER.test(letter.text.slice(m.end, m.end + 50))) continue;
    }
    // (Only the line of the match: a heading that ends in "om" or "når" — "Det har vi talt om" —
    // is no "om" in front of the view.)
    const before = lineTail(letter.text.slice(Math.max(0, m.start - 40), m.start));
    const after = letter.text.slice(m.end, Math.min(letter.text.length, m.end + 40));
    if (CONDITIONAL_BEFORE.test(before) && !(INVERTED_SPEAKER.test(letter.slice(m)) && TOPIC_OM_BEFORE.test(before))) continue;
    // "… og at du kunne give os dine bemærkninger inden den 16.": the chance to comment is the
    // hearing, not a view the citizen gave.
    if (INVITED_BEFORE.test(before) && /^(?:dine|jeres|Deres|dit)\s/iu.test(letter.slice(m))) continue;
    if (PROCEDURAL_AFTER.test(after) && (QUESTION.test(letter.slice(m)) || /(?:ønske|uenig|enig)/iu.test(letter.slice(m)))) continue;
    return { present: true, evidence: m };
  }
  const reported = reportedSpeech(letter);
  if (reported) return reported;
  const heading = findHeading(letter, 'borgerens-synspunkter') ?? namedViewHeading(letter);
  // (The heading's own label followed by "Ikke muligt …" is an empty field, as above.)
  if (heading) {
    const text = letter.slice(heading);
    // "Dine bemærkninger før mødet" over a hearing where the party had nothing to add.
    if (/bemærkning/iu.test(text) && NOTHING_TO_ADD.test(sectionAfter(letter, heading.end))) return { present: false };
    const label = /^[^:]*?(?:perspektiv|synspunkt\p{L}*|ønsker?|holdning|opfattelse|mening)/iu.exec(text);
    if (label && noView(letter, heading.start + label[0].length)) return { present: false };
  }
  return heading ? { present: true, evidence: heading } : { present: false };
}

// Round 48: see detect. The rest of the sentence after "fremgår af din ansøgning" says only that the party applied.
const APPLICATION_SOURCE = /(?:ansøgning|mail|henvendelse)/iu;
const APPLIED_CLAUSE = /(?<![\p{L}])at\s+(?:du|I|De)\s+(?:har\s+|gerne\s+vil\s+|vil\s+)?(?:an)?søg(?:er|t|te|e)?\s+om(?![\p{L}])/u;
const OWN_REASON = /(?<![\p{L}])(?:fordi|idet|eftersom|da)(?![\p{L}])/iu;
function bareApplicationAfter(after: string): boolean {
  const end = after.search(/[.!?\n]/u);
  const clause = end < 0 ? after : after.slice(0, end);
  return APPLIED_CLAUSE.test(clause) && !OWN_REASON.test(clause);
}

// Round 41: "<navn> ønsker selv …": a wish of the party when the word before the verb is the party or a name the
// letter uses as one (in a child's case the child; see partySpeaks), not an office or a professional.
const OWN_WISH = /^ønsk\p{L}*\s+selv$/iu;
// Round 51: a bare "gerne vil" / "vil gerne" is a view only right after the party's name ("fordi Ida gerne vil …"; in
// a child's case any name, otherwise a name the letter is addressed to): not "Vi vil gerne", "Jeg vil gerne", nor a
// condition ("hvis Ida gerne vil …").
const NAMED_WISH = /^(?:gerne\s+vil(?:le)?|vil\s+gerne)$/iu;
const NAME_BEFORE = /(?<![\p{L}])\p{Lu}\p{Ll}+\s+$/u;
const IF_NAME_BEFORE = /(?<![\p{L}])(?:hvis|når|såfremt|om)\s+\p{Lu}\p{Ll}+\s+$/iu;
function namedWisherIsParty(letter: Letter, at: number): boolean {
  const si = letter.sentenceAt(at);
  if (si < 0) return false;
  const start = letter.sentence(si).start;
  const before = letter.text.slice(Math.max(start, at - 40), at);
  if (!NAME_BEFORE.test(before) || IF_NAME_BEFORE.test(before)) return false;
  return partySpeaks(letter, before, Math.max(start, at - 40) === start);
}
const WISHER_BEFORE = /(?:^|[\s(])([\p{L}]+)\s+$/u;
function wisherIsParty(letter: Letter, at: number): boolean {
  const si = letter.sentenceAt(at);
  if (si < 0) return false;
  const start = letter.sentence(si).start;
  const before = letter.text.slice(Math.max(start, at - 40), at);
  // Round 58: the verb opening the sentence with its subject left out, as notes are written ("Borger bor alene …. Ønsker
  // selv nødkald"): the note's subject, the citizen. (A question or a condition would carry its subject: "Ønsker du selv …".)
  if (start === at) return true;
  const w = WISHER_BEFORE.exec(before)?.[1];
  if (!w || /^(?:han|hun)$/iu.test(w)) return !!w;
  return partySpeaks(letter, before, Math.max(start, at - 40) === start);
}

function lineTail(text: string): string {
  const nl = text.lastIndexOf('\n');
  return nl < 0 ? text : text.slice(nl + 1);
}

// "Idas mening", "Gerdas egne ønsker": a heading with the party's name over what they said. The
// name must not be another speaker ("Lægens mening", "Skolens ønsker", "PPR's holdning").
const NAMED_VIEW = /^(\p{Lu}\p{Ll}+)s\s+(?:egen\s+|egne\s+)?(?:mening|ønsker|ønske|synspunkter|synspunkt|holdning|perspektiv)\s*[?:.]?\s*$/u;

function namedViewHeading(letter: Letter): { start: number; end: number } | undefined {
  for (const b of letter.seg.blocks) {
    if (b.kind !== 'heading') continue;
    const name = NAMED_VIEW.exec(letter.slice(b).trim())?.[1];
    if (!name) continue;
    const lower = name.toLowerCase();
    if (OTHER_PEOPLE.test(lower) || OTHER_PEOPLE.test(`${lower}s`) || NOT_A_NAME.test(name) || NOT_A_NAME.test(`${name}s`)) continue;
    return { start: b.start, end: b.end };
  }
  return undefined;
}
