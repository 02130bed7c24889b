/** Helpers shared by the element detectors. */
import type { Detection, Letter } from '../letter';
import type { Span } from '../segment';
import type { ElementId } from '../types';

/** Sentences about complaints; phrases found there say nothing about the decision itself. */
export const COMPLAINT_SENTENCE = /klag|ankestyrelse/iu;
/** The appeals body named: where a complaint goes on to. */
export const ANKESTYRELSEN = /ankestyrelse/iu;

/**
 * Why the letter is sent, right before a "fordi" ("Vi skriver til dig, fordi tidspunktet bliver
 * lavet om", "Du får dette brev, fordi …"): what follows is the news, not a reason for it.
 */
export const LETTER_PURPOSE =
  /(?:skriver\s+(?:til\s+)?(?:dig|jer|Dem)|(?:får|modtager)\s+(?:dette|det\s+her|et)\s+brev|sender\s+(?:dig|jer|Dem)\s+(?:dette|det\s+her|et)\s+brev)\s*,?\s*$/iu;

/** The rights named by their words (aktindsigt, bisidder, fuldmagt …). */
export const RIGHTS_WORDS = /aktindsigt|bisidder|partsrepræsentant|fuldmagt|lade\s+(?:dig|jer|Dem|sig)\s+repræsentere/iu;
/**
 * The rights paragraph ("Du har ret til aktindsigt. Det betyder, at du kan se de dokumenter,
 * kommunen har i sagen", "Du kan tage en bisidder med"): it explains rights, not the decision.
 */
export const RIGHTS_SENTENCE = new RegExp(
  `${RIGHTS_WORDS.source}|(?:se|læse)\\s+(?:\\p{L}+\\s+){0,3}?(?:dokumenter|dokumenterne|akter|akterne|sagsakter|papirer|papirerne)(?![\\p{L}])`,
  'iu',
);

/** Words of help that ends (in a result sentence): what is said of the help then looks back. */
export const ENDING_WORDS = /ophør|stopper|afslutte|bortfald/u;

/**
 * The data-protection paragraph ("Vi behandler oplysninger fra dig og fra andre myndigheder
 * efter databeskyttelsesforordningen"): it says how information is handled, so neither the
 * information nor the authorities named there belong to the decision.
 */
export const DATA_PROTECTION =
  /databeskyttelse|persondata|personoplysning|behandler\s+(?:\p{L}+\s+){0,3}?oplysninger|registrerer\s+(?:\p{L}+\s+){0,2}?oplysninger|opbevarer\s+(?:\p{L}+\s+){0,2}?oplysninger/iu;

// (Round 53: also the plural greeting, "Mange hilsner", "Venlige hilsner", "De bedste hilsner": the signature follows.)
const CLOSING = /^(?:med\s+)?(?:de\s+)?(?:venlig|venlige|venligst|kærlig|kærlige|bedste|mange)?\s*hils(?:en|ner)\b|^mvh\b|^vh\b/iu;

/**
 * The letter's frame: the letterhead lines before the first paragraph (sender, department,
 * address, case number) and everything from the closing ("Med venlig hilsen") on (name, title,
 * department, phone). Names of offices there ("Borgerservice og Hjælpemidler", "Jobcenter
 * Vest") say who writes, not where the citizen can get help.
 */
export function frameTest(letter: Letter): (offset: number) => boolean {
  const blocks = letter.seg.blocks;
  let headEnd = 0;
  for (const b of blocks) {
    if (b.kind === 'paragraph') break;
    headEnd = b.end;
  }
  let tailStart = Infinity;
  for (const b of blocks) {
    if (b.start >= headEnd && CLOSING.test(letter.slice(b).trim())) {
      tailStart = b.start;
      break;
    }
  }
  return (offset) => offset < headEnd || offset >= tailStart;
}

