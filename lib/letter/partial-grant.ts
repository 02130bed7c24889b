/**
 * Checks that a grant gives less than was asked, or gives something else than was asked: the guide's "delvis
 * bevilling". Amounts set against the application (in sentences, tables, form fields), an applied item refused
 * after the grant, the whole refused in the conclusion, another or cheaper aid, a yes and a no per item, a heading
 * that asks why not more. Also a grant of less than the citizen has had (lessThanBefore, a change) and a table's
 * column head (isColumnHead). Used by classifyDecision in decision-type.ts.
 */
import type { Letter } from './letter';
import { hasMatchIn } from './letter';
import { NUMBER_WORDS } from '../service-level/tokens';
import { STILL_ON_OWN } from './unstated-result';
import { MONTHS, MONTH_NAMES } from './letter-date';
import { NEGATION, HAD_AMOUNT, APPLIED, CONDITION, ZONE_SENTENCES, CAN_GET_AMOUNT, COMPLAINT, REPORT_CUE, whyLessHeading, WISHED, beforePurpose, number, READER, AMOUNT, ONE_AMOUNT, count, NOW_HAS, ASKED_ANY, asks, APPLIED_FOR, stems, zoneBody, KRONER, DEFINITE_GENITIVE, REFUSED_BY_PRONOUN } from './decision-cues';

/** The classifier's flags of sentence `i` (decision-type's sentenceFlags): the part of them these checks read. */
export type SentenceFlagsOf = (letter: Letter, i: number) => Readonly<{ bevilling: boolean; afslag: boolean; aendring: boolean; possibility: boolean }>;

// (Round 41: "hver tredje uge" as "hver 3. uge".)
const ORDINAL_EVERY: Record<string, number> = { anden: 2, tredje: 3, fjerde: 4, femte: 5, sjette: 6, ottende: 8 };
const PERIOD_WEEKS: Record<string, number> = { uge: 1, dag: 1 / 7, døgn: 1 / 7, måned: 52 / 12, år: 52 };

/** Rates per week by unit ("time", "gang" …) in a sentence. */
function amounts(text: string): Map<string, number> {
  const out = new Map<string, number>();
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(text); m; m = AMOUNT.exec(text)) {
    if (m[1]) {
      const count = /^\d/.test(m[1]) ? Number(m[1].replace(',', '.')) : NUMBER_WORDS[m[1].toLowerCase()];
      const unit = m[2]!.toLowerCase().replace('nætter', 'nat');
      // (Also the adverb: "2 gange ugentligt", "3 timer dagligt".)
      const period = PERIOD_WEEKS[(m[3] ?? m[4])!.toLowerCase()];
      if (count !== undefined && period && !out.has(unit)) out.set(unit, count / period);
    } else {
      const every = m[5] ? Number(m[5]) : m[6] ? ORDINAL_EVERY[m[6].toLowerCase()]! : 1;
      // ("hver anden weekend": one weekend in two weeks, set against "1 weekend om måneden".)
      const unit = m[7]!.toLowerCase() === 'weekend' ? 'weekend' : 'gang';
      const period = unit === 'weekend' ? 1 : PERIOD_WEEKS[m[7]!.toLowerCase()];
      if (period && !out.has(unit)) out.set(unit, 1 / (every * period));
    }
  }
  return out;
}

// A table of what was applied for against what was granted ("Udgift | Ansøgt | Bevilget", one
// cell per line once the editor's HTML is text).
// Column heads also in plain language ("Du søgte om | Du får", "I har søgt om | I får").
// (Round 50: also the citizen's own figures as the head, "Dine oplysninger pr. md." | "Godkendt pr. md.", "Jeres udgifter".)
// (Round 55: also the price of the thing applied for as its own cell, "Pris" beside "Tilskud fra kommunen": a subsidy of a
// thing's price is asked for the whole price, so a row granted below it is the guide's "50 % af prisen i stedet for hele".)
const TABLE_APPLIED = /^(?:(?:(?:du|i|de)\s+(?:har\s+)?)?(?:ansøgt|søgt|søgte|oplyst|opgivet|anmodet|ønsket|ønskede)(?:\s+om)?|(?:dine|jeres|deres)\s+(?:oplysninger|oplyste|tal|udgifter|beløb)|pris(?:en)?\s*$)(?![\p{L}])/iu;
// (Round 47: also the amount the citizen gave in the form, "Opgivet pr. måned | Godkendt pr. måned".)
// (Round 44: also the municipality's share as the column's head, "Kommunens støtte", "Vores tilskud".)
// (Round 45: also the municipality's own verb, "Vi dækker pr. måned", "Kommunen betaler".)
// (Round 55: also the share named by its giver after it, "Tilskud fra kommunen", "Støtte fra os".)
// (Round 70: also the municipality's verb in the perfect, "Vi har godkendt (kr./md.)", "Kommunen har bevilget".)
const TABLE_GRANTED = /^(?:(?:du|i|de)\s+(?:får|har\s+fået)|bevilget|godkendt|tildelt|bevilling|dækket|(?:kommunens|vores)\s+(?:støtte|tilskud)|(?:tilskud|støtte)\s+fra\s+(?:kommunen|os)|(?:vi|kommunen)\s+(?:dækker|betaler|giver|bevilger|yder)|(?:vi|kommunen)\s+har\s+(?:godkendt|bevilget|dækket|givet|regnet\s+med))(?![\p{L}])/iu;
// (Round 72: also the singular, "1 gang om ugen", "1 time", "1 weekend om måneden".)
const CELL_AMOUNT = /^(\d[\d.]*(?:,\d+)?)\s*(?:kr|kroner|%|timer?|t\.|gange?|dage?|besøg|weekend(?:er)?)/iu;
const TABLE_ROWS_MAX = 60;

/** The granted column's head, one or two cells after the applied column's head. */
// (Round 70: a unit in brackets after the head, "Vi har godkendt (kr./md.)", is no word of the head.)
const HEAD_UNIT_BRACKETS = /\s*\([^()\n]{1,20}\)\s*$/u;
const HEAD_WORDS_MAX = 4;
export function isColumnHead(letter: Letter, i: number): boolean {
  const s = letter.sentence(i);
  if (!s.heading) return false;
  const head = letter.slice(s);
  if ((s.words > HEAD_WORDS_MAX && head.replace(HEAD_UNIT_BRACKETS, '').split(/\s+/u).length > HEAD_WORDS_MAX) || !TABLE_GRANTED.test(head)) return false;
  for (let k = Math.max(0, i - 2); k < i; k++) if (TABLE_APPLIED.test(letter.slice(letter.sentence(k)))) return true;
  return false;
}

/** A row of an applied/granted table whose granted amount is below the applied one. */
// A form with the application and the grant as fields ("Ansøgt: 8 timer pr. uge" / "Bevilget: 4 timer pr. uge").
const APPLIED_FIELD = /^[ \t]*(?:ansøgt|søgt|ønsket|ansøgning)[ \t]*:[ \t]*([^\n]+)$/imu;
const GRANTED_FIELD = /^[ \t]*(?:bevilget|tildelt|bevilling)[ \t]*:[ \t]*([^\n]+)$/imu;
const FIELD_COUNT = /(?<![\p{L}\d.,])(\d+(?:[,.]\d+)?|en|et|én|ét|to|tre|fire|fem|seks|syv|otte|ni|ti|tolv|femten|tyve)\s*(?:x|gange?|timer?|dage?|besøg|kr\.?)(?![\p{L}])/iu;
function fieldsGrantLess(letter: Letter): boolean {
  const a = APPLIED_FIELD.exec(letter.text);
  const g = a ? GRANTED_FIELD.exec(letter.text.slice(a.index)) : null;
  if (!a || !g) return false;
  const x = FIELD_COUNT.exec(a[1]!);
  const y = FIELD_COUNT.exec(g[1]!);
  return !!x && !!y && count(y[1]!) < count(x[1]!);
}

// "Fra 1. juli får du 650 kr. om måneden. Hidtil har du fået 1.100 kr.": less than the citizen has had.
// (Also in words, and with the help named between: "Hidtil har du fået hjælp to gange om ugen".)
// (Round 40: also the present, "I dag får Camilla dækket 37 timer om ugen", and the help as it stands until the date,
// "Til og med juli er den som nu på 60 timer om ugen"; not "Fra i dag får du …", the grant itself.)
const BEFORE_AMOUNT = /(?<![\p{L}])(?:(?:hidtil|tidligere|indtil\s+nu)\s+(?:har\s+)?(?:du|I|De|han|hun)\s+(?:har\s+)?(?:fået|modtaget|haft)|(?<!fra\s)i\s+dag\s+(?:får|har|modtager)\s+[\p{L}-]+|(?:er|var)\s+(?:den|det|de|ordningen|hjælpen|støtten)\s+som\s+(?:nu|i\s+dag|hidtil)\s+på)\s+(?:[\p{L}-]+\s+){0,3}?(\d[\d.,]*|én|en|et|to|tre|fire|fem|seks|syv|otte)\s*(?:kr\.?|timer?|gange?|besøg|dage?)(?![\p{L}])/iu;
const FIRST_AMOUNT = /(?<![\p{L}\d])(\d[\d.,]*|én|to|tre|fire|fem|seks|syv|otte)\s*(?:kr\.?|timer?|gange?|besøg|dage?)(?![\p{L}])/iu;
export function lessThanBefore(letter: Letter, result: number): boolean {
  // The new amount: in the result sentence, or (Round 40) in the next one when the result sentence has none ("Det
  // betyder, at der skal ske en ændring … Fra den 1. februar dækker vi … 20 timer om ugen").
  let now: RegExpExecArray | null = null;
  for (let k = result; !now && k < Math.min(letter.seg.sentences.length, result + 2); k++) {
    const t = letter.slice(letter.sentence(k));
    if (!BEFORE_AMOUNT.test(t)) now = FIRST_AMOUNT.exec(t);
  }
  if (!now) return false;
  for (let k = result; k < Math.min(letter.seg.sentences.length, result + 3); k++) {
    const b = BEFORE_AMOUNT.exec(letter.slice(letter.sentence(k)));
    if (b) return count(now[1]!) < count(b[1]!);
  }
  // Round 44: the help had "since" a time, told just before a new amount from a date ("Du har siden 2022 fået 1.250 kr.
  // om måneden. Fra 1. februar får du 800 kr. om måneden"): less of the same unit than the citizen has had is a change.
  const grant = letter.slice(letter.sentence(result));
  if (!FROM_START.test(grant)) return false;
  const unit = (m: RegExpExecArray) => m[2]!.toLowerCase().replace(/\.$/u, '').replace(/(?:er|e|r)$/u, '');
  const nowUnit = FIRST_AMOUNT_UNIT.exec(grant);
  if (!nowUnit) return false;
  // (Round 66: a heading between them counts as none, "Du har siden 2024 fået … 30 timer om ugen. Nu … / Det har vi
  // besluttet / Fra den 1. september dækker vi … 15 timer om ugen": the two body sentences before the grant are read.)
  for (let k = result - 1, body = 0; k >= 0 && body < 2; k--) {
    if (letter.seg.sentences[k]!.heading) continue;
    body++;
    const b = HAD_SINCE_AMOUNT.exec(letter.slice(letter.sentence(k)));
    if (b) return unit(b) === unit(nowUnit) && count(nowUnit[1]!) < count(b[1]!);
  }
  return false;
}
const FROM_START = /^(?:fra\s+(?:og\s+med\s+)?(?:den\s+)?\d|fremover|herefter|fremadrettet)/iu;
const FIRST_AMOUNT_UNIT = /(?<![\p{L}\d])(\d[\d.,]*|én|to|tre|fire|fem|seks|syv|otte)\s*(kr\.?|timer?|gange?|besøg|dage?)(?![\p{L}])/iu;
const HAD_SINCE_AMOUNT = /(?<![\p{L}])(?:har|havde)\s+siden\s+(?:[\p{L}\d.]+\s+){1,3}?(?:fået|modtaget|haft)(?![\p{L}])[^.!?]{0,80}?(?<![\p{L}\d.,])(\d[\d.,]*|én|en|et|to|tre|fire|fem|seks|syv|otte)\s*(kr\.?|timer?|gange?|besøg|dage?)(?![\p{L}])/iu;

