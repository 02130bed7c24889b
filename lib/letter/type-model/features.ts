/**
 * The words a letter is judged by when its decision type is learned rather than read (see predict.ts): every word and
 * every pair of neighbouring words, lower-cased, with each number as '#' ("2 timer" and "3 timer" say the same about the
 * type). Pairs keep what single words lose: "ikke_bevilge" against "bevilge", "fortsat_selv".
 *
 * And each word within APPLIED_SPAN words after an application word, marked 'A:' ("søgt om A:rengøring A:hver A:uge"):
 * what was asked for, so the model can weigh it against what the letter then gives. Whether the citizen gets all, part or
 * none of what they asked for is the type, and a plain word list cannot tell "asked for 2 timer" from "gets 2 timer".
 * Leave-one-batch-out on nine blurred batches (el–et, model alone): 228 of 270 without these, 233 with.
 *
 * Only the first MAX_WORDS words count: no letter the model learned from was longer than about 1,050 words, and what a
 * very long letter adds after that is law quotes and appendices. It also keeps the reading fast on a 10,000-word letter.
 */
export const MAX_WORDS = 2000;

const LETTER = /\p{L}/u;
// 1 for a letter, 2 for a digit, 0 otherwise; ASCII by table, the rest (æ, ø, å, é …) by Unicode's letter class.
function kind(c: number): number {
  if (c >= 97 && c <= 122) return 1;
  if (c >= 48 && c <= 57) return 2;
  if (c < 128) return c >= 65 && c <= 90 ? 1 : 0;
  // æ ø å é, the common ones, without the regex.
  if (c === 230 || c === 248 || c === 229 || c === 233) return 1;
  return LETTER.test(String.fromCharCode(c)) ? 1 : 0;
}

/**
 * Calls `visit` with where each word of an already lower-cased text lies, as the model sees words, at most MAX_WORDS: a
 * run of letters, or a run of digits (`isNumber`, read as '#'). The one scan both readers use (eachModelWord for training
 * and the plain reading, compiled.ts for the check), hand-written because the panel reads every letter as it is typed.
 */
export function eachWordSpan(lower: string, visit: (from: number, to: number, isNumber: boolean) => void): void {
  let n = 0;
  let i = 0;
  const len = lower.length;
  while (i < len && n < MAX_WORDS) {
    const k = kind(lower.charCodeAt(i));
    if (k === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    // (A surrogate pair is one letter outside the BMP; Danish letters never are, so it simply ends the word.)
    while (j < len && kind(lower.charCodeAt(j)) === k) j++;
    visit(i, j, k === 2);
    n++;
    i = j;
  }
}

/** Calls `visit` with each word of an already lower-cased text as the model sees it: the word, or '#' for a number. */
export function eachModelWord(lower: string, visit: (word: string) => void): void {
  eachWordSpan(lower, (from, to, isNumber) => visit(isNumber ? '#' : lower.slice(from, to)));
}

/** Words that say what the citizen applied for or asked; the words after them are marked (see above). */
export const APPLICATION_WORDS: ReadonlySet<string> = new Set(['søgt', 'søger', 'søgte', 'ansøgt', 'ansøgning', 'ansøgningen', 'anmodet', 'anmodning', 'ønsket', 'ønsker', 'bedt', 'bad', 'spurgt']);
export const APPLIED_SPAN = 8;
export const APPLIED_MARK = 'A:';

/** The distinct features of a text, in first-seen order (what training reads). */
export function typeFeatures(text: string): string[] {
  const words: string[] = [];
  eachModelWord(text.toLowerCase(), (w) => words.push(w));
  const seen = new Set<string>(words);
  for (let i = 1; i < words.length; i++) seen.add(words[i - 1] + '_' + words[i]);
  let applied = 0;
  for (const w of words) {
    if (applied > 0) {
      seen.add(APPLIED_MARK + w);
      applied--;
    }
    if (APPLICATION_WORDS.has(w)) applied = APPLIED_SPAN;
  }
  return [...seen];
}
