/** Helpers shared by the element detectors. */
import type { Detection, Letter } from '../letter';
import type { Span } from '../segment';
import type { ElementId } from '../types';

/** Sentences about complaints; phrases found there say nothing about the decision itself. */
export const COMPLAINT_SENTENCE = /klag|ankestyrelse/iu;

/**
 * The data-protection paragraph ("Vi behandler oplysninger fra dig og fra andre myndigheder
 * efter databeskyttelsesforordningen"): it says how information is handled, so neither the
 * information nor the authorities named there belong to the decision.
 */
export const DATA_PROTECTION =
  /databeskyttelse|persondata|personoplysning|behandler\s+(?:\p{L}+\s+){0,3}?oplysninger|registrerer\s+(?:\p{L}+\s+){0,2}?oplysninger|opbevarer\s+(?:\p{L}+\s+){0,2}?oplysninger/iu;

const CLOSING = /^(?:med\s+)?(?:venlig|venligst|kærlig|bedste|mange)?\s*hilsen\b|^mvh\b|^vh\b/iu;

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

/** The first heading block that matches the element's headings list. */
export function findHeading(letter: Letter, id: ElementId): Span | undefined {
  const re = letter.compiled.elements[id].headings;
  if (!re) return undefined;
  for (const b of letter.seg.blocks) {
    if (b.kind === 'heading' && re.test(letter.slice(b))) return { start: b.start, end: b.end };
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
    if (b.kind !== 'heading' || !re.test(letter.slice(b))) continue;
    let end = b.end;
    for (let j = i + 1; j < blocks.length && blocks[j]!.kind !== 'heading'; j++) end = blocks[j]!.end;
    if (end > b.end) return { start: b.start, end };
  }
  return undefined;
}

/**
 * A sentence that states the law, not the case: "Det følger af retssikkerhedslovens § 5, at …",
 * "Af servicelovens § 100 fremgår det, at …", "Efter bestemmelsen kan der ydes …", "Servicelovens
 * § 107 har følgende ordlyd: …". Anchored at the sentence start, so it costs one test per
 * sentence. The rule's words ("på grund af", "hovedhensyn", "kan tilbyde") are no reason, no
 * consideration and no grant.
 */
export const LAW_STATEMENT =
  /^(?:(?:det\s+)?(?:følger|fremgår)\s+(?:det\s+)?af\s|af\s+[^.\n]{0,60}?(?:§|loven|bestemmelsen|vejledning\p{L}*)[^.\n]{0,40}?(?:fremgår|følger)|(?:efter|ifølge|i\s+henhold\s+til|i\s+medfør\s+af)\s+(?:bestemmelsen|loven|reglerne|[^.\n]{0,30}?§)[^.\n]{0,60}?(?:kan|skal)\s+(?:der|kommunen|kommunalbestyrelsen|man)(?![\p{L}])|[^.\n]{0,40}?§[^.\n]{0,30}?(?:har\s+følgende\s+ordlyd|lyder\s+(?:således|sådan)))/iu;

// A long passage in quotation marks: in a decision letter that is the law or a guideline
// quoted word for word ("Servicelovens § 107 har følgende ordlyd: "Kommunalbestyrelsen kan …"").
const QUOTED = /["“„«][^"“”„«»\n]{60,}["”»]/g;

/**
 * Whether the sentence states or quotes the law: a LAW_STATEMENT, or a sentence that lies in
 * a long quotation.
 */
export function isLawSentence(letter: Letter, s: Span): boolean {
  if (LAW_STATEMENT.test(letter.slice(s))) return true;
  for (const q of letter.matches(QUOTED)) {
    if (q.start > s.start) break;
    if (q.end >= s.end - 1) return true;
  }
  return false;
}
