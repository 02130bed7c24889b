/**
 * All plain phrase lists of a rule pack in one character trie, walked once per letter.
 *
 * The lists hold about 1,800 phrases. As one trie regex per list they cost some 35 scans of
 * the letter, each trying the list's first letters at every character; walking one shared
 * trie from each word start reads each word once for all lists (measured on the 600-word
 * bench letter: about 200 µs of regex scanning against 30–40 µs).
 *
 * Semantics are those of the regex form (see `phraseSource` and `trieSource` in matcher.ts):
 * a phrase matches the lower-cased text from a word start, any run of white space where the
 * phrase has a space, whole words unless it ends in `*` ("bevilg*": the word goes on with
 * letters). Per list and start the longest phrase wins, and a list's matches do not overlap.
 */
import type { Span } from './segment';

// How a phrase may end at a trie node (index into a node's `endings`):
/** The phrase ends in a letter or digit: no letter or digit may follow. */
const WHOLE_WORD = 0;
/** The phrase ends in another character ("jf."): anything may follow. */
const FREE = 1;
/** `*`: the word goes on with any letters. */
const OPEN_END = 2;

/** The trie while phrases are added: node ids are array indexes, root 0. */
interface BuildTrie {
  kids: Map<number, number>[];
  /** Per node, per ending kind, the lists that have a phrase ending there. */
  endings: ([number[], number[], number[]] | undefined)[];
}

const SPACE = 0;
/** Symbol of a character that occurs in no phrase. */
const NONE = -1;
/** Nodes with this many children or more get a dense transition row. */
const DENSE_KIDS = 6;
// A node's record in `PhraseIndex.nodes` (see there): these fields, then its edges.
const DENSE_ROW = 0;
const ENDS_FROM = 1;
const ENDS_TO = 2;
const EDGE_COUNT = 3;
const EDGES = 4;