// (Round 55: appliedCountAfterGrant, a bare count asked told just after the grant ("Du bad om 30 timer"), is now read by
// askedAgainstGranted below, which takes a bare count asked from any ask: removed with the decision type of the dev corpus
// and h1–h35 the same.)
// A count asked without its period ("Du søgte om 15 timer"): the same unit over the grant's own period.
const BARE_COUNT = /(?<![\p{L}\d,.])(\d+(?:,\d+)?|to|tre|fire|fem|seks|syv|otte|ni|ti|tolv|femten|tyve)\s+(time|gang|weekend|dag|døgn|besøg|nat|nætter)\p{L}*(?![\p{L}])(?!\s+(?:om|pr\.?|i|per|hver|\p{L}+lig\p{L}*)(?![\p{L}]))/iu;

// The amount someone asked for, told after the grant, with its period ("Dine forældre havde spurgt om 6 timer om
// ugen", "Du bad om to besøg om ugen"): a count right after "om", so "spurgt, om du kan få …" is no ask.
const ASKED_AMOUNT_AFTER =
  /(?<![\p{L}])(?:søgt|søgte|ansøgt|ansøgte|bad|bedt|ønskede|ønsket|spurgt|spurgte)\s+om\s+(?:at\s+få\s+)?(?:\d+(?:,\d+)?|en|et|én|ét|to|tre|fire|fem|seks|syv|otte|ni|ti|tolv|femten|tyve)\s/iu;
// (Round 50: askedMoreAfterGrant, the amount asked told after the grant, is now read by askedAgainstGranted below.)

