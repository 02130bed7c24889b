/**
 * Round 71: results a letter tells without any decision word, read only when nothing else in the letter gave a type
 * (classifyDecision's last fallbacks):
 * - a before/after table or case summary ("Hidtil | Fra 1. maj 2025", "Før | Fra 1. juni", "Din ansøgning | Fra 1. april");
 * - what the help provider will or will not do ("Hjemmeplejen henter vasketøjet hver anden onsdag", "Det betyder, at
 *   hjemmeplejen ikke skal komme og hjælpe dig med badet");
 * - the person appointed ("Jonas' kontaktperson bliver Ahmed Rahimi").
 */
import type { Letter } from './letter';
import type { DecisionType } from './types';
import { asks, COMPLAINT, CONDITION, count, KRONER, NEGATION, ONE_AMOUNT, REPORT_CUE, zoneBody } from './decision-cues';

// The column of the help had until now ("Hidtil", "Før", "Nuværende") or of what was applied for ("Ansøgt", "Din ansøgning
// 27.01.2025"), and the column of what applies from now ("Fra 1.12.2024", "Fremover", "Bevilget").
const OLD_HEAD = /^(?:hidtil|før|tidligere|nuværende|indtil\s+nu|i\s+dag)$/iu;
const ASKED_HEAD = /^(?:(?:din|jeres|deres)\s+ansøgning|ansøgt|søgt|ønsket)(?:\s+(?:af\s+|fra\s+)?(?:den\s+)?[\d./-]+(?:\s+\p{L}+\s+\d{4})?)?$/iu;
const NEW_HEAD = /^(?:fra\s+(?:og\s+med\s+)?(?:den\s+)?(?:\d{1,2}\.\s*(?:\p{L}+|\d{1,2}\.?)(?:\s*\d{2,4})?|uge\s+\d{1,2})|fremover|fremadrettet|bevilget|nyt\s+omfang)$/iu;
// Cells part on a tab, a bar, two spaces or a dotted leader ("Hidtil ............... 4 timer om ugen").
const CELL_GAP = /[ \t]*(?:\t|\||\.{3,}| {2,})[ \t]*/u;
const RULE_LINE = /^[\s\-–—=_]+$/u;
// A whole number as Danish letters write it, with dots between thousands ("1.400"); decimals after a comma are dropped.
const NUMBER = String.raw`(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?`;
const integerOf = (digits: string) => Number(digits.replace(/\./gu, ''));
const FIRST_NUMBER = new RegExp(NUMBER, 'u');
const CELL_WORDS_MAX = 8;
const ROWS_MAX = 20;

const cellsOf = (line: string) => line.trim().split(CELL_GAP).filter((c) => c.length > 0);
const words = (line: string) => line.trim().split(/\s+/u).length;
function firstNumber(cell: string): number | undefined {
  const m = FIRST_NUMBER.exec(cell);
  return m ? integerOf(m[1]!) : /^(?:0|ingen|nej|-|–)$/iu.test(cell.trim()) ? 0 : undefined;
}

interface Compared { differ: boolean; less: boolean; equal: boolean }
function compare(pairs: [string, string][]): Compared {
  const out = { differ: false, less: false, equal: false };
  for (const [was, now] of pairs) {
    const a = firstNumber(was);
    const b = firstNumber(now);
    if (a !== undefined && b !== undefined) {
      if (b < a) out.less = true;
      else if (a === b) out.equal = true;
    }
    if (was.replace(/\s+/gu, ' ').toLowerCase() !== now.replace(/\s+/gu, ' ').toLowerCase()) out.differ = true;
  }
  return out;
}

