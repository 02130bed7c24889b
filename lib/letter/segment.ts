/**
 * Splits a letter into blocks (headings, paragraphs), sentences and words in one pass over
 * the text. Sentence ends are aware of Danish abbreviations ("bl.a.", "jf.", "stk.", "nr.",
 * "f.eks.", "ca.", "kl.") and numbering ("12. marts", "§ 32, stk. 1", "hver 14. dag"), which
 * would otherwise cut sentences short and distort LIX and the long-sentence rule.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Block extends Span {
  kind: 'heading' | 'paragraph';
  /** Index of the block's first sentence in `sentences`. */
  firstSentence: number;
  /** Number of sentences in the block. */
  sentenceCount: number;
  words: number;
}

export interface Sentence extends Span {
  block: number;
  words: number;
  /** Words of more than 6 letters (LIX's long words). */
  longWords: number;
  /** Number of words in the letter before this sentence. */
  wordOffset: number;
  heading: boolean;
}

export interface Segmentation {
  blocks: Block[];
  sentences: Sentence[];
  words: number;
  longWords: number;
}

/** Abbreviations after which a full stop does not end a sentence (lower case, without the final dot). */
export const ABBREVIATIONS = new Set([
  // Words that often END a sentence ("mv.", "osv.", "kr.", "mdr.", "ff.") are left out on
  // purpose: a full stop after them followed by a capital is more likely a sentence end.
  'bl.a', 'jf', 'jfr', 'jvf', 'stk', 'nr', 'f.eks', 'fx', 'ca', 'kl', 'pkt', 'evt', 'inkl', 'ekskl', 'vedr',
  'dvs', 'd.v.s', 'mht', 'm.h.t', 'iht', 'i.h.t', 'hhv', 'tlf', 'att', 'ang', 's', 'pga', 'p.g.a', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec', 'dr', 'hr', 'adm', 'afd', 'bek', 'lbk',
  'lovbek', 'j.nr', 'jnr', 'sagsnr', 'cvr', 'ref', 'iflg', 'vejl', 'cirk', 'sml', 'pr', 'ovf', 'ndf', 'u.s',
]);

// A preposition before "jul": the holiday ("til jul", "efter jul"), not the month's abbreviation.
const PRONOUN_I_BEFORE = /(?<![\p{L}])\p{Ll}{2,}\s+$/u;
const CHRISTMAS_BEFORE = /(?:^|\s)(?:til|før|efter|inden|omkring|over|i|op\s+til|hen\s+over)\s+$/iu;

const BULLET = /^[ \t]*(?:[-•*–·▪◦]|\d{1,2}[.)])[ \t]+/;

function isLetter(ch: string): boolean {
  return /\p{L}/u.test(ch);
}
function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** A line that looks like a heading: short, starts with a capital, no sentence punctuation at the end. */
export function looksLikeHeading(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 80) return false;
  // A short question on its own line is a plain-language heading ("Hvorfor får du hjælpen?",
  // "Hvad har vi lagt vægt på?"); other sentence punctuation at the end is running text.
  // A field label with a note in brackets ("Borgerens ønsker (med egne ord)") ends in ")".
  const bare = t.endsWith(')') && t.includes('(') ? t.slice(0, t.lastIndexOf('(')).trimEnd() : t;
  if (bare.length === 0 || /[.,;!"”»)–-]$/.test(bare)) return false;
  if (BULLET.test(t) && !/^\d{1,2}[.)]\s+\p{Lu}/u.test(t)) return false;
  const first = t[0]!;
  if (!(isUpper(first) || /\d/.test(first))) return false;
  if (!/\p{L}/u.test(t)) return false;
  const words = t.split(/\s+/).length;
  return words <= 10;
}

interface RawBlock extends Span {
  heading: boolean;
}