/** Present when the element's phrase list matches anywhere (evidence = first match). */
export function detectByPhrases(
  letter: Letter,
  id: ElementId,
  options: {
    outside?: RegExp;
    /** Skip the letterhead and the signature (see frameTest). */
    skipFrame?: boolean;
    /** Skip the sections under these elements' headings. */
    skipSections?: ElementId[];
    /** A last say on a match, given the text of its sentence. */
    accept?: (match: string, sentence: string) => boolean;
  } = {},
): Detection {
  const { re } = letter.compiled.elements[id];
  const inFrame = options.skipFrame ? frameTest(letter) : undefined;
  const skipped = (options.skipSections ?? []).map((s) => sectionUnder(letter, s)).filter((s): s is Span => !!s);
  for (const m of letter.matches(re)) {
    if (inFrame?.(m.start)) continue;
    if (skipped.some((s) => m.start >= s.start && m.start < s.end)) continue;
    if (inMergeField(letter.text, m.start)) continue;
    if (options.accept) {
      const si = letter.sentenceAt(m.start);
      if (!options.accept(letter.slice(m), si >= 0 ? letter.slice(letter.sentence(si)) : '')) continue;
    }
    if (options.outside) {
      const si = letter.sentenceAt(m.start);
      if (si >= 0 && options.outside.test(letter.slice(letter.sentence(si)))) continue;
    }
    return { present: true, evidence: m };
  }
  const heading = findHeading(letter, id);
  if (heading) return { present: true, evidence: heading };
  return { present: false };
}

// The ways templates mark a field: «Navn», [Navn], {{navn}}, <<Navn>>.
const FIELD_CLOSE: Record<string, string> = { '«': '»', '[': ']', '{': '}', '<': '>' };
const FIELD_CLOSERS = new Set(Object.values(FIELD_CLOSE));
const FIELD_SPAN = 60;

/**
 * Whether the offset lies inside a template merge field left unfilled ("«Aktindsigt_tekst»",
 * "[Opfølgning]", "{{klagevejledning}}"): the name of a text that was never put in, not the text.
 * With `filledIsText`, a field the template filled with text does not count (round 51: several words and a date or
 * number, "«Indsatsen revurderes senest 01.03.2026.»", where the template kept its guillemets around what it put in).
 */
export function inMergeField(text: string, at: number, filledIsText = false): boolean {
  for (let i = at - 1; i >= 0 && at - i <= FIELD_SPAN; i--) {
    const c = text[i]!;
    if (c === '\n' || FIELD_CLOSERS.has(c)) return false;
    const close = FIELD_CLOSE[c];
    if (!close) continue;
    const end = text.indexOf(close, i);
    if (end < at || end - i > FIELD_SPAN || text.slice(i, end).includes('\n')) return false;
    return !(filledIsText && FILLED_FIELD.test(text.slice(i + 1, end).replace(/^[{<]/u, '')));
  }
  return false;
}
// Round 61: a template's guidance to the writer left in the letter, in brackets and longer than a field's name
// ("[Partshøring: Beskriv, hvornår ansøger er partshørt, og hvilke bemærkninger der er kommet]", "«Angiv her den
// konkrete begrundelse»"): an instruction in the imperative, so nothing of the case was written there.
const INSTRUCTION_OPEN: Record<string, string> = { '[': ']', '«': '»' };
const INSTRUCTION_VERB = /(?<![\p{L}])(?:beskriv|angiv|indsæt|anfør|udfyld|tilføj|notér|noter|redegør|uddyb|vælg|skriv)(?![\p{L}])/iu;
const INSTRUCTION_SPAN = 240;
/** Whether the offset lies inside a bracketed instruction to the writer that was never replaced by text. */
export function inTemplateInstruction(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i <= INSTRUCTION_SPAN; i--) {
    const c = text[i]!;
    if (c === '\n' || c === ']' || c === '»') return false;
    const close = INSTRUCTION_OPEN[c];
    if (!close) continue;
    const end = text.indexOf(close, at);
    if (end < 0 || end - i > INSTRUCTION_SPAN || text.slice(i, end).includes('\n')) return false;
    return INSTRUCTION_VERB.test(text.slice(i + 1, end));
  }
  return false;
}

// A field's content that is text put in, not a name: several words and a date or number.
const FILLED_FIELD = /^(?:[^\s»\]}>]+[ \t]+){2,}[^»\]}>\n]*\d/u;

// A line that is only an unfilled merge field ("«Klagevejledning_standardtekst»") heads nothing.
const ONLY_A_FIELD = /^\s*(?:«[^»\n]*»|\[[^\]\n]*\]|\{\{[^}\n]*\}\}|<<[^>\n]*>>)\s*$/u;

/** The first heading block that matches the element's headings list. */
export function findHeading(letter: Letter, id: ElementId): Span | undefined {
  const re = letter.compiled.elements[id].headings;
  if (!re) return undefined;
  for (const b of letter.seg.blocks) {
    if (b.kind === 'heading' && re.test(letter.slice(b)) && !ONLY_A_FIELD.test(letter.slice(b))) return { start: b.start, end: b.end };
  }
  return undefined;
}

