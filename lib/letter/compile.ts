/**
 * Turns rule settings into ready regular expressions, once per settings object (cached by
 * identity), so analysing a letter never compiles a pattern.
 */
import { ruleSettingsSchema, type PhraseList, type RequiredCondition, type RuleSettings, type CustomRule } from './pack-schema';
import { defaultSettingsObject } from './default-settings';
import { ELEMENT_IDS, type ElementId } from './types';

export interface CompiledCondition {
  source: RequiredCondition;
  lawCited?: RegExp;
  unlessLawCited?: RegExp;
}

/**
 * One regex of a phrase list, with how to run it. Speed matters (a 10,000-word letter in
 * under 10 ms), and V8 is much faster when a regex starts with a literal and has no i flag:
 * - `lower`: run on the lower-cased text, compiled without the i flag (phrases, and pack
 *   patterns that contain no capital letters);
 * - `bounded`: the leading word boundary was left out of the regex (a look-behind at the
 *   start makes V8 try every position); the caller checks the character before the match;
 * - `extendBack`: `*word` phrases: the match is stretched back over the letters before it.
 * Phrases written in capitals ("SEL", "PPR") are abbreviations and match case-sensitively
 * (so "BL" is not the "bl" of "bl.a.").
 */
export interface MatcherPart {
  re: RegExp;
  lower: boolean;
  bounded: boolean;
  extendBack: boolean;
}
export interface PhraseMatcher {
  parts: MatcherPart[];
}
export type Matcher = PhraseMatcher | RegExp | null;

export interface CompiledElement {
  /** All phrases and patterns of the element. */
  re: PhraseMatcher;
  headings: RegExp | null;
  conditions: CompiledCondition[];
}

export type ListId = 'hollowReasons' | 'concreteReasons' | 'vagueScope' | 'directComplaint' | 'committeeDecision' | 'childCase' | 'formalAddressVerbs';
export type CueId = 'bevilling' | 'afslag' | 'delvis' | 'aendring';

export interface CompiledOutdated {
  re: RegExp;
  entry: RuleSettings['outdatedReferences'][number];
}

export interface CompiledCustom {
  rule: CustomRule;
  re: PhraseMatcher;
  conditions: CompiledCondition[];
}

export interface CompiledSettings {
  settings: RuleSettings;
  elements: Record<ElementId, CompiledElement>;
  lists: Record<ListId, PhraseMatcher>;
  cues: Record<CueId, PhraseMatcher>;
  bureaucratic: { re: RegExp | null; entries: RuleSettings['bureaucraticWords'] };
  outdated: CompiledOutdated[];
  custom: CompiledCustom[];
}

const ESCAPE = /[.*+?^${}()|[\]\\]/g;

/** Regex source of one phrase: whole words, flexible spaces, `*` as "word goes on". */
export function phraseSource(phrase: string, leadingBoundary = true): string {
  let p = phrase.trim();
  const openStart = p.startsWith('*');
  const openEnd = p.endsWith('*');
  if (openStart) p = p.slice(1);
  if (openEnd) p = p.slice(0, -1);
  const body = p.replace(ESCAPE, '\\$&').replace(/\s+/g, '\\s+');
  const before = openStart ? '\\p{L}*' : leadingBoundary && /^[\p{L}\p{N}]/u.test(p) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = openEnd ? '\\p{L}*' : /[\p{L}\p{N}]$/u.test(p) ? '(?![\\p{L}\\p{N}])' : '';
  return before + body + after;
}

// `\b` is ASCII-only in JS (it does not see æ, ø, å as letters) and slow with the u and i
// flags; pack patterns get a Unicode word boundary instead.
const UNICODE_BOUNDARY = '(?:(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_])|(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_]))';
export function unicodeBoundaries(source: string): string {
  return source.replace(/(^|[^\\])((?:\\\\)*)\\b/g, (_all, pre: string, slashes: string) => `${pre}${slashes}${UNICODE_BOUNDARY}`);
}

/** Written in capitals (with at least two letters): an abbreviation, matched case-sensitively. */
function isAbbreviation(phrase: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(phrase) && phrase === phrase.toUpperCase();
}

/** True when a pattern needs the text as written (capital letters or \p{Lu}-style classes). */
function needsCase(source: string): boolean {
  const stripped = source.replace(/\\[pP]\{[^}]*\}/g, (m) => (/L[ut]|Upper/.test(m) ? 'A' : '')).replace(/\\./g, '');
  return /\p{Lu}/u.test(stripped);
}

const LEADING_BOUNDARY = /^(?:\\b|\(\?<!\[\\p\{L\}\\p\{N\}\]\))/;

