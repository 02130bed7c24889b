/**
 * Builds the regular expressions of phrase lists and pack patterns (no settings validation
 * here, so both the compiler and the pack schema can use it without a cycle).
 */

/**
 * One regex of a phrase list, with how to run it. Speed matters (a 10,000-word letter in
 * under 10 ms), and V8 is much faster when a regex starts with a literal and has no i flag:
 * - `lower`: run on the lower-cased text, compiled without the i flag (phrases, and pack
 *   patterns that contain no capital letters);
 * - `bounded`: the leading word boundary was left out of each phrase (a look-behind in front of
 *   every alternative is slow); the caller checks the character before the match. Very large
 *   lists get one look-behind in front of the whole alternation instead (see toMatcher);
 * - `extendBack`: `*word` phrases: the match is stretched back over the letters before it.
 * Phrases written in capitals ("SEL", "PPR") are abbreviations and match case-sensitively
 * (so "BL" is not the "bl" of "bl.a.").
 */
export interface MatcherPart {
  re: RegExp;
  lower: boolean;
  bounded: boolean;
  extendBack: boolean;
  /**
   * Whole-word abbreviations only ("PPR", "SEL"): found with indexOf, which is much cheaper than
   * one more regex scan of the letter for a handful of capital letters.
   */
  literals?: string[];
}
export interface PhraseMatcher {
  parts: MatcherPart[];
  /** The list's plain phrases live in the settings' shared phrase index under this id. */
  trie?: number;
  /**
   * Patterns tried only where their first word is (see `leadLiterals`): each is a sticky regex run
   * at the word starts the shared phrase index found for its own list of first words.
   */
  gated?: GatedPattern[];
}

/** A pack pattern that every match starts with one of a few literal words. */
export interface GatedPattern {
  /** Sticky, on the lower-cased text; the match must start at a word start. */
  re: RegExp;
  /** Id of the pattern's first words in the shared phrase index. */
  trie: number;
}

/** A phrase list as the pack gives it. */
export interface PhraseListInput {
  phrases: string[];
  patterns: string[];
}

import { isAbbreviation, isIndexablePhrase, type PhraseIndexBuilder } from './phrase-index';

const ESCAPE = /[.*+?^${}()|[\]\\]/g;

/** Regex source of one phrase: whole words, flexible spaces, `*` as "word goes on". */
export function phraseSource(phrase: string, leadingBoundary = true): string {
  let p = phrase.trim();
  const openStart = p.startsWith('*');
  const openEnd = p.endsWith('*');
  if (openStart) p = p.slice(1);
  if (openEnd) p = p.slice(0, -1);
  // A `*` that ends a word inside the phrase lets that word go on too ("børnefaglig* undersøgelse*").
  const body = p.replace(ESCAPE, '\\$&').replace(/\\\*(?=\s)/g, '\\p{L}*').replace(/\s+/g, '\\s+');
  const before = openStart ? '\\p{L}*' : leadingBoundary && /^[\p{L}\p{N}]/u.test(p) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = openEnd ? '\\p{L}*' : /[\p{L}\p{N}]$/u.test(p) ? '(?![\\p{L}\\p{N}])' : '';
  return before + body + after;
}

// `\b` is ASCII-only in JS (it does not see æ, ø, å as letters) and slow with the u and i
// flags; pack patterns get a Unicode word boundary instead.
const UNICODE_BOUNDARY = '(?:(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_])|(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_]))';
export function unicodeBoundaries(source: string): string {
  // Scan rather than replace: inside a character class `[\b]` means backspace and must stay.
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      out += !inClass && next === 'b' ? UNICODE_BOUNDARY : c + next;
      i++;
    } else {
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      out += c;
    }
  }
  return out;
}


/** True when a pattern needs the text as written (capital letters or \p{Lu}-style classes). */
function needsCase(source: string): boolean {
  const stripped = source.replace(/\\[pP]\{[^}]*\}/g, (m) => (/L[ut]|Upper/.test(m) ? 'A' : '')).replace(/\\./g, '');
  return /\p{Lu}/u.test(stripped);
}