/** The section under a heading of the element: from the heading to the next heading. */
export function sectionUnder(letter: Letter, id: ElementId): Span | undefined {
  const re = letter.compiled.elements[id].headings;
  if (!re) return undefined;
  const blocks = letter.seg.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'heading' || !re.test(letter.slice(b)) || ONLY_A_FIELD.test(letter.slice(b))) continue;
    let end = b.end;
    for (let j = i + 1; j < blocks.length && blocks[j]!.kind !== 'heading'; j++) end = blocks[j]!.end;
    if (end > b.end) return { start: b.start, end };
  }
  return undefined;
}

/**
 * A sentence that states the law, not the case: "Det følger af retssikkerhedslovens § 5, at …",
 * "Af servicelovens § 100 fremgår det, at …", "Efter bestemmelsen kan der ydes …", "Efter stk. 3 kan
 * der kun ydes hjælp, når …" (the subsection of the section just cited), "Servicelovens
 * § 107 har følgende ordlyd: …". Anchored at the sentence start, so it costs one test per
 * sentence. The rule's words ("på grund af", "hovedhensyn", "kan tilbyde") are no reason, no
 * consideration and no grant.
 */
export const LAW_STATEMENT =
  /^(?:(?:det\s+)?(?:følger|fremgår)\s+(?:det\s+)?af\s+[^,\n]{0,60}?(?:§|lov\p{L}*|bestemmelse\p{L}*|regl\p{L}*|vejledning\p{L}*)|(?:af|i)\s+[^.\n]{0,60}?(?:§|loven|bestemmelsen|vejledning\p{L}*|kvalitetsstandard\p{L}*)[^\n]{0,40}?(?:fremgår|følger|står|hedder)(?![\p{L}])|(?:efter|ifølge|i\s+henhold\s+til|i\s+medfør\s+af)\s+(?:bestemmelsen|\p{L}*loven|reglerne|stk\.\s*\d+|[^.\n]{0,30}?§|(?:kommunens\s+)?(?:retningslinjer|kvalitetsstandard\p{L}*|serviceniveau\p{L}*))(?:[^.\n]|\.(?=\s*\d)){0,60}?(?:(?:kan|skal)\s+(?:der|kommunen|kommunalbestyrelsen|man)|(?:ydes|gives|bevilges|visiteres|tildeles)\s+der)(?![\p{L}]))/iu;
// "Ansøgningen er behandlet efter servicelovens § 52, stk. 3, nr. 5, hvorefter kommunalbestyrelsen
// kan …": the rule restated after the section it is in (tested only when the word is there).
const LAW_WHEREBY = /§[^.\n]{0,40}?(?:\.[^.\n]{0,20}?){0,3},\s*hvorefter\s+(?:kommunalbestyrelsen|kommunen|der|man|myndigheden|forvaltningen)\s+(?:\p{L}+\s+)?(?:kan|skal|ydes|gives|tilbydes|bevilges|yder|giver|tilbyder|bevilger|dækker|træffer)(?![\p{L}])/iu;
// "Servicelovens § 107, stk. 1, har følgende ordlyd:" (tested only when the words are there).
const LAW_WORDING = /^[^.\n]{0,40}?§[^\n]{0,30}?(?:har\s+følgende\s+ordlyd|lyder\s+(?:således|sådan))/iu;