// An answer column, one short cell per item applied for ("Badebænk | Ja – du får den", "Toiletløfter | Nej"): a yes
// and a no in the same letter grant one thing and refuse another. (Not "nej'et", nor a question.)
const YES_CELL = /^ja(?![\p{L}'’])\s*(?:[–—:,-][^?]*)?$/iu;
const NO_CELL = /^(?:nej|afslag|afslået)(?![\p{L}'’])\s*(?:[–—:,.-][^?]*)?$/iu;
const CELL_WORDS_MAX = 8;
// Round 41: the same answer given per item as a line of its own, the item named first ("• Creme: JA" / "• Ekstra tøjvask:
// NEJ", "Rengøring – bevilget" / "Tøjvask – afslået", "Mad | ja"): the verdict after a colon, a dash or a column gap.
const VERDICT_LINE =
  /^(?:[-–•*·▪]\s*|[A-Za-z\d]{1,2}[.)]\s+)?\p{L}[^:?\n|]{1,80}?(?::|\s[–—-]\s|\t|\s{2,}|\s*\|)\s*(?:(ja|bevilget|bevilges|godkendt|imødekommet)|(nej|afslag|afslået|ikke\s+(?:bevilget|godkendt|imødekommet)))(?![\p{L}'’])\s*[.!]?$/iu;
// Round 47: also with a short word on it after a dash ("• Rampe ved døren: JA – den bliver lavet", "• Trappelift: NEJ – ikke
// denne gang"): the verdict still comes right after the item's colon, so what follows the dash only explains it.
// Round 53: or a short note after a comma ("• El-scooter: nej, ikke nu", "Rollator: ja, fra depotet"): at most a few words,
// so a clause of its own after the comma is no verdict line.
const VERDICT_THEN_NOTE =
  /^(?:[-–•*·▪]\s*|[A-Za-z\d]{1,2}[.)]\s+)?\p{L}[^:?\n|]{1,80}?(?::|\t|\s*\|)\s*(?:(ja|bevilget|godkendt|imødekommet)|(nej|afslag|afslået|ikke\s+(?:bevilget|godkendt|imødekommet)))(?:\s+[–—-]\s+[^?\n]{1,80}|\s*,\s*\p{L}+(?:\s+\p{L}+){0,2}[.!]?)$/iu;
const VERDICT_WORDS_MAX = 14;
export function yesAndNoCells(letter: Letter): boolean {
  let yes = false;
  let no = false;
  for (const s of letter.seg.sentences) {
    if (s.words > VERDICT_WORDS_MAX) continue;
    const t = letter.slice(s).trim();
    if (s.heading && s.words <= CELL_WORDS_MAX && YES_CELL.test(t)) yes = true;
    else if (s.heading && s.words <= CELL_WORDS_MAX && NO_CELL.test(t)) no = true;
    else {
      // (Cheap gate: the line must end in a verdict word's last letters.)
      const end = t.slice(-4).toLowerCase();
      const v = (/(?:ja|ej|et|es|ag|dt)[.!]?$/u.test(end) ? VERDICT_LINE.exec(t) : null) ?? (t.includes(':') || t.includes('|') || t.includes('\t') ? VERDICT_THEN_NOTE.exec(t) : null);
      if (v?.[1]) yes = true;
      else if (v?.[2]) no = true;
    }
    if (yes && no) return true;
  }
  return false;
}

// Round 41: a table set as plain text, its columns kept apart by runs of spaces, tabs or bars ("Udgift      Ansøgt pr.
// md.   Godkendt pr. md." / "Taxakørsel   480 kr.   0 kr."): the cells of a line, so a head or an amount that does not
// start the line is read as its own cell.
const COLUMN_GAP = /[ \t]*(?:\t|\|)[ \t]*| {2,}/u;
function cellsOf(text: string): string[] {
  const t = text.trim();
  return t.includes('  ') || t.includes('\t') || t.includes('|') ? t.split(COLUMN_GAP).filter((c) => c.length > 0) : [t];
}
const LABEL_THEN_SUM = /(?<=\p{L}\s+)(\d[\d.]*(?:,\d+)?)\s*(?:kr\.?|kroner)\s*$/iu;
// (A line is split into cells only when it holds a column head's word at all: most lines of a letter are no table.)
const HEAD_WORD = /søg|oplys|opgivet|anmod|ønske|dine|jeres|deres|får|fået|bevilg|godkendt|tildelt|dække|betaler|pris|tilskud/iu;
const hasHead = (text: string, head: RegExp) => head.test(text) || (HEAD_WORD.test(text) && cellsOf(text).some((c) => head.test(c)));
// Round 44: with `someGranted`, also a letter read as a refusal (the one refused row told last in prose: "Derfor giver vi
// ikke støtte til kalechen") whose table grants an amount in another row: something granted, something not.
/** After running text at `k`, a table row goes on: a short line (a label, or a note) and then a line that starts with an amount. */
function nextRowFollows(letter: Letter, k: number, bare = false): boolean {
  const sentences = letter.seg.sentences;
  for (let j = k + 1; j <= k + 2 && j < sentences.length; j++) {
    const t = letter.slice(sentences[j]!);
    const first = cellsOf(t)[0]!;
    if (CELL_AMOUNT.test(first) || (bare && BARE_CELL.test(first))) return j > k + 1;
    if (sentences[j]!.words > 8) return false;
  }
  return false;
}
export function tableGrantsLess(letter: Letter, someGranted = false): boolean {
  const sentences = letter.seg.sentences;
  for (let i = 0; i + 1 < sentences.length; i++) {
    const headText = letter.slice(sentences[i]!);
    if (!hasHead(headText, TABLE_APPLIED)) continue;
    // The granted column's head: in the same line after a gap, or in one of the next two cells.
    let j = cellsOf(headText).slice(1).some((c) => TABLE_GRANTED.test(c)) ? i : i + 1;
    while (j > i && j < sentences.length && j <= i + 2 && !hasHead(letter.slice(sentences[j]!), TABLE_GRANTED)) j++;
    if (j >= sentences.length || j > i + 2) continue;
    // Round 47: a cell of digits alone ("180" / "0") is an amount when a column head gives the unit ("Du søgte (kr./md.)",
    // "Vi dækker, timer"): the rows then carry no "kr." of their own.
    let bare = false;
    for (let h = i; h <= j; h++) bare ||= HEAD_UNIT.test(letter.slice(sentences[h]!));
    let row: number[] = [];
    // Round 72: each amount cell's rate a week, when it has one ("1 gang om ugen" against "1 gang hver 14. dag"): a rhythm
    // granted below the one applied for is less though the counts are the same. Compared only when both cells have a rate.
    let rates: (number | undefined)[] = [];
    let less = false;
    let granted = false;
    const endRow = () => {
      const n = row.length - 1;
      const r0 = rates[0];
      const rn = rates[n];
      if (n >= 1 && (r0 !== undefined && rn !== undefined ? rn < r0 * 0.99 : row[n]! < row[0]!)) less = true;
      if (n >= 1 && row[n]! > 0) granted = true;
    };
    for (let k = j + 1; k < sentences.length && k <= j + TABLE_ROWS_MAX; k++) {
      const s = sentences[k]!;
      const cells = cellsOf(letter.slice(s));
      // A row label first ("Taxakørsel til fysioterapi"), or running text after the table, ends the row before.
      if (!CELL_AMOUNT.test(cells[0]!) && !(bare && BARE_CELL.test(cells[0]!))) {
        endRow();
        if (less && !someGranted) return true;
        row = [];
        rates = [];
        // (Round 45: not a remark column's note, when the next row follows: a short label, then its amount.)
        if (s.words > 8 && cells.length === 1 && !nextRowFollows(letter, k, bare)) break;
      }
      for (const cell of cells) {
        // (Also a sum at the end of the label's cell when a single space parts them: "Parkering ved sygehus 150 kr.")
        const amount = CELL_AMOUNT.exec(cell) ?? LABEL_THEN_SUM.exec(cell) ?? (bare ? BARE_CELL.exec(cell) : null);
        // (A rhythm without a count is one time in it: "hver 2. uge".)
        if (!amount && !EVERY_CELL.test(cell)) continue;
        const perWeek = amounts(cell);
        if (!amount && perWeek.size !== 1) continue;
        row.push(amount ? number(amount[1]!) : 1);
        rates.push(perWeek.size === 1 ? [...perWeek.values()][0] : undefined);
      }
    }
    endRow();
    if (less && (!someGranted || granted)) return true;
  }
  return false;
}

const EVERY_CELL = /^hver\s/iu;
const HEAD_UNIT = /(?<![\p{L}])(?:kr\.?|kroner|timer|beløb)(?![\p{L}])/iu;
const BARE_CELL = /^(\d[\d.]*(?:,\d+)?)$/u;

// Round 47: a table of expenses with one amount column ("Udgift | Pr. måned", or "Glutenfri kost   0 kr." as plain text)
// in a grant, where one row is set at 0 kr. while other rows are paid: that expense was applied for and is not covered,
// the rest is (the guide's partial grant). Not a row of the citizen's own share, a deduction or a total ("Egenandel 0 kr.",
// "Din betaling 0 kr.", "Fradrag 0 kr."), which says nothing is refused.
const ZERO_CELL = /^0(?:,0+|,-)?\s*(?:kr\.?|kroner)$/iu;
const ZERO_AT_END = /(?<=\p{L}[\p{L}).]*(?:\s+|\s*:\s*))0(?:,0+|,-)?\s*(?:kr\.?|kroner)$/iu;
const NOT_AN_EXPENSE = /betal|egenandel|fradrag|modregn|indtægt|formue|rest|i\s+alt|total|sum|saldo|forskel|difference|gebyr|moms|rabat|tilbage|depositum|udbetal|tillæg|bidrag|overskud|underskud|^(?:heraf|minus|÷)/iu;
const ROW_WORDS_MAX = 10;
/** The label of a row whose amount is at `i`: the cell before it in the same line, or the short line just before. */
function rowLabel(letter: Letter, i: number, cells: string[]): string | undefined {
  if (cells.length >= 2) return cells[cells.length - 2];
  const whole = cells[0]!;
  const m = ZERO_AT_END.exec(whole);
  if (m) return whole.slice(0, m.index).replace(/[:\s]+$/u, '');
  if (i === 0) return undefined;
  const prev = letter.seg.sentences[i - 1]!;
  if (prev.words > ROW_WORDS_MAX) return undefined;
  // (A line before that ends in an amount of its own, "Kørsel   90 kr.", is the column before, not the label.)
  const before = cellsOf(letter.slice(prev));
  const end = before[before.length - 1]!;
  return CELL_AMOUNT.test(end) || LABEL_THEN_SUM.test(end) ? undefined : letter.slice(prev);
}
function zeroRowAmongPaid(letter: Letter): boolean {
  // (Cheap gate: no "0 kr" in the letter at all.)
  if (!/(?<![\d.,])0(?:,0+|,-)?\s*kr/iu.test(letter.text)) return false;
  const sentences = letter.seg.sentences;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.words > ROW_WORDS_MAX) continue;
    const t = letter.slice(s).trim();
    if (!t.endsWith('kr.') && !t.endsWith('kr') && !t.endsWith('kroner')) continue;
    const cells = cellsOf(t);
    const last = cells[cells.length - 1]!;
    if (!ZERO_CELL.test(last) && !(cells.length === 1 && ZERO_AT_END.test(last))) continue;
    const label = rowLabel(letter, i, cells);
    // (The cell before must be the row's label, not another amount: with two amount columns, "Hidtil | Fra 1. juli" or
    // "Ansøgt | Bevilget", the table compares, and tableGrantsLess or lessThanBefore reads it.)
    if (!label || !/^\s*\p{L}/u.test(label) || CELL_AMOUNT.test(label.trim()) || NOT_AN_EXPENSE.test(label.trim())) continue;
    // Other rows of the same table paid: two or more short lines nearby ending in a sum above zero.
    let paid = 0;
    for (let k = Math.max(0, i - 12); k < Math.min(sentences.length, i + 8); k++) {
      if (k === i || sentences[k]!.words > ROW_WORDS_MAX) continue;
      const c = cellsOf(letter.slice(sentences[k]!).trim());
      const a = CELL_AMOUNT.exec(c[c.length - 1]!) ?? LABEL_THEN_SUM.exec(c[c.length - 1]!);
      if (a && /kr/iu.test(a[0]) && number(a[1]!) > 0) paid++;
    }
    if (paid >= 2) return true;
  }
  return false;
}

/**
 * A grant of less than the application, read from the amounts: "Du har søgt om 3 timer om
 * ugen. Du får 2 timer om ugen." or "rengøring hver uge" against "hver 2. uge".
 */
// Round 41: the grant sentence names the help and the next one or two its amount ("Du får et forløb med helhedspleje.
// Forløbet omfatter rengøring hver 14. dag", "Vi kan sige ja til den ene. Fra december kommer Alma … 1 weekend om
// måneden"): those follow-on sentences tell the granted amount as the grant sentence would, unless they say what the
// citizen has now or what happens if something changes.
function followsGrant(letter: Letter, result: number | undefined, i: number, sText: string): boolean {
  // (Only when the grant sentence has no amount of its own: after "7 hovedretter om ugen", "Maden leveres to gange om
  // ugen" is how it comes, not how much.)
  if (result === undefined || i <= result || i > result + 2 || letter.seg.sentences[result]!.heading || ONE_AMOUNT.test(letter.slice(letter.sentence(result)))) return false;
  for (let k = result + 1; k < i; k++) if (letter.seg.sentences[k]!.heading) return false;
  return !CONDITION.test(beforePurpose(sText)) && !BEFORE_AMOUNT.test(sText) && !HAD_AMOUNT.test(sText) && !NOW_HAS.test(sText);
}
const REASON_CLAUSE = /(?:,\s*|\s)(?:fordi|da|idet|eftersom)\s/iu;
const beforeReason = (t: string) => {
  const m = REASON_CLAUSE.exec(t);
  return m ? t.slice(0, m.index) : t;
};
// Round 45: the grant set against the larger amount the citizen asked or hoped for, in the letter's own comparison ("Det er
// mindre end de 6 timer, du og din mor havde håbet på", "Det er ikke helt de tre gange, du havde håbet på"), or a count
// against a larger one ("Derfor bliver det to dage og ikke fire", "to gange og ikke tre"): whatever words tell the grant,
// the comparison says less was granted than asked (guide: fewer hours or days than applied for).
const LESS_THAN_ASKED =
  /(?<![\p{L}])(?:(?:mindre|færre|kortere|lavere)\s+end|ikke(?:\s+(?:helt|ganske|fuldt|alle))?)\s+(?:de|den|det)\s+(?:\d+(?:,\d+)?|en|et|én|ét|to|tre|fire|fem|seks|syv|otte|ni|ti|tolv|femten|tyve)\s+(?:\p{L}+\s+)?\p{L}+\s*,?\s+(?:som\s+)?(?:[\p{L}]+\s+){1,5}?(?:havde\s+|har\s+)?(?:håbet|søgt|søgte|ansøgt|ønsket|ønskede|bedt|bad|spurgt|spurgte|regnet\s+med)(?![\p{L}])/iu;
const COUNT_NOT_MORE =
  /(?<![\p{L}\d,.])(\d+(?:,\d+)?|en|én|et|ét|to|tre|fire|fem|seks|syv|otte|ni|ti|tolv|femten|tyve)\s+(?:(?:\p{L}+\s+)?(?:time|gang|weekend|dag|døgn|besøg|hovedret|nat|nætter|uge|måned)\p{L}*\s+)?og\s+ikke\s+(?:i\s+|på\s+|de\s+)?(\d+(?:,\d+)?|to|tre|fire|fem|seks|syv|otte|ni|ti|tolv|femten|tyve)(?![\p{L}\d])/iu;
function toldLessThanAsked(letter: Letter, result: number): boolean {
  const sentences = letter.seg.sentences;
  let asked = false;
  for (let i = 0; i < sentences.length && i <= result + 6; i++) {
    const t = letter.slice(sentences[i]!);
    if (COMPLAINT.test(t) || CONDITION.test(beforePurpose(t))) continue;
    if (LESS_THAN_ASKED.test(t)) return true;
    asked ||= APPLIED.test(t) || WISHED.test(t);
    const m = asked && t.includes('ikke') ? COUNT_NOT_MORE.exec(t) : null;
    if (m && count(m[2]!) > count(m[1]!)) return true;
  }
  return false;
}
function grantsLessThanApplied(letter: Letter, result: number | undefined, sentenceFlags: SentenceFlagsOf): boolean {
  const sentences = letter.seg.sentences;
  const zone: number[] = [];
  for (let i = 0, seen = 0; i < sentences.length && seen < ZONE_SENTENCES; i++) {
    if (!sentences[i]!.heading) seen++;
    const sText = letter.slice(sentences[i]!);
    if (!COMPLAINT.test(sText) && PERIOD_HINT.test(sText)) zone.push(i);
  }
  // The application: the first sentence in the body that says what was applied for. (A subject
  // line "Rengøring hver 3. uge – svar på din ansøgning" states the result instead.)
  // ("Her er afgørelsen på din ansøgning om ledsagelse. Du søgte om 20 timers ledsagelse om måneden.": the
  // first one with an amount.)
  // (Round 50: not an ask denied, "Du ønsker ikke hjælp 5 timer om ugen".)
  const at = zone.find((i) => !sentences[i]!.heading && APPLIED.test(letter.slice(sentences[i]!)) && !SUBJECT_LINE.test(letter.slice(sentences[i]!)) && !askDenied(letter.slice(sentences[i]!)) && amounts(beforeReason(letter.slice(sentences[i]!))).size > 0);
  if (at === undefined) return false;
  // (Round 41: what was asked, not the reason given for it: "I bad om hjælp, fordi morgenerne ender i skænderier hver dag".)
  const applied = amounts(beforeReason(letter.slice(sentences[at]!)));
  // The grant, before or after it (a subject line "Afgørelse: aflastning 1 weekend om måneden"
  // comes first), said as a grant, an assessment ("Vi vurderer, at rengøring hver 3. uge er nok")
  // or a heading; not the citizen's own wish.
  for (const i of zone) {
    const s = sentences[i]!;
    const sText = letter.slice(s);
    if (i === at || (APPLIED.test(sText) && !s.heading)) continue;
    const f = sentenceFlags(letter, i);
    // (Also the plain "Liam kan komme i aflastning … 1 weekend om måneden".)
    // (Round 39: also an item of a list the grant introduces, "Forløbet indeholder:" / "- rengøring … hver 14. dag",
    // when the application names the same help: the other items are other help with their own amounts.)
    const item = !f.bevilling && grantListItem(letter, i, sentenceFlags);
    if (item && !sharesStem(sText, letter.slice(sentences[at]!))) continue;
    // (Round 45: also the result sentence itself when it grants without a decision word, told as what happens: "Fra
    // næste uge kommer der en og hjælper dig i bad én gang om ugen" after an application for two; also a journal
    // field "Afgjort: … én gang om ugen" under "Ansøgt: … to gange om ugen", a partial grant by numbers.)
    if (f.afslag || !(f.bevilling || i === result || s.heading || item || ASSESSED.test(sText) || (CAN_GET_AMOUNT.test(sText) && !CONDITION.test(beforePurpose(sText))) || followsGrant(letter, result, i, sText)) || REPORT_CUE.test(sText)) continue;
    for (const [unit, rate] of amounts(sText)) {
      const asked = applied.get(unit);
      if (asked !== undefined && rate < asked * 0.99) return true;
    }
  }
  return false;
}
const LIST_BULLET = /^\s*(?:[-–•*·▪]|\d{1,2}[.)])\s/u;
/** A bulleted line under a sentence ending in ":" that grants, or follows a grant ("Vi har besluttet at tildele dig … Forløbet indeholder:"). */
function grantListItem(letter: Letter, i: number, sentenceFlags: SentenceFlagsOf): boolean {
  const sentences = letter.seg.sentences;
  if (!LIST_BULLET.test(letter.slice(sentences[i]!))) return false;
  let k = i - 1;
  while (k >= 0 && i - k <= 8 && LIST_BULLET.test(letter.slice(sentences[k]!))) k--;
  if (k < 0 || !/:\s*$/u.test(letter.slice(sentences[k]!))) return false;
  return sentenceFlags(letter, k).bevilling || (k > 0 && sentenceFlags(letter, k - 1).bevilling);
}
function sharesStem(a: string, b: string): boolean {
  const other = stems(b);
  for (const st of stems(a)) if (other.has(st)) return true;
  return false;
}