const CASE_CLASS = /\\[pP]\{(?:Lu|Ll|Lt|Upper|Lower|Uppercase_Letter|Lowercase_Letter|Titlecase_Letter)\}/;

/** The pattern in lower case, escapes (\S, \p{L}, \u00C5, \k<name>) left as written. */
export function lowerPatternSource(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c !== '\\') {
      out += c.toLowerCase().length === 1 ? c.toLowerCase() : c;
      continue;
    }
    const next = source[i + 1] ?? '';
    let end = i + 2;
    if ((next === 'p' || next === 'P' || next === 'u') && source[i + 2] === '{') end = source.indexOf('}', i) + 1 || source.length;
    else if (next === 'u') end = i + 6;
    else if (next === 'x') end = i + 4;
    else if (next === 'k' && source[i + 2] === '<') end = source.indexOf('>', i) + 1 || source.length;
    out += source.slice(i, end);
    i = end - 1;
  }
  return out;
}

const LEADING_BOUNDARY = /^(?:\\b|\(\?<!\[\\p\{L\}\\p\{N\}\]\))/;

// The atoms of a phrase source: an escaped character, `\s+`, `\p{L}*`, the closing word
// boundary, or one character.
const ATOM = /\\s\+|\\p\{L\}\*|\(\?!\[\\p\{L\}\\p\{N\}\]\)|\\.|[^]/gu;

const WORD_END = '(?![\\p{L}\\p{N}])';

interface TrieNode {
  end: boolean;
  kids: Map<string, TrieNode>;
}

/**
 * One regex source for many phrase sources, as a trie ("du kan selv|du klarer" ⇒
 * "du k(?:an selv|larer)"). V8 tries every alternative of a flat alternation at each position;
 * shared prefixes are tried once, which makes long phrase lists 3–7 times faster. Where one
 * phrase is a prefix of another, the longer is tried first.
 */