// A long passage in quotation marks: in a decision letter that is the law or a guideline
// quoted word for word ("Servicelovens § 107 har følgende ordlyd: "Kommunalbestyrelsen kan …"").
const QUOTED = /["“„«][^"“”„«»\n]{60,}["”»]/g;

/**
 * Whether the sentence states or quotes the law: a LAW_STATEMENT, or a sentence that lies in
 * a long quotation.
 */
export function isLawSentence(letter: Letter, s: Span): boolean {
  // Several detectors ask about the same sentences: work out every sentence once per letter.
  let flags = lawCache.get(letter);
  if (!flags) lawCache.set(letter, (flags = lawSentences(letter)));
  const i = letter.sentenceAt(s.start);
  return i >= 0 && flags[i] === 1;
}
const lawCache = new WeakMap<Letter, Uint8Array>();

// The words every law statement names (the law, a provision, the rules), as one regex: a third of
// the time of ten `includes` in a row over each sentence.
const LAW_NAMED = /§|lov|Lov|estemmelse|egler|ejledning|stk\.|etningslinje|tandard|erviceniveau/;

/** 1 for each sentence that states or quotes the law, else 0. */
function lawSentences(letter: Letter): Uint8Array {
  const sentences = letter.seg.sentences;
  const flags = new Uint8Array(sentences.length);
  // (A committee's decision quoted word for word is the decision, not the law: "Udvalgets
  // afgørelse: "Visitationsudvalget godkender ikke ansøgningen om plejebolig …"".)
  const quotes = letter.matches(QUOTED).filter((m) => !DECISION_QUOTE.test(letter.slice(m)));
  let q = 0;
  let prevStatement = false;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const text = letter.slice(s);
    // Every law statement names the law, a provision or the rules: a cheap look first.
    const named = LAW_NAMED.test(text);
    const statement =
      (named && (LAW_STATEMENT.test(text) || ((text.includes('ordlyd') || text.includes('lyder')) && LAW_WORDING.test(text)) || (text.includes('hvorefter') && LAW_WHEREBY.test(text)))) ||
      ((text.includes('gives') || text.includes('ydes') || text.includes('tilbydes') || text.includes('bevilges') || text.includes('tildeles')) && RULE_FOR_A_CLASS.test(text)) ||
      (text.includes('formål') && text.includes('§') && LAW_PURPOSE.test(text)) ||
      CLASS_RULE.test(text) ||
      ((text.includes('den unge') || text.includes('en ung')) && ANY_CHILD.test(text));
    while (q < quotes.length && quotes[q]!.end < s.end - 1) q++;
    const quoted = q < quotes.length && quotes[q]!.start <= s.start;
    // The law's next sentence in the same paragraph ("Af § 24 fremgår det, at … I det omfang
    // afgørelsen beror på et skøn, skal begrundelsen tillige angive de hovedhensyn …"), as long
    // as it does not turn to the reader.
    const continued = prevStatement && i > 0 && sentences[i - 1]!.block === s.block && !ADDRESS.test(text.replace(PREPOSITION_I, ''));
    if (statement || quoted || continued) flags[i] = 1;
    prevStatement = statement;
  }
  return flags;
}
const DECISION_QUOTE =
  /(?:\p{L}*udvalget|forvaltningen|kommunen|byrådet|\s[Vv]i)\s+(?:\p{L}+\s+){0,2}?(?:godkender|bevilger|imødekommer|afslår|afviser|beslutter|besluttede|tiltræder|opretholder|har\s+besluttet|træffer|giver|tilbyder|vedtager|fastholder)(?![\p{L}])/iu;
// The rule in plain words, for a class of people ("Ledsageordningen efter § 97 gives til personer
// under folkepensionsalderen, som …", "Hjælpen ydes til borgere, der …", "Beskyttet beskæftigelse kan
// tilbydes personer under folkepensionsalderen, der …", "Nødkald tildeles borgere, der har et akut
// behov …"): the law, not the case.
const RULE_FOR_A_CLASS = /(?:gives|ydes|tilbydes|bevilges|tildeles)(?:\s+(?:efter|jf\.?|i\s+medfør\s+af)\s+[^\n]{0,60}?§[^\n]{0,30}?,)?\s+(?:kun\s+|alene\s+|som\s+udgangspunkt\s+)?(?:til\s+|(?:[\p{L}-]+\s+){1,3}?til\s+)?(?:personer|borgere|børn|unge|voksne|familier|ansøgere|folkepensionister|pensionister|mennesker)(?![\p{L}])/u;
// The rule said of a class of people ("Personer, der bor i et botilbud efter § 108, er ikke omfattet
// af ordningen med ledsagelse"): general, not this citizen's case.
const CLASS_RULE = /^(?:personer|borgere|ansøgere|folkepensionister|pensionister|familier)\s*,?\s+(?:der|som)\s/iu;
// The law's child in general ("… af hensyn til barnets eller den unges særlige behov for støtte"): no
// letter says that of the child it is about.
const ANY_CHILD = /(?<![\p{L}])(?:barnets\s+eller\s+den\s+unges|barnet\s+eller\s+den\s+unge|et\s+barn\s+eller\s+en\s+ung)(?![\p{L}])/iu;
// The purpose of a provision ("Aktivitets- og samværstilbud efter servicelovens § 104 har til formål
// at vedligeholde … for personer med …"): the law's purpose, not this citizen's.
const LAW_PURPOSE = /§\s*\d+[^.\n]{0,40}?(?:har\s+til\s+formål|formål\s+er)(?![\p{L}])/iu;
// A sentence-initial "I" that is the preposition ("I det omfang …"), not "you".
const PREPOSITION_I = /^I\s+(?=(?:det|den|de|denne|dette|disse|henhold|forbindelse|tilfælde|øvrigt|medfør|særlige)(?![\p{L}]))/u;
// (Case-sensitive for "I" and "De"; the other pronouns also with a capital at the sentence
// start: "Vi vurderer ikke, at …" right after the law is the writer's own voice.)
const ADDRESS = /(?<![\p{L}])(?:du|Du|dig|din|Din|dit|Dit|dine|Dine|I|jer|jeres|Jeres|De|Dem|Deres|vi|Vi|os|vores|Vores)(?![\p{L}])/u;

