/**
 * Turns rule settings into ready regular expressions, once per settings object (cached by
 * identity), so analysing a letter never compiles a pattern.
 */
import { ruleSettingsSchema, type RequiredCondition, type RuleSettings, type CustomRule } from './pack-schema';
import { defaultSettingsObject } from './default-settings';
import { ELEMENT_IDS, type ElementId } from './types';
import { outdatedSource, phraseSource, toMatcher, unicodeBoundaries, type PhraseMatcher } from './matcher';
import { PhraseIndexBuilder, type PhraseIndex } from './phrase-index';

export { phraseSource, unicodeBoundaries, type MatcherPart, type PhraseMatcher } from './matcher';

export interface CompiledCondition {
  source: RequiredCondition;
  lawCited?: RegExp;
  unlessLawCited?: RegExp;
}

export type Matcher = PhraseMatcher | RegExp | null;

export interface CompiledElement {
  /** All phrases and patterns of the element. */
  re: PhraseMatcher;
  headings: RegExp | null;
  conditions: CompiledCondition[];
}

export type ListId = 'hollowReasons' | 'concreteReasons' | 'vagueScope' | 'directComplaint' | 'committeeDecision' | 'childCase' | 'elderlyCase' | 'formalAddressVerbs';
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
  /**
   * The pack's bureaucratic words as one phrase list (scanned like the others, memoised per
   * letter), and each word's own anchored regex to tell which entry a match is.
   */
  bureaucratic: { matcher: PhraseMatcher | null; entryRes: RegExp[]; entries: RuleSettings['bureaucraticWords'] };
  outdated: CompiledOutdated[];
  custom: CompiledCustom[];
  /** The plain phrases of all the lists above, in one trie (see phrase-index.ts). */
  phraseIndex: PhraseIndex;
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

  const index = new PhraseIndexBuilder();
  const elements = {} as Record<ElementId, CompiledElement>;
  for (const id of ELEMENT_IDS) {
    const e = settings.elements[id];
    elements[id] = {
      re: toMatcher(e, expandScope, index),
      headings: e.headings.length ? new RegExp(`^(?:${e.headings.map((p) => phraseSource(p)).join('|')})`, 'iu') : null,
      conditions: compileConditions(e.requiredWhen),
    };
  }
  const lists = {} as Record<ListId, PhraseMatcher>;
  for (const id of ['hollowReasons', 'concreteReasons', 'vagueScope', 'directComplaint', 'committeeDecision', 'childCase', 'elderlyCase', 'formalAddressVerbs'] as const) {
    lists[id] = toMatcher(settings.lists[id], undefined, index);
  }
  const cues = {} as Record<CueId, PhraseMatcher>;
  for (const id of ['bevilling', 'afslag', 'delvis', 'aendring'] as const) cues[id] = toMatcher(settings.decisionCues[id], undefined, index);

  const words = settings.bureaucraticWords;
  const bureaucratic = {
    matcher: words.length ? toMatcher({ phrases: words.map((w) => w.word), patterns: [] }, undefined, index) : null,
    entryRes: words.map((w) => new RegExp(`^(?:${phraseSource(w.word.toLowerCase(), false)})$`, 'u')),
    entries: words,
  };

  const outdated: CompiledOutdated[] = settings.outdatedReferences.map((entry) => {
    return { re: new RegExp(outdatedSource(entry, settings.lawAliases), 'giu'), entry };
  });

  const custom: CompiledCustom[] = settings.customRules.map((rule) => ({
    rule,
    re: toMatcher(rule, undefined, index),
    conditions: compileConditions(rule.requiredWhen),
  }));

  const compiled: CompiledSettings = { settings, elements, lists, cues, bureaucratic, outdated, custom, phraseIndex: index.build() };
  cache.set(key, compiled);
  return compiled;
}