/** The type a before/after (or applied/granted) table states, and the offset of its head. */
function beforeAfterTable(letter: Letter): { type: DecisionType; at: number } | undefined {
  const lines = letter.text.split('\n');
  let offset = 0;
  const starts = lines.map((l) => ((offset += l.length + 1), offset - l.length - 1));
  for (let i = 0; i < lines.length; i++) {
    const cells = cellsOf(lines[i]!);
    if (cells.length === 0 || words(lines[i]!) > 2 * CELL_WORDS_MAX) continue;
    const oldAt = cells.findIndex((c) => OLD_HEAD.test(c) || ASKED_HEAD.test(c));
    if (oldAt < 0) continue;
    const asked = ASKED_HEAD.test(cells[oldAt]!);
    const pairs: [string, string][] = [];
    if (oldAt + 1 < cells.length && NEW_HEAD.test(cells[oldAt + 1]!)) {
      // One head line, then rows with the two values last ("Rengøring   60 min. hver uge   60 min. hver 2. uge").
      for (let k = i + 1; k < lines.length && k <= i + ROWS_MAX; k++) {
        const row = cellsOf(lines[k]!);
        if (row.length === 0) {
          if (pairs.length > 0) break;
          continue;
        }
        if (RULE_LINE.test(lines[k]!)) continue;
        if (row.length < 2) break;
        pairs.push([row[row.length - 2]!, row[row.length - 1]!]);
      }
    } else if (oldAt === 0 && cells.length === 2) {
      // A summary's fields ("Hidtil ..... 4 timer om ugen" / "Fra 1. maj 2025 ...... 2 timer om ugen").
      const next = lines.slice(i + 1, i + 3).map(cellsOf).find((c) => c.length === 2 && NEW_HEAD.test(c[0]!));
      if (next) pairs.push([cells[1]!, next[1]!]);
    } else if (cells.length === 1) {
      // Each cell on its own line, as a converted document table gives it: the two heads, then label, value, value.
      const rest: string[] = [];
      for (let k = i + 1; k < lines.length && rest.length < 3 * ROWS_MAX + 1; k++) {
        const t = lines[k]!.trim();
        if (t.length === 0) continue;
        if (words(t) > CELL_WORDS_MAX) break;
        rest.push(t);
      }
      if (rest.length < 4 || !NEW_HEAD.test(rest[0]!)) continue;
      for (let r = 1; r + 2 < rest.length; r += 3) pairs.push([rest[r + 1]!, rest[r + 2]!]);
    }
    if (pairs.length === 0) continue;
    const c = compare(pairs);
    const at = starts[i]!;
    if (asked) {
      if (c.less) return { type: 'delvis', at };
      if (c.equal && !c.differ) return { type: 'bevilling', at };
    } else if (c.differ) return { type: 'aendring', at };
  }
  return undefined;
}

// Who delivers the help, and what they do: "Hjemmeplejen henter vasketøjet hver anden onsdag", "Fra uge 36 kommer
// hjemmeplejen og gør rent hos dig 1 time hver 14. dag" (a grant when an amount is said); "hjemmeplejen skal derfor ikke
// handle ind for dig", "Det betyder, at hjemmeplejen ikke skal komme og hjælpe dig med badet" (a refusal).
const PROVIDER = String.raw`(?:hjemmeplejen|hjemmehjælpen|hjemmesygeplejen|plejepersonalet|hjælperen|hjælperne|en\s+hjælper|bostøtten|støttepersonen|madservice(?:n)?)`;
const ACT = String.raw`(?:kommer|henter|bringer|leverer|vasker|gør|handler|hjælper|tager)`;
const PROVIDER_DOES = new RegExp(String.raw`(?<![\p{L}])(?:${PROVIDER}\s+(?:også\s+|fremover\s+|nu\s+)?${ACT}|${ACT}\s+${PROVIDER})(?![\p{L}])`, 'iu');
const PROVIDER_WONT = new RegExp(
  String.raw`(?<![\p{L}])(?:${PROVIDER}\s+(?:(?:derfor|altså|så|heller)\s+)?(?:skal|kommer)\s+(?:(?:derfor|altså|så|heller)\s+)?ikke|(?:skal|kommer)\s+${PROVIDER}\s+(?:(?:derfor|altså|så|heller)\s+)?ikke|${PROVIDER}\s+(?:(?:derfor|altså|så|heller)\s+)?ikke\s+(?:skal|kommer))\s+(?:til\s+at\s+)?(?:komme|hjælpe|handle|gøre|vaske|hente|bringe|tage)(?![\p{L}])`,
  'iu',
);
// The help going on or told as it is now ("Hjemmeplejen kommer i dag hver uge"), or ending ("ikke mere"): no new result.
const NOW_OR_ENDING = /(?<![\p{L}])(?:i\s+dag|hidtil|indtil\s+nu|allerede|stadig|for\s+tiden|mere|længere|har|havde)(?![\p{L}])/iu;
// A rhythm of weekdays, as a delivery round is told ("hver anden onsdag", "hver fredag").
const WEEKDAY_RHYTHM = /(?<![\p{L}])hver\s+(?:anden\s+|tredje\s+|\d{1,2}\.\s+)?(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)(?![\p{L}])/iu;
// How often, per week ("hver uge" 1, "hver anden onsdag" 0.5, "to gange om ugen" 2): to set the rhythm granted against the
// one applied for ("Du bad om, at vi vasker dit tøj hver uge. Hjemmeplejen henter vasketøjet hver anden onsdag").
const RHYTHM =
  /(?<![\p{L}\d])(?:(\d+|en|én|et|to|tre|fire|fem|seks|syv)\s+gange?\s+(?:om|pr\.?|i)\s+(ugen|dagen|måneden)|hver\s+(?:(anden|tredje|fjerde)\s+|(\d{1,2})\.\s+)?(uge|dag|måned|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag))(?![\p{L}])/iu;