// (No leading look-behind, which is slow in V8; "tillagt" ends in "lagt" and counts the same.)
// What a "lagt vægt på" can weigh without naming anything: "en samlet og konkret vurdering af
// dine forhold", "de faglige vurderinger i sagen", "sagens oplysninger".
const WEIGHT_CUE =
  /(?:lagt|lægger)\s+(?:\p{L}+\s+)?vægt\s+på|taget\s+hensyn\s+til|indgået\s+i\s+(?:vores|kommunens)\s+vurdering|hovedhensyn\p{L}*/giu;
const BACK_REFERENCE = /(?<![\p{L}])(?:hvilket|hvad|som|dette|det|disse|det\s+forhold)\s+(?:\p{L}+\s+){0,3}$/iu;
const GENERIC_WORDS = new Set(
  (
    'en et den det de alle hele samlet samlede konkret konkrete individuel individuelle faglig faglige helhedsorienteret ' +
    'vurdering vurderingen vurderinger vurderingerne helhedsvurdering oplysning oplysninger oplysningerne foreliggende ' +
    'sagens sagen sag i af på og samt om ved din dit dine jeres deres familiens barnets borgerens forhold forholdene ' +
    'situation situationen omstændigheder omstændighederne lovgivningen loven reglerne gældende kommunens ' +
    'kvalitetsstandard kvalitetsstandarden serviceniveau serviceniveauet også især blandt andet bl a hensyn ' +
    // The information as such, however it came in ("de oplysninger, du gav os på mødet, og de
    // øvrige oplysninger i sagen").
    'øvrige andre du vi os gav givet har er der som fremgår foreligger indhentet modtaget mødet samtalen besøget'
  ).split(' '),
);

/**
 * The sentence weighs only a generic assessment: every weight cue in it is followed by words
 * that name no fact ("Vi har lagt vægt på en samlet og konkret vurdering af dine forhold").
 * A cue followed by "at …" or by anything concrete names a consideration.
 */
export function weighsOnlyGeneric(sentence: string): boolean {
  if (!sentence.includes('vægt') && !sentence.includes('hensyn')) return false;
  WEIGHT_CUE.lastIndex = 0;
  let seen = false;
  for (let m = WEIGHT_CUE.exec(sentence); m; m = WEIGHT_CUE.exec(sentence)) {
    seen = true;
    // "…, hvilket der er lagt vægt på i vurderingen": what is weighed came before the cue.
    if (BACK_REFERENCE.test(sentence.slice(Math.max(0, m.index - 30), m.index))) return false;
    const rest = sentence.slice(m.index + m[0].length);
    const words = rest.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) return false;
    if (!words.every((w) => GENERIC_WORDS.has(w))) return false;
  }
  return seen;
}

// The purpose label, as a heading line of its own ("Formål", "Målet med støtten:") or before the aim on the same line
// ("Formål: At …").
const AIM_LABEL = /^(?:formål|formålet|mål|målet|indsatsformål|indsatsmål)(?:\s+med\s+(?:\p{L}+\s*){1,3})?\s*:?$/iu;
const AIM_LABEL_FIRST = /^\s*(?:formål|formålet|mål|målet|indsatsformål|indsatsmål)\s*:\s*at\s/iu;
/**
 * Sentence `i` (its text `text`) stands under the purpose label: "Formål: At …" on one line, or on the line after a
 * "Formål" heading. Round 53: an aim item written as an infinitive there says what the help shall do, so a diagnosis or
 * a cause in it is neither a fact of the case nor a reason (faktiske-oplysninger and begrundelse both skip it).
 */
export function underAimLabel(letter: Letter, i: number, text: string): boolean {
  return AIM_LABEL_FIRST.test(text) || (i > 0 && AIM_LABEL.test(letter.slice(letter.sentence(i - 1)).trim()));
}
