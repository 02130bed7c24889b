/**
 * `klagefrist`: the complaint deadline is stated and is 4 weeks (RSL § 67). We read the
 * durations in sentences about complaints or deadlines that also carry a deadline cue
 * ("inden", "senest", "fra du har modtaget"), skipping durations that belong to the
 * municipality's own reconsideration ("sender klagen videre inden 4 uger"). A deadline other
 * than 4 weeks ("8 uger", "14 dage"), or 4 weeks counted from the letter's date instead of from
 * when the citizen got it ("4 uger fra brevets dato") ⇒ absent with the problem `forkert-frist`.
 */
import type { Matcher } from '../compile';
import type { Detection, Letter } from '../letter';
import type { Span } from '../segment';
import { hasMatchIn } from '../letter';
import { ANKESTYRELSEN } from './common';

const NUMBER_WORDS: Record<string, number> = {
  en: 1, et: 1, én: 1, ét: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, syv: 7, otte: 8, ni: 9, ti: 10, elleve: 11, tolv: 12,
  fjorten: 14, femten: 15, tyve: 20, fireogtyve: 24, otteogtyve: 28, tredive: 30,
};
// No leading look-behind (slow in V8); the caller checks the character before the match.
// (Round 50: the number may sit in a merge field's chevrons, "Klagefristen er «4» uger", as templates print it.)
const DURATION = /(?:«\s*)?(\d{1,3}|en|et|én|ét|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|fjorten|femten|tyve|fireogtyve|otteogtyve|tredive)(?:\s*»)?\s*(uger|uge|hverdage|arbejdsdage|dage|dag|måneder|måned|mdr\.?)(?![\p{L}])/giu;
const ABOUT_COMPLAINT = /klag|frist/iu;
// Disagreeing with the decision, said without the word "klage" ("Er du ikke tilfreds med afgørelsen", "Hvis du
// mener, vi tager fejl").
// (Round 36: also the citizen who thinks we got it wrong, "Synes du, det er forkert?", "Hvis du synes, vi har
// regnet forkert", "Tænker du, at vi har set forkert på det?"; only with the citizen thinking it, not "Vi mener, det
// er forkert at …".)
// (Round 40: also the citizen who sees it differently, "Hvis du ser anderledes på det", "Ser I anderledes på sagen?";
// not "Vi ser anderledes på det nu".)
// (Round 59: also the plural, "Er Lasse eller du ikke tilfredse med noget af det".)
export const DISAGREES =
  /(?<![\p{L}])(?:ikke\s+(?:er\s+)?(?:enig|enige|tilfreds|tilfredse)|uenig\p{L}*|utilfreds|(?:(?:du|I|De)\s+ser|ser\s+(?:du|I|De))\s+(?:\p{L}+\s+)?anderledes\s+på|(?:tager|taget|tog)\s+fejl|(?:(?:du|I|De)\s+(?:\p{L}+\s+)?(?:synes|mener|tænker)|(?:synes|mener|tænker)\s+(?:du|I|De))(?![\p{L}])[^.?!\n]{0,50}?(?<![\p{L}])forkert)(?![\p{L}])/iu;
// Round 47: the formal wish to have the decision tried, without the word "klage" ("Ønsker De sagen prøvet, skal
// henvendelse ske til Ankestyrelsen inden 4 uger fra modtagelsen", "Vil du have afgørelsen indbragt …"); still only
// with a deadline counted from receipt.
const WANTS_REVIEW =
  /(?<![\p{L}])(?:(?:sagen|afgørelsen|beslutningen)\s+(?:\p{L}+\s+)?(?:prøvet|efterprøvet|indbragt)|indbringe(?:s|r)?\s+(?:sagen|afgørelsen|beslutningen))(?![\p{L}])/iu;
// A duration right after these words is the municipality's or Ankestyrelsen's time, not the citizen's deadline.
// (Not the citizen's own reply: "Hvis I vil klage, kan I bare svare på denne mail inden 4 uger".)
// (Round 44: also the imperative, "så svar på denne mail inden fire uger": the citizen's reply, not ours.)
// (Round 50: not the decision called "svar" as what the citizen disagrees with: "Er du ikke enig i mit svar, så skriv
// til mig inden 4 uger"; "vi svarer inden 4 uger" and "du får vores svar inden 4 uger" stay ours.)
const NOT_CITIZENS = /(?:videre|genvurder\p{L}*|behandl\p{L}*|(?<!(?:enige?\s+i|tilfredse?\s+med)\s+(?:\p{L}+\s+)?)svar(?!e?\s+på\s+(?:denne|dette|mailen|brevet|beskeden))\p{L}*|aktindsigt|vurdere\p{L}*\s+\p{L}+\s+igen)[^.]{0,30}$/iu;