function toMatcher(list: PhraseList, expand?: (s: string) => string): PhraseMatcher {
  const groups = new Map<string, { lower: boolean; bounded: boolean; extendBack: boolean; flags: string; sources: string[] }>();
  const add = (source: string, lower: boolean, bounded: boolean, extendBack = false, flags = lower ? 'gu' : 'giu') => {
    const key = `${lower}|${bounded}|${extendBack}|${flags}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { lower, bounded, extendBack, flags, sources: [] }));
    g.sources.push(source);
  };
  for (const phrase of list.phrases) {
    const p = phrase.trim();
    if (p.startsWith('*')) add(phraseSource(p.slice(1).toLowerCase(), false), true, false, true);
    else if (isAbbreviation(p)) add(phraseSource(p, false), false, true, false, 'gu');
    else add(phraseSource(p.toLowerCase(), false), true, /^[\p{L}\p{N}]/u.test(p));
  }
  for (const pattern of list.patterns) {
    let src = expand ? expand(pattern) : pattern;
    // A leading \b before a word is "no word character before": checked by the caller.
    const bounded = LEADING_BOUNDARY.test(src);
    if (bounded) src = src.replace(LEADING_BOUNDARY, '');
    add(unicodeBoundaries(src), !needsCase(src), bounded);
  }
  const parts: MatcherPart[] = [];
  for (const g of groups.values()) {
    parts.push({ re: new RegExp(g.sources.map((s) => `(?:${s})`).join('|'), g.flags), lower: g.lower, bounded: g.bounded, extendBack: g.extendBack });
  }
  return { parts };
}

function compileConditions(conditions: RequiredCondition[]): CompiledCondition[] {
  return conditions.map((c) => ({
    source: c,
    lawCited: c.lawCited ? new RegExp(unicodeBoundaries(c.lawCited), 'iu') : undefined,
    unlessLawCited: c.unlessLawCited ? new RegExp(unicodeBoundaries(c.unlessLawCited), 'iu') : undefined,
  }));
}

const cache = new WeakMap<object, CompiledSettings>();

function isComplete(s: object): s is RuleSettings {
  const o = s as Partial<RuleSettings>;
  return !!(o.thresholds && o.elements && o.lists && o.decisionCues && o.bureaucraticWords && o.outdatedReferences && o.lawAliases && o.rules && o.customRules && o.lixBands && o.standardTexts);
}

/**
 * Compiled form of the settings (cached per object). Partial settings (e.g. `{}` from a pack
 * without rules) are completed with the defaults and validated first.
 */
export function compileSettings(input?: RuleSettings | Record<string, unknown>): CompiledSettings {
  const key = input ?? defaultSettingsObject();
  const hit = cache.get(key);
  if (hit) return hit;
  let settings: RuleSettings;
  if (isComplete(key)) settings = key;
  else {
    const parsed = ruleSettingsSchema.safeParse(key);
    if (!parsed.success) {
      const lines = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(rod)'}: ${i.message}`);
      throw new Error(`Ugyldige regelindstillinger:\n${lines.join('\n')}`);
    }
    settings = parsed.data;
  }
  const parts = settings.lists.scopeParts;
  const expandScope = (p: string) => p.replace(/\{num\}/g, parts.num).replace(/\{unit\}/g, parts.unit).replace(/\{period\}/g, parts.period);

  const elements = {} as Record<ElementId, CompiledElement>;
  for (const id of ELEMENT_IDS) {
    const e = settings.elements[id];
    elements[id] = {
      re: toMatcher(e, expandScope),
      headings: e.headings.length ? new RegExp(`^(?:${e.headings.map((p) => phraseSource(p)).join('|')})`, 'iu') : null,
      conditions: compileConditions(e.requiredWhen),
    };
  }
  const lists = {} as Record<ListId, PhraseMatcher>;
  for (const id of ['hollowReasons', 'concreteReasons', 'vagueScope', 'directComplaint', 'committeeDecision', 'childCase', 'formalAddressVerbs'] as const) {
    lists[id] = toMatcher(settings.lists[id]);
  }
  const cues = {} as Record<CueId, PhraseMatcher>;
  for (const id of ['bevilling', 'afslag', 'delvis', 'aendring'] as const) cues[id] = toMatcher(settings.decisionCues[id]);

  const words = settings.bureaucraticWords;
  // Run on the lower-cased text; the word boundary before a match is checked by the rule.
  const bureaucratic = {
    re: words.length ? new RegExp(words.map((w) => `(${phraseSource(w.word.toLowerCase(), false)})`).join('|'), 'gu') : null,
    entries: words,
  };

  const outdated: CompiledOutdated[] = settings.outdatedReferences.map((entry) => {
    const aliases = settings.lawAliases[entry.law] ?? [entry.law];
    const law = aliases.map((p) => phraseSource(p)).join('|');
    const section = entry.section.replace(/ /g, '\\s*');
    const sub = entry.subsection ? `,?\\s*${entry.subsection}` : '(?![\\d]|\\s?[a-h](?![\\p{L}]))';
    // "servicelovens § 52" or "§ 52 i serviceloven" / "§ 52, stk. 3, nr. 7 i lov om social service".
    const src = `(?:(?:${law})s?\\s+§\\s*${section}${sub})|(?:§\\s*${section}${sub}[^.§\\n]{0,30}?\\s(?:i|efter|jf\\.)\\s+(?:${law}))`;
    return { re: new RegExp(src, 'giu'), entry };
  });

  const custom: CompiledCustom[] = settings.customRules.map((rule) => ({
    rule,
    re: toMatcher(rule),
    conditions: compileConditions(rule.requiredWhen),
  }));

  const compiled: CompiledSettings = { settings, elements, lists, cues, bureaucratic, outdated, custom };
  cache.set(key, compiled);
  return compiled;
}