// Round 39: a grant told only by its numbers, shorter or smaller than the application ("søgt om vedligeholdelsestræning
// … i 12 uger" / "… i alt 6 uger"; "en el-scooter … til 27.995 kr." / "Du får et tilskud på 9.300 kr."): the rest is
// refused without a word for it (guide: "en kortere periode end ansøgt", "50 % af prisen i stedet for hele").
// A length of time: the count (group 1), "halv" (2) and the unit (3), as weeksOf reads them. (Round 47: also one of
// them, "i et år", "i en måned"; "et halvt år" is half of one.)
const LENGTH_COUNT = String.raw`(\d{1,3}|et|en|ét|én|to|tre|fire|fem|seks|syv|otte|ni|ti|tolv)\s+(?:(halvt?)\s+)?(uge|måned|år)(?:r|er|ne|en|et)?(?![\p{L}])`;
// A length after the word that makes it one ("i 12 uger", "i alt 6 uger", "et forløb på 6 uger"; not "en dreng på 12 år").
const LENGTH = new RegExp(String.raw`(?<![\p{L}])(?:i(?:\s+alt)?|(?:forløb|periode)\s+på)\s+${LENGTH_COUNT}`, 'iu');
// A span of dates, the first year taken from the second when left out: "1. juni – 30. november 2025", "14.10.2024 –
// 06.12.2024", "fra 1. juli 2026 til og med 31. december 2026". Round 47: the granted length told so, against a length
// applied for ("i et år"), is a shorter period than asked (the guide's partial grant). (Round 50 widened the span to
// numeric dates and a dash, and grantToldSmaller shares it: every analysis of the corpus stayed the same.)
const DATE_SPAN = new RegExp(
  String.raw`(?<![\d.])(\d{1,2})\.\s*(?:(${MONTH_NAMES})(?:\s+(\d{4}))?|(\d{1,2})\.(\d{4}))\s*(?:[–—-]|til(?:\s+og\s+med)?)\s*(?:den\s+)?(\d{1,2})\.\s*(?:(${MONTH_NAMES})\s+(\d{4})|(\d{1,2})\.(\d{4}))`,
  'iu',
);
function spanWeeks(m: RegExpExecArray): number {
  const y2 = Number(m[8] ?? m[10]);
  const mo2 = m[7] ? MONTHS.indexOf(m[7].toLowerCase()) : Number(m[9]) - 1;
  const mo1 = m[2] ? MONTHS.indexOf(m[2].toLowerCase()) : Number(m[4]) - 1;
  const y1 = m[3] ?? m[5] ? Number(m[3] ?? m[5]) : mo1 > mo2 ? y2 - 1 : y2;
  return (Date.UTC(y2, mo2, Number(m[6])) - Date.UTC(y1, mo1, Number(m[1]))) / (7 * 864e5) + 1 / 7;
}
const LENGTH_WEEKS: Record<string, number> = { uge: 1, måned: 52 / 12, år: 52 };
// (KRONER, a sum in kroner and its period, lives in decision-cues.ts: the change check uses it too.)
const PER_YEAR: Record<string, number> = { måned: 12, md: 12, år: 1, uge: 52, dag: 365, kvartal: 4 };
/** The sum a year when a period follows it, else the sum as it stands. */
const yearly = (m: RegExpExecArray) => number(m[1]!) * (m[2] ? PER_YEAR[m[2].toLowerCase()]! : 1);
function weeksOf(m: RegExpExecArray): number {
  return count(m[1]!) * (m[2] ? 0.5 : 1) * LENGTH_WEEKS[m[3]!.toLowerCase()]!;
}
// Round 59: the sum asked told in the sentence right after the application, as the price of what was asked for or the
// reader's own reckoning ("Tak for din ansøgning om en el-scooter. Du har sendt et tilbud … til 24.995 kr.", "I har søgt om
// dækning af merudgifter. I har opgjort udgifterne til 2.400 kr. om måneden"): the sum the grant is measured against.
// (Only such a sentence said of the reader that grants or refuses nothing itself.)
const PRICE_TOLD = /(?<![\p{L}])(?:tilbud|tilbuddet|prisen|pris|koster|kostede|opgjort|opgjorde|opgør|beregnet|udregnet|regnet\s+ud)(?![\p{L}])/iu;
function priceToldAfterAsk(letter: Letter, applied: string, result: number, sentenceFlags: SentenceFlagsOf): RegExpExecArray | null {
  for (const [i, t] of zoneBody(letter)) {
    if (i >= result) return null;
    if (t !== applied) continue;
    const k = i + 1;
    if (k >= result || letter.seg.sentences[k]!.heading) return null;
    const next = letter.slice(letter.sentence(k));
    if (!next.includes('kr') || !PRICE_TOLD.test(next) || !READER.test(next) || COMPLAINT.test(next) || CONDITION.test(next)) return null;
    const f = sentenceFlags(letter, k);
    if (f.bevilling || f.afslag || f.aendring) return null;
    return KRONER.exec(next);
  }
  return null;
}
function grantToldSmaller(letter: Letter, result: number, sentenceFlags: SentenceFlagsOf): boolean {
  const sentences = letter.seg.sentences;
  let applied: string | undefined;
  for (const [i, t] of zoneBody(letter)) {
    if (i >= result) break;
    if (APPLIED.test(t) && !COMPLAINT.test(t) && !SUBJECT_LINE.test(t)) {
      applied = t;
      break;
    }
  }
  if (applied === undefined) return false;
  const askedLength = LENGTH.exec(applied);
  let askedSum = applied.includes('kr') ? KRONER.exec(applied) : null;
  if (!askedLength && !askedSum) askedSum = priceToldAfterAsk(letter, applied, result, sentenceFlags);
  if (!askedLength && !askedSum) return false;
  // The result sentence and the next two, where the grant's numbers are told; not what was asked, reported or wished.
  for (let k = result, seen = 0; k < sentences.length && seen < 3; k++) {
    if (sentences[k]!.heading) {
      if (k > result) break;
      continue;
    }
    seen++;
    const t = letter.slice(sentences[k]!);
    if (APPLIED.test(t) || COMPLAINT.test(t) || REPORT_CUE.test(t) || CONDITION.test(beforePurpose(t))) continue;
    const length = askedLength && LENGTH.exec(t);
    // (A margin, so "3 måneder" against "12 uger" is no shorter period.)
    if (length && weeksOf(length) < weeksOf(askedLength!) * 0.85) return true;
    const span = askedLength && !length && t.includes('fra') ? DATE_SPAN.exec(t) : null;
    if (span && spanWeeks(span) > 0 && spanWeeks(span) < weeksOf(askedLength!) * 0.85) return true;
    // The sum granted, in the result sentence only, against the price or sum applied for, both per period or neither.
    const sum = askedSum && k === result && sentenceFlags(letter, k).bevilling ? KRONER.exec(t) : null;
    if (sum && !sum[2] === !askedSum![2] && yearly(sum) < yearly(askedSum!) * 0.99) return true;
  }
  return false;
}
const SUBJECT_LINE = /^\s*(?:emne|vedr\.?|vedrørende|re|sag)\s*:/iu;
// Round 71: an intro to the application's list of items, and a list item (numbered, lettered or bulleted); see refusesAppliedItemLater.
const APPLICATION_LIST_INTRO = /(?:ansøgning\p{L}*|søgt|søgte|bedt|bad)(?![\p{L}])[^.\n]{0,60}:\s*$/iu;
const LIST_ITEM = /^\s*(?:\d{1,2}[.)]|[a-h][.)]|[-–•*])\s+\p{L}/u;
const SUBJECT_ITEMS_LINE = /^\s*(?:emne|vedr\.?|vedrørende)\s*:/iu;
const SUBJECT_TWO_THINGS = /\p{L}{3,}(?:\s*,\s*|\s+og\s+)(?:(?:en|et|din|dit|dine|jeres|\p{Lu}\p{Ll}+s)\s+)?\p{L}{4,}/u;
const AS_IN_SUBJECT = /(?<![\p{L}])(?:som\s+(?:angivet|nævnt|beskrevet)\s+i|jf\.?)\s+(?:emnelinjen|emnefeltet|overskriften)(?![\p{L}])/iu;
const ASSESSED = /(?<![\p{L}])(?:vi\s+(?:vurderer|finder|mener)|vurderer\s+vi|er\s+(?:nok|tilstrækkelig\p{L}*))(?![\p{L}])/iu;
const PERIOD_HINT = /om\s|pr\.|hver|per\s/iu;