/** Whitespace as `\s` sees it, without making a one-character string. */
function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function splitBlocks(text: string): RawBlock[] {
  // Each line trimmed as we go (char codes only: a letter has hundreds of lines, and slicing
  // and trimming every one of them was a third of the segmentation time).
  const lines: Span[] = [];
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    let end = nl < 0 ? text.length : nl;
    let start = pos;
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    lines.push({ start, end });
    if (nl < 0) break;
    pos = nl + 1;
  }
  const blankStyle = /\n[ \t\r]*\n/.test(text);
  const blocks: RawBlock[] = [];
  let current: RawBlock | undefined;
  const flush = () => {
    if (current) blocks.push(current);
    current = undefined;
  };
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    if (line.end === line.start) {
      flush();
      continue;
    }
    const span = { start: line.start, end: line.end };
    // A short line that runs on in lower case on the next line is a wrapped sentence, not a heading.
    let heading = line.end - line.start <= 80 && looksLikeHeading(text.slice(line.start, line.end));
    if (heading) {
      const next = lines[li + 1];
      if (next && next.end > next.start && /^\p{Ll}/u.test(text[next.start]!)) heading = false;
    }
    const bullet = BULLET.test(text.slice(line.start, Math.min(line.end, line.start + 8)));
    if (!blankStyle || heading || bullet || !current || current.heading) {
      flush();
      // (Written out: an object spread here was a fifth of the segmentation time.)
      current = { start: span.start, end: span.end, heading };
      if (heading) flush();
    } else {
      current.end = span.end;
    }
  }
  flush();
  return blocks;
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
/** - ' ’ . , / join two word characters into one word. */
function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 44 || c === 47;
}
const LETTER_RE = /\p{L}/u;
const DIGIT_RE = /\p{N}/u;
// Classification of non-ASCII UTF-16 units, filled lazily: 1 letter, 2 digit, 3 neither.
const CLASS = new Uint8Array(65536);

function classify(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 1;
    return c >= 48 && c <= 57 ? 2 : 3;
  }
  // Surrogates (letters outside the BMP are rare in letters): treat as letters.
  if (c >= 0xd800 && c <= 0xdfff) return 1;
  let k = CLASS[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = LETTER_RE.test(ch) ? 1 : DIGIT_RE.test(ch) ? 2 : 3;
    CLASS[c] = k;
  }
  return k;
}
function isWordCode(text: string, at: number): boolean {
  return classify(text, at) !== 3;
}