const PER_WEEK: Record<string, number> = { ugen: 1, uge: 1, dagen: 7, dag: 7, måneden: 12 / 52, måned: 12 / 52 };
const EVERY_NTH: Record<string, number> = { anden: 2, tredje: 3, fjerde: 4 };
function perWeek(text: string): number | undefined {
  const m = RHYTHM.exec(text);
  if (!m) return undefined;
  if (m[1]) return count(m[1]) * PER_WEEK[m[2]!.toLowerCase()]!;
  const every = m[3] ? EVERY_NTH[m[3].toLowerCase()]! : m[4] ? Number(m[4]) : 1;
  return (PER_WEEK[m[5]!.toLowerCase()] ?? 1) / every;
}
/** An application before sentence `grant` asks for a more frequent rhythm than the grant gives. */
function rhythmLessThanAsked(letter: Letter, grant: number): boolean {
  const given = perWeek(letter.slice(letter.sentence(grant)));
  if (given === undefined) return false;
  for (let k = 0; k < grant; k++) {
    const t = letter.slice(letter.sentence(k));
    if (!asks(t)) continue;
    const asked = perWeek(t);
    if (asked !== undefined) return given < asked;
  }
  return false;
}
// A person appointed as the help, by name (case-sensitive): "Din kontaktperson bliver Ahmed Rahimi fra Ungeteamet".
const PERSON_APPOINTED = /(?<![\p{L}])(?:[Kk]ontaktperson|[Ss]tøtteperson|[Mm]entor|[Ff]amiliebehandler|[Bb]ostøttemedarbejder|[Aa]flastningsfamilie)(?:en|n)?\s+bliver\s+(?:nu\s+)?\p{Lu}\p{Ll}+/u;

function providerResult(letter: Letter): { type: DecisionType; resultSentence: number } | undefined {
  let grant: number | undefined;
  let refusal: number | undefined;
  for (const [i, t] of zoneBody(letter)) {
    if (COMPLAINT.test(t) || CONDITION.test(t)) continue;
    if (refusal === undefined && PROVIDER_WONT.test(t) && !/(?<![\p{L}])(?:mere|længere)(?![\p{L}])/iu.test(t)) refusal = i;
    else if (grant === undefined && ((PROVIDER_DOES.test(t) && (ONE_AMOUNT.test(t) || WEEKDAY_RHYTHM.test(t)) && !NOW_OR_ENDING.test(t) && !asks(t) && !REPORT_CUE.test(t)) || PERSON_APPOINTED.test(t))) grant = i;
  }
  if (grant !== undefined && refusal !== undefined) return { type: 'delvis', resultSentence: Math.min(grant, refusal) };
  if (grant !== undefined) return { type: rhythmLessThanAsked(letter, grant) ? 'delvis' : 'bevilling', resultSentence: grant };
  if (refusal !== undefined) return { type: 'afslag', resultSentence: refusal };
  return undefined;
}