// "Hudplejeprodukter: Ikke godkendt": one item of the application refused, as a field.
const FIELD_REFUSAL = /^[\p{L}][\p{L} -]{2,40}:\s*(?:ikke\s+(?:godkendt|bevilget|bevilliget|imødekommet|dækket)|afslag|afslået|nej)(?![\p{L}])/iu;
// Round 45: a thing applied for with a short name ("støtte til køb af bil", "taxa til træning") has no stem of six letters;
// such a noun of three to five letters counts when the refusal says it, bare or inflected ("bil"/"bilen", "taxa"/"taxaen").
const SHORT_WORD = /(?<![\p{L}-])\p{L}{3,5}(?![\p{L}-])/gu;
const SHORT_FUNCTION_WORDS = new Set(['til', 'for', 'med', 'som', 'der', 'den', 'det', 'dem', 'din', 'dit', 'dine', 'jeres', 'vores', 'også', 'ikke', 'kan', 'kunne', 'har', 'havde', 'være', 'blev', 'bliver', 'skal', 'vil', 'får', 'fået', 'efter', 'eller', 'men', 'fra', 'over', 'under', 'hvor', 'når', 'hvis', 'selv', 'alle', 'andre', 'anden', 'andet', 'nogle', 'noget', 'meget', 'mere', 'flere', 'både', 'dig', 'jer', 'dem', 'sig', 'hun', 'han', 'ham', 'hende', 'man', 'ting', 'dele', 'slags', 'hjælp', 'brug', 'behov', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ekstra', 'særlig', 'fast', 'faste', 'nye', 'ny', 'nyt', 'hver', 'uge', 'ugen', 'dag', 'dage', 'timer', 'time', 'gang', 'gange', 'måned', 'mdr', 'pris', 'købe', 'køb', 'hos', 'ved', 'mod', 'igen', 'bare', 'lige', 'dels', 'hele', 'stor', 'store', 'lille', 'små', 'godt', 'gode', 'mine', 'hans', 'sine', 'sin', 'sit', 'her', 'nu', 'at', 'og', 'om']);
const INFLECTION = /^(?:|e|en|et|er|erne|ne|n|s|ens|ets)$/u;
function shortNouns(text: string): string[] {
  return (text.toLowerCase().match(SHORT_WORD) ?? []).filter((w) => !SHORT_FUNCTION_WORDS.has(w));
}
/** A short noun applied for, said in the text bare or inflected. */
function namesShort(applied: string[], text: string): boolean {
  if (applied.length === 0) return false;
  for (const w of text.toLowerCase().match(/\p{L}{3,9}/gu) ?? []) for (const a of applied) if (w.startsWith(a) && INFLECTION.test(w.slice(a.length))) return true;
  return false;
}

/**
 * A grant, then — after the reasons — one of the things applied for refused ("Vi har bevilget dig
 * en rollator … vi kan ikke bevilge el-scooteren", "Hudplejeprodukter: Ikke godkendt"): partial.
 * The refused thing must be named in the application, so a refusal of something else (or the
 * law's conditions) does not count.
 */
export function refusesAppliedItemLater(letter: Letter, from: number, sentenceFlags: SentenceFlagsOf): boolean {
  const sentences = letter.seg.sentences;
  let applied: Set<string> | undefined;
  const short: string[] = [];
  for (let i = 0; i < Math.min(sentences.length, from + 1); i++) {
    const t = letter.slice(sentences[i]!);
    // Round 71: the application's items listed under an intro that ends in a colon ("Ansøgningen omfatter tre poster:" then
    // "1. ekstra tøj og sko", "2. kørsel …", "3. en sommerlejr"): each item is a thing applied for.
    if (applied && APPLICATION_LIST_INTRO.test(t)) {
      for (let j = i + 1; j < from && LIST_ITEM.test(letter.slice(sentences[j]!)); j++) {
        const item = letter.slice(sentences[j]!);
        for (const st of stems(item)) applied.add(st);
        short.push(...shortNouns(item));
      }
    }
    const m = APPLIED_FOR.exec(t);
    if (!m) continue;
    applied ??= new Set();
    for (const st of stems(m[1]!)) applied.add(st);
    short.push(...shortNouns(m[1]!));
  }
  // Round 50: a subject line that names two things ("Emne: Olivers autostol og følgecyklen", "Vedr.: bad, indkøb og
  // tøjvask") names what was applied for when no sentence says "søgt om": one granted, another refused later is partial.
  if (!applied) {
    for (let i = 0; i < Math.min(sentences.length, from); i++) {
      const t = letter.slice(sentences[i]!);
      if (!SUBJECT_ITEMS_LINE.test(t) || !SUBJECT_TWO_THINGS.test(t)) continue;
      // (Not the names in it: "Olivers", "Hans og Grete".)
      applied = stems(t.replace(SUBJECT_ITEMS_LINE, '').replace(/(?<![\p{L}])\p{Lu}\p{L}*/gu, ''));
      break;
    }
  }
  // Round 55: also a thing the citizen said she would like to have, told anywhere in the letter, even in the account after
  // the refusal ("Du sagde, at du stadig gerne ville have scooteren"): a wish is an ask (the guide counts the application's
  // own words), so a thing wished for and refused beside a grant of another is a part refused.
  const wished: string[] = [];
  for (const sentence of sentences) {
    const t = letter.slice(sentence);
    if (!t.includes('gerne')) continue;
    const w = WISHED_THING.exec(t);
    if (w && !COMPLAINT.test(t)) wished.push(...stems(w[1]!));
  }
  const refusalCue = letter.compiled.cues.afslag;
  for (let i = from + 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    // (Cheap tests first: most sentences have neither a field label nor a refusal cue.)
    const cue = hasMatchIn(letter, refusalCue, s);
    const text = letter.slice(s);
    if (!cue && !text.includes(':')) continue;
    if (COMPLAINT.test(text) || CONDITION.test(text)) continue;
    if (FIELD_REFUSAL.test(text)) return true;
    if (cue && wished.length > 0 && wishedThingRefused(letter, from, i, text, wished, sentenceFlags)) return true;
    if (!cue || !applied || (applied.size === 0 && short.length === 0)) continue;
    const f = sentenceFlags(letter, i);
    if (!f.afslag || f.bevilling) continue;
    // Round 45: a refusal with guidance to another payer after "men" ("Taxaen dækker vi ikke, men der er et andet sted, du kan
    // få den betalt"): the refusal's own clause, before the turn, names the thing refused.
    let said = text;
    const turn = /,\s*men\s/iu.exec(text);
    if (f.possibility) {
      if (!turn || !NEGATION.test(text.slice(0, turn.index))) continue;
      said = text.slice(0, turn.index);
    }
    // Round 56: likewise when the "not" comes before the turn and the turn names what is given instead ("dit behov kan ikke
    // dækkes i en almindelig bolig, men kun i et botilbud"): the thing after "men" is the grant, the refused one is before.
    else if (turn && NEGATION.test(text.slice(0, turn.index))) said = text.slice(0, turn.index);
    // Round 56: not a possessor before its noun ("Kommunen betaler ikke ledsagerens udgifter til billetter" after a grant of
    // ledsagelse): the definite genitive names whose thing is refused, the noun after it is the thing.
    for (const st of stems(said.replace(DEFINITE_GENITIVE, ' '))) if (applied.has(st)) return true;
    // (Not the thing granted, named in the grant sentence; and only a refusal said to the reader or by "vi", since a short
    // word is easily met in the rule's own exclusions: "Der ydes ikke hjælp til almindelig vedligeholdelse af boligen".)
    if (short.length > 0 && READER.test(said)) {
      const granted = new Set(shortNouns(letter.slice(sentences[from]!)));
      if (namesShort(short.filter((w) => !granted.has(w)), said)) return true;
    }
    // Round 44: the refused thing said by a pronoun ("Derfor kan vi ikke bevilge den") after a sentence that names an
    // applied thing; the thing granted, named in the grant sentence, is not the one refused.
    if (i > 0 && REFUSED_BY_PRONOUN.test(text)) {
      const granted = stems(letter.slice(sentences[from]!));
      for (const st of stems(letter.slice(sentences[i - 1]!))) if (applied.has(st) && !granted.has(st)) return true;
    }
  }
  return false;
}
const WISHED_THING = /(?<![\p{L}])(?:gerne\s+vil(?:le)?\s+have|vil(?:le)?\s+gerne\s+have)\s+([^.,;:!?\n]{3,60})/iu;
/** A refusal by the municipality of a thing wished for, named in it or (by a pronoun) in the sentence before, and not the thing granted. */
function wishedThingRefused(letter: Letter, from: number, i: number, text: string, wished: string[], sentenceFlags: SentenceFlagsOf): boolean {
  const f = sentenceFlags(letter, i);
  if (!f.afslag || f.bevilling || f.possibility || !READER.test(text)) return false;
  const granted = letter.slice(letter.seg.sentences[from]!).toLowerCase();
  const named = (t: string) => wished.some((st) => t.toLowerCase().includes(st) && !granted.includes(st));
  return named(text) || (i > from + 1 && REFUSED_BY_PRONOUN.test(text) && named(letter.slice(letter.seg.sentences[i - 1]!)));
}

// The conclusion of the reasons restates the grant as less than the whole ("Derfor får du 11.500 kr.
// og ikke hele prisen", "Derfor forlænger vi i 3 måneder og ikke i 6").
// (Said against the whole or the number applied for; "Derfor er madservicen kun bevilget til
// hovedmåltidet" is often all that was asked.)
const AGAINST_THE_WHOLE =
  /(?<![\p{L}])(?:og\s+ikke\s+(?:i\s+|på\s+)?(?:hele|den\s+fulde|det\s+fulde|\d)|ikke\s+(?:\p{L}+\s+){0,3}?(?:hele|den\s+fulde|det\s+fulde)\s+(?:prisen|beløbet|udgiften|udgifterne|omfanget|ansøgte|pris|beløb))/iu;
const NOT_ALL_ASKED =
  /(?<![\p{L}])ikke\s+(?:\p{L}+\s+){0,3}?hele\s+(?:det|den|de)\s+(?:\p{L}+\s+)?(?:beløb|udgift|udgifter|pris|antal|timetal|tilskud|omfang)\s*,?\s+(?:som\s+)?(?:du|I|De|han|hun|\p{Lu}\p{Ll}+)\s+(?:også\s+)?(?:har\s+|havde\s+)?(?:søgt|søgte|ansøgt|bedt|bad|ønsket|ønskede)(?![\p{L}])/u;
const CONCLUDES = /^(?:derfor|dermed|således|det\s+betyder,?\s+at)(?![\p{L}])/iu;
function limitedInConclusion(letter: Letter, from: number, sentenceFlags: SentenceFlagsOf): boolean {
  const sentences = letter.seg.sentences;
  for (let i = from + 1; i < sentences.length; i++) {
    const text = letter.slice(sentences[i]!);
    // Round 53: anywhere after the grant, the whole amount asked for said not to be granted ("Vi har ikke godkendt hele det
    // beløb, I har søgt om til kost"): less than applied for, whatever the sentence starts with.
    if (text.includes('hele') && NOT_ALL_ASKED.test(text) && !COMPLAINT.test(text) && !CONDITION.test(beforePurpose(text))) {
      const f = sentenceFlags(letter, i);
      if ((f.bevilling || f.afslag) && !f.aendring) return true;
    }
    if (!CONCLUDES.test(text) || COMPLAINT.test(text) || CONDITION.test(text)) continue;
    const f = sentenceFlags(letter, i);
    // (Also said as the refusal of the whole: "Derfor kan vi ikke give dig hele prisen".)
    if ((f.bevilling || f.afslag) && !f.aendring && AGAINST_THE_WHOLE.test(text)) return true;
    // Round 40: or against the thing applied for ("Derfor er det en manuel kørestol, du får, og ikke en el-kørestol" after
    // "Du søgte om en el-kørestol"): something other than was asked for is granted (guide: a cheaper aid instead).
    const other = f.bevilling && !f.aendring ? AGAINST_THING.exec(text) : null;
    if (other && appliedNames(letter, from, other[1]!)) return true;
  }
  return false;
}
const AGAINST_THING = /,\s*og\s+ikke\s+(?:en|et|den|det)\s+([\p{L}-]{6,})/iu;

// Round 44: after a grant, the dearer model refused ("kommunen kan ikke betale for den dyrere model", "derfor får du ikke
// den dyrere model"): a cheaper aid than the one wished for is granted instead (the guide's partial grant). Not the cost
// compared ("din kost er ikke dyrere end andres"): the refused thing is "den/det/de dyrere …".
const DEARER_REFUSED = /(?<![\p{L}])ikke\s+(?:[\p{L}-]+\s+){0,6}?(?:den|det|de)\s+dyrere\s+\p{L}/iu;
function dearerRefused(letter: Letter, from: number): boolean {
  const sentences = letter.seg.sentences;
  for (let i = from + 1; i < sentences.length; i++) {
    const text = letter.slice(sentences[i]!);
    if (!text.includes('dyrere') || !DEARER_REFUSED.test(text) || COMPLAINT.test(text) || CONDITION.test(text)) continue;
    return true;
  }
  return false;
}

// Round 41: an aid granted that is not the aid applied for, with no contrast word at all ("ansøgning om en el-scooter" /
// "Kommunen bevilger Dem en udendørs rollator"): another, cheaper aid instead (the guide's partial grant: "et billigere
// hjælpemiddel i stedet"). Aids by kind, so "el-kørestol" applied for and "kørestol" granted differ, while "kørestol"
// applied for and "el-kørestol" granted (the same kind, made more specific) does not.
// (Round 44: no longer only when the reasons name the applied aid again; the aid applied for and not given is the part
// refused however the letter goes on. Two older look-alike tests that assumed a full grant were rewritten.)
// (Round 44: also the bath aids and the home alterations they stand in for: "søgt om … et brusehjørne uden kant" /
// "bevilger dig: et badekarbræt … to støttegreb".)
// Round 53: also the bath lift by its compound name ("badekarlift" against a granted "badebænk"), and a motor named
// before any kind ("en el-assisteret trehjulet cykel", "elektrisk kørestol"): the kind with a motor ("el…") applied for and
// the plain kind granted differ, as "el-kørestol" and "kørestol" do.
const AID = /(?<![\p{L}])((?:(?:el-?assisteret|elektrisk)\s+)?(?:el-?scooter|scooter|el-?kørestol|kørestol|rollator|gangstativ|gangbuk|albuestok|stok|krykker|badebænk|badetaburet|badestol|badekarbræt|badebræt|støttegreb|greb|toiletstol|bade-?\s*og\s+toiletstol|toiletforhøjer|plejeseng|loftlift|trappelift|trappemaskine|badekarlift|lift|el-?cykel|trehjulet\s+cykel|cykel|handicapbil|bil|brusehjørne|brusekabine|ombygning|boligændring|boligindretning))(?:en|er|erne|ne|n|et)?(?![\p{L}])/giu;
// Round 59: a wheelchair or rollator named by a compound of its build ("letvægtskørestol", "komfortkørestol",
// "udendørsrollator"): the plain kind, so a manual "letvægtskørestol" granted differs from the "elektrisk kørestol" applied
// for. (Three letters at least before the kind, so "elkørestol" stays the motor kind above.)
const COMPOUND_AID = /(?<![\p{L}-])\p{L}{3,}?(kørestol|rollator)(?:en|e|ene|er|erne)?(?![\p{L}])/giu;
// Round 67: the general words for changing the home, and the aids that are fitted into it (see otherAidGranted).
const HOUSING_WORDS = new Set(['boligindretning', 'boligændring', 'ombygning']);
const HOME_FIXTURES = new Set([...HOUSING_WORDS, 'støttegreb', 'greb', 'trappelift', 'loftlift', 'brusehjørne', 'brusekabine']);
function aidsIn(text: string): Set<string> {
  const out = new Set<string>();
  AID.lastIndex = 0;
  for (let m = AID.exec(text); m; m = AID.exec(text)) out.add(m[1]!.toLowerCase().replace(/^(?:elektrisk|el-?assisteret)\s+/u, 'el').replace(/[-\s]/gu, ''));
  if (text.includes('kørestol') || text.includes('rollator')) {
    COMPOUND_AID.lastIndex = 0;
    for (let m = COMPOUND_AID.exec(text); m; m = COMPOUND_AID.exec(text)) out.add(m[1]!.toLowerCase());
  }
  return out;
}
function otherAidGranted(letter: Letter, result: number, sentenceFlags: SentenceFlagsOf): boolean {
  const sentences = letter.seg.sentences;
  let grant = letter.slice(sentences[result]!);
  if (!grant.includes('r') || sentences[result]!.heading) return false;
  // Round 44: also the items listed under the grant's own line just before ("Vi … bevilger dig:" / "et badekarbræt med
  // ryglæn" / "to støttegreb" / "Hjælpemidlerne bevilges efter servicelovens § 112").
  for (let k = result - 1; k >= Math.max(0, result - 5); k--) {
    const t = letter.slice(sentences[k]!);
    if (!/:\s*$/u.test(t)) continue;
    if (sentenceFlags(letter, k).bevilling) for (let j = k; j < result; j++) grant += '\n' + letter.slice(sentences[j]!);
    break;
  }
  const granted = aidsIn(grant);
  if (granted.size === 0) return false;
  for (let k = 0; k < result; k++) {
    const a = APPLIED_FOR.exec(letter.slice(sentences[k]!));
    if (!a || COMPLAINT.test(a[0])) continue;
    const applied = aidsIn(a[1]!);
    if (applied.size === 0) continue;
    // (The granted aid is the applied one, or a kind of it: "kørestol" → "elkørestol".)
    for (const g of granted) for (const x of applied) if (g.endsWith(x)) return false;
    // Round 67: a grant named only by the housing word ("Du får bevilget boligindretningen", "Boligændringen bevilges")
    // after an application for fixtures of the home ("greb ved toilettet", "en trappelift"): the general word covers
    // them, it is no other aid. (A named aid beside it, or a movable aid applied for, still differs.)
    if ([...granted].every((g) => HOUSING_WORDS.has(g)) && [...applied].every((x) => HOME_FIXTURES.has(x))) return false;
    return true;
  }
  return false;
}
// Round 62: the aid granted "uden" a feature the application asked "med" ("Ansøgt: kørestol med elektrisk sædelift" /
// "Kørestolen bevilges uden sædelift"): the feature asked for is the part refused, the guide's partial grant. Only a
// grant sentence, and only a feature the application names after "med" ("uden egenbetaling" asked of nobody is a term).
const WITHOUT_FEATURE = /(?<![\p{L}])uden\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]{4,})/iu;
const WITH_FEATURE = /(?<![\p{L}])med\s+([^.;:\n]{4,80})/iu;
// (The relative clause right after the feature, at most a few words on: "…, som du havde ønsket dig", "…, som I har søgt om".)
const FEATURE_ASKED_AFTER = /^(?:\s+[\p{L}-]+){0,4}?\s*,?\s+som\s+(?:du|I|De|han|hun)\s+(?:også\s+)?(?:har\s+|havde\s+)?(?:også\s+)?(?:søgt|søgte|ansøgt|ansøgte|bedt|bad|ønsket|ønskede|spurgt|spurgte)(?![\p{L}])/u;
/** The application told before the result: a field ("Ansøgt: …") or sentences ("Du har søgt om …"), outside complaints. */
function appliedBefore(letter: Letter, result: number): string[] {
  const sentences = letter.seg.sentences;
  const asked: string[] = [];
  const field = APPLIED_FIELD.exec(letter.text.slice(0, sentences[result]!.start));
  if (field) asked.push(field[1]!);
  for (let k = 0; k < result; k++) {
    const a = APPLIED_FOR.exec(letter.slice(sentences[k]!));
    if (a && !COMPLAINT.test(a[0])) asked.push(a[1]!);
  }
  return asked;
}
function grantedWithoutAskedFeature(letter: Letter, result: number, sentenceFlags: SentenceFlagsOf): boolean {
  const sentences = letter.seg.sentences;
  // (Read once, and only when a sentence grants something "uden" a feature.)
  let asked: string[] | undefined;
  for (let i = result; i < Math.min(sentences.length, result + 4); i++) {
    const t = letter.slice(sentences[i]!);
    if (!t.includes('uden')) continue;
    const m = WITHOUT_FEATURE.exec(t);
    if (!m || !sentenceFlags(letter, i).bevilling) continue;
    const feature = stems(m[1]!);
    if (feature.size === 0) continue;
    // Round 63: or the feature said in the same sentence to be the reader's own wish ("Den får du dog uden den løftefunktion,
    // som du havde ønsket dig", "… uden motor, som I søgte om"): the part asked for and left out, however the ask was told.
    if (t.includes('som') && FEATURE_ASKED_AFTER.test(t.slice(m.index + m[0].length))) return true;
    asked ??= appliedBefore(letter, result);
    for (const a of asked) {
      const w = WITH_FEATURE.exec(a);
      if (w) for (const st of stems(w[1]!)) if (feature.has(st)) return true;
    }
  }
  return false;
}
// Round 63: the result told as a list heading and, further down, the same heading with "ikke" in it ("Det bliver sat i
// gang:" … "Det bliver ikke sat i gang:", "Det får du:" … "Det får du ikke:"): one list granted, the other refused, the
// guide's partial grant. Only when the first heading is the result sentence (a list of things to do or to bring, "Det skal
// du huske:" / "Det skal du ikke gøre:", grants nothing), and only a short line ending in a colon.
const TWIN_WORDS_MAX = 8;
function negatedTwinHeading(letter: Letter, result: number): boolean {
  const sentences = letter.seg.sentences;
  const head = letter.slice(sentences[result]!).trim();
  if (sentences[result]!.words > TWIN_WORDS_MAX || !head.endsWith(':') || /(?<![\p{L}])ikke(?![\p{L}])/iu.test(head)) return false;
  const want = head.toLowerCase().replace(/\s+/gu, ' ');
  for (let k = result + 1; k < Math.min(sentences.length, result + 16); k++) {
    if (sentences[k]!.words > TWIN_WORDS_MAX + 1) continue;
    const t = letter.slice(sentences[k]!).trim();
    if (!t.endsWith(':') || !t.includes('ikke')) continue;
    if (t.toLowerCase().replace(/\s+/gu, ' ').replace(/(?<![\p{L}])ikke\s+|\s+ikke(?=:)/u, '') === want) return true;
  }
  return false;
}
// Round 63: a heading over the result that says yes to one thing and no to another ("Rune bliver – men ikke ophold hos
// plejefamilien", "Rampe ja – trappelift nej", "Kørestol, men ikke med sædelift"): the part refused is told in the heading
// itself, the guide's partial grant. A "men ikke" of time only defers ("Ja – men ikke før august", "men ikke endnu"), and a
// question ("… men ikke mere?") asks; neither is a part refused. Only headings up to just after the result sentence.
const YES_BUT_NOT_HEADING =
  /(?:\s[–—-]\s*|,\s*)men\s+ikke\s+(?!(?:før|endnu|nu|lige|i\s+år|i\s+dag|længere|mere|altid|med\s+det\s+samme|straks|helt)(?![\p{L}]))\p{L}|(?<![\p{L}])ja\s*(?:[–—,-]|og)\s*(?:[\p{L}-]+\s+){1,4}?nej(?![\p{L}])/iu;