/** Sentence end positions (exclusive) inside one block. */
/** A dash right after a full stop, on the same line, followed by a lower-case word: the sentence goes on. */
function dashGoesOn(text: string, spaceStart: number, dashAt: number, end: number): boolean {
  if (text.slice(spaceStart, dashAt).includes('\n')) return false;
  let k = dashAt + 1;
  while (k < end && isSpaceCode(text.charCodeAt(k))) k++;
  if (k === dashAt + 1) return false;
  const after = text[k] ?? '';
  return isLetter(after) && !isUpper(after);
}
function sentenceEnds(text: string, block: Span): number[] {
  const ends: number[] = [];
  for (let i = block.start; i < block.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) continue; // . ! ? …
    let j = i + 1;
    while (j < block.end && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…')) j++;
    while (j < block.end && CLOSERS.has(text[j]!)) j++;
    if (j >= block.end) {
      ends.push(block.end);
      break;
    }
    if (!isSpaceCode(text.charCodeAt(j))) {
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < block.end && isSpaceCode(text.charCodeAt(k))) k++;
    const next = text[k] ?? '';
    // A lower-case continuation never starts a new sentence ("hver 14. dag", "12. marts").
    const startsSentence = isUpper(next) || /[\d"“„«§(–-]/.test(next);
    // (Nor a dash on the same line followed by a lower-case word: "6.995 kr. – altså 17 dage før"; a dash that starts
    // a list item comes after a line break.)
    if (!startsSentence || ((next === '–' || next === '-' || next === '—') && dashGoesOn(text, j, k, block.end))) {
      i = j - 1;
      continue;
    }
    if (c === 46 && j === i + 1) {
      // The token before the dot: an abbreviation or an initial does not end the sentence.
      let t = i;
      while (t > block.start && !isSpaceCode(text.charCodeAt(t - 1)) && text.charCodeAt(t - 1) !== 40) t--; // 40: "("
      const token = text.slice(t, i).toLowerCase();
      // ("til jul. Vi ses" is Christmas, not July: after a preposition and before a capital word the dot ends it.)
      if (ABBREVIATIONS.has(token) && !(token === 'jul' && isLetter(next) && CHRISTMAS_BEFORE.test(text.slice(Math.max(block.start, t - 12), t)))) {
        i = j - 1;
        continue;
      }
      // (A lower-case "i" is the preposition left at the end: "de butikker, I handler i.")
      // (Nor the pronoun "I" after a lower-case verb: "I har søgt om aflastning, og det får I. Den …"; an
      // initial follows a name, "Anne I. Hansen".)
      if (token.length === 1 && isLetter(token) && text[t] !== 'i' && !(text[t] === 'I' && PRONOUN_I_BEFORE.test(text.slice(Math.max(block.start, t - 20), t)))) {
        i = j - 1;
        continue;
      }
    }
    ends.push(j);
    i = k - 1;
  }
  if (ends.length === 0 || ends[ends.length - 1]! < block.end) ends.push(block.end);
  return ends;
}

/** Segment the text into blocks, sentences and word counts. */
export function segment(text: string): Segmentation {
  const raw = splitBlocks(text);
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  for (let b = 0; b < raw.length; b++) {
    const rb = raw[b]!;
    const first = sentences.length;
    let start = rb.start;
    for (const end of rb.heading ? [rb.end] : sentenceEnds(text, rb)) {
      let s = start;
      while (s < end && isSpaceCode(text.charCodeAt(s))) s++;
      if (s < end) sentences.push({ start: s, end, block: b, words: 0, longWords: 0, wordOffset: 0, heading: rb.heading });
      start = end;
    }
    blocks.push({ start: rb.start, end: rb.end, kind: rb.heading ? 'heading' : 'paragraph', firstSentence: first, sentenceCount: sentences.length - first, words: 0 });
  }
  // Words, assigned to sentences by position in one sweep over the characters. A word is a
  // run of letters/digits; - ' ’ . , / inside a word (between two word characters) join it
  // ("bl.a", "1.234", "funktions-niveau").
  let words = 0;
  let longWords = 0;
  let si = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let letters = 0;
    while (i < n) {
      const k = classify(text, i);
      if (k !== 3) {
        if (k === 1) letters++;
        i++;
      } else if (isJoiner(text.charCodeAt(i)) && i + 1 < n && isWordCode(text, i + 1)) i++;
      else break;
    }
    while (si < sentences.length && sentences[si]!.end <= start) si++;
    const s = sentences[si];
    if (!s || s.start > start) continue;
    if (s.words === 0) s.wordOffset = words;
    s.words++;
    words++;
    if (letters > 6) {
      s.longWords++;
      longWords++;
    }
  }
  // Sentences without words still need a sensible offset.
  let running = 0;
  for (const s of sentences) {
    if (s.words === 0) s.wordOffset = running;
    running = s.wordOffset + s.words;
    blocks[s.block]!.words += s.words;
  }
  // Drop word-less fragments ("–", "***") so they do not count as sentences.
  const kept = sentences.filter((s) => s.words > 0);
  if (kept.length !== sentences.length) {
    const newIndex = new Int32Array(sentences.length + 1);
    let k = 0;
    for (let i = 0; i < sentences.length; i++) {
      newIndex[i] = k;
      if (sentences[i]!.words > 0) k++;
    }
    newIndex[sentences.length] = k;
    for (const b of blocks) {
      const from = newIndex[b.firstSentence]!;
      b.sentenceCount = newIndex[b.firstSentence + b.sentenceCount]! - from;
      b.firstSentence = from;
    }
  }
  return { blocks, sentences: kept, words, longWords };
}