/** What `\s` matches in a JavaScript regex. */
const SPACE_CHARS = [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
const isSpaceChar = (ch: number) => SPACE_CHARS.includes(ch);

// Character classes as regex classes see them, learnt per character on first sight (testing
// all 65,536 up front would cost the module's load 20 ms): 0 unknown, 1 other, 2 digit, 3 letter.
const OTHER = 1;
const DIGIT = 2;
const LETTER = 3;
const classes = new Uint8Array(0x10000);
function classOf(ch: number): number {
  let c = classes[ch]!;
  if (c === 0) {
    const s = String.fromCharCode(ch);
    classes[ch] = c = /\p{L}/u.test(s) ? LETTER : /\p{N}/u.test(s) ? DIGIT : OTHER;
  }
  return c;
}

/** Class at `i`; a surrogate pair is judged as the code point it makes. */
function classAt(text: string, i: number): number {
  const ch = text.charCodeAt(i);
  if (ch < 0xd800 || ch > 0xdfff) return classOf(ch);
  const cp = text.codePointAt(ch >= 0xdc00 ? i - 1 : i) ?? ch;
  if (cp <= 0xffff) return OTHER;
  const s = String.fromCodePoint(cp);
  return /\p{L}/u.test(s) ? LETTER : /\p{N}/u.test(s) ? DIGIT : OTHER;
}

const isWordAt = (text: string, i: number) => classAt(text, i) >= DIGIT;
const isLetterAt = (text: string, i: number) => classAt(text, i) === LETTER;

/** Written in capitals (with at least two letters): an abbreviation, matched case-sensitively. */
export function isAbbreviation(phrase: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(phrase) && phrase === phrase.toUpperCase();
}

/** True when the phrase goes into the shared trie (the others stay regexes in matcher.ts). */
export function isIndexablePhrase(phrase: string): boolean {
  const p = phrase.trim();
  // Open starts stretch back over a word, capitals are case-sensitive abbreviations, and a word
  // that goes on inside the phrase ("børnefaglig* undersøgelse*") needs the regex's backtracking.
  return !p.startsWith('*') && !p.slice(0, -1).includes('*') && /^[\p{L}\p{N}]/u.test(p) && !isAbbreviation(p);
}

// Packs are compiled again on every edit in the studio and for every pack a test builds, mostly
// with the same phrases; the last few tries are kept by their phrases.
const built = new Map<string, PhraseIndex>();
const BUILT_KEEP = 4;

export class PhraseIndexBuilder {
  private lists: string[][] = [];
  private everyStart: boolean[] = [];
  private startLists = new Map<string, number>();

  /**
   * Adds a list's phrases (all must pass `isIndexablePhrase`); returns the list's id. An
   * `everyStart` list reports every word start where one of its phrases is, overlapping or not
   * (the places a gated pattern is tried); lists of the same such phrases share one id.
   */
  add(phrases: string[], everyStart = false): number {
    const key = everyStart ? phrases.join('\u0001') : '';
    const known = everyStart ? this.startLists.get(key) : undefined;
    if (known !== undefined) return known;
    this.lists.push(phrases);
    this.everyStart.push(everyStart);
    const id = this.lists.length - 1;
    if (everyStart) this.startLists.set(key, id);
    return id;
  }

  build(): PhraseIndex {
    const key = this.lists.map((l, i) => (this.everyStart[i] ? '\u0003' : '') + l.join('\u0001')).join('\u0002');
    let index = built.get(key);
    if (!index) {
      index = new PhraseIndex(trieOf(this.lists), this.lists.length, this.everyStart);
      if (built.size >= BUILT_KEEP) built.delete(built.keys().next().value!);
      built.set(key, index);
    }
    return index;
  }
}

function trieOf(lists: string[][]): BuildTrie {
  const kids: Map<number, number>[] = [new Map()];
  const endings: BuildTrie['endings'] = [undefined];
  lists.forEach((phrases, id) => {
    for (const raw of phrases) {
      let p = raw.trim().toLowerCase();
      const open = p.endsWith('*');
      if (open) p = p.slice(0, -1);
      let node = 0;
      for (let i = 0; i < p.length; i++) {
        let ch = p.charCodeAt(i);
        if (isSpaceChar(ch)) {
          while (i + 1 < p.length && isSpaceChar(p.charCodeAt(i + 1))) i++;
          ch = SPACE;
        }
        let kid = kids[node]!.get(ch);
        if (kid === undefined) {
          kid = kids.length;
          kids[node]!.set(ch, kid);
          kids.push(new Map());
          endings.push(undefined);
        }
        node = kid;
      }
      const ending = open ? OPEN_END : isWordAt(p, p.length - 1) ? WHOLE_WORD : FREE;
      const here = (endings[node] ??= [[], [], []])[ending];
      if (!here.includes(id)) here.push(id);
    }
  });
  return { kids, endings };
}

/**
 * The trie as transition arrays over the characters the phrases use. A node with many children
 * (the first letters) gets a dense row, one array read per character of the letter, where a Map
 * lookup per character cost as much as the regexes; the long single-child chains of the phrases
 * keep their few edges in the node's record (a dense table for all of them took some 19 MB).
 *
 * The trie has some 75,000 nodes, and the walk jumps between them, so its time goes mostly into
 * fetching a node's data from memory: what the walk reads of a node sits side by side in
 * `nodes`, its edges (symbol, child) right after its fields, rather than in one array per field
 * (a read in each of five arrays per step; the scan took a fifth longer) or its edges in an
 * array of their own (a second place read per step). A phrase's nodes are made one after the
 * other, so the walk along a phrase mostly reads on in memory.
 */
export class PhraseIndex {
  readonly lists: number;
  private symbols = new Int16Array(0x10000).fill(NONE);
  /**
   * One record per node, a node known by its record's offset (the root's is 0, which no edge
   * leads to, so 0 also means "no child"): its dense row's offset in `dense` (-1 when its edges
   * are in the record), where the lists whose phrases end at it start and end in `endList`, the
   * number of its edges, and those edges as (symbol, child) pairs.
   */
  private nodes: Int32Array;
  private dense: Int32Array;
  /** The lists whose phrases end at a node, their ending kinds in `endKind`, kinds in order. */
  private endList: Int32Array;
  private endKind: Uint8Array;

  /** 1 for a list that reports every start (see `PhraseIndexBuilder.add`). */
  private everyStart: Uint8Array;
  /**
   * The scan's per-list work arrays, kept between scans (three allocations a letter less; a scan
   * runs to its end without calling out, so no two share them): where each list's last match
   * ended, its longest phrase at the current start (-1 for none), and
   * the lists with a phrase at the current start.
   */
  private lastEnd: Int32Array;
  private best: Int32Array;
  private touched: Int32Array;

  constructor(trie: BuildTrie, lists: number, everyStart: boolean[] = []) {
    this.lists = lists;
    this.everyStart = Uint8Array.from({ length: lists }, (_, i) => (everyStart[i] ? 1 : 0));
    this.lastEnd = new Int32Array(lists);
    this.best = new Int32Array(lists).fill(-1);
    this.touched = new Int32Array(lists);
    // Every phrase character gets a symbol (0 is white space).
    let width = 1;
    for (const kids of trie.kids) for (const ch of kids.keys()) if (ch !== SPACE && this.symbols[ch] === NONE) this.symbols[ch] = width++;
    for (const ch of SPACE_CHARS) this.symbols[ch] = SPACE;
    const symbolOf = (ch: number) => (ch === SPACE ? SPACE : this.symbols[ch]!);
    // Where each node's record starts, and how many dense rows and ending lists there are.
    const at = new Int32Array(trie.kids.length);
    let size = 0;
    let rows = 0;
    let ends = 0;
    trie.kids.forEach((kids, i) => {
      at[i] = size;
      size += EDGES + (kids.size >= DENSE_KIDS ? 0 : 2 * kids.size);
      if (kids.size >= DENSE_KIDS) rows++;
      const e = trie.endings[i];
      if (e) ends += e[0].length + e[1].length + e[2].length;
    });
    const nodes = (this.nodes = new Int32Array(size));
    const dense = (this.dense = new Int32Array(rows * width));
    this.endList = new Int32Array(ends);
    this.endKind = new Uint8Array(ends);
    let row = 0;
    let end = 0;
    trie.kids.forEach((kids, i) => {
      const node = at[i]!;
      if (kids.size >= DENSE_KIDS) {
        nodes[node + DENSE_ROW] = row;
        for (const [ch, kid] of kids) dense[row + symbolOf(ch)] = at[kid]!;
        row += width;
      } else {
        nodes[node + DENSE_ROW] = -1;
        nodes[node + EDGE_COUNT] = kids.size;
        let e = node + EDGES;
        for (const [ch, kid] of kids) {
          nodes[e++] = symbolOf(ch);
          nodes[e++] = at[kid]!;
        }
      }
      nodes[node + ENDS_FROM] = end;
      const endings = trie.endings[i];
      if (endings) {
        for (let kind = WHOLE_WORD; kind <= OPEN_END; kind++) {
          for (const l of endings[kind]!) {
            this.endList[end] = l;
            this.endKind[end++] = kind;
          }
        }
      }
      nodes[node + ENDS_TO] = end;
    });
  }

  /** Matches of every list in the lower-cased text, each list's sorted by start. */
  scan(lower: string): Span[][] {
    const out: Span[][] = new Array(this.lists);
    for (let l = 0; l < this.lists; l++) out[l] = [];
    const { lastEnd, best, touched } = this;
    lastEnd.fill(0);
    best.fill(-1);
    let touchedCount = 0;
    const { symbols, nodes, dense, endList, endKind, everyStart } = this;
    const n = lower.length;
    let prevWord = false;
    // The last run of letters measured for an open end: from any place inside it, it ends at the same place.
    let runFrom = -1;
    let runEnd = -1;
    for (let start = 0; start < n; start++) {
      const code = lower.charCodeAt(start);
      const word = code < 0xd800 ? (classes[code] || classOf(code)) >= DIGIT : isWordAt(lower, start);
      const wordStart = word && !prevWord;
      prevWord = word;
      if (!wordStart) continue;
      let node = 0;
      let i = start;
      for (;;) {
        // Where each list's phrase would end here; the longest per list wins.
        for (let e = nodes[node + ENDS_FROM]!, to = nodes[node + ENDS_TO]!; e < to; e++) {
          const kind = endKind[e]!;
          let end = i;
          if (kind === WHOLE_WORD) {
            if (i < n && isWordAt(lower, i)) continue;
          } else if (kind === OPEN_END) {
            if (i < runFrom || i > runEnd) {
              runFrom = i;
              while (end < n && isLetterAt(lower, end)) end++;
              runEnd = end;
            }
            end = runEnd;
          }
          const l = endList[e]!;
          if (best[l]! < 0) touched[touchedCount++] = l;
          if (best[l]! < end) best[l] = end;
        }
        if (i >= n) break;
        const symbol = symbols[lower.charCodeAt(i)]!;
        if (symbol === NONE) break;
        const row = nodes[node + DENSE_ROW]!;
        if (row >= 0) node = dense[row + symbol]!;
        else {
          let kid = 0;
          for (let e = node + EDGES, to = e + 2 * nodes[node + EDGE_COUNT]!; e < to; e += 2) {
            if (nodes[e] === symbol) {
              kid = nodes[e + 1]!;
              break;
            }
          }
          node = kid;
        }
        if (node === 0) break;
        i++;
        if (symbol === SPACE) while (i < n && symbols[lower.charCodeAt(i)] === SPACE) i++;
      }
      for (let k = 0; k < touchedCount; k++) {
        const l = touched[k]!;
        if (everyStart[l] || start >= lastEnd[l]!) {
          out[l]!.push({ start, end: best[l]! });
          lastEnd[l] = best[l]!;
        }
        best[l] = -1;
      }
      touchedCount = 0;
    }
    return out;
  }
}