const YES_BUT_NOT_WORDS_MAX = 12;
export function yesButNotHeading(letter: Letter, result: number): boolean {
  const sentences = letter.seg.sentences;
  for (let k = 0; k <= result + 1 && k < sentences.length; k++) {
    const s = sentences[k]!;
    if (!s.heading || s.words > YES_BUT_NOT_WORDS_MAX) continue;
    const t = letter.slice(s);
    if ((t.includes('men ikke') || t.toLowerCase().includes('nej')) && !t.includes('?') && YES_BUT_NOT_HEADING.test(t)) return true;
  }
  return false;
}
/** An application up to sentence `upTo` names the thing (by its stem). */
function appliedNames(letter: Letter, upTo: number, thing: string): boolean {
  const wanted = stems(thing);
  if (wanted.size === 0) return false;
  for (let k = 0; k <= upTo && k < letter.seg.sentences.length; k++) {
    const a = APPLIED_FOR.exec(letter.slice(letter.sentence(k)));
    if (a) for (const st of stems(a[1]!)) if (wanted.has(st)) return true;
  }
  return false;
}

// Round 40: the heading over the reasons that asks why less ("Hvorfor 6 måneder og ikke et år?") also further down,
// after other headings ("Hvad skal kontaktpersonen?", "Hvad har vi hørt?") have ended the zone where results are told.
function whyLessHeadingAfter(letter: Letter, from: number, sentenceFlags: SentenceFlagsOf): boolean {
  const sentences = letter.seg.sentences;
  for (let i = from + 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (!s.heading || s.words > 10) continue;
    const t = letter.slice(s);
    if (/^hvorfor\s/iu.test(t) && whyLessHeading(t) && !otherMeasureWeighed(letter, i, t, sentenceFlags)) return true;
  }
  return false;
}
// Round 44: "Hvorfor ikke støtte i hjemmet?" over the reasons of a placement: another measure the municipality weighed
// and set aside, not a part of what was asked. A "why not X" with a noun says less than asked only when X was named
// before it as asked for, in a heading or as refused ("• Indkøbshjælp: Nej"); counts and "mere"/"hele" keep saying it.
const WHY_NOT_THING = /^hvorfor\s+ikke\s+(?!(?:\d|én|ét|to|tre|fire|fem|seks|syv|otte|ni|ti|tolv|mere|flere|hele|alle|hver|om|kun)(?![\p{L}]))/iu;
function otherMeasureWeighed(letter: Letter, at: number, heading: string, sentenceFlags: SentenceFlagsOf): boolean {
  if (!WHY_NOT_THING.test(heading)) return false;
  const thing = stems(heading.replace(/^hvorfor\s+ikke\s+/iu, ''));
  if (thing.size === 0) return false;
  for (let k = 0; k < at; k++) {
    const t = letter.slice(letter.sentence(k));
    if (!letter.seg.sentences[k]!.heading && !asks(t) && !ASKED_ANY.test(t) && !sentenceFlags(letter, k).afslag) continue;
    for (const st of stems(t)) if (thing.has(st)) return false;
  }
  return true;
}

