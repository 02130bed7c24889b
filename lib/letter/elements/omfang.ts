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
import { hasMatchIn } from '../letter';
import type { Span } from '../segment';
import { COMPLAINT_SENTENCE } from './common';

// The quantity belongs to the application, to the past, or to help that stops.
// Also help the citizen already has ("har allerede fast bostøtte 3 timer om ugen", "får i dag
// hjemmepleje 6 gange i døgnet", "har en mentor to gange om ugen") and their own life: work,
// school, hobbies, contact with parents ("fleksjob 4 dage om ugen", "samvær hver anden weekend"),
// what someone would like ("at hun gerne vil se sin mor hver anden weekend"),
// and their money: expenses, charges, income ("udgifter på 250 kr. om måneden", "Du betaler
// 58 kr. pr. hovedret").
// What the citizen has done so far ("Du har siden marts trænet 2 gange om ugen", "har deltaget
// 3 dage om ugen") and events in their life ("er faldet tre gange om natten", "vågner 4 gange
// hver nat") are no help granted.
const NOT_GRANTED = /(?<![\p{L}])(?:har\s+siden|har\s+(?:[\p{L}\d.]+\s+){0,4}?(?:trænet|deltaget|gået|benyttet|brugt|mødt\s+op)|faldet|falder|faldt|vågner|vågnede|vågnet|anfald\p{L}*|indlagt|indlæggelse\p{L}*|skadestue\p{L}*|søgt|søgte|ansøg\p{L}*|ønske\p{L}*|gerne\s+vil|vil\s+gerne|helst\s+vil|vil\s+helst|håber|bedt\s+om|bad\s+om|hidtil|tidligere|indtil\s+nu|har\s+(?:[\p{L}\d]+\s+){0,4}?haft|havde|ophør\p{L}*|stopper|bortfald\p{L}*|ikke\s+længere|allerede|i\s+forvejen|(?<!fra\s)i\s+dag|nuværende|har\s+(?:en|et|fast)|fleksjob\p{L}*|job\p{L}*|arbejde\p{L}*|arbejder|skole\p{L}*|uddannelse\p{L}*|praktik\p{L}*|hobby\p{L}*|fritid\p{L}*|samvær\p{L}*|træner\s+selv|spiller|går\s+til|gå\s+til|gik\s+til|man\s+kan|man\s+får|kan\s+man|får\s+man|udgift\p{L}*|betaler|betale|egenbetaling\p{L}*|pris\p{L}*|koster|løn|indtægt\p{L}*|husleje\p{L}*)(?![\p{L}])/iu;
// In a letter that changes help, what the citizen has been getting is the old scope.
// Also a past grant with a time between ("Du blev i marts 2023 bevilget støtte 3 timer om
// ugen") and the help that runs on until it stops ("Indtil da kommer terapeuten som nu, dvs.
// fire besøg om ugen", "Frem til den 1. maj får du 3 timer om ugen").
const HAD =
  /(?<![\p{L}])(?:har\s+fået|har\s+modtaget|modtager|fik|får\s+nu|har\s+været\s+bevilget|(?:blev|fik)\s+(?:[\p{L}\d.]+\s+){0,4}?bevilget|indtil\s+da|indtil\s+(?:den\s+)?\d|frem\s+til\s+(?:da|(?:den\s+)?\d))(?![\p{L}])/iu;
// Cheap pre-filter before the scope reader: a period word.
const PERIOD_HINT = /(?:om|pr\.?|i|per)\s+(?:ugen|dagen|måneden|året|døgnet|uge|dag|måned|år)|hver|dagligt|ugentligt|månedligt|årligt/iu;

// Help that stops after the quantity is named ("Din rengøring 1 time hver 14. dag ophører").
const ENDS_AFTER = /(?<![\p{L}])(?:ophør\p{L}*|stopper|stoppes|bortfald\p{L}*|slutter|afsluttes|ophæves|nedlægges)(?![\p{L}])/iu;
// A placement or a home is not help per period: the scope there is the stay, not a grant of
// hours ("anbragt på døgninstitution 7 døgn om ugen", "botilbud med 2 besøg om natten").
const PLACEMENT = /(?<![\p{L}])(?:anbring\p{L}*|anbragt\p{L}*|botilbud\p{L}*|døgninstitution\p{L}*|opholdssted\p{L}*|plejebolig\p{L}*|plejehjem\p{L}*)(?![\p{L}])/iu;

// Administration, not help: how often money is paid or recalculated, when the office answers,
// how often the help is followed up ("Tilskuddet udbetales en gang om måneden", "Vi følger op
// 1 gang om året", "telefontid hver dag kl. 9–10"), and the upkeep of an aid ("Rollatoren kan
// udskiftes hvert 5. år", "efterses en gang om året").
const ADMIN = /(?<![\p{L}])(?:udbetal\p{L}*|genberegn\p{L}*|opgørelse\p{L}*|telefontid|åbningstid\p{L}*|kontortid|træffetid|ringetid|revurder\p{L}*|følger\s+op|følges\s+op|følge\s+op|opfølgning\p{L}*|evaluer\p{L}*|statusmøde\p{L}*|opfølgningsmøde\p{L}*|udskift\p{L}*|eftersyn\p{L}*|efterses|vedligehold\p{L}*)(?![\p{L}])/iu;

