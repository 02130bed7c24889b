import type { ConfigPack } from './pack-schema';
import { runRuleExamples } from '../letter/examples';
import { canonicalJson } from './canonical-json';

/**
 * Checks that run on a pack after its schema passed. The main one runs the examples that
 * rules carry (valid/invalid texts): a pack whose rule settings make an example fail does not
 * load. Domains plug their checks in here, so lib/config does not need to know rule internals.
 */
export interface PackCheck {
  /** Shown in front of the check's errors when it throws. */
  name: string;
  /**
   * Returns Danish error lines (`rules.<id>: eksempel … fandt ikke …`); empty when all is well.
   * `parts` are the top-level parts the input really contained (the rest are schema defaults).
   */
  run: (pack: ConfigPack, parts: readonly string[]) => string[];
}

const registered: PackCheck[] = [];

/** Adds a check to every later `loadPack` (idempotent by name). */
export function registerPackCheck(check: PackCheck): void {
  const index = registered.findIndex((c) => c.name === check.name);
  if (index >= 0) registered[index] = check;
  else registered.push(check);
}

/** The checks `loadPack` runs by default: the rule examples, then any registered checks. */
export function defaultPackChecks(): readonly PackCheck[] {
  return [builtInRuleExamples, ...registered];
}

/**
 * Adapts a rule-example runner (the letter engine's `runRuleExamples(settings)`) to a check.
 * The runner may return strings or objects with a message (and a rule id); both are accepted
 * so the two sides can evolve separately.
 */
export function ruleExamplesCheck(
  runner: (settings: ConfigPack['rules']) => unknown,
): PackCheck {
  // Running every example takes tens of milliseconds, and the same rule settings are loaded
  // again and again (each recompute re-validates every source). Results depend only on the
  // settings, so they are memoised by their canonical JSON; this is a cache, not state.
  const cache = new Map<string, string[]>();
  return {
    name: 'rules',
    run: (pack, parts) => {
      // A pack without a rules part uses the built-in defaults, whose examples the letter
      // engine's own tests cover.
      if (!parts.includes('rules')) return [];
      let key: string;
      try {
        key = canonicalJson(pack.rules);
      } catch {
        key = '';
      }
      const hit = key ? cache.get(key) : undefined;
      if (hit) return hit;
      const lines = toLines(runner(pack.rules));
      if (key) {
        if (cache.size >= 16) cache.delete(cache.keys().next().value as string);
        cache.set(key, lines);
      }
      return lines;
    },
  };
}

function toLines(result: unknown): string[] {
  const list = Array.isArray(result)
    ? result
    : result && typeof result === 'object' && Array.isArray((result as { failures?: unknown }).failures)
      ? (result as { failures: unknown[] }).failures
      : [];
  return list.map((item) => {
    if (typeof item === 'string') return item.startsWith('rules') ? item : `rules: ${item}`;
    const f = (item ?? {}) as { ruleId?: unknown; message?: unknown };
    const where = typeof f.ruleId === 'string' ? `rules.${f.ruleId}` : 'rules';
    return `${where}: ${typeof f.message === 'string' ? f.message : 'et eksempel fejlede'}`;
  });
}

/** The letter engine's rule examples, run at every load of a pack that sets rules. */
const builtInRuleExamples = ruleExamplesCheck(runRuleExamples);