// Round 47: a thing named, in a relative clause, as asked for by the reader, and in the same sentence said not to be given
// ("Den elektriske sædelift, som du også bad om, kommer ikke med", "Transporten, som I søgte om, dækker vi ikke"): after a
// grant, that part of the application is refused. Not a thing asked for that does come ("…, som du bad om, kommer med"),
// nor one that is only not there yet ("…, som du søgte om, kan vi ikke levere før august": no giving verb negated).
const ASKED_THING_NOT_GIVEN =
  /(?<![\p{L}])som\s+(?:du|I|De|han|hun|[\p{Lu}][\p{Ll}]+)\s+(?:også\s+|har\s+|havde\s+)*(?:bad|søgte|ansøgte|ønskede|bedt|søgt|ansøgt|ønsket)\s+om\s*,?\s+(?:(?:kommer|følger|indgår|er)\s+(?:\p{L}+\s+)?ikke\s+med|(?:bliver|er)\s+ikke\s+(?:bevilget|godkendt|en\s+del\s+af)|(?:får|kan)\s+(?:du|I|De|han|hun)\s+ikke(?:\s+få)?(?![\p{L}])|(?:bevilger|giver|dækker|betaler|godkender)\s+vi\s+ikke|kan\s+vi\s+ikke\s+(?:bevilge|give|dække|betale|godkende))/u;
function askedThingNotGiven(letter: Letter, result: number): boolean {
  const sentences = letter.seg.sentences;
  for (let k = result; k < Math.min(sentences.length, result + 8); k++) {
    const t = letter.slice(sentences[k]!);
    if (!t.includes('som') || !t.includes('ikke')) continue;
    if (!COMPLAINT.test(t) && !CONDITION.test(beforePurpose(t)) && ASKED_THING_NOT_GIVEN.test(t)) return true;
  }
  return false;
}

// Round 49: the cheapest thing that meets the need granted ("… til en Peugeot Rifter, som er den billigste bil, der kan dække
// behovet", "standardmodellen, som er den billigste egnede") against an application that named another make or model by
// name ("Du har søgt om en VW Multivan"): the dearer choice is refused (the guide's cheaper aid). Not when the name
// asked for is the one granted, nor when no make was named.
const CHEAPEST = /(?<![\p{L}])(?:den|det|de)\s+billigste(?:\s+\p{L}+)?(?:\s*,\s*(?:der|som)\s+(?:kan\s+)?(?:dække|dækker|opfylde|opfylder|imødekomme|løse|løser)|\s+egnede)(?![\p{L}])/iu;
const NAMED_MAKE = /(?<=\s)\p{Lu}[\p{L}-]+/gu;
// Round 72: the aid granted from the municipality's own range or as its standard model ("Du får en kørestol fra kommunens
// sortiment", "fra vores standardsortiment", "Du får standardmodellen") against an application that named a make or model by
// its cue word ("søgt om en kørestol af mærket X", "model Y", "typen Z"): the model asked for is refused, as with "billigste".
const STANDARD_RANGE = /(?<![\p{L}])(?:fra|i|af)\s+(?:kommunens|vores|det\s+kommunale|hjælpemiddel\p{L}*)\s+(?:[\p{L}-]+\s+)?(?:standard)?sortiment(?![\p{L}])|(?<![\p{L}])standard(?:model|udgave|kørestol|rollator|version)\p{L}*/iu;
const MODEL_NAMED = /(?<![\p{L}])(?:mærke(?:t)?|model(?:len)?|typen|fabrikat(?:et)?)\s+(\p{Lu}[\p{L}\d-]*)/gu;
function cheapestInsteadOfNamed(letter: Letter, result: number): boolean {
  const sentences = letter.seg.sentences;
  let grant = '';
  let standard = false;
  for (let k = result; k < Math.min(sentences.length, result + 3); k++) {
    const t = letter.slice(sentences[k]!);
    if (CONDITION.test(t) || COMPLAINT.test(t)) continue;
    if (t.includes('billigste') && CHEAPEST.test(t)) grant = t;
    else if (!grant && (t.includes('sortiment') || t.includes('tandard')) && STANDARD_RANGE.test(t)) {
      grant = t;
      standard = true;
    }
  }
  if (!grant) return false;
  for (let k = 0; k < Math.min(sentences.length, result + 4); k++) {
    const a = APPLIED_FOR.exec(letter.slice(sentences[k]!));
    if (!a || COMPLAINT.test(a[0])) continue;
    // (The standard range only against a make named by its cue word: a person named in the application is no model.)
    const names = standard ? [...a[1]!.matchAll(MODEL_NAMED)].map((x) => x[1]!) : (a[1]!.match(NAMED_MAKE) ?? []);
    if (names.some((n) => !grant.includes(n))) return true;
  }
  return false;
}