// Round 73: results told only by their consequence, what happens next (see consequenceResult).
// The money paid out, with a sum: "Beløbet udbetales sammen med din pension og udgør 900 kr. om måneden", "Pengene kommer ind
// på din NemKonto den 1. i hver måned".
const PAID_OUT = /(?<![\p{L}])(?:udbetales|udbetaler\s+(?:vi|kommunen)|(?:kommer|går)\s+ind\s+på|(?:sættes|indsættes)\s+ind\s+på|indsættes\s+på|overføres\s+til|overfører\s+(?:vi|kommunen))(?![\p{L}])/iu;
// The citizen told what they will receive, with an amount: "Fra 1. maj vil du modtage kompensation svarende til 15 timer om ugen".
const WILL_RECEIVE = /(?<![\p{L}])(?:(?:du|I|De|han|hun)\s+(?:vil\s+|skal\s+)?modtage(?:r)?|(?:vil|skal)\s+(?:du|I|De|han|hun)\s+modtage|modtager\s+(?:du|I|De|han|hun))(?![\p{L}])/u;
// Help had now or before, not a new receipt ("Du modtager i dag 800 kr.").
const HAD_NOW = /(?<![\p{L}])(?:i\s+dag|hidtil|indtil\s+nu|allerede|har\s+modtaget|modtog)(?![\p{L}])/iu;
// A supplier or the aid centre contacting the citizen to arrange the delivery or the work: "Hjælpemiddelcentralen kontakter dig
// for at aftale levering", "Firmaet ringer til dig for at aftale, hvornår de kommer". (Not a visit before the decision.)
const CONTACTS_TO_ARRANGE =
  /(?<![\p{L}])(?<!(?:du|I|De)\s)(?:kontakter|ringer\s+til|skriver\s+til)\s+(?:dig|jer|Dem|\p{Lu}\p{Ll}+)\s+(?:[^.;:!?\n]{0,60}?\s)?(?:for\s+at\s+|og\s+)aftale\s*,?\s+(?:\p{L}+\s+){0,2}?(?:levering\p{L}*|montering\p{L}*|installation\p{L}*|opsætning\p{L}*|indkøring\p{L}*|udbringning\p{L}*|hvornår)(?![\p{L}])/u;
