/**
 * Decision type from the text (where the result is stated), overridden by the case screen's
 * afgørelsestype when that can be read.
 */
import type { Letter } from './letter';
import { hasMatchIn, matchesIn } from './letter';
import type { DecisionType } from './types';

/** Map the screen's free-text afgørelsestype ("Delvis bevilling", "Afslag", "Ophør") to an id. */
export function decisionTypeFromScreen(value?: string): DecisionType | undefined {
  if (!value) return undefined;
  const v = value.toLowerCase();
  if (/delvi/.test(v)) return 'delvis';
  if (/afsl|afvis|ikke\s+bevil|nej/.test(v)) return 'afslag';
  if (/oph[øo]r|neds[æa]t|[æa]ndr|reduk|reducer|frakend|bortfald|stop|tilbagekald/.test(v)) return 'aendring';
  if (/bevil|im[øo]dekom|godkend|tildel|medhold|ja\b/.test(v)) return 'bevilling';
  if (/ukendt/.test(v)) return 'ukendt';
  return undefined;
}

// Headings after which the result is no longer being stated.
const SECTION_STOP = /^(?:begrundelse|vurdering|kommunens vurdering|vores vurdering|lovgrundlag|retsgrundlag|regler|lovgivning|klage|sådan|hvorfor|partshøring|aktindsigt|bisidder|vejledning|dine synspunkter|det har vi lagt vægt på|oplysninger|sagens oplysninger)/iu;
const NEGATION = /(?<![\p{L}])(?:ikke|ingen|afslag)(?![\p{L}])/iu;
const ZONE_SENTENCES = 10;
const CLAUSE_BREAK = /[,;:]|(?<![\p{L}])(?:men|og)(?![\p{L}])/giu;

function lastClauseStart(text: string): number {
  let at = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) at = m.index + m[0].length;
  return at;
}

interface Flags {
  bevilling: boolean;
  afslag: boolean;
  delvis: boolean;
  aendring: boolean;
}

function sentenceFlags(letter: Letter, i: number): Flags {
  const s = letter.sentence(i);
  const { cues } = letter.compiled;
  const flags: Flags = {
    bevilling: false,
    afslag: hasMatchIn(letter, cues.afslag, s),
    delvis: hasMatchIn(letter, cues.delvis, s),
    aendring: hasMatchIn(letter, cues.aendring, s),
  };
  // "Du får ikke …", "kan ikke bevilge": a negated grant cue is a refusal.
  for (const m of matchesIn(letter, cues.bevilling, s)) {
    // Look back to the start of the clause only: "Vi kan ikke give dig X, men du får Y" is a grant of Y.
    const back = letter.text.slice(Math.max(s.start, m.start - 32), m.start);
    const before = back.slice(lastClauseStart(back));
    const after = letter.text.slice(m.end, Math.min(s.end, m.end + 10));
    if (NEGATION.test(before) || NEGATION.test(after)) flags.afslag = true;
    else flags.bevilling = true;
  }
  return flags;
}

function decide(f: Flags): DecisionType {
  if (f.aendring) return 'aendring';
  if (f.delvis || (f.afslag && f.bevilling)) return 'delvis';
  if (f.afslag) return 'afslag';
  if (f.bevilling) return 'bevilling';
  return 'ukendt';
}

const COMPLAINT = /klag/iu;

/** Classify the letter; also returns the sentence where the result is stated. */
export function classifyDecision(letter: Letter): { type: DecisionType; resultSentence?: number; fromScreen: boolean } {
  const sentences = letter.seg.sentences;
  const total: Flags = { bevilling: false, afslag: false, delvis: false, aendring: false };
  let resultSentence: number | undefined;
  let body = 0;
  for (let i = 0; i < sentences.length && body < ZONE_SENTENCES; i++) {
    const s = sentences[i]!;
    const sText = letter.slice(s);
    if (s.heading && body > 0 && SECTION_STOP.test(sText)) break;
    if (!s.heading) body++;
    if (COMPLAINT.test(sText)) continue;
    const f = sentenceFlags(letter, i);
    if (f.bevilling || f.afslag || f.delvis || f.aendring) {
      if (resultSentence === undefined || (sentences[resultSentence]!.heading && !s.heading)) resultSentence = i;
      total.bevilling ||= f.bevilling;
      total.afslag ||= f.afslag;
      total.delvis ||= f.delvis;
      total.aendring ||= f.aendring;
    }
  }
  let type = decide(total);
  if (type === 'ukendt') {
    // Not stated early: look through the rest, outside the complaint guidance.
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i]!;
      if (COMPLAINT.test(letter.slice(s))) continue;
      const f = sentenceFlags(letter, i);
      const t = decide(f);
      if (t !== 'ukendt') {
        type = t;
        resultSentence = i;
        break;
      }
    }
  }
  const screen = decisionTypeFromScreen(letter.context.afgoerelsestype);
  return { type: screen ?? type, resultSentence, fromScreen: !!screen };
}