// The same work and school words as the end of a compound ("virksomhedspraktik 3 dage om ugen",
// "erhvervsuddannelse", "studiejob", "efterskole"): the citizen's own week, no help granted.
// (Literal words, no boundary: "praktisk" is not "praktik".)
const WORK_COMPOUND = /(?:praktik|fleksjob|studiejob|deltidsjob|fritidsjob|skolejob|efterskole|aftenskole|dagskole|specialskole|uddannelse|arbejdsprøvning|løntilskud)/iu;
const NOT_GRANTED_ALL = new RegExp(`${NOT_GRANTED.source}|${WORK_COMPOUND.source}`, 'iu');
const OLD_OR_HAD = new RegExp(`${NOT_GRANTED_ALL.source}|${HAD.source}`, 'iu');

// Contact with the family in a child's case ("Lukas kommer hjem hver anden weekend", under
// "Samvær"): the child's contact, not the scope of the help.
const FAMILY_CONTACT = /(?<![\p{L}])(?:kommer\s+hjem|er\s+hjemme|hjem\s+på\s+besøg|på\s+besøg\s+hos\s+(?:dig|jer|mor|far|forældrene))(?![\p{L}])/iu;
const CONTACT_HEADING = /samvær|forældrekontakt|kontakt\s+til\s+(?:familien|forældrene)/iu;

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

function grantedIn(letter: Letter, m: Span): boolean {
  const si = letter.sentenceAt(m.start);
  if (si < 0) return true;
  const s = letter.sentence(si);
  const sText = letter.slice(s);
  if (COMPLAINT_SENTENCE.test(sText)) return false;
  if (FAMILY_CONTACT.test(sText) || CONTACT_HEADING.test(sectionHeadingOf(letter, si) ?? '')) return false;
  if (PLACEMENT.test(sText) || ENDS_AFTER.test(letter.text.slice(m.end, s.end))) return false;
  // "fra 3 til 2 timer": the new, lower scope is granted even though the old one is named.
  const before = letter.text.slice(s.start, m.start);
  // Administration only in the clause of the quantity ("Tilskuddet udbetales en gang om
  // måneden"); a follow-up meeting named earlier as the occasion ("Under henvisning til
  // opfølgningsmødet …, at det er besluttet at ændre Deres tilbud fra 4 til 2 dage ugentligt")
  // does not make the new scope administration.
  if (ADMIN.test(before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1))) return false;
  const changing = (letter as Partial<AnalysedLetter>).decisionType === 'aendring';
  if (NOT_GRANTED_ALL.test(before) || (changing && HAD.test(before))) {
    // "Du har hidtil fået 2 timer, men fremover får du 1 time om ugen": the part after the
    // turn is the new scope.
    const lastOld = before.split(changing ? OLD_OR_HAD : NOT_GRANTED_ALL).pop() ?? '';
    // ("til" only right before the new scope: "udgifter til medicin på 300 kr." is no turn.)
    // ("som nu" is no turn: "Indtil da kommer hjemmeplejen som nu, dvs. fire besøg om ugen".)
    if (!/(?<![\p{L}])(?:til\s*$|fremover|men|i\s+stedet|(?<!som\s)nu|derfor)(?![\p{L}])/iu.test(lastOld)) return false;
  }
  // A refusal in the same sentence ("Du får ikke 3 timer om ugen") grants no scope. The
  // letter's type is not used: a partial grant misread as a refusal would lose its scope.
  if (hasMatchIn(letter, letter.compiled.cues.afslag, s)) return false;
  // In a letter read as a refusal, only a sentence that grants something states a granted
  // scope (a partial grant misread as a refusal keeps "Vi bevilger 1 weekend om måneden").
  const { cues } = letter.compiled;
  if ((letter as Partial<AnalysedLetter>).decisionType === 'afslag' && !hasMatchIn(letter, cues.bevilling, s) && !CONTINUES.test(before)) return false;
  return true;
}

// Help that goes on unchanged beside a refused increase ("De vil fortsat modtage hjælp til bad to
// gange ugentligt … som hidtil", "Du får fortsat 3 timer om ugen"): the continuing scope.
const CONTINUES = /(?<![\p{L}])(?:(?:vil|skal|kan)\s+fortsat\s+(?:få|modtage|have)|(?:får|modtager|beholder|har)\s+fortsat)(?![\p{L}])/iu;

export function detect(letter: Letter): Detection {
  for (const m of letter.matches(letter.compiled.elements.omfang.re)) {
    if (grantedIn(letter, m)) return { present: true, evidence: m };
  }
  // The service-level reader is thorough but slower: run it on candidate sentences only.
  for (const s of letter.seg.sentences) {
    const sText = letter.slice(s);
    if (!/\d|en |et |to |tre |fire /u.test(sText) || !PERIOD_HINT.test(sText)) continue;
    for (const f of findScopesInText(sText)) {
      const m = { start: s.start + f.start, end: s.start + f.end };
      if (grantedIn(letter, m)) return { present: true, evidence: m };
    }
  }
  const vague = letter.matches(letter.compiled.lists.vagueScope)[0];
  if (vague) return { present: false, problem: 'efter-behov', evidence: vague, detail: letter.slice(vague) };
  return { present: false };
}
