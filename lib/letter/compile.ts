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

export interface CompiledElement {
  /** All phrases and patterns as one global regex; null when the list is empty. */
  re: RegExp | null;
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
  re: RegExp | null;
  conditions: CompiledCondition[];
}

export interface CompiledSettings {
  settings: RuleSettings;
  elements: Record<ElementId, CompiledElement>;
  lists: Record<ListId, RegExp | null>;
  cues: Record<CueId, RegExp | null>;
  bureaucratic: { re: RegExp | null; entries: RuleSettings['bureaucraticWords'] };
  outdated: CompiledOutdated[];
  custom: CompiledCustom[];
}

const ESCAPE = /[.*+?^${}()|[\]\\]/g;

/** Regex source of one phrase: whole words, flexible spaces, `*` as "word goes on". */
export function phraseSource(phrase: string): string {
  let p = phrase.trim();
  const openStart = p.startsWith('*');
  const openEnd = p.endsWith('*');
  if (openStart) p = p.slice(1);
  if (openEnd) p = p.slice(0, -1);
  const body = p.replace(ESCAPE, '\\$&').replace(/\s+/g, '\\s+');
  const before = openStart ? '\\p{L}*' : /^[\p{L}\p{N}]/u.test(p) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = openEnd ? '\\p{L}*' : /[\p{L}\p{N}]$/u.test(p) ? '(?![\\p{L}\\p{N}])' : '';
  return before + body + after;
}

function listSources(list: PhraseList, expand?: (s: string) => string): string[] {
  return [...list.phrases.map(phraseSource), ...list.patterns.map((p) => (expand ? expand(p) : p))];
}

function toRegex(sources: string[]): RegExp | null {
  if (sources.length === 0) return null;
  return new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'giu');
}

function compileConditions(conditions: RequiredCondition[]): CompiledCondition[] {
  return conditions.map((c) => ({
    source: c,
    lawCited: c.lawCited ? new RegExp(c.lawCited, 'iu') : undefined,
    unlessLawCited: c.unlessLawCited ? new RegExp(c.unlessLawCited, 'iu') : undefined,
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
      re: toRegex(listSources(e, expandScope)),
      headings: e.headings.length ? new RegExp(`^(?:${e.headings.map(phraseSource).join('|')})`, 'iu') : null,
      conditions: compileConditions(e.requiredWhen),
    };
  }
  const lists = {} as Record<ListId, RegExp | null>;
  for (const id of ['hollowReasons', 'concreteReasons', 'vagueScope', 'directComplaint', 'committeeDecision', 'childCase', 'formalAddressVerbs'] as const) {
    lists[id] = toRegex(listSources(settings.lists[id]));
  }
  const cues = {} as Record<CueId, RegExp | null>;
  for (const id of ['bevilling', 'afslag', 'delvis', 'aendring'] as const) cues[id] = toRegex(listSources(settings.decisionCues[id]));

  const words = settings.bureaucraticWords;
  const bureaucratic = {
    re: words.length ? new RegExp(words.map((w) => `(${phraseSource(w.word)})`).join('|'), 'giu') : null,
    entries: words,
  };

  const outdated: CompiledOutdated[] = settings.outdatedReferences.map((entry) => {
    const aliases = settings.lawAliases[entry.law] ?? [entry.law];
    const law = aliases.map(phraseSource).join('|');
    const section = entry.section.replace(/ /g, '\\s*');
    const sub = entry.subsection ? `,?\\s*${entry.subsection}` : '(?![\\d]|\\s?[a-h](?![\\p{L}]))';
    // "servicelovens § 52" or "§ 52 i serviceloven" / "§ 52, stk. 3, nr. 7 i lov om social service".
    const src = `(?:(?:${law})s?\\s+§\\s*${section}${sub})|(?:§\\s*${section}${sub}[^.§\\n]{0,30}?\\s(?:i|efter|jf\\.)\\s+(?:${law}))`;
    return { re: new RegExp(src, 'giu'), entry };
  });

  const custom: CompiledCustom[] = settings.customRules.map((rule) => ({
    rule,
    re: toRegex(listSources(rule)),
    conditions: compileConditions(rule.requiredWhen),
  }));

  const compiled: CompiledSettings = { settings, elements, lists, cues, bureaucratic, outdated, custom };
  cache.set(key, compiled);
  return compiled;
}
