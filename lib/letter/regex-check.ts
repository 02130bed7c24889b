/**
 * Finds pack regular expressions that are valid one by one but break when the compiler puts
 * them together (named groups twice in one list, back-references that point into another
 * pattern, {num}/{unit}/{period} parts that clash). Used by the pack schema, so a pack that
 * would make `compileSettings` throw is refused at validation with the path in Danish.
 */
import { outdatedSource, toMatcher, unicodeBoundaries, type PhraseListInput } from './matcher';

export interface RegexProblem {
  path: (string | number)[];
  message: string;
}

// Patterns are joined into one expression per list: group names and numbers would clash.
const NAMED_GROUP = /\(\?<(?![=!])/;
const BACKREFERENCE = /\\(?:[1-9]|k<)/;

interface SettingsShape {
  elements: Record<string, PhraseListInput & { requiredWhen?: { lawCited?: string; unlessLawCited?: string }[] }>;
  lists: Record<string, unknown> & { scopeParts: { num: string; unit: string; period: string } };
  decisionCues: Record<string, PhraseListInput>;
  outdatedReferences: { law: string; section: string; subsection?: string }[];
  lawAliases: Record<string, string[]>;
  customRules: (PhraseListInput & { requiredWhen?: { lawCited?: string; unlessLawCited?: string }[] })[];
}

function tryBuild(build: () => unknown): string | undefined {
  try {
    build();
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

const sameStrings = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  (a ?? []).length === (b ?? []).length && (a ?? []).every((x, i) => x === b![i]);

interface KnownList {
  readonly phrases?: readonly string[];
  readonly patterns?: readonly string[];
}

/** Same phrases and patterns as the built-in list at the same place (so already known to build). */
function sameAsBuiltIn(list: PhraseListInput, builtIn: KnownList | undefined): boolean {
  return builtIn !== undefined && sameStrings(list.phrases, builtIn.phrases) && sameStrings(list.patterns, builtIn.patterns);
}

function listProblems(list: PhraseListInput, path: (string | number)[], expand?: (s: string) => string, builtIn?: KnownList): RegexProblem[] {
  const out: RegexProblem[] = [];
  if (sameAsBuiltIn(list, builtIn)) return out;
  list.patterns.forEach((p, i) => {
    if (NAMED_GROUP.test(p) || BACKREFERENCE.test(p)) {
      out.push({ path: [...path, 'patterns', i], message: 'må ikke bruge navngivne grupper eller tilbagehenvisninger (\\1, \\k<…>), fordi mønstrene sættes sammen' });
    }
  });
  if (out.length) return out;
  const err = tryBuild(() => toMatcher(list, expand));
  if (err) {
    // Name the pattern that breaks, when one does on its own.
    const bad = list.patterns.findIndex((p) => tryBuild(() => toMatcher({ phrases: [], patterns: [p] }, expand)));
    out.push({ path: bad >= 0 ? [...path, 'patterns', bad] : path, message: 'er ikke et gyldigt regulært udtryk, når det bruges i tjekket' });
  }
  return out;
}

function conditionProblems(conds: { lawCited?: string; unlessLawCited?: string }[] | undefined, path: (string | number)[]): RegexProblem[] {
  const out: RegexProblem[] = [];
  (conds ?? []).forEach((c, i) => {
    for (const key of ['lawCited', 'unlessLawCited'] as const) {
      const src = c[key];
      if (src && tryBuild(() => new RegExp(unicodeBoundaries(src), 'iu'))) out.push({ path: [...path, 'requiredWhen', i, key], message: 'er ikke et gyldigt regulært udtryk' });
    }
  });
  return out;
}

interface BuiltInShape {
  readonly elements?: Readonly<Record<string, KnownList>>;
  readonly lists?: Readonly<Record<string, unknown>>;
  readonly decisionCues?: Readonly<Record<string, KnownList>>;
}

/**
 * Every regular expression the compiler would build from these settings, tried one unit at a time.
 * Lists identical to `builtIn`'s (the built-in rule data, which its own unit test checks in full)
 * are not built again: V8 parses each expression eagerly, and the built-in pack's lists take about
 * half a second, paid on every service-worker start and every pack validation, though packs
 * rarely change more than a few lists.
 */
export function findRegexProblems(settings: SettingsShape, builtIn: BuiltInShape = {}): RegexProblem[] {
  const problems: RegexProblem[] = [];
  const parts = settings.lists.scopeParts;
  for (const key of ['num', 'unit', 'period'] as const) {
    const src = parts[key];
    if (NAMED_GROUP.test(src) || BACKREFERENCE.test(src)) {
      problems.push({ path: ['lists', 'scopeParts', key], message: 'må ikke bruge navngivne grupper eller tilbagehenvisninger, fordi delen kan bruges flere gange i samme mønster' });
    }
  }
  const expand = (p: string) => p.replace(/\{num\}/g, parts.num).replace(/\{unit\}/g, parts.unit).replace(/\{period\}/g, parts.period);
  // Element patterns may use {num}/{unit}/{period}: with other parts they are new expressions.
  const builtInParts = builtIn.lists?.scopeParts as SettingsShape['lists']['scopeParts'] | undefined;
  const sameParts = builtInParts !== undefined && (['num', 'unit', 'period'] as const).every((k) => builtInParts[k] === parts[k]);
  for (const [id, e] of Object.entries(settings.elements)) {
    const known = sameParts ? builtIn.elements?.[id] : undefined;
    problems.push(...listProblems(e, ['elements', id], expand, known), ...conditionProblems(e.requiredWhen, ['elements', id]));
  }
  for (const [id, l] of Object.entries(settings.lists)) {
    if (id === 'scopeParts') continue;
    problems.push(...listProblems(l as PhraseListInput, ['lists', id], undefined, builtIn.lists?.[id] as KnownList | undefined));
  }
  for (const [id, l] of Object.entries(settings.decisionCues)) problems.push(...listProblems(l, ['decisionCues', id], undefined, builtIn.decisionCues?.[id]));
  settings.outdatedReferences.forEach((o, i) => {
    if (o.subsection && (NAMED_GROUP.test(o.subsection) || BACKREFERENCE.test(o.subsection))) {
      problems.push({ path: ['outdatedReferences', i, 'subsection'], message: 'må ikke bruge navngivne grupper eller tilbagehenvisninger, fordi delen bruges to gange i samme mønster' });
    } else if (tryBuild(() => new RegExp(outdatedSource(o, settings.lawAliases), 'giu'))) {
      problems.push({ path: ['outdatedReferences', i, 'subsection'], message: 'er ikke et gyldigt regulært udtryk, når det bruges i tjekket' });
    }
  });
  settings.customRules.forEach((r, i) => {
    problems.push(...listProblems(r, ['customRules', i]), ...conditionProblems(r.requiredWhen, ['customRules', i]));
  });
  return problems;
}