const PRE_DECISION_VISIT = /(?<![\p{L}])(?:besøg\p{L}*|møde\p{L}*|samtale\p{L}*|vurder\p{L}*|undersøg\p{L}*|afprøv\p{L}*)(?![\p{L}])/iu;
// A home or place said ready for the citizen, or the move-in day: "Der står nu en bolig klar til dig", "Han kan flytte ind
// fredag den 3. maj".
const READY_FOR = /(?<![\p{L}])(?:står|er)\s+(?:nu\s+)?(?:(?:en|et|din|dit|jeres|Deres|hans|hendes)\s+)?(?:[\p{L}-]+\s+){0,2}?klar\s+til\s+(?:dig|jer|Dem|ham|hende|pågældende|\p{Lu}\p{Ll}+)(?![\p{L}])/u;
const HOME_WORD = /(?:bolig|lejlighed|værelse|plads|plejehjem|botilbud|bosted|bofællesskab)/iu;
const MOVES_IN_ON = /(?<![\p{L}])(?:du|I|De|han|hun|\p{Lu}\p{Ll}+)\s+(?:kan|skal)\s+flytte\s+ind\s+(?:(?:på\s+)?(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\s+)?(?:den\s+)?\d{1,2}\./u;
// The citizen left to pay or manage on their own, as before: "Regningen skal du fortsat selv betale", "Turene må du fortsat
// klare uden en ledsager", "Aftensmaden står du fortsat selv for".
// (Round 73b: also with the verb first, "Tøjvasken klarer du stadig selv".)
export const STILL_ON_OWN =
  /(?<![\p{L}])(?:(?:fortsat|stadig)\s+(?:selv\s+(?:betale|betaler|klare|klarer|stå\s+for|står\s+for|for|sørge\s+for|sørger\s+for|afholde|dække)|(?:klare|klarer|betale|betaler)\s+(?:\p{L}+\s+){0,2}?(?:selv|uden))|(?:klarer|betaler|sørger)\s+(?:du|I|De|han|hun)\s+(?:fortsat|stadig)\s+selv)(?![\p{L}])/iu;
// Round 73b: the thing asked for left to the citizen to get and pay, if they still want it: "Ønsker De fortsat en trappelift, må
// De selv sørge for at købe og betale den", "Vil du stadig have en el-cykel, skal du selv købe den" (a refusal told as a
// consequence; the wish is the condition, so it is read before conditional sentences are passed over).
const STILL_WANTS =
  /(?<![\p{L}])(?:(?:[Øø]nsker|[Vv]il|[Gg]erne\s+vil)\s+(?:du|I|De|han|hun)\s+(?:\p{L}+\s+)?(?:fortsat|stadig|alligevel|stadigvæk)|(?:[Hh]vis|[Ss]åfremt)\s+(?:du|I|De|han|hun)\s+(?:fortsat|stadig|alligevel|stadigvæk)\s+(?:ønsker|vil|gerne\s+vil))(?![\p{L}])/u;
const GETS_IT_SELF =
  /(?<![\p{L}])(?:må|skal)\s+(?:du|I|De|han|hun)\s+(?:(?:derfor|altså|så)\s+)?selv\s+(?:sørge\s+for|betale|købe|anskaffe|bekoste|afholde|finansiere|dække|skaffe)(?![\p{L}])/iu;
// The help going on as it is now, after an ask for more or other: "Du fortsætter på holdet én gang om ugen, som du gør nu",
// "Den nuværende ordning fortsætter uændret".
const GOES_ON = /(?<![\p{L}])(?:fortsætter|bliver\s+ved|beholder|bevarer|forbliver)(?![\p{L}])/iu;
const AS_IT_IS_NOW = /(?<![\p{L}])(?:som\s+(?:(?:du|I|De|han|hun|den|det|de)\s+)?(?:gør|har|får|går|modtager)\s+(?:\p{L}+\s+)?(?:nu|i\s+dag)|som\s+(?:nu|i\s+dag|hidtil|før)|uændret)(?![\p{L}])/iu;
// (Not with more laid on: "Vi fortsætter med de tre timer, som du har nu, og lægger to timer oven i".)
const MORE_ADDED = /(?<![\p{L}])(?:oven\s+i|derudover|desuden|ekstra|mere|flere|yderligere|plus|lægger|tilføjer)(?![\p{L}])/iu;
// The citizen's case closing after an ask: "Din sag hos Familierådgivningen lukker, når du fylder 18 år", "Vi afslutter din sag".
const CASE_CLOSES =
  /(?<![\p{L}])(?:(?:din|dit|jeres|Deres|hans|hendes)\s+sag\s+(?:[^.,;:!?\n]{0,60}?\s)?(?:lukker|lukkes|afsluttes|slutter)|(?:vi|kommunen)\s+(?:lukker|afslutter)\s+(?:nu\s+)?(?:din|jeres|Deres|hans|hendes)\s+sag)(?![\p{L}])/iu;
// (Not a threat or a withdrawal: "Hvis du ikke svarer, lukker vi din sag", "Du har trukket ansøgningen tilbage".)
const IF_OR_WITHDRAWN = /(?<![\p{L}])(?:hvis|såfremt|tilbage)(?![\p{L}])/iu;
// An amount for a period ("1.400 kr. om måneden", "37 timer om ugen"), to set the amount given against the one asked.
const AMOUNT_PER = new RegExp(
  NUMBER + String.raw`\s*(kr|kroner|time|gang|dag|weekend)\p{L}*\.?\s+(?:\p{L}+\s+){0,3}?(?:om|pr\.?|per|i)\s+(uge|måned|md|år|dag|døgn)`,
  'iu',
);
function amountPer(text: string): { n: number; unit: string } | undefined {
  const m = AMOUNT_PER.exec(text);
  if (!m) return undefined;
  const unit = m[2]!.toLowerCase().startsWith('kr') ? 'kr' : m[2]!.toLowerCase();
  return { n: integerOf(m[1]!), unit: `${unit}/${m[3]!.toLowerCase().replace(/^md$/u, 'måned')}` };
}
/** The first ask before sentence `i`, or -1. */
function askBefore(letter: Letter, i: number): number {
  for (let k = 0; k < i; k++) if (asks(letter.slice(letter.sentence(k)))) return k;
  return -1;
}
/** A grant told by its consequence is partial when the amount per period given is lower than the one asked. */
function grantOrPartial(letter: Letter, i: number, sText: string): DecisionType {
  const ask = askBefore(letter, i);
  const given = amountPer(sText);
  const asked = ask >= 0 ? amountPer(letter.slice(letter.sentence(ask))) : undefined;
  return given && asked && given.unit === asked.unit && given.n < asked.n ? 'delvis' : 'bevilling';
}

/**
 * Round 73: a result told only by what happens next, with no decision word: the money paid out or the amount received (a
 * grant, partial when lower than asked), the supplier contacting the citizen to arrange delivery, a home ready or the move-in
 * day (grants); the citizen left to pay or manage on their own, the help going on as it is now, or the case closing, after an
 * ask (refusals).
 */
function consequenceResult(letter: Letter): { type: DecisionType; resultSentence: number } | undefined {
  for (const [i, t] of zoneBody(letter)) {
    if (COMPLAINT.test(t) || NEGATION.test(t)) continue;
    // (Its "Ønsker De …, må De selv sørge for at …" reads as a report of a wish, so this comes first.)
    if (STILL_WANTS.test(t) && GETS_IT_SELF.test(t) && askBefore(letter, i) >= 0) return { type: 'afslag', resultSentence: i };
    if (REPORT_CUE.test(t)) continue;
    if (CASE_CLOSES.test(t) && !IF_OR_WITHDRAWN.test(t) && askBefore(letter, i) >= 0) return { type: 'afslag', resultSentence: i };
    if (CONDITION.test(t) || asks(t)) continue;
    if ((PAID_OUT.test(t) && KRONER.test(t)) || (WILL_RECEIVE.test(t) && (ONE_AMOUNT.test(t) || KRONER.test(t)) && !HAD_NOW.test(t))) {
      return { type: grantOrPartial(letter, i, t), resultSentence: i };
    }
    const arranges = CONTACTS_TO_ARRANGE.exec(t);
    if (arranges && !PRE_DECISION_VISIT.test(t.slice(arranges.index))) return { type: 'bevilling', resultSentence: i };
    if ((READY_FOR.test(t) && HOME_WORD.test(t)) || MOVES_IN_ON.test(t)) return { type: 'bevilling', resultSentence: i };
    if ((STILL_ON_OWN.test(t) || (GOES_ON.test(t) && AS_IT_IS_NOW.test(t) && !MORE_ADDED.test(t))) && askBefore(letter, i) >= 0) return { type: 'afslag', resultSentence: i };
  }
  return undefined;
}

/** A result told without a decision word (see the module comment), or undefined. */
export function unstatedResult(letter: Letter): { type: DecisionType; resultSentence: number } | undefined {
  const table = beforeAfterTable(letter);
  if (table) {
    const sentences = letter.seg.sentences;
    let at = sentences.findIndex((s) => s.end > table.at);
    if (at < 0) at = 0;
    return { type: table.type, resultSentence: at };
  }
  return providerResult(letter) ?? consequenceResult(letter);
}