// Counted from when the citizen got the decision.
// (Also a relative the letter is about: "inden 4 uger efter, at din mor har fået brevet".)
// (Round 40: also in the present tense, "Du har fire uger fra den dag, du får brevet", "… fra du modtager afgørelsen".)
const FROM_RECEIPT = /(?<![\p{L}])(?:(?:fra|efter)[^.\n]{0,25}?(?:du|I|De|man|(?:din|jeres|Deres)\s+\p{L}+)\s+(?:har\s+|havde\s+)?(?:fået|fik|får|modtaget|modtog|modtager)|modtagelse(?:n|sdato)?)(?![\p{L}])/iu;
// Counted from the letter's own date ("4 uger fra brevets dato", "fra dags dato"): the deadline
// runs from when the citizen got the decision (RSL § 67), so this one is shorter than the law's.
const FROM_LETTER_DATE = /^\s*(?:regnet\s+)?(?:fra|efter)\s+(?:brevets|afgørelsens|denne\s+afgørelses|dette\s+brevs|dags)\s+dato|^\s*(?:regnet\s+)?fra\s+datoen\s+(?:på|for|i)\s+(?:brevet|afgørelsen|dette\s+brev)|^\s*(?:regnet\s+)?fra\s+(?:afsendelse\p{L}*|brevet\s+blev\s+sendt)/iu;

// (Also to the caseworker who writes: "Ring eller skriv til mig inden 4 uger".)
// (Also to the unit that decided: "Skriv til Ungeenheden inden 4 uger".)
// (Round 43: also after the disagreement in the same sentence: "Er du uenig i, at …, så skriv til mig inden 4 uger".)
// (Round 44: also a reply to this mail or letter, "…, så svar på denne mail inden fire uger": the reply goes to us.)
const SEND_TO_US = /(?:^|,\s*(?:så\s+)?)(?:(?:ring|skriv|send|kontakt|giv\s+(?:os\s+)?besked)(?![\p{L}])[^.]{0,40}?(?<![\p{L}])(?:os|mig|kommunen|\p{L}+\s+kommune|\p{L}*(?:enhed|afdeling|team|center|centret|rådgivning|forvaltning|myndighed)\p{L}*)|svar\s+(?:bare\s+)?på\s+(?:denne|dette|min|vores)\s+(?:mail|e-mail|brev|besked|sms))(?![\p{L}])/iu;

// The complaint of the sentence before, taken up ("Du kan klage, hvis du er uenig. Det skal ske inden 4 uger.").
// (Also "Det skal være inden 4 uger efter, at …".)
const SAID_OF_COMPLAINT = /^(?:det|dette|klagen|den)\s+skal\s+(?:ske|du\s+gøre|I\s+gøre|De\s+gøre|sendes|være\s+(?:os|mig|kommunen)\s+i\s+hænde|være\s+(?:inden|senest))(?![\p{L}])/iu;

/** Weeks of a written duration, or undefined when it is not whole weeks. */
export function durationInWeeks(count: number, unit: string): number | undefined {
  const u = unit.toLowerCase();
  if (u.startsWith('uge')) return count;
  if (u === 'dage' || u === 'dag') return count % 7 === 0 ? count / 7 : undefined;
  return undefined;
}

/**
 * The durations in the sentences that speak of complaints or deadlines, in text order. Only those sentences are
 * scanned: the duration pattern has no literal to start from, so a scan of the whole letter tried it at every
 * character, for the few sentences the check then kept.
 */
function* durationsInCueSentences(letter: Letter, cue: Matcher): Generator<{ m: Span; si: number }> {
  let last = -1;
  for (const c of letter.matches(cue)) {
    const si = letter.sentenceAt(c.start);
    if (si <= last || si < 0) continue;
    const s = letter.sentence(si);
    if (!hasMatchIn(letter, cue, s)) continue;
    last = si;
    DURATION.lastIndex = s.start;
    for (let d = DURATION.exec(letter.text); d && d.index < s.end; d = DURATION.exec(letter.text)) {
      yield { m: { start: d.index, end: d.index + d[0].length }, si };
    }
  }
}