export function trieSource(sources: string[]): string {
  const root: TrieNode = { end: false, kids: new Map() };
  for (const src of sources) {
    let n = root;
    for (const atom of src.match(ATOM) ?? []) {
      let k = n.kids.get(atom);
      if (!k) n.kids.set(atom, (k = { end: false, kids: new Map() }));
      n = k;
    }
    n.end = true;
  }
  const emit = (n: TrieNode): string => {
    const alts: string[] = [];
    // The closing word boundary last, so "klarer selv" is tried before "klarer".
    for (const [atom, kid] of n.kids) if (atom !== WORD_END) alts.push(atom + emit(kid));
    const end = n.kids.get(WORD_END);
    if (end) alts.push(WORD_END + emit(end));
    if (alts.length === 0) return '';
    const body = alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
    return n.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

const LOOKBEHIND_MIN_SOURCE = 1000;
const WORD_LITERAL = /^[\p{Lu}\p{N}]+$/u;

/**
 * Compiles a phrase list. With an `index`, plain phrases go into that shared trie (walked once
 * per letter for all lists) and only the rest become regexes.
 */
export function toMatcher(list: PhraseListInput, expand?: (s: string) => string, index?: PhraseIndexBuilder): PhraseMatcher {
  const groups = new Map<string, { lower: boolean; bounded: boolean; extendBack: boolean; flags: string; phrases: string[]; sources: string[]; raw: string[] }>();
  const add = (source: string, lower: boolean, bounded: boolean, extendBack = false, flags = lower ? 'gu' : 'giu', phrase = false) => {
    const key = `${lower}|${bounded}|${extendBack}|${flags}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { lower, bounded, extendBack, flags, phrases: [], sources: [], raw: [] }));
    (phrase ? g.phrases : g.sources).push(source);
  };
  const indexed: string[] = [];
  for (const phrase of list.phrases) {
    const p = phrase.trim();
    if (index && isIndexablePhrase(p)) indexed.push(p);
    else if (p.startsWith('*')) add(phraseSource(p.slice(1).toLowerCase(), false), true, false, true, 'gu', true);
    else if (isAbbreviation(p)) {
      add(phraseSource(p, false), false, true, false, 'gu', true);
      groups.get('false|true|false|gu')!.raw.push(p);
    }
    else add(phraseSource(p.toLowerCase(), false), true, /^[\p{L}\p{N}]/u.test(p), false, 'gu', true);
  }
  const gated: GatedPattern[] = [];
  for (const pattern of list.patterns) {
    let src = expand ? expand(pattern) : pattern;
    // A leading \b before a word is "no word character before": checked by the caller.
    const bounded = LEADING_BOUNDARY.test(src);
    if (bounded) src = src.replace(LEADING_BOUNDARY, '');
    // Pack patterns run with the i flag, so a capital in one ("du|I|De", "Dem") never made it
    // case-sensitive; written in lower case it joins the lower-case scan (one regex less over the
    // letter). Only patterns that test case itself (\p{Lu}) keep the text as written.
    if (needsCase(src) && !CASE_CLASS.test(src)) src = lowerPatternSource(src);
    const lower = !needsCase(src);
    // A scan of the whole letter tries the pattern at every word start; most patterns match nowhere
    // in a given letter. When every match starts with one of a few literal words, the shared trie
    // walk finds where those words are, and the pattern is tried only there.
    const lead = index && lower && (bounded || AFTER_SPACE.test(src)) ? leadLiterals(src) : undefined;
    if (lead) gated.push({ re: new RegExp(unicodeBoundaries(src), 'uy'), trie: index!.add(lead.map((w) => `${w}*`), true) });
    else add(unicodeBoundaries(src), lower, bounded);
  }
  const parts: MatcherPart[] = [];
  for (const g of groups.values()) {
    const alts = g.phrases.length ? [trieSource(g.phrases), ...g.sources] : g.sources;
    let source = alts.map((s) => `(?:${s})`).join('|');
    // A large alternation is cheaper behind one look-behind that skips the middle of words:
    // measured on the 600-word bench letter, the largest (4–8k characters of regex) scanned in
    // half the time. With plain phrases in the shared trie, only pack patterns are left here;
    // from 1k characters the check is a few per cent faster with it, below that slower.
    if (g.bounded && source.length >= LOOKBEHIND_MIN_SOURCE) source = `(?<![\\p{L}\\p{N}])(?:${source})`;
    const part: MatcherPart = { re: new RegExp(source, g.flags), lower: g.lower, bounded: g.bounded, extendBack: g.extendBack };
    if (g.sources.length === 0 && g.raw.length === g.phrases.length && g.raw.every((w) => WORD_LITERAL.test(w))) part.literals = g.raw;
    parts.push(part);
  }
  const matcher: PhraseMatcher = indexed.length ? { parts, trie: index!.add(indexed) } : { parts };
  if (gated.length) matcher.gated = gated;
  return matcher;
}

/** Index of the `)` that closes the group opened at `open`, or -1. */
function closeParen(src: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The top-level alternatives of a regex source. */
function alternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

// (A hyphen inside a word too, "a-kassen": a phrase that starts with one is refused in leadLiterals.)
const LITERAL_CHAR = /[a-zæøåéèëêüöäáàâíîóôúûç0-9½-]/;
const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const LOOKAROUND = /^\(\?<?[=!]/;
const QUANTIFIER = /^[?*+{]/;
const MIN_LEAD = 2;
/**
 * A step that would multiply the phrases so far past this cuts the literal start short there (the
 * trie stays small). Each start a gate lets through costs a sticky regex test (~100 ns, nearly all
 * of which fail): a start cut at "du " tries the pattern after every "du", one run on to "du selv"
 * only there. At 32 the bench letter had some 1,030 tests, at 64 some 850, which took the 600-word
 * check 6–7 % faster for about 10 ms more when a pack is compiled; 128 (770 tests) gained 1–2 %
 * more for 50 ms more compile time, so 64 it is.
 */
const MAX_LEADS = 64;
/** The same for `\d` (ten phrases a step): more gained next to nothing and cost compile time. */
const MAX_DIGIT_LEADS = 32;
/**
 * Cut there, a start of one letter ("i ") would leave the pattern ungated, a scan of the whole
 * letter (the pronoun lists, "(?:du|de|i|hun|…)\s+(?:nu\s+|…)?(?:kan|kunne)…": some 60 µs a
 * letter); the phrases may then grow this far, to reach the word after it ("i kan", "i nu kan").
 */
const MAX_SHORT_LEADS = 256;

/** True when a literal start is worth a gate: one letter alone ("i") is too common; a digit or ½ is not. */
function worthGate(raw: string): boolean {
  const lead = raw.trimEnd();
  return !lead.startsWith(' ') && !lead.startsWith('-') && (lead.length >= MIN_LEAD || lead.includes(' ') || /^[\d½]$/.test(lead));
}
// A pattern that starts right after white space ("(?<=\p{L}\s+)og\s+…") starts at a word start too.
const AFTER_SPACE = /^\(\?<=[^()]*\\s\+?\)/;

/** Literal starts of a (sub)pattern: `done` cannot go on, `open` are whole alternatives the text after may extend. */
interface Leads {
  done: string[];
  open: string[];
}

const joinLead = (a: string, b: string) => (a.endsWith(' ') && b.startsWith(' ') ? a + b.slice(1) : a + b);

/** The literal starts of one alternative (a sequence of atoms), or undefined when it cannot be read. */
function sequenceLeads(alt: string, depth: number): Leads | undefined {
  const done: string[] = [];
  let cur = [''];
  const stop = (): Leads => ({ done: [...done, ...cur], open: [] });
  let i = 0;
  while (i < alt.length) {
    const rest = alt.slice(i);
    // A look-around consumes nothing and only narrows the matches: the start stays literal.
    if (LOOKAROUND.test(rest)) {
      const end = closeParen(rest, 0);
      if (end < 0) return undefined;
      i += end + 1;
      continue;
    }
    // White space: one space in the phrase, which the trie lets stand for any run of it.
    if (rest.startsWith('\\s')) {
      const quantified = rest.slice(2);
      if (quantified.startsWith('+')) i += quantified.startsWith('+?') ? 4 : 3;
      else if (QUANTIFIER.test(quantified)) return stop();
      else i += 2;
      cur = cur.map((c) => (c.endsWith(' ') ? c : `${c} `));
      continue;
    }
    if (rest.startsWith('(')) {
      const end = closeParen(rest, 0);
      if (end < 0) return undefined;
      const inner = rest.startsWith('(?:') ? rest.slice(3, end) : /^\(\?<[\p{L}_]/u.test(rest) ? rest.slice(rest.indexOf('>') + 1, end) : rest.startsWith('(?') ? undefined : rest.slice(1, end);
      const group = inner === undefined ? undefined : leadsOf(inner, depth + 1);
      const quantifier = QUANTIFIED.exec(rest.slice(end + 1))?.[0] ?? '';
      const sub = group && quantified(group, quantifier);
      const limit = cur.every(worthGate) ? MAX_LEADS : MAX_SHORT_LEADS;
      if (!sub || (cur.length > 1 && cur.length * (sub.done.length + sub.open.length) > limit)) return stop();
      for (const c of cur) for (const d of sub.done) done.push(joinLead(c, d));
      cur = cur.flatMap((c) => sub.open.map((o) => joinLead(c, o)));
      i += end + 1 + quantifier.length;
      if (cur.length === 0) return { done, open: [] };
      continue;
    }
    // Any digit: one phrase per digit ("\d+\s+timer" starts with 0–9; what follows is not known).
    if (rest.startsWith('\\d')) {
      const quantifier = QUANTIFIED.exec(rest.slice(2))?.[0] ?? '';
      if (quantifier.startsWith('?') || quantifier.startsWith('*') || quantifier.startsWith('{0') || cur.length * DIGITS.length > MAX_DIGIT_LEADS) return stop();
      cur = cur.flatMap((c) => DIGITS.map((d) => c + d));
      if (quantifier) return stop();
      i += 2;
      continue;
    }
    // A literal letter or digit, unless it is optional or repeated ("timer?": time).
    if (!LITERAL_CHAR.test(rest[0]!) || QUANTIFIER.test(rest.slice(1))) return stop();
    cur = cur.map((c) => c + rest[0]);
    i++;
  }
  return { done, open: cur };
}

const QUANTIFIED = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/;

/**
 * A group's starts under its quantifier: optional adds the empty start ("har\s+(?:godt\s+)?styr"
 * ⇒ "har styr", "har godt styr"); a group that may repeat ends the literal start after it.
 */
function quantified(group: Leads, quantifier: string): Leads {
  if (quantifier === '') return group;
  const once = [...group.done, ...group.open];
  if (quantifier.startsWith('?')) return { done: group.done, open: [...group.open, ''] };
  const min = quantifier.startsWith('*') ? 0 : quantifier.startsWith('+') ? 1 : Number(/\d+/.exec(quantifier)![0]);
  // Zero times: the text after may follow; once or more: whatever comes next is not known here.
  return min === 0 ? { done: once, open: [''] } : { done: once, open: [] };
}

function leadsOf(src: string, depth: number): Leads | undefined {
  if (depth > 3) return undefined;
  const out: Leads = { done: [], open: [] };
  for (const alt of alternatives(src)) {
    const leads = sequenceLeads(alt, depth);
    if (!leads) return undefined;
    out.done.push(...leads.done);
    out.open.push(...leads.open);
  }
  return out;
}

/**
 * The literal phrases every match of a (lower-case, word-bounded) pattern source starts with, or
 * undefined when some match could start otherwise. A phrase runs over words while the pattern is
 * literal ("(?:du|i|de)\s+kan\s+…" ⇒ "du kan", "i kan", "de kan"), so the pattern is tried at
 * fewer places; its last word may go on ("timer?\s…" ⇒ "time"). A phrase of one word needs two
 * letters; "(?:\d+|en)\s…" ⇒ undefined.
 */
export function leadLiterals(src: string): string[] | undefined {
  const leads = leadsOf(src, 0);
  if (!leads) return undefined;
  const out = new Set<string>();
  for (const raw of [...leads.done, ...leads.open]) {
    if (!worthGate(raw)) return undefined;
    out.add(raw.trimEnd());
  }
  return [...out];
}


/** Source of the regex for one outdated-reference entry ("servicelovens § 52", "§ 52 i serviceloven"). */
export function outdatedSource(
  entry: { law: string; section: string; subsection?: string },
  lawAliases: Record<string, string[]>,
): string {
  const aliases = lawAliases[entry.law] ?? [entry.law];
  const law = aliases.map((p) => phraseSource(p)).join('|');
  const section = entry.section.replace(/ /g, '\\s*');
  const sub = entry.subsection ? `,?\\s*(?:${entry.subsection})` : '(?![\\d]|\\s?[a-h](?![\\p{L}]))';
  // "servicelovens § 52" or "§ 52 i serviceloven" / "§ 83, stk. 1, nr. 1, i lov om social service":
  // the numbering between the section and the law has dots, which the short gap may not cross.
  const numbering = String.raw`(?:,?\s*(?:stk\.|nr\.|litra)\s*\d+\s?[a-h]?(?![\p{L}])|,?\s*\d+\.\s*pkt\.)*`;
  // (Also the plural sign, "servicelovens §§ 83 og 83 a".)
  return `(?:(?:${law})s?\\s+§§?\\s*${section}${sub})|(?:§§?\\s*${section}${sub}${numbering}[^.§\\n]{0,30}?\\s(?:i|efter|jf\\.)\\s+(?:${law}))`;
}
