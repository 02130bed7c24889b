/**
 * The analysed letter that element detectors and rules read: text, segmentation, compiled
 * settings, context, and memoised regex matches (each list is run over the text once).
 */
import type { CompiledSettings, Matcher } from './compile';
import type { Segmentation, Sentence, Span } from './segment';
import type { CaseArea, DecisionType, DecisionTypeSource, ElementId, ElementResult, LetterContext } from './types';
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
  /** The text lower-cased with the same offsets (what the phrase lists scan; detectors share it). */
  lower: string;
  seg: Segmentation;
  lix: LixResult;
  compiled: CompiledSettings;
  context: LetterContext;
  date: Date;
  /** Legal area from the screen, or inferred from the letter (children's cases). */
  area?: CaseArea;
  /** Decided by the børne- og ungeudvalg (complaints go straight to Ankestyrelsen). */
  committee: boolean;
  /** All matches of a (global) regex or phrase matcher over the whole text, sorted, memoised. */
  matches(re: Matcher): Span[];
  /** Index of the sentence containing the offset, or -1. */
  sentenceAt(offset: number): number;
  sentence(i: number): Sentence;
  slice(span: Span): string;
}

export interface AnalysedLetter extends Letter {
  decisionType: DecisionType;
  decisionTypeSource: DecisionTypeSource;
  /** The sentence where the result is stated, if found. */
  resultSentence?: number;
  detections: Record<ElementId, Detection>;
  elements: Record<ElementId, ElementResult>;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
function isWordChar(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // A low surrogate: look at the whole code point.
  if (c >= 0xdc00 && c <= 0xdfff && at > 0) return WORD_CHAR.test(text.slice(at - 1, at + 1));
  return WORD_CHAR.test(text[at]!);
}

/** Lower-cased text with the same offsets (a few characters grow when lower-cased; they stay). */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const l = text[i]!.toLowerCase();
    out += l.length === 1 ? l : text[i]!;
  }
  return out;
}

function merge(a: Span[], b: Span[]): Span[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

/**
 * A sticky pattern tried at the word starts where its first words are: the same matches, in order
 * and not overlapping, as a scan of the whole text that keeps only matches at a word start.
 */
export function matchesAtStarts(re: RegExp, lower: string, starts: Span[]): Span[] {
  const out: Span[] = [];
  let end = 0;
  for (const { start } of starts) {
    if (start < end) continue;
    re.lastIndex = start;
    // A sticky regex that matches leaves lastIndex at the match's end: `test` tells as much as
    // `exec` without building the match array (the patterns are tried some 900 times a letter).
    if (!re.test(lower) || re.lastIndex === start) continue;
    end = re.lastIndex;
    out.push({ start, end });
  }
  return out;
}

export function createLetter(
  text: string,
  seg: Segmentation,
  lix: LixResult,
  compiled: CompiledSettings,
  context: LetterContext,
  date: Date,
): Letter {
  const memo = new Map<object, Span[]>();
  // `bounded` regexes leave the leading word boundary to us: cheaper than a look-behind.
  const lower = lowerSameLength(text);
  // Whole-word literals: each occurrence with no word character on either side.
  const findLiterals = (words: string[]): Span[] => {
    const out: Span[] = [];
    for (const w of words) {
      for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
        const end = at + w.length;
        if ((at > 0 && isWordChar(text, at - 1)) || (end < text.length && isWordChar(text, end))) continue;
        out.push({ start: at, end });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  };
  const run = (re: RegExp | null, on: string, bounded: boolean, extendBack: boolean): Span[] => {
    const out: Span[] = [];
    if (!re) return out;
    re.lastIndex = 0;
    for (let m = re.exec(on); m; m = re.exec(on)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (bounded && m.index > 0 && isWordChar(text, m.index - 1)) {
        re.lastIndex = m.index + 1;
        continue;
      }
      let start = m.index;
      if (extendBack) while (start > 0 && isWordChar(text, start - 1)) start--;
      out.push({ start, end: m.index + m[0].length });
    }
    // Stretching back can reorder overlapping matches; keep the list sorted by start.
    if (extendBack) out.sort((a, b) => a.start - b.start);
    return out;
  };
  // Every list's plain phrases, found in one walk over the letter when the first list is asked for.
  let phraseHits: Span[][] | undefined;
  const sentences = seg.sentences;
  const letter: Letter = {
    text,
    lower,
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
        if (re instanceof RegExp) hit = run(re, text, false, false);
        else {
          hit = re.trie === undefined ? [] : (phraseHits ??= compiled.phraseIndex.scan(lower))[re.trie]!;
          for (const part of re.parts) hit = merge(hit, part.literals ? findLiterals(part.literals) : run(part.re, part.lower ? lower : text, part.bounded, part.extendBack));
          if (re.gated) for (const g of re.gated) hit = merge(hit, matchesAtStarts(g.re, lower, (phraseHits ??= compiled.phraseIndex.scan(lower))[g.trie]!));
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
  // "Din søn"/"Jeres datter" alone is no child's case: letters to older citizens name their
  // grown-up children as help ("Din datter handler ind for dig").
  const child = letter.matches(childRe).some((m) => !GROWN_UP_CHILD.test(letter.slice(m))) || /barnets\s+lov/i.test(context.lovgrundlag ?? '');
  // Pension age only when nothing points to a child (a grandparent named in a child's case).
  letter.area = context.sagsomraade ?? (child ? 'boern' : letter.matches(compiled.lists.elderlyCase).length >= 1 ? 'aeldre' : undefined);
  letter.committee = letter.matches(compiled.lists.committeeDecision).length > 0;
  return letter;
}

const GROWN_UP_CHILD = /^(?:din|dit|jeres|Deres)\s+(?:søn|datter)$/iu;

/** Index of the first match starting at or after `offset` (matches are sorted by start). */
function lowerBound(list: Span[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Matches of `re` inside one span (uses the memoised whole-text matches). */
export function matchesIn(letter: Letter, re: Matcher, span: Span): Span[] {
  const list = letter.matches(re);
  const out: Span[] = [];
  for (let i = lowerBound(list, span.start); i < list.length && list[i]!.start < span.end; i++) {
    if (list[i]!.end <= span.end) out.push(list[i]!);
  }
  return out;
}

/** True when `re` matches inside the span. */
export function hasMatchIn(letter: Letter, re: Matcher, span: Span): boolean {
  const list = letter.matches(re);
  for (let i = lowerBound(list, span.start); i < list.length && list[i]!.start < span.end; i++) {
    if (list[i]!.end <= span.end) return true;
  }
  return false;
}