export function detect(letter: Letter): Detection {
  const cue = letter.compiled.elements.klagefrist.re;
  let wrong: Detection | undefined;
  for (const { m, si } of durationsInCueSentences(letter, cue)) {
    if (m.start > 0 && /[\p{L}\p{N}]/u.test(letter.text[m.start - 1]!)) continue;
    const s = letter.sentence(si);
    const sText = letter.slice(s);
    // The deadline often has a sentence of its own right after the complaint is mentioned
    // ("Hvis du vil klage, skal du sende klagen til os. Vi skal have den inden 4 uger fra den
    // dag, du fik afgørelsen." / "… kan du klage. Skriv til os senest 4 uger efter, at du har
    // fået brevet."): then it must count from receipt, so a start date ("Hjælpen starter inden
    // 2 uger") is not taken for a deadline.
    // Plain letters also just say how to send it: "Så kan du klage. Ring eller skriv til os
    // inden 4 uger." (an instruction to contact the office, right after the complaint).
    // (The complaint may be two sentences back: "Du har selv ret til at klage. Det kan din mor
    // også. Ring eller skriv til Ungeteamet inden 4 uger efter, at du har fået brevet.")
    // (A plain letter may never say "klage": "Er du ikke enig i det, vi har besluttet, kan du skrive
    // eller ringe til os. Det skal ske inden fire uger efter, at du har fået dette brev.")
    // (Round 41: or the way to Ankestyrelsen right before, never saying "klage": "Du kan skrive direkte til Ankestyrelsen
    // … Det skal ske inden for 4 uger efter, at du har fået dette brev.")
    const complaintJustBefore =
      [si - 1, si - 2].some((k) => k >= 0 && (ABOUT_COMPLAINT.test(letter.slice(letter.sentence(k))) || DISAGREES.test(letter.slice(letter.sentence(k))))) ||
      (si > 0 && letter.sentence(si - 1).block === s.block && ANKESTYRELSEN.test(letter.slice(letter.sentence(si - 1))));
    // (Round 36: or the complaint's way on right after, in the same paragraph, when the deadline is only "write
    // to me": "Send mig en mail inden 4 uger efter, at du har fået brevet. Jeg vurderer så sagen igen, og holder
    // vi fast, går den videre til Ankestyrelsen.")
    const onwardJustAfter = [si + 1, si + 2].some((k) => k < letter.seg.sentences.length && letter.sentence(k).block === s.block && ANKESTYRELSEN.test(letter.slice(letter.sentence(k))));
    const countsFromReceipt = FROM_RECEIPT.test(sText) || SEND_TO_US.test(sText) || (complaintJustBefore && SAID_OF_COMPLAINT.test(sText));
    // (Round 45: or the citizen asks for the new look in the deadline's own sentence, "Hvis du vil have os til at se på
    // det her igen, skal du give os besked senest 4 uger efter, du har modtaget brevet": that is the complaint.)
    const asksNewLook = countsFromReceipt && hasMatchIn(letter, letter.compiled.elements.genvurdering.re, s);
    // (Round 59: or the deadline's own sentence sends it to Ankestyrelsen, never saying "klage": "Holder du ikke med os,
    // så skriv til Ankestyrelsen senest 4 uger efter, du har fået brevet"; counted from receipt, that is the complaint.)
    const toAnkestyrelsen = ANKESTYRELSEN.test(sText);
    if (!ABOUT_COMPLAINT.test(sText) && !((complaintJustBefore || onwardJustAfter || toAnkestyrelsen || DISAGREES.test(sText) || WANTS_REVIEW.test(sText)) && countsFromReceipt) && !asksNewLook) continue;
    const before = letter.text.slice(s.start, m.start);
    if (NOT_CITIZENS.test(before)) continue;
    const written = letter.slice(m);
    const [, num, unit] = /^(\S+)\s*(\S+)$/u.exec(written.replace(/[«»]/gu, '').replace(/\s+/g, ' ').trim()) ?? [];
    const count = /^\d+$/.test(num ?? '') ? Number(num) : NUMBER_WORDS[(num ?? '').toLowerCase()];
    const weeks = count === undefined ? undefined : durationInWeeks(count, unit ?? '');
    if (weeks === 4) {
      const from = FROM_LETTER_DATE.exec(letter.text.slice(m.end, s.end));
      if (!from) return { present: true, evidence: m };
      const evidence = { start: m.start, end: m.end + from[0].length };
      wrong ??= { present: false, problem: 'forkert-frist', evidence, detail: letter.slice(evidence) };
      continue;
    }
    if (!wrong) wrong = { present: false, problem: 'forkert-frist', evidence: m, detail: written };
  }
  return wrong ?? { present: false };
}
