/**
 * The analysed letter that element detectors and rules read: text, segmentation, compiled
 * settings, context, and memoised regex matches (each list is run over the text once).
 */
import type { CompiledSettings } from './compile';
import type { Segmentation, Sentence, Span } from './segment';
import type { CaseArea, DecisionType, ElementId, ElementResult, LetterContext } from './types';
import type { LixResult } from './lix';

export interface Detection {
  present: boolean;
  evidence?: Span;
  /** The block is there but wrong (a rule reports it); e.g. `forkert-frist`. */
  problem?: string;
  /** Extra facts for the rule that reports the problem (e.g. the wrong deadline as written). */
  detail?: string;
}

export interface Letter {
  text: string;
  seg: Segmentation;
  lix: LixResult;
  compiled: CompiledSettings;
  context: LetterContext;
  date: Date;
  /** Legal area from the screen, or inferred from the letter (children's cases). */
  area?: CaseArea;
  /** Decided by the børne- og ungeudvalg (complaints go straight to Ankestyrelsen). */
  committee: boolean;
  /** All matches of a (global) regex over the whole text, memoised. */
  matches(re: RegExp | null): Span[];
  /** Index of the sentence containing the offset, or -1. */
  sentenceAt(offset: number): number;
  sentence(i: number): Sentence;
  slice(span: Span): string;
}

export interface AnalysedLetter extends Letter {
  decisionType: DecisionType;
  /** The sentence where the result is stated, if found. */
  resultSentence?: number;
  detections: Record<ElementId, Detection>;
  elements: Record<ElementId, ElementResult>;
}

export function createLetter(
  text: string,
  seg: Segmentation,
  lix: LixResult,
  compiled: CompiledSettings,
  context: LetterContext,
  date: Date,
): Letter {
  const memo = new Map<RegExp, Span[]>();
  const sentences = seg.sentences;
  const letter: Letter = {
    text,
    seg,
    lix,
    compiled,
    context,
    date,
    committee: false,
    matches(re) {
      if (!re) return [];
      let hit = memo.get(re);
      if (!hit) {
        hit = [];
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          hit.push({ start: m.index, end: m.index + m[0].length });
        }
        memo.set(re, hit);
      }
      return hit;
    },
    sentenceAt(offset) {
      let lo = 0;
      let hi = sentences.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const s = sentences[mid]!;
        if (offset < s.start) hi = mid - 1;
        else if (offset >= s.end) lo = mid + 1;
        else return mid;
      }
      return -1;
    },
    sentence(i) {
      return sentences[i]!;
    },
    slice(span) {
      return text.slice(span.start, span.end);
    },
  };
  const childRe = compiled.lists.childCase;
  letter.area = context.sagsomraade ?? (letter.matches(childRe).length >= 1 || /barnets\s+lov/i.test(context.lovgrundlag ?? '') ? 'boern' : undefined);
  letter.committee = letter.matches(compiled.lists.committeeDecision).length > 0;
  return letter;
}

/** Matches of `re` inside one span (uses the memoised whole-text matches). */
export function matchesIn(letter: Letter, re: RegExp | null, span: Span): Span[] {
  return letter.matches(re).filter((m) => m.start >= span.start && m.end <= span.end);
}

/** True when `re` matches inside the span. */
export function hasMatchIn(letter: Letter, re: RegExp | null, span: Span): boolean {
  for (const m of letter.matches(re)) {
    if (m.start >= span.end) return false;
    if (m.start >= span.start && m.end <= span.end) return true;
  }
  return false;
}