// Round 50: one comparison of what was asked with what was granted, across the whole letter, per dimension: a rate per
// week for each unit ("2 gange om ugen", "6 timer om ugen") and a length of time ("12 uger", "i et år", a span of dates).
// The asks: any sentence with an application or a wish, wherever it stands ("Du har ansøgt om: Genoptræning …, 12 uger",
// "… og at du derfor gerne ville have 6 timer om ugen" late in the reasons), read from the ask word on and before its
// reason. The grant: the result sentence, the field lines of its block ("Omfang: …", "Periode: 14.10.2024 – 06.12.2024
// (8 uger)"), and any later sentence that grants in so many words ("Vi har bevilget aflastningen for 6 måneder",
// "Aflastningen er bevilget i perioden 1. juni – 30. november 2025"). Less granted than asked in one dimension is the
// guide's partial grant (fewer hours, a shorter period than applied for), however far apart the two are told.
// A length in an ask may stand bare ("…, 12 uger, 2 gange om ugen"); not an age or a time ago ("på 12 år", "for et år
// siden"), nor a rate ("2 timer om ugen" is read as a rate).
const ASK_LENGTH = new RegExp(String.raw`(?:(?<![\p{L}])(?:i(?:\s+alt)?|for|(?:forløb|periode)\s+på)\s+|[(,:]\s*)${LENGTH_COUNT}(?!\s+(?:om|pr\.?|per|gammel|siden|efter|før)(?![\p{L}]))`, 'iu');
/** The ask word (the first in the sentence when not given) is denied close by: "Du ønsker ikke …", "ikke søgt om". */
function askDenied(t: string, m: RegExpExecArray | null = APPLIED.exec(t)): boolean {
  return !!m && NEGATION.test(t.slice(Math.max(0, m.index - 12), m.index + m[0].length + 8));
}
// (The ask's own clause: up to the next clause of something else, ", og du vil gerne blive i jobbet, hvor du arbejder 15
// timer om ugen"; and not an ask denied, "Du ønsker ikke at flytte".)
const ASK_CLAUSE_END = /,\s*(?:og|men|hvor|der|som|mens|selv\s+om)\s|;/iu;
// A length in a grant only after a word that makes it one: "i 8 uger", "for 6 måneder", "(8 uger)", "et forløb på 6 uger".
const GRANT_LENGTH = new RegExp(String.raw`(?:(?<![\p{L}])(?:i(?:\s+alt)?|for|(?:forløb|periode)\s+på)\s+|\(\s*)${LENGTH_COUNT}(?!\s+(?:siden|efter|før)(?![\p{L}]))`, 'iu');
const BLOCK_FIELD = /^[\p{L}][\p{L} ]{1,30}:\s/u;
const ASK_GATE = /søg|ønsk|bad|bedt|gerne|spurg|spørg|anmod/iu;
// Round 59: the citizen's question whether more can be had, in the present tense ("Tak for din mail, hvor du spørger, om du
// kan få dækket 25 timer om ugen i stedet for de 15"): the amount in it is asked, as after "søgt om". Only the reader
// asking (not "Vi spørger, om du kan …", the municipality asking the citizen).
const ASKS_WHETHER_GETS = /(?<![\p{L}])(?<!(?:vi|jeg|kommunen)\s+(?:har\s+)?)(?:spørger|spurgte|spurgt)\s*,?\s+om\s+(?:du|I|De|han|hun|\p{Lu}\p{Ll}+)\s+(?:kan|kunne|må)\s+(?:godt\s+)?få(?![\p{L}])/u;
// Round 55: the parts of the day are a dimension too. Help asked for at two or more of them, joined in one phrase ("hjælp
// til personlig pleje både morgen og aften", "morgen, middag og aften"), and the result sentence granting only some of them
// ("Fra mandag kommer hjemmeplejen hver morgen"): fewer visits a day than asked, the guide's partial grant. Only the result
// sentence is read for the grant, since later sentences often name a part of the day for something else.
const DAY_PART = String.raw`(?:morgen|formiddag|middag|eftermiddag|aften|nat)(?:en|ten)?`;
const DAY_PARTS_JOINED = new RegExp(String.raw`(?<![\p{L}])${DAY_PART}(?:\s*,\s*${DAY_PART})*\s+og\s+${DAY_PART}(?![\p{L}])`, 'iu');
const DAY_PART_WORD = /(?<![\p{L}])(morgen|formiddag|middag|eftermiddag|aften|nat)(?:en|ten)?(?![\p{L}])/giu;
function dayPartsIn(t: string): Set<string> {
  return new Set([...t.matchAll(DAY_PART_WORD)].map((m) => m[1]!.toLowerCase()));
}
function dayPartsAsked(clause: string): Set<string> {
  const m = DAY_PARTS_JOINED.exec(clause);
  return m ? dayPartsIn(m[0]) : new Set();
}
function fewerDayParts(t: string, asked: Set<string>): boolean {
  const granted = dayPartsIn(t);
  if (granted.size === 0 || granted.size >= asked.size) return false;
  for (const p of granted) if (!asked.has(p)) return false;
  return true;
}
const HANDLED_LEAD = /^(?:[\p{L}]+\s+){0,3}?(?:vi|jeg|kommunen)\s+har\s+(?:nu\s+)?(?:behandlet|modtaget|vurderet|set\s+på|læst)\s+(?:din|jeres|Deres)\s+(?:[\p{L}-]+\s+){0,3}?ansøgning\p{L}*(?:\s+om\s+[^,;]{1,60})?,\s*(?:og\s+)?/iu;
function askedAgainstGranted(letter: Letter, result: number, sentenceFlags: SentenceFlagsOf): boolean {
  const sentences = letter.seg.sentences;
  const askedRate = new Map<string, number>();
  let askedWeeks = 0;
  let askedParts = new Set<string>();
  const askedBare = new Map<string, number>();
  for (let i = 0; i < sentences.length; i++) {
    const t = letter.slice(sentences[i]!);
    // (Cheap gate: an ask word's letters somewhere in the sentence.)
    if (!ASK_GATE.test(t)) continue;
    const m = APPLIED.exec(t) ?? WISHED.exec(t) ?? ASKED_AMOUNT_AFTER.exec(t) ?? ASKS_WHETHER_GETS.exec(t);
    if (!m || COMPLAINT.test(t)) continue;
    let clause = beforeReason(t.slice(m.index));
    const end = ASK_CLAUSE_END.exec(clause);
    if (end) clause = clause.slice(0, end.index);
    if (CONDITION.test(beforePurpose(clause)) || askDenied(t, m)) continue;
    for (const [unit, rate] of amounts(clause)) if (!askedRate.has(unit)) askedRate.set(unit, rate);
    const length = askedWeeks === 0 ? ASK_LENGTH.exec(clause) : null;
    if (length) askedWeeks = weeksOf(length);
    // Round 72: the period asked for as a span of dates, wherever the ask is told ("I ansøgningen er perioden angivet som 1.
    // oktober 2024 til 31. marts 2025", "Du har søgt om aflastning fra 1. juni til 31. august"): its length is the one asked.
    const span = askedWeeks === 0 && /\d\.\s*\S/u.test(clause) ? DATE_SPAN.exec(clause) : null;
    if (span && spanWeeks(span) > 0) askedWeeks = spanWeeks(span);
    if (askedParts.size === 0) askedParts = dayPartsAsked(clause);
    const bare = askedRate.size === 0 ? BARE_COUNT.exec(clause) : null;
    if (bare) askedBare.set(bare[2]!.toLowerCase().replace('nætter', 'nat'), count(bare[1]!));
  }
  if (askedRate.size === 0 && askedWeeks === 0 && askedParts.size === 0 && askedBare.size === 0) return false;
  const less = (t: string, rates: boolean) => {
    if (rates) {
      for (const [unit, rate] of amounts(t)) {
        const asked = askedRate.get(unit);
        if (asked !== undefined && rate < asked * 0.99) return true;
      }
      if (askedBare.size > 0) {
        AMOUNT.lastIndex = 0;
        for (let g = AMOUNT.exec(t); g; g = AMOUNT.exec(t)) {
          const asked = g[1] ? askedBare.get(g[2]!.toLowerCase().replace('nætter', 'nat')) : undefined;
          if (asked !== undefined && count(g[1]!) < asked) return true;
        }
      }
    }
    if (askedWeeks === 0) return false;
    const length = GRANT_LENGTH.exec(t);
    if (length && weeksOf(length) < askedWeeks * 0.85) return true;
    const span = /\d\.\s*\S/u.test(t) ? DATE_SPAN.exec(t) : null;
    return !!span && spanWeeks(span) > 0 && spanWeeks(span) < askedWeeks * 0.85;
  };
  const ownGrant = (t: string) => !APPLIED.test(t) && !WISHED.test(t) && !COMPLAINT.test(t) && !REPORT_CUE.test(t) && !CONDITION.test(beforePurpose(t)) && !HAD_AMOUNT.test(t) && !BEFORE_AMOUNT.test(t);
  // The result sentence, the field lines of its block and the two sentences after it ("Du får en fast kontaktperson. Han
  // hedder Kenneth … I skal ses 3 timer om ugen"); or the subject line the grant points to ("Du bevilges ydelsen som
  // angivet i emnelinjen").
  // (The two after only when the result sentence has no amount of its own: after "7 hovedretter om ugen", "Maden leveres
  // to gange om ugen" is how it comes, not how much.)
  const after = ONE_AMOUNT.test(letter.slice(sentences[result]!)) ? 0 : 2;
  // (A result read from a title heading, "BEVILLING – TRÆNING", leaves the grant's field block further down: it starts at
  // the first field that grants, "Bevilget indsats: …".)
  let start = result;
  if (sentences[result]!.heading && !BLOCK_FIELD.test(letter.slice(sentences[result]!))) {
    for (let k = result + 1; k < Math.min(sentences.length, result + 6); k++) {
      if (BLOCK_FIELD.test(letter.slice(sentences[k]!)) && sentenceFlags(letter, k).bevilling) {
        start = k;
        break;
      }
    }
  }
  for (let k = start, block = true; k < Math.min(sentences.length, start + 8); k++) {
    // (Round 62: the grant after a clause saying the application was dealt with, "Vi har nu behandlet din ansøgning, og du
    // får hjælp … hver 2. uge": that clause names the application, not an ask in this sentence.)
    const t = letter.slice(sentences[k]!).replace(HANDLED_LEAD, '');
    block &&= k === start || BLOCK_FIELD.test(t);
    if (!block && k > start + after) break;
    if (ownGrant(t) && less(beforeReason(t), true)) return true;
    if (k === result && askedParts.size > 0 && ownGrant(t) && fewerDayParts(beforeReason(t), askedParts)) return true;
    if (k === start && AS_IN_SUBJECT.test(t)) {
      const subject = sentences.findIndex((x, j) => j < result && SUBJECT_LINE.test(letter.slice(x)));
      if (subject >= 0 && less(letter.slice(sentences[subject]!), true)) return true;
    }
  }
  // Later sentences that grant in so many words: their length only, since a rate there is often of something else ("Du
  // får en regning hver måned").
  for (let k = result + 1; k < sentences.length; k++) {
    const t = letter.slice(sentences[k]!);
    if (!ownGrant(t)) continue;
    const f = sentenceFlags(letter, k);
    if (f.bevilling && !f.afslag && !f.aendring && !f.possibility && less(beforeReason(t), false)) return true;
    // Round 59: the grant named by its noun with its length, without a grant word ("Forlængelsen bliver på 6 måneder",
    // "Bevillingen gælder i 3 måneder") after an application for longer: a shorter period than asked.
    const told = askedWeeks > 0 && !f.afslag && !f.aendring ? GRANT_NOUN_LENGTH.exec(t) : null;
    if (told && weeksOf(told) < askedWeeks * 0.85) return true;
  }
  return false;
}
const GRANT_NOUN_LENGTH = new RegExp(String.raw`^(?:forlængelsen|bevillingen|perioden|opholdet|forløbet|aflastningen|støtten|hjælpen|indsatsen)\s+(?:bliver|er|gælder)\s+(?:derfor\s+|altså\s+|således\s+|dermed\s+)?(?:på|i|for)\s+${LENGTH_COUNT}`, 'iu');

// Round 73b: a part asked for, told only as what the citizen goes on doing on their own beside the grant: "Aftensmåltidet, som du
// også spurgte om, står du fortsat selv for", "Tøjvasken klarer du stadig selv" (after "Du har søgt om hjælp til rengøring og
// tøjvask"). The sentence names the ask itself, or its first word is a thing named in an ask before it.
const FIRST_WORD = /^\p{Lu}\p{Ll}{3,}(?=,|\s+(?:står|klarer|betaler|sørger|må|skal)\s)/u;
// (A fronted adverb is no thing asked for: "Derfor skal du fortsat selv betale".)
const FRONTED_ADVERB = /^(?:derfor|dermed|samtidig|således|altså|dette|resten|herefter|fremover|desuden|stadig|fortsat|også|indtil)$/iu;
const STEM = 5;
function askedPartLeftToCitizen(letter: Letter): boolean {
  for (const [i, t] of zoneBody(letter)) {
    if (COMPLAINT.test(t) || CONDITION.test(t) || !STILL_ON_OWN.test(t)) continue;
    if (asks(t)) return true;
    const word = FIRST_WORD.exec(t)?.[0];
    if (!word || FRONTED_ADVERB.test(word)) continue;
    const first = word.toLowerCase().slice(0, STEM);
    for (let k = 0; k < i; k++) {
      const a = letter.slice(letter.sentence(k));
      if (asks(a) && a.toLowerCase().includes(first)) return true;
    }
  }
  return false;
}

// Round 73b: a refusal beside a period asked for told only as what happens in it: the ask names weeks or days ("en hel uge i uge
// 29 og desuden weekenden den 12.–13. juli"), one is refused ("Weekenden den 12.–13. juli kan vi ikke dække") and another said as
// where the child or citizen is then ("I uge 29 er Emil hos familien Vang", "I efterårsferien bor Sofie hos plejefamilien").
const ASKED_PERIOD = new RegExp(
  String.raw`(?<![\p{L}\d])(?:uge\s+\d{1,2}|\d{1,2}\.\s*(?:[–—-]\s*\d{1,2}\.\s*)?(?:${MONTH_NAMES})|(?:sommer|efterårs|vinter|jule|påske|pinse)ferien)(?![\p{L}])`,
  'giu',
);
// Being somewhere, in the present or future: "er Emil hos", "bliver hun på", "kommer han i", "skal Mia bo hos".
const IS_AT = /(?<![\p{L}])(?:er|bliver|kommer|bor|sover|skal\s+(?:være|bo|sove))\s+(?:[\p{L}-]+\s+){0,2}?(?:hos|på|i)\s/iu;
const periodsIn = (t: string) => new Set([...t.matchAll(ASKED_PERIOD)].map((m) => m[0].toLowerCase().replace(/\s+/gu, ' ').replace(/[—-]/gu, '–')));
export function askedPeriodHappens(letter: Letter, refusal: number): boolean {
  const refused = periodsIn(letter.slice(letter.sentence(refusal)));
  let asked: Set<string> | undefined;
  for (const [, t] of zoneBody(letter)) {
    if (COMPLAINT.test(t)) continue;
    if (!asked) {
      if (asks(t)) asked = periodsIn(t);
      continue;
    }
    if (NEGATION.test(t) || CONDITION.test(t) || asks(t) || REPORT_CUE.test(t) || !IS_AT.test(t)) continue;
    for (const p of periodsIn(t)) if (asked.has(p) && !refused.has(p)) return true;
  }
  return false;
}

/**
 * A grant that gives less than was asked, or something else than was asked: the checks above, in this order, the
 * first that holds deciding. `resultSentence` is where the result is stated; `sentenceFlags` is the classifier's
 * flags of a sentence (decision-type's, handed in so this module need not import it).
 */
export function grantsLessThanAsked(letter: Letter, resultSentence: number | undefined, sentenceFlags: SentenceFlagsOf): boolean {
  return grantsLessThanApplied(letter, resultSentence, sentenceFlags) || tableGrantsLess(letter) || fieldsGrantLess(letter) || zeroRowAmongPaid(letter) || refusesAppliedItemLater(letter, resultSentence ?? 0, sentenceFlags) || limitedInConclusion(letter, resultSentence ?? 0, sentenceFlags) || (resultSentence !== undefined && (grantToldSmaller(letter, resultSentence, sentenceFlags) || whyLessHeadingAfter(letter, resultSentence, sentenceFlags) || otherAidGranted(letter, resultSentence, sentenceFlags) || grantedWithoutAskedFeature(letter, resultSentence, sentenceFlags) || negatedTwinHeading(letter, resultSentence) || yesButNotHeading(letter, resultSentence) || dearerRefused(letter, resultSentence) || askedThingNotGiven(letter, resultSentence) || toldLessThanAsked(letter, resultSentence) || cheapestInsteadOfNamed(letter, resultSentence) || askedAgainstGranted(letter, resultSentence, sentenceFlags))) || askedPartLeftToCitizen(letter);
}
