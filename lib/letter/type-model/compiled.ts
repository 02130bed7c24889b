/**
 * The reader classifyDecision runs on every check: the model's features laid out in typed arrays, so a letter is read in
 * one pass over its words (eachWordSpan, the scan training reads with) with no string made per word and no object looked
 * up per feature. Each word is hashed where it lies and found in an open-addressed table of the model's words; a pair is
 * found by its two word numbers.
 *
 * Why not Map<string, …>: inside a whole check the model's maps are cold (the rules and detectors have run through the
 * cache in between), and a per-word slice, hash and chain of small objects cost about 140 µs of a 600-word check; these
 * arrays are a few hundred kilobytes read in order of the text. It reads exactly as guessTypeSlowly (predict.ts) does, and
 * the unit tests hold it to that on the corpus.
 */
import { APPLICATION_WORDS, APPLIED_MARK, APPLIED_SPAN, eachWordSpan } from './features';
import { best, softmax, type TypeGuess, type TypeModel } from './predict';

const NONE = -1;

/** FNV-1a over the UTF-16 code units of text[from, to). */
function hashOf(text: string, from = 0, to = text.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const tableSize = (n: number) => {
  let size = 16;
  while (size < n * 2) size *= 2;
  return size;
};

class WordTable {
  /** Word number + 1 per slot (0: empty). */
  readonly slots: Int32Array;
  readonly mask: number;
  /** Every word's characters, one after another, and where each starts. */
  readonly chars: Uint16Array;
  readonly starts: Int32Array;

  constructor(words: readonly string[]) {
    this.slots = new Int32Array(tableSize(words.length));
    this.mask = this.slots.length - 1;
    this.starts = new Int32Array(words.length + 1);
    let total = 0;
    for (const [i, w] of words.entries()) {
      this.starts[i] = total;
      total += w.length;
    }
    this.starts[words.length] = total;
    this.chars = new Uint16Array(total);
    for (const [i, w] of words.entries()) {
      for (let c = 0; c < w.length; c++) this.chars[this.starts[i]! + c] = w.charCodeAt(c);
      let slot = hashOf(w) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = i + 1;
    }
  }

  /** The number of the word lower[from, to), or NONE. */
  find(lower: string, from: number, to: number): number {
    const { slots, mask, chars, starts } = this;
    for (let slot = hashOf(lower, from, to) & mask; ; slot = (slot + 1) & mask) {
      const id = slots[slot]! - 1;
      if (id < 0) return NONE;
      const at = starts[id]!;
      if (starts[id + 1]! - at !== to - from) continue;
      let same = true;
      for (let c = 0; c < to - from; c++) {
        if (chars[at + c] !== lower.charCodeAt(from + c)) {
          same = false;
          break;
        }
      }
      if (same) return id;
    }
  }
}

/** Pairs by their two word numbers: open addressing over first × count + second. */
class PairTable {
  readonly keys: Int32Array;
  readonly features: Int32Array;
  readonly mask: number;

  constructor(
    pairs: readonly [number, number, number][],
    readonly words: number,
  ) {
    this.keys = new Int32Array(tableSize(pairs.length)).fill(NONE);
    this.features = new Int32Array(this.keys.length);
    this.mask = this.keys.length - 1;
    for (const [first, second, feature] of pairs) {
      const key = first * words + second;
      let slot = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
      while (this.keys[slot] !== NONE) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.features[slot] = feature;
    }
  }

  find(first: number, second: number): number {
    const key = first * this.words + second;
    for (let slot = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask; ; slot = (slot + 1) & this.mask) {
      const k = this.keys[slot]!;
      if (k === key) return this.features[slot]!;
      if (k === NONE) return NONE;
    }
  }
}

/** A reader for one model (see the top of this file). */
export function compileTypeModel(model: TypeModel): (lower: string) => TypeGuess {
  const k = model.classes.length;
  const entries = Object.entries(model.weights);
  const weights = new Float64Array(entries.length * k);
  const wordIds = new Map<string, number>();
  const wordOf = (w: string) => wordIds.get(w) ?? (wordIds.set(w, wordIds.size), wordIds.size - 1);
  const alone: [number, number][] = [];
  const applied: [number, number][] = [];
  const pairs: [number, number, number][] = [];
  entries.forEach(([f, w], feature) => {
    for (let c = 0; c < k; c++) weights[feature * k + c] = w[c]!;
    const cut = f.indexOf('_');
    if (f.startsWith(APPLIED_MARK)) applied.push([wordOf(f.slice(APPLIED_MARK.length)), feature]);
    else if (cut < 0) alone.push([wordOf(f), feature]);
    else pairs.push([wordOf(f.slice(0, cut)), wordOf(f.slice(cut + 1)), feature]);
  });
  for (const w of APPLICATION_WORDS) wordOf(w);
  const digitWord = wordOf('#');
  const count = wordIds.size;
  const aloneOf = new Int32Array(count).fill(NONE);
  const appliedOf = new Int32Array(count).fill(NONE);
  const applies = new Uint8Array(count);
  for (const [w, f] of alone) aloneOf[w] = f;
  for (const [w, f] of applied) appliedOf[w] = f;
  for (const w of APPLICATION_WORDS) applies[wordIds.get(w)!] = 1;
  const table = new WordTable([...wordIds.keys()]);
  const pairTable = new PairTable(pairs, count);
  const stamp = new Uint32Array(entries.length);
  let epoch = 0;

  return (lower) => {
    epoch++;
    const z = new Array<number>(k).fill(0);
    let n = 0;
    const add = (f: number) => {
      if (f === NONE || stamp[f] === epoch) return;
      stamp[f] = epoch;
      n++;
      for (let c = 0; c < k; c++) z[c]! += weights[f * k + c]!;
    };
    let prev = NONE;
    let words = 0;
    let appliedLeft = 0;
    eachWordSpan(lower, (from, to, isNumber) => {
      const word = isNumber ? digitWord : table.find(lower, from, to);
      words++;
      // (The same order as eachModelWord's visitor in predict.ts: the pair, then the word's own features.)
      if (prev !== NONE && word !== NONE) add(pairTable.find(prev, word));
      prev = word;
      if (appliedLeft > 0) {
        if (word !== NONE) add(appliedOf[word]!);
        appliedLeft--;
      }
      if (word !== NONE) {
        add(aloneOf[word]!);
        if (applies[word]) appliedLeft = APPLIED_SPAN;
      }
    });
    return best(model.classes, softmax(z, n, model.bias), n, words);
  };
}
